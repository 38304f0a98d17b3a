// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "storage/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace AuditLog {

bool append(Database *database, const QString &actor, const QString &action,
            const QString &objectType, qint64 objectId, const QJsonObject &details,
            QString *errorString)
{
    QSqlQuery query(database->connection());
    query.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, object_type, object_id, details) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(actor);
    query.addBindValue(action);
    query.addBindValue(objectType);
    query.addBindValue(objectId > 0 ? QVariant(objectId)
                                    : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (query.exec())
        return true;
    if (errorString)
        *errorString = query.lastError().text();
    return false;
}

} // namespace AuditLog
