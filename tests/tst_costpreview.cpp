// SPDX-License-Identifier: GPL-3.0-or-later
// Price plans, the exact cost preview, the consent-first forecast, budget caps (campaign and
// election, L52-11) and tribune-cli cost / price-plan.
#include "campaign/campaignstore.h"
#include "consent/consentledger.h"
#include "demo/demodataloader.h"
#include "pricing/budgetcheck.h"
#include "pricing/costpreview.h"
#include "pricing/money.h"
#include "pricing/priceplanstore.h"
#include "sending/outbox.h"
#include "storage/database.h"
#include "support/clirunner.h"
#include "support/sendingfixtures.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>

class tst_CostPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void priceTable_data();
    void priceTable();
    void tiersJson_data();
    void tiersJson();
    void planErrors();
    void money();
    void planStore_data() { addBackendRows(); }
    void planStore();
    void costTable_data() { addBackendRows(); }
    void costTable();
    void rewriteSavings_data() { addBackendRows(); }
    void rewriteSavings();
    void forecast_data() { addBackendRows(); }
    void forecast();
    void cancelAndProgress();
    void budgetCaps_data() { addBackendRows(); }
    void budgetCaps();
    void outboxElectionCap_data() { addBackendRows(); }
    void outboxElectionCap();
    void cli_data() { addBackendRows(); }
    void cli();

private:
    QTemporaryDir m_home;
};

namespace {

const QString kAudience = QStringLiteral("Démo — Fichier loué Alsace-Moselle");
const QString kFooter = QStringLiteral("Camille Martin 2027 - STOP au 36105");
// 132 GSM-7 characters with "Anne" (1 part), 131 UCS-2 units with "Zoë" (2 parts), 185 with
// the long name (2 parts).
const QString kMessage = QStringLiteral("Bonjour {prenom}, reunion publique samedi a 10 h place "
                                        "Kleber avec Camille Martin : venez nombreux !");
// The same with a typographic apostrophe: UCS-2 for everyone, 3 parts each (140-194 units).
const QString kCurlyMessage = QStringLiteral("Bonjour {prenom}, c’est la reunion publique samedi "
                                             "a 10 h place Kleber avec Camille Martin : venez "
                                             "nombreux !");
// 85 GSM-7 characters with "Anne" (1 part), 84 UCS-2 with "Zoë" (2), 138 with the long name (1).
const QString kConsentMessage =
    QStringLiteral("Bonjour {prenom}, acceptez-vous nos SMS ? OUI ou NON.");
const QString kLongName =
    QStringLiteral("Marie-Bernadette-Jacqueline-Augustine-Philomene-Genevieve");

PricePlan exactPlan()
{
    PricePlan plan;
    plan.name = QStringLiteral("Contrat");
    plan.gsm7PartMc = 4500; // 0.045 €
    plan.ucs2PartMc = 6000; // 0.06 €
    return plan;
}

bool exec(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql);
}

// Demo data with `contacts` contacts, all named Anne but the first (Zoë) and the second (a name
// long enough for a second part): a known mix of encodings and parts.
qint64 namedDemo(Database &db, int contacts)
{
    DemoDataLoader::Options options;
    options.contacts = contacts;
    if (!DemoDataLoader(&db).load(options).ok)
        return 0;
    const qint64 audienceId = CampaignStore(&db).audienceId(kAudience);
    if (!exec(db, QStringLiteral("UPDATE contacts SET first_name = 'Anne'"))
        || !exec(db,
                 QStringLiteral("UPDATE contacts SET first_name = 'Zoë' WHERE id = "
                                "(SELECT MIN(id) FROM contacts)"))
        || !exec(db,
                 QStringLiteral("UPDATE contacts SET first_name = '%1' WHERE id = (SELECT "
                                "MIN(id) FROM contacts WHERE first_name = 'Anne')")
                     .arg(kLongName)))
        return 0;
    return audienceId;
}

CostPreview::Request request(qint64 audienceId, Consent::Purpose purpose, const QString &message)
{
    CostPreview::Request request;
    request.audienceId = audienceId;
    request.purpose = purpose;
    request.message = message;
    request.footer = kFooter;
    request.plan = exactPlan();
    return request;
}

// Demo data for sending (20 contacts) and two campaigns of the demo election: the first spent
// 9 € already; the second, with `message`, is the one to check. Zero ids on failure.
std::pair<Campaign, Campaign> electionWithSpending(Database &db, const QString &message)
{
    const QString election = QStringLiteral("Élection de démonstration 2027");
    if (!SendingFixtures::loadDemoForSending(&db, 20))
        return {};
    const Campaign spent = SendingFixtures::approvedDemoCampaign(
        &db, QStringLiteral("Déjà envoyée"), QStringLiteral("Bonjour"),
        QStringLiteral("Sandbox (démo)"), election);
    const Campaign next = SendingFixtures::approvedDemoCampaign(
        &db, QStringLiteral("Suivante"), message, QStringLiteral("Sandbox (démo)"), election);
    if (spent.id == 0 || next.id == 0
        || !exec(db,
                 QStringLiteral("INSERT INTO messages (campaign_id, phone, body, encoding, "
                                "parts, state, client_ref, queued_at, cost_mc) VALUES (%1, "
                                "'+33639980001', 'Bonjour', 'GSM-7', 1, 'accepted', 'r1', 0, "
                                "900000)")
                     .arg(spent.id)))
        return {};
    return {spent, next};
}

} // namespace

