// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignstore.h"
#include "demo/demodataloader.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

class tst_CampaignStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transitions_data();
    void transitions();
    void createAndFind_data() { addBackendRows(); }
    void createAndFind();
    void validation_data() { addBackendRows(); }
    void validation();
    void editAfterApprovalReturnsToDraft_data() { addBackendRows(); }
    void editAfterApprovalReturnsToDraft();
    void noEditOnceSending_data() { addBackendRows(); }
    void twoPersonRule_data() { addBackendRows(); }
    void twoPersonRule();
    void noEditOnceSending();
    void illegalTransitionRefused_data() { addBackendRows(); }
    void illegalTransitionRefused();
    void sensitiveColumnGuard_data() { addBackendRows(); }
    void sensitiveColumnGuard();

private:
    static Campaign draft(CampaignStore &store, const QString &name);
};

namespace {
qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}
} // namespace

Campaign tst_CampaignStore::draft(CampaignStore &store, const QString &name)
{
    Campaign c;
    c.name = name;
    c.audienceId = store.audienceId(QStringLiteral("Démo — Fichier loué Alsace-Moselle"));
    c.message = QStringLiteral("Bonjour {prenom|Madame, Monsieur}, votez !");
    c.footer = QStringLiteral("Camille Martin 2027 - STOP au 36105");
    c.senderId = QStringLiteral("CMartin2027");
    c.electionId = store.electionId(QStringLiteral("Élection de démonstration 2027"));
    c.providerId = store.providerId(QStringLiteral("Sandbox (démo)"));
    return c;
}

void tst_CampaignStore::transitions_data()
{
    QTest::addColumn<Campaign::State>("from");
    QTest::addColumn<Campaign::State>("to");
    QTest::addColumn<bool>("allowed");
    using S = Campaign::State;
    const QList<S> all = {S::Draft, S::Approved, S::Sending, S::Paused, S::Done, S::Cancelled};
    const QList<QPair<S, S>> allowed = {{S::Draft, S::Approved},     {S::Draft, S::Cancelled},
                                        {S::Approved, S::Draft},     {S::Approved, S::Sending},
                                        {S::Approved, S::Cancelled}, {S::Sending, S::Paused},
                                        {S::Sending, S::Done},       {S::Sending, S::Cancelled},
                                        {S::Paused, S::Sending},     {S::Paused, S::Cancelled}};
    for (S from : all) {
        for (S to : all) {
            QTest::addRow("%s->%s", qPrintable(Campaign::stateKey(from)),
                          qPrintable(Campaign::stateKey(to)))
                << from << to << allowed.contains({from, to});
        }
    }
}

void tst_CampaignStore::transitions()
{
    QFETCH(Campaign::State, from);
    QFETCH(Campaign::State, to);
    QFETCH(bool, allowed);
    QCOMPARE(Campaign::canTransition(from, to), allowed);
}

void tst_CampaignStore::createAndFind()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 200;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    CampaignStore store(&db, QStringLiteral("alice"));

    Campaign c = draft(store, QStringLiteral("  Relance 67  "));
    c.segment.filters.append({QStringLiteral("departement"),
                              Segment::Operator::In,
                              {QStringLiteral("67"), QStringLiteral("68")}});
    QVERIFY2(store.create(&c), qPrintable(store.errorString()));
    QVERIFY(c.id > 0);
    QCOMPARE(c.name, QStringLiteral("Relance 67"));
    QCOMPARE(c.state, Campaign::State::Draft);
    QCOMPARE(c.revision, 1);

    const std::optional<Campaign> found = store.findByName(QStringLiteral("Relance 67"));
    QVERIFY(found);
    QCOMPARE(found->id, c.id);
    QCOMPARE(found->segment, c.segment);
    QCOMPARE(found->message, c.message);
    QCOMPARE(found->footer, c.footer);
    QCOMPARE(found->senderId, c.senderId);
    QCOMPARE(store.providerName(found->providerId), QStringLiteral("Sandbox (démo)"));
    QCOMPARE(found->fullText(), c.message + QLatin1Char('\n') + c.footer);
    QCOMPARE(store.list().size(), 2); // with the demo draft

    Campaign duplicate = draft(store, QStringLiteral("Relance 67"));
    QVERIFY(!store.create(&duplicate));
    QVERIFY(store.errorString().contains(QLatin1String("already exists")));

    // A segment this version cannot read must not turn into "the whole audience".
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral(
        "UPDATE campaigns SET segment = '{\"match\":\"all\",\"filters\":[{\"column\":"
        "\"departement\",\"op\":\"near\",\"values\":[\"67\"]}]}' WHERE name = 'Relance 67'")));
    std::optional<Campaign> unreadable = store.findByName(QStringLiteral("Relance 67"));
    QVERIFY(unreadable);
    QVERIFY(!unreadable->segmentError.isEmpty());
    unreadable->message += QStringLiteral(" !");
    QVERIFY(!store.update(&*unreadable));
    QVERIFY(store.errorString().contains(unreadable->segmentError));
    QVERIFY(!store.setState(&*unreadable, Campaign::State::Approved));
    QVERIFY(store.errorString().contains(unreadable->segmentError));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'campaign.create' AND actor = 'alice'")),
             1);
}

