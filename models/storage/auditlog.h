// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/csvwriter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

// Appends one entry to the audit log (audit_log, append-only): who did what, when, to which
// object, with details as compact JSON. Runs in the caller's transaction, if any.
namespace AuditLog {

// `userId`: the acting user account, 0 for none (a database without accounts).
bool append(Database *database, const QString &actor, const QString &action,
            const QString &objectType, qint64 objectId, const QJsonObject &details,
            QString *errorString = nullptr, qint64 userId = 0);

// One entry as read back.
struct Entry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString action;
    QString objectType;
    qint64 objectId = 0; // 0: none
    QString details; // compact JSON
};

// The newest entries first, at or after `since` (all when invalid), at most `limit` (all when
// limit <= 0); nullopt with *errorString on a database error.
std::optional<QList<Entry>> read(Database *database, const QDateTime &since, int limit,
                                 QString *errorString = nullptr);

// Calls `visit` with every entry, oldest first, streaming, until it returns false; false with
// *errorString on a database error.
bool forEachEntry(Database *database, const std::function<bool(const Entry &)> &visit,
                  QString *errorString = nullptr);

// The CSV columns, and one entry as a CSV row (time in ISO 8601 UTC).
QStringList csvHeader();
QStringList csvRow(const Entry &entry);

// Writes the whole log to the CSV file `path`, oldest first (Reports::RecordExports::auditLog:
// no file on failure), then appends an "audit.export"
// entry naming the file as `actor`. The number of entries written, or -1 with *errorString.
qint64 exportCsv(Database *database, const QString &path, const CsvWriter::Options &options,
                 const QString &actor, QString *errorString = nullptr);

} // namespace AuditLog
