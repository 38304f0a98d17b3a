// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QBuffer>
#include <QIODevice>
#include <QLocale>
#include <QStringDecoder>
#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>

// TRIBUNE_CSV_NO_SIMD: to test the portable scan on x86 too.
#if (defined(__SSE2__) || defined(_M_X64)) && !defined(TRIBUNE_CSV_NO_SIMD)
#include <emmintrin.h>
#define TRIBUNE_CSV_SSE2 1
#endif

namespace {

// Readable bytes after the sentinel, so that the scan may load 16 bytes at a time.
constexpr qsizetype kPadding = 16;

// Byte classes of the scanning tables; 0 means "ordinary byte, keep going".
enum : unsigned char {
    Ordinary = 0,
    Delimiter = 1, // plain table only
    Quote = 1, // quoted table only
    LineFeed = 2,
    CarriageReturn = 3,
    Nul = 4, // also the sentinel after the buffered data
    HighByte = 5,
};

enum : unsigned {
    FlagNul = 1,
    FlagHighByte = 2,
    FlagLineBreakInQuotes = 4,
    FlagInvalidUtf8 = 8,
};

// Windows-1252 to UTF-16; the five undefined bytes map to the C1 control of the same value.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

constexpr std::array<char16_t, 256> makeCp1252Table()
{
    std::array<char16_t, 256> table {};
    for (unsigned i = 0; i < 256; ++i)
        table[i] = i >= 0x80 && i < 0xA0 ? kCp1252High[i - 0x80] : char16_t(i);
    return table;
}
constexpr std::array<char16_t, 256> kCp1252 = makeCp1252Table();

QString decodeCp1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); ++i)
        out[i] = QChar(kCp1252[in[i]]);
    return text;
}

// Decodes bytes already known to be valid UTF-8. Faster than QString::fromUtf8 on the short
// fields of a row, which it need not check again.
QString decodeValidUtf8(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    char16_t *const begin = out;
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.data());
    const unsigned char *const end = in + bytes.size();
    while (in < end) {
        const unsigned char lead = *in;
        if (lead < 0x80) {
            *out++ = lead;
            ++in;
        } else if (lead < 0xE0) {
            *out++ = char16_t(((lead & 0x1F) << 6) | (in[1] & 0x3F));
            in += 2;
        } else if (lead < 0xF0) {
            *out++ = char16_t(((lead & 0x0F) << 12) | ((in[1] & 0x3F) << 6) | (in[2] & 0x3F));
            in += 3;
        } else {
            const char32_t codePoint = ((lead & 0x07) << 18) | ((in[1] & 0x3F) << 12)
                | ((in[2] & 0x3F) << 6) | (in[3] & 0x3F);
            *out++ = QChar::highSurrogate(codePoint);
            *out++ = QChar::lowSurrogate(codePoint);
            in += 4;
        }
    }
    text.truncate(out - begin);
    return text;
}

