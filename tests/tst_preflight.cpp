// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignstore.h"
#include "compliance/electionstore.h"
#include "compliance/preflight.h"
#include "consent/consentledger.h"
#include "demo/demodataloader.h"
#include "sending/outbox.h"
#include "sending/sendengine.h"
#include "storage/database.h"
#include "support/clirunner.h"
#include "support/sendingfixtures.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

// The checks every campaign passes before anything is submitted, in the GUI, the CLI and the
// send engine alike.
class tst_Preflight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoConsentRequest();
    void failuresExplainThemselves();
    void exclusionsByReason();
    void holidays_data();
    void holidays();
    void silenceBoundaries_data();
    void silenceBoundaries();
    void engineRefusesAFailedPreflight();
    void electionCalendar();
    void cli();

private:
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
};

namespace {

const QString kRequest = QStringLiteral("Démo — Demande de consentement");
const QTimeZone kParis("Europe/Paris");
// A Monday morning in Paris, inside the default window and far from the demo election.
const QDateTime kMonday(QDate(2026, 11, 30), QTime(10, 0), kParis);

QStringList failed(const Preflight::Result &result, bool blockingOnly = true)
{
    QStringList keys;
    for (const Preflight::Check &check : result.checks) {
        if (!check.passed && (check.blocking || !blockingOnly))
            keys.append(check.key);
    }
    return keys;
}

} // namespace