void tst_CostPreview::initTestCase()
{
    QVERIFY(m_home.isValid());
}

void tst_CostPreview::priceTable_data()
{
    QTest::addColumn<QString>("plan"); // gsm7;ucs2;min;max;vat;tiers ("" = unknown)
    QTest::addColumn<qint64>("gsm7Parts");
    QTest::addColumn<qint64>("ucs2Parts");
    QTest::addColumn<qint64>("netMin");
    QTest::addColumn<qint64>("netExpected");
    QTest::addColumn<qint64>("netMax");
    QTest::addColumn<qint64>("vatExpected");
    QTest::addColumn<qint64>("grossMax");

    QTest::newRow("exact, both encodings")
        << "4500;6000;15000;30000;2000;" << 100LL << 10LL << 510000LL << 510000LL << 510000LL
        << 102000LL << 612000LL;
    QTest::newRow("unknown: the range, expected in the middle")
        << ";;15000;30000;2000;" << 3LL << 0LL << 45000LL << 67500LL << 90000LL << 13500LL
        << 108000LL;
    QTest::newRow("middle on half a millicent rounds up")
        << ";;15001;30000;2000;" << 1LL << 0LL << 15001LL << 22501LL << 30000LL << 4500LL
        << 36000LL;
    QTest::newRow("UCS-2 unknown, GSM-7 exact")
        << "4500;;15000;30000;2000;" << 10LL << 2LL << 75000LL << 90000LL << 105000LL << 18000LL
        << 126000LL;
    QTest::newRow("below the first tier")
        << "4500;6000;15000;30000;2000;[{\"from_parts\":1000,\"gsm7_part_mc\":4000}]" << 999LL
        << 0LL << 4495500LL << 4495500LL << 4495500LL << 899100LL << 5394600LL;
    QTest::newRow("a tier prices every part of the campaign")
        << "4500;6000;15000;30000;2000;[{\"from_parts\":1000,\"gsm7_part_mc\":4000}]" << 1000LL
        << 0LL << 4000000LL << 4000000LL << 4000000LL << 800000LL << 4800000LL;
    QTest::newRow("tiers count both encodings; a price left out cascades")
        << "4500;6000;15000;30000;2000;[{\"from_parts\":1000,\"gsm7_part_mc\":4000},"
           "{\"from_parts\":10000,\"ucs2_part_mc\":5000}]"
        << 9999LL << 1LL << 39996000LL + 5000LL << 40001000LL << 40001000LL << 8000200LL
        << 48001200LL;
    QTest::newRow("a tier gives an exact price to a plan without one")
        << ";;15000;30000;2000;[{\"from_parts\":100,\"gsm7_part_mc\":10000}]" << 100LL << 0LL
        << 1000000LL << 1000000LL << 1000000LL << 200000LL << 1200000LL;
    QTest::newRow("VAT 5.5 %, rounded to the millicent")
        << "10;10;15000;30000;550;" << 1LL << 0LL << 10LL << 10LL << 10LL << 1LL << 11LL;
    QTest::newRow("no VAT") << "4500;6000;15000;30000;0;" << 2LL << 0LL << 9000LL << 9000LL
                            << 9000LL << 0LL << 9000LL;
    QTest::newRow("nothing to send")
        << ";;15000;30000;2000;" << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL;
}

void tst_CostPreview::priceTable()
{
    QFETCH(QString, plan);
    QFETCH(qint64, gsm7Parts);
    QFETCH(qint64, ucs2Parts);
    const QStringList fields = plan.split(QLatin1Char(';'));
    PricePlan p;
    p.name = QStringLiteral("Test");
    if (!fields.at(0).isEmpty())
        p.gsm7PartMc = fields.at(0).toLongLong();
    if (!fields.at(1).isEmpty())
        p.ucs2PartMc = fields.at(1).toLongLong();
    p.minPartMc = fields.at(2).toLongLong();
    p.maxPartMc = fields.at(3).toLongLong();
    p.vatBasisPoints = fields.at(4).toInt();
    QString error;
    const std::optional<QList<PricePlan::Tier>> tiers =
        PricePlan::tiersFromJson(fields.at(5), &error);
    QVERIFY2(tiers, qPrintable(error));
    p.tiers = *tiers;
    QVERIFY2(p.isValid(), qPrintable(p.errors().join(QLatin1Char('\n'))));

    const PricePlan::Cost cost = p.cost(gsm7Parts, ucs2Parts);
    QTEST(cost.net.min, "netMin");
    QTEST(cost.net.expected, "netExpected");
    QTEST(cost.net.max, "netMax");
    QTEST(cost.vat.expected, "vatExpected");
    QTEST(cost.gross.max, "grossMax");
    QCOMPARE(cost.gross.expected, cost.net.expected + cost.vat.expected);
    QVERIFY(cost.net.min <= cost.net.expected && cost.net.expected <= cost.net.max);
}

