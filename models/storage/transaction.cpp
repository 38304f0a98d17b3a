// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(const QSqlDatabase &db, Mode mode)
    : m_db(db)
{
    if (mode == Mode::Immediate && m_db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery query(m_db);
        m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_errorString = query.lastError().text();
        return;
    }
    m_active = m_db.transaction();
    if (!m_active)
        m_errorString = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.commit()) {
        m_errorString = m_db.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_db.rollback();
    m_active = false;
}
