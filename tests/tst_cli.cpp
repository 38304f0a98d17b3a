// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real tribune-cli binary, as scripts and the team's tooling do.
#include "storage/migrator.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void smsInfo_data();
    void smsInfo();
    void campaignCommands_data() { addBackendRows(); }
    void campaignCommands();
    void audienceCommands_data() { addBackendRows(); }
    void audienceCommands();

private:
    using Run = CliRun;
    Run cli(const QStringList &arguments)
    {
        return runCli(QStringLiteral(TRIBUNE_CLI_PATH), m_home.path(), arguments);
    }

    QTemporaryDir m_home;
};

void tst_Cli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(TRIBUNE_CLI_PATH)));
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
    QTest::newRow("sms-info") << "sms-info";
    QTest::newRow("campaign create") << "campaign create";
    QTest::newRow("campaign list") << "campaign list";
    QTest::newRow("campaign show") << "campaign show";
    for (const char *sub : {"add", "update", "set-secret", "remove", "list", "test"}) {
        const QString command = QStringLiteral("provider %1").arg(QLatin1String(sub));
        QTest::newRow(qPrintable(command)) << command;
    }
}

void tst_Cli::helpForEveryCommand()
{
    QFETCH(QString, command);
    QStringList arguments = command.split(QLatin1Char(' '));
    arguments.append(QStringLiteral("--help"));
    const Run run = cli(arguments);
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

void tst_Cli::smsInfo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("footer");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("parts");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("perPart");
    QTest::addColumn<int>("chars");
    QTest::addColumn<QStringList>("nonGsm");
    QTest::newRow("plain") << "Bonjour"
                           << ""
                           << "GSM-7" << 1 << 7 << 160 << 7 << QStringList {};
    QTest::newRow("euro counts two") << "10 €"
                                     << ""
                                     << "GSM-7" << 1 << 5 << 160 << 4 << QStringList {};
    QTest::newRow("one e-circumflex") << "fête"
                                      << ""
                                      << "UCS-2" << 1 << 4 << 70 << 4 << QStringList {"ê"};
    QTest::newRow("footer counts") << QString(150, QLatin1Char('a')) << "STOP au 36105"
                                   << "GSM-7" << 2 << 164 << 153 << 164 << QStringList {};
    QTest::newRow("cautious c-cedilla") << "ça ça"
                                        << ""
                                        << "UCS-2" << 1 << 5 << 70 << 5 << QStringList {"ç"};
    QTest::newRow("emoji") << "Merci 🙏"
                           << ""
                           << "UCS-2" << 1 << 8 << 70 << 7 << QStringList {"🙏"};
    QTest::newRow("161 GSM") << QString(161, QLatin1Char('x')) << ""
                             << "GSM-7" << 2 << 161 << 153 << 161 << QStringList {};
}

void tst_Cli::smsInfo()
{
    QFETCH(QString, text);
    QFETCH(QString, footer);
    QStringList arguments {QStringLiteral("sms-info"), QStringLiteral("--json")};
    if (!footer.isEmpty())
        arguments << QStringLiteral("--footer") << footer;
    arguments << text;
    const Run run = cli(arguments);
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QJsonObject info = run.json();
    QTEST(info.value(QStringLiteral("encoding")).toString(), "encoding");
    QTEST(info.value(QStringLiteral("parts")).toInt(), "parts");
    QTEST(info.value(QStringLiteral("units")).toInt(), "units");
    QTEST(info.value(QStringLiteral("per_part")).toInt(), "perPart");
    QTEST(info.value(QStringLiteral("chars")).toInt(), "chars");
    QStringList nonGsm;
    for (const auto &value : info.value(QStringLiteral("non_gsm")).toArray())
        nonGsm.append(value.toString());
    QTEST(nonGsm, "nonGsm");
}

