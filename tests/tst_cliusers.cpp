// SPDX-License-Identifier: GPL-3.0-or-later
// User accounts and the audit log through the real tribune-cli, as a team's administrator
// scripts them; then the two-person rule with those accounts.
#include "campaign/campaignstore.h"
#include "demo/demodataloader.h"
#include "storage/database.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_CliUsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void accountsAndAudit_data() { addBackendRows(); }
    void accountsAndAudit();

private:
    // Runs tribune-cli as `login`: the PostgreSQL login of a team database (created here, as
    // the database administrator would), the OS user of an embedded one.
    CliRun cliAs(const QString &login, const QStringList &arguments);
    bool createPostgresLogin(Database &db, const QString &login);

    QTemporaryDir m_home;
    DatabaseUrl m_url;
};

void tst_CliUsers::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(TRIBUNE_CLI_PATH)));
}

CliRun tst_CliUsers::cliAs(const QString &login, const QStringList &arguments)
{
    QString url = m_url.toString();
    if (m_url.backend() == DatabaseUrl::Backend::PostgreSql)
        url.replace(QStringLiteral("//%1@").arg(m_url.userName()),
                    QStringLiteral("//%1@").arg(login));
    qputenv("USER", login.toUtf8());
    return runCli(QStringLiteral(TRIBUNE_CLI_PATH), m_home.path(),
                  QStringList {QStringLiteral("--database"), url} + arguments);
}

bool tst_CliUsers::createPostgresLogin(Database &db, const QString &login)
{
    // Roles belong to the whole cluster: another test row may have made it already.
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("DO $$BEGIN CREATE ROLE %1 LOGIN SUPERUSER; EXCEPTION WHEN "
                                     "duplicate_object THEN NULL; END$$")
                          .arg(login));
}

