// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrowbuilder.h"

#include "audience/phonenormalizer.h"

#include <QDate>

#include <algorithm>
#include <map>

namespace {

// QChar::isSpace() for ASCII: TAB, LF, VT, FF, CR and space.
bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Parses 1..maxDigits digits at `*pos`.
bool readNumber(QByteArrayView text, qsizetype *pos, int minDigits, int maxDigits, int *value)
{
    int digits = 0;
    int v = 0;
    while (*pos < text.size() && digits < maxDigits && isDigit(text[*pos])) {
        v = v * 10 + (text[*pos] - '0');
        ++*pos;
        ++digits;
    }
    if (digits < minDigits || (*pos < text.size() && isDigit(text[*pos])))
        return false;
    *value = v;
    return true;
}

// "14:30", "14:30:00", "14:30:00.123", each optionally followed by "Z" or "+02", "+0200",
// "+02:00".
bool isTime(QByteArrayView text)
{
    qsizetype pos = 0;
    int hour = 0;
    int minute = 0;
    if (!readNumber(text, &pos, 1, 2, &hour) || hour > 23 || pos >= text.size() || text[pos] != ':')
        return false;
    ++pos;
    if (!readNumber(text, &pos, 2, 2, &minute) || minute > 59)
        return false;
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        int second = 0;
        if (!readNumber(text, &pos, 2, 2, &second) || second > 60)
            return false;
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            int fraction = 0;
            if (!readNumber(text, &pos, 1, 9, &fraction))
                return false;
        }
    }
    if (pos == text.size())
        return true;
    if (text[pos] == 'Z')
        return pos + 1 == text.size();
    if (text[pos] != '+' && text[pos] != '-')
        return false;
    ++pos;
    int offset = 0;
    if (!readNumber(text, &pos, 2, 4, &offset))
        return false;
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        if (!readNumber(text, &pos, 2, 2, &offset))
            return false;
    }
    return pos == text.size();
}

void appendDigits(QByteArray *out, int value, int width)
{
    char digits[4];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out->append(digits, width);
}

quint64 mix(quint64 key)
{
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return key;
}

} // namespace

ImportRowBuilder::ImportRowBuilder(const ColumnMapping &mapping, CsvReader::Encoding encoding,
                                   const PhoneNormalizer *normalizer,
                                   const std::vector<quint64> *suppressed,
                                   const std::vector<quint64> *existing, qint64 expectedRows)
    : m_encoding(encoding)
    , m_normalizer(normalizer)
    , m_suppressed(suppressed)
    , m_existing(existing)
    , m_currentYear(QDate::currentDate().year())
{
    for (int &c : m_columnOf)
        c = -1;
    // QJsonObject keeps its keys sorted (QString order); a later column of the same name
    // replaces an earlier one (when it has a value).
    std::map<QString, std::vector<int>> attributes;
    for (const ColumnMapping::Column &column : mapping.columns) {
        if (column.field == ColumnMapping::Field::Attribute)
            attributes[column.attributeName].push_back(column.index);
        else if (column.field != ColumnMapping::Field::Ignore)
            m_columnOf[int(column.field)] = column.index;
    }
    for (auto &[name, columns] : attributes) {
        Attribute attribute;
        appendJsonString(&attribute.jsonKey, name.toUtf8());
        attribute.jsonKey.append(':');
        attribute.columns = std::move(columns);
        m_attributes.push_back(std::move(attribute));
    }
    for (int b = 0x80; b < 0x100; ++b) {
        const char byte = char(b);
        m_cp1252Utf8[b - 0x80] =
            CsvReader::decode(QByteArrayView(&byte, 1), CsvReader::Encoding::Windows1252).toUtf8();
    }
    for (const PhoneNormalizer::Rejection rejection :
         {PhoneNormalizer::Rejection::InvalidNumber, PhoneNormalizer::Rejection::FixedLine}) {
        m_rejectionText[int(rejection)] = PhoneNormalizer::rejectionText(rejection);
    }
    size_t capacity = 1024;
    while (qint64(capacity) * 3 < expectedRows * 4)
        capacity *= 2;
    m_seen.assign(capacity, 0);
}

ImportRowBuilder::~ImportRowBuilder() = default;

quint64 ImportRowBuilder::phoneKey(QByteArrayView e164)
{
    quint64 key = 0;
    for (const char c : e164) {
        if (isDigit(c))
            key = key * 10 + quint64(c - '0');
    }
    return key;
}

