// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/exportformat.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;

// The one entry point of Tribune's CSV exports, shared by tribune-cli export and the GUI's
// export dialog: what can be exported, the request, and runExport(), which checks who may export
// what, runs the exporter and audits the export.
namespace Reports {

enum class ExportKind {
    Report, // one row per message of a campaign
    Summary, // one row per campaign (of an election, or all)
    Spend, // the campaign account (Code électoral L52-12): per day, provider and campaign
    Consent, // consent proof of a number or an audience, from the ledger
    Suppression, // the suppression list
    Audit, // the audit log
    Transparency, // the transparency record of a campaign (EU regulation 2024/900)
    Rejects, // the import reject report of an audience
};

// Labels and keys of the export kinds, and what each one needs.
class ExportKinds
{
    Q_DECLARE_TR_FUNCTIONS(ExportKinds)
public:
    static QList<ExportKind> all();
    // "report", "summary", "spend", "consent", "suppression", "audit", "transparency", "rejects":
    // the CLI's words and the audit log's action suffix.
    static QString key(ExportKind kind);
    static std::optional<ExportKind> fromKey(const QString &key);
    // As people read it ("Campaign report"), translated.
    static QString label(ExportKind kind);
    // A suggested file name ("campaign-report.csv"), without folder.
    static QString defaultFileName(ExportKind kind);

    // What the request must name: a campaign (report, transparency), an audience (rejects),
    // a number or an audience (consent), optionally an election or a campaign (summary: an
    // election; spend: an election or a campaign).
    static bool needsCampaign(ExportKind kind);
    static bool needsAudience(ExportKind kind);
    static bool acceptsElection(ExportKind kind);
    static bool acceptsCampaign(ExportKind kind);
    static bool acceptsAudience(ExportKind kind);
    static bool acceptsPhone(ExportKind kind);
    // Whether the export shows phone numbers (masked unless fullNumbers).
    static bool showsPhoneNumbers(ExportKind kind);
};

struct ExportRequest
{
    ExportKind kind = ExportKind::Report;
    QString path; // the CSV file to write
    ExportFormat format;
    qint64 campaignId = 0;
    qint64 electionId = 0;
    qint64 audienceId = 0;
    QString phone; // E.164, for a consent proof of one number
};

// Runs one export as `actor` (its account, when the database has accounts, is looked up once and
// recorded with the audit entry): checks the request and the permissions (full phone numbers,
// hence consent proofs, for administrators only: UserAccount::mayAdminister),
// writes request.path through writeCsvFile (no file on failure or cancel) and appends one audit
// entry "export.<key>" (rows, file name, full_numbers, excel). Callable from a worker thread:
// it uses the calling thread's connection and leaves it open (the caller closes it, as other
// background jobs do).
ExportResult runExport(Database *database, const ExportRequest &request, const Progress &progress,
                       const QString &actor);

} // namespace Reports
