// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

class Database;

// Appends one entry to the audit log (audit_log, append-only): who did what, when, to which
// object, with details as compact JSON. Runs in the caller's transaction, if any.
namespace AuditLog {

bool append(Database *database, const QString &actor, const QString &action,
            const QString &objectType, qint64 objectId, const QJsonObject &details,
            QString *errorString = nullptr);

} // namespace AuditLog