bool ImportRowBuilder::insertSeen(quint64 key)
{
    if ((m_seenCount + 1) * 4 > m_seen.size() * 3) {
        std::vector<quint64> old(m_seen.size() * 2, 0);
        old.swap(m_seen);
        const size_t mask = m_seen.size() - 1;
        for (const quint64 k : old) {
            if (k == 0)
                continue;
            size_t i = size_t(mix(k)) & mask;
            while (m_seen[i] != 0)
                i = (i + 1) & mask;
            m_seen[i] = k;
        }
    }
    const size_t mask = m_seen.size() - 1;
    for (size_t i = size_t(mix(key)) & mask;; i = (i + 1) & mask) {
        if (m_seen[i] == key)
            return false;
        if (m_seen[i] == 0) {
            m_seen[i] = key;
            ++m_seenCount;
            return true;
        }
    }
}

QString ImportRowBuilder::decode(QByteArrayView field) const
{
    return CsvReader::decode(field, m_encoding);
}

QByteArray ImportRowBuilder::toUtf8(QByteArrayView field) const
{
    if (m_encoding == CsvReader::Encoding::Utf8 || isAscii(field))
        return field.toByteArray(); // the reader has checked UTF-8
    QByteArray out;
    out.reserve(field.size() * 2);
    for (const char c : field) {
        if (uchar(c) < 0x80)
            out.append(c);
        else
            out.append(m_cp1252Utf8[uchar(c) - 0x80]);
    }
    return out;
}

// QString::trimmed() of the decoded field, as UTF-8; NULL when nothing is left.
ImportBatch::Span ImportRowBuilder::appendTrimmed(QByteArrayView field, ImportBatch *batch)
{
    qsizetype begin = 0;
    qsizetype end = field.size();
    while (begin < end && isAsciiSpace(field[begin]))
        ++begin;
    while (end > begin && isAsciiSpace(field[end - 1]))
        --end;
    if (begin == end)
        return {};
    const QByteArrayView core = field.sliced(begin, end - begin);
    if (uchar(core.front()) >= 0x80 || uchar(core.back()) >= 0x80) {
        // Non-ASCII at an end: maybe a Unicode space (NBSP...) that trimmed() removes.
        const QString text = decode(core).trimmed();
        return text.isEmpty() ? ImportBatch::Span() : batch->append(text.toUtf8());
    }
    if (m_encoding == CsvReader::Encoding::Utf8)
        return batch->append(core);
    const ImportBatch::Span span {qint32(batch->bytes.size()), 0};
    for (const char c : core) {
        if (uchar(c) < 0x80)
            batch->bytes.append(c);
        else
            batch->bytes.append(m_cp1252Utf8[uchar(c) - 0x80]);
    }
    return {span.offset, qint32(batch->bytes.size() - span.offset)};
}

void ImportRowBuilder::reject(qint64 rowNumber, ImportBatch::Reason reason, QByteArrayView raw,
                              const QString &detail, ImportBatch *batch)
{
    if (raw.size() <= 500 && isAscii(raw)) {
        ImportBatch::Reject r;
        r.rowNumber = rowNumber;
        r.reason = reason;
        r.raw = batch->append(raw);
        r.detail = batch->append(detail.toUtf8());
        batch->rejects.push_back(r);
        return;
    }
    rejectText(rowNumber, reason, decode(raw), detail, batch);
}

void ImportRowBuilder::rejectText(qint64 rowNumber, ImportBatch::Reason reason, const QString &raw,
                                  const QString &detail, ImportBatch *batch)
{
    ImportBatch::Reject r;
    r.rowNumber = rowNumber;
    r.reason = reason;
    r.raw = batch->append(raw.left(500).toUtf8());
    r.detail = detail.isNull() ? ImportBatch::Span() : batch->append(detail.toUtf8());
    batch->rejects.push_back(r);
}

void ImportRowBuilder::addProblem(const CsvReader::Problem &problem, ImportBatch *batch)
{
    ++m_counts.rows;
    const bool encoding = CsvReader::isEncodingProblem(problem.reason);
    ++(encoding ? m_counts.badEncoding : m_counts.malformed);
    rejectText(problem.rowNumber,
               encoding ? ImportBatch::Reason::BadEncoding : ImportBatch::Reason::MalformedRow,
               problem.rawText, problem.message, batch);
}