// Length of the longest prefix of `s` that is valid UTF-8 (no overlongs, surrogates or code
// points above U+10FFFF). Sets *multiByte when the prefix holds a non-ASCII sequence.
qsizetype utf8ValidPrefix(const unsigned char *s, qsizetype n, bool *multiByte = nullptr)
{
    qsizetype i = 0;
    while (i < n) {
        if (n - i >= 8) {
            quint64 word;
            std::memcpy(&word, s + i, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char lead = s[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (n - i < length || s[i + 1] < low || s[i + 1] > high)
            return i;
        for (qsizetype k = 2; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        }
        if (multiByte)
            *multiByte = true;
        i += length;
    }
    return n;
}

// Length of the valid UTF-8 sequence starting with the non-ASCII byte at `s`, or 0. Reads no
// further than the first byte that breaks the sequence, so a NUL sentinel stops it.
inline int utf8SequenceLength(const unsigned char *s)
{
    const unsigned char lead = s[0];
    if (lead >= 0xC2 && lead <= 0xDF)
        return (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;
        const unsigned char high = lead == 0xED ? 0x9F : 0xBF;
        return s[1] >= low && s[1] <= high && (s[2] & 0xC0) == 0x80 ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;
        const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF;
        return s[1] >= low && s[1] <= high && (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80 ? 4
                                                                                             : 0;
    }
    return 0;
}

// Whether the bytes from `i` to the end are the beginning of a valid sequence cut short.
bool isCutSequence(const unsigned char *s, qsizetype i, qsizetype n)
{
    if (i >= n || n - i >= 4)
        return false;
    const unsigned char lead = s[i];
    const qsizetype length = lead >= 0xC2 && lead <= 0xDF ? 2
        : lead >= 0xE0 && lead <= 0xEF                    ? 3
        : lead >= 0xF0 && lead <= 0xF4                    ? 4
                                                          : 0;
    if (n - i >= length)
        return false;
    for (qsizetype k = i + 1; k < n; ++k) {
        if ((s[k] & 0xC0) != 0x80)
            return false;
    }
    return true;
}

// Skips the bytes that need no attention: all but `stop` (the delimiter, or '"' inside quotes),
// LF, CR, NUL and, for UTF-8, bytes >= 0x80 — 16 at a time with SSE2, else through `table`,
// which classifies the same bytes. The buffer has kPadding readable bytes after the sentinel.
class Scanner
{
public:
    Scanner(unsigned char stop, bool stopAtHighBytes, const unsigned char *table)
#ifdef TRIBUNE_CSV_SSE2
        : m_stops(_mm_set1_epi8(static_cast<char>(stop)))
        , m_lineFeeds(_mm_set1_epi8('\n'))
        , m_carriageReturns(_mm_set1_epi8('\r'))
        , m_highMask(stopAtHighBytes ? 0xFFFF : 0)
    {
        Q_UNUSED(table);
    }
#else
        : m_table(table)
    {
        Q_UNUSED(stop);
        Q_UNUSED(stopAtHighBytes);
    }
#endif

    const unsigned char *skip(const unsigned char *p) const
    {
#ifdef TRIBUNE_CSV_SSE2
        for (;;) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i hits = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(bytes, m_stops), _mm_cmpeq_epi8(bytes, m_lineFeeds)),
                _mm_or_si128(_mm_cmpeq_epi8(bytes, m_carriageReturns),
                             _mm_cmpeq_epi8(bytes, _mm_setzero_si128())));
            const int mask = _mm_movemask_epi8(hits) | (_mm_movemask_epi8(bytes) & m_highMask);
            if (mask != 0)
                return p + qCountTrailingZeroBits(quint32(mask));
            p += 16;
        }
#else
        while (m_table[*p] == Ordinary)
            ++p;
        return p;
#endif
    }

private:
#ifdef TRIBUNE_CSV_SSE2
    __m128i m_stops;
    __m128i m_lineFeeds;
    __m128i m_carriageReturns;
    int m_highMask;
#else
    const unsigned char *m_table;
#endif
};

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

// Index of the first CR or LF in [begin, end), or -1.
qsizetype findLineBreak(const char *data, qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end; ++i) {
        if (isLineBreak(data[i]))
            return i;
    }
    return -1;
}

// Digits with phone/date/postal-code punctuation: "06 12 34 56 78", "+33…", "67000", "25-34".
bool looksNumeric(QByteArrayView field)
{
    bool digit = false;
    for (const char c : field) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (!std::strchr(" +.-/()\t", c) || c == '\0')
            return false;
    }
    return digit;
}

// Column names brokers use (after normalisation: lower case, no accents, trailing digits cut).
bool isKnownColumnWord(const QString &word)
{
    static const char *const words[] = {
        "telephone",  "tel",         "phone",     "mobile",     "portable", "gsm",       "msisdn",
        "cellulaire", "numero",      "num",       "prenom",     "nom",      "firstname", "lastname",
        "name",       "civilite",    "civ",       "titre",      "sexe",     "genre",     "cp",
        "zip",        "zipcode",     "postal",    "codepostal", "postcode", "commune",   "ville",
        "city",       "departement", "dept",      "dep",        "region",   "age",       "tranche",
        "optin",      "opt",         "date",      "email",      "mail",     "adresse",   "address",
        "source",     "id",          "naissance", "pays",       "country",
    };
    for (const char *known : words) {
        if (word == QLatin1String(known))
            return true;
    }
    return false;
}

bool looksLikeColumnName(const QString &value)
{
    const QString decomposed = value.normalized(QString::NormalizationForm_D);
    QString cleaned;
    cleaned.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        cleaned += c.isLetterOrNumber() ? c.toCaseFolded() : QLatin1Char(' ');
    }
    const QStringList words = cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        while (!word.isEmpty() && word.back().isDigit())
            word.chop(1);
        if (isKnownColumnWord(word))
            return true;
    }
    return false;
}

struct SampleRecord
{
    bool ok = false;
    std::vector<QByteArray> fields;
};

