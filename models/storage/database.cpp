// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace {

void setError(QString *target, const QString &message)
{
    if (target)
        *target = message;
}

} // namespace

Database::Database(const DatabaseUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{ }

Database::~Database()
{
    QSet<QString> names;
    {
        QMutexLocker locker(&m_mutex);
        names.swap(m_connectionNames);
    }
    for (const QString &name : std::as_const(names)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::connectionName() const
{
    return QStringLiteral("tribune-%1-%2")
        .arg(reinterpret_cast<quintptr>(this), 0, 16)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

QString Database::localActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("local") : user;
}

QString Database::actor() const
{
    if (isPostgreSql() && !m_url.userName().isEmpty())
        return m_url.userName();
    return localActor();
}

bool Database::prepareSqliteFile(QString *errorString)
{
    const QFileInfo info(m_url.filePath());
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral("."))) {
            setError(errorString,
                     tr("Cannot create the data folder %1.")
                         .arg(QDir::toNativeSeparators(dir.absolutePath())));
            return false;
        }
        QFile::setPermissions(dir.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (!info.exists()) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::WriteOnly)) {
            setError(errorString,
                     tr("Cannot create the database file %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
            return false;
        }
        file.close();
    }
    // Contacts' phone numbers are personal data: only the owner may read the file. SQLite gives
    // its -wal and -shm files the same mode as the database file.
    QFile::setPermissions(info.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool Database::openConnection(QSqlDatabase &db, QString *errorString)
{
    switch (m_url.backend()) {
    case DatabaseUrl::Backend::Invalid:
        setError(errorString, tr("No valid database URL is configured."));
        return false;
    case DatabaseUrl::Backend::Sqlite: {
        if (!prepareSqliteFile(errorString))
            return false;
        db.setDatabaseName(m_url.filePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            setError(errorString,
                     tr("Cannot open the SQLite database %1: %2")
                         .arg(QDir::toNativeSeparators(m_url.filePath()), db.lastError().text()));
            return false;
        }
        QSqlQuery query(db);
        const QStringList pragmas = {
            QStringLiteral("PRAGMA journal_mode=WAL"),
            QStringLiteral("PRAGMA synchronous=NORMAL"),
            QStringLiteral("PRAGMA foreign_keys=ON"),
            QStringLiteral("PRAGMA temp_store=MEMORY"),
            // 64 MiB of page cache (default 2 MiB): imports of millions of contacts update four
            // indexes, which otherwise thrash the cache and spend their time in read/write calls.
            QStringLiteral("PRAGMA cache_size=-65536"),
        };
        for (const QString &pragma : pragmas) {
            // Switching a new file to WAL needs an exclusive lock and SQLite's busy handler does
            // not wait for it: when another connection (another Tribune, a worker) holds the
            // file at that instant, retry for up to the busy timeout.
            bool ok = query.exec(pragma);
            // SQLITE_BUSY: "database is locked".
            for (int attempt = 0; !ok && attempt < 200
                 && query.lastError().databaseText().contains(QLatin1String("locked"));
                 ++attempt) {
                QThread::msleep(50);
                ok = query.exec(pragma);
            }
            if (!ok) {
                setError(
                    errorString,
                    tr("Cannot configure the SQLite database: %1").arg(query.lastError().text()));
                db.close();
                return false;
            }
        }
        return true;
    }
    case DatabaseUrl::Backend::PostgreSql: {
        db.setHostName(m_url.host());
        db.setPort(m_url.port());
        db.setUserName(m_url.userName());
        db.setPassword(m_url.password());
        db.setDatabaseName(m_url.databaseName());
        QStringList options = m_url.connectOptions();
        if (!m_url.toDisplayString().contains(QLatin1String("connect_timeout")))
            options.append(QStringLiteral("connect_timeout=10"));
        if (!m_url.toDisplayString().contains(QLatin1String("application_name")))
            options.append(QStringLiteral("application_name=tribune"));
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            setError(errorString,
                     tr("Cannot connect to PostgreSQL at %1: %2")
                         .arg(m_url.toDisplayString(), db.lastError().text().trimmed()));
            return false;
        }
        return true;
    }
    }
    return false;
}

bool Database::open(QString *errorString)
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return true;
        return openConnection(db, errorString);
    }
    const QString driver = isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (m_url.isValid() && !QSqlDatabase::isDriverAvailable(driver)) {
        setError(errorString,
                 isSqlite()
                     ? tr("The Qt SQLite driver (QSQLITE) is not installed.")
                     : tr("The Qt PostgreSQL driver (QPSQL) is not installed; on Debian install "
                          "the package libqt6sql6-psql."));
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        {
            QMutexLocker locker(&m_mutex);
            m_connectionNames.insert(name);
        }
        if (openConnection(db, errorString))
            return true;
    }
    closeThreadConnection();
    return false;
}

bool Database::openAndMigrate(QString *errorString)
{
    if (!open(errorString))
        return false;
    Migrator migrator(this);
    if (!migrator.migrate()) {
        setError(errorString, migrator.errorString());
        return false;
    }
    return true;
}

QSqlDatabase Database::connection()
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name) || !QSqlDatabase::database(name, false).isOpen()) {
        QString error;
        if (!open(&error))
            qWarning("Tribune: %s", qPrintable(error));
    }
    return QSqlDatabase::database(name, false);
}

void Database::closeThreadConnection()
{
    const QString name = connectionName();
    {
        QMutexLocker locker(&m_mutex);
        if (!m_connectionNames.remove(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int Database::schemaVersion()
{
    return Migrator(this).currentVersion();
}

bool Database::testConnection(const DatabaseUrl &url, QString *errorString)
{
    if (!url.isValid()) {
        setError(errorString, tr("No valid database URL is configured."));
        return false;
    }
    Database probe(url);
    const bool ok = probe.open(errorString);
    if (ok) {
        QSqlQuery query(probe.connection());
        if (!query.exec(QStringLiteral("SELECT 1"))) {
            setError(errorString, query.lastError().text());
            return false;
        }
    }
    return ok;
}
