// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasestats.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

DatabaseStats DatabaseStats::read(Database *database, Detail detail)
{
    DatabaseStats stats;
    QSqlDatabase db = database->connection();
    if (!db.isOpen()) {
        stats.errorString = db.lastError().text();
        return stats;
    }
    stats.schemaVersion = database->schemaVersion();
    QSqlQuery query(db);
    const bool full = detail == Detail::Full;
    const bool counted = query.exec(
        QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM audiences WHERE purged_at IS NULL),"
            " (SELECT COALESCE(SUM(contact_count), 0) FROM audiences WHERE purged_at IS NULL),"
            " (SELECT COUNT(*) FROM campaigns), %1, %2")
            .arg(full ? QStringLiteral("(SELECT COUNT(*) FROM suppressions)") : QStringLiteral("0"),
                 full ? QStringLiteral("(SELECT COUNT(*) FROM consent_events)")
                      : QStringLiteral("0")));
    if (!counted || !query.next()) {
        stats.errorString = query.lastError().text();
        return stats;
    }
    stats.audiences = query.value(0).toLongLong();
    stats.contacts = query.value(1).toLongLong();
    stats.campaigns = query.value(2).toLongLong();
    stats.suppressed = query.value(3).toLongLong();
    stats.consentEvents = query.value(4).toLongLong();
    if (query.exec(QStringLiteral(
            "SELECT name, kind FROM providers WHERE is_active = 1 ORDER BY id LIMIT 1"))
        && query.next()) {
        stats.activeProvider = query.value(0).toString();
        stats.activeProviderKind = query.value(1).toString();
    }
    stats.ok = true;
    return stats;
}
