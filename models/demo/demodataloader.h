// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

class Database;

// Fills a database with the demo set described in resources/demo/demo.json: a rented audience
// of fictional contacts, a small opposition list, the offline Sandbox provider with an
// indicative price plan, an election, the French consent template and one draft campaign.
// Runs in the calling thread (use a worker thread from the GUI), all in one transaction.
class DemoDataLoader final
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataLoader)
public:
    struct Options
    {
        // The fiction block holds 10,000 numbers; the opposition list takes some of them.
        int contacts = 9950;
        quint32 seed = 2027;
    };

    struct Result
    {
        bool ok = false;
        bool alreadyLoaded = false;
        bool cancelled = false;
        QString errorString;
        qint64 contacts = 0;
        qint64 suppressed = 0;
        QString audienceName;
        QString campaignName;
        QString providerName;
        double seconds = 0;
    };

    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit DemoDataLoader(Database *database);

    Result load(const Options &options, const Progress &progress = {},
                const std::atomic_bool *cancel = nullptr);
    Result load() { return load(Options()); }

    static bool isLoaded(Database *database);
    static int maximumContacts();

private:
    Database *m_database;
};
