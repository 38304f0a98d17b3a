// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience/audiencelistmodel.h"
#include "audience/contactlistmodel.h"
#include "campaign/campaignlistmodel.h"
#include "consent/suppressionlistmodel.h"
#include "demo/demodataloader.h"
#include "reports/contactbreakdown.h"
#include "storage/bulkinserter.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

class tst_ListModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void audiencesAndCampaigns_data() { addBackendRows(); }
    void audiencesAndCampaigns();
    void suppressionListFetchesLazily_data() { addBackendRows(); }
    void suppressionListFetchesLazily();
    void breakdownMatchesContacts_data() { addBackendRows(); }
    void breakdownMatchesContacts();
    void emptyDatabase();
    void contactsFetchLazily_data() { addBackendRows(); }
    void contactsFetchLazily();
};

void tst_ListModels::audiencesAndCampaigns()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 500;
    QVERIFY(DemoDataLoader(&db).load(options).ok);

    AudienceListModel audiences(&db);
    QAbstractItemModelTester audienceTester(&audiences,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(audiences.reload(), qPrintable(audiences.errorString()));
    QCOMPARE(audiences.rowCount(), 1);
    QCOMPARE(audiences.columnCount(), int(AudienceListModel::ColumnCount));
    QCOMPARE(audiences.index(0, AudienceListModel::ContactsColumn)
                 .data(AudienceListModel::SortRole)
                 .toLongLong(),
             500);
    QVERIFY(audiences.index(0, AudienceListModel::BrokerColumn)
                .data()
                .toString()
                .contains(QLatin1String("Fictibase")));
    QCOMPARE(audiences.index(0, AudienceListModel::SourceFileColumn).data().toString(),
             QStringLiteral("fictibase_alsace-moselle_2026-10.csv"));
    QVERIFY(!audiences.index(0, 0).data(AudienceListModel::TermsRole).toString().isEmpty());
    QVERIFY(!audiences.index(1, 0).data().isValid());

    CampaignListModel campaigns(&db);
    QAbstractItemModelTester campaignTester(&campaigns,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(campaigns.reload(), qPrintable(campaigns.errorString()));
    QCOMPARE(campaigns.rowCount(), 1);
    QCOMPARE(campaigns.index(0, CampaignListModel::StateColumn).data().toString(),
             QStringLiteral("Draft"));
    QCOMPARE(campaigns.index(0, CampaignListModel::KindColumn).data().toString(),
             QStringLiteral("Consent request"));
    QCOMPARE(campaigns.index(0, 0).data(CampaignListModel::StateRole).toString(),
             QStringLiteral("draft"));
    QVERIFY(campaigns.index(0, 0)
                .data(CampaignListModel::FooterRole)
                .toString()
                .contains(QLatin1String("STOP")));
    QVERIFY(campaigns.index(0, CampaignListModel::ProviderColumn)
                .data()
                .toString()
                .contains(QLatin1String("Sandbox")));
}

void tst_ListModels::suppressionListFetchesLazily()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    {
        Transaction transaction(db.connection());
        BulkInserter inserter(
            db.connection(), QStringLiteral("suppressions"),
            {QStringLiteral("phone"), QStringLiteral("reason"), QStringLiteral("added_at")});
        for (int i = 0; i < 1000; ++i)
            QVERIFY(inserter.addRow({QStringLiteral("+336399%1").arg(i, 5, 10, QLatin1Char('0')),
                                     QStringLiteral("stop_reply"), 0}));
        QVERIFY(inserter.flush());
        QVERIFY(transaction.commit());
    }
    SuppressionListModel model(&db);
    QVERIFY(model.reload());
    QVERIFY(model.rowCount() < 1000); // only the first page
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(model.rowCount() > 256);
    // The tester fetches whatever is left while checking the model.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.index(0, SuppressionListModel::PhoneColumn).data().toString(),
             QStringLiteral("+33 6 39 90 00 00"));
    QCOMPARE(model.index(999, 0).data(SuppressionListModel::PhoneRole).toString(),
             QStringLiteral("+33639900999"));
    QCOMPARE(model.index(5, SuppressionListModel::ReasonColumn).data().toString(),
             QStringLiteral("STOP reply"));
    // Ordered, no duplicates across pages.
    for (int i = 1; i < model.rowCount(); ++i)
        QVERIFY(model.index(i - 1, 0).data(SuppressionListModel::PhoneRole).toString()
                < model.index(i, 0).data(SuppressionListModel::PhoneRole).toString());
}

