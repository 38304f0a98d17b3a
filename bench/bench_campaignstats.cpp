// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign dashboard benchmark: the demo data in a SQLite database, then its consent request
// sent to N numbers (default 1,000,000) over two hours, in every state (85 % delivered, 5 %
// failed, 3 % expired, 5 % accepted, 2 % unknown; French mobile prefixes 06 10 to 07 99), with
// the ledger the outbox keeps (one "requested" event per message), 2 % of the messages answered
// (a quarter of the answers STOP: 0.5 % opted out, in the ledger and in the consent states, the
// rest OUI); times CampaignStats::compute for that campaign (a warm run after a cold one, then
// the median of five) and CampaignStats::overview. Prints one JSON object.
//   bench_campaignstats [messages] [--keep FILE]
// --keep FILE: the database is FILE, generated on the first run and reused by the next ones
// (to look at query plans in the sqlite3 shell).
#include "campaign/campaignstore.h"
#include "demo/demodataloader.h"
#include "reports/campaignstats.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

bool run(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    std::fprintf(stderr, "%s\n%s\n", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString keep;
    const qsizetype keepAt = args.indexOf(QStringLiteral("--keep"));
    if (keepAt >= 0 && keepAt + 1 < args.size()) {
        keep = args.at(keepAt + 1);
        args.remove(keepAt, 2);
    }
    const qint64 count = args.isEmpty() ? 1000000 : args.constFirst().toLongLong();
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.db")) : keep;
    const bool reuse = !keep.isEmpty() && QFileInfo::exists(keep);
    Database database(DatabaseUrl::parse(path));
    QString error;
    if (!database.openAndMigrate(&error) || (!reuse && !DemoDataLoader(&database).load().ok)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 campaignId = CampaignStore(&database)
                                  .findByName(QStringLiteral("Démo — Demande de consentement"))
                                  .value_or(Campaign())
                                  .id;
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 3 * 3600 * 1000;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(database.connection());
    const QString states = QStringLiteral(
        "CASE WHEN i % 100 < 85 THEN 'delivered' WHEN i % 100 < 90 THEN 'failed' "
        "WHEN i % 100 < 93 THEN 'expired' WHEN i % 100 < 98 THEN 'accepted' ELSE 'unknown' END");
    // Message i is answered when i % 100 is 6 or 56 (delivered ones), with STOP when i % 400
    // is: the message's client_ref is "b-i".
    const QString answered =
        QStringLiteral("CAST(substr(m.client_ref, 3) AS INTEGER) % 100 IN (6, 56)");
    const QString stopped =
        QStringLiteral("CAST(substr(m.client_ref, 3) AS INTEGER) % 400 IN (6, 56)");
    if (!reuse
        && (!run(query, QStringLiteral("BEGIN"))
            || !run(query,
                    QStringLiteral(
                        "INSERT INTO messages (campaign_id, phone, body, encoding, parts, state, "
                        "client_ref, queued_at, submitted_at, accepted_at, final_at, cost_mc) "
                        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i "
                        "< %1) SELECT %2, '+33' || (6 + i % 2) || (10 + (i / 2) % 90) || "
                        "substr('00000' || i, -6), "
                        "'Bonjour', 'GSM-7', 1, s, 'b-' || i, %3, %3 + i * 7200000 / %1, "
                        "CASE WHEN s = 'unknown' THEN NULL ELSE %3 + i * 7200000 / %1 + 2000 END, "
                        "CASE WHEN s IN ('delivered', 'failed', 'expired') "
                        "THEN %3 + i * 7200000 / %1 + 60000 + (i % 600) * 1000 END, "
                        "CASE WHEN s IN ('failed') THEN 0 ELSE 15000 END "
                        "FROM (SELECT i, %4 AS s FROM n)")
                        .arg(count - 1)
                        .arg(campaignId)
                        .arg(t0)
                        .arg(states))
            // The ledger as the outbox keeps it: the request each message carried.
            || !run(query,
                    QStringLiteral("INSERT INTO consent_events (at, phone, event, message_id) "
                                   "SELECT submitted_at, phone, 'requested', id FROM messages "
                                   "WHERE campaign_id = %1")
                        .arg(campaignId))
            || !run(query,
                    QStringLiteral("INSERT OR REPLACE INTO consent_states (phone, state, "
                                   "changed_at) SELECT phone, 'requested', submitted_at FROM "
                                   "messages WHERE campaign_id = %1")
                        .arg(campaignId))
            || !run(query,
                    QStringLiteral(
                        "INSERT INTO inbound_messages (phone, body, received_at, interpretation, "
                        "in_reply_to, handled_at) SELECT m.phone, CASE WHEN %2 THEN 'STOP' ELSE "
                        "'OUI' END, m.final_at + 1000, CASE WHEN %2 THEN 'stop' ELSE 'yes' END, "
                        "m.id, m.final_at + 1000 FROM messages m WHERE m.campaign_id = %3 AND %1")
                        .arg(answered, stopped)
                        .arg(campaignId))
            || !run(query,
                    QStringLiteral("INSERT INTO consent_events (at, phone, event, message_id) "
                                   "SELECT received_at, phone, CASE interpretation WHEN 'stop' "
                                   "THEN 'opted_out' ELSE 'granted' END, in_reply_to FROM "
                                   "inbound_messages WHERE in_reply_to IS NOT NULL"))
            || !run(query,
                    QStringLiteral("UPDATE consent_states SET state = CASE (SELECT "
                                   "interpretation FROM inbound_messages i WHERE i.phone = "
                                   "consent_states.phone) WHEN 'stop' THEN 'opted_out' ELSE "
                                   "'granted' END WHERE phone IN (SELECT phone FROM "
                                   "inbound_messages WHERE in_reply_to IS NOT NULL)"))
            // No ANALYZE: Tribune never runs it, so the plans are the ones users get.
            || !run(query, QStringLiteral("COMMIT")))) {
        return 1;
    }
    const double generated = double(timer.elapsed()) / 1000.0;
    query.finish();

    timer.restart();
    const CampaignStats cold = CampaignStats::compute(&database, campaignId);
    const double coldSeconds = double(timer.elapsed()) / 1000.0;
    QList<double> warmRuns;
    CampaignStats warm;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        warm = CampaignStats::compute(&database, campaignId);
        warmRuns.append(double(timer.elapsed()) / 1000.0);
    }
    std::sort(warmRuns.begin(), warmRuns.end());
    timer.restart();
    const CampaignStats::Overview overview = CampaignStats::overview(&database);
    const double overviewSeconds = double(timer.elapsed()) / 1000.0;
    if (!cold.ok || !warm.ok || !overview.ok) {
        std::fprintf(stderr, "%s%s\n", qPrintable(warm.errorString),
                     qPrintable(overview.errorString));
        return 1;
    }
    const QJsonObject result {
        {QStringLiteral("backend"), QStringLiteral("sqlite")},
        {QStringLiteral("messages"), warm.messages},
        {QStringLiteral("buckets"), warm.timeline.starts.size()},
        {QStringLiteral("prefixes"), warm.byPrefix.size()},
        {QStringLiteral("replies"), warm.replies},
        {QStringLiteral("opt_outs"), warm.optOuts},
        {QStringLiteral("funnel_yes"), warm.funnel.yes},
        {QStringLiteral("funnel_stop"), warm.funnel.stop},
        {QStringLiteral("generate_seconds"), reuse ? 0.0 : generated},
        {QStringLiteral("compute_cold_seconds"), coldSeconds},
        {QStringLiteral("compute_warm_median_seconds"), warmRuns.at(2)},
        {QStringLiteral("compute_warm_min_seconds"), warmRuns.constFirst()},
        {QStringLiteral("overview_seconds"), overviewSeconds},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