void ImportRowBuilder::addRecord(qint64 rowNumber, const QByteArrayView *fields,
                                 qsizetype fieldCount, ImportBatch *batch)
{
    ++m_counts.rows;
    const auto field = [&](ColumnMapping::Field f) {
        const int c = m_columnOf[int(f)];
        return c >= 0 && c < fieldCount ? fields[c] : QByteArrayView();
    };
    const QByteArrayView raw = field(ColumnMapping::Field::Phone);
    PhoneNormalizer::Result number;
    if (isAscii(raw))
        number = m_normalizer->normalize(QLatin1String(raw.data(), raw.size()));
    else
        number = m_normalizer->normalize(decode(raw));
    const PhoneNormalizer::Rejection rejection = number.rejection();
    switch (rejection) {
    case PhoneNormalizer::Rejection::InvalidNumber:
        ++m_counts.invalid;
        reject(rowNumber, ImportBatch::Reason::InvalidNumber, raw, m_rejectionText[int(rejection)],
               batch);
        return;
    case PhoneNormalizer::Rejection::FixedLine:
        ++m_counts.fixedLine;
        reject(rowNumber, ImportBatch::Reason::FixedLine, raw, m_rejectionText[int(rejection)],
               batch);
        return;
    case PhoneNormalizer::Rejection::NotMobile:
        ++m_counts.notMobile;
        reject(rowNumber, ImportBatch::Reason::NotMobile, raw, number.rejectionText(), batch);
        return;
    case PhoneNormalizer::Rejection::None:
        break;
    }
    m_scratch = number.e164.toLatin1();
    const quint64 key = phoneKey(m_scratch);
    if (!insertSeen(key)) {
        ++m_counts.duplicates;
        reject(rowNumber, ImportBatch::Reason::Duplicate, raw, number.e164, batch);
        return;
    }
    if (std::binary_search(m_suppressed->begin(), m_suppressed->end(), key)) {
        ++m_counts.suppressed;
        reject(rowNumber, ImportBatch::Reason::Suppressed, raw, number.e164, batch);
        return;
    }

    ImportBatch::Contact contact;
    contact.rowNumber = rowNumber;
    contact.key = key;
    contact.isMobile = number.type == PhoneNormalizer::NumberType::Mobile;
    contact.exists = std::binary_search(m_existing->begin(), m_existing->end(), key);
    ++(contact.exists ? m_counts.updated : m_counts.imported);
    contact.values[ImportBatch::Phone] = batch->append(m_scratch);
    contact.values[ImportBatch::FirstName] =
        appendTrimmed(field(ColumnMapping::Field::FirstName), batch);
    contact.values[ImportBatch::LastName] =
        appendTrimmed(field(ColumnMapping::Field::LastName), batch);
    const ImportBatch::Span postal = appendTrimmed(field(ColumnMapping::Field::PostalCode), batch);
    contact.values[ImportBatch::PostalCode] = postal;
    contact.values[ImportBatch::Commune] =
        appendTrimmed(field(ColumnMapping::Field::Commune), batch);
    ImportBatch::Span department = appendTrimmed(field(ColumnMapping::Field::Department), batch);
    if (department.isNull() && !postal.isNull()) {
        // The department from a French postal code: "67000" -> "67", "97400" -> "974".
        const QByteArrayView code = batch->view(postal);
        if (isAscii(code)) {
            if (code.size() == 5 && isDigit(code.front())) {
                department = {postal.offset, code.startsWith("97") ? 3 : 2};
            }
        } else {
            const QString text = QString::fromUtf8(code);
            if (text.size() == 5 && text.at(0).isDigit())
                department = batch->append(
                    (text.startsWith(QLatin1String("97")) ? text.left(3) : text.left(2)).toUtf8());
        }
    }
    contact.values[ImportBatch::Department] = department;
    contact.values[ImportBatch::AgeBracket] =
        appendTrimmed(field(ColumnMapping::Field::AgeBracket), batch);
    ImportBatch::Span optIn = appendTrimmed(field(ColumnMapping::Field::OptInDate), batch);
    if (!optIn.isNull()) {
        const QByteArray iso = isoDate(batch->view(optIn), m_currentYear);
        if (!iso.isEmpty()) {
            batch->bytes.truncate(optIn.offset); // the raw text was the last value appended
            optIn = batch->append(iso);
        }
    }
    contact.values[ImportBatch::OptInDate] = optIn;

    // Attributes: {"name":"value",...}, names in QJsonObject's order, empty values left out.
    const qint32 start = qint32(batch->bytes.size());
    bool any = false;
    for (const Attribute &attribute : m_attributes) {
        for (auto it = attribute.columns.rbegin(); it != attribute.columns.rend(); ++it) {
            if (*it >= fieldCount)
                continue;
            const qint32 mark = qint32(batch->bytes.size());
            const ImportBatch::Span value = appendTrimmed(fields[*it], batch);
            if (value.isNull())
                continue;
            m_scratch = batch->view(value).toByteArray();
            batch->bytes.truncate(mark);
            batch->bytes.append(any ? ',' : '{');
            batch->bytes.append(attribute.jsonKey);
            appendJsonString(&batch->bytes, m_scratch);
            any = true;
            break;
        }
    }
    if (any) {
        batch->bytes.append('}');
        contact.values[ImportBatch::Attributes] = {start, qint32(batch->bytes.size() - start)};
    }
    batch->contacts.push_back(contact);
}

