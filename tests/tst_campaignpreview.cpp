// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience/segmentindex.h"
#include "campaign/campaignpreview.h"
#include "campaign/recipientquery.h"
#include "demo/demodataloader.h"
#include "sms/smsencoding.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

// Recipients, segments and per-recipient rendering, checked against a brute-force count.
class tst_CampaignPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void segmentFilters_data();
    void segmentFilters();
    void parseFilter_data();
    void parseFilter();
    void suppressedNeverRecipients_data() { addBackendRows(); }
    void suppressedNeverRecipients();
    void perRecipientEncoding_data() { addBackendRows(); }
    void perRecipientEncoding();
    void browsing_data() { addBackendRows(); }
    void browsing();
};

namespace {
const QString kAudience = QStringLiteral("Démo — Fichier loué Alsace-Moselle");

qint64 audienceId(Database &db)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id FROM audiences WHERE name = ?"));
    query.addBindValue(kAudience);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}
} // namespace

void tst_CampaignPreview::parseFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("simple") << "departement=67,68" << true << "departement"
                            << QStringList {"67", "68"};
    QTest::newRow("accents and spaces")
        << " Département = 67 , 68 " << true << "departement" << QStringList {"67", "68"};
    QTest::newRow("attribute") << "source_optin=Jeu-concours en ligne" << true << "source_optin"
                               << QStringList {"Jeu-concours en ligne"};
    QTest::newRow("no equals") << "departement" << false << "" << QStringList {};
    QTest::newRow("no value") << "departement=, ," << false << "" << QStringList {};
    QTest::newRow("sql in name") << "x;drop table=1" << false << "" << QStringList {};
}

void tst_CampaignPreview::parseFilter()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    Segment::Filter filter;
    QString error;
    QCOMPARE(Segment::parseFilter(text, &filter, &error), ok);
    if (ok) {
        QTEST(filter.column, "column");
        QTEST(filter.values, "values");
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void tst_CampaignPreview::segmentFilters_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("filters");
    for (const QString &backend : TestDatabase::backendNames()) {
        QTest::addRow("%s/all", qPrintable(backend)) << backend << QStringList {};
        QTest::addRow("%s/67", qPrintable(backend)) << backend << QStringList {"departement=67"};
        QTest::addRow("%s/67+68", qPrintable(backend))
            << backend << QStringList {"departement=67,68"};
        QTest::addRow("%s/67 and young", qPrintable(backend))
            << backend << QStringList {"departement=67", "tranche_age=18-24,25-34"};
        QTest::addRow("%s/attribute", qPrintable(backend))
            << backend << QStringList {"civilite=Mme"};
        QTest::addRow("%s/attribute and standard", qPrintable(backend))
            << backend << QStringList {"civilite=M.", "commune=Metz,Colmar"};
        QTest::addRow("%s/nobody", qPrintable(backend))
            << backend << QStringList {"departement=75"};
    }
}

void tst_CampaignPreview::segmentFilters()
{
    QFETCH(QStringList, filters);
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 1500;
    QVERIFY(DemoDataLoader(&db).load(options).ok);

    Segment segment;
    for (const QString &text : filters) {
        Segment::Filter filter;
        QVERIFY(Segment::parseFilter(text, &filter, &error));
        segment.filters.append(filter);
    }
    // Brute force: read every contact and apply the filters in C++.
    qint64 expected = 0;
    QSqlQuery all(db.connection());
    QVERIFY(all.exec(
        QStringLiteral("SELECT department, age_bracket, commune, attributes FROM contacts")));
    while (all.next()) {
        const QJsonObject attributes =
            QJsonDocument::fromJson(all.value(3).toString().toUtf8()).object();
        bool match = true;
        for (const Segment::Filter &filter : segment.filters) {
            QString value;
            if (filter.column == QLatin1String("departement"))
                value = all.value(0).toString();
            else if (filter.column == QLatin1String("tranche_age"))
                value = all.value(1).toString();
            else if (filter.column == QLatin1String("commune"))
                value = all.value(2).toString();
            else
                value = attributes.value(filter.column).toString();
            match = match && filter.values.contains(value);
        }
        expected += match ? 1 : 0;
    }
    RecipientQuery query(&db, audienceId(db), segment, Consent::Purpose::ConsentRequest);
    QCOMPARE(query.count(), expected);
    QVERIFY(query.exec());
    qint64 streamed = 0;
    RecipientQuery::Recipient recipient;
    while (query.next(&recipient))
        ++streamed;
    QCOMPARE(streamed, expected);
    if (filters.contains(QStringLiteral("departement=75")))
        QCOMPARE(expected, 0);
    else
        QVERIFY(expected > 0);
}

