// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

class Database;

// How the stored contacts spread over départements: the first report a team looks at after
// renting a file. Runs a GROUP BY, so call it from a worker thread.
struct ContactBreakdown
{
    // Largest first; "*" groups the départements beyond maxGroups, "" the unknown ones.
    QList<QPair<QString, qint64>> byDepartment;
    qint64 total = 0;
    bool ok = false;
    QString errorString;

    static ContactBreakdown byDepartmentOf(Database *database, int maxGroups = 12);
};
