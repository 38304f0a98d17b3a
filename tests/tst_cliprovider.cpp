// SPDX-License-Identifier: GPL-3.0-or-later
// tribune-cli provider add|list|update|set-secret|test|remove, run as a user runs them, with a
// private keychain (keyring-session.sh): the secret goes to the keychain only, through standard
// input only, and never shows in the output or in the database file.
#include "sending/credentialstore.h"
#include "storage/database.h"
#include "support/clirunner.h"
#include "support/fakehttpserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QByteArray kFirstToken = "first-token-5f3a9c";
const QByteArray kSecondToken = "second-token-b71e2d";

} // namespace

class tst_CliProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void lifecycle();
    void errors();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {});
    QJsonArray providers();
    // Whether the database file, its write-ahead log or anything else next to it holds `secret`.
    bool isInDatabaseFiles(const QByteArray &secret) const;
    QString credentialRef(const QString &provider);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_data;
    QString m_databaseFile;
};

void tst_CliProvider::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(TRIBUNE_CLI_PATH)));
}

void tst_CliProvider::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    m_databaseFile = m_data->filePath(QStringLiteral("tribune.db"));
}

CliRun tst_CliProvider::cli(const QStringList &arguments, const QByteArray &input)
{
    return runCli(QStringLiteral(TRIBUNE_CLI_PATH), m_home.path(),
                  QStringList {QStringLiteral("--database"),
                               DatabaseUrl::sqliteFile(m_databaseFile).toString(),
                               QStringLiteral("--json")}
                      + arguments,
                  input);
}

QJsonArray tst_CliProvider::providers()
{
    const CliRun run = cli({QStringLiteral("provider"), QStringLiteral("list")});
    if (run.exitCode != 0)
        qWarning("provider list: %s %s", run.out.constData(), run.err.constData());
    return run.json().value(QStringLiteral("providers")).toArray();
}

bool tst_CliProvider::isInDatabaseFiles(const QByteArray &secret) const
{
    const QStringList files = QDir(m_data->path()).entryList(QDir::Files);
    for (const QString &name : files) {
        QFile file(m_data->filePath(name));
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            return true;
    }
    return false;
}

