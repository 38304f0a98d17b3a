// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatestore.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

TemplateStore::TemplateStore(Database *database)
    : m_database(database)
{ }

QList<TemplateStore::Template> TemplateStore::list()
{
    QList<Template> templates;
    QSqlQuery query(m_database->connection());
    if (!query.exec(
            QStringLiteral("SELECT id, name, kind, language, body FROM templates ORDER BY name"))) {
        m_errorString = query.lastError().text();
        return templates;
    }
    while (query.next()) {
        templates.append({query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toString()});
    }
    return templates;
}

bool TemplateStore::save(const Template &t)
{
    const QString name = t.name.trimmed();
    if (name.isEmpty()) {
        m_errorString = tr("A template needs a name.");
        return false;
    }
    if (t.body.trimmed().isEmpty()) {
        m_errorString = tr("A template needs a text.");
        return false;
    }
    const QString kind =
        t.kind == QLatin1String("consent_request") ? t.kind : QStringLiteral("campaign");
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE templates SET body = ?, kind = ?, language = ?, updated_at = ? "
                       "WHERE name = ?"));
    query.addBindValue(t.body);
    query.addBindValue(kind);
    query.addBindValue(t.language.isEmpty() ? QStringLiteral("fr") : t.language);
    query.addBindValue(now);
    query.addBindValue(name);
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() == 0) {
        query.prepare(
            QStringLiteral("INSERT INTO templates (name, kind, language, body, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(name);
        query.addBindValue(kind);
        query.addBindValue(t.language.isEmpty() ? QStringLiteral("fr") : t.language);
        query.addBindValue(t.body);
        query.addBindValue(now);
        query.addBindValue(now);
        if (!query.exec()) {
            m_errorString = query.lastError().text();
            return false;
        }
    }
    if (!transaction.commit()) {
        m_errorString = transaction.errorString();
        return false;
    }
    return true;
}
