// SPDX-License-Identifier: GPL-3.0-or-later
#include "stopconfirmationsender.h"

#include "consent/stopconfirmation.h"
#include "sending/credentialstore.h"
#include "sending/outbox.h"
#include "sending/providerstore.h"
#include "sending/sendengine.h"
#include "storage/database.h"

#include <QTimer>

#include <algorithm>

namespace Sending {

// Runs the engines, in the sender's thread.
class StopConfirmationWorker final : public QObject
{
public:
    StopConfirmationWorker(Database *database, StopConfirmationSender *sender)
        : m_database(database)
        , m_sender(sender)
        , m_windowTimer(this)
    {
        m_windowTimer.setSingleShot(true);
        connect(&m_windowTimer, &QTimer::timeout, this, &StopConfirmationWorker::look);
    }

    // Someone recorded new STOPs: every campaign may be run again.
    void request()
    {
        if (m_engine) {
            m_again = true;
            return;
        }
        m_triedThisLook.clear();
        look();
    }

    void look()
    {
        if (m_engine)
            return;
        if (m_again) {
            m_again = false;
            m_triedThisLook.clear();
        }
        const Outbox::Window window = Outbox::Window::load(m_database);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!window.allows(now)) {
            // Started now, the engine would only pause the campaign: wait for the opening
            // (looked at again at least hourly, in case the window changes).
            const QDateTime opening = window.nextOpening(now);
            const qint64 wait = opening.isValid() ? now.msecsTo(opening) + 1000 : 3600000;
            m_windowTimer.start(int(std::clamp<qint64>(wait, 1000, 3600000)));
            Q_EMIT m_sender->idle();
            return;
        }
        QString error;
        const QList<Consent::StopConfirmation::Pending> pending =
            Consent::StopConfirmation::pending(m_database, &error);
        if (!error.isEmpty())
            qWarning("StopConfirmationSender: %s", qPrintable(error));
        // Each campaign once per look: one that does not finish is not started again at once.
        const auto next = std::find_if(pending.cbegin(), pending.cend(),
                                       [this](const Consent::StopConfirmation::Pending &p) {
                                           return !m_triedThisLook.contains(p.campaignId);
                                       });
        if (next == pending.cend()) {
            m_triedThisLook.clear();
            Q_EMIT m_sender->idle();
            return;
        }
        m_triedThisLook.append(next->campaignId);
        CredentialStore credentials;
        ProviderStore providers(m_database, &credentials);
        const std::optional<ProviderConfig> config = providers.config(next->providerId, &error);
        if (!config) {
            qWarning("StopConfirmationSender: %s", qPrintable(error));
            Q_EMIT m_sender->runFinished(next->campaignId, 0, QStringLiteral("error"));
            return look();
        }
        SendEngine::Options options;
        options.campaignId = next->campaignId;
        options.provider = *config;
        options.instanceId = SendEngine::defaultInstanceId();
        options.concurrency = 1;
        options.drainMs = 2000; // the Sandbox and polled providers report to the engine
        m_engine = new SendEngine(m_database, options, this);
        const qint64 campaignId = next->campaignId;
        connect(m_engine, &SendEngine::finished, this,
                [this, campaignId](const SendEngine::Summary &summary) {
                    if (!summary.ok)
                        qWarning("StopConfirmationSender: %s", qPrintable(summary.errorString));
                    m_engine->deleteLater();
                    m_engine = nullptr;
                    Q_EMIT m_sender->runFinished(campaignId, summary.submitted, summary.stopReason);
                    QTimer::singleShot(0, this, &StopConfirmationWorker::look);
                });
        m_engine->start();
    }

    // Before the thread ends. Messages still in flight stay "submitting": the next run (same
    // instance id) settles them, as after a crash, rather than this wait for the provider.
    void shutDown()
    {
        m_windowTimer.stop();
        if (m_engine) {
            disconnect(m_engine, &SendEngine::finished, this, nullptr);
            m_engine->stop();
            delete m_engine;
            m_engine = nullptr;
        }
        m_database->closeThreadConnection();
    }

private:
    Database *m_database;
    StopConfirmationSender *m_sender;
    QTimer m_windowTimer;
    SendEngine *m_engine = nullptr;
    bool m_again = false;
    QList<qint64> m_triedThisLook;
};

StopConfirmationSender::StopConfirmationSender(Database *database, QObject *parent)
    : QObject(parent)
    , m_worker(new StopConfirmationWorker(database, this))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("stop-confirmations"));
    m_thread.start();
}

StopConfirmationSender::~StopConfirmationSender()
{
    StopConfirmationWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker]() { worker->shutDown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StopConfirmationSender::sendPending()
{
    StopConfirmationWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker]() { worker->request(); }, Qt::QueuedConnection);
}

} // namespace Sending