void tst_CostPreview::tiersJson_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<int>("tiers"); // -1: refused
    QTest::addColumn<QString>("error");
    QTest::newRow("none") << "" << 0 << "";
    QTest::newRow("sorted on reading")
        << "[{\"from_parts\":500,\"gsm7_part_mc\":1},{\"from_parts\":100,\"ucs2_part_mc\":2}]" << 2
        << "";
    QTest::newRow("not an array") << "{\"from_parts\":1}" << -1 << "JSON array";
    QTest::newRow("not an object") << "[3]" << -1 << "Tier 1";
    QTest::newRow("typo in a key")
        << "[{\"from_parts\":1,\"gsm7_part_mc\":1},{\"from_parts\":9,\"gsm_part_mc\":1}]" << -1
        << "gsm_part_mc";
    QTest::newRow("euros instead of millicents")
        << "[{\"from_parts\":100,\"gsm7_part_mc\":0.04}]" << -1 << "whole number";
    QTest::newRow("no threshold") << "[{\"gsm7_part_mc\":4000}]" << -1 << "from_parts";
}

void tst_CostPreview::tiersJson()
{
    QFETCH(QString, json);
    QFETCH(int, tiers);
    QFETCH(QString, error);
    QString message;
    const std::optional<QList<PricePlan::Tier>> read = PricePlan::tiersFromJson(json, &message);
    QCOMPARE(read.has_value(), tiers >= 0);
    if (!read) {
        QVERIFY2(message.contains(error), qPrintable(message));
        return;
    }
    QCOMPARE(read->size(), tiers);
    for (int i = 1; i < read->size(); ++i)
        QVERIFY(read->at(i - 1).fromParts < read->at(i).fromParts);
    // Written back and read again, nothing changes.
    QCOMPARE(PricePlan::tiersFromJson(PricePlan::tiersToJson(*read), nullptr), read);
}

void tst_CostPreview::planErrors()
{
    PricePlan plan = exactPlan();
    QVERIFY(plan.errors().isEmpty());
    plan.name = QStringLiteral("  ");
    plan.minPartMc = 40000;
    plan.maxPartMc = 30000;
    plan.gsm7PartMc = -1;
    plan.vatBasisPoints = 12000;
    plan.tiers = {{100, 4000, std::nullopt}, {100, std::nullopt, std::nullopt}};
    const QString errors = plan.errors().join(QLatin1Char('\n'));
    QVERIFY2(errors.contains(QLatin1String("needs a name")), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("below the lowest")), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("GSM-7 part cannot be negative")), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("VAT rate")), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("Tier 2 starts at 100 parts")), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("Tier 2 gives no price")), qPrintable(errors));
    QCOMPARE(plan.errors().size(), 6);
}

void tst_CostPreview::money()
{
    QCOMPARE(Money::cents(1499), 1);
    QCOMPARE(Money::cents(1500), 2); // halves away from zero
    QCOMPARE(Money::cents(-1500), -2);
    QCOMPARE(Money::euros(1634400), 16.34);
    QCOMPARE(Money::euros(2250), 0.02);
    QCOMPARE(Money::parseEuros(QStringLiteral("0.045")), std::optional<qint64>(4500));
    QCOMPARE(Money::parseEuros(QStringLiteral("0,16")), std::optional<qint64>(16000));
    QCOMPARE(Money::parseEuros(QStringLiteral("12")), std::optional<qint64>(1200000));
    QCOMPARE(Money::parseEuros(QStringLiteral("0.123456")), std::nullopt);
    QCOMPARE(Money::parseEuros(QStringLiteral("-1")), std::nullopt);
    QCOMPARE(Money::parseEuros(QStringLiteral("1e3")), std::nullopt);
    QCOMPARE(Money::eurosText(15500), QStringLiteral("0.155"));
    QCOMPARE(Money::eurosText(1200000), QStringLiteral("12"));
    // VAT at 20 %: to the nearest millicent, halves away from zero.
    QCOMPARE(Money::atRate(900000, 2000), 180000);
    QCOMPARE(Money::atRate(2, 2500), 1); // 0.5 -> 1
    QCOMPARE(Money::atRate(1, 2000), 0); // 0.2 -> 0
    QCOMPARE(Money::atRate(-2, 2500), -1);
    QCOMPARE(BudgetCheck::withVat(900000, 2000), 1080000);
}

