// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

QUrlQuery FakeHttpRequest::form() const
{
    QByteArray text = body;
    text.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(text));
}

QJsonObject FakeHttpRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::accept);
    [this]() {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }();
}

FakeHttpServer::~FakeHttpServer() = default;

QUrl FakeHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void FakeHttpServer::reply(int status, const QByteArray &body, const QList<QByteArray> &headers)
{
    m_status = status;
    m_body = body;
    m_headers = headers;
    m_fault = Fault::None;
}

void FakeHttpServer::replyTo(const QByteArray &method, int status, const QByteArray &body)
{
    m_byMethod.insert(method, {status, body});
}

void FakeHttpServer::setTruncatedReply(int status, const QByteArray &partialBody)
{
    m_truncatedStatus = status;
    m_truncatedBody = partialBody;
}

void FakeHttpServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { read(socket); });
    }
}

void FakeHttpServer::read(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        FakeHttpRequest r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.at(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                 lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        r.body = buffer.mid(end + 4, length);
        r.raw = buffer.left(end + 4 + length);
        buffer.remove(0, end + 4 + length);
        requests.append(r);
        answer(socket, r.method);
    }
}

void FakeHttpServer::answer(QTcpSocket *socket, const QByteArray &method)
{
    switch (m_fault) {
    case Fault::NoAnswer:
        return;
    case Fault::DropBeforeReply:
        socket->abort();
        return;
    case Fault::DropMidReply:
        socket->write("HTTP/1.1 " + QByteArray::number(m_truncatedStatus) + " X\r\nContent-Type: "
                      + m_contentType + "\r\nContent-Length: 400\r\n\r\n" + m_truncatedBody);
        socket->flush();
        socket->abort();
        return;
    case Fault::NotHttp:
        socket->write("this is not HTTP\r\n\r\n");
        socket->disconnectFromHost();
        return;
    case Fault::None:
        break;
    }
    const auto byMethod = m_byMethod.constFind(method);
    const bool own = byMethod != m_byMethod.cend();
    const int status = own ? byMethod->first : m_status;
    const QByteArray &body = own ? byMethod->second : m_body;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n" + "Content-Type: "
        + m_contentType + "\r\n" + "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!own) {
        for (const QByteArray &h : std::as_const(m_headers))
            head += h + "\r\n";
    }
    socket->write(head + "\r\n" + body);
}
