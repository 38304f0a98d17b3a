// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

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

qint64 exportCsv(Database *database, const QString &path, const CsvWriter::Options &options,
                 const QString &actor, QString *errorString)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        setError(errorString,
                 QCoreApplication::translate("AuditLog", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString()));
        return -1;
    }
    CsvWriter writer(&file, options);
    QSqlQuery query(database->connection());
    query.setForwardOnly(true);
    if (!query.exec(SelectEntries + QStringLiteral("ORDER BY at, id"))) {
        readFailed(errorString, query);
        return -1;
    }
    bool ok = writer.writeRow(csvHeader());
    qint64 rows = 0;
    while (ok && query.next()) {
        ok = writer.writeRow(csvRow(entryFrom(query)));
        ++rows;
    }
    if (!ok || !writer.flush()) {
        setError(errorString, writer.errorString());
        return -1;
    }
    if (!append(database, actor, QStringLiteral("audit.export"), QString(), 0,
                {{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                 {QStringLiteral("entries"), rows}},
                errorString))
        return -1;
    return rows;
}

} // namespace AuditLog
