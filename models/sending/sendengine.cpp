// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendengine.h"

#include "campaign/campaignstore.h"
#include "compliance/preflight.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QThread>

#include <algorithm>
#include <cmath>

using namespace Sending;

SendEngine::SendEngine(Database *database, Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(std::move(options))
    , m_pumpTimer(this)
    , m_progressTimer(this)
    , m_pollTimer(this)
{
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pumpTimer, &QTimer::timeout, this, &SendEngine::pump);
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, &SendEngine::emitProgress);
    connect(&m_pollTimer, &QTimer::timeout, this, &SendEngine::pollDue);
}

QString SendEngine::defaultInstanceId()
{
    return QHostInfo::localHostName() + QLatin1Char('/') + Database::localActor();
}

SendEngine::~SendEngine() = default;

bool SendEngine::setCampaignState(int state, QString *errorString)
{
    CampaignStore store(m_database, QStringLiteral("send-engine"));
    std::optional<Campaign> campaign = store.find(m_options.campaignId);
    if (!campaign) {
        *errorString = store.errorString();
        return false;
    }
    const auto target = Campaign::State(state);
    if (campaign->state == target)
        return true;
    if (!store.setState(&*campaign, target)) {
        // Another instance sending the same campaign may have made the same move at the same
        // moment (both find the outbox empty and close the campaign).
        *errorString = store.errorString();
        const std::optional<Campaign> now = store.find(m_options.campaignId);
        return now && now->state == target;
    }
    return true;
}

void SendEngine::start()
{
    m_clock.start();
    m_outbox = std::make_unique<Outbox>(m_database, m_options.outbox);
    m_receipts = std::make_unique<Receipts>(m_database);
    m_network = new QNetworkAccessManager(this);
    QString error;
    m_provider = Provider::create(m_options.provider, m_network, &error);
    if (!m_provider)
        return finish(false, QStringLiteral("error"), error);
    m_capabilities = m_provider->capabilities();
    const qint64 providerId = m_options.provider.id;
    connect(m_provider.get(), &Provider::deliveryReports, this,
            [this, providerId](const QList<DeliveryReport> &reports) {
                QString e;
                if (!m_receipts->recordReports(providerId, reports, &e))
                    qWarning("SendEngine: cannot record delivery reports: %s", qPrintable(e));
            });
    connect(m_provider.get(), &Provider::inboundMessages, this,
            [this, providerId](const QList<InboundMessage> &messages) {
                QString e;
                if (!m_receipts->recordInbound(providerId, messages, &e))
                    qWarning("SendEngine: cannot record replies: %s", qPrintable(e));
            });

    CampaignStore store(m_database, QStringLiteral("send-engine"));
    std::optional<Campaign> campaign = store.find(m_options.campaignId);
    if (!campaign)
        return finish(false, QStringLiteral("error"), tr("This campaign no longer exists."));
    // The preflight's checks of the campaign itself, whoever started it (the claims re-check
    // the silence, the window, the consent and the budget message by message).
    const Preflight::Result preflight = Preflight::quick(m_database, *campaign);
    QStringList failed;
    for (const Preflight::Check &check : preflight.checks) {
        if (check.blocking && !check.passed && check.key != QLatin1String("silence"))
            failed.append(check.explanation);
    }
    if (!preflight.ok || !failed.isEmpty())
        return finish(false, QStringLiteral("preflight"),
                      preflight.ok ? failed.join(QLatin1Char('\n')) : preflight.errorString);
    switch (campaign->state) {
    case Campaign::State::Approved: {
        const Outbox::EnqueueResult enqueued =
            m_outbox->enqueue(*campaign, m_options.provider.maxParts);
        if (!enqueued.ok)
            return finish(false, QStringLiteral("error"), enqueued.errorString);
        if (!store.setState(&*campaign, Campaign::State::Sending)) {
            // Another instance started the campaign at the same moment and moved it to sending
            // first: both enqueues add each recipient once (UNIQUE (campaign_id, phone)), so
            // this one joins it.
            const QString refused = store.errorString();
            const std::optional<Campaign> now = store.find(m_options.campaignId);
            if (!now || now->state != Campaign::State::Sending)
                return finish(false, QStringLiteral("error"), refused);
        }
        break;
    }
    case Campaign::State::Paused:
        if (!store.setState(&*campaign, Campaign::State::Sending))
            return finish(false, QStringLiteral("error"), store.errorString());
        break;
    case Campaign::State::Sending:
        break;
    default:
        return finish(false, QStringLiteral("error"),
                      tr("Only an approved, sending or paused campaign can be sent (this one is "
                         "%1).")
                          .arg(Campaign::stateLabel(campaign->state).toLower()));
    }
    m_mode = Mode::Running;
    m_progressTimer.start();
    if (m_capabilities.polling && m_options.pollAfterMs > 0 && m_options.pollPerSecond > 0)
        m_pollTimer.start(std::clamp(m_options.pollAfterMs, 100, 1000));
    // Messages a crashed run left "submitting" are settled before anything new is claimed.
    ++m_inFlight;
    m_outbox->recover(m_options.campaignId, m_options.instanceId, m_provider.get(),
                      [this](int stranded, bool ok) {
                          --m_inFlight;
                          m_summary.recovered = stranded;
                          if (!ok)
                              return finish(false, QStringLiteral("error"),
                                            m_outbox->errorString());
                          m_lastRefillNs = m_clock.nsecsElapsed();
                          QTimer::singleShot(0, this, &SendEngine::pump);
                      });
}

