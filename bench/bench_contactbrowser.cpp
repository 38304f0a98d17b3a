// SPDX-License-Identifier: GPL-3.0-or-later
// Contact browser benchmark: fills a SQLite database with one audience of N generated contacts
// (default 10,000,000; kept in DIR with --keep DIR so that a second run skips the generation),
// then times what staff wait for when they open it on the Audiences page: the page built, the
// audience selected and the first contacts on screen, and scrolling further down. Prints one
// JSON line with the times and the process's peak RSS. Runs offscreen.
//   bench_contactbrowser [rows] [--keep DIR]
#include "audience/contactlistmodel.h"
#include "pages/audiencespage.h"
#include "storage/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool generate(Database *database, qint64 rows)
{
    QSqlDatabase db = database->connection();
    QSqlQuery query(db);
    const auto run = [&](const QString &sql) {
        if (!query.exec(sql)) {
            std::fprintf(stderr, "%s\n%s\n", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    };
    if (!db.transaction())
        return false;
    const QString now = QString::number(QDateTime::currentMSecsSinceEpoch());
    if (!run(QStringLiteral("INSERT INTO audiences (name, broker, contact_count, created_at) "
                            "VALUES ('Bench 10 M', 'Generated', %1, %2)")
                 .arg(rows)
                 .arg(now)))
        return false;
    // Mobile numbers in order (+336 00 00 00 00 upwards), French-looking attributes.
    if (!run(QStringLiteral(
                 "INSERT INTO contacts (audience_id, phone, first_name, last_name, postal_code, "
                 "commune, department, age_bracket, opt_in_date, created_at, updated_at) "
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                 "SELECT 1, '+336' || printf('%08d', i), "
                 "CASE i % 5 WHEN 0 THEN 'Marie' WHEN 1 THEN 'Jean' WHEN 2 THEN 'Léa' "
                 "WHEN 3 THEN 'Hélène' ELSE 'Luc' END, "
                 "CASE i % 7 WHEN 0 THEN 'Muller' WHEN 1 THEN 'Meyer' WHEN 2 THEN 'Schmitt' "
                 "WHEN 3 THEN 'Klein' WHEN 4 THEN 'Weber' WHEN 5 THEN 'Martin' ELSE 'Durand' END, "
                 "printf('%02d%03d', 1 + i % 95, (i / 95) % 1000), 'Commune ' || (i % 3000), "
                 "printf('%02d', 1 + i % 95), "
                 "CASE i % 5 WHEN 0 THEN '18-24' WHEN 1 THEN '25-34' WHEN 2 THEN '35-49' "
                 "WHEN 3 THEN '50-64' ELSE '65+' END, "
                 "date('2023-01-01', '+' || (i % 1000) || ' days'), %2, %2 FROM n")
                 .arg(rows - 1)
                 .arg(now)))
        return false;
    return db.commit();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 rows = 10000000;
    QString keep;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
        else
            rows = args.at(i).toLongLong();
    }
    QTemporaryDir temporary;
    const QString folder = keep.isEmpty() ? temporary.path() : keep;
    const QString path =
        folder + QStringLiteral("/contacts-") + QString::number(rows) + QStringLiteral(".db");
    const bool exists = QFile::exists(path);

    double generateSeconds = 0;
    if (!exists) {
        Database database(DatabaseUrl::sqliteFile(path));
        QString error;
        if (!database.openAndMigrate(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        if (!generate(&database, rows))
            return 1;
        generateSeconds = double(timer.elapsed()) / 1000;
        database.closeThreadConnection();
    }
    // The generation's page cache is not what a user who opens the app has.
    const qint64 rssBeforeOpen = statusKiB("VmRSS:");

    QElapsedTimer timer;
    timer.start();
    Database database(DatabaseUrl::sqliteFile(path));
    QString error;
    if (!database.openAndMigrate(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    AudiencesPage page(&database);
    page.resize(1180, 760);
    page.tabs()->setCurrentIndex(1);
    page.show();
    auto *contacts = page.findChild<QTableView *>(QStringLiteral("contactTable"));
    while (contacts->model()->rowCount() == 0 && timer.elapsed() < 60000)
        app.processEvents();
    app.processEvents();
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 shown = contacts->model()->rowCount();

    // Scrolling: 200 pages further down, by dragging to the bottom of what is loaded.
    std::vector<double> pageMs;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer step;
        step.start();
        const int before = contacts->model()->rowCount();
        contacts->verticalScrollBar()->setValue(contacts->verticalScrollBar()->maximum());
        app.processEvents();
        if (contacts->model()->rowCount() == before)
            break;
        pageMs.push_back(double(step.nsecsElapsed()) / 1e6);
    }
    std::sort(pageMs.begin(), pageMs.end());
    const double medianPage = pageMs.empty() ? 0 : pageMs[pageMs.size() / 2];
    const double maxPage = pageMs.empty() ? 0 : pageMs.back();

    const QJsonObject result {
        {QStringLiteral("contacts"), rows},
        {QStringLiteral("generate_seconds"), generateSeconds},
        {QStringLiteral("open_ms"), openMs},
        {QStringLiteral("rows_shown_at_open"), shown},
        {QStringLiteral("scroll_pages"), qint64(pageMs.size())},
        {QStringLiteral("rows_loaded_after_scroll"), contacts->model()->rowCount()},
        {QStringLiteral("scroll_page_median_ms"), medianPage},
        {QStringLiteral("scroll_page_max_ms"), maxPage},
        {QStringLiteral("rss_before_open_kib"), rssBeforeOpen},
        {QStringLiteral("rss_after_kib"), statusKiB("VmRSS:")},
        {QStringLiteral("peak_rss_kib"), statusKiB("VmHWM:")},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
