// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignstats.h"

#include "rowcursor.h"
#include "storage/database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace {

constexpr qint64 kSlotMs = 10 * 1000; // the finest bucket: counts are gathered per slot
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;

// A message that was handed to the provider: not waiting in the queue (a retry keeps its first
// submitted_at), not cancelled before it left.
const QString kSentCondition =
    QStringLiteral("submitted_at IS NOT NULL AND state NOT IN ('queued', 'cancelled')");

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// Start (ms since the epoch) of the day holding `ms` in `zone`.
qint64 dayStart(qint64 ms, const QTimeZone &zone)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(ms, zone).date();
    return QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
}

qint64 nextBucket(qint64 start, CampaignStats::Bucket bucket, const QTimeZone &zone)
{
    if (bucket != CampaignStats::Bucket::Day)
        return start + CampaignStats::bucketMs(bucket);
    const QDate date = QDateTime::fromMSecsSinceEpoch(start, zone).date().addDays(1);
    return QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
}

// The campaign's messages, tallied in one pass (SQLite) or from the server's aggregates
// (PostgreSQL), before they become the figures.
struct StateTally
{
    qint64 count = 0;
    qint64 submitted = 0; // with a submitted_at
    qint64 parts = 0; // of those
    qint64 costMc = 0;
    qint64 firstSubmitted = -1;
    qint64 lastEvent = -1; // the latest submitted_at, accepted_at or final_at
};

struct Tally
{
    QMap<QString, StateTally> states;
    // Sent messages by prefix key ("0612", or "" for any other number).
    QHash<QString, CampaignStats::PrefixRow> prefixes;
    // Events per 10-second slot (ms / kSlotMs) and series.
    QHash<qint64, std::array<qint64, CampaignStats::SeriesCount>> timeSlots;
};

bool isUnsent(const QString &state)
{
    return state == QLatin1String("queued") || state == QLatin1String("cancelled");
}

// The series a final report counts in, or -1.
int finalSeries(const QString &state)
{
    if (state == QLatin1String("delivered"))
        return CampaignStats::Delivered;
    if (state == QLatin1String("failed"))
        return CampaignStats::Failed;
    if (state == QLatin1String("expired"))
        return CampaignStats::Expired;
    return -1;
}