void SendEngine::refill()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double rate = std::max(0.01, m_options.provider.ratePerSecond);
    // Room for two messages at least, so that a late timer does not lose the time it was late.
    const double capacity = std::max(2, m_capabilities.maxBatch);
    m_tokens = std::min(capacity, m_tokens + double(now - m_lastRefillNs) * 1e-9 * rate);
    m_lastRefillNs = now;
}

void SendEngine::scheduleAt(qint64 delayMs)
{
    const int delay = int(std::clamp<qint64>(delayMs, 0, 60000));
    if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > delay)
        m_pumpTimer.start(delay);
}

void SendEngine::pump()
{
    if (m_mode == Mode::Finished || m_mode == Mode::Idle || m_mode == Mode::Paused)
        return;
    if (m_mode == Mode::Draining)
        return settle();
    if (m_mode != Mode::Running) {
        if (m_inFlight > 0)
            return; // onResults() calls pump() again
        QString error;
        if (m_mode == Mode::Pausing) {
            if (!setCampaignState(int(Campaign::State::Paused), &error))
                return finish(false, QStringLiteral("error"), error);
            m_mode = Mode::Paused;
            emitProgress();
            Q_EMIT pausedChanged(true);
            return;
        }
        if (m_mode == Mode::Stopping) {
            setCampaignState(int(Campaign::State::Paused), &error);
            if (!m_accountError.isEmpty())
                return finish(false, QStringLiteral("account"), m_accountError);
            return finish(true, QStringLiteral("stopped"));
        }
        if (m_mode == Mode::Cancelling) {
            m_outbox->cancelQueued(m_options.campaignId);
            if (!setCampaignState(int(Campaign::State::Cancelled), &error))
                return finish(false, QStringLiteral("error"), error);
            return finish(true, QStringLiteral("cancelled"));
        }
        return;
    }

    const int maxBatch = std::max(1, m_capabilities.maxBatch);
    refill();
    while (m_inFlight < m_options.concurrency && m_tokens >= 1) {
        const int n = std::min(maxBatch, int(std::floor(m_tokens)));
        const Outbox::Claim claim = m_outbox->claim(m_options.campaignId, n, m_options.instanceId);
        if (!claim.ok)
            return finish(false, QStringLiteral("error"), claim.errorString);
        if (claim.block != Outbox::Block::None) {
            if (claim.block == Outbox::Block::NotSending)
                return campaignLeftSending();
            m_finishReason = claim.block == Outbox::Block::Silence ? QStringLiteral("silence")
                                                                   : QStringLiteral("window");
            m_mode = Mode::Stopping;
            return pump();
        }
        if (claim.messages.isEmpty()) {
            if (claim.cancelled > 0)
                continue; // all refused at the re-check: try the next ones
            break;
        }
        m_tokens -= double(claim.messages.size());
        if (m_capabilities.batchNeedsSameText) {
            QHash<QString, QList<OutgoingMessage>> byText;
            QStringList order;
            for (const OutgoingMessage &message : claim.messages) {
                if (!byText.contains(message.body))
                    order.append(message.body);
                byText[message.body].append(message);
            }
            for (const QString &text : std::as_const(order))
                submitBatch(byText.value(text));
        } else {
            submitBatch(claim.messages);
        }
    }
    if (m_inFlight >= m_options.concurrency)
        return; // the next answer pumps again
    if (m_tokens < 1) {
        const double rate = std::max(0.01, m_options.provider.ratePerSecond);
        scheduleAt(qint64(std::ceil((1 - m_tokens) / rate * 1000)));
        return;
    }
    // Nothing due now.
    if (m_inFlight > 0)
        return;
    const Outbox::Counts counts = m_outbox->counts(m_options.campaignId);
    if (counts.queued > 0) {
        const QDateTime next = m_outbox->nextAttempt(m_options.campaignId);
        scheduleAt(next.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(next) + 1 : 1000);
        return;
    }
    if (counts.submitting > 0) {
        scheduleAt(1000); // another instance is still sending
        return;
    }
    QString error;
    if (!setCampaignState(int(Campaign::State::Done), &error))
        return finish(false, QStringLiteral("error"), error);
    startDraining();
}

