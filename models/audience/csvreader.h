// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

class QIODevice;

// Streams the records of a broker's CSV/TSV file (millions of rows) from a QIODevice without
// loading it: sniffs the dialect, parses RFC 4180 quoting in large chunks, hands out fields as
// views into its buffer, and reports every bad row with its number and a reason.
//
// Typical loop (the importer decodes only the columns it maps):
//
//     QFile file(path);
//     file.open(QIODevice::ReadOnly);
//     CsvReader::Options options;
//     options.dialect = CsvReader::sniff(&file);   // the wizard may change any field
//     CsvReader reader(&file, options);
//     for (;;) {
//         const CsvReader::Status status = reader.readNext();
//         if (status == CsvReader::Status::Record)
//             use(reader.rowNumber(), reader.text(phoneColumn));
//         else if (status == CsvReader::Status::Header)
//             map(reader.header());
//         else if (status == CsvReader::Status::Problem)
//             reject(reader.problem());
//         else
//             break; // End, or Error (errorString())
//     }
//
// Grammar. A record ends at LF, CRLF or a lone CR outside quotes, or at the end of the file; all
// three are accepted anywhere, whatever Dialect::lineEnding says. A field that starts with '"' is
// quoted: it runs to the next lone '"', "" stands for one '"', and delimiters and line breaks
// inside are data. A '"' anywhere else in a field is kept literally. Spaces around fields are
// kept (the caller trims). Completely empty lines are skipped; a line holding only delimiters or
// spaces is a record of empty fields. A UTF-8 byte order mark at the start of the file is
// skipped whatever the encoding; anywhere else it is data (U+FEFF), like any other character.
//
// Numbering. rowNumber() is the 1-based physical record number in the file: the header row is 1,
// an empty line counts as a row (so numbers match what a spreadsheet shows), a record whose quoted
// fields hold line breaks counts once. lineNumber() is the 1-based line where the record begins
// (what a text editor shows).
//
// Problems. A record that cannot be read is reported as Status::Problem (see Reason) and never as a
// Record. Encoding problems (NUL bytes; invalid UTF-8 when the dialect says UTF-8) concern one
// well-delimited record: reading goes on with the next one. Structural problems (text after a
// closing quote, a quote never closed before the end of the file, a field, record or field count
// over the limits) mean the record's extent is unknown: the reader resumes at the line after the
// one where the record began, so a stray quote costs one row, not the rest of the file (an
// unclosed quote near the end included). The lines a failing record swallowed are then read
// again in "line mode": until the reader is past the furthest byte that record scanned, a quoted
// field may not run over a line break (if it does, that row is reported as UnclosedQuote). This
// keeps a second stray quote from swallowing them again, and reading linear on any input: no
// byte is scanned by more than one runaway record. A header row that cannot be read is reported
// like any row, and there is then no header. Memory stays bounded by the limits: about
// maxRecordSize + max(chunkSize, maxRecordSize) bytes of buffer.
//
// Performance: the scan looks at 16 bytes at a time (SSE2; a table-driven loop elsewhere) and
// validates UTF-8 in the same pass; fields are QByteArrayView into the buffer (quoted fields with
// "" are unescaped into a second reusable buffer), so a row costs no heap allocation until the
// caller decodes a field. bench/bench_csvreader measures it.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)
public:
    // Windows1252 also stands for ISO-8859-1 ("Latin-1") files: the two agree on every byte but
    // 0x80-0x9F, where Latin-1 has unused control codes and Windows-1252 has € œ ’ … — what French
    // files labelled Latin-1 actually contain. Bytes 0x81 0x8D 0x8F 0x90 0x9D, undefined in
    // Windows-1252, decode to the control characters of the same value (as browsers do).
    enum class Encoding { Utf8, Windows1252 };
    enum class LineEnding { Lf, CrLf, Cr };

    // What a file looks like. sniff() guesses it; the caller may change any member.
    struct Dialect
    {
        Encoding encoding = Encoding::Utf8;
        bool hasBom = false; // informational: a UTF-8 BOM is skipped in any case
        char delimiter = ';'; // one ASCII byte other than '"', CR, LF and NUL (else ';' is used)
        bool hasHeader = false;
        LineEnding lineEnding = LineEnding::Lf; // informational: every line ending is read
        bool operator==(const Dialect &other) const
        {
            return encoding == other.encoding && hasBom == other.hasBom
                && delimiter == other.delimiter && hasHeader == other.hasHeader
                && lineEnding == other.lineEnding;
        }
    };

    struct Options
    {
        Dialect dialect;
        // Fields a row should have. -1: the header's count, or the first row's without a header;
        // 0: no expectation. Rows with another count are returned with isRagged() true, or
        // reported as Reason::FieldCount when rejectRaggedRows is set.
        int expectedFieldCount = -1;
        bool rejectRaggedRows = false;
        // Limits, in bytes as stored in the file (a quoted field counts its quotes).
        qsizetype maxFieldSize = 64 * 1024;
        qsizetype maxRecordSize = 1024 * 1024;
        int maxFieldCount = 4096;
        qsizetype chunkSize = 1024 * 1024; // bytes asked of the device per read
        qsizetype maxReportedRawSize = 256; // Problem::raw is cut to this many bytes
    };

    enum class Status {
        Record, // a row: fieldCount(), field(), text(), rowNumber()...
        Header, // the header row, once, before any Record (when dialect.hasHeader): header()
        Problem, // a row that could not be read: problem()
        End, // nothing more; every byte has been consumed
        Error, // the device failed: errorString(); the reader stops
    };

    enum class Reason {
        TextAfterQuote, // something other than a delimiter or line break after a closing quote
        UnclosedQuote, // a quoted field still open at the end of the file
        FieldTooLong, // over Options::maxFieldSize
        RecordTooLong, // over Options::maxRecordSize
        TooManyFields, // over Options::maxFieldCount
        NulByte, // bad encoding: a NUL byte (often a UTF-16 file)
        InvalidUtf8, // bad encoding: bytes that are not UTF-8 in a file read as UTF-8
        FieldCount, // another field count than expected (only with rejectRaggedRows)
    };

    // A row that could not be read, for the reject report.
    struct Problem
    {
        qint64 rowNumber = 0;
        qint64 lineNumber = 0;
        qint64 offset = 0; // of the row's first byte in the file
        Reason reason = Reason::TextAfterQuote;
        int fieldCount = 0; // fields read (meaningful for FieldCount)
        QByteArray raw; // the row's bytes from `offset`, at most maxReportedRawSize
        bool rawTruncated = false;
        QString rawText; // `raw` decoded (bad bytes as U+FFFD), "…" appended when truncated
        QString message; // translated, e.g. "Malformed row: a quote is never closed"
    };

    static constexpr qsizetype SniffSize = 64 * 1024;

    // Guesses the dialect from the first bytes of a file (`wholeFile`: the sample is the entire
    // file, so its last record is complete). Heuristics:
    // - encoding: a UTF-8 BOM, or valid UTF-8 with at least one multi-byte sequence → UTF-8;
    //   invalid UTF-8 → Windows-1252; pure ASCII → UTF-8 (see below). A multi-byte sequence cut
    //   by the end of a partial sample is not held against UTF-8.
    // - delimiter: each of ';' ',' TAB '|' splits the sampled records (quotes respected, the
    //   possibly cut last record dropped); a candidate must give at least 2 fields on its most
    //   common count. Among those whose most common count covers >= 90% of the records, the one
    //   giving the most fields wins ("12,5" in a ';' file does not make ',' win); if none
    //   reaches 90%, the most consistent wins. Ties go in the order ; , TAB |. None → ';'.
    // - header: the first record is a header when none of its fields looks numeric (digits with
    //   optional + . - / ( ) and spaces: phone numbers, postal codes, ages, dates) and either one
    //   of them is a known column name (accents, case and punctuation ignored: téléphone, tel,
    //   mobile, portable, phone, prénom, nom, civilité, code postal, cp, commune, ville,
    //   département, âge, tranche d'âge, date d'opt-in, email, source...) or a column holds text
    //   in the first record but numbers in most later records. Otherwise not (an all-text file
    //   without known names is read as data: the wizard shows the first row to switch).
    // - line ending: the most frequent of CRLF, lone LF, lone CR; LF when there is none.
    // A sample of pure ASCII says UTF-8: rows further in the file that hold Windows-1252 bytes
    // are then reported as InvalidUtf8 (clearly, row by row), and the caller can re-read the
    // file as Windows-1252; later UTF-8 rows decode correctly.
    static Dialect sniff(QByteArrayView sample, bool wholeFile);
    // Peeks at the first SniffSize bytes of an open device without consuming them.
    static Dialect sniff(QIODevice *device);

    // "UTF-8", "Windows-1252" (wire names, not translated).
    static QString encodingName(Encoding encoding);
    // utf-8/utf8 → Utf8; windows-1252/cp1252/iso-8859-1/latin1/latin-1/ansi... → Windows1252.
    static std::optional<Encoding> encodingFromName(QStringView name);
    // ";" "," "|" "\t", "tab", "semicolon", "comma", "pipe" (case-insensitive) → the byte.
    static std::optional<char> delimiterFromName(QStringView name);
    // Bytes to text; invalid UTF-8 becomes U+FFFD.
    static QString decode(QByteArrayView bytes, Encoding encoding);
    // Translated explanation of a reason, without row-specific details.
    static QString reasonText(Reason reason);
    // NulByte and InvalidUtf8 ("bad encoding" in reject reports); the others are malformed rows.
    static bool isEncodingProblem(Reason reason)
    {
        return reason == Reason::NulByte || reason == Reason::InvalidUtf8;
    }

    // Reads from `device` (open, positioned at the start of the file; not owned). The device must
    // deliver data when read (files, buffers): a read of 0 bytes means the end.
    CsvReader(QIODevice *device, const Options &options);
    ~CsvReader();

    Status readNext();

    // The current Record (or Header) — valid until the next readNext().
    qsizetype fieldCount() const { return qsizetype(m_fields.size()); }
    // Raw bytes of a field, quotes removed and "" unescaped, in the file's encoding; empty when
    // `index` is out of range.
    QByteArrayView field(qsizetype index) const
    {
        return index >= 0 && index < fieldCount() ? m_fields[size_t(index)] : QByteArrayView();
    }
    // A field decoded to text (QString() when out of range).
    QString text(qsizetype index) const;
    QByteArrayView rawRecord() const { return m_raw; } // the row as in the file, no line break
    qint64 rowNumber() const { return m_rowNumber; }
    qint64 lineNumber() const { return m_lineNumber; }
    bool isRagged() const
    {
        return m_expectedFieldCount > 0 && fieldCount() != m_expectedFieldCount;
    }

    const QStringList &header() const { return m_header; }
    int expectedFieldCount() const { return m_expectedFieldCount; }
    const Problem &problem() const { return m_problem; }
    const Options &options() const { return m_options; }
    QString errorString() const { return m_errorString; }

    // Progress: bytes of the file consumed so far, and its size (-1 when unknown).
    qint64 bytesConsumed() const { return m_bufferOffset + m_pos; }
    qint64 totalSize() const { return m_totalSize; }
    // Bytes the reader holds in its buffers (for tests of bounded memory).
    qsizetype bufferCapacity() const;
    // Bytes examined so far, re-reads included (for tests of linear time).
    qint64 bytesScanned() const { return m_bytesScanned; }