void tst_CampaignPreview::suppressedNeverRecipients()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 300;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    const auto count = [&](Consent::Purpose purpose) {
        return RecipientQuery(&db, audienceId(db), Segment(), purpose).count();
    };
    QCOMPARE(count(Consent::Purpose::ConsentRequest), 300);
    // A rented audience: no campaign message before anyone said yes.
    QCOMPARE(count(Consent::Purpose::Campaign), 0);
    // A STOP arrives for two contacts.
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO suppressions (phone, reason, added_at) "
                       "SELECT phone, 'stop_reply', 0 FROM contacts ORDER BY id LIMIT 2")));
    QCOMPARE(count(Consent::Purpose::ConsentRequest), 298);
    // One refuses consent, one withdraws it, one agrees, one is waiting for an answer, one
    // never answered: only never-asked numbers get a consent request, only the one who agreed
    // gets campaign messages.
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO consent_states (phone, state, changed_at) "
                       "SELECT phone, CASE WHEN id % 2 = 0 THEN 'refused' ELSE 'opted_out' END, 0 "
                       "FROM contacts ORDER BY id LIMIT 2 OFFSET 10")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO consent_states (phone, state, changed_at) "
                                      "SELECT phone, 'granted', 0 FROM contacts "
                                      "ORDER BY id LIMIT 1 OFFSET 20")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO consent_states (phone, state, changed_at) "
                                      "SELECT phone, 'requested', 0 FROM contacts "
                                      "ORDER BY id LIMIT 1 OFFSET 30")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO consent_states (phone, state, changed_at) "
                                      "SELECT phone, 'expired', 0 FROM contacts "
                                      "ORDER BY id LIMIT 1 OFFSET 40")));
    QCOMPARE(count(Consent::Purpose::ConsentRequest), 293);
    QCOMPARE(count(Consent::Purpose::Campaign), 1);
    SegmentIndex::Count counted = SegmentIndex(&db).count(audienceId(db), Segment());
    QVERIFY2(counted.ok, qPrintable(counted.errorString));
    QVERIFY(counted.gated);
    QCOMPARE(counted.count, 296); // neither suppressed nor refused
    QCOMPARE(counted.granted, 1);
    QCOMPARE(counted.neverAsked, 293);
    QCOMPARE(SegmentIndex::recipients(counted, Consent::Purpose::Campaign), 1);
    QCOMPARE(SegmentIndex::recipients(counted, Consent::Purpose::ConsentRequest), 293);
    CampaignPreview preview =
        CampaignPreview::compute(&db, audienceId(db), Segment(), Consent::Purpose::ConsentRequest,
                                 QStringLiteral("Bonjour"), QString());
    QVERIFY(preview.ok);
    QCOMPARE(preview.recipients, 293);

    // The party's own list with a recorded proof of consent is not gated: everyone but the
    // suppressed and refused numbers.
    query.prepare(QStringLiteral("UPDATE audiences SET origin = 'own', own_consent_proof = "
                                 "'Formulaire d''adhésion' WHERE id = ?"));
    query.addBindValue(audienceId(db));
    QVERIFY(query.exec());
    QCOMPARE(count(Consent::Purpose::Campaign), 296);
    counted = SegmentIndex(&db).count(audienceId(db), Segment());
    QVERIFY(!counted.gated);
    QCOMPARE(SegmentIndex::recipients(counted, Consent::Purpose::Campaign), 296);
    // ...unless an administrator turns the gate off for every audience, which also opens the
    // rented ones.
    query.prepare(QStringLiteral("UPDATE audiences SET origin = 'rented', own_consent_proof = "
                                 "NULL WHERE id = ?"));
    query.addBindValue(audienceId(db));
    QVERIFY(query.exec());
    QCOMPARE(count(Consent::Purpose::Campaign), 1);
    Consent::Settings settings = Consent::Settings::load(&db);
    settings.gate = false;
    QVERIFY(settings.save(&db));
    QCOMPARE(count(Consent::Purpose::Campaign), 296);
    preview = CampaignPreview::compute(&db, audienceId(db), Segment(), Consent::Purpose::Campaign,
                                       QStringLiteral("Bonjour"), QString());
    QCOMPARE(preview.recipients, 296);
}