void tst_CampaignStore::validation()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 50;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    CampaignStore store(&db);

    Campaign noName = draft(store, QString());
    QVERIFY(!store.create(&noName));
    Campaign noAudience = draft(store, QStringLiteral("a"));
    noAudience.audienceId = 0;
    QVERIFY(!store.create(&noAudience));
    Campaign badSender = draft(store, QStringLiteral("b"));
    badSender.senderId = QStringLiteral("CampagneMartin2027");
    QVERIFY(!store.create(&badSender));
    QVERIFY2(store.errorString().contains(QLatin1String("11")), qPrintable(store.errorString()));
    Campaign unknownField = draft(store, QStringLiteral("c"));
    unknownField.message = QStringLiteral("Bonjour {surnom}");
    QVERIFY(!store.create(&unknownField));
    QVERIFY2(store.errorString().contains(QLatin1String("surnom")),
             qPrintable(store.errorString()));
    Campaign audienceColumn = draft(store, QStringLiteral("d"));
    audienceColumn.message = QStringLiteral("{civilite} {nom}, bonjour");
    QVERIFY2(store.create(&audienceColumn), qPrintable(store.errorString()));
    Campaign badFilter = draft(store, QStringLiteral("e"));
    badFilter.segment.filters.append(
        {QStringLiteral("religion"), Segment::Operator::In, {QStringLiteral("x")}});
    QVERIFY(!store.create(&badFilter));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM campaigns")), 2);
}

void tst_CampaignStore::editAfterApprovalReturnsToDraft()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 50;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    CampaignStore store(&db);
    Campaign c = draft(store, QStringLiteral("Appel"));
    QVERIFY(store.create(&c));
    QVERIFY2(store.setState(&c, Campaign::State::Approved), qPrintable(store.errorString()));
    QCOMPARE(c.state, Campaign::State::Approved);
    QCOMPARE(c.approvedRevision, 1);
    QVERIFY(c.approvedAt.isValid());

    c.message = QStringLiteral("Bonjour {prenom}, votez dimanche !");
    QVERIFY2(store.update(&c), qPrintable(store.errorString()));
    QCOMPARE(c.state, Campaign::State::Draft);
    QCOMPARE(c.revision, 2);
    QCOMPARE(c.approvedRevision, 0);
    QVERIFY(!c.approvedAt.isValid());
    QCOMPARE(store.find(c.id)->message, c.message);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'campaign.edit' "
                                   "AND details LIKE '%\"approval_voided\":true%'")),
             1);
}

void tst_CampaignStore::noEditOnceSending()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 50;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    CampaignStore store(&db);
    Campaign c = draft(store, QStringLiteral("Envoi"));
    QVERIFY(store.create(&c));
    QVERIFY(store.setState(&c, Campaign::State::Approved));
    QVERIFY(store.setState(&c, Campaign::State::Sending));
    Campaign edited = c;
    edited.message = QStringLiteral("Autre texte");
    QVERIFY(!store.update(&edited));
    QCOMPARE(store.find(c.id)->message, c.message);
    QCOMPARE(store.find(c.id)->state, Campaign::State::Sending);
    QVERIFY(store.setState(&c, Campaign::State::Paused));
    QVERIFY(!store.update(&edited));
    QVERIFY(store.setState(&c, Campaign::State::Cancelled));
    QVERIFY(!store.setState(&c, Campaign::State::Sending));
}