private:
    enum class Parse { Complete, NeedMore, Malformed };
    struct Failure
    {
        Reason reason = Reason::TextAfterQuote;
        qsizetype at = 0; // buffer index of the first byte that broke the rule
    };

    Parse parseRecord();
    std::optional<Failure> limitCrossing(qsizetype fieldStart, qsizetype upTo) const;
    bool fill();
    bool skipLine();
    void beginResync(const Failure &failure, qsizetype recordStart);
    void reportProblem(Reason reason, qsizetype begin, qsizetype end, qsizetype fieldsRead);
    void finishFields();
    qint64 countLineBreaks(qsizetype begin, qsizetype end) const;

    QIODevice *m_device = nullptr;
    Options m_options;
    unsigned char m_plainClass[256] = {}; // byte classes outside quotes
    unsigned char m_quotedClass[256] = {}; // byte classes inside quotes

    QByteArray m_buffer; // m_buffer[m_end] is always a NUL sentinel
    qsizetype m_pos = 0; // start of the unconsumed data
    qsizetype m_end = 0;
    qint64 m_bufferOffset = 0; // file offset of m_buffer[0]
    qint64 m_totalSize = -1;
    bool m_atEof = false;
    bool m_started = false;
    bool m_finished = false;

    // The record being parsed / returned.
    std::vector<QByteArrayView> m_fields;
    std::vector<qsizetype> m_escapedFields; // indexes of quoted fields holding ""
    QByteArray m_scratch; // their unescaped bytes
    QByteArrayView m_raw;
    qsizetype m_next = 0; // buffer index after the record's line break
    unsigned m_flags = 0;
    bool m_recordIsAscii = true;
    Failure m_failure;

    // Resynchronisation after a structural problem: skip through the first line break at or
    // after m_skipFloor (file offset).
    bool m_skipping = false;
    qint64 m_skipFloor = 0;
    qint64 m_runawayEnd = 0; // furthest byte scanned by a failing record (file offset)
    qint64 m_bytesScanned = 0;

    qint64 m_rowNumber = 0;
    qint64 m_lineNumber = 0;
    qint64 m_nextLine = 1; // line where the next record begins
    bool m_headerPending = false;
    int m_expectedFieldCount = 0;
    QStringList m_header;
    Problem m_problem;
    QString m_errorString;
};