void tst_CostPreview::planStore()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    PricePlanStore store(&db, QStringLiteral("tester"));
    PricePlan plan = exactPlan();
    plan.tiers = {{100000, 4000, std::nullopt}};
    QVERIFY2(store.add(&plan), qPrintable(store.errorString()));
    QVERIFY(plan.id > 0);
    std::optional<PricePlan> read = store.findByName(QStringLiteral("Contrat"));
    QVERIFY(read);
    QCOMPARE(read->gsm7PartMc, std::optional<qint64>(4500));
    QCOMPARE(read->ucs2PartMc, std::optional<qint64>(6000));
    QCOMPARE(read->tiers, plan.tiers);

    // The same name twice, or an invalid plan, is refused with the reason.
    PricePlan twin = exactPlan();
    QVERIFY(!store.add(&twin));
    QVERIFY(store.errorString().contains(QLatin1String("already exists")));
    twin.name = QStringLiteral("Autre");
    twin.maxPartMc = 1;
    QVERIFY(!store.add(&twin));
    QVERIFY(store.errorString().contains(QLatin1String("below the lowest")));

    // The exact UCS-2 price becomes unknown: stored as NULL, priced over the range.
    read->ucs2PartMc.reset();
    read->tiers.clear();
    QVERIFY2(store.update(*read), qPrintable(store.errorString()));
    read = store.find(plan.id);
    QVERIFY(read);
    QVERIFY(!read->ucs2PartMc);
    QVERIFY(read->tiers.isEmpty());
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(queryScalar(db,
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE object_type "
                                        "= 'price_plan' AND actor = 'tester'"))
                 .toInt(),
             2);

    // Once the database has accounts, prices are an administrator's setting.
    QSqlQuery users(db.connection());
    QVERIFY(users.exec(QStringLiteral("INSERT INTO users (login, display_name, role, created_at) "
                                      "VALUES ('chloe', 'Chloé', 'administrator', 1), "
                                      "('alice', 'Alice', 'composer', 1)")));
    PricePlanStore composer(&db, QStringLiteral("alice"));
    PricePlan cheaper = exactPlan();
    cheaper.name = QStringLiteral("Moins cher");
    QVERIFY(!composer.add(&cheaper));
    QVERIFY2(composer.errorString().contains(QLatin1String("Only an administrator")),
             qPrintable(composer.errorString()));
    QVERIFY(!composer.update(*read));
    QVERIFY2(PricePlanStore(&db, QStringLiteral("chloe")).add(&cheaper),
             qPrintable(composer.errorString()));
    QVERIFY(users.exec(QStringLiteral("DELETE FROM users")));

    // A provider prices with the plan it is given.
    DemoDataLoader::Options options;
    options.contacts = 10;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    const qint64 provider = CampaignStore(&db).providerId(QStringLiteral("Sandbox (démo)"));
    read = store.forProvider(provider);
    QVERIFY(read); // the demo's indicative plan
    QVERIFY(!read->gsm7PartMc);
    QCOMPARE(read->maxPartMc, qint64(30000));
    QVERIFY(exec(db, QStringLiteral("UPDATE providers SET price_plan_id = %1").arg(plan.id)));
    QCOMPARE(store.forProvider(provider)->name, QStringLiteral("Contrat"));
}

void tst_CostPreview::costTable()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const qint64 audienceId = namedDemo(db, 300);
    QVERIFY(audienceId > 0);

    CostPreview::Request r = request(audienceId, Consent::Purpose::ConsentRequest, kMessage);
    CostPreview preview = CostPreview::compute(&db, r);
    QVERIFY2(preview.ok, qPrintable(preview.errorString));
    // 298 × 1 GSM-7 part, the long name 2 GSM-7 parts, Zoë 2 UCS-2 parts.
    QCOMPARE(preview.message.recipients, 300);
    QCOMPARE(preview.message.gsm7Recipients, 299);
    QCOMPARE(preview.message.ucs2Recipients, 1);
    QCOMPARE(preview.message.gsm7Parts, 300);
    QCOMPARE(preview.message.ucs2Parts, 2);
    QCOMPARE(preview.message.parts, 302);
    QCOMPARE(preview.message.recipientsByParts.value(2), 2);
    QCOMPARE(preview.message.worstParts, 2);
    // The worst case is shown with every field, although the message only needs the first name.
    QVERIFY(!preview.message.worst.value(QStringLiteral("nom")).isEmpty());
    // 300 × 0.045 + 2 × 0.06 = 13.62 €, VAT 20 %.
    QCOMPARE(preview.cost.net.expected, 1362000);
    QVERIFY(preview.cost.net.isExact());
    QCOMPARE(preview.cost.vat.expected, 272400);
    QCOMPARE(preview.cost.gross.max, 1634400);
    QVERIFY(!preview.rewriteAvailable);
    QCOMPARE(preview.savings().net.max, 0);
    QVERIFY(!preview.forecast.available); // a consent request needs none

    // A tier from 300 parts prices all 302 parts of this campaign at its price.
    r.plan.tiers = {{300, 4000, std::nullopt}};
    preview = CostPreview::compute(&db, r);
    QCOMPARE(preview.cost.net.expected, 300 * 4000 + 2 * 6000);
    // Unknown exact prices: the demo's range, 0.15-0.30 € per part.
    r.plan = PricePlan::fallback();
    preview = CostPreview::compute(&db, r);
    QCOMPARE(preview.cost.net.min, 302 * 15000);
    QCOMPARE(preview.cost.net.max, 302 * 30000);
    QCOMPARE(preview.cost.net.expected, 302 * 22500);
    QCOMPARE(preview.cost.vat.max, 302 * 6000);

    // A segment: only the Haut-Rhin contacts (the preview agrees with the segment count).
    r.segment.filters = {{QStringLiteral("departement"), {QStringLiteral("68")}}};
    preview = CostPreview::compute(&db, r);
    QVERIFY(preview.ok);
    QCOMPARE(preview.message.recipients,
             queryScalar(db,
                         QStringLiteral("SELECT COUNT(*) FROM contacts WHERE department = "
                                        "'68'"))
                 .toLongLong());
    QVERIFY(preview.message.recipients < 300);

    // The request of a stored campaign carries its provider's plan and purpose.
    CampaignStore store(&db);
    const std::optional<Campaign> demo =
        store.findByName(QStringLiteral("Démo — Demande de consentement"));
    QVERIFY(demo);
    const std::optional<CostPreview::Request> stored = CostPreview::request(&db, *demo, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->purpose, Consent::Purpose::ConsentRequest);
    QCOMPARE(stored->plan.maxPartMc, 30000);
    QCOMPARE(stored->message, demo->message);
}

