// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Brings a database to the latest schema: numbered SQL migrations from resources/sql/migrations,
// all pending ones applied in one transaction together with the schema version row, under a lock
// so that two Tribune instances starting at once on PostgreSQL do not race.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString script;
    };

    explicit Migrator(Database *database);
    // For tests: use these migrations instead of the built-in ones.
    Migrator(Database *database, QList<Migration> migrations);

    static QList<Migration> builtInMigrations();
    static int latestVersion();

    int currentVersion();
    bool migrate();
    QString errorString() const { return m_errorString; }
    // Versions applied by the last migrate() call.
    QList<int> appliedVersions() const { return m_applied; }

private:
    Database *m_database;
    QList<Migration> m_migrations;
    QString m_errorString;
    QList<int> m_applied;
};
