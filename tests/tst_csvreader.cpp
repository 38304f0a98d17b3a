// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience/csvreader.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using Status = CsvReader::Status;
using Reason = CsvReader::Reason;

namespace {

const QChar kSeparator(0x241F); // between fields in transcripts: never in test data

QString reasonName(Reason reason)
{
    switch (reason) {
    case Reason::TextAfterQuote:
        return QStringLiteral("TextAfterQuote");
    case Reason::UnclosedQuote:
        return QStringLiteral("UnclosedQuote");
    case Reason::FieldTooLong:
        return QStringLiteral("FieldTooLong");
    case Reason::RecordTooLong:
        return QStringLiteral("RecordTooLong");
    case Reason::TooManyFields:
        return QStringLiteral("TooManyFields");
    case Reason::NulByte:
        return QStringLiteral("NulByte");
    case Reason::InvalidUtf8:
        return QStringLiteral("InvalidUtf8");
    case Reason::FieldCount:
        return QStringLiteral("FieldCount");
    }
    return QString();
}

CsvReader::Options optionsFor(char delimiter = ';', bool hasHeader = false,
                              CsvReader::Encoding encoding = CsvReader::Encoding::Utf8)
{
    CsvReader::Options options;
    options.dialect.delimiter = delimiter;
    options.dialect.hasHeader = hasHeader;
    options.dialect.encoding = encoding;
    return options;
}

// What a reader makes of a file, one line per item: "2:a|b" for a row (fields joined with '|'),
// "H:a|b" for the header, "3!Reason" for a problem; with `detailed`, row@line for rows and
// problems, and the problem's offset and raw bytes.
QStringList transcript(const QByteArray &bytes, const CsvReader::Options &options,
                       bool detailed = false)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    const QString separator = detailed ? QString(kSeparator) : QStringLiteral("|");
    QStringList items;
    for (;;) {
        const Status status = reader.readNext();
        const QString where = detailed
            ? QStringLiteral("%1@%2").arg(reader.rowNumber()).arg(reader.lineNumber())
            : QString::number(reader.rowNumber());
        if (status == Status::Record) {
            QStringList fields;
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                fields << reader.text(i);
            items << where + QLatin1Char(':') + fields.join(separator);
        } else if (status == Status::Header) {
            items << QStringLiteral("H:") + reader.header().join(separator);
        } else if (status == Status::Problem) {
            const CsvReader::Problem &problem = reader.problem();
            if (detailed) {
                items << QStringLiteral("%1@%2!%3@%4:%5")
                             .arg(problem.rowNumber)
                             .arg(problem.lineNumber)
                             .arg(reasonName(problem.reason))
                             .arg(problem.offset)
                             .arg(QString::fromLatin1(problem.raw.toHex()));
            } else {
                items << QStringLiteral("%1!%2")
                             .arg(problem.rowNumber)
                             .arg(reasonName(problem.reason));
            }
        } else if (status == Status::End) {
            if (reader.bytesConsumed() != bytes.size())
                items << QStringLiteral("consumed %1 of %2")
                             .arg(reader.bytesConsumed())
                             .arg(bytes.size());
            break;
        } else {
            items << QStringLiteral("error");
            break;
        }
    }
    return items;
}

QByteArray cp1252(const QString &text)
{
    QStringEncoder encoder("windows-1252");
    return encoder.encode(text);
}

// The specification of the reader, written naively: one byte at a time over the whole file.
class ReferenceReader
{
public:
    ReferenceReader(const QByteArray &data, const CsvReader::Options &options)
        : m_data(data)
        , m_options(options)
    { }

    QStringList run()
    {
        const qsizetype n = m_data.size();
        qsizetype pos = m_data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        qint64 row = 0;
        qint64 line = 1;
        qsizetype runawayEnd = 0;
        bool headerPending = m_options.dialect.hasHeader;
        int expected = m_options.expectedFieldCount;
        QStringList items;
        while (pos < n) {
            const qsizetype start = pos;
            ++row;
            const Record record = parse(start, start < runawayEnd);
            if (!record.ok) {
                qsizetype lineEnd = start;
                while (lineEnd < n && !isBreak(m_data[lineEnd]))
                    ++lineEnd;
                items << problem(row, line, record.reason, start, lineEnd);
                runawayEnd = std::max(runawayEnd, record.failedAt);
                headerPending = false;
                // Through the first line break at or after the record's start.
                pos = n;
                for (qsizetype i = start; i < n; ++i) {
                    if (isBreak(m_data[i])) {
                        ++line;
                        pos = i + (m_data[i] == '\r' && i + 1 < n && m_data[i + 1] == '\n' ? 2 : 1);
                        break;
                    }
                }
                continue;
            }
            const qint64 recordLine = line;
            line += countBreaks(start, record.end);
            if (record.next > record.end)
                ++line;
            pos = record.next;
            if (record.end == start)
                continue;
            const QByteArray raw = m_data.mid(start, record.end - start);
            if (raw.contains('\0')) {
                items << problem(row, recordLine, Reason::NulByte, start, record.end);
                headerPending = false;
                continue;
            }
            if (m_options.dialect.encoding == CsvReader::Encoding::Utf8) {
                QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                const QString decoded = decoder.decode(raw);
                Q_UNUSED(decoded);
                if (decoder.hasError()) {
                    items << problem(row, recordLine, Reason::InvalidUtf8, start, record.end);
                    headerPending = false;
                    continue;
                }
            }
            QStringList fields;
            for (const QByteArray &field : record.fields)
                fields << decode(field);
            if (headerPending) {
                headerPending = false;
                if (expected < 0)
                    expected = int(fields.size());
                items << QStringLiteral("H:") + fields.join(kSeparator);
                continue;
            }
            if (expected < 0)
                expected = int(fields.size());
            if (m_options.rejectRaggedRows && expected > 0 && fields.size() != expected) {
                items << problem(row, recordLine, Reason::FieldCount, start, record.end);
                continue;
            }
            items << QStringLiteral("%1@%2:").arg(row).arg(recordLine) + fields.join(kSeparator);
        }
        return items;
    }

private:
    struct Record
    {
        bool ok = true;
        Reason reason = Reason::TextAfterQuote;
        qsizetype failedAt = 0;
        QList<QByteArray> fields;
        qsizetype end = 0; // of the record's bytes
        qsizetype next = 0; // after its line break
    };

