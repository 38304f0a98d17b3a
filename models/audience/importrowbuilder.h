// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/columnmapping.h"
#include "audience/csvreader.h"
#include "audience/importbatch.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

class PhoneNormalizer;

// Turns the rows of a broker file into contacts and rejected rows (ImportBatch), working on the
// reader's bytes: phone number normalised (PhoneNormalizer) and checked against duplicates, the
// suppression list and the audience's numbers; standard fields trimmed (as QString::trimmed()
// does) and stored as UTF-8; department derived from the postal code; opt-in dates made ISO;
// the other columns written as a JSON object, byte for byte what QJsonDocument::Compact writes.
// Pure logic, no database: the importer runs it on its reading thread.
class ImportRowBuilder final
{
    Q_DISABLE_COPY_MOVE(ImportRowBuilder)
public:
    struct Counts
    {
        qint64 rows = 0;
        qint64 imported = 0;
        qint64 updated = 0;
        qint64 duplicates = 0;
        qint64 invalid = 0;
        qint64 fixedLine = 0;
        qint64 notMobile = 0;
        qint64 suppressed = 0;
        qint64 malformed = 0;
        qint64 badEncoding = 0;
    };

    // `suppressed` and `existing`: sorted keys (phoneKey()) of the suppression list and of the
    // audience's numbers; they must outlive the builder. `expectedRows` sizes the duplicate set.
    ImportRowBuilder(const ColumnMapping &mapping, CsvReader::Encoding encoding,
                     const PhoneNormalizer *normalizer, const std::vector<quint64> *suppressed,
                     const std::vector<quint64> *existing, qint64 expectedRows = 0);
    ~ImportRowBuilder();

    // One record: its fields as the reader returned them (file encoding).
    void addRecord(qint64 rowNumber, const QByteArrayView *fields, qsizetype fieldCount,
                   ImportBatch *batch);
    // A row the reader could not read.
    void addProblem(const CsvReader::Problem &problem, ImportBatch *batch);

    const Counts &counts() const { return m_counts; }

    // E.164 "+33612345678" as the integer 33612345678: compact keys for millions of numbers.
    static quint64 phoneKey(QByteArrayView e164);
    // An opt-in date as ISO "YYYY-MM-DD" when `text` (trimmed) is a date: dd/mm/yyyy, dd-mm-yyyy,
    // dd.mm.yyyy, yyyy-mm-dd or yyyy/mm/dd, day and month of one or two digits, optionally
    // followed by a time ("14:30", "14:30:00", "T14:30:00.000Z", "14:30:00+02:00"). A two-digit
    // year is 20yy up to `currentYear`'s, 19yy above. Empty when it is not such a date.
    static QByteArray isoDate(QByteArrayView text, int currentYear);
    // Appends `utf8` as a JSON string (quotes included), escaped as QJsonDocument does.
    static void appendJsonString(QByteArray *out, QByteArrayView utf8);

private:
    struct Attribute
    {
        QByteArray jsonKey; // the name as a JSON string, followed by ':'
        std::vector<int> columns; // columns with this name, in file order (the last wins)
    };

    ImportBatch::Span appendTrimmed(QByteArrayView field, ImportBatch *batch);
    QByteArray toUtf8(QByteArrayView field) const;
    QString decode(QByteArrayView field) const;
    void reject(qint64 rowNumber, ImportBatch::Reason reason, QByteArrayView raw,
                const QString &detail, ImportBatch *batch);
    void rejectText(qint64 rowNumber, ImportBatch::Reason reason, const QString &raw,
                    const QString &detail, ImportBatch *batch);
    bool insertSeen(quint64 key);

    CsvReader::Encoding m_encoding;
    const PhoneNormalizer *m_normalizer;
    const std::vector<quint64> *m_suppressed;
    const std::vector<quint64> *m_existing;
    int m_columnOf[int(ColumnMapping::Field::Attribute) + 1];
    std::vector<Attribute> m_attributes; // in QJsonObject's key order
    int m_currentYear;
    QByteArray m_cp1252Utf8[128]; // bytes 0x80-0xFF of Windows-1252 as UTF-8
    QByteArray m_scratch;
    QString m_rejectionText[4]; // translated details, by PhoneNormalizer::Rejection
    // Numbers seen in this file: open addressing over phone keys (0 = empty slot).
    std::vector<quint64> m_seen;
    size_t m_seenCount = 0;
    Counts m_counts;
};