void tst_CostPreview::rewriteSavings()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const qint64 audienceId = namedDemo(db, 300);
    QVERIFY(audienceId > 0);
    const CostPreview preview = CostPreview::compute(
        &db, request(audienceId, Consent::Purpose::ConsentRequest, kCurlyMessage));
    QVERIFY2(preview.ok, qPrintable(preview.errorString));
    // The apostrophe makes every message UCS-2, 3 parts each.
    QCOMPARE(preview.message.ucs2Recipients, 300);
    QCOMPARE(preview.message.ucs2Parts, 900);
    QCOMPARE(preview.cost.net.expected, 900 * 6000);
    // Rewritten, only Zoë's own name keeps her message UCS-2 (names are never rewritten).
    QVERIFY(preview.rewriteAvailable);
    QCOMPARE(preview.rewrittenMessage, QString(kCurlyMessage).replace(u'’', u'\''));
    QCOMPARE(preview.rewrittenFooter, kFooter);
    QCOMPARE(preview.rewritten.ucs2Recipients, 1);
    QCOMPARE(preview.rewritten.ucs2Parts, 3);
    QCOMPARE(preview.rewritten.gsm7Parts, 300);
    QCOMPARE(preview.rewrittenCost.net.expected, 300 * 4500 + 3 * 6000);
    // 54.00 € - 13.68 € = 40.32 € saved, 48.38 € with VAT.
    QCOMPARE(preview.savings().net.expected, 4032000);
    QCOMPARE(preview.savings().gross.expected, 4838400);
}

void tst_CostPreview::forecast()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const qint64 audienceId = namedDemo(db, 300);
    QVERIFY(audienceId > 0);
    CostPreview::Request r = request(audienceId, Consent::Purpose::Campaign, kMessage);
    r.consentRequest = {kConsentMessage, kFooter};

    // No history: nobody agreed yet, one in ten is assumed to.
    CostPreview preview = CostPreview::compute(&db, r);
    QVERIFY2(preview.ok, qPrintable(preview.errorString));
    QCOMPARE(preview.message.recipients, 0);
    const CostPreview::Forecast *f = &preview.forecast;
    QVERIFY2(f->available, qPrintable(f->unavailableReason));
    QVERIFY(!f->rateFromHistory);
    QCOMPARE(f->rateBasisPoints, CostPreview::DefaultConsentRateBasisPoints);
    QCOMPARE(f->consentRequest.recipients, 300);
    QCOMPARE(f->consentRequest.gsm7Parts, 299);
    QCOMPARE(f->consentRequest.ucs2Parts, 2);
    QCOMPARE(f->consentCost.net.expected, 299 * 4500 + 2 * 6000);
    QCOMPARE(f->campaignRecipients, 30);
    QCOMPARE(f->campaignGsm7Parts, 30);
    QCOMPARE(f->campaignUcs2Parts, 0);
    QCOMPARE(f->campaignCost.net.expected, 30 * 4500);
    QCOMPARE(f->total.net.expected, 1357500 + 135000);

    // History: of the 40 last contacts, 10 agreed, 20 refused, 5 withdrew, 5 never answered.
    QVERIFY(exec(
        db,
        QStringLiteral("INSERT INTO consent_states (phone, state, changed_at) SELECT phone, "
                       "CASE WHEN n < 10 THEN 'granted' WHEN n < 30 THEN 'refused' "
                       "WHEN n < 35 THEN 'opted_out' ELSE 'expired' END, 0 FROM (SELECT phone, "
                       "(SELECT COUNT(*) FROM contacts d WHERE d.id > c.id) AS n FROM contacts "
                       "c) AS ranked WHERE n < 40")));
    preview = CostPreview::compute(&db, r);
    QVERIFY2(preview.ok, qPrintable(preview.errorString));
    f = &preview.forecast;
    QVERIFY(f->rateFromHistory);
    QCOMPARE(f->historyGranted, 10);
    QCOMPARE(f->historyAnswered, 40);
    QCOMPARE(f->rateBasisPoints, 2500);
    QCOMPARE(preview.message.recipients, 10); // those who agreed get the campaign message now
    QCOMPARE(f->consentRequest.recipients, 260);
    QCOMPARE(f->consentCost.net.expected, 259 * 4500 + 2 * 6000);
    // 10 now, and a quarter of the 260 asked: 65 (260 GSM-7 parts and 2 UCS-2 ones at 25 %).
    QCOMPARE(f->campaignRecipients, 75);
    QCOMPARE(f->campaignGsm7Parts, 75);
    QCOMPARE(f->campaignUcs2Parts, 1);
    QCOMPARE(f->campaignCost.net.expected, 75 * 4500 + 6000);
    QCOMPARE(f->total.net.expected, 1177500 + 343500);

    // A rate given by the user wins over the history.
    r.consentRateBasisPoints = 5000;
    preview = CostPreview::compute(&db, r);
    QCOMPARE(preview.forecast.rateBasisPoints, 5000);
    QVERIFY(!preview.forecast.rateFromHistory);
    QCOMPARE(preview.forecast.campaignRecipients, 10 + 130);

    // The rewrite's saving carries over to the forecast's campaign message.
    r.message = kCurlyMessage;
    preview = CostPreview::compute(&db, r);
    QVERIFY(preview.rewriteAvailable);
    QVERIFY(preview.forecast.rewriteSavings.net.expected > 0);

    // No forecast without a consent request to price, nor for an audience without the gate.
    r.consentRequest = {};
    QVERIFY(!CostPreview::compute(&db, r).forecast.available);
    QVERIFY(Consent::Ledger(&db).setOwnProof(audienceId, QStringLiteral("Adhésions"),
                                             QStringLiteral("test")));
    r.consentRequest = {kConsentMessage, kFooter};
    preview = CostPreview::compute(&db, r);
    QVERIFY(!preview.forecast.available);
    QVERIFY(preview.forecast.unavailableReason.contains(QLatin1String("need no consent")));
}