QString tst_CliProvider::credentialRef(const QString &provider)
{
    Database db(DatabaseUrl::sqliteFile(m_databaseFile));
    if (!db.open())
        return {};
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT credential_ref FROM providers WHERE name = ?"));
    query.addBindValue(provider);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void tst_CliProvider::lifecycle()
{
    FakeHttpServer twilio;
    twilio.reply(200,
                 R"({"sid":"AC0123456789abcdef0123456789abcdef","friendly_name":"Campagne 2027",)"
                 R"("status":"active"})");
    const QString name = QStringLiteral("Twilio");

    // add: the secret through standard input, to the keychain.
    CliRun run =
        cli({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("--name"), name,
             QStringLiteral("--kind"), QStringLiteral("twilio"), QStringLiteral("--endpoint"),
             twilio.url().toString(), QStringLiteral("--account"), kSid, QStringLiteral("--sender"),
             QStringLiteral("CMartin2027"), QStringLiteral("--secret-stdin")},
            kFirstToken + '\n');
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QJsonObject provider = run.json();
    QCOMPARE(provider.value(QStringLiteral("has_secret")).toBool(), true);
    QCOMPARE(provider.value(QStringLiteral("active")).toBool(), false);
    QVERIFY(!run.out.contains(kFirstToken));

    // list: says a secret is stored, never shows it.
    run = cli({QStringLiteral("provider"), QStringLiteral("list")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY(!run.out.contains(kFirstToken));
    QJsonArray list = run.json().value(QStringLiteral("providers")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("has_secret")).toBool(), true);
    QVERIFY(!isInDatabaseFiles(kFirstToken));
    const QString ref = credentialRef(name);
    QVERIFY(!ref.isEmpty());
    Sending::CredentialStore keychain;
    QCOMPARE(keychain.readSecretAndWait(ref).secret, QString::fromUtf8(kFirstToken));

    // update: only what is given changes.
    run = cli({QStringLiteral("provider"), QStringLiteral("update"), QStringLiteral("--name"), name,
               QStringLiteral("--rate"), QStringLiteral("25"), QStringLiteral("--max-parts"),
               QStringLiteral("3"), QStringLiteral("--sender-id"), QStringLiteral("Tribune2027"),
               QStringLiteral("--option"), QStringLiteral("validity_period=600"),
               QStringLiteral("--activate")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    list = providers();
    QCOMPARE(list.size(), 1);
    provider = list.at(0).toObject();
    QCOMPARE(provider.value(QStringLiteral("rate_limit_per_second")).toDouble(), 25.0);
    QCOMPARE(provider.value(QStringLiteral("max_parts")).toInt(), 3);
    QCOMPARE(provider.value(QStringLiteral("sender_id")).toString(), QStringLiteral("Tribune2027"));
    QCOMPARE(provider.value(QStringLiteral("options"))
                 .toObject()
                 .value(QStringLiteral("validity_period"))
                 .toInt(),
             600);
    QCOMPARE(provider.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(provider.value(QStringLiteral("account")).toString(), kSid);
    QCOMPARE(provider.value(QStringLiteral("endpoint")).toString(), twilio.url().toString());
    QCOMPARE(provider.value(QStringLiteral("has_secret")).toBool(), true);
    // key= removes an option.
    run = cli({QStringLiteral("provider"), QStringLiteral("update"), QStringLiteral("--name"), name,
               QStringLiteral("--option"), QStringLiteral("validity_period=")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY(run.json().value(QStringLiteral("options")).toObject().isEmpty());

    // set-secret: the new token in the keychain, under the same key; test uses it.
    run = cli({QStringLiteral("provider"), QStringLiteral("set-secret"), QStringLiteral("--name"),
               name, QStringLiteral("--secret-stdin")},
              kSecondToken);
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY(!run.out.contains(kSecondToken));
    QCOMPARE(credentialRef(name), ref);
    QCOMPARE(keychain.readSecretAndWait(ref).secret, QString::fromUtf8(kSecondToken));
    run = cli({QStringLiteral("provider"), QStringLiteral("test"), QStringLiteral("--name"), name});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(run.json().value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(!twilio.requests.isEmpty());
    QCOMPARE(twilio.requests.constLast().headers.value("authorization"),
             "Basic " + (kSid.toUtf8() + ':' + kSecondToken).toBase64());
    run = cli({QStringLiteral("provider"), QStringLiteral("list")});
    QVERIFY(!run.out.contains(kFirstToken) && !run.out.contains(kSecondToken));
    QVERIFY(!isInDatabaseFiles(kFirstToken));
    QVERIFY(!isInDatabaseFiles(kSecondToken));

    // remove: the row and the keychain entry.
    run =
        cli({QStringLiteral("provider"), QStringLiteral("remove"), QStringLiteral("--name"), name});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(run.json().value(QStringLiteral("removed")).toString(), name);
    QVERIFY(providers().isEmpty());
    QCOMPARE(keychain.readSecretAndWait(ref).status, Sending::CredentialStore::Status::NotFound);
}

void tst_CliProvider::errors()
{
    CliRun run = cli({QStringLiteral("demo")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QString sandbox = providers().at(0).toObject().value(QStringLiteral("name")).toString();
    QVERIFY(!sandbox.isEmpty());
    const auto error = [](const CliRun &r) {
        return r.json().value(QStringLiteral("error")).toString();
    };

    // A name nobody has.
    for (const char *command : {"update", "set-secret", "remove", "test"}) {
        QStringList arguments = {QStringLiteral("provider"), QString::fromLatin1(command),
                                 QStringLiteral("--name"), QStringLiteral("Personne")};
        if (qstrcmp(command, "set-secret") == 0)
            arguments.append(QStringLiteral("--secret-stdin"));
        run = cli(arguments, "x");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(error(run).contains(QLatin1String("no provider named \"Personne\"")),
                 run.out.constData());
    }

    // Plain HTTP outside this computer is refused, on add and on update.
    run = cli({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("Loin"), QStringLiteral("--kind"), QStringLiteral("kannel"),
               QStringLiteral("--endpoint"),
               QStringLiteral("http://sms.example.org:13013/cgi-bin/sendsms"),
               QStringLiteral("--account"), QStringLiteral("tribune")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(error(run).contains(QLatin1String("HTTPS")), run.out.constData());
    QCOMPARE(providers().size(), 1);
    run =
        cli({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Local"), QStringLiteral("--kind"), QStringLiteral("kannel"),
             QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:13013/cgi-bin/sendsms"),
             QStringLiteral("--account"), QStringLiteral("tribune")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    run = cli({QStringLiteral("provider"), QStringLiteral("update"), QStringLiteral("--name"),
               QStringLiteral("Local"), QStringLiteral("--endpoint"),
               QStringLiteral("http://sms.example.org:13013/cgi-bin/sendsms")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(error(run).contains(QLatin1String("HTTPS")), run.out.constData());
    for (const QJsonValue &p : providers()) {
        if (p.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Local"))
            QVERIFY(p.toObject()
                        .value(QStringLiteral("endpoint"))
                        .toString()
                        .contains(QLatin1String("127.0.0.1")));
    }

    // Removing a provider that campaigns use: refused, naming them.
    run = cli({QStringLiteral("campaign"), QStringLiteral("list")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QJsonArray campaigns = run.json().value(QStringLiteral("campaigns")).toArray();
    QVERIFY(!campaigns.isEmpty());
    run = cli(
        {QStringLiteral("provider"), QStringLiteral("remove"), QStringLiteral("--name"), sandbox});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(error(run).contains(QLatin1String("use this provider"))
                 && error(run).contains(
                     campaigns.at(0).toObject().value(QStringLiteral("name")).toString()),
             run.out.constData());
    QCOMPARE(providers().size(), 2);

    // A secret is never taken from the command line.
    run = cli({QStringLiteral("provider"), QStringLiteral("set-secret"), QStringLiteral("--name"),
               QStringLiteral("Local"), QStringLiteral("--secret"), QStringLiteral("hunter2")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(error(run).contains(QLatin1String("--secret-stdin")), run.out.constData());
    run = cli({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("Argv"), QStringLiteral("--kind"), QStringLiteral("sandbox"),
               QStringLiteral("--secret"), QStringLiteral("hunter2")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(providers().size(), 2);
    QVERIFY(!isInDatabaseFiles("hunter2"));
    // set-secret needs --secret-stdin, and something on standard input.
    run = cli({QStringLiteral("provider"), QStringLiteral("set-secret"), QStringLiteral("--name"),
               QStringLiteral("Local")});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("provider"), QStringLiteral("set-secret"), QStringLiteral("--name"),
               QStringLiteral("Local"), QStringLiteral("--secret-stdin")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(error(run).contains(QLatin1String("empty")), run.out.constData());

    // Usage errors.
    run = cli({QStringLiteral("provider"), QStringLiteral("update"), QStringLiteral("--name"),
               QStringLiteral("Local"), QStringLiteral("--activate"),
               QStringLiteral("--deactivate")});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("provider"), QStringLiteral("update"), QStringLiteral("--name"),
               QStringLiteral("Local"), QStringLiteral("--option"), QStringLiteral("novalue")});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("provider"), QStringLiteral("update"), QStringLiteral("--name"),
               QStringLiteral("Local"), QStringLiteral("--rate"), QStringLiteral("fast")});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("provider"), QStringLiteral("update")});
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_CliProvider)
#include "tst_cliprovider.moc"
