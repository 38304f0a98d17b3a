// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign dashboard benchmark: the demo data in a SQLite database, then one campaign of N
// messages (default 1,000,000) sent over two hours in every state (delivered, failed, expired,
// accepted, unknown; French mobile prefixes 06 10 to 07 99), 2 % of them answered and 0.5 %
// opted out; times CampaignStats::compute for that campaign (a warm run after a cold one) and
// CampaignStats::overview. Prints one JSON object.
//   bench_campaignstats [messages]
#include "campaign/campaignstore.h"
#include "demo/demodataloader.h"
#include "reports/campaignstats.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

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
    const qint64 count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    Database database(DatabaseUrl::parse(dir.filePath(QStringLiteral("bench.db"))));
    QString error;
    if (!database.openAndMigrate(&error) || !DemoDataLoader(&database).load().ok) {
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
    if (!run(query, QStringLiteral("BEGIN"))
        || !run(query,
                QStringLiteral(
                    "INSERT INTO messages (campaign_id, phone, body, encoding, parts, state, "
                    "client_ref, queued_at, submitted_at, accepted_at, final_at, cost_mc) "
                    "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                    "SELECT %2, '+33' || (6 + i % 2) || (10 + (i / 2) % 90) || substr('00000' || "
                    "i, -6), "
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
        || !run(query,
                QStringLiteral("INSERT INTO inbound_messages (phone, body, received_at, "
                               "interpretation, in_reply_to, handled_at) SELECT phone, 'OUI', "
                               "final_at + 1000, CASE WHEN id % 4 = 0 THEN 'stop' ELSE 'yes' "
                               "END, id, final_at FROM messages WHERE state = 'delivered' AND "
                               "id % 50 = 0"))
        || !run(query,
                QStringLiteral("INSERT INTO consent_events (at, phone, event, message_id) "
                               "SELECT received_at, phone, 'opted_out', in_reply_to FROM "
                               "inbound_messages WHERE interpretation = 'stop'"))
        || !run(query, QStringLiteral("COMMIT")) || !run(query, QStringLiteral("ANALYZE"))) {
        return 1;
    }
    const double generated = double(timer.elapsed()) / 1000.0;
    query.finish();

    timer.restart();
    const CampaignStats cold = CampaignStats::compute(&database, campaignId);
    const double coldSeconds = double(timer.elapsed()) / 1000.0;
    timer.restart();
    const CampaignStats warm = CampaignStats::compute(&database, campaignId);
    const double warmSeconds = double(timer.elapsed()) / 1000.0;
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
        {QStringLiteral("generate_seconds"), generated},
        {QStringLiteral("compute_cold_seconds"), coldSeconds},
        {QStringLiteral("compute_warm_seconds"), warmSeconds},
        {QStringLiteral("overview_seconds"), overviewSeconds},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