// The records of a sample as `delimiter` splits them (problems kept as !ok entries). Without
// `wholeFile` the last entry, probably cut by the end of the sample, is dropped.
std::vector<SampleRecord> sampleRecords(QByteArrayView sample, bool wholeFile, char delimiter)
{
    QBuffer device;
    device.setData(QByteArray::fromRawData(sample.data(), sample.size()));
    device.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.dialect.encoding = CsvReader::Encoding::Windows1252; // every byte is valid
    options.dialect.delimiter = delimiter;
    options.expectedFieldCount = 0;
    options.chunkSize = std::max<qsizetype>(sample.size(), 1);
    CsvReader reader(&device, options);
    std::vector<SampleRecord> records;
    for (;;) {
        const CsvReader::Status status = reader.readNext();
        if (status == CsvReader::Status::Record) {
            SampleRecord record;
            record.ok = true;
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                record.fields.push_back(reader.field(i).toByteArray());
            records.push_back(std::move(record));
        } else if (status == CsvReader::Status::Problem) {
            records.emplace_back();
        } else {
            break;
        }
    }
    if (!wholeFile && !records.empty())
        records.pop_back();
    return records;
}

struct DelimiterScore
{
    double consistency = 0; // share of the records that have the most common field count
    qsizetype fields = 0; // that count
};

DelimiterScore scoreDelimiter(const std::vector<SampleRecord> &records)
{
    std::map<qsizetype, qsizetype> counts;
    for (const SampleRecord &record : records) {
        if (record.ok)
            ++counts[qsizetype(record.fields.size())];
    }
    DelimiterScore score;
    qsizetype best = 0;
    for (const auto &[fields, howMany] : counts) {
        if (howMany >= best) { // ties: the larger field count (visited last)
            best = howMany;
            score.fields = fields;
        }
    }
    if (!records.empty())
        score.consistency = double(best) / double(records.size());
    return score;
}

bool detectHeader(const std::vector<SampleRecord> &records, CsvReader::Encoding encoding)
{
    if (records.empty() || !records.front().ok)
        return false;
    const std::vector<QByteArray> &first = records.front().fields;
    bool knownName = false;
    for (const QByteArray &value : first) {
        if (looksNumeric(value))
            return false;
        knownName = knownName || looksLikeColumnName(CsvReader::decode(value, encoding));
    }
    if (knownName)
        return true;
    for (size_t column = 0; column < first.size(); ++column) {
        if (first[column].trimmed().isEmpty())
            continue;
        qsizetype numeric = 0;
        qsizetype present = 0;
        for (size_t r = 1; r < records.size(); ++r) {
            if (!records[r].ok || records[r].fields.size() <= column)
                continue;
            ++present;
            numeric += looksNumeric(records[r].fields[column]) ? 1 : 0;
        }
        if (present > 0 && numeric * 2 > present)
            return true;
    }
    return false;
}

} // namespace

CsvReader::Dialect CsvReader::sniff(QByteArrayView sample, bool wholeFile)
{
    Dialect dialect;
    const auto *bytes = reinterpret_cast<const unsigned char *>(sample.data());
    if (sample.size() >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
        dialect.hasBom = true;
        sample = sample.sliced(3);
        bytes += 3;
    }
    if (!dialect.hasBom) {
        bool multiByte = false;
        const qsizetype valid = utf8ValidPrefix(bytes, sample.size(), &multiByte);
        const bool isUtf8 =
            valid == sample.size() || (!wholeFile && isCutSequence(bytes, valid, sample.size()));
        dialect.encoding = isUtf8 ? Encoding::Utf8 : Encoding::Windows1252;
    }

    qsizetype crlf = 0;
    qsizetype lf = 0;
    qsizetype cr = 0;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        if (sample[i] == '\n') {
            ++lf;
        } else if (sample[i] == '\r') {
            if (i + 1 < sample.size() && sample[i + 1] == '\n') {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
        }
    }
    if (crlf > lf && crlf >= cr)
        dialect.lineEnding = LineEnding::CrLf;
    else if (cr > lf && cr > crlf)
        dialect.lineEnding = LineEnding::Cr;

    // A candidate whose usual count covers this share of the records counts as consistent.
    constexpr double consistent = 0.9;
    std::vector<SampleRecord> chosen;
    DelimiterScore chosenScore;
    for (const char candidate : {';', ',', '\t', '|'}) {
        std::vector<SampleRecord> records = sampleRecords(sample, wholeFile, candidate);
        const DelimiterScore score = scoreDelimiter(records);
        if (score.fields < 2)
            continue;
        const bool better = chosenScore.fields < 2
            || (score.consistency >= consistent
                && (chosenScore.consistency < consistent || score.fields > chosenScore.fields))
            || (score.consistency < consistent && chosenScore.consistency < consistent
                && score.consistency > chosenScore.consistency);
        if (better) {
            dialect.delimiter = candidate;
            chosenScore = score;
            chosen = std::move(records);
        }
    }
    if (chosenScore.fields < 2)
        chosen = sampleRecords(sample, wholeFile, dialect.delimiter);
    dialect.hasHeader = detectHeader(chosen, dialect.encoding);
    return dialect;
}

