// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbackservice.h"

#include "sending/callbacklistener.h"
#include "sending/credentialstore.h"
#include "sending/providerstore.h"
#include "sending/stopconfirmationsender.h"
#include "storage/database.h"

#include <memory>
#include <optional>
#include <vector>

namespace Sending {

// What a reload read on its worker thread.
struct CallbackService::Plan
{
    CallbackSettings settings;
    QList<ProviderConfig> configs;
    QStringList warnings;
    QString errorString; // the providers could not be read
};

// Owns the listener, in the listener's thread.
class CallbackService::Host final : public QObject
{
public:
    Host(Database *database, CallbackService *service)
        : m_database(database)
        , m_service(service)
    { }

    // In the listener's thread.
    void apply(const Plan &plan)
    {
        State state;
        state.settings = plan.settings;
        state.warnings = plan.warnings;
        if (!plan.settings.enabled) {
            m_listener.reset();
            return report(state);
        }
        if (!plan.errorString.isEmpty()) {
            m_listener.reset();
            state.status = Status::Failed;
            state.errorString = plan.errorString;
            return report(state);
        }
        std::vector<std::unique_ptr<Provider>> adapters;
        for (const ProviderConfig &config : plan.configs) {
            QString error;
            std::unique_ptr<Provider> adapter = Provider::create(config, nullptr, &error);
            if (adapter)
                adapters.push_back(std::move(adapter));
            else
                state.warnings.append(CallbackService::tr("“%1”: %2").arg(config.name, error));
        }
        const QHostAddress address = plan.settings.hostAddress();
        const auto port = quint16(plan.settings.port);
        if (m_listener && m_listener->isListening() && m_address == address
            && m_listener->port() == port) {
            // Same address: keep the port open, change only who reads the callbacks.
            m_listener->setProviders(std::move(adapters));
        } else {
            m_listener.reset(); // closes the old port first: the new one may be the same
            auto listener = std::make_unique<CallbackListener>(m_database);
            listener->setProviders(std::move(adapters));
            QString error;
            if (!listener->listen(address, port, &error)) {
                state.status = Status::Failed;
                state.errorString = error;
                return report(state);
            }
            watch(listener.get());
            m_listener = std::move(listener);
            m_address = address;
        }
        state.status = Status::Listening;
        state.listeningOn = m_listener->baseUrl();
        state.providersCall = plan.settings.effectiveUrl();
        state.providers = m_listener->providerCount();
        report(state);
    }

    // In the listener's thread, before it ends.
    void shutDown()
    {
        m_listener.reset();
        m_database->closeThreadConnection();
    }

private:
    void report(const State &state)
    {
        CallbackService *service = m_service;
        QMetaObject::invokeMethod(
            service, [service, state]() { service->setState(state); }, Qt::QueuedConnection);
    }

    void watch(CallbackListener *listener)
    {
        CallbackService *service = m_service;
        connect(listener, &CallbackListener::reportsReceived, listener,
                [service](qint64, const QList<DeliveryReport> &reports) {
                    const int count = int(reports.size());
                    QMetaObject::invokeMethod(
                        service, [service, count]() { service->addReceipts(count, 0); },
                        Qt::QueuedConnection);
                });
        connect(listener, &CallbackListener::inboundReceived, listener,
                [service](qint64, const QList<InboundMessage> &messages) {
                    const int count = int(messages.size());
                    QMetaObject::invokeMethod(
                        service, [service, count]() { service->addReceipts(0, count); },
                        Qt::QueuedConnection);
                });
        connect(listener, &CallbackListener::requestRefused, listener,
                [service](const QString &path, int status, const QString &reason) {
                    QMetaObject::invokeMethod(
                        service,
                        [service, path, status, reason]() {
                            Q_EMIT service->requestRefused(path, status, reason);
                        },
                        Qt::QueuedConnection);
                });
    }

    Database *m_database;
    CallbackService *m_service; // outlives this thread's work: its destructor waits for it
    std::unique_ptr<CallbackListener> m_listener;
    QHostAddress m_address;
};

CallbackService::CallbackService(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_host(new Host(database, this))
    , m_confirmations(new StopConfirmationSender(database, this))
{
    m_thread.setObjectName(QStringLiteral("Tribune callbacks"));
    m_host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    m_thread.start();
}

CallbackService::~CallbackService()
{
    if (m_loader)
        m_loader->wait();
    Host *host = m_host;
    QMetaObject::invokeMethod(
        host,
        [host]() {
            host->shutDown();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void CallbackService::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    auto plan = std::make_shared<Plan>();
    Database *database = m_database;
    QThread *loader = QThread::create([database, plan]() {
        plan->settings = CallbackSettings::load(database);
        if (plan->settings.enabled) {
            CredentialStore credentials;
            ProviderStore store(database, &credentials);
            const QList<ProviderStore::Entry> entries = store.list();
            if (!store.errorString().isEmpty())
                plan->errorString = tr("Cannot read the providers: %1").arg(store.errorString());
            for (const ProviderStore::Entry &entry : entries) {
                QString error;
                std::optional<ProviderConfig> config = store.config(entry.id, &error);
                if (!config) {
                    // Unsigned callbacks (Kannel) are still read; signed ones are refused.
                    plan->warnings.append(
                        tr("%1 Its signed callbacks will be refused.").arg(error));
                    config = ProviderConfig();
                    config->id = entry.id;
                    config->name = entry.name;
                    config->kind = entry.kind;
                    config->endpoint = entry.endpoint;
                    config->senderId = entry.senderId;
                    config->options = entry.options;
                    config->account = entry.account;
                    config->callbackBase = plan->settings.effectiveUrl();
                }
                plan->configs.append(*config);
            }
        }
        database->closeThreadConnection();
    });
    loader->setParent(this); // the destructor waits for it
    m_loader = loader;
    connect(loader, &QThread::finished, this, [this, loader, plan]() {
        loader->deleteLater();
        m_loading = false;
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
            return;
        }
        apply(*plan);
    });
    loader->start();
}

void CallbackService::apply(const Plan &plan)
{
    if (plan.settings.enabled)
        m_confirmations->sendPending(); // what was queued while nobody listened
    Host *host = m_host;
    QMetaObject::invokeMethod(
        host, [host, plan]() { host->apply(plan); }, Qt::QueuedConnection);
}

void CallbackService::setState(const State &state)
{
    m_state = state;
    Q_EMIT stateChanged(m_state);
}

void CallbackService::addReceipts(int reports, int replies)
{
    m_reports += reports;
    m_replies += replies;
    if (replies > 0)
        m_confirmations->sendPending(); // the STOPs among them may have queued confirmations
    Q_EMIT receiptsRecorded(m_reports, m_replies);
}

} // namespace Sending
