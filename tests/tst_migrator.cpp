// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/migrator.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

class tst_Migrator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromEmpty_data() { addBackendRows(); }
    void fromEmpty();
    void rerunIsIdempotent_data() { addBackendRows(); }
    void rerunIsIdempotent();
    void failedMigrationRollsBackEverything_data() { addBackendRows(); }
    void failedMigrationRollsBackEverything();
    void incrementalMigration_data() { addBackendRows(); }
    void incrementalMigration();
    void refusesNewerSchema_data() { addBackendRows(); }
    void refusesNewerSchema();
    void ledgerIsAppendOnly_data() { addBackendRows(); }
    void ledgerIsAppendOnly();
    void oneMessagePerRecipientAndCampaign_data() { addBackendRows(); }
    void oneMessagePerRecipientAndCampaign();
    void concurrentStartsMigrateOnce_data() { addBackendRows(); }
    void concurrentStartsMigrateOnce();
    void sqliteFileIsPrivateAndWal();
    void connectionPerThread_data() { addBackendRows(); }
    void connectionPerThread();
};

namespace {

QStringList expectedTables()
{
    return {"schema_version",   "users",
            "audit_log",        "audiences",
            "audience_columns", "imports",
            "import_rejects",   "contacts",
            "suppressions",     "consent_states",
            "consent_events",   "elections",
            "price_plans",      "providers",
            "templates",        "campaigns",
            "messages",         "delivery_reports",
            "inbound_messages", "app_settings"};
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

bool exec(Database &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(db.connection());
    const bool ok = query.exec(sql);
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}

} // namespace

void tst_Migrator::fromEmpty()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), 0);

    Migrator migrator(&db);
    QVERIFY2(migrator.migrate(), qPrintable(migrator.errorString()));
    QVERIFY(Migrator::latestVersion() >= 1);
    QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
    QCOMPARE(migrator.appliedVersions().constFirst(), 1);

    const QStringList tables = db.connection().tables();
    for (const QString &table : expectedTables())
        QVERIFY2(tables.contains(table), qPrintable(table + QStringLiteral(" missing")));

    // The migration itself is audited.
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'schema.migrate'")),
        1);
}

void tst_Migrator::rerunIsIdempotent()
{
    TRIBUNE_TEST_DATABASE(testDb);
    {
        Database db(testDb.url());
        QString error;
        QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
        QVERIFY(
            exec(db, QStringLiteral("INSERT INTO app_settings (key, value) VALUES ('k', 'v')")));
    }
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    Migrator again(&db);
    QVERIFY2(again.migrate(), qPrintable(again.errorString()));
    QVERIFY(again.appliedVersions().isEmpty());
    QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM app_settings WHERE value = 'v'")), 1);
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'schema.migrate'")),
        1);
}

void tst_Migrator::failedMigrationRollsBackEverything()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QList<Migrator::Migration> migrations = Migrator::builtInMigrations();
    const int broken = migrations.constLast().version + 1;
    migrations.append({broken, QStringLiteral("broken"),
                       QStringLiteral("CREATE TABLE half_done (x INTEGER);\n"
                                      "INSERT INTO no_such_table VALUES (1);")});
    Migrator migrator(&db, migrations);
    QVERIFY(!migrator.migrate());
    QVERIFY2(migrator.errorString().contains(QLatin1String("broken")),
             qPrintable(migrator.errorString()));
    // Neither the good migrations of this run nor the first half of the broken one remain.
    const QStringList tables = db.connection().tables();
    QVERIFY(!tables.contains(QLatin1String("half_done")));
    QVERIFY(!tables.contains(QLatin1String("contacts")));
    QCOMPARE(db.schemaVersion(), 0);
}

void tst_Migrator::incrementalMigration()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QList<Migrator::Migration> migrations = Migrator::builtInMigrations();
    const int next = migrations.constLast().version + 1;
    migrations.append({next, QStringLiteral("add_column"),
                       QStringLiteral("ALTER TABLE audiences ADD COLUMN region_label TEXT;")});
    Migrator migrator(&db, migrations);
    QVERIFY2(migrator.migrate(), qPrintable(migrator.errorString()));
    QCOMPARE(migrator.appliedVersions(), QList<int> {next});
    QCOMPARE(db.schemaVersion(), next);
    QVERIFY(exec(db, QStringLiteral("SELECT region_label FROM audiences")));
}