void ImportRowBuilder::appendJsonString(QByteArray *out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out->append('"');
    qsizetype plain = 0; // start of the run of bytes copied as they are
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out->append(utf8.data() + plain, i - plain);
        plain = i + 1;
        char escape[6] = {'\\', 0, 0, 0, 0, 0};
        int length = 2;
        switch (c) {
        case '"':
            escape[1] = '"';
            break;
        case '\\':
            escape[1] = '\\';
            break;
        case '\b':
            escape[1] = 'b';
            break;
        case '\f':
            escape[1] = 'f';
            break;
        case '\n':
            escape[1] = 'n';
            break;
        case '\r':
            escape[1] = 'r';
            break;
        case '\t':
            escape[1] = 't';
            break;
        default:
            escape[1] = 'u';
            escape[2] = '0';
            escape[3] = '0';
            escape[4] = hex[c >> 4];
            escape[5] = hex[c & 0xf];
            length = 6;
            break;
        }
        out->append(escape, length);
    }
    out->append(utf8.data() + plain, utf8.size() - plain);
    out->append('"');
}

QByteArray ImportRowBuilder::isoDate(QByteArrayView text, int currentYear)
{
    while (!text.isEmpty() && isAsciiSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isAsciiSpace(text.back()))
        text.chop(1);
    qsizetype pos = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    // Year first (yyyy-mm-dd, yyyy/mm/dd) when four digits open the text.
    qsizetype digits = 0;
    while (digits < text.size() && isDigit(text[digits]))
        ++digits;
    if (digits == 4) {
        pos = 4;
        year =
            (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
        if (pos >= text.size() || (text[pos] != '-' && text[pos] != '/'))
            return {};
        const char separator = text[pos++];
        if (!readNumber(text, &pos, 1, 2, &month) || pos >= text.size() || text[pos] != separator)
            return {};
        ++pos;
        if (!readNumber(text, &pos, 1, 2, &day))
            return {};
    } else if (digits == 1 || digits == 2) {
        if (!readNumber(text, &pos, 1, 2, &day) || pos >= text.size())
            return {};
        const char separator = text[pos];
        if (separator != '/' && separator != '-' && separator != '.')
            return {};
        ++pos;
        if (!readNumber(text, &pos, 1, 2, &month) || pos >= text.size() || text[pos] != separator)
            return {};
        ++pos;
        const qsizetype yearStart = pos;
        if (!readNumber(text, &pos, 2, 4, &year) || pos - yearStart == 3)
            return {};
        if (pos - yearStart == 2) {
            const int century = currentYear / 100 * 100;
            year += year <= currentYear % 100 ? century : century - 100;
        }
    } else {
        return {};
    }
    if (pos < text.size()) {
        // A time may follow, after a space or a 'T'.
        const char separator = text[pos];
        if (separator != ' ' && separator != 'T')
            return {};
        QByteArrayView rest = text.sliced(pos + 1);
        while (!rest.isEmpty() && rest.front() == ' ')
            rest = rest.sliced(1);
        if (!isTime(rest))
            return {};
    }
    if (year < 1000 || !QDate::isValid(year, month, day))
        return {};
    QByteArray iso;
    iso.reserve(10);
    appendDigits(&iso, year, 4);
    iso.append('-');
    appendDigits(&iso, month, 2);
    iso.append('-');
    appendDigits(&iso, day, 2);
    return iso;
}