    static bool isBreak(char c) { return c == '\n' || c == '\r'; }

    qint64 countBreaks(qsizetype begin, qsizetype end) const
    {
        qint64 count = 0;
        for (qsizetype i = begin; i < end; ++i) {
            if (m_data[i] == '\n' || (m_data[i] == '\r' && (i + 1 >= end || m_data[i + 1] != '\n')))
                ++count;
        }
        return count;
    }

    QString decode(const QByteArray &bytes) const
    {
        if (m_options.dialect.encoding == CsvReader::Encoding::Utf8) {
            // A U+FEFF inside the file is data: keep it.
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
            return decoder.decode(bytes);
        }
        QStringDecoder decoder("windows-1252");
        return decoder.decode(bytes);
    }

    QString problem(qint64 row, qint64 line, Reason reason, qsizetype start, qsizetype end) const
    {
        const qsizetype size = std::min(end - start, m_options.maxReportedRawSize);
        return QStringLiteral("%1@%2!%3@%4:%5")
            .arg(row)
            .arg(line)
            .arg(reasonName(reason))
            .arg(start)
            .arg(QString::fromLatin1(m_data.mid(start, size).toHex()));
    }

    Record parse(qsizetype start, bool lineMode) const
    {
        const qsizetype n = m_data.size();
        const char delimiter = m_options.dialect.delimiter;
        Record record;
        qsizetype i = start;
        qsizetype fieldStart = start;
        // Every byte of a field counts against the field and record limits.
        const auto take = [&](qsizetype at) {
            if (at - fieldStart + 1 > m_options.maxFieldSize) {
                record.ok = false;
                record.reason = Reason::FieldTooLong;
            } else if (at - start + 1 > m_options.maxRecordSize) {
                record.ok = false;
                record.reason = Reason::RecordTooLong;
            }
            record.failedAt = at;
            return record.ok;
        };
        const auto fail = [&](Reason reason, qsizetype at) {
            record.ok = false;
            record.reason = reason;
            record.failedAt = at;
            return record;
        };
        for (;;) {
            fieldStart = i;
            QByteArray field;
            if (i < n && m_data[i] == '"') {
                if (!take(i))
                    return record;
                ++i;
                for (;;) {
                    if (i == n)
                        return fail(Reason::UnclosedQuote, n);
                    const char c = m_data[i];
                    if (c == '"') {
                        if (i + 1 < n && m_data[i + 1] == '"') {
                            if (!take(i) || !take(i + 1))
                                return record;
                            field += '"';
                            i += 2;
                            continue;
                        }
                        if (!take(i))
                            return record;
                        ++i;
                        break;
                    }
                    if (lineMode && isBreak(c))
                        return fail(Reason::UnclosedQuote, i);
                    if (!take(i))
                        return record;
                    field += c;
                    ++i;
                }
                if (i < n && m_data[i] != delimiter && !isBreak(m_data[i]))
                    return fail(Reason::TextAfterQuote, i);
            } else {
                while (i < n && m_data[i] != delimiter && !isBreak(m_data[i])) {
                    if (!take(i))
                        return record;
                    field += m_data[i];
                    ++i;
                }
            }
            record.fields << field;
            if (i < n && m_data[i] == delimiter) {
                if (i - start + 1 > m_options.maxRecordSize)
                    return fail(Reason::RecordTooLong, i);
                if (record.fields.size() >= m_options.maxFieldCount)
                    return fail(Reason::TooManyFields, i);
                ++i;
                continue;
            }
            record.end = i;
            record.next =
                i == n ? n : i + (m_data[i] == '\r' && i + 1 < n && m_data[i + 1] == '\n' ? 2 : 1);
            return record;
        }
    }

    QByteArray m_data;
    CsvReader::Options m_options;
};

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delimiters_data();
    void delimiters();
    void parsing_data();
    void parsing();
    void encodings_data();
    void encodings();
    void windows1252Table();
    void names();
    void headerDetection_data();
    void headerDetection();
    void delimiterDetection_data();
    void delimiterDetection();
    void lineEndings_data();
    void lineEndings();
    void rowAndLineNumbers();
    void raggedRows_data();
    void raggedRows();
    void nulBytes();
    void invalidUtf8();
    void limits_data();
    void limits();
    void hugeField_data();
    void hugeField();
    void hostileQuotesStayLinear();
    void emptyFiles_data();
    void emptyFiles();
    void asciiSampleThenOtherBytes();
    void problemReport();
    void progressAndFile();
    void deviceError();
    void matchesReference_data();
    void matchesReference();
    void roundTrip();
};

void tst_CsvReader::delimiters_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::addRow("semicolon") << ';';
    QTest::addRow("comma") << ',';
    QTest::addRow("tab") << '\t';
    QTest::addRow("pipe") << '|';
}

void tst_CsvReader::delimiters()
{
    QFETCH(char, delimiter);
    const QString d(QLatin1Char {delimiter});
    // The other delimiters appear inside quoted fields, and a comma in free text.
    QString text = QStringLiteral("téléphone%1prénom%1commune%1note\n").arg(d);
    for (int i = 0; i < 20; ++i) {
        text += QStringLiteral("06 12 34 56 %1%2Zoé%2\"Saint-Étienne; Loire | 42\"%2\"a, b\"\n")
                    .arg(10 + i)
                    .arg(d);
    }
    const QByteArray bytes = text.toUtf8();
    const CsvReader::Dialect dialect = CsvReader::sniff(bytes, true);
    QCOMPARE(dialect.delimiter, delimiter);
    QVERIFY(dialect.hasHeader);
    QCOMPARE(dialect.encoding, CsvReader::Encoding::Utf8);

    CsvReader::Options options;
    options.dialect = dialect;
    const QStringList items = transcript(bytes, options);
    QCOMPARE(items.size(), 21);
    QCOMPARE(items.first(), QStringLiteral("H:téléphone|prénom|commune|note"));
    QCOMPARE(items.at(1), QStringLiteral("2:06 12 34 56 10|Zoé|Saint-Étienne; Loire | 42|a, b"));
    QCOMPARE(items.last(), QStringLiteral("21:06 12 34 56 29|Zoé|Saint-Étienne; Loire | 42|a, b"));
}

