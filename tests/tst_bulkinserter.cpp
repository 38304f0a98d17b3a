// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/bulkinserter.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class tst_BulkInserter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertsEveryRowExactly_data();
    void insertsEveryRowExactly();
    void conflictClause_data() { addBackendRows(); }
    void conflictClause();
    void rollbackLeavesNothing_data() { addBackendRows(); }
    void rollbackLeavesNothing();
    void reportsErrors_data() { addBackendRows(); }
    void reportsErrors();
};

void tst_BulkInserter::insertsEveryRowExactly_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("rows");
    for (const QString &backend : TestDatabase::backendNames()) {
        for (int rows : {0, 1, 499, 500, 501, 2345}) {
            QTest::addRow("%s/%d", qPrintable(backend), rows) << backend << rows;
        }
    }
}

void tst_BulkInserter::insertsEveryRowExactly()
{
    QFETCH(int, rows);
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(
        QStringLiteral("CREATE TABLE t (n BIGINT PRIMARY KEY, label TEXT, maybe TEXT)")));

    Transaction transaction(db.connection());
    BulkInserter inserter(db.connection(), QStringLiteral("t"),
                          {QStringLiteral("n"), QStringLiteral("label"), QStringLiteral("maybe")});
    for (int i = 0; i < rows; ++i) {
        const QVariant maybe = i % 3 == 0 ? QVariant() : QVariant(QStringLiteral("é;'\"%1").arg(i));
        QVERIFY2(inserter.addRow({i, QStringLiteral("row %1").arg(i), maybe}),
                 qPrintable(inserter.errorString()));
    }
    QVERIFY2(inserter.flush(), qPrintable(inserter.errorString()));
    QVERIFY(transaction.commit());
    QCOMPARE(inserter.rowsWritten(), qint64(rows));

    QVERIFY(query.exec(QStringLiteral("SELECT n, label, maybe FROM t ORDER BY n")));
    int expected = 0;
    while (query.next()) {
        QCOMPARE(query.value(0).toInt(), expected);
        QCOMPARE(query.value(1).toString(), QStringLiteral("row %1").arg(expected));
        if (expected % 3 == 0)
            QVERIFY(query.value(2).isNull());
        else
            QCOMPARE(query.value(2).toString(), QStringLiteral("é;'\"%1").arg(expected));
        ++expected;
    }
    QCOMPARE(expected, rows);
}

void tst_BulkInserter::conflictClause()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (phone TEXT PRIMARY KEY)")));
    BulkInserter inserter(db.connection(), QStringLiteral("t"), {QStringLiteral("phone")},
                          QStringLiteral("ON CONFLICT (phone) DO NOTHING"));
    for (const char *phone : {"+33639980001", "+33639980002", "+33639980001"})
        QVERIFY(inserter.addRow({QString::fromLatin1(phone)}));
    QVERIFY2(inserter.flush(), qPrintable(inserter.errorString()));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void tst_BulkInserter::rollbackLeavesNothing()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (n BIGINT)")));
    {
        Transaction transaction(db.connection(), Transaction::Mode::Immediate);
        QVERIFY(transaction.isActive());
        BulkInserter inserter(db.connection(), QStringLiteral("t"), {QStringLiteral("n")});
        for (int i = 0; i < 1200; ++i)
            QVERIFY(inserter.addRow({i}));
        QVERIFY(inserter.flush());
        // No commit: like a cancelled or crashed import.
    }
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void tst_BulkInserter::reportsErrors()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (n BIGINT NOT NULL)")));
    BulkInserter inserter(db.connection(), QStringLiteral("t"), {QStringLiteral("n")});
    QVERIFY(inserter.addRow({QVariant()}));
    QVERIFY(!inserter.flush());
    QVERIFY(!inserter.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_BulkInserter)
#include "tst_bulkinserter.moc"
