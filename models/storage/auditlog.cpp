// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "reports/recordexports.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace AuditLog {

bool append(Database *database, const QString &actor, const QString &action,
            const QString &objectType, qint64 objectId, const QJsonObject &details,
            QString *errorString, qint64 userId)
{
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, user_id, actor, action, object_type, "
                                 "object_id, details) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(userId > 0 ? QVariant(userId) : QVariant(QMetaType(QMetaType::LongLong)));
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

namespace {

const QString SelectEntries =
    QStringLiteral("SELECT id, at, actor, action, object_type, object_id, details FROM audit_log ");

Entry entryFrom(const QSqlQuery &query)
{
    Entry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.objectType = query.value(4).toString();
    entry.objectId = query.value(5).toLongLong();
    entry.details = query.value(6).toString();
    return entry;
}

bool setError(QString *errorString, const QString &message)
{
    if (errorString)
        *errorString = message;
    return false;
}

void readFailed(QString *errorString, const QSqlQuery &query)
{
    setError(errorString,
             QCoreApplication::translate("AuditLog", "Cannot read the audit log: %1")
                 .arg(query.lastError().text()));
}

} // namespace

std::optional<QList<Entry>> read(Database *database, const QDateTime &since, int limit,
                                 QString *errorString)
{
    QSqlQuery query(database->connection());
    query.setForwardOnly(true);
    QString sql = SelectEntries;
    if (since.isValid())
        sql += QStringLiteral("WHERE at >= ? ");
    sql += QStringLiteral("ORDER BY at DESC, id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    query.prepare(sql);
    if (since.isValid())
        query.addBindValue(since.toMSecsSinceEpoch());
    if (!query.exec()) {
        readFailed(errorString, query);
        return std::nullopt;
    }
    QList<Entry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

QStringList csvHeader()
{
    return {QStringLiteral("id"),     QStringLiteral("at"),          QStringLiteral("actor"),
            QStringLiteral("action"), QStringLiteral("object_type"), QStringLiteral("object_id"),
            QStringLiteral("details")};
}

QStringList csvRow(const Entry &entry)
{
    return {QString::number(entry.id),
            entry.at.toString(Qt::ISODateWithMs),
            entry.actor,
            entry.action,
            entry.objectType,
            entry.objectId > 0 ? QString::number(entry.objectId) : QString(),
            entry.details};
}

bool forEachEntry(Database *database, const std::function<bool(const Entry &)> &visit,
                  QString *errorString)
{
    QSqlQuery query(database->connection());
    query.setForwardOnly(true);
    if (!query.exec(SelectEntries + QStringLiteral("ORDER BY at, id"))) {
        readFailed(errorString, query);
        return false;
    }
    while (query.next()) {
        if (!visit(entryFrom(query)))
            return true;
    }
    if (query.lastError().isValid()) {
        readFailed(errorString, query);
        return false;
    }
    return true;
}

qint64 exportCsv(Database *database, const QString &path, const CsvWriter::Options &options,
                 const QString &actor, QString *errorString)
{
    Reports::ExportRequest request;
    request.kind = Reports::ExportKind::Audit;
    request.path = path;
    request.format.csv = options;
    request.format.decimalComma = options.delimiter == QLatin1Char(';');
    const Reports::ExportResult result = Reports::RecordExports::auditLog(database, request, {});
    if (!result.ok()) {
        setError(errorString, result.errorString);
        return -1;
    }
    if (!append(database, actor, QStringLiteral("audit.export"), QString(), 0,
                {{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                 {QStringLiteral("entries"), result.rows}},
                errorString))
        return -1;
    return result.rows;
}

} // namespace AuditLog