// One pass over the messages of the campaign, straight from the sqlite3 handle.
bool scanMessages(Database *database, qint64 campaignId, Tally *tally, QString *error)
{
    RowCursor rows(database,
                   QStringLiteral("SELECT state, phone, submitted_at, accepted_at, final_at, "
                                  "parts, cost_mc FROM messages WHERE campaign_id = ?"),
                   {campaignId});
    if (!rows.exec()) {
        *error = rows.errorString();
        return false;
    }
    // Few distinct states: their strings and tallies are looked up by their bytes.
    struct Known
    {
        QByteArray key;
        StateTally *tally;
        bool unsent;
        int series;
    };
    QList<Known> known;
    // Consecutive messages mostly fall in the slot of the one before: one cache per series,
    // cleared when a new slot moves the hash's values.
    struct SlotCache
    {
        qint64 key = -1;
        qint64 *counts = nullptr;
    };
    std::array<SlotCache, CampaignStats::SeriesCount> slotCache;
    const auto slot = [&](qint64 ms, int series) {
        const qint64 key = ms / kSlotMs;
        SlotCache &cache = slotCache[size_t(series)];
        if (cache.counts && cache.key == key) {
            ++*cache.counts;
            return;
        }
        auto it = tally->timeSlots.find(key);
        if (it == tally->timeSlots.end()) {
            it = tally->timeSlots.insert(key, {});
            slotCache.fill(SlotCache());
        }
        cache.key = key;
        cache.counts = &(*it)[size_t(series)];
        ++*cache.counts;
    };
    // French mobiles by their digits 6xx / 7xx (index 0 to 199), every other number last.
    std::array<CampaignStats::PrefixRow, 201> prefixes;
    while (rows.next()) {
        qsizetype size = 0;
        const char *text = rows.text(0, &size);
        Known *state = nullptr;
        for (Known &k : known) {
            if (k.key.size() == size && std::memcmp(k.key.constData(), text, size_t(size)) == 0) {
                state = &k;
                break;
            }
        }
        if (!state) {
            const QString name = QString::fromUtf8(text, size);
            known.append(
                {QByteArray(text, size), &tally->states[name], isUnsent(name), finalSeries(name)});
            state = &known.last();
        }
        StateTally &t = *state->tally;
        ++t.count;
        t.costMc += rows.integer(6);
        const bool submitted = !rows.isNull(2);
        const qint64 submittedAt = rows.integer(2);
        const bool accepted = !rows.isNull(3);
        const qint64 acceptedAt = rows.integer(3);
        if (accepted)
            slot(acceptedAt, CampaignStats::Accepted);
        if (state->unsent)
            continue;
        const bool final = !rows.isNull(4);
        const qint64 finalAt = rows.integer(4);
        if (submitted) {
            ++t.submitted;
            t.parts += rows.integer(5);
            t.firstSubmitted =
                t.firstSubmitted < 0 ? submittedAt : std::min(t.firstSubmitted, submittedAt);
            t.lastEvent = std::max(t.lastEvent, submittedAt);
            slot(submittedAt, CampaignStats::Sent);
        }
        if (accepted)
            t.lastEvent = std::max(t.lastEvent, acceptedAt);
        if (final) {
            t.lastEvent = std::max(t.lastEvent, finalAt);
            if (state->series >= 0)
                slot(finalAt, state->series);
        }
        if (!submitted)
            continue;
        // Delivery by prefix: "+336xx…" and "+337xx…" by their first two digits after 0x.
        const char *phone = rows.text(1, &size);
        size_t index = 200;
        if (size >= 6 && std::memcmp(phone, "+33", 3) == 0 && (phone[3] == '6' || phone[3] == '7')
            && std::isdigit(static_cast<unsigned char>(phone[4]))
            && std::isdigit(static_cast<unsigned char>(phone[5])))
            index =
                size_t(phone[3] - '6') * 100 + size_t(phone[4] - '0') * 10 + size_t(phone[5] - '0');
        CampaignStats::PrefixRow &row = prefixes[index];
        ++row.sent;
        if (state->series == CampaignStats::Delivered)
            ++row.delivered;
        else if (state->series == CampaignStats::Failed)
            ++row.failed;
        else if (state->series == CampaignStats::Expired)
            ++row.expired;
    }
    if (!rows.errorString().isEmpty()) {
        *error = rows.errorString();
        return false;
    }
    for (size_t i = 0; i < prefixes.size(); ++i) {
        if (prefixes[i].sent == 0)
            continue;
        const QString key = i == 200
            ? QString()
            : QStringLiteral("0%1%2").arg(6 + i / 100).arg(i % 100, 2, 10, QLatin1Char('0'));
        tally->prefixes.insert(key, prefixes[i]);
    }
    return true;
}