void tst_Cli::campaignCommands()
{
    TRIBUNE_TEST_DATABASE(testDb);
    const QString url = testDb.url().toString();
    QVERIFY(cli({QStringLiteral("--database"), url, QStringLiteral("demo"),
                 QStringLiteral("--contacts"), QStringLiteral("800")})
                .exitCode
            == 0);
    const QString audience = QStringLiteral("Démo — Fichier loué Alsace-Moselle");
    Run run = cli({QStringLiteral("--database"),
                   url,
                   QStringLiteral("campaign"),
                   QStringLiteral("create"),
                   QStringLiteral("--json"),
                   QStringLiteral("--name"),
                   QStringLiteral("Relance 68"),
                   // A consent request: nobody in the rented demo audience agreed to campaign
                   // messages yet, everyone may be asked.
                   QStringLiteral("--kind"),
                   QStringLiteral("consent_request"),
                   QStringLiteral("--audience"),
                   audience,
                   QStringLiteral("--filter"),
                   QStringLiteral("departement=68"),
                   QStringLiteral("--message"),
                   QStringLiteral("Bonjour {prenom|Madame, Monsieur}, votez !"),
                   QStringLiteral("--footer"),
                   QStringLiteral("Camille Martin 2027 - STOP au 36105"),
                   QStringLiteral("--sender"),
                   QStringLiteral("CMartin2027"),
                   QStringLiteral("--provider"),
                   QStringLiteral("Sandbox (démo)"),
                   QStringLiteral("--election"),
                   QStringLiteral("Élection de démonstration 2027")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(run.json().value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(run.json().value(QStringLiteral("kind")).toString(),
             QStringLiteral("consent_request"));
    QCOMPARE(run.json().value(QStringLiteral("provider")).toString(),
             QStringLiteral("Sandbox (démo)"));

    run = cli({QStringLiteral("--database"), url, QStringLiteral("campaign"),
               QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(run.json().value(QStringLiteral("campaigns")).toArray().size(), 2);

    run =
        cli({QStringLiteral("--database"), url, QStringLiteral("campaign"), QStringLiteral("show"),
             QStringLiteral("--name"), QStringLiteral("Relance 68"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QJsonObject show = run.json();
    const int recipients = show.value(QStringLiteral("recipients")).toInt();
    QVERIFY(recipients > 0 && recipients < 800);
    const QJsonObject gsm7 = show.value(QStringLiteral("gsm7")).toObject();
    const QJsonObject ucs2 = show.value(QStringLiteral("ucs2")).toObject();
    QCOMPARE(gsm7.value(QStringLiteral("recipients")).toInt()
                 + ucs2.value(QStringLiteral("recipients")).toInt(),
             recipients);
    QCOMPARE(gsm7.value(QStringLiteral("parts")).toInt()
                 + ucs2.value(QStringLiteral("parts")).toInt(),
             show.value(QStringLiteral("parts")).toInt());
    QVERIFY(show.value(QStringLiteral("worst_case"))
                .toObject()
                .value(QStringLiteral("text"))
                .toString()
                .endsWith(QLatin1String("STOP au 36105")));

    // Errors name what is wrong.
    run = cli({QStringLiteral("--database"), url, QStringLiteral("campaign"),
               QStringLiteral("create"), QStringLiteral("--json"), QStringLiteral("--name"),
               QStringLiteral("X"), QStringLiteral("--audience"), audience,
               QStringLiteral("--message"), QStringLiteral("Bonjour {surnom}")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.json().value(QStringLiteral("error")).toString().contains(QLatin1String("surnom")),
             run.out);
    run =
        cli({QStringLiteral("--database"), url, QStringLiteral("campaign"), QStringLiteral("show"),
             QStringLiteral("--name"), QStringLiteral("Nope"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    run = cli(
        {QStringLiteral("--database"), url, QStringLiteral("campaign"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.json()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QLatin1String("campaign create")));
}

void tst_Cli::audienceCommands()
{
    TRIBUNE_TEST_DATABASE(testDb);
    const QString url = testDb.url().toString();
    const QString file = m_home.filePath(QStringLiteral("loue.csv"));
    {
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("telephone;departement;code_postal;date_optin\n"
                  "06 12 34 56 78;67;67000;12/03/2024\n"
                  "+33 7 81 23 45 67;68;68100;2024-07-01\n"
                  "0033 6 11 22 33 44;67;67300;01/01/2025\n"
                  "03 88 00 00 00;67;67000;2024-01-01\n"
                  "06 12 34 56 78;67;67000;2024-01-01\n"
                  "12;68;68000;2024-01-01\n");
    }
    const QStringList base {QStringLiteral("--database"), url};
    Run run = cli(base
                  + QStringList {QStringLiteral("import"), file, QStringLiteral("--audience"),
                                 QStringLiteral("Loué"), QStringLiteral("--source"),
                                 QStringLiteral("Courtier"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QJsonObject object = run.json();
    for (const char *key : {"rows", "imported", "duplicates", "invalid", "fixed_line", "suppressed",
                            "malformed", "seconds", "index_seconds"})
        QVERIFY2(object.contains(QLatin1String(key)), key);
    QCOMPARE(object.value(QStringLiteral("rows")).toInt(), 6);
    QCOMPARE(object.value(QStringLiteral("imported")).toInt(), 3);
    QCOMPARE(object.value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(object.value(QStringLiteral("fixed_line")).toInt(), 1);
    QCOMPARE(object.value(QStringLiteral("invalid")).toInt(), 1);

    const auto count = [&](const QStringList &filters) {
        QStringList arguments = base
            + QStringList {QStringLiteral("segment"), QStringLiteral("count"),
                           QStringLiteral("--audience"), QStringLiteral("Loué"),
                           QStringLiteral("--json")};
        for (const QString &filter : filters) {
            if (filter.startsWith(QLatin1String("--")))
                arguments << filter;
            else
                arguments << QStringLiteral("--filter") << filter;
        }
        const Run counted = cli(arguments);
        if (counted.exitCode != 0)
            return qint64(-1);
        const QJsonObject json = counted.json();
        if (!json.contains(QStringLiteral("milliseconds")))
            return qint64(-2);
        return qint64(json.value(QStringLiteral("count")).toInteger());
    };
    QCOMPARE(count({}), 3);
    QCOMPARE(count({QStringLiteral("departement=67,68")}), 3);
    QCOMPARE(count({QStringLiteral("departement!=67")}), 1);
    QCOMPARE(count({QStringLiteral("code_postal^=673")}), 1);
    // Opt-in dates are stored as ISO dates whatever the file wrote.
    QCOMPARE(count({QStringLiteral("date_optin=2024-06-01..")}), 2);
    QCOMPARE(count({QStringLiteral("departement=68"), QStringLiteral("code_postal^=673")}), 0);
    QCOMPARE(count({QStringLiteral("departement=68"), QStringLiteral("code_postal^=673"),
                    QStringLiteral("--any")}),
             2);
    QCOMPARE(count({QStringLiteral("inconnue=1")}), -1);

    const QString rejects = m_home.filePath(QStringLiteral("rejets.csv"));
    run = cli(base
              + QStringList {QStringLiteral("rejects"), QStringLiteral("--audience"),
                             QStringLiteral("Loué"), QStringLiteral("--out"), rejects});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QFile report(rejects);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray text = report.readAll();
    QVERIFY(text.contains("03 88 00 00 00"));
    QCOMPARE(text.count('\n'), 4); // header + 3 rejected rows
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