void tst_CampaignPreview::perRecipientEncoding()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 2000;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    const QString message =
        QStringLiteral("Bonjour {prenom|Madame, Monsieur} {nom}, rendez-vous a {commune} !");
    const QString footer = QStringLiteral("Camille Martin 2027 - STOP au 36105");
    const CampaignPreview preview = CampaignPreview::compute(
        &db, audienceId(db), Segment(), Consent::Purpose::ConsentRequest, message, footer);
    QVERIFY2(preview.ok, qPrintable(preview.errorString));

    // Brute force over the same contacts.
    qint64 recipients = 0, parts = 0, ucs2 = 0, worst = 0;
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT first_name, last_name, commune FROM contacts")));
    while (query.next()) {
        const QString first = query.value(0).toString();
        const QString text = QStringLiteral("Bonjour %1 %2, rendez-vous a %3 !\n%4")
                                 .arg(first.isEmpty() ? QStringLiteral("Madame, Monsieur") : first,
                                      query.value(1).toString(), query.value(2).toString(), footer);
        const Sms::Analysis analysis = Sms::analyse(text);
        ++recipients;
        parts += analysis.parts;
        ucs2 += analysis.encoding == Sms::Encoding::Ucs2 ? 1 : 0;
        worst = qMax<qint64>(worst, analysis.parts);
    }
    QCOMPARE(preview.recipients, recipients);
    QCOMPARE(preview.parts, parts);
    QCOMPARE(preview.ucs2Recipients, ucs2);
    QCOMPARE(preview.gsm7Recipients + preview.ucs2Recipients, recipients);
    QCOMPARE(preview.gsm7Parts + preview.ucs2Parts, parts);
    QCOMPARE(preview.worstParts, worst);
    // Names such as Françoise or Joëlle make only their own message UCS-2.
    QVERIFY(ucs2 > 0);
    QVERIFY(ucs2 < recipients);
    QCOMPARE(Sms::analyse(preview.worstText).parts, preview.worstParts);
    qint64 histogram = 0;
    for (auto it = preview.recipientsByParts.cbegin(); it != preview.recipientsByParts.cend(); ++it)
        histogram += it.value();
    QCOMPARE(histogram, recipients);
}

void tst_CampaignPreview::browsing()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 100;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    Segment segment;
    segment.filters.append(
        {QStringLiteral("departement"), Segment::Operator::In, {QStringLiteral("68")}});
    RecipientQuery query(&db, audienceId(db), segment, Consent::Purpose::ConsentRequest);
    std::optional<RecipientQuery::Recipient> first = query.neighbour(0, true);
    QVERIFY(first);
    QCOMPARE(first->value(QStringLiteral("departement")), QStringLiteral("68"));
    QVERIFY(!first->value(QStringLiteral("civilite")).isEmpty()); // attribute columns too
    std::optional<RecipientQuery::Recipient> second = query.neighbour(first->contactId, true);
    QVERIFY(second);
    QVERIFY(second->contactId > first->contactId);
    QCOMPARE(second->value(QStringLiteral("departement")), QStringLiteral("68"));
    std::optional<RecipientQuery::Recipient> back = query.neighbour(second->contactId, false);
    QVERIFY(back);
    QCOMPARE(back->contactId, first->contactId);
    QVERIFY(!query.neighbour(first->contactId, false));
    QCOMPARE(query.byContactId(second->contactId)->phone, second->phone);
    QVERIFY(RecipientQuery::availableFields(&db, audienceId(db))
                .contains(QStringLiteral("source_optin")));
}

QTEST_GUILESS_MAIN(tst_CampaignPreview)
#include "tst_campaignpreview.moc"