void tst_CampaignStore::illegalTransitionRefused()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 50;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    CampaignStore store(&db);
    Campaign c = draft(store, QStringLiteral("Saut"));
    QVERIFY(store.create(&c));
    QVERIFY(!store.setState(&c, Campaign::State::Sending)); // never without approval
    QCOMPARE(store.find(c.id)->state, Campaign::State::Draft);
    QVERIFY(!store.setState(&c, Campaign::State::Done));
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'campaign.state'")),
        0);
}

void tst_CampaignStore::sensitiveColumnGuard()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 50;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    CampaignStore store(&db);
    const qint64 audience = store.audienceId(QStringLiteral("Démo — Fichier loué Alsace-Moselle"));
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO audience_columns (audience_id, name, label, position, is_sensitive) "
        "VALUES (?, 'vote_2022', 'Vote 2022', 9, 1)"));
    query.addBindValue(audience);
    QVERIFY(query.exec());

    Campaign c = draft(store, QStringLiteral("Ciblage"));
    c.segment.filters.append(
        {QStringLiteral("vote_2022"), Segment::Operator::In, {QStringLiteral("X")}});
    QVERIFY(!store.create(&c));
    QVERIFY2(store.errorString().contains(QLatin1String("art. 9")),
             qPrintable(store.errorString()));

    // An administrator reviewed the column and marked it as not sensitive.
    query.prepare(
        QStringLiteral("UPDATE audience_columns SET is_sensitive = 0, sensitivity_reviewed_at = 1 "
                       "WHERE audience_id = ? AND name = 'vote_2022'"));
    query.addBindValue(audience);
    QVERIFY(query.exec());
    QVERIFY2(store.create(&c), qPrintable(store.errorString()));
}

void tst_CampaignStore::twoPersonRule()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 20;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    // Without accounts, the installation's one user approves what they wrote.
    {
        CampaignStore alone(&db, QStringLiteral("camille"));
        Campaign c = draft(alone, QStringLiteral("Seule"));
        QVERIFY(alone.create(&c));
        QVERIFY2(alone.setState(&c, Campaign::State::Approved), qPrintable(alone.errorString()));
    }
    QSqlQuery query(db.connection());
    for (const QString &row : {QStringLiteral("('alice', 'Alice', 'composer')"),
                               QStringLiteral("('bruno', 'Bruno', 'approver')"),
                               QStringLiteral("('chloe', 'Chloé', 'administrator')")})
        QVERIFY(query.exec(QStringLiteral("INSERT INTO users (login, display_name, role, "
                                          "created_at) VALUES %1")
                               .arg(row.left(row.size() - 1) + QStringLiteral(", 0)"))));
    CampaignStore alice(&db, QStringLiteral("alice"));
    CampaignStore bruno(&db, QStringLiteral("bruno"));
    CampaignStore chloe(&db, QStringLiteral("chloe"));
    CampaignStore stranger(&db, QStringLiteral("mallory"));
    Campaign c = draft(alice, QStringLiteral("À deux"));
    QVERIFY(alice.create(&c));
    QVERIFY(!alice.setState(&c, Campaign::State::Approved)); // a composer
    QVERIFY(alice.errorString().contains(QLatin1String("alice")));
    QVERIFY(!stranger.setState(&c, Campaign::State::Approved)); // no account
    // Bruno edits it: now he is an author too, and cannot approve.
    c.message = QStringLiteral("Bonjour {prenom}, réunion jeudi !");
    QVERIFY(bruno.update(&c));
    QVERIFY(!bruno.setState(&c, Campaign::State::Approved));
    QVERIFY(bruno.errorString().contains(QLatin1String("Two-person")));
    QVERIFY2(chloe.setState(&c, Campaign::State::Approved), qPrintable(chloe.errorString()));
    QCOMPARE(c.state, Campaign::State::Approved);
    query.prepare(QStringLiteral("SELECT u.login FROM campaigns c JOIN users u ON u.id = "
                                 "c.approved_by WHERE c.id = ?"));
    query.addBindValue(c.id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("chloe"));
    // Alice edits after the approval: back to draft, and Chloé must approve again.
    c.footer = QStringLiteral("Camille Martin, candidate 2027 - STOP au 36105");
    QVERIFY(alice.update(&c));
    QCOMPARE(c.state, Campaign::State::Draft);
    QVERIFY(chloe.setState(&c, Campaign::State::Approved));
}

QTEST_GUILESS_MAIN(tst_CampaignStore)
#include "tst_campaignstore.moc"