void tst_CliUsers::accountsAndAudit()
{
    TRIBUNE_TEST_DATABASE(testDb);
    m_url = testDb.url();
    Database db(m_url);
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 20;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    if (db.isPostgreSql()) {
        for (const char *login : {"alice", "bruno", "chloe"})
            QVERIFY(createPostgresLogin(db, QLatin1String(login)));
    }
    const QString json = QStringLiteral("--json");
    const auto users = [&]() {
        const CliRun run =
            cliAs(QStringLiteral("bruno"), {QStringLiteral("user"), QStringLiteral("list"), json});
        QJsonObject byLogin;
        for (const QJsonValue &user : run.json().value(QStringLiteral("users")).toArray())
            byLogin.insert(user[QStringLiteral("login")].toString(), user.toObject());
        return byLogin;
    };
    const auto add = [&](const QString &as, const QString &login, const QString &role) {
        return cliAs(as,
                     {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"),
                      login, QStringLiteral("--name"), login.toUpper(), QStringLiteral("--role"),
                      role, json});
    };
    const auto update = [&](const QString &as, const QStringList &arguments) {
        return cliAs(
            as, QStringList {QStringLiteral("user"), QStringLiteral("update"), json} + arguments);
    };
    QVERIFY(users().isEmpty());

    // The first account: anyone may create it, and it must be an administrator.
    CliRun run = add(QStringLiteral("bruno"), QStringLiteral("bruno"), QStringLiteral("approver"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.json()
                 .value(QStringLiteral("error"))
                 .toString()
                 .contains(QLatin1String("first user account must be an administrator")),
             run.out);
    QVERIFY(users().isEmpty());
    run = cliAs(QStringLiteral("bruno"),
                {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"),
                 QStringLiteral("chloe"), QStringLiteral("--name"), QStringLiteral("Chloé"),
                 QStringLiteral("--role"), QStringLiteral("administrator")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY2(run.out.contains("This is the first account: anyone could create it"), run.out);
    QCOMPARE(run.out.contains("stores no password"), db.isPostgreSql());
    QCOMPARE(users().value(QStringLiteral("chloe"))[QStringLiteral("name")].toString(),
             QStringLiteral("Chloé"));

    // Now only an administrator adds accounts: bruno has none yet.
    run = add(QStringLiteral("bruno"), QStringLiteral("alice"), QStringLiteral("composer"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.json()
                 .value(QStringLiteral("error"))
                 .toString()
                 .contains(QLatin1String("Only an administrator")),
             run.out);
    run = add(QStringLiteral("chloe"), QStringLiteral("alice"), QStringLiteral("composer"));
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(run.json().value(QStringLiteral("first_account")).toBool(true), false);
    QVERIFY(
        add(QStringLiteral("chloe"), QStringLiteral("bruno"), QStringLiteral("approver")).exitCode
        == 0);
    QCOMPARE(
        add(QStringLiteral("chloe"), QStringLiteral("bruno"), QStringLiteral("approver")).exitCode,
        1); // taken
    QCOMPARE(add(QStringLiteral("chloe"), QStringLiteral("dan"), QStringLiteral("boss")).exitCode,
             2);

    // Roles: an approver may not promote anyone; the administrator may.
    run = update(QStringLiteral("bruno"),
                 {QStringLiteral("--login"), QStringLiteral("alice"), QStringLiteral("--role"),
                  QStringLiteral("approver")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(users().value(QStringLiteral("alice"))[QStringLiteral("role")].toString(),
             QStringLiteral("composer"));
    run = update(QStringLiteral("chloe"),
                 {QStringLiteral("--login"), QStringLiteral("chloe"), QStringLiteral("--role"),
                  QStringLiteral("composer")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.json()
                 .value(QStringLiteral("error"))
                 .toString()
                 .contains(QLatin1String("last enabled administrator")),
             run.out);
    QCOMPARE(update(QStringLiteral("chloe"),
                    {QStringLiteral("--login"), QStringLiteral("bruno"), QStringLiteral("--enable"),
                     QStringLiteral("--disable")})
                 .exitCode,
             2);

    // The two-person rule with these accounts: alice writes, bruno approves.
    CampaignStore alice(&db, QStringLiteral("alice"));
    CampaignStore bruno(&db, QStringLiteral("bruno"));
    Campaign campaign;
    campaign.name = QStringLiteral("Réunion publique");
    campaign.audienceId = alice.audienceId(QStringLiteral("Démo — Fichier loué Alsace-Moselle"));
    campaign.message = QStringLiteral("Bonjour {prenom|Madame, Monsieur}, réunion jeudi !");
    campaign.footer = QStringLiteral("Camille Martin 2027 - STOP au 36105");
    campaign.senderId = QStringLiteral("CMartin2027");
    QVERIFY2(alice.create(&campaign), qPrintable(alice.errorString()));
    QVERIFY(!alice.setState(&campaign, Campaign::State::Approved));

    // Disabled, bruno approves nothing; enabled again, he does.
    run = update(QStringLiteral("chloe"),
                 {QStringLiteral("--login"), QStringLiteral("bruno"), QStringLiteral("--disable")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(users().value(QStringLiteral("bruno"))[QStringLiteral("disabled")].toBool(), true);
    QVERIFY(!bruno.setState(&campaign, Campaign::State::Approved));
    QCOMPARE(
        add(QStringLiteral("bruno"), QStringLiteral("eve"), QStringLiteral("composer")).exitCode,
        1);
    run = update(QStringLiteral("chloe"),
                 {QStringLiteral("--login"), QStringLiteral("bruno"), QStringLiteral("--enable")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY2(bruno.setState(&campaign, Campaign::State::Approved), qPrintable(bruno.errorString()));

    // The audit log: newest first, each change with who made it.
    run = cliAs(QStringLiteral("alice"),
                {QStringLiteral("audit"), QStringLiteral("list"), json, QStringLiteral("--limit"),
                 QStringLiteral("0")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QJsonArray entries = run.json().value(QStringLiteral("entries")).toArray();
    QStringList userActions;
    for (const QJsonValue &entry : entries) {
        const QString action = entry[QStringLiteral("action")].toString();
        if (action.startsWith(QLatin1String("user.")))
            userActions.prepend(
                QStringLiteral("%1 %2 %3")
                    .arg(entry[QStringLiteral("actor")].toString(), action,
                         entry[QStringLiteral("details")][QStringLiteral("login")].toString()));
    }
    QCOMPARE(userActions,
             QStringList(
                 {QStringLiteral("bruno user.add chloe"), QStringLiteral("chloe user.add alice"),
                  QStringLiteral("chloe user.add bruno"), QStringLiteral("chloe user.update bruno"),
                  QStringLiteral("chloe user.update bruno")}));
    QCOMPARE(entries.first()[QStringLiteral("action")].toString(),
             QStringLiteral("campaign.state"));
    QCOMPARE(entries.first()[QStringLiteral("actor")].toString(), QStringLiteral("bruno"));
    run = cliAs(QStringLiteral("alice"),
                {QStringLiteral("audit"), QStringLiteral("list"), json, QStringLiteral("--limit"),
                 QStringLiteral("2")});
    QCOMPARE(run.json().value(QStringLiteral("entries")).toArray().size(), 2);
    run = cliAs(QStringLiteral("alice"),
                {QStringLiteral("audit"), QStringLiteral("list"), json, QStringLiteral("--since"),
                 QStringLiteral("2999-01-01T00:00:00Z")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY(run.json().value(QStringLiteral("entries")).toArray().isEmpty());
    QCOMPARE(cliAs(QStringLiteral("alice"),
                   {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
                    QStringLiteral("soon")})
                 .exitCode,
             2);

    // The export holds every entry, and is itself audited.
    const QString file = testDb.folder() + QStringLiteral("/audit.csv");
    run = cliAs(QStringLiteral("alice"),
                {QStringLiteral("audit"), QStringLiteral("export"), file, json});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(run.json().value(QStringLiteral("entries")).toInt(), entries.size());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), entries.size() + 1);
    QCOMPARE(lines.first().trimmed(),
             QByteArray("id,at,actor,action,object_type,object_id,details"));
    QVERIFY2(lines.last().contains(",bruno,campaign.state,campaign,"), lines.last());
    bool sawFirstAdd = false;
    for (const QByteArray &line : lines)
        sawFirstAdd |= line.contains(",bruno,user.add,user,")
            && line.contains("\"\"first_account"
                             "\"\":true");
    QVERIFY(sawFirstAdd);
    run = cliAs(QStringLiteral("alice"),
                {QStringLiteral("audit"), QStringLiteral("list"), json, QStringLiteral("--limit"),
                 QStringLiteral("1")});
    const QJsonObject exported = run.json().value(QStringLiteral("entries"))[0].toObject();
    QCOMPARE(exported.value(QStringLiteral("action")).toString(), QStringLiteral("audit.export"));
    QCOMPARE(exported.value(QStringLiteral("actor")).toString(), QStringLiteral("alice"));
    QCOMPARE(exported.value(QStringLiteral("details"))[QStringLiteral("entries")].toInt(),
             entries.size());
}

QTEST_GUILESS_MAIN(tst_CliUsers)
#include "tst_cliusers.moc"
