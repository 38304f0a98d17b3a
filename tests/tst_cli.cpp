// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real tribune-cli binary, as scripts and the team's tooling do.
#include "storage/migrator.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void infoOnFreshDatabase_data() { addBackendRows(); }
    void infoOnFreshDatabase();
    void demoThenInfo_data() { addBackendRows(); }
    void demoThenInfo();
    void defaultDatabaseIsEmbedded();
    void errorsAreJson_data();
    void errorsAreJson();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void humanOutput();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run cli(const QStringList &arguments);

    QTemporaryDir m_home;
};

void tst_Cli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(TRIBUNE_CLI_PATH)));
}

tst_Cli::Run tst_Cli::cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Keep the user's real settings and data out of the test.
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TRIBUNE_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void tst_Cli::infoOnFreshDatabase()
{
    TRIBUNE_TEST_DATABASE(testDb);
    QString url = testDb.url().toString();
    if (testDb.url().backend() == DatabaseUrl::Backend::PostgreSql)
        url.replace(QLatin1String("tribune@"), QLatin1String("tribune:not-for-your-eyes@"));
    const Run run =
        cli({QStringLiteral("--database"), url, QStringLiteral("info"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QJsonObject info = run.json();
    QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(), Migrator::latestVersion());
    QCOMPARE(info.value(QStringLiteral("latest_schema_version")).toInt(),
             Migrator::latestVersion());
    QCOMPARE(info.value(QStringLiteral("backend")).toString(), backend);
    QVERIFY(!info.value(QStringLiteral("version")).toString().isEmpty());
    QCOMPARE(info.value(QStringLiteral("database")).toString(), testDb.url().toDisplayString());
    QVERIFY(!run.out.contains("not-for-your-eyes"));
    const QJsonObject counts = info.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("audiences")).toInt(-1), 0);
    QCOMPARE(counts.value(QStringLiteral("contacts")).toInt(-1), 0);
    QCOMPARE(counts.value(QStringLiteral("campaigns")).toInt(-1), 0);
    QVERIFY(info.value(QStringLiteral("active_provider")).isNull());
    // Exactly one JSON object on stdout.
    QCOMPARE(run.out.trimmed().count('\n'), 0);
}

void tst_Cli::demoThenInfo()
{
    TRIBUNE_TEST_DATABASE(testDb);
    const QString url = testDb.url().toString();
    Run run =
        cli({QStringLiteral("demo"), QStringLiteral("--json"), QStringLiteral("--database"), url});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QJsonObject demo = run.json();
    QCOMPARE(demo.value(QStringLiteral("loaded")).toBool(), true);
    QCOMPARE(demo.value(QStringLiteral("contacts")).toInt(), 9950);
    QCOMPARE(demo.value(QStringLiteral("suppressed")).toInt(), 50);
    QVERIFY(demo.value(QStringLiteral("provider")).toString().contains(QLatin1String("Sandbox")));

    run =
        cli({QStringLiteral("--database"), url, QStringLiteral("--json"), QStringLiteral("info")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QJsonObject counts = run.json().value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("audiences")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("contacts")).toInt(), 9950);
    QCOMPARE(counts.value(QStringLiteral("campaigns")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("suppressed")).toInt(), 50);
    QVERIFY(run.json()
                .value(QStringLiteral("active_provider"))
                .toString()
                .contains(QLatin1String("Sandbox")));

    run =
        cli({QStringLiteral("--database"), url, QStringLiteral("demo"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    demo = run.json();
    QCOMPARE(demo.value(QStringLiteral("loaded")).toBool(), false);
    QCOMPARE(demo.value(QStringLiteral("already_present")).toBool(), true);
}

void tst_Cli::defaultDatabaseIsEmbedded()
{
    const Run run = cli({QStringLiteral("info"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QString database = run.json().value(QStringLiteral("database")).toString();
    QVERIFY2(
        database.startsWith(QStringLiteral("sqlite://") + m_home.filePath(QStringLiteral("data"))),
        qPrintable(database));
    QVERIFY(database.endsWith(QLatin1String("/tribune.db")));
    QCOMPARE(run.json().value(QStringLiteral("backend")).toString(), QStringLiteral("sqlite"));
}

void tst_Cli::errorsAreJson_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("bad scheme") << QStringList {"--database", "mysql://a@b/c", "info", "--json"}
                                << 1 << "mysql";
    QTest::newRow("unreachable server")
        << QStringList {"--database", "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2",
                        "info", "--json"}
        << 1 << "PostgreSQL";
    QTest::newRow("unknown command") << QStringList {"--json", "frobnicate"} << 2 << "frobnicate";
    QTest::newRow("unknown option") << QStringList {"info", "--json", "--frob"} << 2 << "frob";
    QTest::newRow("no command") << QStringList {"--json"} << 2 << "command";
    QTest::newRow("bad contacts") << QStringList {"demo", "--json", "--contacts", "many"} << 2
                                  << "contacts";
}

void tst_Cli::errorsAreJson()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, fragment);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(run.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, run.out);
    QVERIFY2(
        object.value(QStringLiteral("error")).toString().contains(fragment, Qt::CaseInsensitive),
        run.out);
}

void tst_Cli::helpForEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("info") << "info";
    QTest::newRow("demo") << "demo";
}

void tst_Cli::helpForEveryCommand()
{
    QFETCH(QString, command);
    const Run run = cli({command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Usage: tribune-cli " + command.toUtf8()), run.out);
    QVERIFY(run.out.contains("--database"));
    QVERIFY(run.out.contains("--json"));

    const Run general = cli({QStringLiteral("--help")});
    QCOMPARE(general.exitCode, 0);
    QVERIFY(general.out.contains("  " + command.toUtf8() + " "));
}

void tst_Cli::humanOutput()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    const QString url = testDb.url().toString();
    Run run = cli({QStringLiteral("--database"), url, QStringLiteral("demo"),
                   QStringLiteral("--contacts"), QStringLiteral("1200")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY2(run.out.contains("1,200 contacts"), run.out);
    run = cli({QStringLiteral("--database"), url, QStringLiteral("info")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY2(run.out.contains("Contacts:        1,200"), run.out);
    QVERIFY(run.out.contains("Sandbox"));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
