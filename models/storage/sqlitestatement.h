// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on the sqlite3 handle under a QtSql connection, finalised on scope exit:
// for the loops that read millions of rows (segment index builds, recipients of a campaign),
// where QtSql's per-value QVariant and UTF-16 copies cost more than the query itself.
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();

    bool isValid() const { return m_statement; }
    // Binds ? parameters in order: integers as such, anything else as UTF-8 text.
    bool bind(const QVariantList &values);
    sqlite3_stmt *get() const { return m_statement; }
    QString errorString() const;

    // The sqlite3 handle under a QtSql connection, or null (PostgreSQL, or another SQLite
    // driver).
    static sqlite3 *handle(const QSqlDatabase &db);

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};
