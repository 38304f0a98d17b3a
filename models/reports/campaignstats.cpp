// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignstats.h"

#include "storage/database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

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
    switch (bucket) {
    case CampaignStats::Bucket::Minute:
        return start + kMinuteMs;
    case CampaignStats::Bucket::Hour:
        return start + kHourMs;
    case CampaignStats::Bucket::Day:
        break;
    }
    const QDate date = QDateTime::fromMSecsSinceEpoch(start, zone).date().addDays(1);
    return QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
}

} // namespace

CampaignStats::Bucket CampaignStats::bucketFor(qint64 spanMs)
{
    if (spanMs <= 3 * kHourMs)
        return Bucket::Minute;
    if (spanMs <= 4 * 24 * kHourMs)
        return Bucket::Hour;
    return Bucket::Day;
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

    query.prepare(QStringLiteral("SELECT c.name, c.kind, c.state, COALESCE(e.name, '') FROM "
                                 "campaigns c LEFT JOIN elections e ON e.id = c.election_id "
                                 "WHERE c.id = ?"));
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
    query.finish();

    // Messages by state, and the span of the campaign.
    query.prepare(QStringLiteral(
        "SELECT state, COUNT(*), COUNT(submitted_at), "
        "COALESCE(SUM(CASE WHEN submitted_at IS NOT NULL THEN parts ELSE 0 END), 0), "
        "COALESCE(SUM(cost_mc), 0), MIN(submitted_at), MAX(submitted_at), MAX(accepted_at), "
        "MAX(final_at) FROM messages WHERE campaign_id = ? GROUP BY state"));
    query.addBindValue(campaignId);
    if (!query.exec())
        return fail(tr("messages"));
    qint64 first = -1;
    qint64 last = -1;
    while (query.next()) {
        const QString state = query.value(0).toString();
        const qint64 count = query.value(1).toLongLong();
        stats.byState.insert(state, count);
        stats.messages += count;
        stats.costMc += query.value(4).toLongLong();
        if (state == QLatin1String("queued") || state == QLatin1String("cancelled"))
            continue;
        stats.sent += query.value(2).toLongLong();
        stats.sentParts += query.value(3).toLongLong();
        if (!query.value(5).isNull()) {
            const qint64 at = query.value(5).toLongLong();
            first = first < 0 ? at : std::min(first, at);
        }
        for (int column = 6; column <= 8; ++column) {
            if (!query.value(column).isNull())
                last = std::max(last, query.value(column).toLongLong());
        }
    }
    query.finish();
    if (first >= 0) {
        stats.firstSent = utc(first);
        stats.lastActivity = utc(std::max(first, last));
    }

    // The timeline: counted per minute or per hour by the database, hours folded into days
    // of the time zone here (its offsets are whole hours, so no hour straddles two days).
    if (first >= 0) {
        const qint64 lastMs = std::max(first, last);
        Timeline &timeline = stats.timeline;
        timeline.bucket = bucketFor(lastMs - first);
        const qint64 unit = timeline.bucket == Bucket::Minute ? kMinuteMs : kHourMs;
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

        const QString u = QString::number(unit);
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
                .arg(u, kSentCondition));
        query.addBindValue(campaignId);
        query.addBindValue(campaignId);
        query.addBindValue(campaignId);
        if (!query.exec())
            return fail(tr("timeline"));
        while (query.next()) {
            const int series = query.value(0).toInt();
            const qint64 start = bucketOf(query.value(1).toLongLong() * unit);
            // A report can come before the first submission on a skewed clock: first bucket.
            const int at = start < bucketOf(first) ? 0 : index.value(start, -1);
            if (series < 0 || series >= SeriesCount)
                continue;
            if (at >= 0)
                timeline.perBucket[series][at] += query.value(2).toLongLong();
            else if (!timeline.starts.isEmpty())
                timeline.perBucket[series].last() += query.value(2).toLongLong();
        }
        query.finish();
        for (int series = 0; series < SeriesCount; ++series) {
            qint64 total = 0;
            QList<qint64> &cumulative = timeline.cumulative[series];
            cumulative.reserve(timeline.starts.size());
            for (qint64 n : std::as_const(timeline.perBucket[series]))
                cumulative.append(total += n);
        }
    }

    // Replies: answers to its messages, and messages from its recipients that answer nothing
    // (no accepted message) received after they were sent to.
    query.prepare(QStringLiteral(
        "SELECT kind, COUNT(*), SUM(review) FROM ("
        "SELECT COALESCE(i.interpretation, 'ambiguous') AS kind, "
        "CASE WHEN i.handled_at IS NULL THEN 1 ELSE 0 END AS review FROM inbound_messages i "
        "JOIN messages m ON m.id = i.in_reply_to WHERE m.campaign_id = ? "
        "UNION ALL SELECT COALESCE(i.interpretation, 'ambiguous'), "
        "CASE WHEN i.handled_at IS NULL THEN 1 ELSE 0 END FROM inbound_messages i "
        "JOIN messages m ON m.phone = i.phone AND m.campaign_id = ? "
        "WHERE i.in_reply_to IS NULL AND m.submitted_at IS NOT NULL "
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
        return fail(tr("delivery by prefix"));
    QList<PrefixRow> prefixes;
    PrefixRow otherNumbers;
    while (query.next()) {
        PrefixRow row;
        const QString digits = query.value(0).toString();
        row.prefix = digits.isEmpty() ? QString() : QLatin1Char('0') + digits;
        row.sent = query.value(1).toLongLong();
        row.delivered = query.value(2).toLongLong();
        row.failed = query.value(3).toLongLong();
        row.expired = query.value(4).toLongLong();
        row.pending = row.sent - row.delivered - row.failed - row.expired;
        if (row.prefix.isEmpty())
            otherNumbers = row;
        else
            prefixes.append(row);
    }
    query.finish();
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
    // reached.
    if (stats.isConsentRequest()) {
        query.prepare(QStringLiteral(
            "SELECT COALESCE(s.state, ''), COUNT(*) FROM messages m LEFT JOIN consent_states s "
            "ON s.phone = m.phone WHERE m.campaign_id = ? AND m.state IN ('accepted', "
            "'delivered', 'expired', 'unknown') GROUP BY 1"));
        query.addBindValue(campaignId);
        if (!query.exec())
            return fail(tr("consent funnel"));
        ConsentFunnel &f = stats.funnel;
        while (query.next()) {
            const QString state = query.value(0).toString();
            const qint64 count = query.value(1).toLongLong();
            f.asked += count;
            if (state == QLatin1String("granted"))
                f.yes += count;
            else if (state == QLatin1String("refused"))
                f.no += count;
            else if (state == QLatin1String("opted_out"))
                f.stop += count;
            else if (state == QLatin1String("expired"))
                f.expired += count;
            else
                f.awaiting += count;
        }
        f.answered = f.yes + f.no + f.stop;
        query.finish();
    }

    stats.budget = BudgetCheck::check(database, campaignId, 0);
    if (!stats.budget.ok) {
        stats.errorString = stats.budget.errorString;
        return stats;
    }
    stats.ok = true;
    return stats;
}

CampaignStats::Overview CampaignStats::overview(Database *database)
{
    Overview overview;
    QSqlQuery query(database->connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral(
                "SELECT c.id, c.name, c.kind, c.state, COALESCE(c.election_id, 0), "
                "COALESCE(c.budget_cap_mc, 0), COALESCE(s.spent, 0), COALESCE(s.n, 0), "
                "COALESCE(s.sent, 0) FROM campaigns c LEFT JOIN (SELECT campaign_id, "
                "SUM(cost_mc) AS spent, COUNT(*) AS n, SUM(CASE WHEN %1 THEN 1 ELSE 0 END) AS sent "
                "FROM messages GROUP BY campaign_id) s ON s.campaign_id = c.id ORDER BY c.id DESC")
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
                election.spentMc += campaign.spentMc;
                ++election.campaigns;
            }
        }
        overview.elections.append(election);
    }
    overview.ok = true;
    return overview;
}
