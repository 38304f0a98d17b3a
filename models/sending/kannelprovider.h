// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/httpsubmission.h"
#include "sending/provider.h"

#include <QNetworkRequest>
#include <QPointer>

#include <optional>

class QNetworkReply;

namespace Sending {

// Sends through a Kannel gateway's HTTP sendsms interface (POST, never sent twice by Qt) and reads
// its delivery-report (dlr-url) and inbound (sms-service get-url) callbacks.
//
// Options (ProviderConfig::options): "timeoutMs" (reply timeout, default 30000), "maxBatch"
// (numbers per request when the text is the same, default 1: reports for a batch name their
// message by campaign and phone, which Receipts does not match yet).
class KannelProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KannelProvider)
public:
    KannelProvider(ProviderConfig config, QNetworkAccessManager *network,
                   QObject *parent = nullptr);
    ~KannelProvider() override;

    Capabilities capabilities() const override;
    void submit(const QList<OutgoingMessage> &batch, SubmitCallback done) override;
    void testConnection(TestCallback done) override;
    CallbackResult handleCallback(const CallbackRequest &request) override;

    // The sendsms request for a batch (one text, one or more numbers), in Kannel's POST form:
    // the UTF-8 text is the body, the parameters are X-Kannel-* headers. Empty (and
    // errorString set) when a parameter cannot travel in a header. Exposed for tests.
    std::optional<QNetworkRequest> sendRequest(const QList<OutgoingMessage> &batch,
                                               QString *errorString) const;
    // The dlr-url Kannel calls back for a batch, with its %-placeholders.
    QString deliveryReportUrl(const QList<OutgoingMessage> &batch) const;

private:
    QUrl sendsmsEndpoint() const;
    // Endpoint, timeout, content type and credentials; none when they cannot be sent.
    std::optional<QNetworkRequest> baseRequest(QString *errorString) const;
    static QString unsafeParameterText();
    QList<SubmitResult> readReply(QNetworkReply *reply, const QList<OutgoingMessage> &batch) const;
    CallbackResult readDeliveryReport(const CallbackRequest &request) const;
    CallbackResult readInbound(const CallbackRequest &request) const;

    HttpSubmission m_http;
};

} // namespace Sending