void tst_CostPreview::cancelAndProgress()
{
    QTemporaryDir dir;
    Database db(DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("t.db"))));
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(DemoDataLoader(&db).load({}).ok); // 9,950 contacts
    CostPreview::Request r = request(CampaignStore(&db).audienceId(kAudience),
                                     Consent::Purpose::ConsentRequest, kMessage);
    std::atomic_bool cancel {false};
    QList<qint64> seen;
    CostPreview preview = CostPreview::compute(&db, r, &cancel, [&](qint64 done) {
        seen.append(done);
        cancel = true; // asked while it runs: it stops at the next check
    });
    QVERIFY(!preview.ok);
    QVERIFY(preview.cancelled);
    QVERIFY(!preview.errorString.isEmpty());
    QCOMPARE(seen, QList<qint64>({4096}));
    // Cancelled before it starts: nothing read.
    seen.clear();
    preview = CostPreview::compute(&db, r, &cancel, [&](qint64 done) { seen.append(done); });
    QVERIFY(preview.cancelled);
    QVERIFY(seen.isEmpty());
    cancel = false;
    preview = CostPreview::compute(&db, r, &cancel, [&](qint64 done) { seen.append(done); });
    QVERIFY(preview.ok);
    QCOMPARE(seen, QList<qint64>({4096, 8192}));
}

void tst_CostPreview::budgetCaps()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const auto [sent, next] = electionWithSpending(db, QStringLiteral("Bonjour {prenom}"));
    QVERIFY(sent.id > 0 && next.id > 0);
    // The first campaign of the election spent 9 € excluding VAT, 10.80 € with the demo plan's
    // 20 % VAT (what the campaign account records); the ceiling is 20 €, the next campaign's own
    // cap 10 € (excluding VAT, like the costs).
    QVERIFY(exec(db, QStringLiteral("UPDATE elections SET spending_cap_mc = 2000000")));
    QVERIFY(exec(
        db,
        QStringLiteral("UPDATE campaigns SET budget_cap_mc = 1000000 WHERE id = %1").arg(next.id)));

    // At most 5 € (6 € with VAT): within both.
    BudgetCheck check = BudgetCheck::check(&db, next.id, 500000);
    QVERIFY2(check.ok, qPrintable(check.errorString));
    QVERIFY(check.passes());
    QCOMPARE(check.vatBasisPoints, 2000);
    QCOMPARE(check.campaign.spentMc, 0);
    QCOMPARE(check.election.spentMc, 1080000);
    QCOMPARE(check.election.projectedMc, 1680000);
    QVERIFY(check.refusals().isEmpty());

    // At most 15 € (18 € with VAT): 5 € over the campaign's budget, 8.80 € over the election's
    // ceiling.
    check = BudgetCheck::check(&db, next.id, 1500000);
    QVERIFY(!check.passes());
    QCOMPARE(check.campaign.excessMc(), 500000);
    QCOMPARE(check.election.excessMc(), 880000);
    QCOMPARE(check.electionName, QStringLiteral("Élection de démonstration 2027"));
    const QStringList refusals = check.refusals();
    QCOMPARE(refusals.size(), 2);
    QVERIFY2(refusals.at(0).contains(QLatin1String("5.00")), qPrintable(refusals.at(0)));
    QVERIFY2(refusals.at(1).contains(QLatin1String("8.80"))
                 && refusals.at(1).contains(QLatin1String("L52-11")),
             qPrintable(refusals.at(1)));

    // Only the election's ceiling: 8 € (9.60 € with VAT) leaves 0.40 € over it. Excluding VAT
    // it would have passed (9 + 8 < 20): the ceiling is what the candidate pays.
    QVERIFY(exec(db, QStringLiteral("UPDATE campaigns SET budget_cap_mc = NULL")));
    check = BudgetCheck::check(&db, next.id, 800000);
    QVERIFY(!check.campaign.isSet());
    QCOMPARE(check.campaign.excessMc(), 0);
    QCOMPARE(check.election.excessMc(), 40000);
    QCOMPARE(check.refusals().size(), 1);

    // A campaign without an election has only its own cap.
    QVERIFY(exec(
        db, QStringLiteral("UPDATE campaigns SET election_id = NULL WHERE id = %1").arg(next.id)));
    check = BudgetCheck::check(&db, next.id, 1200000);
    QCOMPARE(check.electionId, 0);
    QVERIFY(check.passes());
    QVERIFY(!BudgetCheck::check(&db, 999999, 1).ok);
}