void tst_ListModels::breakdownMatchesContacts()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 2000;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    const ContactBreakdown all = ContactBreakdown::byDepartmentOf(&db);
    QVERIFY2(all.ok, qPrintable(all.errorString));
    QCOMPARE(all.total, 2000);
    qint64 sum = 0;
    for (const auto &group : all.byDepartment)
        sum += group.second;
    QCOMPARE(sum, 2000);
    QCOMPARE(all.byDepartment.size(), 3);
    QVERIFY(all.byDepartment.at(0).second >= all.byDepartment.at(1).second);

    const ContactBreakdown top = ContactBreakdown::byDepartmentOf(&db, 1);
    QCOMPARE(top.byDepartment.size(), 2);
    QCOMPARE(top.byDepartment.at(1).first, QStringLiteral("*"));
    QCOMPARE(top.byDepartment.at(0).second + top.byDepartment.at(1).second, 2000);
}

void tst_ListModels::emptyDatabase()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    AudienceListModel audiences(&db);
    CampaignListModel campaigns(&db);
    SuppressionListModel suppressions(&db);
    QVERIFY(audiences.reload());
    QVERIFY(campaigns.reload());
    QVERIFY(suppressions.reload());
    QCOMPARE(audiences.rowCount() + campaigns.rowCount() + suppressions.rowCount(), 0);
    QVERIFY(!suppressions.canFetchMore({}));
    const ContactBreakdown breakdown = ContactBreakdown::byDepartmentOf(&db);
    QVERIFY(breakdown.ok);
    QCOMPARE(breakdown.total, 0);
}

void tst_ListModels::contactsFetchLazily()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 1200;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    AudienceListModel audiences(&db);
    QVERIFY(audiences.reload());
    const qint64 audienceId = audiences.index(0, 0).data(AudienceListModel::IdRole).toLongLong();

    ContactListModel contacts(&db);
    QCOMPARE(contacts.rowCount(), 0);
    QVERIFY(contacts.setAudience(audienceId));
    QVERIFY(contacts.rowCount() > 0 && contacts.rowCount() < 1200); // one page, not everything
    QVERIFY(contacts.canFetchMore({}));
    {
        // (The tester fetches more from inside its modelReset checks, so it watches only this
        // part.)
        QAbstractItemModelTester tester(&contacts,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (contacts.canFetchMore({}))
            contacts.fetchMore({});
    }
    QCOMPARE(contacts.rowCount(), 1200);
    QVERIFY(contacts.index(0, ContactListModel::PhoneColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("+33 6 39 98")));
    QVERIFY(!contacts.index(0, ContactListModel::CommuneColumn).data().toString().isEmpty());
    for (int i = 1; i < contacts.rowCount(); ++i)
        QVERIFY(contacts.index(i - 1, 0).data(ContactListModel::IdRole).toLongLong()
                < contacts.index(i, 0).data(ContactListModel::IdRole).toLongLong());
    // A STOP shows at once.
    const QString phone = contacts.index(5, 0).data(ContactListModel::PhoneRole).toString();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO suppressions (phone, reason, added_at) VALUES (?, 'stop_reply', 0)"));
    query.addBindValue(phone);
    QVERIFY(query.exec());
    QVERIFY(contacts.setAudience(audienceId));
    QVERIFY(!contacts.index(5, ContactListModel::SuppressedColumn).data().toString().isEmpty());
    QVERIFY(contacts.index(4, ContactListModel::SuppressedColumn).data().toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ListModels)
#include "tst_listmodels.moc"
