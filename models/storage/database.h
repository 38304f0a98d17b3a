// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseurl.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

// Tribune's storage: one SQLite file or one PostgreSQL database, reached through one named
// connection per thread (Qt's rule: a QSqlDatabase is used only in the thread that opened it).
class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)
public:
    explicit Database(const DatabaseUrl &url, QObject *parent = nullptr);
    ~Database() override;

    const DatabaseUrl &url() const { return m_url; }
    DatabaseUrl::Backend backend() const { return m_url.backend(); }
    bool isSqlite() const { return backend() == DatabaseUrl::Backend::Sqlite; }
    bool isPostgreSql() const { return backend() == DatabaseUrl::Backend::PostgreSql; }

    // Opens the calling thread's connection (creating the SQLite file with mode 0600).
    bool open(QString *errorString = nullptr);
    // Opens, then brings the schema to the latest version.
    bool openAndMigrate(QString *errorString = nullptr);

    // The calling thread's connection, opened on first use. Never store it: call again.
    QSqlDatabase connection();
    // Closes and forgets the calling thread's connection (call at the end of a worker thread).
    void closeThreadConnection();

    // The schema version recorded in the database (0 for an empty database, -1 on error).
    int schemaVersion();

    // Checks that a URL can be opened, without migrating anything. Safe from any thread.
    static bool testConnection(const DatabaseUrl &url, QString *errorString);

    // Name of the OS user running Tribune, recorded as the actor of local audit entries.
    static QString localActor();
    // Who acts on this database: the PostgreSQL login of a team database (its own
    // authentication), else the OS user.
    QString actor() const;

private:
    QString connectionName() const;
    bool openConnection(QSqlDatabase &db, QString *errorString);
    bool prepareSqliteFile(QString *errorString);

    DatabaseUrl m_url;
    QMutex m_mutex;
    QSet<QString> m_connectionNames;
};
