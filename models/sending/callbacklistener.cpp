// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbacklistener.h"

#include "sending/receipts.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>

namespace Sending {

namespace {

constexpr int ListenBacklog = 1024;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

void CallbackListener::answer(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                              const QByteArray &body)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(body, "text/plain; charset=utf-8",
                    static_cast<QHttpServerResponder::StatusCode>(status));
}

CallbackListener::CallbackListener(Database *database, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_database(database)
{ }

CallbackListener::~CallbackListener() = default;

void CallbackListener::addProvider(std::unique_ptr<Provider> provider)
{
    provider->setParent(nullptr);
    m_providers.push_back(std::move(provider));
}

void CallbackListener::setProviders(std::vector<std::unique_ptr<Provider>> providers)
{
    m_providers.clear();
    for (std::unique_ptr<Provider> &provider : providers)
        addProvider(std::move(provider));
}

bool CallbackListener::listen(const QHostAddress &address, quint16 port, QString *errorString)
{
    auto *server = new QTcpServer(this);
    server->setListenBacklogSize(ListenBacklog);
    if (!server->listen(address, port)) {
        if (errorString)
            *errorString = QCoreApplication::translate("Sending::CallbackListener",
                                                       "Cannot listen on %1 port %2: %3")
                               .arg(address.toString())
                               .arg(port)
                               .arg(server->errorString());
        delete server;
        return false;
    }
    bind(server);
    m_tcpServer = server;
    m_address = address;
    return true;
}

bool CallbackListener::isListening() const
{
    return m_tcpServer && m_tcpServer->isListening();
}

quint16 CallbackListener::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

QUrl CallbackListener::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.isNull() || m_address == QHostAddress::Any
                        || m_address == QHostAddress::AnyIPv4
                    ? QStringLiteral("127.0.0.1")
                    : m_address.toString());
    url.setPort(port());
    return url;
}

CallbackRequest CallbackListener::toCallbackRequest(const QHttpServerRequest &request)
{
    CallbackRequest callback;
    callback.method = methodName(request.method());
    callback.url = request.url();
    const QList<QPair<QByteArray, QByteArray>> headers = request.headers();
    for (const auto &header : headers)
        callback.headers.insert(header.first.toLower(), header.second);
    callback.body = request.body();
    return callback;
}

bool CallbackListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const CallbackRequest callback = toCallbackRequest(request);
    for (const std::unique_ptr<Provider> &provider : m_providers) {
        const CallbackResult result = provider->handleCallback(callback);
        if (!result.handled)
            continue;
        if (result.status / 100 != 2) {
            Q_EMIT requestRefused(callback.url.path(), result.status, result.errorString);
            answer(request, socket, result.status, result.responseBody);
            return true;
        }
        const qint64 providerId = provider->config().id;
        QString error;
        if (!record(providerId, result, &error)) {
            // Not stored: a 5xx lets the gateway call again.
            Q_EMIT requestRefused(callback.url.path(), 500, error);
            answer(request, socket, 500, "not recorded");
            return true;
        }
        if (!result.reports.isEmpty())
            Q_EMIT reportsReceived(providerId, result.reports);
        if (!result.inbound.isEmpty())
            Q_EMIT inboundReceived(providerId, result.inbound);
        answer(request, socket, result.status, result.responseBody);
        return true;
    }
    return false;
}

void CallbackListener::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_EMIT requestRefused(request.url().path(), 404, QStringLiteral("no provider"));
    answer(request, socket, 404, "unknown callback");
}

bool CallbackListener::record(qint64 providerId, const CallbackResult &result, QString *errorString)
{
    if (!m_database)
        return true;
    Receipts receipts(m_database);
    if (!result.reports.isEmpty()
        && !receipts.recordReports(providerId, result.reports, errorString))
        return false;
    if (!result.inbound.isEmpty()
        && !receipts.recordInbound(providerId, result.inbound, errorString))
        return false;
    return true;
}

} // namespace Sending
