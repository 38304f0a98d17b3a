// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Sending {

// A request body Qt cannot rewind, so that a submission is never sent twice by Qt itself.
//
// Qt 6.4's HTTP stack sends a request again on its own when the connection closes before any
// byte of the answer, or when the answer cannot be parsed — a GET always, a POST whenever it can
// rewind the body — while the gateway may already have taken the message. With a sequential
// body that refuses reset(), uploaded unbuffered over HTTP/1.1, Qt gives up with
// ContentReSendError instead, and the adapter reports the outcome as Unknown
// (tst_twilioprovider and tst_kannelprovider check that their fake servers see one request).
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);
    ~OneShotBody() override;

    // POSTs `body` the only way Qt will not repeat: Content-Length set, upload not buffered,
    // HTTP/2 off, redirects not followed. The body device belongs to the reply.
    static QNetworkReply *post(QNetworkAccessManager *network, QNetworkRequest request,
                               QByteArray body);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace Sending