// The same tally from the server's aggregates (PostgreSQL groups with hashes, in parallel).
bool aggregateMessages(Database *database, qint64 campaignId, Tally *tally, QString *error)
{
    QSqlQuery query(database->connection());
    query.setForwardOnly(true);
    const auto failed = [&]() {
        *error = sqlError(query);
        return false;
    };
    query.prepare(QStringLiteral(
        "SELECT state, COUNT(*), COUNT(submitted_at), "
        "COALESCE(SUM(CASE WHEN submitted_at IS NOT NULL THEN parts ELSE 0 END), 0), "
        "COALESCE(SUM(cost_mc), 0), MIN(submitted_at), MAX(submitted_at), MAX(accepted_at), "
        "MAX(final_at) FROM messages WHERE campaign_id = ? GROUP BY state"));
    query.addBindValue(campaignId);
    if (!query.exec())
        return failed();
    while (query.next()) {
        const QString state = query.value(0).toString();
        StateTally &t = tally->states[state];
        t.count = query.value(1).toLongLong();
        t.costMc = query.value(4).toLongLong();
        if (isUnsent(state))
            continue;
        t.submitted = query.value(2).toLongLong();
        t.parts = query.value(3).toLongLong();
        if (!query.value(5).isNull())
            t.firstSubmitted = query.value(5).toLongLong();
        for (int column = 6; column <= 8; ++column) {
            if (!query.value(column).isNull())
                t.lastEvent = std::max(t.lastEvent, query.value(column).toLongLong());
        }
    }
    query.finish();

    query.prepare(
        QStringLiteral(
            "SELECT 0, submitted_at / %1, COUNT(*) FROM messages WHERE campaign_id = ? AND %2 "
            "GROUP BY 2 "
            "UNION ALL SELECT 1, accepted_at / %1, COUNT(*) FROM messages WHERE "
            "campaign_id = ? AND accepted_at IS NOT NULL GROUP BY 2 "
            "UNION ALL SELECT CASE state WHEN 'delivered' THEN 2 WHEN 'failed' THEN 3 "
            "ELSE 4 END, final_at / %1, COUNT(*) FROM messages WHERE campaign_id = ? AND "
            "state IN ('delivered', 'failed', 'expired') AND final_at IS NOT NULL "
            "GROUP BY 1, 2")
            .arg(QString::number(kSlotMs), kSentCondition));
    for (int i = 0; i < 3; ++i)
        query.addBindValue(campaignId);
    if (!query.exec())
        return failed();
    while (query.next()) {
        const int series = query.value(0).toInt();
        if (series >= 0 && series < CampaignStats::SeriesCount)
            tally->timeSlots[query.value(1).toLongLong()][series] += query.value(2).toLongLong();
    }
    query.finish();

    query.prepare(
        QStringLiteral(
            "SELECT CASE WHEN phone LIKE '+336%' OR phone LIKE '+337%' THEN substr(phone, 4, 3) "
            "ELSE '' END AS prefix, COUNT(*), "
            "SUM(CASE WHEN state = 'delivered' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN state = 'expired' THEN 1 ELSE 0 END) "
            "FROM messages WHERE campaign_id = ? AND %1 GROUP BY 1")
            .arg(kSentCondition));
    query.addBindValue(campaignId);
    if (!query.exec())
        return failed();
    while (query.next()) {
        const QString digits = query.value(0).toString();
        CampaignStats::PrefixRow &row =
            tally->prefixes[digits.isEmpty() ? QString() : QLatin1Char('0') + digits];
        row.sent = query.value(1).toLongLong();
        row.delivered = query.value(2).toLongLong();
        row.failed = query.value(3).toLongLong();
        row.expired = query.value(4).toLongLong();
    }
    return true;
}

} // namespace

CampaignStats::Bucket CampaignStats::bucketFor(qint64 spanMs)
{
    if (spanMs <= 15 * kMinuteMs)
        return Bucket::TenSeconds;
    if (spanMs <= 3 * kHourMs)
        return Bucket::Minute;
    if (spanMs <= 4 * 24 * kHourMs)
        return Bucket::Hour;
    return Bucket::Day;
}

qint64 CampaignStats::bucketMs(Bucket bucket)
{
    switch (bucket) {
    case Bucket::TenSeconds:
        return kSlotMs;
    case Bucket::Minute:
        return kMinuteMs;
    case Bucket::Hour:
        return kHourMs;
    case Bucket::Day:
        break;
    }
    return 24 * kHourMs;
}

QString CampaignStats::prefixLabel(const QString &prefix)
{
    if (prefix.isEmpty())
        return tr("Other numbers");
    if (prefix == QLatin1String("*"))
        return tr("Other prefixes");
    return prefix.left(2) + QLatin1Char(' ') + prefix.mid(2);
}

QString CampaignStats::seriesLabel(Series series)
{
    switch (series) {
    case Sent:
        return tr("Sent");
    case Accepted:
        return tr("Accepted");
    case Delivered:
        return tr("Delivered");
    case Failed:
        return tr("Failed");
    case Expired:
        return tr("Expired");
    case SeriesCount:
        break;
    }
    return {};
}

QString CampaignStats::replyKindLabel(const QString &key)
{
    if (key == QLatin1String("yes"))
        return tr("Yes");
    if (key == QLatin1String("no"))
        return tr("No");
    if (key == QLatin1String("stop"))
        return tr("STOP");
    if (key == QLatin1String("empty"))
        return tr("Empty");
    return tr("To read (unclear)");
}

CampaignStats CampaignStats::compute(Database *database, qint64 campaignId)
{
    return compute(database, campaignId, Options());
}