void tst_CsvReader::parsing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    using L = QStringList;
    QTest::addRow("plain") << QByteArray("a;b;c\nd;e;f\n") << L {"1:a|b|c", "2:d|e|f"};
    QTest::addRow("doubled quotes") << QByteArray("\"a \"\"b\"\" c\";d\n") << L {"1:a \"b\" c|d"};
    QTest::addRow("only a quote") << QByteArray("\"\"\"\"\n") << L {"1:\""};
    QTest::addRow("delimiter in quotes") << QByteArray("\"a;b\";c\n") << L {"1:a;b|c"};
    QTest::addRow("CRLF in quotes")
        << QByteArray("\"l1\r\nl2\";x\r\nnext;y\r\n") << L {"1:l1\r\nl2|x", "2:next|y"};
    QTest::addRow("LF in quotes") << QByteArray("\"l1\nl2\";x\nnext;y\n")
                                  << L {"1:l1\nl2|x", "2:next|y"};
    QTest::addRow("quotes inside unquoted field")
        << QByteArray("a\"b;c\"d\";5\"\n") << L {"1:a\"b|c\"d\"|5\""};
    QTest::addRow("spaces kept") << QByteArray(" a ;  b  ; \"c\"\n") << L {"1: a |  b  | \"c\""};
    QTest::addRow("empty quoted field") << QByteArray("\"\";x\n") << L {"1:|x"};
    QTest::addRow("empty fields") << QByteArray(";;\n") << L {"1:||"};
    QTest::addRow("trailing delimiter") << QByteArray("a;\n") << L {"1:a|"};
    QTest::addRow("no final line break") << QByteArray("a;b\nc;\"d\"") << L {"1:a|b", "2:c|d"};
    QTest::addRow("empty lines skipped, counted")
        << QByteArray("\na;b\n\n\nc;d\n\n") << L {"2:a|b", "5:c|d"};
    QTest::addRow("text after closing quote")
        << QByteArray("\"a\"b;c\nd;e\n") << L {"1!TextAfterQuote", "2:d|e"};
    QTest::addRow("space after closing quote")
        << QByteArray("x;\"a\" \nd;e\n") << L {"1!TextAfterQuote", "2:d|e"};
    QTest::addRow("unclosed quote at the end")
        << QByteArray("a;b\n\"c;d") << L {"1:a|b", "2!UnclosedQuote"};
    QTest::addRow("unclosed quote, then lines to the end")
        << QByteArray("a;b\nc;\"d\ne;f\ng;h\n") << L {"1:a|b", "2!UnclosedQuote", "3:e|f", "4:g|h"};
    QTest::addRow("stray quote closed by a later one")
        << QByteArray("1;\"x\n2;y\n3;\"z\"\n4;w\n")
        << L {"1!TextAfterQuote", "2:2|y", "3:3|z", "4:4|w"};
    // The second stray quote is read in line mode: it cannot swallow the lines after it.
    QTest::addRow("two stray quotes")
        << QByteArray("1;\"x\n2;y\n3;\"z\n4;w\n5;v\n")
        << L {"1!TextAfterQuote", "2:2|y", "3!UnclosedQuote", "4:4|w", "5:5|v"};
    // Line mode has a price: a quoted line break inside the span a runaway swallowed is refused.
    QTest::addRow("line mode after a runaway")
        << QByteArray("1;\"x\n2;\"y\n3;z\"\n4;w\n")
        << L {"1!TextAfterQuote", "2!UnclosedQuote", "3:3|z\"", "4:4|w"};
    QTest::addRow("quoted line break after the runaway's span")
        << QByteArray("1;\"x\n2;\"y\"\n3;\"z\nz\"\n")
        << L {"1!TextAfterQuote", "2:2|y", "3:3|z\nz"};
}

void tst_CsvReader::parsing()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    for (const qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(5), qsizetype(1) << 20}) {
        CsvReader::Options options = optionsFor();
        options.chunkSize = chunk;
        QCOMPARE(transcript(input, options), expected);
    }
}

void tst_CsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvReader::Encoding>("encoding");
    QTest::addColumn<bool>("hasBom");
    QTest::addColumn<QStringList>("expected");
    const QString text = QStringLiteral("prénom;commune\nLéa;Bègles\nFrançois;Côte-d'Or\n"
                                        "Chloé;\"Œuvre, sœur à 5 €\"\n");
    const QStringList expected {"H:prénom|commune", "2:Léa|Bègles", "3:François|Côte-d'Or",
                                "4:Chloé|Œuvre, sœur à 5 €"};
    QTest::addRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8()
                                    << CsvReader::Encoding::Utf8 << true << expected;
    QTest::addRow("UTF-8") << text.toUtf8() << CsvReader::Encoding::Utf8 << false << expected;
    const QByteArray windows = cp1252(text);
    QVERIFY(windows.contains('\x80') && windows.contains('\x9C') && windows.contains('\xE9'));
    QTest::addRow("Windows-1252") << windows << CsvReader::Encoding::Windows1252 << false
                                  << expected;
    QTest::addRow("ASCII") << QByteArray("telephone;nom\n0612345678;Dupont\n")
                           << CsvReader::Encoding::Utf8 << false
                           << QStringList {"H:telephone|nom", "2:0612345678|Dupont"};
}

void tst_CsvReader::encodings()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvReader::Encoding, encoding);
    QFETCH(bool, hasBom);
    QFETCH(QStringList, expected);
    const CsvReader::Dialect dialect = CsvReader::sniff(input, true);
    QCOMPARE(dialect.encoding, encoding);
    QCOMPARE(dialect.hasBom, hasBom);
    QVERIFY(dialect.hasHeader);
    CsvReader::Options options;
    options.dialect = dialect;
    QCOMPARE(transcript(input, options), expected);
}