CsvReader::Dialect CsvReader::sniff(QIODevice *device)
{
    const QByteArray sample = device->peek(SniffSize);
    const bool wholeFile = device->isSequential() ? sample.size() < SniffSize
                                                  : device->size() - device->pos() <= sample.size();
    return sniff(sample, wholeFile);
}

QString CsvReader::encodingName(Encoding encoding)
{
    return encoding == Encoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("Windows-1252");
}

std::optional<CsvReader::Encoding> CsvReader::encodingFromName(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    key.remove(QLatin1Char(' '));
    if (key == QLatin1String("utf8"))
        return Encoding::Utf8;
    for (const char *alias :
         {"windows1252", "cp1252", "win1252", "iso88591", "latin1", "l1", "ansi", "8859"}) {
        if (key == QLatin1String(alias))
            return Encoding::Windows1252;
    }
    return std::nullopt;
}

std::optional<char> CsvReader::delimiterFromName(QStringView name)
{
    const QString key = name.toString().toLower();
    if (key == QLatin1String(";") || key == QLatin1String("semicolon"))
        return ';';
    if (key == QLatin1String(",") || key == QLatin1String("comma"))
        return ',';
    if (key == QLatin1String("|") || key == QLatin1String("pipe"))
        return '|';
    if (key == QLatin1String("\t") || key == QLatin1String("\\t") || key == QLatin1String("tab"))
        return '\t';
    return std::nullopt;
}

QString CsvReader::decode(QByteArrayView bytes, Encoding encoding)
{
    if (encoding == Encoding::Windows1252)
        return decodeCp1252(bytes);
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    if (utf8ValidPrefix(data, bytes.size()) == bytes.size())
        return decodeValidUtf8(bytes);
    // Bad bytes become U+FFFD; a leading U+FEFF is kept, as decodeValidUtf8() keeps it.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless
                               | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

QString CsvReader::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::TextAfterQuote:
        return tr("Malformed row: unexpected text after a closing quote");
    case Reason::UnclosedQuote:
        return tr("Malformed row: a quote is never closed");
    case Reason::FieldTooLong:
        return tr("Malformed row: a field is too long");
    case Reason::RecordTooLong:
        return tr("Malformed row: the row is too long");
    case Reason::TooManyFields:
        return tr("Malformed row: too many fields");
    case Reason::NulByte:
        return tr("Bad encoding: the row contains NUL bytes");
    case Reason::InvalidUtf8:
        return tr("Bad encoding: the row is not valid UTF-8");
    case Reason::FieldCount:
        return tr("Wrong number of fields");
    }
    return QString();
}

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
{
    Dialect &dialect = m_options.dialect;
    const auto delimiter = static_cast<unsigned char>(dialect.delimiter);
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || delimiter == 0
        || delimiter >= 0x80)
        dialect.delimiter = ';';
    m_options.maxFieldSize = std::max<qsizetype>(m_options.maxFieldSize, 1);
    m_options.maxRecordSize = std::max<qsizetype>(m_options.maxRecordSize, 1);
    m_options.maxFieldCount = std::max(m_options.maxFieldCount, 1);
    m_options.chunkSize = std::max<qsizetype>(m_options.chunkSize, 1);
    m_options.maxReportedRawSize = std::max<qsizetype>(m_options.maxReportedRawSize, 1);

    // Windows-1252 bytes >= 0x80 need no attention; UTF-8 ones are validated.
    if (dialect.encoding == Encoding::Utf8) {
        for (unsigned c = 0x80; c < 256; ++c) {
            m_plainClass[c] = HighByte;
            m_quotedClass[c] = HighByte;
        }
    }
    const auto byte = [](char c) {
        return static_cast<unsigned char>(c);
    };
    m_plainClass[0] = Nul;
    m_plainClass[byte('\n')] = LineFeed;
    m_plainClass[byte('\r')] = CarriageReturn;
    m_plainClass[byte(dialect.delimiter)] = Delimiter;
    m_quotedClass[0] = Nul;
    m_quotedClass[byte('\n')] = LineFeed;
    m_quotedClass[byte('\r')] = CarriageReturn;
    m_quotedClass[byte('"')] = Quote;

    m_headerPending = dialect.hasHeader;
    m_expectedFieldCount = m_options.expectedFieldCount;
    if (m_device && !m_device->isSequential())
        m_totalSize = m_device->size() - m_device->pos();
    m_buffer.reserve(m_options.chunkSize + 1 + kPadding);
    m_buffer.fill('\0', 1 + kPadding);
}