CampaignStats CampaignStats::compute(Database *database, qint64 campaignId, const Options &options)
{
    CampaignStats stats;
    stats.campaignId = campaignId;
    QSqlQuery query(database->connection());
    query.setForwardOnly(true);
    const auto fail = [&stats, &query](const QString &what) {
        stats.errorString =
            tr("Cannot read the figures of the campaign (%1): %2").arg(what, sqlError(query));
        return stats;
    };

    // The campaign, its budget cap, its election's ceiling and its price plan's VAT.
    query.prepare(QStringLiteral(
        "SELECT c.name, c.kind, c.state, COALESCE(e.name, ''), COALESCE(c.budget_cap_mc, 0), "
        "COALESCE(c.election_id, 0), COALESCE(e.spending_cap_mc, 0), "
        "COALESCE(pp.vat_basis_points, 2000) FROM campaigns c "
        "LEFT JOIN elections e ON e.id = c.election_id "
        "LEFT JOIN providers p ON p.id = c.provider_id "
        "LEFT JOIN price_plans pp ON pp.id = p.price_plan_id WHERE c.id = ?"));
    query.addBindValue(campaignId);
    if (!query.exec())
        return fail(tr("settings"));
    if (!query.next()) {
        stats.errorString = tr("This campaign no longer exists.");
        return stats;
    }
    stats.name = query.value(0).toString();
    stats.kind = query.value(1).toString();
    stats.state = query.value(2).toString();
    stats.electionName = query.value(3).toString();
    BudgetCheck &budget = stats.budget;
    budget.campaign.capMc = query.value(4).toLongLong();
    budget.electionId = query.value(5).toLongLong();
    budget.electionName = stats.electionName;
    budget.election.capMc = query.value(6).toLongLong();
    budget.vatBasisPoints = query.value(7).toInt();
    query.finish();

    // What the election's other campaigns spent, each with its VAT (this one's spend comes
    // from its messages below: BudgetCheck::check() would read them twice more).
    qint64 othersSpentMc = 0;
    if (budget.electionId > 0) {
        query.prepare(QStringLiteral(
            "SELECT SUM(m.cost_mc), COALESCE(pp.vat_basis_points, 2000) FROM campaigns o "
            "JOIN messages m ON m.campaign_id = o.id "
            "LEFT JOIN providers p ON p.id = o.provider_id "
            "LEFT JOIN price_plans pp ON pp.id = p.price_plan_id "
            "WHERE o.election_id = ? AND o.id <> ? GROUP BY o.id, pp.vat_basis_points"));
        query.addBindValue(budget.electionId);
        query.addBindValue(campaignId);
        if (!query.exec())
            return fail(tr("settings"));
        while (query.next())
            othersSpentMc +=
                BudgetCheck::withVat(query.value(0).toLongLong(), query.value(1).toInt());
        query.finish();
    }

    // Messages by state and prefix, and over time.
    Tally tally;
    QString error;
    if (!(database->isSqlite() ? scanMessages(database, campaignId, &tally, &error)
                               : aggregateMessages(database, campaignId, &tally, &error))) {
        stats.errorString =
            tr("Cannot read the figures of the campaign (%1): %2").arg(tr("messages"), error);
        return stats;
    }
    qint64 first = -1;
    qint64 last = -1;
    for (auto it = tally.states.cbegin(); it != tally.states.cend(); ++it) {
        const StateTally &t = it.value();
        stats.byState.insert(it.key(), t.count);
        stats.messages += t.count;
        stats.costMc += t.costMc;
        if (isUnsent(it.key()))
            continue;
        stats.sent += t.submitted;
        stats.sentParts += t.parts;
        if (t.firstSubmitted >= 0)
            first = first < 0 ? t.firstSubmitted : std::min(first, t.firstSubmitted);
        last = std::max(last, t.lastEvent);
    }
    if (first >= 0) {
        stats.firstSent = utc(first);
        stats.lastActivity = utc(std::max(first, last));
    }
    budget.campaign.spentMc = stats.costMc;
    budget.campaign.projectedMc = stats.costMc;
    budget.election.spentMc = budget.electionId > 0
        ? BudgetCheck::withVat(stats.costMc, budget.vatBasisPoints) + othersSpentMc
        : 0;
    budget.election.projectedMc = budget.election.spentMc;
    budget.ok = true;

    // The timeline: the 10-second slots folded into the bucket that suits the span (into days
    // of the time zone, whose offsets are whole hours).
    if (first >= 0) {
        const qint64 lastMs = std::max(first, last);
        Timeline &timeline = stats.timeline;
        timeline.bucket = bucketFor(lastMs - first);
        const qint64 unit = timeline.bucket == Bucket::Day ? kHourMs : bucketMs(timeline.bucket);
        const auto bucketOf = [&](qint64 ms) {
            const qint64 floor = ms - ms % unit;
            return timeline.bucket == Bucket::Day ? dayStart(floor, options.zone) : floor;
        };
        QHash<qint64, int> index;
        for (qint64 start = bucketOf(first), end = bucketOf(lastMs); start <= end;
             start = nextBucket(start, timeline.bucket, options.zone)) {
            index.insert(start, int(timeline.starts.size()));
            timeline.starts.append(utc(start));
        }
        for (QList<qint64> &series : timeline.perBucket)
            series = QList<qint64>(timeline.starts.size(), 0);
        const qint64 firstBucket = bucketOf(first);
        for (auto it = tally.timeSlots.cbegin(); it != tally.timeSlots.cend(); ++it) {
            const qint64 start = bucketOf(it.key() * kSlotMs);
            // A report can come before the first submission on a skewed clock: first bucket;
            // after the last event (none should): last bucket.
            int at = start < firstBucket ? 0 : index.value(start, -1);
            if (at < 0)
                at = int(timeline.starts.size()) - 1;
            for (int series = 0; series < SeriesCount; ++series)
                timeline.perBucket[series][at] += it.value()[series];
        }
        for (int series = 0; series < SeriesCount; ++series) {
            qint64 total = 0;
            QList<qint64> &cumulative = timeline.cumulative[series];
            cumulative.reserve(timeline.starts.size());
            for (qint64 n : std::as_const(timeline.perBucket[series]))
                cumulative.append(total += n);
        }
    }

    // Replies: answers to its messages, and messages from its recipients that answer nothing
    // (no accepted message) received after they were sent to. The replies lead (CROSS JOIN):
    // SQLite would otherwise look up every message's number among them (0.46 s a million).
    query.prepare(QStringLiteral(
        "SELECT kind, COUNT(*), SUM(review) FROM ("
        "SELECT COALESCE(i.interpretation, 'ambiguous') AS kind, "
        "CASE WHEN i.handled_at IS NULL THEN 1 ELSE 0 END AS review FROM inbound_messages i "
        "JOIN messages m ON m.id = i.in_reply_to WHERE m.campaign_id = ? "
        "UNION ALL SELECT COALESCE(i.interpretation, 'ambiguous'), "
        "CASE WHEN i.handled_at IS NULL THEN 1 ELSE 0 END FROM inbound_messages i "
        "CROSS JOIN messages m WHERE m.phone = i.phone AND m.campaign_id = ? "
        "AND i.in_reply_to IS NULL AND m.submitted_at IS NOT NULL "
        "AND i.received_at >= m.submitted_at) r GROUP BY kind"));
    query.addBindValue(campaignId);
    query.addBindValue(campaignId);
    if (!query.exec())
        return fail(tr("replies"));
    while (query.next()) {
        const qint64 count = query.value(1).toLongLong();
        stats.repliesByKind.insert(query.value(0).toString(), count);
        stats.replies += count;
        stats.repliesToReview += query.value(2).toLongLong();
    }
    query.finish();

    query.prepare(
        QStringLiteral("SELECT COUNT(DISTINCT e.phone) FROM consent_events e JOIN messages m ON "
                       "m.id = e.message_id WHERE m.campaign_id = ? AND e.event = 'opted_out'"));
    query.addBindValue(campaignId);
    if (!query.exec() || !query.next())
        return fail(tr("opt-outs"));
    stats.optOuts = query.value(0).toLongLong();
    query.finish();

    // Delivery by prefix of French mobile numbers (+33 6 xx, +33 7 xx).
    QList<PrefixRow> prefixes;
    PrefixRow otherNumbers;
    for (auto it = tally.prefixes.cbegin(); it != tally.prefixes.cend(); ++it) {
        PrefixRow row = it.value();
        row.prefix = it.key();
        row.pending = row.sent - row.delivered - row.failed - row.expired;
        if (row.prefix.isEmpty())
            otherNumbers = row;
        else
            prefixes.append(row);
    }
    std::sort(prefixes.begin(), prefixes.end(), [](const PrefixRow &a, const PrefixRow &b) {
        return a.sent != b.sent ? a.sent > b.sent : a.prefix < b.prefix;
    });
    if (prefixes.size() > options.maxPrefixes) {
        PrefixRow rest;
        rest.prefix = QStringLiteral("*");
        for (qsizetype i = options.maxPrefixes; i < prefixes.size(); ++i) {
            rest.sent += prefixes.at(i).sent;
            rest.delivered += prefixes.at(i).delivered;
            rest.failed += prefixes.at(i).failed;
            rest.expired += prefixes.at(i).expired;
            rest.pending += prefixes.at(i).pending;
        }
        prefixes.resize(options.maxPrefixes);
        prefixes.append(rest);
    }
    if (otherNumbers.sent > 0)
        prefixes.append(otherNumbers);
    stats.byPrefix = prefixes;

    // Where the recipients of a consent request stand: the consent state of each number it
    // reached. The few numbers that answered or expired lead (CROSS JOIN keeps SQLite from
    // looking up every message's number instead).
    if (stats.isConsentRequest()) {
        ConsentFunnel &f = stats.funnel;
        for (const char *state : {"accepted", "delivered", "expired", "unknown"})
            f.asked += stats.byState.value(QLatin1String(state));
        query.prepare(QStringLiteral(
            "SELECT s.state, COUNT(*) FROM consent_states s CROSS JOIN messages m "
            "WHERE m.phone = s.phone AND s.state IN ('granted', 'refused', 'opted_out', "
            "'expired') AND m.campaign_id = ? AND m.state IN ('accepted', 'delivered', "
            "'expired', 'unknown') GROUP BY 1"));
        query.addBindValue(campaignId);
        if (!query.exec())
            return fail(tr("consent funnel"));
        while (query.next()) {
            const QString state = query.value(0).toString();
            const qint64 count = query.value(1).toLongLong();
            if (state == QLatin1String("granted"))
                f.yes += count;
            else if (state == QLatin1String("refused"))
                f.no += count;
            else if (state == QLatin1String("opted_out"))
                f.stop += count;
            else
                f.expired += count;
        }
        f.answered = f.yes + f.no + f.stop;
        f.awaiting = f.asked - f.answered - f.expired;
        query.finish();
    }

    stats.ok = true;
    return stats;
}

