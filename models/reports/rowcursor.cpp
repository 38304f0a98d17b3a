// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowcursor.h"

#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

RowCursor::RowCursor(Database *database, const QString &sql, const QVariantList &values)
    : m_sql(sql)
    , m_values(values)
{
    const QSqlDatabase db = database->connection();
    if (sqlite3 *handle = SqliteStatement::handle(db)) {
        m_sqlite = true;
        m_statement = std::make_unique<SqliteStatement>(handle, sql);
    } else {
        m_query = std::make_unique<QSqlQuery>(db);
        m_query->setForwardOnly(true);
    }
}

RowCursor::~RowCursor() = default;

bool RowCursor::exec()
{
    if (m_sqlite) {
        if (!m_statement->isValid() || !m_statement->bind(m_values)) {
            m_errorString = m_statement->errorString();
            return false;
        }
        return true;
    }
    if (!m_query->prepare(m_sql)) {
        m_errorString = m_query->lastError().text();
        return false;
    }
    for (const QVariant &value : std::as_const(m_values))
        m_query->addBindValue(value);
    if (!m_query->exec()) {
        m_errorString = m_query->lastError().text();
        return false;
    }
    m_texts.resize(m_query->record().count());
    return true;
}

bool RowCursor::next()
{
    if (!m_sqlite) {
        if (m_query->next())
            return true;
        if (m_query->lastError().isValid())
            m_errorString = m_query->lastError().text();
        return false;
    }
    const int rc = sqlite3_step(m_statement->get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_errorString = m_statement->errorString();
    return false;
}

bool RowCursor::isNull(int column) const
{
    if (m_sqlite)
        return sqlite3_column_type(m_statement->get(), column) == SQLITE_NULL;
    return m_query->isNull(column);
}

qint64 RowCursor::integer(int column) const
{
    if (m_sqlite)
        return sqlite3_column_int64(m_statement->get(), column);
    return m_query->value(column).toLongLong();
}

const char *RowCursor::text(int column, qsizetype *size) const
{
    if (m_sqlite) {
        sqlite3_stmt *statement = m_statement->get();
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        *size = data ? sqlite3_column_bytes(statement, column) : 0;
        return data ? data : "";
    }
    m_texts[column] = m_query->value(column).toString().toUtf8();
    *size = m_texts[column].size();
    return m_texts[column].constData();
}

QString RowCursor::string(int column) const
{
    qsizetype size = 0;
    const char *data = text(column, &size);
    return QString::fromUtf8(data, size);
}