void tst_CostPreview::outboxElectionCap()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    auto [other, c] =
        electionWithSpending(db, QStringLiteral("Bonjour {prenom|Madame, Monsieur}, votez !"));
    QVERIFY(other.id > 0 && c.id > 0);
    QVERIFY(CampaignStore(&db).setState(&c, Campaign::State::Sending));
    Outbox outbox(&db);
    QVERIFY(outbox.enqueue(c, 6).ok);
    // Another campaign of the election spent 9 € (10.80 € with VAT); the ceiling leaves room for
    // three more parts at the demo plan's highest price (0.30 €, 0.36 € with VAT, its exact
    // price being unknown), and not for a fourth.
    QVERIFY(exec(db,
                 QStringLiteral("UPDATE elections SET spending_cap_mc = %1")
                     .arg(1080000 + 3 * 36000 + 35999)));
    const QDateTime monday(QDate(2026, 11, 30), QTime(10, 0), QTimeZone("Europe/Paris"));
    const Outbox::Claim claim = outbox.claim(c.id, 5, QStringLiteral("a"), monday);
    QVERIFY2(claim.ok, qPrintable(claim.errorString));
    QCOMPARE(claim.messages.size(), 3);
    QVERIFY(claim.budgetReached);
    QCOMPARE(queryScalar(db,
                         QStringLiteral("SELECT COUNT(*) FROM messages WHERE error_code = "
                                        "'election_budget'"))
                 .toInt(),
             2);
    // Spending stays within the ceiling.
    QCOMPARE(queryScalar(db, QStringLiteral("SELECT SUM(cost_mc) FROM messages")).toLongLong(),
             900000 + 3 * 30000);
}