CsvReader::~CsvReader() = default;

qsizetype CsvReader::bufferCapacity() const
{
    return m_buffer.capacity() + m_scratch.capacity()
        + qsizetype(m_fields.capacity() * sizeof(QByteArrayView)
                    + m_escapedFields.capacity() * sizeof(qsizetype));
}

QString CsvReader::text(qsizetype index) const
{
    if (index < 0 || index >= fieldCount())
        return QString();
    const QByteArrayView bytes = m_fields[size_t(index)];
    if (m_options.dialect.encoding == Encoding::Windows1252)
        return decodeCp1252(bytes);
    return m_recordIsAscii ? QString::fromLatin1(bytes) : decodeValidUtf8(bytes);
}

bool CsvReader::fill()
{
    if (!m_device) {
        m_atEof = true;
        return true;
    }
    const qsizetype keep = m_end - m_pos;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(keep));
        m_bufferOffset += m_pos;
        m_pos = 0;
        m_end = keep;
    }
    // Reading at least as much as is kept makes the re-scans of a long record geometric.
    const qsizetype want = std::max(m_options.chunkSize, keep);
    const qsizetype size = m_end + want + 1 + kPadding;
    if (m_buffer.size() < size) {
        const qsizetype old = m_buffer.size();
        m_buffer.reserve(size);
        m_buffer.resize(size);
        std::memset(m_buffer.data() + old, 0, size_t(size - old));
    }
    const qint64 got = m_device->read(m_buffer.data() + m_end, want);
    if (got < 0) {
        m_errorString = tr("Cannot read the file: %1").arg(m_device->errorString());
        m_buffer[m_end] = '\0';
        return false;
    }
    if (got == 0)
        m_atEof = true;
    m_end += qsizetype(got);
    m_buffer[m_end] = '\0';
    return true;
}

std::optional<CsvReader::Failure> CsvReader::limitCrossing(qsizetype fieldStart,
                                                           qsizetype upTo) const
{
    std::optional<Failure> failure;
    if (fieldStart >= 0 && upTo - fieldStart > m_options.maxFieldSize)
        failure = Failure {Reason::FieldTooLong, fieldStart + m_options.maxFieldSize};
    if (upTo - m_pos > m_options.maxRecordSize
        && (!failure || m_pos + m_options.maxRecordSize < failure->at))
        failure = Failure {Reason::RecordTooLong, m_pos + m_options.maxRecordSize};
    return failure;
}