void tst_Preflight::initTestCase()
{
    qRegisterMetaType<SendEngine::Summary>();
    m_testDb = std::make_unique<TestDatabase>(DatabaseUrl::Backend::Sqlite);
    m_db = std::make_unique<Database>(m_testDb->url());
    QString error;
    QVERIFY2(m_db->openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 200;
    QVERIFY(DemoDataLoader(m_db.get()).load(options).ok);
}

void tst_Preflight::demoConsentRequest()
{
    CampaignStore store(m_db.get());
    Campaign c = *store.findByName(kRequest);
    Preflight::Result result = Preflight::run(m_db.get(), c, kMonday);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(failed(result), QStringList {QStringLiteral("approval")});
    QVERIFY(!result.passed());
    QVERIFY(result.failures().contains(QLatin1String("approve")));
    QVERIFY(store.setState(&c, Campaign::State::Approved));
    result = Preflight::run(m_db.get(), c, kMonday);
    QVERIFY2(result.passed(), qPrintable(result.failures()));
    QCOMPARE(result.exclusions.recipients, 200);
    QVERIFY(result.parts >= 200);
    QVERIFY(result.worstParts >= 1);
    QVERIFY(result.costMaxMc >= result.parts * 30000); // the demo plan: 0.15–0.30 € a part
    // A cap of 1 € for 200 consent requests: refused, saying by how much.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        QStringLiteral("UPDATE campaigns SET budget_cap_mc = 100000 WHERE id = %1").arg(c.id)));
    c = *store.find(c.id);
    const Preflight::Result overBudget = Preflight::run(m_db.get(), c, kMonday);
    QCOMPARE(failed(overBudget), QStringList {QStringLiteral("budget")});
    QVERIFY2(overBudget.failures().contains(QStringLiteral("134.60")),
             qPrintable(overBudget.failures()));
    QVERIFY(query.exec(
        QStringLiteral("UPDATE campaigns SET budget_cap_mc = NULL WHERE id = %1").arg(c.id)));
    c = *store.find(c.id);
    // On a Sunday the window is closed: noted, not blocking.
    result = Preflight::run(m_db.get(), c, QDateTime(QDate(2026, 11, 29), QTime(10, 0), kParis));
    QVERIFY(result.passed());
    QCOMPARE(failed(result, false), QStringList {QStringLiteral("window")});
    QVERIFY(store.setState(&c, Campaign::State::Draft));
}

void tst_Preflight::failuresExplainThemselves()
{
    CampaignStore store(m_db.get());
    Campaign c;
    c.name = QStringLiteral("Sans pied");
    c.audienceId = store.audienceId(QStringLiteral("Démo — Fichier loué Alsace-Moselle"));
    c.message = QStringLiteral("Bonjour {prenom}, réunion publique jeudi à 19h !");
    QVERIFY(store.create(&c));
    // A filter on a column whose name reveals religion (set behind the store's back: the store
    // refuses to save such a filter).
    QSqlQuery query(m_db->connection());
    c.segment.filters.append(
        {QStringLiteral("religion"), Segment::Operator::In, {QStringLiteral("x")}});
    QVERIFY(query.exec(QStringLiteral("UPDATE providers SET max_parts = 1")));
    const Preflight::Result result = Preflight::run(m_db.get(), c, kMonday);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(failed(result),
             (QStringList {QStringLiteral("approval"), QStringLiteral("provider"),
                           QStringLiteral("sender_id"), QStringLiteral("identity"),
                           QStringLiteral("objection"), QStringLiteral("sensitive"),
                           QStringLiteral("recipients")}));
    for (const Preflight::Check &check : result.checks)
        QVERIFY2(!check.explanation.isEmpty(), qPrintable(check.key));
    QVERIFY(query.exec(QStringLiteral("UPDATE providers SET max_parts = 6")));

    // Too many parts for the provider.
    Campaign longer = *store.findByName(kRequest);
    QVERIFY(query.exec(QStringLiteral("UPDATE providers SET max_parts = 2")));
    const Preflight::Result tooLong = Preflight::run(m_db.get(), longer, kMonday);
    QVERIFY(failed(tooLong).contains(QStringLiteral("parts")));
    QVERIFY(query.exec(QStringLiteral("UPDATE providers SET max_parts = 6")));
}

void tst_Preflight::exclusionsByReason()
{
    CampaignStore store(m_db.get());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT phone FROM contacts ORDER BY id LIMIT 5")));
    QStringList phones;
    while (query.next())
        phones.append(query.value(0).toString());
    Consent::Ledger ledger(m_db.get());
    const auto event = [&](const QString &phone, Consent::Ledger::Event e) {
        Consent::Ledger::Record r;
        r.phone = phone;
        r.event = e;
        return ledger.append(r);
    };
    QVERIFY(event(phones.at(0), Consent::Ledger::Event::Granted));
    QVERIFY(event(phones.at(1), Consent::Ledger::Event::Granted));
    QVERIFY(event(phones.at(2), Consent::Ledger::Event::Refused));
    Consent::Ledger::Record stop;
    stop.phone = phones.at(3);
    QVERIFY(ledger.suppress(stop, QStringLiteral("stop_reply"), QStringLiteral("reply")));
    QVERIFY(event(phones.at(4), Consent::Ledger::Event::Requested));

    Campaign message;
    message.name = QStringLiteral("Relance");
    message.audienceId = store.audienceId(QStringLiteral("Démo — Fichier loué Alsace-Moselle"));
    message.message = QStringLiteral("Réunion publique jeudi.");
    message.footer = QStringLiteral("Camille Martin 2027 - STOP au 36105");
    QVERIFY(store.create(&message));
    Preflight::Result result = Preflight::run(m_db.get(), message, kMonday);
    QCOMPARE(result.exclusions.segment, 200);
    QCOMPARE(result.exclusions.suppressed, 1);
    QCOMPARE(result.exclusions.refused, 1);
    QCOMPARE(result.exclusions.notGranted, 196);
    QCOMPARE(result.exclusions.recipients, 2);
    const Campaign request = *store.findByName(kRequest);
    result = Preflight::run(m_db.get(), request, kMonday);
    QCOMPARE(result.exclusions.alreadyAsked, 3); // two agreed, one waiting
    QCOMPARE(result.exclusions.recipients, 195);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM campaigns WHERE name = 'Relance'")));
}

void tst_Preflight::holidays_data()
{
    // French public holidays 2024-2030 from the official calendars (Easter-based ones included),
    // with Alsace-Moselle's Good Friday and 26 December.
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("holiday");
    QTest::addColumn<bool>("alsaceMoselle");
    const char *const easterBased[][4] = {
        // Good Friday, Easter Monday, Ascension, Whit Monday
        {"2024-03-29", "2024-04-01", "2024-05-09", "2024-05-20"},
        {"2025-04-18", "2025-04-21", "2025-05-29", "2025-06-09"},
        {"2026-04-03", "2026-04-06", "2026-05-14", "2026-05-25"},
        {"2027-03-26", "2027-03-29", "2027-05-06", "2027-05-17"},
        {"2028-04-14", "2028-04-17", "2028-05-25", "2028-06-05"},
        {"2029-03-30", "2029-04-02", "2029-05-10", "2029-05-21"},
        {"2030-04-19", "2030-04-22", "2030-05-30", "2030-06-10"},
    };
    for (const auto &year : easterBased) {
        const QDate goodFriday = QDate::fromString(QLatin1String(year[0]), Qt::ISODate);
        QTest::addRow("%s Good Friday", year[0]) << goodFriday << false << false;
        QTest::addRow("%s Good Friday (57/67/68)", year[0]) << goodFriday << true << true;
        for (int i = 1; i < 4; ++i) {
            const QDate day = QDate::fromString(QLatin1String(year[i]), Qt::ISODate);
            QTest::addRow("%s", year[i]) << day << true << false;
            QTest::addRow("%s next day", year[i]) << day.addDays(1) << false << false;
        }
        const int y = goodFriday.year();
        for (const auto &[month, day] :
             {std::pair {1, 1}, {5, 1}, {5, 8}, {7, 14}, {8, 15}, {11, 1}, {11, 11}, {12, 25}})
            QTest::addRow("%d-%02d-%02d", y, month, day) << QDate(y, month, day) << true << false;
        QTest::addRow("%d-12-26", y) << QDate(y, 12, 26) << false << false;
        QTest::addRow("%d-12-26 (57/67/68)", y) << QDate(y, 12, 26) << true << true;
        QTest::addRow("%d-06-21", y) << QDate(y, 6, 21) << false << true;
    }
}

void tst_Preflight::holidays()
{
    QFETCH(QDate, date);
    QFETCH(bool, holiday);
    QFETCH(bool, alsaceMoselle);
    QCOMPARE(Outbox::isPublicHoliday(date, alsaceMoselle), holiday);
}

void tst_Preflight::silenceBoundaries_data()
{
    // L49: from 00:00 the day before each round until polls close (20:00), Paris time. The
    // second round here falls in summer time.
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("silence");
    QTest::newRow("eve 23:59 of the day before")
        << QDateTime(QDate(2027, 3, 12), QTime(23, 59), kParis) << false;
    QTest::newRow("eve 00:00") << QDateTime(QDate(2027, 3, 13), QTime(0, 0), kParis) << true;
    QTest::newRow("polling day 19:59")
        << QDateTime(QDate(2027, 3, 14), QTime(19, 59), kParis) << true;
    QTest::newRow("polling day 20:00")
        << QDateTime(QDate(2027, 3, 14), QTime(20, 0), kParis) << false;
    QTest::newRow("summer eve 00:00") << QDateTime(QDate(2027, 6, 19), QTime(0, 0), kParis) << true;
    QTest::newRow("summer eve 23:59 before")
        << QDateTime(QDate(2027, 6, 18), QTime(23, 59), kParis) << false;
    QTest::newRow("summer polls closed")
        << QDateTime(QDate(2027, 6, 20), QTime(20, 0), kParis) << false;
}

void tst_Preflight::silenceBoundaries()
{
    QFETCH(QDateTime, at);
    QFETCH(bool, silence);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE elections SET second_round_date = '2027-06-20'")));
    CampaignStore store(m_db.get());
    const Campaign c = *store.findByName(kRequest);
    QVERIFY(c.electionId > 0);
    const Preflight::Result result = Preflight::quick(m_db.get(), c, at);
    QCOMPARE(failed(result).contains(QStringLiteral("silence")), silence);
}

void tst_Preflight::engineRefusesAFailedPreflight()
{
    // Approved, then the footer lost its STOP behind the store's back: the engine checks again.
    CampaignStore store(m_db.get());
    Campaign c;
    c.name = QStringLiteral("Sans STOP");
    c.kind = Campaign::Kind::ConsentRequest;
    c.audienceId = store.audienceId(QStringLiteral("Démo — Fichier loué Alsace-Moselle"));
    c.message = store.findByName(kRequest)->message;
    c.footer = QStringLiteral("Camille Martin 2027 - STOP au 36105");
    c.senderId = QStringLiteral("CMartin2027");
    c.providerId = store.providerId(QStringLiteral("Sandbox (démo)"));
    QVERIFY(store.create(&c));
    QVERIFY2(store.setState(&c, Campaign::State::Approved), qPrintable(store.errorString()));
    QSqlQuery query(m_db->connection());
    query.prepare(
        QStringLiteral("UPDATE campaigns SET footer = 'Camille Martin 2027' WHERE id = ?"));
    query.addBindValue(c.id);
    QVERIFY(query.exec());
    QVERIFY(SendingFixtures::openSendingWindowAllDay(m_db.get()));

    SendEngine::Options options;
    options.campaignId = c.id;
    options.provider.id = c.providerId;
    options.provider.kind = QStringLiteral("sandbox");
    options.provider.name = QStringLiteral("Sandbox (démo)");
    options.instanceId = QStringLiteral("preflight");
    SendEngine engine(m_db.get(), options);
    QSignalSpy finished(&engine, &SendEngine::finished);
    engine.start();
    QTRY_COMPARE(finished.count(), 1);
    const auto summary = finished.at(0).at(0).value<SendEngine::Summary>();
    QVERIFY(!summary.ok);
    QCOMPARE(summary.stopReason, QStringLiteral("preflight"));
    QVERIFY(summary.errorString.contains(QLatin1String("STOP")));
    QCOMPARE(query.exec(QStringLiteral("SELECT COUNT(*) FROM messages")) && query.next()
                 ? query.value(0).toInt()
                 : -1,
             0);
}

void tst_Preflight::electionCalendar()
{
    const auto cli = [&](const QStringList &arguments) {
        return runCli(QStringLiteral(TRIBUNE_CLI_PATH), m_testDb->folder(),
                      QStringList {QStringLiteral("--database"), m_testDb->url().toString(),
                                   QStringLiteral("--json")}
                          + arguments);
    };
    CliRun run =
        cli({QStringLiteral("election"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Législatives 2027"), QStringLiteral("--first-round"),
             QStringLiteral("2027-06-13"), QStringLiteral("--second-round"),
             QStringLiteral("2027-06-20"), QStringLiteral("--polls-close"), QStringLiteral("19:00"),
             QStringLiteral("--cap"), QStringLiteral("38000"), QStringLiteral("--sponsor"),
             QStringLiteral("Camille Martin ; mandataire financier : Jean Dupont")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(QStringLiteral("spending_cap_eur")).toDouble(), 38000.0);
    QCOMPARE(run.json().value(QStringLiteral("sponsor")).toString(),
             QStringLiteral("Camille Martin ; mandataire financier : Jean Dupont"));
    QVERIFY(run.json().value(QStringLiteral("sponsor_contact")).isNull());
    // The sponsor's contact is added later; the other fields keep their values.
    run = cli({QStringLiteral("election"), QStringLiteral("update"), QStringLiteral("--name"),
               QStringLiteral("Législatives 2027"), QStringLiteral("--sponsor-contact"),
               QStringLiteral("mandataire@martin2027.example, 1 rue de la Paix 67000 Strasbourg")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(QStringLiteral("sponsor_contact")).toString(),
             QStringLiteral("mandataire@martin2027.example, 1 rue de la Paix 67000 Strasbourg"));
    QCOMPARE(run.json().value(QStringLiteral("sponsor")).toString(),
             QStringLiteral("Camille Martin ; mandataire financier : Jean Dupont"));
    QCOMPARE(run.json().value(QStringLiteral("spending_cap_eur")).toDouble(), 38000.0);
    // A second round before the first, a bad date, a bad amount: refused, saying why.
    run = cli({QStringLiteral("election"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("À l'envers"), QStringLiteral("--first-round"),
               QStringLiteral("2027-06-20"), QStringLiteral("--second-round"),
               QStringLiteral("2027-06-13")});
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.json()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QLatin1String("must come after")));
    run = cli({QStringLiteral("election"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("X"), QStringLiteral("--first-round"), QStringLiteral("13/06/2027")});
    QVERIFY(run.exitCode != 0);
    QVERIFY((run.out + run.err).contains("13/06/2027"));
    run =
        cli({QStringLiteral("election"), QStringLiteral("update"), QStringLiteral("--name"),
             QStringLiteral("Législatives 2027"), QStringLiteral("--cap"), QStringLiteral("trop")});
    QVERIFY(run.exitCode != 0);

    // The calendar drives the silence: polls close at 19:00 on this election's polling days.
    const std::optional<ElectionStore::Election> election =
        ElectionStore(m_db.get(), QStringLiteral("test"))
            .findByName(QStringLiteral("Législatives 2027"));
    QVERIFY(election);
    QCOMPARE(election->pollsClose, QTime(19, 0));
    QCOMPARE(election->sponsor,
             QStringLiteral("Camille Martin ; mandataire financier : Jean Dupont"));
    QVERIFY(election->sponsorContact.startsWith(QLatin1String("mandataire@martin2027.example")));
    QVERIFY(Outbox::isSilence(m_db.get(), election->id,
                              QDateTime(QDate(2027, 6, 20), QTime(18, 59), kParis)));
    QVERIFY(!Outbox::isSilence(m_db.get(), election->id,
                               QDateTime(QDate(2027, 6, 20), QTime(19, 0), kParis)));
    QVERIFY(Outbox::isSilence(m_db.get(), election->id,
                              QDateTime(QDate(2027, 6, 12), QTime(0, 0), kParis)));
    run = cli({QStringLiteral("election"), QStringLiteral("list")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray elections = run.json().value(QStringLiteral("elections")).toArray();
    QVERIFY(elections.size() >= 2);
    bool listed = false;
    for (const QJsonValue &listedElection : elections) {
        const QJsonObject object = listedElection.toObject();
        if (object.value(QStringLiteral("name")).toString() == QStringLiteral("Législatives 2027"))
            listed = object.value(QStringLiteral("sponsor_contact"))
                         .toString()
                         .startsWith(QLatin1String("mandataire@"));
    }
    QVERIFY(listed);
    QSqlQuery audit(m_db->connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'election.create'"))
            && audit.next());
    QCOMPARE(audit.value(0).toInt(), 1);
    QVERIFY(audit.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                      "'election.edit' ORDER BY id DESC"))
            && audit.next());
    QVERIFY(audit.value(0).toString().contains(QLatin1String("mandataire@martin2027.example")));
}

void tst_Preflight::cli()
{
    const CliRun run =
        runCli(QStringLiteral(TRIBUNE_CLI_PATH), m_testDb->folder(),
               {QStringLiteral("--database"), m_testDb->url().toString(), QStringLiteral("--json"),
                QStringLiteral("preflight"), QStringLiteral("--campaign"), kRequest});
    QCOMPARE(run.exitCode, 1); // not approved
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("passed")).toBool(true), false);
    const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
    QVERIFY(checks.size() >= 10);
    bool approvalFailed = false;
    for (const QJsonValue &check : checks) {
        const QJsonObject o = check.toObject();
        QVERIFY(!o.value(QStringLiteral("reason")).toString().isEmpty());
        if (o.value(QStringLiteral("check")).toString() == QLatin1String("approval"))
            approvalFailed = !o.value(QStringLiteral("passed")).toBool();
    }
    QVERIFY(approvalFailed);
    QVERIFY(
        json.value(QStringLiteral("excluded")).toObject().contains(QStringLiteral("suppressed")));
    // Approved from the command line (a single-user database: its one user approves), the
    // campaign passes.
    const CliRun approve =
        runCli(QStringLiteral(TRIBUNE_CLI_PATH), m_testDb->folder(),
               {QStringLiteral("--database"), m_testDb->url().toString(), QStringLiteral("--json"),
                QStringLiteral("approve"), QStringLiteral("--campaign"), kRequest});
    QVERIFY2(approve.exitCode == 0, approve.err.constData());
    QCOMPARE(approve.json().value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    const CliRun ready =
        runCli(QStringLiteral(TRIBUNE_CLI_PATH), m_testDb->folder(),
               {QStringLiteral("--database"), m_testDb->url().toString(), QStringLiteral("--json"),
                QStringLiteral("preflight"), QStringLiteral("--campaign"), kRequest});
    QVERIFY2(ready.exitCode == 0, ready.out.constData());
    QCOMPARE(ready.json().value(QStringLiteral("passed")).toBool(), true);
    const CliRun unknown = runCli(QStringLiteral(TRIBUNE_CLI_PATH), m_testDb->folder(),
                                  {QStringLiteral("--database"), m_testDb->url().toString(),
                                   QStringLiteral("preflight"), QStringLiteral("--campaign"),
                                   QStringLiteral("Nulle part")});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY(unknown.err.contains("Nulle part"));
}

QTEST_GUILESS_MAIN(tst_Preflight)
#include "tst_preflight.moc"
