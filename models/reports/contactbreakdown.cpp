// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactbreakdown.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

ContactBreakdown ContactBreakdown::byDepartmentOf(Database *database, int maxGroups)
{
    ContactBreakdown result;
    QSqlQuery query(database->connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT COALESCE(c.department, ''), COUNT(*) AS n FROM contacts c "
                           "JOIN audiences a ON a.id = c.audience_id WHERE a.purged_at IS NULL "
                           "GROUP BY c.department ORDER BY n DESC"))) {
        result.errorString = query.lastError().text();
        return result;
    }
    qint64 others = 0;
    while (query.next()) {
        const qint64 count = query.value(1).toLongLong();
        result.total += count;
        if (result.byDepartment.size() < maxGroups)
            result.byDepartment.append({query.value(0).toString(), count});
        else
            others += count;
    }
    if (others > 0)
        result.byDepartment.append({QStringLiteral("*"), others});
    result.ok = true;
    return result;
}