// Parses the record at m_pos. Complete: m_fields, m_raw, m_next and m_flags describe it.
// Malformed: m_failure says why and where. The scan loops need no bounds checks: the byte after
// the data is a NUL, which every table sends to the slow path.
CsvReader::Parse CsvReader::parseRecord()
{
    const auto *const base = reinterpret_cast<const unsigned char *>(m_buffer.constData());
    const unsigned char *const end = base + m_end;
    const unsigned char *p = base + m_pos;
    const unsigned char delimiter = static_cast<unsigned char>(m_options.dialect.delimiter);
    const auto index = [base](const unsigned char *at) {
        return qsizetype(at - base);
    };
    const auto view = [](const unsigned char *from, const unsigned char *to) {
        return QByteArrayView(reinterpret_cast<const char *>(from), to - from);
    };
    const unsigned char *const recordStart = p;
    const qsizetype maxField = m_options.maxFieldSize;
    const qsizetype maxRecord = m_options.maxRecordSize;
    const size_t maxFieldCount = size_t(m_options.maxFieldCount);
    const bool utf8 = m_options.dialect.encoding == Encoding::Utf8;
    const Scanner plain(delimiter, utf8, m_plainClass);
    const Scanner quoted('"', utf8, m_quotedClass);
    // The cheap test of the limits, for every field; limitCrossing() says which and where.
    const auto overLimit = [&](const unsigned char *fieldStart, const unsigned char *upTo) {
        return upTo - fieldStart > maxField || upTo - recordStart > maxRecord;
    };
    // A non-ASCII byte: validated (and skipped whole) as UTF-8 when the file is.
    const auto highByte = [&](const unsigned char *at, unsigned *flags) {
        if (!utf8)
            return at + 1;
        const int length = utf8SequenceLength(at);
        if (length == 0) {
            *flags |= FlagInvalidUtf8;
            return at + 1;
        }
        return at + length;
    };
    // Called where the data runs out before the record ends, `upTo` bytes of it being scanned.
    const auto needMore = [&](qsizetype fieldStart, const unsigned char *upTo) {
        if (const std::optional<Failure> failure = limitCrossing(fieldStart, index(upTo))) {
            m_failure = *failure;
            return Parse::Malformed;
        }
        return Parse::NeedMore;
    };
    const auto fail = [&](const Failure &failure) {
        m_failure = failure;
        return Parse::Malformed;
    };

    // Inside the span a failing record scanned, a quote may not run over a line break: a stray
    // quote there would run away again, and re-reading from every line would be quadratic.
    const bool lineMode = m_bufferOffset + m_pos < m_runawayEnd;
    m_fields.clear();
    m_escapedFields.clear();
    unsigned flags = 0;
    for (;;) {
        const unsigned char *const fieldStart = p;
        if (*p == '"') {
            ++p;
            bool escaped = false;
            for (;;) {
                p = quoted.skip(p);
                const unsigned char c = *p;
                if (c == '"') {
                    if (p + 1 == end && !m_atEof)
                        return needMore(index(fieldStart), end);
                    if (p[1] != '"' || p + 1 == end)
                        break;
                    escaped = true;
                    p += 2;
                    continue;
                }
                if (p == end) {
                    if (!m_atEof)
                        return needMore(index(fieldStart), end);
                    if (const std::optional<Failure> failure =
                            limitCrossing(index(fieldStart), index(end)))
                        return fail(*failure);
                    return fail(Failure {Reason::UnclosedQuote, index(end)});
                }
                if (c == '\n' || c == '\r') {
                    if (lineMode) {
                        if (const std::optional<Failure> failure =
                                limitCrossing(index(fieldStart), index(p)))
                            return fail(*failure);
                        return fail(Failure {Reason::UnclosedQuote, index(p)});
                    }
                    flags |= FlagLineBreakInQuotes;
                } else if (c == 0) {
                    flags |= FlagNul;
                } else {
                    flags |= FlagHighByte;
                    p = highByte(p, &flags);
                    continue;
                }
                ++p;
            }
            const unsigned char *const contentEnd = p++;
            if (overLimit(fieldStart, p)) {
                if (const std::optional<Failure> failure =
                        limitCrossing(index(fieldStart), index(p)))
                    return fail(*failure);
            }
            if (p == end && !m_atEof)
                return needMore(index(fieldStart), end);
            if (p != end && *p != delimiter && *p != '\n' && *p != '\r')
                return fail(Failure {Reason::TextAfterQuote, index(p)});
            if (escaped)
                m_escapedFields.push_back(qsizetype(m_fields.size()));
            m_fields.push_back(view(fieldStart + 1, contentEnd));
        } else {
            for (;;) {
                p = plain.skip(p);
                const unsigned char type = m_plainClass[*p];
                if (type < Nul || p == end)
                    break;
                if (type == Nul) {
                    flags |= FlagNul;
                    ++p;
                } else {
                    flags |= FlagHighByte;
                    p = highByte(p, &flags);
                }
            }
            if (overLimit(fieldStart, p)) {
                if (const std::optional<Failure> failure =
                        limitCrossing(index(fieldStart), index(p)))
                    return fail(*failure);
            }
            if (p == end && !m_atEof)
                return needMore(index(fieldStart), end);
            m_fields.push_back(view(fieldStart, p));
        }

        // After a field: a delimiter, a line break, or the end of the file (the sentinel, which
        // is no delimiter).
        if (*p == delimiter) {
            if (p - recordStart >= maxRecord)
                return fail(Failure {Reason::RecordTooLong, index(recordStart) + maxRecord});
            if (m_fields.size() >= maxFieldCount)
                return fail(Failure {Reason::TooManyFields, index(p)});
            ++p;
            continue;
        }
        const unsigned char *next = p;
        if (p != end) {
            if (*p == '\r' && p + 1 == end && !m_atEof)
                return needMore(-1, p); // CR or CRLF?
            next = p + 1 + (*p == '\r' && p[1] == '\n' && p + 1 != end ? 1 : 0);
        }
        m_raw = view(base + m_pos, p);
        m_next = index(next);
        m_flags = flags;
        if (!m_escapedFields.empty())
            finishFields();
        return Parse::Complete;
    }
}

