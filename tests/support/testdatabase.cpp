// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "storage/database.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

QStringList TestDatabase::backendNames()
{
    return {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
}

DatabaseUrl::Backend TestDatabase::backendFromName(const QString &name)
{
    return name == QLatin1String("postgresql") ? DatabaseUrl::Backend::PostgreSql
                                               : DatabaseUrl::Backend::Sqlite;
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString &name : TestDatabase::backendNames())
        QTest::newRow(qPrintable(name)) << name;
}

QString TestDatabase::postgresAdminUrl(QString *errorString)
{
    const QString direct = qEnvironmentVariable("TRIBUNE_TEST_PG_URL");
    if (!direct.isEmpty())
        return direct;
    const QString file = qEnvironmentVariable("TRIBUNE_TEST_PG_URL_FILE");
    if (file.isEmpty())
        return {};
    QFile urlFile(file);
    if (!urlFile.open(QIODevice::ReadOnly)) {
        *errorString = QStringLiteral("PostgreSQL test cluster URL file %1 is missing: did the "
                                      "pg_start fixture fail?")
                           .arg(file);
        return {};
    }
    return QString::fromUtf8(urlFile.readAll()).trimmed();
}

TestDatabase::TestDatabase(DatabaseUrl::Backend backend)
{
    if (backend == DatabaseUrl::Backend::Sqlite) {
        m_url = DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("tribune.db")));
        return;
    }
    const QString admin = postgresAdminUrl(&m_errorString);
    if (admin.isEmpty()) {
        if (m_errorString.isEmpty())
            m_skipReason = QStringLiteral("PostgreSQL is not configured for this run (set "
                                          "TRIBUNE_TEST_PG_URL or run through ctest)");
        return;
    }
    m_adminUrl = DatabaseUrl::parse(admin, &m_errorString);
    if (!m_adminUrl.isValid())
        return;
    const QString name =
        QStringLiteral("tribune_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    if (!execAdmin(QStringLiteral("CREATE DATABASE %1").arg(name), &m_errorString))
        return;
    m_url = m_adminUrl.withDatabaseName(name);
}

TestDatabase::~TestDatabase()
{
    if (m_url.backend() == DatabaseUrl::Backend::PostgreSql) {
        QString error;
        if (!execAdmin(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_url.databaseName()),
                &error))
            qWarning("Cannot drop test database: %s", qPrintable(error));
    }
}

bool TestDatabase::execAdmin(const QString &sql, QString *errorString) const
{
    const QString connection =
        QStringLiteral("tribune-test-admin-%1").arg(QUuid::createUuid().toString());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_adminUrl.host());
        db.setPort(m_adminUrl.port());
        db.setUserName(m_adminUrl.userName());
        db.setPassword(m_adminUrl.password());
        db.setDatabaseName(m_adminUrl.databaseName());
        if (!db.open()) {
            *errorString = QStringLiteral("Cannot reach the PostgreSQL test cluster at %1: %2")
                               .arg(m_adminUrl.toDisplayString(), db.lastError().text());
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *errorString = query.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QVariant queryScalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}