void tst_CsvReader::windows1252Table()
{
    QByteArray all(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i)
        all[i] = char(i);
    const QString decoded = CsvReader::decode(all, CsvReader::Encoding::Windows1252);
    QCOMPARE(decoded.size(), 256);
    QCOMPARE(decoded.at(0x80), QChar(0x20AC)); // €
    QCOMPARE(decoded.at(0x9C), QChar(0x0153)); // œ
    QCOMPARE(decoded.at(0x8C), QChar(0x0152)); // Œ
    QCOMPARE(decoded.at(0x92), QChar(0x2019)); // ’
    QCOMPARE(decoded.at(0xE9), QChar(0x00E9)); // é
    QCOMPARE(decoded.at(0x81), QChar(0x0081)); // undefined: the control of the same value
    QStringDecoder icu("windows-1252");
    if (!icu.isValid())
        QSKIP("no Windows-1252 codec to compare the whole table with");
    QCOMPARE(decoded, icu.decode(all));
}

void tst_CsvReader::names()
{
    using E = CsvReader::Encoding;
    QCOMPARE(CsvReader::encodingFromName(u"UTF-8"), std::optional<E>(E::Utf8));
    QCOMPARE(CsvReader::encodingFromName(u"utf8"), std::optional<E>(E::Utf8));
    QCOMPARE(CsvReader::encodingFromName(u"ISO-8859-1"), std::optional<E>(E::Windows1252));
    QCOMPARE(CsvReader::encodingFromName(u"latin1"), std::optional<E>(E::Windows1252));
    QCOMPARE(CsvReader::encodingFromName(u"Windows-1252"), std::optional<E>(E::Windows1252));
    QCOMPARE(CsvReader::encodingFromName(u"cp1252"), std::optional<E>(E::Windows1252));
    QCOMPARE(CsvReader::encodingFromName(u"ISO-8859-15"), std::optional<E>()); // € elsewhere
    QCOMPARE(CsvReader::encodingFromName(u"utf-16"), std::optional<E>());
    QCOMPARE(CsvReader::encodingName(E::Windows1252), QStringLiteral("Windows-1252"));
    QCOMPARE(CsvReader::delimiterFromName(u";"), std::optional<char>(';'));
    QCOMPARE(CsvReader::delimiterFromName(u"tab"), std::optional<char>('\t'));
    QCOMPARE(CsvReader::delimiterFromName(u"\\t"), std::optional<char>('\t'));
    QCOMPARE(CsvReader::delimiterFromName(u"\t"), std::optional<char>('\t'));
    QCOMPARE(CsvReader::delimiterFromName(u"Pipe"), std::optional<char>('|'));
    QCOMPARE(CsvReader::delimiterFromName(u","), std::optional<char>(','));
    QCOMPARE(CsvReader::delimiterFromName(u":"), std::optional<char>());
}

void tst_CsvReader::headerDetection_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("hasHeader");
    QTest::addRow("known names") << "telephone;prenom\n0612345678;Jean\n" << true;
    QTest::addRow("known names, accents and case")
        << "TÉLÉPHONE;Prénom;Code Postal\n0612345678;Jean;67000\n"
        << true;
    QTest::addRow("phrases") << "Tel portable;Date d'opt-in;Tranche d'âge\n06 12;2023-01-02;25-34\n"
                             << true;
    QTest::addRow("snake case, numbered") << "num_tel1;code_postal\n0612345678;67000\n" << true;
    QTest::addRow("header only") << "mobile;nom\n" << true;
    QTest::addRow("unknown names, numeric column below")
        << "col_a;col_b\n0612345678;Jean\n0698765432;Zoé\n"
        << true;
    QTest::addRow("data: phone in the first row") << "0612345678;Jean\n0698765432;Marie\n" << false;
    QTest::addRow("data: international number") << "+33 6 12 34 56 78;Nom\n" << false;
    QTest::addRow("data: commune named like a column")
        << "0612345678;Ville-d'Avray\n0698765432;Sèvres\n"
        << false;
    QTest::addRow("data: all text, unknown names") << "Jean;Dupont\nMarie;Durand\n" << false;
    QTest::addRow("data: one text row") << "Dupont;Jean;Paris\n" << false;
    QTest::addRow("data: empty first cell") << ";Jean\n0612345678;Marie\n0698765432;Zoé\n" << false;
}

void tst_CsvReader::headerDetection()
{
    QFETCH(QString, input);
    QFETCH(bool, hasHeader);
    QCOMPARE(CsvReader::sniff(input.toUtf8(), true).hasHeader, hasHeader);
    QCOMPARE(CsvReader::sniff(cp1252(input), true).hasHeader, hasHeader);
}

void tst_CsvReader::delimiterDetection_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addRow("decimal commas in a ; file")
        << QByteArray("nom;prix;tel\nA;12,5;06\nB;3,2;07\nC;1,0;06\n") << ';';
    QTest::addRow("addresses with commas, one ragged row")
        << QByteArray("a;b;c\n1, rue X;2;3\n4;5;6\n7;8;9\n10;11;12\n13;14;15\n16;17;18\n"
                      "19;20;21\n22;23;24\n25;26;27\n28;29;30;31\n")
        << ';';
    QTest::addRow("quoted commas in a , file")
        << QByteArray("\"a;1\",b\n\"c;2\",d\n\"e;3\",f\n") << ',';
    QTest::addRow("tab with spaces") << QByteArray("a b\tc d\te\nf g\th\ti\n") << '\t';
    QTest::addRow("pipe with commas") << QByteArray("Dupont, Jean|06|x\nMartin, Zoé|07|y\n") << '|';
    QTest::addRow("single column: default") << QByteArray("0612345678\n0698765432\n") << ';';
}

void tst_CsvReader::delimiterDetection()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QCOMPARE(CsvReader::sniff(input, true).delimiter, delimiter);
}

