// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/exporter.h"

class Database;

// The exports of Tribune's records: the suppression list, the audit log and the import reject
// report, on the export engine (format, progress, files that appear only when complete). The
// older entry points (SuppressionList::exportCsv, AuditLog::exportCsv,
// AudienceImporter::writeRejectReport) write through these.
namespace Reports {

class RecordExports
{
    Q_DECLARE_TR_FUNCTIONS(RecordExports)
public:
    // The whole suppression list in number order: phone (full or masked, by
    // request.format.fullNumbers), reason, source, note, added_at (ISO 8601 UTC). The header
    // keeps the keys suppression import reads back.
    static ExportResult suppressionList(Database *database, const ExportRequest &request,
                                        const Progress &progress);
    // The whole audit log, oldest first, as AuditLog::csvHeader() / csvRow().
    static ExportResult auditLog(Database *database, const ExportRequest &request,
                                 const Progress &progress);
    // The reject report of request.audienceId's imports (every import, the file first).
    static ExportResult rejects(Database *database, const ExportRequest &request,
                                const Progress &progress);
    // The reject report's header and rows into `writer`: one import, or every import of the
    // audience when importId is 0 (with the file name first). Rows counts the rejects.
    static ExportResult writeRejects(Database *database, qint64 audienceId, qint64 importId,
                                     CsvWriter &writer, const Progress &progress = {});
};

} // namespace Reports
