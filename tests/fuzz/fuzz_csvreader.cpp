// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for CsvReader: the input is a whole file. It is sniffed (whole and cut), then
// read with the sniffed dialect and with other options, in one chunk and in chunks of a few bytes.
// Invariants: reading ends, consumes every byte, numbers rows strictly upwards, reports raw text
// that is a bounded slice of the input at the reported offset, decodes fields losslessly, keeps
// its buffers bounded and its work linear, and says the same whatever the chunk size.
#include "audience/csvreader.h"

#include <QBuffer>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

// Reports which invariant broke, then aborts so that libFuzzer saves the input.
void check(bool holds, const char *invariant, const CsvReader::Options &options)
{
    if (holds)
        return;
    std::fprintf(stderr,
                 "invariant violated: %s\n(delimiter %d, encoding %d, header %d, chunk %lld, "
                 "limits %lld/%lld/%d)\n",
                 invariant, options.dialect.delimiter, int(options.dialect.encoding),
                 int(options.dialect.hasHeader), static_cast<long long>(options.chunkSize),
                 static_cast<long long>(options.maxFieldSize),
                 static_cast<long long>(options.maxRecordSize), options.maxFieldCount);
    std::abort();
}

QString hex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

// Reads the whole input, checking the invariants; returns what was read, for comparisons.
QStringList read(const QByteArray &input, const CsvReader::Options &options)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    const qint64 lineBreaks = input.count('\n') + input.count('\r');
    // The record being read plus one read (at least as long), the unescaped fields, the views.
    const qsizetype maxBuffer = 2 * std::max(options.maxRecordSize + 1, options.chunkSize) + 64
        + options.maxRecordSize + 2 * options.maxFieldCount * qsizetype(sizeof(QByteArrayView))
        + 4096;
    QStringList items;
    bool header = false;
    bool problemSeen = false;
    qint64 lastRow = 0;
    qint64 lastLine = 0;
    for (;;) {
        const CsvReader::Status status = reader.readNext();
        check(status != CsvReader::Status::Error, "a buffer never fails", options);
        check(reader.bufferCapacity() <= maxBuffer, "buffers stay bounded", options);
        check(reader.bytesConsumed() <= input.size(), "never consumes more than the input",
              options);
        if (status == CsvReader::Status::End) {
            check(reader.bytesConsumed() == input.size(), "every byte consumed", options);
            check(reader.readNext() == CsvReader::Status::End, "End stays End", options);
            break;
        }
        check(items.size() <= input.size(), "each item consumes at least one byte", options);

        const qint64 row =
            status == CsvReader::Status::Problem ? reader.problem().rowNumber : reader.rowNumber();
        const qint64 line = status == CsvReader::Status::Problem ? reader.problem().lineNumber
                                                                 : reader.lineNumber();
        check(row > lastRow, "row numbers strictly increase", options);
        check(line > lastLine && line <= lineBreaks + 1, "line numbers increase, within the file",
              options);
        check(row <= line, "rows never outnumber lines", options);
        lastRow = row;
        lastLine = line;

        if (status == CsvReader::Status::Problem) {
            problemSeen = true;
            const CsvReader::Problem &problem = reader.problem();
            check(problem.offset >= 0 && problem.offset + problem.raw.size() <= input.size(),
                  "raw text inside the input", options);
            check(QByteArrayView(input).sliced(problem.offset, problem.raw.size()) == problem.raw,
                  "raw text is the input at the offset", options);
            check(problem.raw.size() <= options.maxReportedRawSize, "raw text bounded", options);
            check(!problem.rawTruncated || problem.rawText.endsWith(QChar(0x2026)),
                  "a cut raw text says so", options);
            check(!problem.message.isEmpty(), "a problem has a message", options);
            check(reader.fieldCount() == 0, "a problem has no fields", options);
            items << QStringLiteral("%1@%2!%3@%4:%5")
                         .arg(row)
                         .arg(line)
                         .arg(int(problem.reason))
                         .arg(problem.offset)
                         .arg(hex(problem.raw));
            continue;
        }

        check(reader.fieldCount() >= 1, "a row has a field", options);
        check(!reader.rawRecord().isEmpty(), "a row is not empty", options);
        check(reader.fieldCount() <= options.maxFieldCount, "field count within the limit",
              options);
        check(reader.rawRecord().size() <= options.maxRecordSize, "row within the limit", options);
        QStringList fields;
        qsizetype total = 0;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
            const QByteArrayView bytes = reader.field(i);
            const QString text = reader.text(i);
            total += bytes.size();
            check(bytes.size() <= options.maxFieldSize, "field within the limit", options);
            if (options.dialect.encoding == CsvReader::Encoding::Utf8)
                check(text.toUtf8() == bytes, "UTF-8 fields decode losslessly", options);
            else
                check(text.size() == bytes.size(), "one character per Windows-1252 byte", options);
            fields << text;
        }
        check(total <= reader.rawRecord().size(), "fields come from the row", options);
        check(reader.field(reader.fieldCount()).isEmpty() && reader.text(-1).isNull(),
              "out-of-range fields are empty", options);
        if (status == CsvReader::Status::Header) {
            check(reader.header() == fields, "header() is the header row", options);
            check(!header && options.dialect.hasHeader, "one header, when asked for", options);
            header = true;
            items << QStringLiteral("H:") + fields.join(QChar(0x241F));
        } else {
            check(!options.rejectRaggedRows || !reader.isRagged(), "ragged rows rejected", options);
            check(!options.dialect.hasHeader || header || problemSeen,
                  "the header comes first, unless it could not be read", options);
            items << QStringLiteral("%1@%2:").arg(row).arg(line) + fields.join(QChar(0x241F));
        }
    }
    // Linear work: re-reads stay within a constant factor of the input.
    check(reader.bytesScanned() <= 8 * input.size() + 64, "linear work", options);
    return items;
}

// Reads with the given options in several chunk sizes: the results must not differ. The first
// one holds libFuzzer's inputs whole (4 KiB by default) without allocating a MiB per run.
void readInChunks(const QByteArray &input, CsvReader::Options options)
{
    options.chunkSize = std::max<qsizetype>(4096, input.size());
    const QStringList reference = read(input, options);
    for (const qsizetype chunk : {qsizetype(1), qsizetype(3), qsizetype(64)}) {
        options.chunkSize = chunk;
        check(read(input, options) == reference, "the chunk size changes nothing", options);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvReader::sniff(QByteArrayView(input).first(qsizetype(size / 2)), false);
    const CsvReader::Dialect sniffed = CsvReader::sniff(input, true);
    check(sniffed.delimiter != '\0' && std::strchr(";,\t|", sniffed.delimiter), "a known delimiter",
          CsvReader::Options());

    CsvReader::Options options;
    options.dialect = sniffed;
    readInChunks(input, options);

    // The other encoding, a header, ragged rows rejected, and limits small enough to matter.
    options.dialect.encoding = sniffed.encoding == CsvReader::Encoding::Utf8
        ? CsvReader::Encoding::Windows1252
        : CsvReader::Encoding::Utf8;
    options.dialect.hasHeader = !sniffed.hasHeader;
    options.rejectRaggedRows = true;
    options.maxFieldSize = 7;
    options.maxRecordSize = 31;
    options.maxFieldCount = 5;
    options.maxReportedRawSize = 9;
    readInChunks(input, options);
    return 0;
}
