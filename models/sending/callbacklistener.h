// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/provider.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>

#include <memory>
#include <vector>

class Database;
class QTcpServer;

namespace Sending {

// The local HTTP server providers call back: every request goes to the registered adapters'
// handleCallback(); the reports and replies one of them reads are recorded through Receipts
// before the answer goes out, so a gateway that gets no 2xx can send them again. Lives in one
// thread (the one that calls listen()), where it uses that thread's database connection.
class CallbackListener final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackListener)
public:
    // Without a database, reports and replies are only emitted (tests, previews).
    explicit CallbackListener(Database *database, QObject *parent = nullptr);
    ~CallbackListener() override;

    // Takes an adapter whose handleCallback() reads requests; the listener owns it and calls
    // nothing else on it.
    void addProvider(std::unique_ptr<Provider> provider);
    // Replaces every adapter at once (providers edited) without closing the port.
    void setProviders(std::vector<std::unique_ptr<Provider>> providers);
    int providerCount() const { return int(m_providers.size()); }

    // Listens with a backlog of 1,024 pending connections (gateways call back in bursts).
    bool listen(const QHostAddress &address, quint16 port, QString *errorString);
    bool isListening() const;
    quint16 port() const;
    // "http://address:port", what ProviderConfig::callbackBase should point at.
    QUrl baseUrl() const;

    // The server-independent form of a request (lower-case header names).
    static CallbackRequest toCallbackRequest(const QHttpServerRequest &request);

Q_SIGNALS:
    void reportsReceived(qint64 providerId, const QList<Sending::DeliveryReport> &reports);
    void inboundReceived(qint64 providerId, const QList<Sending::InboundMessage> &messages);
    // A request refused (malformed, unknown path, or not recorded); nothing was stored.
    void requestRefused(const QString &path, int status, const QString &reason);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void answer(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                       const QByteArray &body);
    bool record(qint64 providerId, const CallbackResult &result, QString *errorString);

    Database *m_database;
    std::vector<std::unique_ptr<Provider>> m_providers;
    QPointer<QTcpServer> m_tcpServer;
    QHostAddress m_address;
};

} // namespace Sending