void tst_CsvReader::lineEndings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvReader::LineEnding>("lineEnding");
    QTest::addRow("LF") << QByteArray("a;b\nc;d\ne;f\n") << CsvReader::LineEnding::Lf;
    QTest::addRow("CRLF") << QByteArray("a;b\r\nc;d\r\ne;f\r\n") << CsvReader::LineEnding::CrLf;
    QTest::addRow("CR") << QByteArray("a;b\rc;d\re;f\r") << CsvReader::LineEnding::Cr;
    QTest::addRow("mixed, mostly CRLF")
        << QByteArray("a;b\r\nc;d\ne;f\r\n") << CsvReader::LineEnding::CrLf;
    QTest::addRow("no final line break")
        << QByteArray("a;b\r\nc;d\r\ne;f") << CsvReader::LineEnding::CrLf;
}

void tst_CsvReader::lineEndings()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvReader::LineEnding, lineEnding);
    const CsvReader::Dialect dialect = CsvReader::sniff(input, true);
    QCOMPARE(dialect.lineEnding, lineEnding);
    CsvReader::Options options;
    options.dialect = dialect;
    for (const qsizetype chunk : {qsizetype(1), qsizetype(4), qsizetype(1) << 20}) {
        options.chunkSize = chunk;
        QCOMPARE(transcript(input, options, true),
                 QStringList({"1@1:a\u241Fb", "2@2:c\u241Fd", "3@3:e\u241Ff"}));
    }
}

void tst_CsvReader::rowAndLineNumbers()
{
    const QByteArray input("nom;adresse\n"
                           "\n"
                           "A;\"1 rue X\r\nbâtiment B\"\r\n"
                           "B;\"a\rb\nc\"\n"
                           "C;x\n");
    CsvReader::Options options = optionsFor(';', true);
    QCOMPARE(transcript(input, options, true),
             QStringList({"H:nom\u241Fadresse", "3@3:A\u241F1 rue X\r\nbâtiment B",
                          "4@5:B\u241Fa\rb\nc", "5@8:C\u241Fx"}));
}

void tst_CsvReader::raggedRows_data()
{
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<int>("expectedFieldCount");
    QTest::addColumn<bool>("reject");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<bool>>("ragged");
    QTest::addRow("header count, kept")
        << true << -1 << false << QStringList {"H:a|b|c", "2:1|2", "3:1|2|3|4", "4:1|2|3"}
        << QList<bool> {true, true, false};
    QTest::addRow("header count, rejected")
        << true << -1 << true << QStringList {"H:a|b|c", "2!FieldCount", "3!FieldCount", "4:1|2|3"}
        << QList<bool> {false};
    QTest::addRow("no expectation")
        << true << 0 << true << QStringList {"H:a|b|c", "2:1|2", "3:1|2|3|4", "4:1|2|3"}
        << QList<bool> {false, false, false};
    QTest::addRow("explicit count")
        << true << 2 << true << QStringList {"H:a|b|c", "2:1|2", "3!FieldCount", "4!FieldCount"}
        << QList<bool> {false};
    QTest::addRow("first row's count without header")
        << false << -1 << false << QStringList {"1:a|b|c", "2:1|2", "3:1|2|3|4", "4:1|2|3"}
        << QList<bool> {false, true, true, false};
}

void tst_CsvReader::raggedRows()
{
    QFETCH(bool, hasHeader);
    QFETCH(int, expectedFieldCount);
    QFETCH(bool, reject);
    QFETCH(QStringList, expected);
    QFETCH(QList<bool>, ragged);
    const QByteArray input("a;b;c\n1;2\n1;2;3;4\n1;2;3\n");
    CsvReader::Options options = optionsFor(';', hasHeader);
    options.expectedFieldCount = expectedFieldCount;
    options.rejectRaggedRows = reject;
    QCOMPARE(transcript(input, options), expected);

    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    QList<bool> seen;
    for (Status status; (status = reader.readNext()) != Status::End;) {
        if (status == Status::Record)
            seen << reader.isRagged();
        if (status == Status::Problem) {
            const int counts[] = {0, 3, 2, 4, 3}; // fields of each row
            QCOMPARE(reader.problem().fieldCount, counts[reader.problem().rowNumber]);
            QVERIFY(
                reader.problem().message.contains(QString::number(reader.problem().fieldCount)));
        }
    }
    QCOMPARE(seen, ragged);
}

void tst_CsvReader::nulBytes()
{
    static const char raw[] = "a;b\nc\0d;e\nf;\"g\0\"\nh;i\n";
    const QByteArray input(raw, sizeof raw - 1);
    const QStringList expected {"1:a|b", "2!NulByte", "3!NulByte", "4:h|i"};
    QCOMPARE(transcript(input, optionsFor()), expected);
    QCOMPARE(transcript(input, optionsFor(';', false, CsvReader::Encoding::Windows1252)), expected);
    QVERIFY(CsvReader::isEncodingProblem(Reason::NulByte));
    QVERIFY(!CsvReader::isEncodingProblem(Reason::UnclosedQuote));
}

void tst_CsvReader::invalidUtf8()
{
    const QByteArray input("é;x\n\xE9;y\nok;\"\xC3\"\n\xF0\x9F\x98\x80;\xED\xA0\x80\nfin;z\n");
    QCOMPARE(transcript(input, optionsFor()),
             QStringList({"1:é|x", "2!InvalidUtf8", "3!InvalidUtf8", "4!InvalidUtf8", "5:fin|z"}));
    // The same bytes read as Windows-1252 are all valid.
    QCOMPARE(transcript(input, optionsFor(';', false, CsvReader::Encoding::Windows1252)).size(), 5);
    QVERIFY(CsvReader::isEncodingProblem(Reason::InvalidUtf8));
}

