// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordexports.h"

#include "audience/audienceimporter.h"
#include "reports/rowcursor.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Reports {

namespace {

ExportResult failed(const QString &message)
{
    ExportResult result;
    result.errorString = message;
    return result;
}

qint64 count(Database *database, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(database->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

// Counts a row; false when the reader cancelled (result.cancelled set).
bool rowDone(ExportResult &result, const Progress &progress, qint64 total)
{
    ++result.rows;
    if (result.rows % ProgressEveryRows == 0 && progress && !progress(result.rows, total)) {
        result.cancelled = true;
        return false;
    }
    return true;
}

} // namespace

ExportResult RecordExports::suppressionList(Database *database, const ExportRequest &request,
                                            const Progress &progress)
{
    QString error;
    const qint64 total =
        count(database, QStringLiteral("SELECT COUNT(*) FROM suppressions"), {}, &error);
    if (total < 0)
        return failed(tr("Cannot read the suppression list: %1").arg(error));
    const QStringList header = {QStringLiteral("phone"), QStringLiteral("reason"),
                                QStringLiteral("source"), QStringLiteral("note"),
                                QStringLiteral("added_at")};
    return writeCsvFile(request.path, request.format, header, [&](CsvWriter &writer) {
        ExportResult result;
        RowCursor rows(database,
                       QStringLiteral("SELECT phone, reason, source, note, added_at "
                                      "FROM suppressions ORDER BY phone"));
        if (!rows.exec())
            return failed(tr("Cannot read the suppression list: %1").arg(rows.errorString()));
        qsizetype size = 0;
        while (rows.next()) {
            const QString phone = rows.string(0);
            writer.appendCell(request.format.phone(phone));
            for (int column = 1; column <= 3; ++column) {
                const char *text = rows.text(column, &size);
                writer.appendUtf8Cell(text, size);
            }
            writer.appendCell(
                QDateTime::fromMSecsSinceEpoch(rows.integer(4), Qt::UTC).toString(Qt::ISODate));
            if (!writer.endRow())
                return failed(writer.errorString());
            if (!rowDone(result, progress, total))
                return result;
        }
        if (!rows.errorString().isEmpty())
            return failed(tr("Cannot read the suppression list: %1").arg(rows.errorString()));
        if (progress)
            progress(result.rows, total);
        return result;
    });
}

ExportResult RecordExports::auditLog(Database *database, const ExportRequest &request,
                                     const Progress &progress)
{
    QString error;
    const qint64 total =
        count(database, QStringLiteral("SELECT COUNT(*) FROM audit_log"), {}, &error);
    if (total < 0)
        return failed(tr("Cannot read the audit log: %1").arg(error));
    return writeCsvFile(request.path, request.format, AuditLog::csvHeader(),
                        [&](CsvWriter &writer) {
                            ExportResult result;
                            bool cancelled = false;
                            const bool read = AuditLog::forEachEntry(
                                database,
                                [&](const AuditLog::Entry &entry) {
                                    if (!writer.writeRow(AuditLog::csvRow(entry)))
                                        return false;
                                    cancelled = !rowDone(result, progress, total);
                                    return !cancelled;
                                },
                                &error);
                            if (cancelled)
                                return result;
                            if (!writer.errorString().isEmpty())
                                return failed(writer.errorString());
                            if (!read)
                                return failed(error);
                            if (progress)
                                progress(result.rows, total);
                            return result;
                        });
}

ExportResult RecordExports::rejects(Database *database, const ExportRequest &request,
                                    const Progress &progress)
{
    return writeCsvFile(request.path, request.format, {}, [&](CsvWriter &writer) {
        return writeRejects(database, request.audienceId, 0, writer, progress);
    });
}

ExportResult RecordExports::writeRejects(Database *database, qint64 audienceId, qint64 importId,
                                         CsvWriter &writer, const Progress &progress)
{
    const bool wholeAudience = importId == 0;
    const QString filter =
        wholeAudience ? QStringLiteral("i.audience_id") : QStringLiteral("r.import_id");
    const qint64 id = wholeAudience ? audienceId : importId;
    QString error;
    const qint64 total = count(database,
                               QStringLiteral("SELECT COUNT(*) FROM import_rejects r JOIN imports "
                                              "i ON i.id = r.import_id WHERE %1 = ?")
                                   .arg(filter),
                               {id}, &error);
    if (total < 0)
        return failed(error);
    QStringList header = {AudienceImporter::tr("Row"), AudienceImporter::tr("Value"),
                          AudienceImporter::tr("Reason"), AudienceImporter::tr("Detail")};
    if (wholeAudience)
        header.prepend(AudienceImporter::tr("File")); // several files: say which one each is from
    writer.writeRow(header);
    RowCursor rows(database,
                   QStringLiteral("SELECT i.file_name, r.row_number, r.raw_value, r.reason, "
                                  "r.detail FROM import_rejects r JOIN imports i ON i.id = "
                                  "r.import_id WHERE %1 = ? ORDER BY r.import_id, r.row_number")
                       .arg(filter),
                   {id});
    if (!rows.exec())
        return failed(rows.errorString());
    ExportResult result;
    qsizetype size = 0;
    while (rows.next()) {
        const int first = wholeAudience ? 0 : 1;
        for (int column = first; column <= 4; ++column) {
            if (column == 3) {
                writer.appendCell(AudienceImporter::reasonLabel(rows.string(3)));
            } else {
                const char *text = rows.text(column, &size);
                writer.appendUtf8Cell(text, size);
            }
        }
        if (!writer.endRow())
            return failed(writer.errorString());
        if (!rowDone(result, progress, total))
            return result;
    }
    if (!rows.errorString().isEmpty())
        return failed(rows.errorString());
    if (!writer.flush())
        return failed(writer.errorString());
    if (progress)
        progress(result.rows, total);
    return result;
}

} // namespace Reports
