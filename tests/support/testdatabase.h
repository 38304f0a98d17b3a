// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databaseurl.h"

#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

// A fresh, empty database for one test: a SQLite file in a temporary folder, or a new database
// on the suite's throw-away PostgreSQL cluster (tests/support/pgcluster.sh), dropped afterwards.
class TestDatabase final
{
    Q_DISABLE_COPY_MOVE(TestDatabase)
public:
    explicit TestDatabase(DatabaseUrl::Backend backend);
    ~TestDatabase();

    // False when the backend cannot be reached; skipReason() or errorString() says why.
    bool isReady() const { return m_url.isValid(); }
    // Non-empty when PostgreSQL was not configured for this run (the test may skip).
    QString skipReason() const { return m_skipReason; }
    // Non-empty when PostgreSQL was configured but failed (the test must fail).
    QString errorString() const { return m_errorString; }
    DatabaseUrl url() const { return m_url; }
    QString folder() const { return m_dir.path(); }

    // "sqlite" and "postgresql", for QTest _data() rows.
    static QStringList backendNames();
    static DatabaseUrl::Backend backendFromName(const QString &name);
    // The cluster's administrative URL, from TRIBUNE_TEST_PG_URL or the file named by
    // TRIBUNE_TEST_PG_URL_FILE; empty if neither is set.
    static QString postgresAdminUrl(QString *errorString);

private:
    bool execAdmin(const QString &sql, QString *errorString) const;

    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    DatabaseUrl m_adminUrl;
    QString m_skipReason;
    QString m_errorString;
};

class Database;

// The first column of the first row of `sql` on the calling thread's connection; invalid when
// the query fails or returns nothing.
QVariant queryScalar(Database &db, const QString &sql);

// Adds "backend" rows (sqlite, postgresql) to a data-driven test.
void addBackendRows();

// Declares `TestDatabase testDb` for the current row's backend: fails the test if PostgreSQL was
// configured but broken, skips it if PostgreSQL was not configured for this run.
#define TRIBUNE_TEST_DATABASE(var)                                                                 \
    QFETCH(QString, backend);                                                                      \
    TestDatabase var(TestDatabase::backendFromName(backend));                                      \
    if (!var.errorString().isEmpty())                                                              \
        QFAIL(qPrintable(var.errorString()));                                                      \
    if (!var.skipReason().isEmpty())                                                               \
        QSKIP(qPrintable(var.skipReason()));                                                       \
    QVERIFY(var.isReady())