void tst_CsvReader::limits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("maxFieldSize");
    QTest::addColumn<qsizetype>("maxRecordSize");
    QTest::addColumn<int>("maxFieldCount");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("field at the limit") << QByteArray("abcde;\"abc\"\n") << qsizetype(5)
                                        << qsizetype(100) << 10 << QStringList {"1:abcde|abc"};
    QTest::addRow("field over") << QByteArray("abcdef;x\nok;y\n") << qsizetype(5) << qsizetype(100)
                                << 10 << QStringList {"1!FieldTooLong", "2:ok|y"};
    QTest::addRow("quoted field over, quotes count")
        << QByteArray("\"abcd\";x\nok;y\n") << qsizetype(5) << qsizetype(100) << 10
        << QStringList {"1!FieldTooLong", "2:ok|y"};
    QTest::addRow("record over") << QByteArray("a;b;c;d;e\nok\n") << qsizetype(5) << qsizetype(8)
                                 << 10 << QStringList {"1!RecordTooLong", "2:ok"};
    QTest::addRow("record at the limit")
        << QByteArray("a;b;c;de\nok\n") << qsizetype(5) << qsizetype(8) << 10
        << QStringList {"1:a|b|c|de", "2:ok"};
    QTest::addRow("too many fields")
        << QByteArray("a;b;c;d\nx;y;z\n") << qsizetype(5) << qsizetype(100) << 3
        << QStringList {"1!TooManyFields", "2:x|y|z"};
    QTest::addRow("runaway quote over the record limit")
        << QByteArray("1;\"abc\n2;d\n3;e\n4;f\n5;g\n") << qsizetype(100) << qsizetype(10) << 10
        << QStringList {"1!RecordTooLong", "2:2|d", "3:3|e", "4:4|f", "5:5|g"};
}

void tst_CsvReader::limits()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, maxFieldSize);
    QFETCH(qsizetype, maxRecordSize);
    QFETCH(int, maxFieldCount);
    QFETCH(QStringList, expected);
    for (const qsizetype chunk : {qsizetype(1), qsizetype(3), qsizetype(1) << 20}) {
        CsvReader::Options options = optionsFor();
        options.maxFieldSize = maxFieldSize;
        options.maxRecordSize = maxRecordSize;
        options.maxFieldCount = maxFieldCount;
        options.chunkSize = chunk;
        QCOMPARE(transcript(input, options), expected);
    }
}

void tst_CsvReader::hugeField_data()
{
    QTest::addColumn<QByteArray>("huge");
    QTest::addColumn<QStringList>("expected");
    const qsizetype size = 10 * 1000 * 1000;
    QTest::addRow("unquoted") << QByteArray(size, 'x')
                              << QStringList {"1:a|b", "2!FieldTooLong", "3:c|d"};
    QTest::addRow("quoted") << QByteArray(1, '"') + QByteArray(size, 'x') + '"'
                            << QStringList {"1:a|b", "2!FieldTooLong", "3:c|d"};
    QTest::addRow("quote never closed, no line break") << QByteArray(1, '"')
            + QByteArray(size, 'x') << QStringList {"1:a|b", "2!FieldTooLong", "3:c|d"};
    QByteArray lines;
    for (int i = 0; i < 100000; ++i)
        lines += "0612345678 Jean Dupont Strasbourg 67000 67 25-34 2023-05-01 brokerX\n";
    QTest::addRow("quoted, with line breaks") << QByteArray(1, '"') + lines + '"' << QStringList();
}

void tst_CsvReader::hugeField()
{
    QFETCH(QByteArray, huge);
    QFETCH(QStringList, expected);
    const QByteArray input = QByteArray("a;b\n1;") + huge + "\nc;d\n";
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, optionsFor());
    QStringList items;
    qsizetype capacity = 0;
    qint64 problems = 0;
    for (;;) {
        const Status status = reader.readNext();
        capacity = std::max(capacity, reader.bufferCapacity());
        if (status == Status::End)
            break;
        QVERIFY(status != Status::Error);
        if (status == Status::Problem) {
            ++problems;
            const CsvReader::Problem &problem = reader.problem();
            QVERIFY(problem.raw.size() <= reader.options().maxReportedRawSize);
            QVERIFY(problem.rawText.size() <= reader.options().maxReportedRawSize + 1);
            if (problem.rowNumber == 2 && !expected.isEmpty()) {
                QCOMPARE(problem.reason, Reason::FieldTooLong);
                QVERIFY(problem.rawTruncated);
                QVERIFY(problem.rawText.startsWith(QStringLiteral("1;")));
                QVERIFY(problem.rawText.endsWith(QChar(0x2026)));
                QCOMPARE(problem.offset, qint64(4));
            }
            items << QStringLiteral("%1!%2").arg(problem.rowNumber).arg(reasonName(problem.reason));
        } else {
            QStringList fields;
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                fields << reader.text(i);
            items << QStringLiteral("%1:%2")
                         .arg(reader.rowNumber())
                         .arg(fields.join(QLatin1Char('|')));
        }
    }
    QCOMPARE(reader.bytesConsumed(), qint64(input.size()));
    QVERIFY2(capacity < 4 * 1024 * 1024, qPrintable(QString::number(capacity)));
    if (!expected.isEmpty()) {
        QCOMPARE(items, expected);
    } else {
        // The lines inside the runaway field are read again as rows (the documented resync).
        QCOMPARE(items.at(1), QStringLiteral("2!FieldTooLong"));
        QCOMPARE(problems, qint64(2)); // and the closing quote alone on its line opens another
        QCOMPARE(items.at(items.size() - 2), QStringLiteral("100002!UnclosedQuote"));
        QCOMPARE(items.last(), QStringLiteral("100003:c|d"));
    }
}

void tst_CsvReader::hostileQuotesStayLinear()
{
    // Every line re-read after a runaway would open a new runaway quote reaching the end of the
    // file: without line mode, reading would take time quadratic in the number of lines.
    QByteArray input;
    const int lines = 20000;
    for (int i = 0; i < lines; ++i)
        input += "a\";\"b\n";
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, optionsFor());
    qint64 problems = 0;
    for (Status status; (status = reader.readNext()) != Status::End;) {
        QCOMPARE(status, Status::Problem);
        ++problems;
    }
    QCOMPARE(problems, qint64(lines));
    QVERIFY2(reader.bytesScanned() <= 4 * input.size(),
             qPrintable(QStringLiteral("%1 bytes scanned for %2")
                            .arg(reader.bytesScanned())
                            .arg(input.size())));
}

