// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

class Database;
class SqliteStatement;

// A forward-only SELECT for the exports, read as UTF-8 text and integers: straight from the
// sqlite3 C API on SQLite (no QVariant or UTF-16 copy per value, what makes exports of
// millions of rows as fast as the sqlite3 shell), through QSqlQuery elsewhere.
class RowCursor final
{
    Q_DISABLE_COPY_MOVE(RowCursor)
public:
    // `sql` with ? parameters bound to `values` (integers as such, anything else as text).
    RowCursor(Database *database, const QString &sql, const QVariantList &values = {});
    ~RowCursor();

    bool exec();
    bool next();
    QString errorString() const { return m_errorString; }

    bool isNull(int column) const;
    qint64 integer(int column) const;
    // The value as UTF-8, valid until the next call to next(); empty for NULL.
    const char *text(int column, qsizetype *size) const;
    QString string(int column) const;

private:
    QString m_sql;
    QVariantList m_values;
    std::unique_ptr<SqliteStatement> m_statement;
    std::unique_ptr<QSqlQuery> m_query;
    mutable QList<QByteArray> m_texts;
    bool m_sqlite = false;
    QString m_errorString;
};
