// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign report export benchmark: generates one campaign of N messages straight into a
// SQLite database in Tribune's schema (French mobiles, every state, timestamps, costs, provider
// ids, some error texts with commas and quotes), then times the sqlite3 shell writing the same
// columns as CSV (`sqlite3 -csv DB "SELECT ..." > file`: raw integers, full numbers) against
// Tribune's report export of the same rows (masked numbers, Europe/Paris times, euros, status
// labels, formula protection, through Reports::runExport), best of two runs each, with the peak
// RSS of the export alone. Prints one JSON object.
//   bench_export [messages] [database file]   (default 10,000,000 and a temporary file; an
//   existing file with that many messages is reused)
#include "reports/exporter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace {

const char *const kColumns = "phone, state, queued_at, submitted_at, accepted_at, final_at, "
                             "parts, encoding, cost_mc, provider_message_id, error_code, "
                             "error_text";

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

bool exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, error);
        sqlite3_free(error);
        return false;
    }
    return true;
}

bool generate(const QString &path, qint64 count)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    const qint64 start = QDateTime(QDate(2027, 3, 20), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    bool ok = exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN")
        && exec(db,
                QStringLiteral("INSERT INTO elections (id, name, created_at) VALUES "
                               "(1, 'Municipales 2027', %1); INSERT INTO campaigns (id, name, "
                               "kind, state, election_id, created_at, updated_at) VALUES "
                               "(1, 'Bench', 'campaign', 'done', 1, %1, %1)")
                    .arg(start)
                    .toUtf8()
                    .constData());
    sqlite3_stmt *insert = nullptr;
    ok = ok
        && sqlite3_prepare_v2(db,
                              "INSERT INTO messages (campaign_id, phone, body, encoding, parts, "
                              "state, client_ref, provider_message_id, queued_at, submitted_at, "
                              "accepted_at, final_at, error_code, error_text, cost_mc) VALUES "
                              "(1, ?, 'Bonjour', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              -1, &insert, nullptr)
            == SQLITE_OK;
    static const char *const states[] = {"delivered", "delivered", "delivered", "delivered",
                                         "delivered", "delivered", "accepted",  "failed",
                                         "expired",   "cancelled"};
    char phone[32];
    char ref[24];
    char providerId[24];
    for (qint64 i = 0; ok && i < count; ++i) {
        const char *state = states[i % 10];
        const bool accepted = i % 10 < 9 && i % 10 != 7;
        const bool ucs2 = i % 17 == 0;
        const int parts = ucs2 ? 2 : 1 + int(i % 23 == 0);
        const qint64 queued = start + i * 7; // spread over days, across the spring change
        std::snprintf(phone, sizeof phone, "+336%08lld", static_cast<long long>(i));
        std::snprintf(ref, sizeof ref, "r%lld", static_cast<long long>(i));
        std::snprintf(providerId, sizeof providerId, "SM%016llx",
                      static_cast<unsigned long long>(i * 2654435761ULL));
        sqlite3_bind_text(insert, 1, phone, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, ucs2 ? "UCS-2" : "GSM-7", -1, SQLITE_STATIC);
        sqlite3_bind_int(insert, 3, parts);
        sqlite3_bind_text(insert, 4, state, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 5, ref, -1, SQLITE_STATIC);
        if (i % 10 == 9)
            sqlite3_bind_null(insert, 6);
        else
            sqlite3_bind_text(insert, 6, providerId, -1, SQLITE_STATIC);
        sqlite3_bind_int64(insert, 7, queued);
        if (i % 10 == 9) {
            sqlite3_bind_null(insert, 8);
            sqlite3_bind_null(insert, 9);
        } else {
            sqlite3_bind_int64(insert, 8, queued + 1500);
            if (accepted)
                sqlite3_bind_int64(insert, 9, queued + 2100);
            else
                sqlite3_bind_null(insert, 9);
        }
        if (i % 10 < 6 || i % 10 >= 7)
            sqlite3_bind_int64(insert, 10, queued + 9000);
        else
            sqlite3_bind_null(insert, 10);
        if (i % 10 == 7) {
            sqlite3_bind_text(insert, 11, "UNDELIV", -1, SQLITE_STATIC);
            sqlite3_bind_text(insert, 12, "Absent subscriber, \"retry\" later", -1, SQLITE_STATIC);
        } else {
            sqlite3_bind_null(insert, 11);
            sqlite3_bind_null(insert, 12);
        }
        sqlite3_bind_int64(insert, 13, accepted ? 4500 * parts : 0);
        ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    ok = ok && exec(db, "COMMIT; ANALYZE");
    sqlite3_close(db);
    return ok;
}

double timeShell(const QString &shell, const QString &database, const QString &out)
{
    QProcess process;
    process.setStandardOutputFile(out);
    QElapsedTimer timer;
    timer.start();
    process.start(shell,
                  {QStringLiteral("-csv"), database,
                   QStringLiteral("SELECT %1 FROM messages WHERE campaign_id = 1")
                       .arg(QLatin1String(kColumns))});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 count = args.size() > 1 ? args.at(1).toLongLong() : 10'000'000;
    QTemporaryDir dir;
    const QString path = args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("bench.db"));
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        std::fprintf(stderr, "the sqlite3 shell is needed (apt install sqlite3)\n");
        return 1;
    }

    Database database(DatabaseUrl::sqliteFile(path));
    QString error;
    if (!database.openAndMigrate(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSqlQuery existing(database.connection());
    existing.exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE campaign_id = 1"));
    double generateSeconds = 0;
    if (!existing.next() || existing.value(0).toLongLong() != count) {
        existing.finish();
        database.closeThreadConnection();
        QElapsedTimer timer;
        timer.start();
        if (!generate(path, count)) {
            std::fprintf(stderr, "generating the messages failed\n");
            return 1;
        }
        generateSeconds = double(timer.elapsed()) / 1000;
    }
    existing.finish();
    QSqlQuery plan(database.connection());
    plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT %1 FROM messages WHERE id BETWEEN 1 AND "
                             "%2 AND +campaign_id = 1 ORDER BY id")
                  .arg(QLatin1String(kColumns))
                  .arg(count));
    QString queryPlan;
    while (plan.next())
        queryPlan += plan.value(3).toString() + QLatin1Char(';');
    plan.finish();

    const QString shellOut = dir.filePath(QStringLiteral("sqlite3.csv"));
    Reports::ExportRequest request;
    request.kind = Reports::ExportKind::Report;
    request.path = dir.filePath(QStringLiteral("tribune.csv"));
    request.format = Reports::ExportFormat::standard();
    request.campaignId = 1;

    double shellSeconds = -1;
    double tribuneSeconds = -1;
    qint64 rows = 0;
    qint64 peakKiB = 0;
    const qint64 baseKiB = statusKiB("VmRSS:");
    for (int run = 0; run < 2; ++run) {
        const double s = timeShell(shell, path, shellOut);
        if (s < 0) {
            std::fprintf(stderr, "sqlite3 failed\n");
            return 1;
        }
        shellSeconds = shellSeconds < 0 ? s : std::min(shellSeconds, s);
        resetPeakRss();
        QElapsedTimer timer;
        timer.start();
        const Reports::ExportResult result =
            Reports::runExport(&database, request, {}, Database::localActor());
        const double t = double(timer.nsecsElapsed()) / 1e9;
        if (!result.ok()) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(result.errorString));
            return 1;
        }
        rows = result.rows;
        peakKiB = std::max(peakKiB, statusKiB("VmHWM:"));
        tribuneSeconds = tribuneSeconds < 0 ? t : std::min(tribuneSeconds, t);
    }
    const QJsonObject report = {
        {QStringLiteral("messages"), count},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("generate_s"), generateSeconds},
        {QStringLiteral("query_plan"), queryPlan},
        {QStringLiteral("sqlite3_csv_s"), shellSeconds},
        {QStringLiteral("sqlite3_csv_mib"), double(QFileInfo(shellOut).size()) / (1 << 20)},
        {QStringLiteral("tribune_s"), tribuneSeconds},
        {QStringLiteral("tribune_csv_mib"), double(QFileInfo(request.path).size()) / (1 << 20)},
        {QStringLiteral("speed_vs_sqlite3"), shellSeconds / tribuneSeconds},
        {QStringLiteral("rss_before_kib"), baseKiB},
        {QStringLiteral("peak_rss_export_kib"), peakKiB},
        {QStringLiteral("tribune_rows_per_s"), double(rows) / tribuneSeconds}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return 0;
}