void tst_CostPreview::cli()
{
    TRIBUNE_TEST_DATABASE(testDb);
    const QString url = testDb.url().toString();
    const auto cli = [&](const QStringList &arguments) {
        return runCli(QStringLiteral(TRIBUNE_CLI_PATH), m_home.path(),
                      QStringList {QStringLiteral("--database"), url} + arguments);
    };
    CliRun run = cli({QStringLiteral("demo"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QString campaign = QStringLiteral("Démo — Demande de consentement");

    run = cli(
        {QStringLiteral("cost"), QStringLiteral("--campaign"), campaign, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QJsonObject cost = run.json();
    for (const char *key : {"recipients", "parts", "gsm7", "ucs2", "gsm7_parts", "ucs2_parts",
                            "eur_min", "eur_expected", "eur_max", "vat_eur_expected",
                            "incl_vat_eur_max", "rewrite", "forecast", "budget", "price_plan"})
        QVERIFY2(cost.contains(QLatin1String(key)), key);
    const qint64 recipients = cost.value(QStringLiteral("recipients")).toInteger();
    const qint64 parts = cost.value(QStringLiteral("parts")).toInteger();
    QCOMPARE(recipients, 9950);
    QCOMPARE(cost.value(QStringLiteral("gsm7")).toInteger()
                 + cost.value(QStringLiteral("ucs2")).toInteger(),
             recipients);
    QVERIFY(cost.value(QStringLiteral("ucs2")).toInteger() > 0); // Françoise, Joëlle...
    // The demo's range: 0.15-0.30 € per part, expected in the middle; euros to the cent.
    QCOMPARE(qRound64(cost.value(QStringLiteral("eur_min")).toDouble() * 100), parts * 15);
    QCOMPARE(qRound64(cost.value(QStringLiteral("eur_max")).toDouble() * 100), parts * 30);
    QCOMPARE(qRound64(cost.value(QStringLiteral("eur_expected")).toDouble() * 100),
             (parts * 45 + 1) / 2);
    QCOMPARE(qRound64(cost.value(QStringLiteral("incl_vat_eur_max")).toDouble() * 100), parts * 36);
    QCOMPARE(cost.value(QStringLiteral("exact")).toBool(), false);
    const QJsonObject budget = cost.value(QStringLiteral("budget")).toObject();
    QCOMPARE(budget.value(QStringLiteral("passes")).toBool(), true);
    QCOMPARE(budget.value(QStringLiteral("election_cap_eur")).toDouble(), 50000.0);

    // A contract with exact prices, given to the provider.
    run = cli({QStringLiteral("price-plan"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("Contrat"), QStringLiteral("--gsm7"), QStringLiteral("0.045"),
               QStringLiteral("--ucs2"), QStringLiteral("0,06"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(run.json().value(QStringLiteral("gsm7_part_mc")).toInteger(), 4500);
    run = cli({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("Bac à sable"), QStringLiteral("--kind"), QStringLiteral("sandbox"),
               QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    run = cli({QStringLiteral("provider"), QStringLiteral("update"), QStringLiteral("--name"),
               QStringLiteral("Bac à sable"), QStringLiteral("--price-plan"),
               QStringLiteral("Contrat"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY(run.json().value(QStringLiteral("price_plan_id")).toInteger() > 0);
    run = cli({QStringLiteral("cost"), QStringLiteral("--audience"), kAudience,
               QStringLiteral("--kind"), QStringLiteral("consent"), QStringLiteral("--message"),
               QStringLiteral("Bonjour"), QStringLiteral("--provider"),
               QStringLiteral("Bac à sable"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(run.json().value(QStringLiteral("eur_max")).toDouble(), 9950 * 0.045);
    run =
        cli({QStringLiteral("cost"), QStringLiteral("--campaign"), campaign,
             QStringLiteral("--price-plan"), QStringLiteral("Contrat"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    cost = run.json();
    QCOMPARE(cost.value(QStringLiteral("price_plan")).toString(), QStringLiteral("Contrat"));
    QCOMPARE(cost.value(QStringLiteral("exact")).toBool(), true);
    const qint64 exactMc = cost.value(QStringLiteral("gsm7_parts")).toInteger() * 4500
        + cost.value(QStringLiteral("ucs2_parts")).toInteger() * 6000;
    QCOMPARE(cost.value(QStringLiteral("mc"))
                 .toObject()
                 .value(QStringLiteral("net"))
                 .toObject()
                 .value(QStringLiteral("max"))
                 .toInteger(),
             exactMc);
    QCOMPARE(cost.value(QStringLiteral("eur_min")).toDouble(), Money::euros(exactMc));

    run = cli({QStringLiteral("price-plan"), QStringLiteral("update"), QStringLiteral("--name"),
               QStringLiteral("Contrat"), QStringLiteral("--ucs2"), QStringLiteral("unknown"),
               QStringLiteral("--tiers"),
               QStringLiteral("[{\"from_parts\":1000,\"gsm7_part_mc\":4000}]"),
               QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY(run.json().value(QStringLiteral("ucs2_part_mc")).isNull());
    run = cli({QStringLiteral("price-plan"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.json().value(QStringLiteral("price_plans")).toArray().size(), 2);
    run = cli({QStringLiteral("provider"), QStringLiteral("update"), QStringLiteral("--name"),
               QStringLiteral("Bac à sable"), QStringLiteral("--price-plan"),
               QStringLiteral("Rien"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);

    // Without a campaign: an audience, a segment and a message.
    run = cli({QStringLiteral("cost"), QStringLiteral("--audience"), kAudience,
               QStringLiteral("--filter"), QStringLiteral("departement=68"),
               QStringLiteral("--kind"), QStringLiteral("consent"), QStringLiteral("--message"),
               QStringLiteral("Bonjour {prenom|Madame, Monsieur}"), QStringLiteral("--footer"),
               kFooter, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    cost = run.json();
    {
        Database db(testDb.url());
        QVERIFY(db.openAndMigrate());
        QCOMPARE(cost.value(QStringLiteral("recipients")).toInteger(),
                 queryScalar(db,
                             QStringLiteral("SELECT COUNT(*) FROM contacts c WHERE "
                                            "c.department = '68' AND NOT EXISTS (SELECT 1 "
                                            "FROM suppressions s WHERE s.phone = c.phone)"))
                     .toLongLong());
    }
    QCOMPARE(cost.value(QStringLiteral("price_plan")).toString(), PricePlan::fallback().name);
    QVERIFY(!cost.contains(QStringLiteral("budget")));
    // A campaign message to the rented audience: nobody agreed yet, the forecast says what the
    // consent request costs first.
    run = cli({QStringLiteral("cost"), QStringLiteral("--audience"), kAudience,
               QStringLiteral("--message"), QStringLiteral("Votez Camille !"),
               QStringLiteral("--consent-rate"), QStringLiteral("20"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    cost = run.json();
    QCOMPARE(cost.value(QStringLiteral("recipients")).toInteger(), 0);
    const QJsonObject forecast = cost.value(QStringLiteral("forecast")).toObject();
    QVERIFY2(forecast.value(QStringLiteral("available")).toBool(), run.out);
    QCOMPARE(forecast.value(QStringLiteral("consent_recipients")).toInteger(), 9950);
    QCOMPARE(forecast.value(QStringLiteral("consent_rate_percent")).toDouble(), 20.0);
    QCOMPARE(forecast.value(QStringLiteral("campaign_recipients")).toInteger(), 1990);
    QVERIFY(forecast.value(QStringLiteral("total_eur_max")).toDouble()
            > forecast.value(QStringLiteral("consent_eur_max")).toDouble());

    // Usage errors and refusals explain themselves.
    run = cli({QStringLiteral("cost"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(
        run.json().value(QStringLiteral("error")).toString().contains(QLatin1String("--campaign")));
    run = cli({QStringLiteral("price-plan"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("Faux"), QStringLiteral("--min"), QStringLiteral("0.30"),
               QStringLiteral("--max"), QStringLiteral("0.10"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.json().value(QStringLiteral("error")).toString().contains(QLatin1String("below")),
             run.out);
    run = cli({QStringLiteral("price-plan"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("Faux"), QStringLiteral("--gsm7"), QStringLiteral("4,5 €"),
               QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_CostPreview)
#include "tst_costpreview.moc"