// Unescapes the quoted fields holding "" into m_scratch, sized once so that views stay valid.
void CsvReader::finishFields()
{
    qsizetype total = 0;
    for (const qsizetype i : m_escapedFields)
        total += m_fields[size_t(i)].size();
    if (m_scratch.size() < total)
        m_scratch.resize(total);
    char *out = m_scratch.data();
    for (const qsizetype i : m_escapedFields) {
        const QByteArrayView in = m_fields[size_t(i)];
        char *const begin = out;
        for (qsizetype k = 0; k < in.size(); ++k) {
            *out++ = in[k];
            if (in[k] == '"')
                ++k; // the second quote of ""
        }
        m_fields[size_t(i)] = QByteArrayView(begin, out - begin);
    }
}

qint64 CsvReader::countLineBreaks(qsizetype begin, qsizetype end) const
{
    const char *data = m_buffer.constData();
    qint64 count = 0;
    for (qsizetype i = begin; i < end; ++i) {
        if (data[i] == '\n')
            ++count;
        else if (data[i] == '\r' && (i + 1 >= end || data[i + 1] != '\n'))
            ++count;
    }
    return count;
}

void CsvReader::reportProblem(Reason reason, qsizetype begin, qsizetype end, qsizetype fieldsRead)
{
    m_problem = Problem();
    m_problem.rowNumber = m_rowNumber;
    m_problem.lineNumber = m_lineNumber;
    m_problem.offset = m_bufferOffset + begin;
    m_problem.reason = reason;
    m_problem.fieldCount = int(fieldsRead);
    const qsizetype limit = m_options.maxReportedRawSize;
    m_problem.rawTruncated = end - begin > limit;
    m_problem.raw = QByteArray(m_buffer.constData() + begin, std::min(end - begin, limit));

    QByteArrayView shown = m_problem.raw;
    if (m_problem.rawTruncated && m_options.dialect.encoding == Encoding::Utf8) {
        // Do not show half a character where the report cuts the row.
        const auto byte = [&shown](qsizetype i) {
            return static_cast<unsigned char>(shown[i]);
        };
        qsizetype lead = shown.size();
        for (int back = 0; back < 4 && lead > 0; ++back) {
            --lead;
            if ((byte(lead) & 0xC0) != 0x80)
                break;
        }
        if (lead < shown.size() && byte(lead) >= 0xC0) {
            const qsizetype length = byte(lead) >= 0xF0 ? 4 : byte(lead) >= 0xE0 ? 3 : 2;
            if (lead + length > shown.size())
                shown = shown.first(lead);
        }
    }
    m_problem.rawText = decode(shown, m_options.dialect.encoding);
    m_problem.rawText.replace(QChar(0), QChar::ReplacementCharacter);
    if (m_problem.rawTruncated)
        m_problem.rawText += QChar(0x2026);

    const QLocale locale;
    switch (reason) {
    case Reason::FieldTooLong:
        m_problem.message = tr("Malformed row: a field is longer than %1 bytes")
                                .arg(locale.toString(qint64(m_options.maxFieldSize)));
        break;
    case Reason::RecordTooLong:
        m_problem.message = tr("Malformed row: the row is longer than %1 bytes")
                                .arg(locale.toString(qint64(m_options.maxRecordSize)));
        break;
    case Reason::TooManyFields:
        m_problem.message =
            tr("Malformed row: more than %1 fields").arg(locale.toString(m_options.maxFieldCount));
        break;
    case Reason::FieldCount:
        m_problem.message =
            tr("Wrong number of fields: %1 instead of %2")
                .arg(locale.toString(qint64(fieldsRead)), locale.toString(m_expectedFieldCount));
        break;
    default:
        m_problem.message = reasonText(reason);
        break;
    }
    m_fields.clear();
    m_raw = QByteArrayView();
    m_headerPending = false;
}

// Sets up the resynchronisation after the structural failure of the record at `recordStart`:
// skip through the line break that ends its first line. Records that begin before the furthest
// byte a failing record scanned are then read in line mode (see the header).
void CsvReader::beginResync(const Failure &failure, qsizetype recordStart)
{
    m_skipFloor = m_bufferOffset + recordStart;
    m_runawayEnd = std::max(m_runawayEnd, m_bufferOffset + failure.at);
    m_skipping = true;
}

