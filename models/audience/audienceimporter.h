// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/columnmapping.h"
#include "audience/csvreader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class CsvWriter;
class Database;

// Imports a broker's file into an audience: reads it as CsvReader does, maps its columns,
// normalises every phone number to E.164 (PhoneNormalizer, libphonenumber semantics), keeps only
// numbers that can receive SMS, drops duplicates (in the file and against the audience) and
// numbers on the suppression list, and records every rejected row with its reason. Provenance
// (broker, file name, SHA-256, terms, counts, retention deadline) is recorded with the import.
// Opt-in dates that read as dates are stored as ISO YYYY-MM-DD (segment ranges compare text).
// Everything happens in one transaction: a cancelled, failed or crashed import leaves the
// database as it was. Re-importing an updated file of the same audience adds new contacts and
// updates the others' attributes; a suppressed number never comes back.
// Runs in the calling thread, which stores the rows, plus one thread of its own that reads and
// normalises them (ImportRowBuilder). Rejected rows are stored as they come; contacts are stored
// in phone-number order once the file is read (ImportContactSorter: the phone indexes then grow
// at their end), so new contacts' ids follow their numbers, not the file (source_row does).
// Use a worker thread from the GUI.
class AudienceImporter final
{
    Q_DECLARE_TR_FUNCTIONS(AudienceImporter)
public:
    struct Options
    {
        QString filePath;
        QString audienceName;
        QString broker; // who rented the file (or "the party" for its own lists)
        QString consentTerms; // what the broker says the people agreed to
        bool rented = true; // false: collected by the party itself
        QString region = QStringLiteral("FR"); // for numbers without a country code
        std::optional<CsvReader::Dialect> dialect; // else sniffed
        std::optional<ColumnMapping> mapping; // else guessed from the header or the values
        qint64 electionId = 0;
        // Contacts may be kept this many days after the election's last round (2 months: CNIL's
        // indicative retention for canvassing data), or after the import without an election.
        int retentionDays = 61;
        // On SQLite, contacts are written through prepared statements on the sqlite3 handle;
        // false stores them through QtSql as on PostgreSQL (same rows, several times slower;
        // tests compare the two).
        bool sqliteFastPath = true;
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString errorString;
        qint64 importId = 0;
        qint64 audienceId = 0;
        bool reimport = false;
        qint64 rows = 0; // data rows read (header excluded), problems included
        qint64 imported = 0; // new contacts
        qint64 updated = 0; // contacts already in the audience, attributes refreshed
        qint64 duplicates = 0;
        qint64 invalid = 0;
        qint64 fixedLine = 0;
        qint64 notMobile = 0;
        qint64 suppressed = 0;
        qint64 malformed = 0;
        qint64 badEncoding = 0;
        double seconds = 0;
        QString sha256;
        CsvReader::Dialect dialect;
        ColumnMapping mapping;
    };

    // bytes / totalBytes is the fraction done: reading the file counts for its first 40 %,
    // storing the contacts (in phone order, after reading) for the rest. rows: rows read.
    struct Progress
    {
        qint64 bytes = 0;
        qint64 totalBytes = -1;
        qint64 rows = 0;
    };
    using ProgressCallback = std::function<void(const Progress &)>;

    // What the wizard shows before importing: the sniffed dialect, the header, the first rows
    // and the guessed mapping.
    struct Preview
    {
        bool ok = false;
        QString errorString;
        CsvReader::Dialect dialect;
        QStringList header;
        QList<QStringList> rows;
        ColumnMapping mapping;
        qint64 fileSize = 0;
    };
    static Preview preview(const QString &filePath,
                           const std::optional<CsvReader::Dialect> &dialect = std::nullopt,
                           int rowCount = 20);

    explicit AudienceImporter(Database *database, QString actor = QString());

    Result run(const Options &options, const ProgressCallback &progress = {},
               const std::atomic_bool *cancel = nullptr);

    // Reject reasons as stored in import_rejects.reason, and their translated labels.
    static QString reasonLabel(const QString &reason);

    // Writes the reject report as CSV: the rows of one import (row, value, reason, detail) or,
    // with importId 0, of every import of the audience (with the file name first). Returns the
    // number of rejected rows written, or -1 with errorString set.
    static qint64 writeRejectReport(Database *database, qint64 audienceId, qint64 importId,
                                    CsvWriter *writer, QString *errorString);

private:
    Database *m_database;
    QString m_actor;
};
