// SPDX-License-Identifier: GPL-3.0-or-later
// tribune-cli consent request|status|history, reply and suppression add|list|import|export, run
// as a user runs them: a consent request sent through the offline Sandbox, replies recorded
// with `reply`, the funnel and the ledger read back, the suppression list managed by hand.
#include "campaign/campaignstore.h"
#include "demo/demodataloader.h"
#include "storage/database.h"
#include "support/clirunner.h"
#include "support/sendingfixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAudience = QStringLiteral("Démo — Fichier loué Alsace-Moselle");
const QString kFooter = QStringLiteral("Camille Martin 2027 - STOP au 36105");
const QString kSandbox = QStringLiteral("Sandbox (démo)");

} // namespace

class tst_CliConsent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void consentFlow_data() { addBackendRows(); }
    void consentFlow();
    void requestOptions_data() { addBackendRows(); }
    void requestOptions();
    void suppressionCommands_data() { addBackendRows(); }
    void suppressionCommands();
    void errors();
    void help_data();
    void help();

private:
    CliRun cli(const QString &url, const QStringList &arguments)
    {
        return runCli(QStringLiteral(TRIBUNE_CLI_PATH), m_home.path(),
                      QStringList {QStringLiteral("--database"), url, QStringLiteral("--json")}
                          + arguments);
    }

    QTemporaryDir m_home;
};

namespace {

// A small demo (`contacts` contacts, a rented audience) that the Sandbox serves at once,
// without delivery failures or replies of its own.
bool loadDemo(Database &db, int contacts)
{
    DemoDataLoader::Options options;
    options.contacts = contacts;
    return DemoDataLoader(&db).load(options).ok && SendingFixtures::openSendingWindowAllDay(&db)
        && SendingFixtures::setSandboxOptions(&db,
                                              {{QStringLiteral("delivery_delay_ms"), 0},
                                               {QStringLiteral("failure_rate"), 0},
                                               {QStringLiteral("reply_rates"),
                                                QJsonObject {{QStringLiteral("oui"), 0},
                                                             {QStringLiteral("non"), 0},
                                                             {QStringLiteral("stop"), 0}}}},
                                              1000);
}

QStringList contactPhones(Database &db)
{
    QStringList phones;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT phone FROM contacts ORDER BY id"));
    while (query.next())
        phones.append(query.value(0).toString());
    return phones;
}

QStringList eventKeys(const QJsonObject &history)
{
    QStringList keys;
    for (const QJsonValue &event : history.value(QStringLiteral("events")).toArray())
        keys.append(event.toObject().value(QStringLiteral("event")).toString());
    return keys;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

#define CHECK_RUN(run) QVERIFY2((run).exitCode == 0, (run).out + (run).err)

void tst_CliConsent::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(TRIBUNE_CLI_PATH)));
}