void tst_CsvReader::emptyFiles_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("empty") << QByteArray() << QStringList();
    QTest::addRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QStringList();
    QTest::addRow("blank lines") << QByteArray("\n\r\n\r\n") << QStringList();
    QTest::addRow("header only") << QByteArray("telephone;prenom\n")
                                 << QStringList {"H:telephone|prenom"};
    QTest::addRow("header only, no line break")
        << QByteArray("\xEF\xBB\xBFtelephone;prenom") << QStringList {"H:telephone|prenom"};
    QTest::addRow("header and blank lines")
        << QByteArray("telephone;prenom\r\n\r\n\r\n") << QStringList {"H:telephone|prenom"};
}

void tst_CsvReader::emptyFiles()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    const CsvReader::Dialect dialect = CsvReader::sniff(input, true);
    QCOMPARE(dialect.hasHeader, !expected.isEmpty());
    CsvReader::Options options;
    options.dialect = dialect;
    QCOMPARE(transcript(input, options), expected);
}

void tst_CsvReader::asciiSampleThenOtherBytes()
{
    // The first 64 KiB are ASCII: the sniffer says UTF-8. Later UTF-8 rows decode; a later
    // Windows-1252 row is reported as bad encoding, with its row number.
    QByteArray input("telephone;prenom;commune\n");
    int rows = 1;
    while (input.size() <= CsvReader::SniffSize) {
        input += "0612345678;Jean;Paris\n";
        ++rows;
    }
    input += QStringLiteral("0698765432;Zoé;Sélestat\n").toUtf8();
    input += cp1252(QStringLiteral("0698765433;Léa;Bègles\n"));
    input += "0698765434;Marc;Metz\n";

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("ascii.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(input);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvReader::Dialect dialect = CsvReader::sniff(&file);
    QCOMPARE(file.pos(), qint64(0)); // sniffing consumes nothing
    QCOMPARE(dialect.encoding, CsvReader::Encoding::Utf8);
    QVERIFY(dialect.hasHeader);
    CsvReader::Options options;
    options.dialect = dialect;
    const QStringList items = transcript(input, options);
    QCOMPARE(items.size(), rows + 3);
    QCOMPARE(items.at(rows), QStringLiteral("%1:0698765432|Zoé|Sélestat").arg(rows + 1));
    QCOMPARE(items.at(rows + 1), QStringLiteral("%1!InvalidUtf8").arg(rows + 2));
    QCOMPARE(items.at(rows + 2), QStringLiteral("%1:0698765434|Marc|Metz").arg(rows + 3));
}

void tst_CsvReader::problemReport()
{
    // Windows-1252: the raw text is decoded for the report.
    CsvReader::Options options = optionsFor(';', false, CsvReader::Encoding::Windows1252);
    options.maxReportedRawSize = 10;
    QBuffer buffer;
    buffer.setData(cp1252(QStringLiteral("ok;1\nHélène;\"x\"y;zzzzzzzz\nok;2\n")));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    QCOMPARE(reader.readNext(), Status::Record);
    QCOMPARE(reader.readNext(), Status::Problem);
    const CsvReader::Problem problem = reader.problem();
    QCOMPARE(problem.rowNumber, qint64(2));
    QCOMPARE(problem.lineNumber, qint64(2));
    QCOMPARE(problem.offset, qint64(5));
    QCOMPARE(problem.reason, Reason::TextAfterQuote);
    QCOMPARE(problem.raw, cp1252(QStringLiteral("Hélène;\"x\"")));
    QVERIFY(problem.rawTruncated);
    QCOMPARE(problem.rawText, QStringLiteral("Hélène;\"x\"…"));
    QCOMPARE(problem.message, CsvReader::reasonText(Reason::TextAfterQuote));
    QCOMPARE(reader.fieldCount(), 0);
    QCOMPARE(reader.readNext(), Status::Record);
    QCOMPARE(reader.text(1), QStringLiteral("2"));

    // UTF-8: a report never ends with half a character.
    CsvReader::Options utf8 = optionsFor();
    utf8.maxReportedRawSize = 4;
    utf8.maxFieldSize = 3;
    buffer.close();
    buffer.setData(QStringLiteral("aéééé\n").toUtf8());
    buffer.open(QIODevice::ReadOnly);
    CsvReader cut(&buffer, utf8);
    QCOMPARE(cut.readNext(), Status::Problem);
    QCOMPARE(cut.problem().raw, QStringLiteral("aé").toUtf8() + "\xC3");
    QCOMPARE(cut.problem().rawText, QStringLiteral("aé…"));
    QVERIFY(cut.problem().message.contains(QLatin1String("3")));

    for (Reason reason : {Reason::TextAfterQuote, Reason::UnclosedQuote, Reason::FieldTooLong,
                          Reason::RecordTooLong, Reason::TooManyFields, Reason::NulByte,
                          Reason::InvalidUtf8, Reason::FieldCount})
        QVERIFY(!CsvReader::reasonText(reason).isEmpty());
}

void tst_CsvReader::progressAndFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("segment.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray content("telephone;nom\r\n");
    for (int i = 0; i < 5000; ++i)
        content += QByteArray("06123") + QByteArray::number(10000 + i) + ";Nom\r\n";
    file.write(content);
    file.close();

    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader::Options options;
    options.dialect = CsvReader::sniff(&file);
    options.chunkSize = 4096;
    QVERIFY(options.dialect.hasHeader);
    QCOMPARE(options.dialect.lineEnding, CsvReader::LineEnding::CrLf);
    CsvReader reader(&file, options);
    QCOMPARE(reader.totalSize(), qint64(content.size()));
    qint64 last = 0;
    int rows = 0;
    for (Status status; (status = reader.readNext()) != Status::End;) {
        QCOMPARE(status, rows == 0 ? Status::Header : Status::Record);
        QVERIFY(reader.bytesConsumed() > last);
        QVERIFY(reader.bytesConsumed() <= reader.totalSize());
        last = reader.bytesConsumed();
        ++rows;
    }
    QCOMPARE(rows, 5001);
    QCOMPARE(reader.bytesConsumed(), qint64(content.size()));
    QCOMPARE(reader.readNext(), Status::End);
}

void tst_CsvReader::deviceError()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("device not open")));
    QFile closed(QStringLiteral("/nonexistent/tribune.csv"));
    CsvReader reader(&closed, optionsFor());
    QCOMPARE(reader.readNext(), Status::Error);
    QVERIFY(!reader.errorString().isEmpty());
    QCOMPARE(reader.readNext(), Status::Error);
}

