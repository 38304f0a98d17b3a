// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

class QTcpSocket;

// One request as FakeHttpServer read it.
struct FakeHttpRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QByteArray raw; // head and body as they arrived

    // The body as an HTML form ('+' for a space).
    QUrlQuery form() const;
    QJsonObject json() const;
};

// A provider's HTTP API on 127.0.0.1 for the adapter tests: answers every request with the
// scripted reply, or with a fault, and keeps the requests it read (a request Qt sent again by
// itself shows up as a second one).
class FakeHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)
public:
    enum class Fault {
        None,
        NoAnswer, // reads the request, never answers (the client times out)
        DropBeforeReply, // closes the connection without a byte of answer
        DropMidReply, // sends the head and part of the body, then closes
        NotHttp, // answers something that is not HTTP, then closes
    };

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    // http://127.0.0.1:{port}{path}
    QUrl url(const QString &path = {}) const;
    // The answer from now on (and no fault).
    void reply(int status, const QByteArray &body, const QList<QByteArray> &headers = {});
    // The answer to requests of one method ("GET"), instead of reply()'s.
    void replyTo(const QByteArray &method, int status, const QByteArray &body);
    void fault(Fault fault) { m_fault = fault; }
    void setContentType(const QByteArray &contentType) { m_contentType = contentType; }
    // What DropMidReply sends before it closes: the status and the start of a body announced
    // longer than that.
    void setTruncatedReply(int status, const QByteArray &partialBody);

    QList<FakeHttpRequest> requests;

private:
    void accept();
    void read(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &method);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_status = 200;
    QByteArray m_body;
    QList<QByteArray> m_headers;
    QHash<QByteArray, QPair<int, QByteArray>> m_byMethod;
    QByteArray m_contentType = "application/json; charset=utf-8";
    int m_truncatedStatus = 200;
    QByteArray m_truncatedBody = "{";
    Fault m_fault = Fault::None;
};
