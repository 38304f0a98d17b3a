// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/outbox.h"
#include "sending/provider.h"
#include "sending/receipts.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class Database;
class QNetworkAccessManager;

// Sends one campaign through one provider: claim -> submit -> record, at the provider's rate
// (token bucket), with several batches in flight, until the outbox is empty; pause, resume,
// cancel. Stops (the campaign paused) as soon as the provider refuses the account itself, and
// polls the providers that can be polled for the reports that do not come. Create it, move it to
// its own QThread and call start() there: it creates its own QNetworkAccessManager, provider and
// database connection in that thread.
class SendEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendEngine)
public:
    struct Options
    {
        qint64 campaignId = 0;
        Sending::ProviderConfig provider;
        QString instanceId; // who claims; a restart with the same id recovers its claims
        int concurrency = 4; // batches in flight
        Outbox::Options outbox;
        // After the last message: how long to keep listening for delivery reports and replies
        // (the Sandbox and polling providers deliver them to this engine).
        int drainMs = 0;
        // Providers that can be polled (Capabilities::polling): while this engine sends or
        // drains, an accepted message still without a final report pollAfterMs after its
        // acceptance (and after its last poll) is asked about, at most pollPerSecond messages a
        // second. 0 in either: never.
        int pollAfterMs = 60000;
        int pollPerSecond = 5;
    };

    struct Progress
    {
        Outbox::Counts counts;
        double rate = 0; // submissions per second in this run
        int etaSeconds = -1;
    };

    struct Summary
    {
        bool ok = false;
        QString errorString;
        // "done", "paused", "cancelled", "stopped", "silence", "window", "account" (the provider
        // refused the account: ok is false, errorString says why, the campaign is paused)...
        QString stopReason;
        qint64 submitted = 0; // messages handed to the provider by this run
        qint64 accepted = 0;
        qint64 failed = 0;
        qint64 retried = 0;
        qint64 unknown = 0;
        qint64 recovered = 0; // stranded messages found at start
        double seconds = 0;
    };

    SendEngine(Database *database, Options options, QObject *parent = nullptr);

    // "host/user": the instance id of this computer's sender, so that a restart recovers the
    // messages its previous run left in flight.
    static QString defaultInstanceId();
    ~SendEngine() override;

public Q_SLOTS:
    // Approved: enqueues and starts sending; sending or paused: recovers and resumes.
    void start();
    void pause();
    void resume();
    // Queued messages become cancelled, then the campaign.
    void cancel();
    // Stops claiming, waits for the batches in flight, leaves the campaign paused (SIGINT).
    void stop();

Q_SIGNALS:
    void progressChanged(const SendEngine::Progress &progress);
    void pausedChanged(bool paused);
    void finished(const SendEngine::Summary &summary);

private:
    enum class Mode { Idle, Running, Pausing, Paused, Stopping, Cancelling, Draining, Finished };

    void pump();
    void submitBatch(const QList<Sending::OutgoingMessage> &batch);
    void onResults(const QList<Sending::SubmitResult> &results);
    void refill();
    void scheduleAt(qint64 delayMs);
    void settle();
    // Another instance moved the campaign out of "sending" (done, cancelled or paused).
    void campaignLeftSending();
    void startDraining();
    void pollDue();
    void finish(bool ok, const QString &reason, const QString &errorString = QString());
    bool setCampaignState(int state, QString *errorString);
    void emitProgress();

    Database *m_database;
    Options m_options;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<Receipts> m_receipts;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<Sending::Provider> m_provider;
    Sending::Capabilities m_capabilities;
    Mode m_mode = Mode::Idle;
    QString m_finishReason;
    QString m_accountError; // why the provider refused the account, once it has
    int m_inFlight = 0;
    double m_tokens = 1;
    qint64 m_lastRefillNs = 0;
    QElapsedTimer m_clock;
    QElapsedTimer m_drainClock;
    QTimer m_pumpTimer;
    QTimer m_progressTimer;
    QTimer m_pollTimer;
    bool m_polling = false; // a poll round is in flight
    qint64 m_pollCursor = 0; // polls go round the accepted messages in id order
    QHash<qint64, qint64> m_lastPolledMs; // message id -> when it was last asked about
    Summary m_summary;
};

Q_DECLARE_METATYPE(SendEngine::Progress)
Q_DECLARE_METATYPE(SendEngine::Summary)
