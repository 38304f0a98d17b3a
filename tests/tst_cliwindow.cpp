// SPDX-License-Identifier: GPL-3.0-or-later
// tribune-cli window show|set: the default window, a change kept and audited (options not given
// keep their values), usage errors (exit 2) and refusals (exit 1) saying why, and a user who is
// not an administrator refused once accounts exist.
#include "sending/outbox.h"
#include "storage/database.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

class tst_CliWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("USER", "chloe"); // the CLI acts as the OS user on an embedded database
    }
    void showAndSet();
};

void tst_CliWindow::showAndSet()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    const auto cli = [&](const QStringList &arguments) {
        return runCli(QStringLiteral(TRIBUNE_CLI_PATH), testDb.folder(),
                      QStringList {QStringLiteral("--database"), testDb.url().toString(),
                                   QStringLiteral("--json"), QStringLiteral("window")}
                          + arguments);
    };
    CliRun run = cli({QStringLiteral("show")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("start")).toString(), QStringLiteral("08:00"));
    QCOMPARE(json.value(QStringLiteral("end")).toString(), QStringLiteral("20:00"));
    QCOMPARE(json.value(QStringLiteral("days")).toString(), QStringLiteral("123456"));
    QCOMPARE(json.value(QStringLiteral("skip_holidays")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("alsace_moselle")).toBool(true), false);
    QCOMPARE(json.value(QStringLiteral("timezone")).toString(), QStringLiteral("Europe/Paris"));
    QVERIFY(json.value(QStringLiteral("open_now")).isBool());
    // Either open now until a closing time, or closed with a next opening.
    QVERIFY(json.value(QStringLiteral("open_now")).toBool()
                ? json.value(QStringLiteral("closes_at"))
                        .toString()
                        .endsWith(QLatin1String("T20:00:00+01:00"))
                    || json.value(QStringLiteral("closes_at"))
                           .toString()
                           .endsWith(QLatin1String("T20:00:00+02:00"))
                : json.value(QStringLiteral("next_opening"))
                      .toString()
                      .contains(QLatin1String("T08:00:00")));
    QCOMPARE(json.value(QStringLiteral("holidays")).toArray().size(), 5);

    run = cli({QStringLiteral("set"), QStringLiteral("--start"), QStringLiteral("9:30"),
               QStringLiteral("--end"), QStringLiteral("24:00"), QStringLiteral("--days"),
               QStringLiteral("1234567"), QStringLiteral("--holidays"), QStringLiteral("off")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    json = run.json();
    QCOMPARE(json.value(QStringLiteral("start")).toString(), QStringLiteral("09:30"));
    QCOMPARE(json.value(QStringLiteral("end")).toString(), QStringLiteral("24:00"));
    QCOMPARE(json.value(QStringLiteral("skip_holidays")).toBool(true), false);
    // Only --alsace-moselle: the rest is kept.
    run = cli({QStringLiteral("set"), QStringLiteral("--alsace-moselle"), QStringLiteral("on")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    json = cli({QStringLiteral("show")}).json();
    QCOMPARE(json.value(QStringLiteral("start")).toString(), QStringLiteral("09:30"));
    QCOMPARE(json.value(QStringLiteral("days")).toString(), QStringLiteral("1234567"));
    QCOMPARE(json.value(QStringLiteral("alsace_moselle")).toBool(), true);

    // Usage errors (2) and refusals (1), each saying why; nothing changes.
    run = cli({QStringLiteral("set"), QStringLiteral("--start"), QStringLiteral("9h")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.json().value(QStringLiteral("error")).toString().contains(QLatin1String("9h")));
    run = cli({QStringLiteral("set"), QStringLiteral("--holidays"), QStringLiteral("maybe")});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("set")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.json()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QLatin1String("nothing to change")));
    run = cli({QStringLiteral("set"), QStringLiteral("--start"), QStringLiteral("21:00"),
               QStringLiteral("--end"), QStringLiteral("08:00")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.json()
                 .value(QStringLiteral("error"))
                 .toString()
                 .contains(QLatin1String("open before it closes")),
             run.out.constData());
    run = cli({QStringLiteral("set"), QStringLiteral("--days"), QStringLiteral("")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.json()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QLatin1String("at least one day")));

    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QCOMPARE(Outbox::Window::load(&db).startMinute, 9 * 60 + 30);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'settings.sending_window' AND actor = 'chloe'"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 2);

    // Once accounts exist, only an administrator changes it.
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO users (login, display_name, role, created_at) VALUES "
                       "('alice', 'Alice', 'administrator', 0), ('chloe', 'Chloe', "
                       "'composer', 0)")));
    run = cli({QStringLiteral("set"), QStringLiteral("--start"), QStringLiteral("07:00")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.json()
                 .value(QStringLiteral("error"))
                 .toString()
                 .contains(QLatin1String("Only an administrator")),
             run.out.constData());
    QCOMPARE(Outbox::Window::load(&db).startMinute, 9 * 60 + 30);
    // Reading stays open to everyone; the human form names the hours.
    run = runCli(QStringLiteral(TRIBUNE_CLI_PATH), testDb.folder(),
                 {QStringLiteral("--database"), testDb.url().toString(), QStringLiteral("window"),
                  QStringLiteral("show")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("09:30–24:00"), run.out.constData());
}

QTEST_GUILESS_MAIN(tst_CliWindow)
#include "tst_cliwindow.moc"
