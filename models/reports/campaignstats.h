// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pricing/budgetcheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <array>

class Database;

// The results of one campaign, for its dashboard: messages over time, by state, by number
// prefix, replies and opt-outs it drew, what it cost against its cap and its election's
// ceiling, and for a consent request where its recipients stand. The campaign's messages are
// read once: on SQLite in one pass straight from the sqlite3 handle, tallied here (SQLite's
// GROUP BY sorts, three of them took six times as long); on PostgreSQL aggregated by the server.
// The replies, opt-outs and consent states come from small indexed queries. About 0.5 s for a
// million messages: call it from a worker thread. Overview: spend per campaign and election.
struct CampaignStats
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStats)
public:
    // The time step of the timeline, chosen from the campaign's span.
    enum class Bucket { TenSeconds, Minute, Hour, Day };
    // The timeline's series. Sent: handed to the provider (messages.submitted_at).
    enum Series { Sent, Accepted, Delivered, Failed, Expired, SeriesCount };

    struct Timeline
    {
        Bucket bucket = Bucket::Minute;
        // Start of each bucket (UTC), every bucket from the first to the last event, empty ones
        // included. Day buckets start at midnight in the time zone given to compute(), so a
        // day of a daylight-saving change lasts 23 or 25 hours.
        QList<QDateTime> starts;
        std::array<QList<qint64>, SeriesCount> perBucket;
        std::array<QList<qint64>, SeriesCount> cumulative; // what the line chart draws
        bool isEmpty() const { return starts.isEmpty(); }
    };

    // Delivery of the French mobile numbers by their prefix: "0612" groups +33 6 12 … (the
    // range an operator was first assigned; numbers are ported since, so it is a hint, not the
    // operator). "" groups every other number.
    struct PrefixRow
    {
        QString prefix;
        qint64 sent = 0;
        qint64 delivered = 0;
        qint64 failed = 0;
        qint64 expired = 0;
        qint64 pending = 0; // accepted or unknown, no final report yet
        double deliveryRate() const { return sent > 0 ? double(delivered) / double(sent) : 0.0; }
    };

    // Where the recipients of a consent request stand now (their consent state).
    struct ConsentFunnel
    {
        qint64 asked = 0; // messages that left (accepted, delivered, expired, unknown)
        qint64 answered = 0; // yes + no + stop
        qint64 yes = 0;
        qint64 no = 0;
        qint64 stop = 0;
        qint64 expired = 0; // no answer after the expiry
        qint64 awaiting = 0;
    };

    bool ok = false;
    QString errorString;

    qint64 campaignId = 0;
    QString name;
    QString kind; // "consent_request" / "campaign"
    QString state; // campaign state key
    QString electionName;
    bool isConsentRequest() const { return kind == QLatin1String("consent_request"); }

    // Messages by state key (queued, submitting, accepted, delivered, failed, expired,
    // cancelled, unknown); states without messages are absent.
    QMap<QString, qint64> byState;
    qint64 messages = 0; // every row of the outbox
    qint64 sent = 0; // handed to the provider (not queued, not cancelled)
    qint64 sentParts = 0;
    QDateTime firstSent; // invalid before the first
    QDateTime lastActivity; // the latest submission, acceptance or final report

    Timeline timeline;

    // Replies by interpretation key (yes, no, stop, empty, ambiguous): answers to this
    // campaign's messages, and messages from its recipients with nothing to answer (no
    // accepted message) received after they were sent to.
    QMap<QString, qint64> repliesByKind;
    qint64 replies = 0;
    qint64 repliesToReview = 0; // not decided yet (handled_at empty)
    // Numbers that opted out in answer to this campaign (a STOP reply, or a STOP the provider
    // reported when refusing one of its messages): the ledger's opted_out events naming one of
    // its messages.
    qint64 optOuts = 0;

    // What the messages cost so far, excluding VAT (messages.cost_mc: the provider's price once
    // accepted, reserved while submitting, 0 for a failure), against the campaign's cap; and
    // with every campaign of the election, each taxed at its price plan's VAT, against the
    // election's ceiling (Code électoral L52-11), as BudgetCheck::check() compares them.
    qint64 costMc = 0;
    BudgetCheck budget;

    QList<PrefixRow> byPrefix; // most messages first; "*" groups the rest beyond maxPrefixes
    ConsentFunnel funnel; // consent requests only

    struct Options
    {
        QTimeZone zone = QTimeZone("Europe/Paris"); // of the day buckets
        int maxPrefixes = 10;
    };
    static CampaignStats compute(Database *database, qint64 campaignId, const Options &options);
    static CampaignStats compute(Database *database, qint64 campaignId);
    // The bucket for a span of this many milliseconds: ten seconds up to 15 minutes, minutes
    // up to 3 hours, hours up to 4 days, days beyond.
    static Bucket bucketFor(qint64 spanMs);
    // Length of a bucket other than a day (which lasts 23 to 25 hours), in milliseconds.
    static qint64 bucketMs(Bucket bucket);
    // "06 12" for "0612"; a translated "Other numbers" for "", "Other prefixes" for "*".
    static QString prefixLabel(const QString &prefix);
    static QString seriesLabel(Series series); // translated
    static QString replyKindLabel(const QString &key); // translated

    // Spend across campaigns and elections, for the overview.
    struct CampaignSpend
    {
        qint64 id = 0;
        QString name;
        QString kind;
        QString state;
        qint64 electionId = 0;
        qint64 capMc = 0; // 0: no cap
        qint64 spentMc = 0; // excluding VAT
        int vatBasisPoints = 2000; // of its provider's price plan (20 % without one)
        qint64 messages = 0;
        qint64 sent = 0;
    };
    struct ElectionSpend
    {
        qint64 id = 0;
        QString name;
        qint64 ceilingMc = 0; // 0: none recorded
        qint64 spentMc = 0; // including VAT: what the ceiling is compared with
        int campaigns = 0;
    };
    struct Overview
    {
        bool ok = false;
        QString errorString;
        QList<CampaignSpend> campaigns; // newest first
        QList<ElectionSpend> elections; // by name
        qint64 spentMc = 0; // excluding VAT
    };
    static Overview overview(Database *database);
};