// Consumes bytes through the first line break at or after m_skipFloor, counting lines.
bool CsvReader::skipLine()
{
    for (;;) {
        const char *data = m_buffer.constData();
        while (m_pos < m_end) {
            const char c = data[m_pos];
            ++m_bytesScanned;
            if (!isLineBreak(c)) {
                ++m_pos;
                continue;
            }
            if (c == '\r' && m_pos + 1 == m_end && !m_atEof)
                break; // CR or CRLF? Read on.
            const qint64 at = m_bufferOffset + m_pos;
            m_pos += c == '\r' && m_pos + 1 < m_end && data[m_pos + 1] == '\n' ? 2 : 1;
            ++m_nextLine;
            if (at >= m_skipFloor) {
                m_skipping = false;
                return true;
            }
        }
        if (m_atEof && m_pos == m_end) {
            m_skipping = false;
            return true;
        }
        if (!fill())
            return false;
    }
}

CsvReader::Status CsvReader::readNext()
{
    if (m_finished)
        return m_errorString.isEmpty() ? Status::End : Status::Error;
    const auto deviceFailed = [this] {
        m_finished = true;
        m_fields.clear();
        m_raw = QByteArrayView();
        return Status::Error;
    };
    if (!m_started) {
        m_started = true;
        while (m_end < 3 && !m_atEof) {
            if (!fill())
                return deviceFailed();
        }
        if (m_end >= 3 && std::memcmp(m_buffer.constData(), "\xEF\xBB\xBF", 3) == 0)
            m_pos = 3;
    }

    for (;;) {
        if (m_skipping) {
            if (!skipLine())
                return deviceFailed();
            continue;
        }
        if (m_pos == m_end) {
            if (m_atEof) {
                m_finished = true;
                m_fields.clear();
                m_raw = QByteArrayView();
                return Status::End;
            }
            if (!fill())
                return deviceFailed();
            continue;
        }
        const Parse result = parseRecord();
        m_bytesScanned += result == Parse::NeedMore ? m_end - m_pos
            : result == Parse::Complete             ? m_next - m_pos
                                                    : std::min(m_failure.at + 1, m_end) - m_pos;
        if (result == Parse::NeedMore) {
            if (!fill())
                return deviceFailed();
            continue;
        }
        ++m_rowNumber;
        m_lineNumber = m_nextLine;

        if (result == Parse::Malformed) {
            const qsizetype fieldsRead = qsizetype(m_fields.size());
            const Failure failure = m_failure;
            beginResync(failure, m_pos);
            // Report the first line of the record: reading resumes on the next one. Make sure
            // it (or as much of it as the report shows) is in the buffer.
            const qsizetype limit = m_options.maxReportedRawSize;
            qsizetype lineEnd = -1;
            for (;;) {
                lineEnd =
                    findLineBreak(m_buffer.constData(), m_pos, std::min(m_end, m_pos + limit + 1));
                if (lineEnd >= 0 || m_end - m_pos > limit || m_atEof)
                    break;
                if (!fill())
                    return deviceFailed();
            }
            if (lineEnd < 0)
                lineEnd = std::min(m_end, m_pos + limit + 1);
            reportProblem(failure.reason, m_pos, lineEnd, fieldsRead);
            return Status::Problem;
        }

        const qsizetype start = m_pos;
        const qsizetype recordEnd = start + m_raw.size();
        m_pos = m_next;
        if (m_flags & FlagLineBreakInQuotes)
            m_nextLine += countLineBreaks(start, recordEnd);
        if (m_next > recordEnd)
            ++m_nextLine;
        if (m_raw.isEmpty())
            continue; // an empty line

        m_recordIsAscii = !(m_flags & FlagHighByte);
        if (m_flags & FlagNul) {
            reportProblem(Reason::NulByte, start, recordEnd, fieldCount());
            return Status::Problem;
        }
        if (m_flags & FlagInvalidUtf8) {
            reportProblem(Reason::InvalidUtf8, start, recordEnd, fieldCount());
            return Status::Problem;
        }
        if (m_headerPending) {
            m_headerPending = false;
            m_header.clear();
            m_header.reserve(fieldCount());
            for (qsizetype i = 0; i < fieldCount(); ++i)
                m_header.append(text(i));
            if (m_expectedFieldCount < 0)
                m_expectedFieldCount = int(fieldCount());
            return Status::Header;
        }
        if (m_expectedFieldCount < 0)
            m_expectedFieldCount = int(fieldCount());
        if (m_options.rejectRaggedRows && isRagged()) {
            reportProblem(Reason::FieldCount, start, recordEnd, fieldCount());
            return Status::Problem;
        }
        return Status::Record;
    }
}
