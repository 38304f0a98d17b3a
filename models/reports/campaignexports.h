// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/exporter.h"

class Database;

// The exports about campaigns: the report (one row per message), the summary (one row per
// campaign) and the spend of the campaign account (Code électoral L52-12). They check nothing
// about who asks (runExport does) and write request.path through writeCsvFile.
namespace Reports {

class CampaignExports
{
    Q_DECLARE_TR_FUNCTIONS(CampaignExports)
public:
    // One row per message of request.campaignId, in the order they were queued: number
    // (masked unless request.format.fullNumbers), status, the times of the message's life in
    // Europe/Paris, parts, encoding, cost excl. VAT (exact, 5 decimals), the provider's id,
    // error code and text. Streams in constant memory; progress against the campaign's count.
    static ExportResult report(Database *database, const ExportRequest &request,
                               const Progress &progress);
    // One row per campaign (of request.electionId when set): what it is, when it ran, its
    // recipients and parts, how its messages ended, replies and opt-outs (STOP replies to it),
    // its spend excl. VAT, VAT and incl. VAT, and its budget cap.
    static ExportResult summary(Database *database, const ExportRequest &request,
                                const Progress &progress);
    // The spend of request.electionId's campaigns (or of request.campaignId alone): one row
    // per day (Europe/Paris, of the provider's acceptance), provider and campaign with the
    // parts the provider accepted and their amount excl. VAT, VAT (the provider's price plan's
    // rate) and incl. VAT, then a TOTAL row. Amounts are integer sums of messages.cost_mc,
    // exact to the millicent (5 decimals).
    static ExportResult spend(Database *database, const ExportRequest &request,
                              const Progress &progress);

    // A message state as the report shows it ("Delivered"), translated.
    static QString messageStateLabel(const QString &state);
};

} // namespace Reports
