// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

// Whether sending a campaign keeps within its own budget cap (campaigns.budget_cap_mc) and its
// election's spending ceiling (elections.spending_cap_mc, Code électoral L52-11), which every
// campaign of that election shares. Before sending, the previewed maximum cost is added to
// what is already spent (messages.cost_mc: reserved at each claim, the provider's price once
// accepted, 0 for a message that failed): of the campaign itself for its cap, of every campaign
// of the election for the ceiling. A preview counts every current recipient, so for a campaign
// already partly sent the check errs on the safe side. The campaign's cap is an amount
// excluding VAT, like the costs the outbox records; the election's ceiling is compared with
// amounts including VAT, because the campaign account (L52-12) records what the candidate
// paid and a candidate does not recover VAT: each campaign's spending is taxed at the rate of
// its provider's price plan (20 % without one). The outbox enforces both caps again at each
// claim (error codes "budget" and "election_budget").
struct BudgetCheck
{
    Q_DECLARE_TR_FUNCTIONS(BudgetCheck)
public:
    struct Cap
    {
        qint64 capMc = 0; // 0: no cap
        qint64 spentMc = 0;
        qint64 projectedMc = 0; // spent + the previewed maximum
        bool isSet() const { return capMc > 0; }
        // By how much the projection goes over the cap (0 within it, or without a cap).
        qint64 excessMc() const { return isSet() && projectedMc > capMc ? projectedMc - capMc : 0; }
        bool isExceeded() const { return excessMc() > 0; }
    };

    bool ok = false;
    QString errorString;
    Cap campaign; // excluding VAT
    Cap election; // including VAT
    int vatBasisPoints = 2000; // of this campaign's price plan
    qint64 electionId = 0; // 0: the campaign belongs to no election
    QString electionName;

    bool passes() const { return ok && !campaign.isExceeded() && !election.isExceeded(); }
    // One translated sentence per cap exceeded, with the amount over and how to fix it.
    QStringList refusals() const;

    // previewMaxMc: the previewed maximum cost excluding VAT.
    static BudgetCheck check(Database *database, qint64 campaignId, qint64 previewMaxMc);

    // Amount including VAT at `basisPoints` (2000 = 20 %), rounded to the millicent.
    static qint64 withVat(qint64 netMc, int basisPoints);
    // The SQL of an election's spending including VAT (one bound value: the election id): each
    // campaign's messages.cost_mc summed, taxed at its price plan's rate, and added up.
    static QString electionSpendingSql();
};
