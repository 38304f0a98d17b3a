// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

// Inserts many rows through prepared multi-row "INSERT ... VALUES (...), (...)" statements, so
// that loading millions of contacts costs one round trip per few hundred rows, not per row.
// Call inside a Transaction; call flush() before committing.
class BulkInserter final
{
    Q_DISABLE_COPY_MOVE(BulkInserter)
public:
    BulkInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                 const QString &suffix = QString());

    bool addRow(const QVariantList &values);
    bool flush();

    qint64 rowsWritten() const { return m_rowsWritten; }
    QString errorString() const { return m_errorString; }
    int rowsPerStatement() const { return m_rowsPerStatement; }

private:
    QString statement(int rows) const;
    bool execute(QSqlQuery &query, int rows);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QString m_suffix;
    int m_rowsPerStatement = 1;
    std::optional<QSqlQuery> m_fullBatch;
    QVariantList m_pending;
    qint64 m_rowsWritten = 0;
    QString m_errorString;
};
