// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark: generates a broker file (semicolon CSV, mixed French number formats, a few
// bad rows), times `sqlite3 .import` of the raw file (when the sqlite3 tool is installed) and
// Tribune's import of the same file into a fresh SQLite database, and prints one JSON line (with
// the wall time of each phase, and the storing thread's CPU time in each). With the sqlite3 tool
// it also measures a floor: the same shell storing Tribune's final rows (already normalised,
// deduplicated and sorted) into a table with Tribune's contacts schema (its unique key and
// indexes, WAL, synchronous=NORMAL, the import writer's page cache): what SQLite alone needs to
// store them, whoever parses.
//   bench_import [rows]   (default 1,000,000; the figure is for 10,000,000)
#include "audience/audienceimporter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

namespace {

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 threadCpuNs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

QByteArray phone(QRandomGenerator &random)
{
    const quint32 n = 10000000 + random.bounded(89999999u);
    const QByteArray digits = QByteArray::number(n);
    const QByteArray lead = random.bounded(4) == 0 ? "7" : "6";
    switch (random.bounded(6)) {
    case 0:
        return "0" + lead + " " + digits.mid(0, 2) + " " + digits.mid(2, 2) + " " + digits.mid(4, 2)
            + " " + digits.mid(6, 2);
    case 1:
        return "+33" + lead + digits;
    case 2:
        return "0033" + lead + digits;
    case 3:
        return "33" + lead + digits;
    case 4:
        return "0" + lead + "." + digits.mid(0, 2) + "." + digits.mid(2, 2) + "." + digits.mid(4, 2)
            + "." + digits.mid(6, 2);
    default:
        return "0" + lead + "-" + digits.mid(0, 2) + "-" + digits.mid(2, 2) + "-" + digits.mid(4, 2)
            + "-" + digits.mid(6, 2);
    }
}

// Runs the sqlite3 shell on `database` with `commands` (one per argument); its wall time in
// seconds, -1 on failure. Standard output goes to `output` when given.
double runSqlite(const QString &sqlite3, const QString &database, const QStringList &commands,
                 const QString &output = QString())
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    if (!output.isEmpty())
        process.setStandardOutputFile(output);
    process.start(sqlite3, QStringList {database} + commands);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3: %s\n", process.readAllStandardError().constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("broker.csv"));
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QRandomGenerator random(4242);
        const char *first[] = {"Marie", "Jean", "Hélène", "François",
                               "Zoé",   "Noël", "Anaïs",  "Loïc"};
        const char *last[] = {"Muller", "Meyer", "Schmitt", "Lefèvre", "Klein", "Weber"};
        const char *communes[] = {"67000;Strasbourg", "68100;Mulhouse", "57000;Metz",
                                  "68000;Colmar", "67600;Sélestat"};
        const char *ages[] = {"18-24", "25-34", "35-49", "50-64", "65+"};
        QByteArray buffer =
            "civilite;prenom;nom;telephone;code_postal;commune;tranche_age;date_optin;source\n";
        for (qint64 i = 0; i < rows; ++i) {
            buffer += random.bounded(2) ? "Mme;" : "M.;";
            buffer += first[random.bounded(8)];
            buffer += ';';
            buffer += last[random.bounded(6)];
            buffer += ';';
            buffer += random.bounded(200) == 0 ? QByteArray("03 88 12 34 56") : phone(random);
            buffer += ';';
            buffer += communes[random.bounded(5)];
            buffer += ';';
            buffer += ages[random.bounded(5)];
            buffer += ";2024-0";
            buffer += QByteArray::number(1 + random.bounded(9));
            buffer += "-1";
            buffer += QByteArray::number(random.bounded(10));
            buffer += ";Jeu-concours partenaires\n";
            if (buffer.size() > (8 << 20)) {
                file.write(buffer);
                buffer.clear();
            }
        }
        file.write(buffer);
    }
    const qint64 bytes = QFile(csv).size();

    // Baseline: the sqlite3 shell importing the raw rows into one table without indexes.
    double sqliteSeconds = -1;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(sqlite3,
                      {dir.filePath(QStringLiteral("raw.db")), QStringLiteral(".mode csv"),
                       QStringLiteral(".separator ;"), QStringLiteral(".import %1 t").arg(csv)});
        process.waitForFinished(-1);
        sqliteSeconds = double(timer.nsecsElapsed()) / 1e9;
    }

    Database database(DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("tribune.db"))));
    QString error;
    if (!database.openAndMigrate(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    AudienceImporter::Options options;
    options.filePath = csv;
    options.audienceName = QStringLiteral("Bench");
    QElapsedTimer timer;
    // Where the time goes, from the progress reports: reading (with normalising, deduplicating
    // and sorting) reports up to 2/5 of the file's bytes, storing the rest; the last report comes
    // just before the commit.
    // The storing side runs in this thread (reports come from it): its CPU time per phase says
    // what a change to storing is worth even when other work on the machine stretches the wall
    // times.
    qint64 readingEnd = 0;
    qint64 lastReport = 0;
    qint64 readingEndCpu = 0;
    qint64 lastReportCpu = 0;
    const auto progress = [&](const AudienceImporter::Progress &p) {
        lastReport = timer.nsecsElapsed();
        lastReportCpu = threadCpuNs();
        if (p.bytes * 5 <= p.totalBytes * 2) {
            readingEnd = lastReport;
            readingEndCpu = lastReportCpu;
        }
    };
    const qint64 startCpu = threadCpuNs();
    timer.start();
    const AudienceImporter::Result result = AudienceImporter(&database).run(options, progress);
    const qint64 total = timer.nsecsElapsed();
    const qint64 endCpu = threadCpuNs();
    const double seconds = double(total) / 1e9;
    if (!result.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(result.errorString));
        return 1;
    }
    // The floor: SQLite storing Tribune's final rows into Tribune's contacts schema.
    double floorSeconds = -1;
    if (!sqlite3.isEmpty()) {
        const QString tribuneDb = dir.filePath(QStringLiteral("tribune.db"));
        const QString rowsCsv = dir.filePath(QStringLiteral("final.csv"));
        const QString schema = dir.filePath(QStringLiteral("schema.sql"));
        const QString floorDb = dir.filePath(QStringLiteral("floor.db"));
        database.closeThreadConnection();
        if (runSqlite(sqlite3, tribuneDb,
                      {QStringLiteral(".mode csv"),
                       QStringLiteral("SELECT * FROM contacts ORDER BY audience_id, phone")},
                      rowsCsv)
                >= 0
            && runSqlite(sqlite3, tribuneDb,
                         {QStringLiteral("SELECT sql || ';' FROM sqlite_master WHERE tbl_name = "
                                         "'contacts' AND sql IS NOT NULL")},
                         schema)
                >= 0
            && runSqlite(sqlite3, floorDb,
                         {QStringLiteral("PRAGMA journal_mode=WAL"),
                          QStringLiteral(".read %1").arg(schema)})
                >= 0) {
            floorSeconds = runSqlite(sqlite3, floorDb,
                                     {QStringLiteral("PRAGMA synchronous=NORMAL"),
                                      QStringLiteral("PRAGMA temp_store=MEMORY"),
                                      // The page cache Tribune's import writer uses.
                                      QStringLiteral("PRAGMA cache_size=-393216"),
                                      QStringLiteral(".import --csv %1 contacts").arg(rowsCsv)});
        }
    }

    const QJsonObject out {
        {QStringLiteral("rows"), rows},
        {QStringLiteral("floor_seconds"), floorSeconds},
        {QStringLiteral("floor_ratio_to_sqlite3"),
         sqliteSeconds > 0 && floorSeconds > 0 ? floorSeconds / sqliteSeconds : -1},
        {QStringLiteral("megabytes"), double(bytes) / 1e6},
        {QStringLiteral("imported"), result.imported},
        {QStringLiteral("rejected"), result.rows - result.imported - result.updated},
        {QStringLiteral("tribune_seconds"), seconds},
        {QStringLiteral("rows_per_second"), double(rows) / seconds},
        {QStringLiteral("sqlite3_import_seconds"), sqliteSeconds},
        {QStringLiteral("ratio_to_sqlite3"), sqliteSeconds > 0 ? seconds / sqliteSeconds : -1},
        {QStringLiteral("reading_seconds"), double(readingEnd) / 1e9},
        {QStringLiteral("storing_seconds"), double(lastReport - readingEnd) / 1e9},
        {QStringLiteral("commit_seconds"), double(total - lastReport) / 1e9},
        {QStringLiteral("storing_thread_cpu_seconds"),
         QJsonObject {{QStringLiteral("reading"), double(readingEndCpu - startCpu) / 1e9},
                      {QStringLiteral("storing"), double(lastReportCpu - readingEndCpu) / 1e9},
                      {QStringLiteral("commit"), double(endCpu - lastReportCpu) / 1e9}}},
        {QStringLiteral("peak_rss_mib"), double(peakRssKiB()) / 1024}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
