// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkinserter.h"

#include <QSqlError>

#include <algorithm>

namespace {
// SQLite >= 3.32 allows 32766 host parameters, PostgreSQL 65535; stay well below both.
constexpr int kMaxParameters = 30000;
constexpr int kMaxRows = 500;
} // namespace

BulkInserter::BulkInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                           const QString &suffix)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_suffix(suffix)
{
    m_rowsPerStatement = std::clamp(kMaxParameters / std::max(1, int(columns.size())), 1, kMaxRows);
    m_pending.reserve(m_rowsPerStatement * int(columns.size()));
}

QString BulkInserter::statement(int rows) const
{
    QString placeholders = QStringLiteral("(");
    for (int c = 0; c < m_columns.size(); ++c)
        placeholders += c == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    placeholders += QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                      .arg(m_table, m_columns.join(QLatin1Char(',')));
    sql.reserve(sql.size() + rows * (placeholders.size() + 1));
    for (int r = 0; r < rows; ++r) {
        if (r)
            sql += QLatin1Char(',');
        sql += placeholders;
    }
    if (!m_suffix.isEmpty())
        sql += QLatin1Char(' ') + m_suffix;
    return sql;
}

bool BulkInserter::execute(QSqlQuery &query, int rows)
{
    const int count = rows * int(m_columns.size());
    for (int i = 0; i < count; ++i)
        query.bindValue(i, m_pending.at(i));
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        return false;
    }
    m_rowsWritten += rows;
    m_pending.clear();
    return true;
}

bool BulkInserter::addRow(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columns.size());
    m_pending.append(values);
    if (m_pending.size() < m_rowsPerStatement * m_columns.size())
        return true;
    if (!m_fullBatch) {
        m_fullBatch.emplace(m_db);
        if (!m_fullBatch->prepare(statement(m_rowsPerStatement))) {
            m_errorString = m_fullBatch->lastError().text();
            return false;
        }
    }
    return execute(*m_fullBatch, m_rowsPerStatement);
}

bool BulkInserter::flush()
{
    if (m_pending.isEmpty())
        return true;
    const int rows = int(m_pending.size() / m_columns.size());
    QSqlQuery tail(m_db);
    if (!tail.prepare(statement(rows))) {
        m_errorString = tail.lastError().text();
        return false;
    }
    return execute(tail, rows);
}
