// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Database;

// A cheap summary of what a database holds, for the status bar, `tribune-cli info` and the
// welcome check. Contact totals come from the per-audience counters, not COUNT(*) over contacts.
struct DatabaseStats
{
    int schemaVersion = 0;
    qint64 audiences = 0;
    qint64 contacts = 0;
    qint64 campaigns = 0;
    qint64 suppressed = 0;
    qint64 consentEvents = 0;
    QString activeProvider;
    QString activeProviderKind;
    bool ok = false;
    QString errorString;

    bool isEmpty() const { return audiences == 0 && campaigns == 0; }

    enum class Detail {
        // Schema, audiences, contacts (maintained counters), campaigns, provider: cheap at any
        // size, fine on the GUI thread.
        Summary,
        // Also counts suppressions and consent events (COUNT(*) over tables that reach millions
        // of rows): call from a worker thread.
        Full,
    };
    static DatabaseStats read(Database *database, Detail detail = Detail::Full);
};