void SendEngine::campaignLeftSending()
{
    const std::optional<Campaign> campaign =
        CampaignStore(m_database, QStringLiteral("send-engine")).find(m_options.campaignId);
    const Campaign::State state = campaign ? campaign->state : Campaign::State::Paused;
    if (state == Campaign::State::Done) {
        // In team mode another instance sent the last messages and closed the campaign: this
        // one is done too, it was not stopped.
        return startDraining();
    }
    m_mode = Mode::Stopping;
    m_finishReason = state == Campaign::State::Cancelled ? QStringLiteral("cancelled")
                                                         : QStringLiteral("stopped");
    pump();
}

void SendEngine::startDraining()
{
    m_finishReason = QStringLiteral("done");
    m_mode = Mode::Draining;
    m_drainClock.start();
    settle();
}

void SendEngine::settle()
{
    if (m_inFlight > 0)
        return; // onResults() pumps again
    // Wait for the delivery reports still expected, at most drainMs.
    if (m_drainClock.elapsed() >= m_options.drainMs
        || (m_outbox->counts(m_options.campaignId).accepted == 0
            && m_drainClock.elapsed() >= m_options.drainMs / 2))
        return finish(true, m_finishReason);
    scheduleAt(50);
}

void SendEngine::pollDue()
{
    if (m_polling || !m_provider || (m_mode != Mode::Running && m_mode != Mode::Draining))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 before = now - m_options.pollAfterMs;
    const int limit =
        std::max(1, int(qint64(m_options.pollPerSecond) * m_pollTimer.interval() / 1000));
    QList<OutgoingMessage> due = m_outbox->awaitingReport(
        m_options.campaignId, QDateTime::fromMSecsSinceEpoch(before, Qt::UTC), m_pollCursor, limit);
    // Round the accepted messages in id order; start again from the first after the last.
    m_pollCursor = due.size() < limit ? 0 : due.constLast().id;
    due.erase(std::remove_if(due.begin(), due.end(),
                             [this, before](const OutgoingMessage &message) {
                                 const auto it = m_lastPolledMs.constFind(message.id);
                                 return it != m_lastPolledMs.cend() && it.value() > before;
                             }),
              due.end());
    if (due.isEmpty())
        return;
    for (const OutgoingMessage &message : std::as_const(due))
        m_lastPolledMs.insert(message.id, now);
    m_polling = true;
    m_provider->poll(due, [this]() { m_polling = false; });
}

void SendEngine::submitBatch(const QList<OutgoingMessage> &batch)
{
    ++m_inFlight;
    m_summary.submitted += batch.size();
    QList<OutgoingMessage> messages = batch;
    for (OutgoingMessage &message : messages) {
        if (message.sender.isEmpty())
            message.sender = m_options.provider.senderId;
    }
    m_provider->submit(messages, [this](const QList<SubmitResult> &results) {
        // Called in this thread, after submit() returned.
        QMetaObject::invokeMethod(
            this, [this, results]() { onResults(results); }, Qt::QueuedConnection);
    });
}

