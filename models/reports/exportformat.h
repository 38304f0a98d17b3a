// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/csvwriter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>

class QSaveFile;

// What every CSV export of Tribune shares: the dialect, how amounts, times and phone numbers are
// written, progress and cancellation, and files that appear only when complete.
namespace Reports {

// How an export looks. Amounts are plain numbers (no currency sign, no thousands separator) so
// that a spreadsheet can add them up; the column header names the unit.
struct ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ExportFormat)
public:
    CsvWriter::Options csv;
    bool decimalComma = false;
    // Phone numbers in full (administrators only: the caller checks the role and audits it);
    // otherwise masked as maskPhone() does.
    bool fullNumbers = false;

    // RFC 4180: ',' separator, decimal point, CRLF, no BOM.
    static ExportFormat standard();
    // "Excel (France)": ';' separator, decimal comma, UTF-8 BOM, CRLF.
    static ExportFormat excelFrance();
    // The default for a UI language: Excel (France) for French, standard otherwise.
    static ExportFormat forLanguage(const QString &languageCode);

    // Millicents as euros: "0.15500" with 5 decimals is exact; 2 (the default) rounds to the
    // cent, halves away from zero. Decimal comma when decimalComma.
    QString amount(qint64 millicents, int decimals = 2) const;
    // The same into `out` (at least 32 bytes, ASCII); the length written.
    int amountTo(qint64 millicents, int decimals, char *out) const;
    // A ratio or rate, e.g. 0.9731 -> "0.9731" / "0,9731"; `decimals` digits.
    QString decimal(double value, int decimals) const;
    // The number as shown to this export's reader: full or masked.
    QString phone(const QString &e164) const { return fullNumbers ? e164 : maskPhone(e164); }

    // "+33 6 12 ** ** 78" for +33612345678: the country code, the first three and the last two
    // digits of the national number stay; the rest is hidden. Other countries are grouped by
    // libphonenumber's international format and masked by the same rule. Text that is not an
    // E.164 number is hidden entirely, apart from its last two characters.
    static QString maskPhone(const QString &e164);
    // maskPhone() of UTF-8 text into `out` (at least 17 bytes) for the common case, a French
    // number "+33" and 9 digits, without allocating; the length written, or -1 for any other
    // text (use maskPhone()).
    static int maskFrenchPhoneTo(const char *e164, qsizetype size, char *out);
};

// Times in exports: local time of one zone (Europe/Paris by default), "yyyy-MM-dd HH:mm:ss",
// which spreadsheets read as a date and time; the column header names the zone. Fast (the zone's
// offset is looked up once per hour of time, not per cell), for exports of millions of rows.
class TimestampFormatter final
{
public:
    explicit TimestampFormatter(const QTimeZone &zone = QTimeZone("Europe/Paris"));
    // Empty for 0 or negative (an event that has not happened).
    QString format(qint64 msecsSinceEpoch);
    // The same as 19 ASCII bytes into `out`; false (nothing written) for 0 or negative.
    bool formatTo(qint64 msecsSinceEpoch, char *out);
    QString zoneName() const { return QString::fromLatin1(m_zone.id()); }

private:
    QTimeZone m_zone;
    qint64 m_hourStart = -1; // UTC msecs of the cached hour
    qint64 m_offsetMs = 0;
};

// Called from the exporting thread every few thousand rows: rows written so far and the total
// expected (0 when unknown). Returning false cancels the export.
using Progress = std::function<bool(qint64 done, qint64 total)>;

struct ExportResult
{
    qint64 rows = 0; // data rows, header excluded
    bool cancelled = false;
    QString errorString;
    QString path;

    bool ok() const { return !cancelled && errorString.isEmpty(); }
};

// Writes `path` through a QSaveFile: `body` writes the rows (after the header is written from
// `header`) and returns its result; the file replaces `path` only when body succeeded, so a
// cancelled or failed export leaves no partial file and keeps an earlier one untouched.
ExportResult writeCsvFile(const QString &path, const ExportFormat &format,
                          const QStringList &header,
                          const std::function<ExportResult(CsvWriter &writer)> &body);

// How often exporters report progress (and check for cancellation), in rows.
inline constexpr qint64 ProgressEveryRows = 4096;

} // namespace Reports
