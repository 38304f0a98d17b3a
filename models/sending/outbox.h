// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/provider.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class Database;
class QSqlQuery;
struct Campaign;

// The outbox: one `messages` row per recipient of a campaign, and the only place that moves a
// message from state to state. A message is marked "submitting" (committed) before it is handed
// to a provider, and claimed rows are re-checked at that moment against the suppression list,
// consent, the electoral silence, the sending window and the budget, so that a STOP received
// mid-campaign stops the next message. Use in one thread (the one whose connection it uses).
class Outbox final
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
    Q_DISABLE_COPY_MOVE(Outbox)
public:
    struct Options
    {
        int maxAttempts = 5; // a message retried this many times fails ('retries')
        int baseBackoffMs = 2000; // first retry after 1-2 s, then doubling...
        int maxBackoffMs = 300000; // ...up to 2.5-5 min
        // "submitting" rows of another instance older than this are taken as stranded.
        qint64 staleClaimMs = 15 * 60 * 1000;
    };

    struct EnqueueResult
    {
        bool ok = false;
        QString errorString;
        qint64 added = 0; // new rows
        qint64 total = 0; // rows of the campaign afterwards
        double seconds = 0;
    };

    // Why nothing may be claimed now; the messages stay queued.
    enum class Block { None, NotSending, Silence, Window };

    struct Claim
    {
        bool ok = false;
        QString errorString;
        QList<Sending::OutgoingMessage> messages; // now "submitting", committed
        Block block = Block::None;
        QDateTime blockedUntil; // when the silence or window ends (UTC)
        int cancelled = 0; // refused at the re-check (suppressed, consent, budget)
        bool budgetReached = false;
    };

    struct Counts
    {
        qint64 queued = 0;
        qint64 waiting = 0; // queued with a retry time in the future (part of queued)
        qint64 submitting = 0;
        qint64 accepted = 0;
        qint64 delivered = 0;
        qint64 failed = 0;
        qint64 expired = 0;
        qint64 cancelled = 0;
        qint64 unknown = 0;
        qint64 costMc = 0;
        qint64 total() const
        {
            return queued + submitting + accepted + delivered + failed + expired + cancelled
                + unknown;
        }
    };

    // A French public holiday: its date and its name (translated).
    struct Holiday
    {
        QDate date;
        QString name;
    };

    // The sending window: marketing hours by default 8h-20h Europe/Paris, Monday to Saturday,
    // not on French public holidays (the strictest of the providers' and the AF2M's rules).
    // Stored in app_settings (sending.window_start/end "HH:MM", sending.window_days "123456"
    // with Monday = 1, sending.skip_holidays, sending.alsace_moselle, sending.timezone).
    struct Window
    {
        int startMinute = 8 * 60;
        int endMinute = 20 * 60; // exclusive; 1440 = midnight
        QString days = QStringLiteral("123456");
        bool skipHolidays = true;
        bool alsaceMoselle = false; // adds Good Friday and 26 December
        QByteArray timeZone = "Europe/Paris";

        bool allows(const QDateTime &at) const;
        // The next moment the window is open at or after `at` (at most a fortnight ahead).
        QDateTime nextOpening(const QDateTime &at) const;
        // When the window open at `at` closes (UTC); invalid when it is closed at `at`.
        QDateTime closing(const QDateTime &at) const;
        // False with a sentence saying what to fix: opening before closing, at least one day.
        bool validate(QString *errorString) const;
        // "HH:MM" for a minute of the day (1440: "24:00"), and back (-1 when not a time).
        static QString timeText(int minute);
        static int minuteFromText(const QString &text);

        static Window load(Database *database);
        // Validates, checks that `actor` may change the team's settings (an administrator when
        // the database has user accounts), writes the window and a "settings.sending_window"
        // audit entry in one transaction. False with *errorString.
        bool save(Database *database, const QString &actor, QString *errorString = nullptr) const;
        // Anyone on a database without user accounts, otherwise an enabled administrator.
        static bool mayChange(Database *database, const QString &actor, QString *errorString);

        bool operator==(const Window &other) const;
        bool operator!=(const Window &other) const { return !(*this == other); }
    };

    // The public holidays from `from` on (included), the next `count` of them, Alsace-Moselle's
    // two extra days included when asked.
    static QList<Holiday> upcomingHolidays(const QDate &from, int count, bool alsaceMoselle);

    explicit Outbox(Database *database);
    Outbox(Database *database, const Options &options);

    // One queued row per recipient of the campaign (rendered as CampaignPreview renders it,
    // footer included). Adds nothing twice; refuses (adding nothing) when a message takes more
    // than maxParts parts.
    EnqueueResult enqueue(const Campaign &campaign, int maxParts);

    // Marks up to n due queued messages "submitting" for instanceId and commits before
    // returning them (FOR UPDATE SKIP LOCKED on PostgreSQL, BEGIN IMMEDIATE on SQLite).
    Claim claim(qint64 campaignId, int n, const QString &instanceId,
                const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Records the provider's answers for claimed messages. A Retry marked accountError is
    // queued again without counting the attempt (the account, not the message, was refused).
    bool record(const QList<Sending::SubmitResult> &results, QString *errorString = nullptr);
    // Queued messages of the campaign become cancelled ('cancelled' error code).
    qint64 cancelQueued(qint64 campaignId, QString *errorString = nullptr);

    // Messages of the campaign left "submitting" by instanceId (a crashed run) or by any
    // instance for longer than staleClaimMs.
    QList<Sending::OutgoingMessage> stranded(qint64 campaignId, const QString &instanceId);
    // Reconciles stranded messages: asks the provider (lookupByClientRef) or marks them
    // "unknown" for a human decision; never resends them blindly. `done` gets how many were
    // stranded. Runs in the provider's thread.
    void recover(qint64 campaignId, const QString &instanceId, Sending::Provider *provider,
                 const std::function<void(int stranded, bool ok)> &done);

    // Accepted messages of the campaign, without a final state yet, with the provider's message
    // id, accepted at or before acceptedBefore: the first `limit` after afterId in id order (for
    // polling the providers that can be asked).
    QList<Sending::OutgoingMessage>
    awaitingReport(qint64 campaignId, const QDateTime &acceptedBefore, qint64 afterId, int limit);

    Counts counts(qint64 campaignId);
    // Earliest next_attempt_at of the campaign's queued messages; invalid when none waits.
    QDateTime nextAttempt(qint64 campaignId);

    // Whether the electoral silence (Code électoral L49) covers `at` for this election: from
    // 00:00 the day before each round until polls close (Europe/Paris). Sets *until to its end.
    static bool isSilence(Database *database, qint64 electionId, const QDateTime &at,
                          QDateTime *until = nullptr);
    // A message's client reference, unique in the outbox: "c<campaign>-<recipient>-<run>", with
    // `run` from newRunSuffix() (random, one per enqueue run).
    static QString clientRef(qint64 campaignId, const QString &recipientKey, const QString &run);
    static QString newRunSuffix();
    // French public holidays (Easter-based ones included).
    static bool isPublicHoliday(const QDate &date, bool alsaceMoselle = false);
    // The retry delay after `attempts` attempts: exponential with jitter, at least retryAfterMs.
    int backoffMs(int attempts, int retryAfterMs) const;

    QString errorString() const { return m_errorString; }

private:
    // Runs `query`, selecting id, phone, body, encoding, parts, client_ref, sender and
    // provider_message_id, and reads its rows.
    QList<Sending::OutgoingMessage> readMessages(QSqlQuery &query, qint64 campaignId);

    Database *m_database;
    Options m_options;
    QString m_errorString;
};