void tst_CliConsent::consentFlow()
{
    TRIBUNE_TEST_DATABASE(testDb);
    const QString url = testDb.url().toString();
    Database db(testDb.url());
    QVERIFY(db.openAndMigrate());
    QVERIFY(loadDemo(db, 40));
    const QStringList phones = contactPhones(db);
    QCOMPARE(phones.size(), 40);

    CliRun run = cli(url,
                     {QStringLiteral("consent"), QStringLiteral("status"),
                      QStringLiteral("--audience"), kAudience});
    CHECK_RUN(run);
    QCOMPARE(run.json().value(QStringLiteral("contacts")).toInt(), 40);
    QCOMPARE(run.json().value(QStringLiteral("never_asked")).toInt(), 40);
    QCOMPARE(run.json().value(QStringLiteral("requested")).toInt(), 0);

    // The consent request, with the installation's template.
    run = cli(url,
              {QStringLiteral("consent"), QStringLiteral("request"), QStringLiteral("--audience"),
               kAudience, QStringLiteral("--name"), QStringLiteral("Demande"),
               QStringLiteral("--footer"), kFooter, QStringLiteral("--sender-id"),
               QStringLiteral("CMartin2027"), QStringLiteral("--provider"), kSandbox});
    CHECK_RUN(run);
    QJsonObject request = run.json();
    QCOMPARE(request.value(QStringLiteral("name")).toString(), QStringLiteral("Demande"));
    QCOMPARE(request.value(QStringLiteral("kind")).toString(), QStringLiteral("consent_request"));
    QCOMPARE(request.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(request.value(QStringLiteral("recipients")).toInt(), 40);
    QCOMPARE(request.value(QStringLiteral("template")).toString(),
             QStringLiteral("Demande de consentement (FR)"));
    QVERIFY(request.value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("Répondez OUI ou NON")));
    const qint64 requestId = request.value(QStringLiteral("id")).toInteger();
    QVERIFY(requestId > 0);

    // Approved (a person's decision, not the CLI's), then sent through the Sandbox.
    CampaignStore store(&db);
    std::optional<Campaign> campaign = store.find(requestId);
    QVERIFY(campaign);
    QCOMPARE(campaign->kind, Campaign::Kind::ConsentRequest);
    QVERIFY2(store.setState(&*campaign, Campaign::State::Approved),
             qPrintable(store.errorString()));
    run =
        cli(url, {QStringLiteral("send"), QStringLiteral("--campaign"), QStringLiteral("Demande")});
    CHECK_RUN(run);
    QCOMPARE(run.json().value(QStringLiteral("accepted")).toInt(), 40);

    run = cli(url,
              {QStringLiteral("consent"), QStringLiteral("status"), QStringLiteral("--audience"),
               kAudience});
    CHECK_RUN(run);
    QCOMPARE(run.json().value(QStringLiteral("requested")).toInt(), 40);
    QCOMPARE(run.json().value(QStringLiteral("awaiting")).toInt(), 40);
    QCOMPARE(run.json().value(QStringLiteral("never_asked")).toInt(), 0);

    // Replies, one number written as people write it.
    struct Reply
    {
        QString from;
        QString text;
        QString interpretation;
        QString state;
        bool suppressed;
    };
    const QString national = QLatin1Char('0') + phones.at(0).mid(3);
    const QList<Reply> replies = {
        {national, QStringLiteral("OUI"), QStringLiteral("yes"), QStringLiteral("granted"), false},
        {phones.at(1), QStringLiteral("Non merci"), QStringLiteral("no"), QStringLiteral("refused"),
         false},
        {phones.at(2), QStringLiteral("STOP"), QStringLiteral("stop"), QStringLiteral("opted_out"),
         true},
        {phones.at(3), QStringLiteral("Oui mais qui êtes-vous ?"), QStringLiteral("ambiguous"),
         QStringLiteral("requested"), false},
    };
    for (int i = 0; i < replies.size(); ++i) {
        const Reply &r = replies.at(i);
        run = cli(url,
                  {QStringLiteral("reply"), QStringLiteral("--from"), r.from,
                   QStringLiteral("--text"), r.text, QStringLiteral("--provider"), kSandbox});
        CHECK_RUN(run);
        const QJsonObject answer = run.json();
        QCOMPARE(answer.value(QStringLiteral("phone")).toString(), phones.at(i));
        QCOMPARE(answer.value(QStringLiteral("interpretation")).toString(), r.interpretation);
        QCOMPARE(answer.value(QStringLiteral("state")).toString(), r.state);
        QCOMPARE(answer.value(QStringLiteral("suppressed")).toBool(), r.suppressed);
    }

    run = cli(url,
              {QStringLiteral("consent"), QStringLiteral("status"), QStringLiteral("--audience"),
               kAudience});
    CHECK_RUN(run);
    const QJsonObject status = run.json();
    const QList<QPair<const char *, int>> expected = {
        {"contacts", 40}, {"requested", 40}, {"awaiting", 37},   {"granted", 1},   {"refused", 1},
        {"opted_out", 1}, {"expired", 0},    {"never_asked", 0}, {"suppressed", 1}};
    for (const auto &[key, value] : expected)
        QVERIFY2(status.value(QLatin1String(key)).toInt(-1) == value,
                 qPrintable(QStringLiteral("%1: %2")
                                .arg(QLatin1String(key))
                                .arg(status.value(QLatin1String(key)).toInt(-1))));

    // The ledger proves each decision: what was sent, what came back.
    run = cli(url,
              {QStringLiteral("consent"), QStringLiteral("history"), QStringLiteral("--phone"),
               national});
    CHECK_RUN(run);
    QJsonObject history = run.json();
    QCOMPARE(history.value(QStringLiteral("phone")).toString(), phones.at(0));
    QCOMPARE(history.value(QStringLiteral("state")).toString(), QStringLiteral("granted"));
    QCOMPARE(eventKeys(history),
             (QStringList {QStringLiteral("requested"), QStringLiteral("granted")}));
    const QJsonArray events = history.value(QStringLiteral("events")).toArray();
    const QJsonObject asked = events.at(0).toObject();
    QVERIFY(asked.value(QStringLiteral("text_sent")).toString().contains(kFooter));
    QCOMPARE(asked.value(QStringLiteral("audience")).toString(), kAudience);
    QCOMPARE(events.at(1).toObject().value(QStringLiteral("text_received")).toString(),
             QStringLiteral("OUI"));
    QVERIFY(!events.at(1).toObject().value(QStringLiteral("at")).toString().isEmpty());

    run = cli(url,
              {QStringLiteral("consent"), QStringLiteral("history"), QStringLiteral("--phone"),
               phones.at(2)});
    CHECK_RUN(run);
    history = run.json();
    QCOMPARE(eventKeys(history),
             (QStringList {QStringLiteral("requested"), QStringLiteral("opted_out")}));
    QCOMPARE(history.value(QStringLiteral("suppressed")).toBool(), true);
    QCOMPARE(history.value(QStringLiteral("events"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("text_received"))
                 .toString(),
             QStringLiteral("STOP"));

    run = cli(url,
              {QStringLiteral("consent"), QStringLiteral("history"), QStringLiteral("--phone"),
               phones.at(4)});
    CHECK_RUN(run);
    QCOMPARE(run.json().value(QStringLiteral("state")).toString(), QStringLiteral("requested"));

    // In words, for people.
    const CliRun human = runCli(QStringLiteral(TRIBUNE_CLI_PATH), m_home.path(),
                                {QStringLiteral("--database"), url, QStringLiteral("reply"),
                                 QStringLiteral("--from"), phones.at(5), QStringLiteral("--text"),
                                 QStringLiteral("d'accord")});
    CHECK_RUN(human);
    QVERIFY2(human.out.contains("agreed") && human.out.contains(phones.at(5).toUtf8()), human.out);

    // The same reply injected twice with its provider id is recorded once.
    const auto countReplies = [&]() {
        QSqlQuery count(db.connection());
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM inbound_messages WHERE phone = ?"));
        count.addBindValue(phones.at(6));
        return count.exec() && count.next() ? count.value(0).toInt() : -1;
    };
    for (int i = 0; i < 2; ++i)
        CHECK_RUN(cli(url,
                      {QStringLiteral("reply"), QStringLiteral("--from"), phones.at(6),
                       QStringLiteral("--text"), QStringLiteral("bof"), QStringLiteral("--id"),
                       QStringLiteral("MO-42")}));
    QCOMPARE(countReplies(), 1);
}

void tst_CliConsent::requestOptions()
{
    TRIBUNE_TEST_DATABASE(testDb);
    const QString url = testDb.url().toString();
    Database db(testDb.url());
    QVERIFY(db.openAndMigrate());
    QVERIFY(loadDemo(db, 60));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE department = '67'"))
            && query.next());
    const int in67 = query.value(0).toInt();
    QVERIFY(in67 > 0 && in67 < 60);

    // A segment, and the migration's model template.
    CliRun run =
        cli(url,
            {QStringLiteral("consent"), QStringLiteral("request"), QStringLiteral("--audience"),
             kAudience, QStringLiteral("--filter"), QStringLiteral("departement=67"),
             QStringLiteral("--template"), QStringLiteral("Demande de consentement — modèle")});
    CHECK_RUN(run);
    QCOMPARE(run.json().value(QStringLiteral("recipients")).toInt(), in67);
    QVERIFY(run.json()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("[candidat ou parti]")));
    const QString defaultName = run.json().value(QStringLiteral("name")).toString();
    QVERIFY2(defaultName.startsWith(QStringLiteral("Consent request — ") + kAudience),
             qPrintable(defaultName));

    // The same default name is never taken twice; a message of one's own.
    run = cli(url,
              {QStringLiteral("consent"), QStringLiteral("request"), QStringLiteral("--audience"),
               kAudience, QStringLiteral("--filter"), QStringLiteral("departement=68"),
               QStringLiteral("--filter"), QStringLiteral("departement=67"),
               QStringLiteral("--any"), QStringLiteral("--message"),
               QStringLiteral("Camille Martin souhaite vous écrire. Numéro loué à "
                              "Fictibase. Acceptez-vous ? OUI ou NON")});
    CHECK_RUN(run);
    QCOMPARE(run.json().value(QStringLiteral("name")).toString(),
             defaultName + QStringLiteral(" (2)"));
    QVERIFY(run.json().value(QStringLiteral("template")).isNull());
    QVERIFY(run.json().value(QStringLiteral("recipients")).toInt() >= in67);

    run = cli(url, {QStringLiteral("campaign"), QStringLiteral("list")});
    CHECK_RUN(run);
    int consentRequests = 0;
    for (const QJsonValue &c : run.json().value(QStringLiteral("campaigns")).toArray())
        consentRequests += c.toObject().value(QStringLiteral("kind")).toString()
            == QLatin1String("consent_request");
    QCOMPARE(consentRequests, 3); // the demo's own draft and these two

    // What cannot be: named plainly.
    run = cli(url,
              {QStringLiteral("consent"), QStringLiteral("request"), QStringLiteral("--audience"),
               kAudience, QStringLiteral("--template"), QStringLiteral("Nulle part")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("no template named \"Nulle part\""));
    run = cli(url,
              {QStringLiteral("consent"), QStringLiteral("request"), QStringLiteral("--audience"),
               kAudience, QStringLiteral("--template"), QStringLiteral("x"),
               QStringLiteral("--message"), QStringLiteral("y")});
    QCOMPARE(run.exitCode, 2);
    run = cli(url,
              {QStringLiteral("consent"), QStringLiteral("request"), QStringLiteral("--audience"),
               kAudience, QStringLiteral("--filter"), QStringLiteral("departement")});
    QCOMPARE(run.exitCode, 2);
    run = cli(url,
              {QStringLiteral("consent"), QStringLiteral("request"), QStringLiteral("--audience"),
               kAudience, QStringLiteral("--provider"), QStringLiteral("Nulle part")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.json()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QLatin1String("\"Nulle part\"")));
}