void tst_Migrator::refusesNewerSchema()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(exec(db, QStringLiteral("UPDATE schema_version SET version = 999")));
    Migrator migrator(&db);
    QVERIFY(!migrator.migrate());
    QVERIFY2(migrator.errorString().contains(QLatin1String("999")),
             qPrintable(migrator.errorString()));
}

void tst_Migrator::ledgerIsAppendOnly()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(exec(db,
                 QStringLiteral("INSERT INTO consent_events (at, phone, event) VALUES (1, "
                                "'+33639980001', 'requested')")));
    QVERIFY(exec(db,
                 QStringLiteral("INSERT INTO suppressions (phone, reason, added_at) VALUES "
                                "('+33639980001', 'stop_reply', 1)")));

    QVERIFY(!exec(db, QStringLiteral("UPDATE consent_events SET event = 'granted'"), &error));
    QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
    QVERIFY(!exec(db, QStringLiteral("DELETE FROM consent_events"), &error));
    QVERIFY(!exec(db, QStringLiteral("DELETE FROM audit_log"), &error));
    QVERIFY(!exec(db, QStringLiteral("UPDATE audit_log SET actor = 'someone else'"), &error));
    QVERIFY(!exec(db, QStringLiteral("DELETE FROM suppressions"), &error));
    QVERIFY2(error.contains(QLatin1String("stays suppressed")), qPrintable(error));

    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM consent_events WHERE event = 'requested'")),
        1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM suppressions")), 1);
}

void tst_Migrator::oneMessagePerRecipientAndCampaign()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(exec(db,
                 QStringLiteral("INSERT INTO campaigns (id, name, kind, created_at, updated_at) "
                                "VALUES (1, 'c', 'campaign', 0, 0)")));
    const QString insert = QStringLiteral(
        "INSERT INTO messages (campaign_id, phone, body, encoding, parts, client_ref, queued_at) "
        "VALUES (1, '+33639980001', 'x', 'GSM-7', 1, '%1', 0)");
    QVERIFY(exec(db, insert.arg(QStringLiteral("ref-1")), &error));
    QVERIFY(!exec(db, insert.arg(QStringLiteral("ref-2"))));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages")), 1);
    // Checks reject values outside the state machine.
    QVERIFY(!exec(db, QStringLiteral("UPDATE messages SET state = 'sent-twice'")));
}

void tst_Migrator::concurrentStartsMigrateOnce()
{
    TRIBUNE_TEST_DATABASE(testDb);
    // Two "instances" start at the same moment on the same database.
    Database first(testDb.url());
    Database second(testDb.url());
    std::atomic_int failures {0};
    QString errors[2];
    auto start = [&](Database *db, QString *error) {
        return QThread::create([db, error, &failures]() {
            if (!db->openAndMigrate(error))
                ++failures;
            db->closeThreadConnection();
        });
    };
    std::unique_ptr<QThread> a(start(&first, &errors[0]));
    std::unique_ptr<QThread> b(start(&second, &errors[1]));
    a->start();
    b->start();
    QVERIFY(a->wait(60000));
    QVERIFY(b->wait(60000));
    QVERIFY2(failures == 0, qPrintable(errors[0] + QLatin1Char(' ') + errors[1]));
    QCOMPARE(first.schemaVersion(), Migrator::latestVersion());
    QCOMPARE(
        scalar(first,
               QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'schema.migrate'")),
        1);
}

void tst_Migrator::sqliteFileIsPrivateAndWal()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const QFile::Permissions permissions = QFile::permissions(testDb.url().filePath());
    QVERIFY(permissions.testFlag(QFile::ReadOwner));
    QVERIFY(permissions.testFlag(QFile::WriteOwner));
    QVERIFY(!permissions.testFlag(QFile::ReadGroup));
    QVERIFY(!permissions.testFlag(QFile::ReadOther));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void tst_Migrator::connectionPerThread()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const QString mainName = db.connection().connectionName();
    QString workerName;
    qint64 workerCount = -1;
    std::unique_ptr<QThread> worker(QThread::create([&]() {
        workerName = db.connection().connectionName();
        QSqlQuery query(db.connection());
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM audiences")) && query.next())
            workerCount = query.value(0).toLongLong();
        db.closeThreadConnection();
    }));
    worker->start();
    QVERIFY(worker->wait(30000));
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    QCOMPARE(workerCount, 0);
    QVERIFY(!QSqlDatabase::contains(workerName)); // closed and removed with its thread
    QVERIFY(db.connection().isOpen());
}

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"