void SendEngine::onResults(const QList<SubmitResult> &results)
{
    --m_inFlight;
    for (const SubmitResult &result : results) {
        switch (result.outcome) {
        case SubmitOutcome::Accepted:
            ++m_summary.accepted;
            break;
        case SubmitOutcome::Failed:
            ++m_summary.failed;
            break;
        case SubmitOutcome::Retry:
            ++m_summary.retried;
            break;
        case SubmitOutcome::Unknown:
            ++m_summary.unknown;
            break;
        }
        if (result.accountError && m_accountError.isEmpty())
            m_accountError =
                tr("The provider refused the credentials or the account (%1: %2). Sending is "
                   "paused and the messages not sent stay queued: fix the account or its secret, "
                   "then send again.")
                    .arg(result.errorCode, result.errorText);
    }
    QString error;
    if (!m_outbox->record(results, &error))
        return finish(false, QStringLiteral("error"), error);
    if (!m_accountError.isEmpty() && (m_mode == Mode::Running || m_mode == Mode::Pausing)) {
        // Every other message would meet the same refusal: stop claiming.
        m_mode = Mode::Stopping;
        m_finishReason = QStringLiteral("account");
        m_pumpTimer.stop();
    }
    pump();
}

void SendEngine::pause()
{
    if (m_mode == Mode::Running) {
        m_mode = Mode::Pausing;
        m_pumpTimer.stop();
        pump();
    }
}

void SendEngine::resume()
{
    if (m_mode != Mode::Paused && m_mode != Mode::Pausing)
        return;
    QString error;
    if (m_mode == Mode::Paused && !setCampaignState(int(Campaign::State::Sending), &error))
        return finish(false, QStringLiteral("error"), error);
    const bool wasPaused = m_mode == Mode::Paused;
    m_mode = Mode::Running;
    m_lastRefillNs = m_clock.nsecsElapsed();
    if (wasPaused)
        Q_EMIT pausedChanged(false);
    pump();
}

void SendEngine::cancel()
{
    if (m_mode == Mode::Finished || m_mode == Mode::Idle || m_mode == Mode::Draining)
        return;
    if (m_mode == Mode::Paused) {
        // A paused campaign goes straight to cancelled.
        QString error;
        if (!setCampaignState(int(Campaign::State::Sending), &error))
            return finish(false, QStringLiteral("error"), error);
    }
    m_mode = Mode::Cancelling;
    m_pumpTimer.stop();
    m_outbox->cancelQueued(m_options.campaignId);
    pump();
}

void SendEngine::stop()
{
    if (m_mode == Mode::Running || m_mode == Mode::Pausing) {
        m_mode = Mode::Stopping;
        m_finishReason = QStringLiteral("stopped");
        m_pumpTimer.stop();
        pump();
    } else if (m_mode == Mode::Paused) {
        finish(true, QStringLiteral("paused"));
    } else if (m_mode == Mode::Draining) {
        finish(true, m_finishReason);
    }
}

void SendEngine::emitProgress()
{
    if (!m_outbox)
        return;
    Progress progress;
    progress.counts = m_outbox->counts(m_options.campaignId);
    const double seconds = double(m_clock.nsecsElapsed()) / 1e9;
    progress.rate = seconds > 0 ? double(m_summary.submitted) / seconds : 0;
    if (progress.rate > 0)
        progress.etaSeconds = int(double(progress.counts.queued) / progress.rate);
    Q_EMIT progressChanged(progress);
}

void SendEngine::finish(bool ok, const QString &reason, const QString &errorString)
{
    if (m_mode == Mode::Finished)
        return;
    m_mode = Mode::Finished;
    m_pumpTimer.stop();
    m_progressTimer.stop();
    m_pollTimer.stop();
    emitProgress();
    m_summary.ok = ok;
    m_summary.stopReason =
        m_finishReason.isEmpty() || reason == QLatin1String("error") ? reason : m_finishReason;
    m_summary.errorString = errorString;
    m_summary.seconds = double(m_clock.nsecsElapsed()) / 1e9;
    // Late reports of the provider have nowhere to go once it is gone.
    // (deleteLater: finish() may run inside one of the provider's own callbacks.)
    if (m_provider)
        m_provider.release()->deleteLater();
    Q_EMIT finished(m_summary);
}
