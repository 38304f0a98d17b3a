// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demodataloader.h"
#include "storage/database.h"
#include "storage/databasestats.h"
#include "support/testdatabase.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <atomic>

class tst_DemoDataLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsALivingDatabase_data() { addBackendRows(); }
    void loadsALivingDatabase();
    void secondLoadChangesNothing_data() { addBackendRows(); }
    void secondLoadChangesNothing();
    void cancelLeavesDatabaseUntouched_data() { addBackendRows(); }
    void cancelLeavesDatabaseUntouched();
    void rejectsImpossibleSizes();
};

namespace {
qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}
} // namespace

void tst_DemoDataLoader::loadsALivingDatabase()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(!DemoDataLoader::isLoaded(&db));

    qint64 lastProgress = -1;
    const DemoDataLoader::Result result =
        DemoDataLoader(&db).load(DemoDataLoader::Options(), [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastProgress);
            QCOMPARE(total, qint64(DemoDataLoader::Options().contacts));
            lastProgress = done;
        });
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QVERIFY(!result.alreadyLoaded);
    QCOMPARE(lastProgress, qint64(DemoDataLoader::Options().contacts));
    QCOMPARE(result.contacts, qint64(9950));
    QCOMPARE(result.suppressed, qint64(50));
    QVERIFY(DemoDataLoader::isLoaded(&db));

    const DatabaseStats stats = DatabaseStats::read(&db);
    QVERIFY(stats.ok);
    QCOMPARE(stats.audiences, 1);
    QCOMPARE(stats.contacts, 9950);
    QCOMPARE(stats.campaigns, 1);
    QCOMPARE(stats.suppressed, 50);
    QCOMPARE(stats.activeProviderKind, QStringLiteral("sandbox"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts")), 9950);

    // Every number is in the fiction block, unique, and none is on the suppression list.
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT phone FROM contacts")));
    const QRegularExpression fiction(QStringLiteral("^\\+3363998\\d{4}$"));
    int checked = 0;
    while (query.next()) {
        QVERIFY2(fiction.match(query.value(0).toString()).hasMatch(),
                 qPrintable(query.value(0).toString()));
        ++checked;
    }
    QCOMPARE(checked, 9950);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT phone) FROM contacts")), 9950);
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT COUNT(*) FROM contacts c JOIN suppressions s ON s.phone = c.phone")),
        0);

    // The rented audience keeps its provenance; the campaign is a draft consent request.
    QVERIFY(query.exec(
        QStringLiteral("SELECT origin, broker, consent_terms, retention_until FROM audiences")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("rented"));
    QVERIFY(query.value(1).toString().contains(QLatin1String("fictif")));
    QVERIFY(!query.value(2).toString().isEmpty());
    QVERIFY(!query.value(3).isNull());
    QVERIFY(query.exec(
        QStringLiteral("SELECT kind, state, message, footer, provider_id FROM campaigns")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("consent_request"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("draft"));
    QVERIFY(query.value(2).toString().contains(QLatin1String("OUI ou NON")));
    QVERIFY(query.value(3).toString().contains(QLatin1String("STOP")));
    QVERIFY(!query.value(4).isNull());
    // Spread over several départements, for a meaningful breakdown.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT department) FROM contacts")), 3);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'demo.load'")), 1);
}

void tst_DemoDataLoader::secondLoadChangesNothing()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 300;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    const DemoDataLoader::Result again = DemoDataLoader(&db).load(options);
    QVERIFY(again.ok);
    QVERIFY(again.alreadyLoaded);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts")), 300);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM campaigns")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM providers")), 1);
}

void tst_DemoDataLoader::cancelLeavesDatabaseUntouched()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    std::atomic_bool cancel {false};
    const DemoDataLoader::Result result = DemoDataLoader(&db).load(
        DemoDataLoader::Options(),
        [&](qint64 done, qint64) {
            if (done >= 3000)
                cancel = true;
        },
        &cancel);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audiences")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM providers")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM suppressions")), 0);
    QVERIFY(!DemoDataLoader::isLoaded(&db));
}

void tst_DemoDataLoader::rejectsImpossibleSizes()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = DemoDataLoader::maximumContacts() + 1;
    const DemoDataLoader::Result result = DemoDataLoader(&db).load(options);
    QVERIFY(!result.ok);
    QVERIFY(result.errorString.contains(QString::number(DemoDataLoader::maximumContacts())));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audiences")), 0);
}

QTEST_GUILESS_MAIN(tst_DemoDataLoader)
#include "tst_demodataloader.moc"
