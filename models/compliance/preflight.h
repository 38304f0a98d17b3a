// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/campaign.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>

class Database;

// The checks a campaign must pass before anything is submitted, in one place for the GUI, the
// CLI and the send engine. Each check explains itself and, when it fails, how to fix it:
//   segment      the stored segment can be read
//   approval     approved, for this revision of the text
//   provider     a provider is chosen and exists
//   sender_id    a sender id valid for SMS (alphanumeric ≤ 11 or a number)
//   identity     the footer names the party or candidate
//   objection    the message says how to object (STOP)
//   request      (consent requests) who, why, source, how to answer (Consent::RequestCheck)
//   silence      electoral silence (Code électoral L49): hard block, no override
//   window       the sending window (not blocking: sending waits for the next opening)
//   sensitive    no filter on a column blocked as sensitive (GDPR art. 9)
//   recipients   someone is left after the suppression list and the consent gate; the excluded
//                are counted by reason
//   budget       the highest possible cost within the campaign's cap and the election's
//                ceiling (Code électoral L52-11), by how much otherwise (BudgetCheck)
//   parts        no message longer than the provider's maximum number of parts
// Counting recipients and parts renders every message: run it on a worker thread.
class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)
public:
    struct Check
    {
        QString key;
        bool passed = false;
        bool blocking = true; // a failed blocking check forbids submitting
        QString explanation; // translated: what was found, and how to fix it when it failed
    };

    struct Exclusions
    {
        qint64 segment = 0; // contacts of the segment
        qint64 suppressed = 0; // on the suppression list
        qint64 refused = 0; // refused or withdrew consent (not suppressed)
        qint64 notGranted = 0; // gated audience, campaign message: no yes yet
        qint64 alreadyAsked = 0; // consent request: asked before
        qint64 recipients = 0; // what is left
    };

    struct Result
    {
        bool ok = false; // the checks could run (errorString otherwise)
        QString errorString;
        bool cancelled = false;
        QList<Check> checks;
        Exclusions exclusions;
        qint64 parts = 0; // SMS parts of the whole campaign
        int worstParts = 0;
        qint64 costMaxMc = 0; // its highest possible cost, excluding VAT

        // Every blocking check passed.
        bool passed() const;
        // The failed blocking checks' explanations, one per line.
        QString failures() const;
    };

    static Result run(Database *database, const Campaign &campaign,
                      const QDateTime &now = QDateTime::currentDateTimeUtc(),
                      const std::atomic_bool *cancel = nullptr);
    // The same checks without rendering every message (no recipients and parts checks): what
    // the send engine re-checks when it starts.
    static Result quick(Database *database, const Campaign &campaign,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    static Result runChecks(Database *database, const Campaign &campaign, const QDateTime &now,
                            bool full, const std::atomic_bool *cancel);
};