CampaignStats::Overview CampaignStats::overview(Database *database)
{
    Overview overview;
    QSqlQuery query(database->connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
                        "SELECT c.id, c.name, c.kind, c.state, COALESCE(c.election_id, 0), "
                        "COALESCE(c.budget_cap_mc, 0), COALESCE(s.spent, 0), COALESCE(s.n, 0), "
                        "COALESCE(s.sent, 0), COALESCE(pp.vat_basis_points, 2000) FROM campaigns c "
                        "LEFT JOIN (SELECT campaign_id, SUM(cost_mc) AS spent, COUNT(*) AS n, "
                        "SUM(CASE WHEN %1 THEN 1 ELSE 0 END) AS sent FROM messages GROUP BY "
                        "campaign_id) s ON s.campaign_id = c.id "
                        "LEFT JOIN providers p ON p.id = c.provider_id "
                        "LEFT JOIN price_plans pp ON pp.id = p.price_plan_id ORDER BY c.id DESC")
                        .arg(kSentCondition))) {
        overview.errorString =
            tr("Cannot read the spend of the campaigns: %1").arg(sqlError(query));
        return overview;
    }
    while (query.next()) {
        CampaignSpend spend;
        spend.id = query.value(0).toLongLong();
        spend.name = query.value(1).toString();
        spend.kind = query.value(2).toString();
        spend.state = query.value(3).toString();
        spend.electionId = query.value(4).toLongLong();
        spend.capMc = query.value(5).toLongLong();
        spend.spentMc = query.value(6).toLongLong();
        spend.messages = query.value(7).toLongLong();
        spend.sent = query.value(8).toLongLong();
        spend.vatBasisPoints = query.value(9).toInt();
        overview.spentMc += spend.spentMc;
        overview.campaigns.append(spend);
    }
    query.finish();
    if (!query.exec(QStringLiteral("SELECT id, name, COALESCE(spending_cap_mc, 0) FROM elections "
                                   "ORDER BY name"))) {
        overview.errorString = tr("Cannot read the elections: %1").arg(sqlError(query));
        return overview;
    }
    while (query.next()) {
        ElectionSpend election;
        election.id = query.value(0).toLongLong();
        election.name = query.value(1).toString();
        election.ceilingMc = query.value(2).toLongLong();
        for (const CampaignSpend &campaign : std::as_const(overview.campaigns)) {
            if (campaign.electionId == election.id) {
                election.spentMc += BudgetCheck::withVat(campaign.spentMc, campaign.vatBasisPoints);
                ++election.campaigns;
            }
        }
        overview.elections.append(election);
    }
    overview.ok = true;
    return overview;
}
