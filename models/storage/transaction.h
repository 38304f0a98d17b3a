// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// Scoped transaction: rolled back unless commit() succeeds, so an early return or a crash
// leaves the database as it was.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    enum class Mode {
        Deferred,
        // Takes the write lock at once on SQLite (BEGIN IMMEDIATE), so two writers queue on
        // busy_timeout instead of failing half-way; same as Deferred on PostgreSQL.
        Immediate,
    };

    explicit Transaction(const QSqlDatabase &db, Mode mode = Mode::Deferred);
    ~Transaction();

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString errorString() const { return m_errorString; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_errorString;
};
