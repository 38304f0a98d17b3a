// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "database.h"
#include "sqlscript.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString kVersionTable = QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                             " id INTEGER PRIMARY KEY CHECK (id = 1),"
                                             " version INTEGER NOT NULL,"
                                             " updated_at BIGINT NOT NULL)");

} // namespace

Migrator::Migrator(Database *database)
    : Migrator(database, builtInMigrations())
{ }

Migrator::Migrator(Database *database, QList<Migration> migrations)
    : m_database(database)
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

QList<Migrator::Migration> Migrator::builtInMigrations()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
        const QDir dir(QStringLiteral(":/sql/migrations"));
        const auto files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &fileName : files) {
            const auto match = pattern.match(fileName);
            if (!match.hasMatch()) {
                qWarning("Tribune: ignoring badly named migration %s", qPrintable(fileName));
                continue;
            }
            QFile file(dir.filePath(fileName));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            list.append(
                {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
        }
        return list;
    }();
    return migrations;
}

int Migrator::latestVersion()
{
    const auto migrations = builtInMigrations();
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

int Migrator::currentVersion()
{
    QSqlDatabase db = m_database->connection();
    if (!db.isOpen())
        return -1;
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version WHERE id = 1")))
        return -1;
    return query.next() ? query.value(0).toInt() : 0;
}

bool Migrator::migrate()
{
    m_applied.clear();
    m_errorString.clear();
    QSqlDatabase db = m_database->connection();
    if (!db.isOpen()) {
        m_errorString = tr("The database is not open.");
        return false;
    }

    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive()) {
        m_errorString = tr("Cannot start the schema migration: %1").arg(transaction.errorString());
        return false;
    }
    QSqlQuery query(db);
    if (m_database->isPostgreSql()) {
        // Serialises concurrent migrations; released at commit or rollback.
        if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7261626275)"))) {
            m_errorString = query.lastError().text();
            return false;
        }
    }
    if (!query.exec(kVersionTable)) {
        m_errorString =
            tr("Cannot create the schema version table: %1").arg(query.lastError().text());
        return false;
    }
    int version = 0;
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version WHERE id = 1"))) {
        m_errorString = query.lastError().text();
        return false;
    }
    if (query.next())
        version = query.value(0).toInt();
    query.finish();

    const int latest = m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
    if (version > latest) {
        m_errorString = tr("The database schema (version %1) is newer than this Tribune "
                           "understands (version %2): please update Tribune.")
                            .arg(version)
                            .arg(latest);
        return false;
    }

    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= version)
            continue;
        const QStringList statements =
            SqlScript::statements(migration.script, m_database->backend());
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                m_errorString =
                    tr("Migration %1 (%2) failed: %3\nStatement: %4")
                        .arg(migration.version)
                        .arg(migration.name, query.lastError().text(), statement.left(300));
                return false; // the transaction rolls back every migration of this run
            }
        }
        m_applied.append(migration.version);
    }
    if (m_applied.isEmpty()) {
        if (!transaction.commit()) {
            m_errorString = transaction.errorString();
            return false;
        }
        return true;
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int newVersion = m_applied.constLast();
    query.prepare(version == 0
                      ? QStringLiteral("INSERT INTO schema_version (id, version, updated_at) "
                                       "VALUES (1, :version, :at)")
                      : QStringLiteral("UPDATE schema_version SET version = :version, "
                                       "updated_at = :at WHERE id = 1"));
    query.bindValue(QStringLiteral(":version"), newVersion);
    query.bindValue(QStringLiteral(":at"), now);
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        return false;
    }
    if (db.tables().contains(QStringLiteral("audit_log"))) {
        QJsonObject details {{QStringLiteral("from"), version}, {QStringLiteral("to"), newVersion}};
        query.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, details) "
                                     "VALUES (:at, :actor, 'schema.migrate', :details)"));
        query.bindValue(QStringLiteral(":at"), now);
        query.bindValue(QStringLiteral(":actor"), Database::localActor());
        query.bindValue(QStringLiteral(":details"),
                        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        if (!query.exec()) {
            m_errorString = query.lastError().text();
            return false;
        }
    }
    if (!transaction.commit()) {
        m_errorString = tr("Cannot commit the schema migration: %1").arg(transaction.errorString());
        m_applied.clear();
        return false;
    }
    return true;
}