void tst_CsvReader::matchesReference_data()
{
    QTest::addColumn<bool>("smallLimits");
    QTest::addRow("default limits") << false;
    QTest::addRow("small limits") << true;
}

// Random small documents mixing quotes, delimiters, line breaks, accents and bad bytes, read with
// several chunk sizes, against the naive reference.
void tst_CsvReader::matchesReference()
{
    QFETCH(bool, smallLimits);
    QRandomGenerator random(smallLimits ? 4180 : 1252);
    const char *const pieces[] = {"a",
                                  "b",
                                  "7",
                                  " ",
                                  "\"",
                                  "\"\"",
                                  ";",
                                  ",",
                                  "\t",
                                  "|",
                                  "\n",
                                  "\r\n",
                                  "\r",
                                  "\xC3\xA9",
                                  "\xE2\x82\xAC",
                                  "\xC5\x93",
                                  "\xF0\x9F\x98\x80",
                                  "\xE9",
                                  "\x80",
                                  "\0",
                                  "\xEF\xBB\xBF"};
    const int pieceCount = int(std::size(pieces));
    int problems = 0;
    int records = 0;
    for (int doc = 0; doc < 3000; ++doc) {
        QByteArray input;
        if (random.bounded(10) == 0)
            input += "\xEF\xBB\xBF";
        const int length = random.bounded(40);
        for (int i = 0; i < length; ++i) {
            // Weighted: plain text most of the time.
            const int pick =
                random.bounded(3) == 0 ? random.bounded(pieceCount) : random.bounded(4);
            const char *piece = pieces[pick];
            input += pick == pieceCount - 2 ? QByteArray(1, '\0') : QByteArray(piece);
        }
        CsvReader::Options options;
        options.dialect.delimiter = ";,\t|"[random.bounded(4)];
        options.dialect.encoding =
            random.bounded(2) ? CsvReader::Encoding::Utf8 : CsvReader::Encoding::Windows1252;
        options.dialect.hasHeader = random.bounded(3) == 0;
        options.expectedFieldCount = random.bounded(3) - 1;
        options.rejectRaggedRows = random.bounded(2);
        if (smallLimits) {
            options.maxFieldSize = 1 + random.bounded(6);
            options.maxRecordSize = 1 + random.bounded(16);
            options.maxFieldCount = 1 + random.bounded(4);
            options.maxReportedRawSize = 1 + random.bounded(8);
        }
        const QStringList expected = ReferenceReader(input, options).run();
        for (const qsizetype chunk :
             {qsizetype(1), qsizetype(2), qsizetype(7), qsizetype(1) << 20}) {
            options.chunkSize = chunk;
            const QStringList actual = transcript(input, options, true);
            if (actual != expected) {
                qWarning() << "document" << doc << input.toHex() << "delimiter"
                           << options.dialect.delimiter << "chunk" << chunk;
                QCOMPARE(actual, expected);
            }
        }
        for (const QString &item : expected) {
            if (item.contains(QLatin1Char('!')))
                ++problems;
            else
                ++records;
        }
    }
    // The documents exercise both sides.
    QVERIFY(problems > 1000);
    QVERIFY(records > 1000);
}

// Well-formed documents written by a careful writer read back as the fields written.
void tst_CsvReader::roundTrip()
{
    QRandomGenerator random(2024);
    const QStringList alphabet {"a", "Z",  "0",    " ", "\"", ";", ",", "\t",
                                "|", "\n", "\r\n", "é", "œ",  "€", "ç"};
    for (int doc = 0; doc < 2000; ++doc) {
        const char delimiter = ";,\t|"[random.bounded(4)];
        const QString lineBreak = QStringList {"\n", "\r\n", "\r"}[random.bounded(3)];
        const int columns = 1 + random.bounded(4);
        QList<QStringList> rows(1 + random.bounded(6));
        QString text;
        for (QStringList &row : rows) {
            QStringList written;
            for (int c = 0; c < columns; ++c) {
                QString field;
                for (int k = random.bounded(6); k > 0; --k)
                    field += alphabet[random.bounded(alphabet.size())];
                row << field;
                const bool needsQuotes = field.contains(QLatin1Char(delimiter))
                    || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
                    || field.contains(QLatin1Char('\r')) || (columns == 1 && field.isEmpty());
                if (needsQuotes || random.bounded(4) == 0) {
                    field.replace(QLatin1String("\""), QLatin1String("\"\""));
                    field = QLatin1Char('"') + field + QLatin1Char('"');
                }
                written << field;
            }
            text += written.join(QLatin1Char(delimiter));
            text += lineBreak;
        }
        if (random.bounded(2))
            text.chop(lineBreak.size());
        const bool utf8 = random.bounded(2);
        const QByteArray input = utf8 ? text.toUtf8() : cp1252(text);
        CsvReader::Options options = optionsFor(
            delimiter, false, utf8 ? CsvReader::Encoding::Utf8 : CsvReader::Encoding::Windows1252);
        options.chunkSize = 1 + random.bounded(16);
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, options);
        QList<QStringList> read;
        for (Status status; (status = reader.readNext()) == Status::Record;) {
            QStringList fields;
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                fields << reader.text(i);
            read << fields;
        }
        QCOMPARE(reader.readNext(), Status::End);
        QCOMPARE(read, rows);
    }
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