void tst_CliConsent::suppressionCommands()
{
    TRIBUNE_TEST_DATABASE(testDb);
    const QString url = testDb.url().toString();
    Database db(testDb.url());
    QVERIFY(db.openAndMigrate());
    QVERIFY(loadDemo(db, 20)); // and its opposition list of 50 numbers

    CliRun run =
        cli(url,
            {QStringLiteral("suppression"), QStringLiteral("add"), QStringLiteral("06 12 34 56 78"),
             QStringLiteral("--note"), QStringLiteral("called the office")});
    CHECK_RUN(run);
    QCOMPARE(run.json().value(QStringLiteral("phone")).toString(), QStringLiteral("+33612345678"));
    QCOMPARE(run.json().value(QStringLiteral("added")).toBool(), true);
    QCOMPARE(run.json().value(QStringLiteral("suppressed")).toInt(), 51);
    run = cli(url,
              {QStringLiteral("suppression"), QStringLiteral("add"),
               QStringLiteral("+33 6 12 34 56 78")});
    CHECK_RUN(run);
    QCOMPARE(run.json().value(QStringLiteral("added")).toBool(), false);
    QCOMPARE(run.json().value(QStringLiteral("suppressed")).toInt(), 51);

    run = cli(url, {QStringLiteral("suppression"), QStringLiteral("add"), QStringLiteral("06 12")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("\"06 12\" is not a phone number."));

    run = cli(url,
              {QStringLiteral("suppression"), QStringLiteral("list"), QStringLiteral("--prefix"),
               QStringLiteral("06 12")});
    CHECK_RUN(run);
    QJsonArray numbers = run.json().value(QStringLiteral("numbers")).toArray();
    QCOMPARE(numbers.size(), 1);
    const QJsonObject entry = numbers.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("phone")).toString(), QStringLiteral("+33612345678"));
    QCOMPARE(entry.value(QStringLiteral("reason")).toString(), QStringLiteral("manual"));
    QCOMPARE(entry.value(QStringLiteral("note")).toString(), QStringLiteral("called the office"));
    QCOMPARE(run.json().value(QStringLiteral("total")).toInt(), 51);

    // Page by page: every number once.
    QStringList seen;
    QString after;
    for (int page = 0; page < 20; ++page) {
        QStringList arguments = {QStringLiteral("suppression"), QStringLiteral("list"),
                                 QStringLiteral("--limit"), QStringLiteral("20")};
        if (!after.isEmpty())
            arguments += {QStringLiteral("--after"), after};
        run = cli(url, arguments);
        CHECK_RUN(run);
        for (const QJsonValue &n : run.json().value(QStringLiteral("numbers")).toArray())
            seen.append(n.toObject().value(QStringLiteral("phone")).toString());
        after = run.json().value(QStringLiteral("next_after")).toString();
        if (after.isEmpty())
            break;
    }
    QCOMPARE(seen.size(), 51);
    QCOMPARE(seen.removeDuplicates(), 0);

    // An opposition list with a header, a malformed row and numbers that are none.
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("opposition.csv"));
    QVERIFY(writeFile(list,
                      "nom;mobile\n"
                      "Muller;06 98 76 54 32\n"
                      "Meyer;06 12 34 56 78\n"
                      "Klein;\"06 11\"22;x\n"
                      "Weber;0698765432\n"
                      "Fischer;pas de numéro\n"));
    run = cli(url,
              {QStringLiteral("suppression"), QStringLiteral("import"), list,
               QStringLiteral("--source"), QStringLiteral("Liste du parti")});
    CHECK_RUN(run);
    const QJsonObject imported = run.json();
    QCOMPARE(imported.value(QStringLiteral("rows")).toInt(), 5);
    QCOMPARE(imported.value(QStringLiteral("added")).toInt(), 1);
    QCOMPARE(imported.value(QStringLiteral("already_listed")).toInt(), 1);
    QCOMPARE(imported.value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(imported.value(QStringLiteral("malformed")).toInt(), 1);
    QCOMPARE(imported.value(QStringLiteral("invalid")).toInt(), 1);
    const QJsonArray rejects = imported.value(QStringLiteral("rejects")).toArray();
    QCOMPARE(rejects.size(), 2);
    QVERIFY(rejects.at(0).toString().startsWith(QLatin1String("row 4: ")));
    QCOMPARE(rejects.at(1).toString(),
             QStringLiteral("row 6: \"pas de numéro\" is not a phone number"));

    // Export, and the file reads back whole.
    const QString out = dir.filePath(QStringLiteral("export.csv"));
    run = cli(url, {QStringLiteral("suppression"), QStringLiteral("export"), out});
    CHECK_RUN(run);
    QCOMPARE(run.json().value(QStringLiteral("rows")).toInt(), 52);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("phone,reason,source,note,added_at"));
    file.close();
    run = cli(url, {QStringLiteral("suppression"), QStringLiteral("import"), out});
    CHECK_RUN(run);
    QCOMPARE(run.json().value(QStringLiteral("already_listed")).toInt(), 52);
    QCOMPARE(run.json().value(QStringLiteral("invalid")).toInt(), 0);

    run = cli(url,
              {QStringLiteral("suppression"), QStringLiteral("import"),
               dir.filePath(QStringLiteral("missing.csv"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.json()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QLatin1String("missing.csv")));
}

void tst_CliConsent::errors()
{
    QTemporaryDir data;
    const QString url = DatabaseUrl::sqliteFile(data.filePath(QStringLiteral("t.db"))).toString();
    const QList<QPair<QStringList, QString>> cases = {
        {{QStringLiteral("consent"), QStringLiteral("status"), QStringLiteral("--audience"),
          QStringLiteral("Nulle part")},
         QStringLiteral("no audience named \"Nulle part\"")},
        {{QStringLiteral("consent"), QStringLiteral("request"), QStringLiteral("--audience"),
          QStringLiteral("Nulle part")},
         QStringLiteral("no audience named \"Nulle part\"")},
        {{QStringLiteral("consent"), QStringLiteral("history"), QStringLiteral("--phone"),
          QStringLiteral("bonjour")},
         QStringLiteral("\"bonjour\" is not a phone number.")},
        {{QStringLiteral("reply"), QStringLiteral("--from"), QStringLiteral("06 12"),
          QStringLiteral("--text"), QStringLiteral("OUI")},
         QStringLiteral("\"06 12\" is not a phone number.")},
        {{QStringLiteral("reply"), QStringLiteral("--from"), QStringLiteral("0612345678"),
          QStringLiteral("--text"), QStringLiteral("OUI"), QStringLiteral("--provider"),
          QStringLiteral("Nulle part")},
         QStringLiteral("no provider named \"Nulle part\"")},
    };
    for (const auto &[arguments, message] : cases) {
        const CliRun run = cli(url, arguments);
        QVERIFY2(run.exitCode == 1, qPrintable(arguments.join(QLatin1Char(' '))));
        QCOMPARE(run.json().value(QStringLiteral("error")).toString(), message);
    }
    // Usage errors.
    for (const QStringList &arguments :
         {QStringList {QStringLiteral("consent"), QStringLiteral("status")},
          QStringList {QStringLiteral("consent"), QStringLiteral("history")},
          QStringList {QStringLiteral("reply"), QStringLiteral("--from"),
                       QStringLiteral("0612345678")},
          QStringList {QStringLiteral("suppression"), QStringLiteral("add")},
          QStringList {QStringLiteral("suppression"), QStringLiteral("list"),
                       QStringLiteral("--limit"), QStringLiteral("none")},
          QStringList {QStringLiteral("suppression"), QStringLiteral("import")},
          QStringList {QStringLiteral("suppression")}}) {
        const CliRun run = cli(url, arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) + run.out));
        QVERIFY(!run.json().value(QStringLiteral("error")).toString().isEmpty());
    }
}

void tst_CliConsent::help_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command :
         {"consent request", "consent status", "consent history", "reply", "suppression add",
          "suppression list", "suppression import", "suppression export"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void tst_CliConsent::help()
{
    QFETCH(QString, command);
    const CliRun run =
        runCli(QStringLiteral(TRIBUNE_CLI_PATH), m_home.path(),
               command.split(QLatin1Char(' ')) + QStringList {QStringLiteral("--help")});
    CHECK_RUN(run);
    QVERIFY2(run.out.startsWith("Usage: tribune-cli " + command.toUtf8()), run.out);
}

QTEST_GUILESS_MAIN(tst_CliConsent)
#include "tst_cliconsent.moc"
