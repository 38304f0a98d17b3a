// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformat.h"

#include <QDateTime>
#include <QSaveFile>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace Reports {

namespace {

constexpr qint64 kMsPerHour = 3600 * 1000;

// Days since 1970-01-01 to a civil date (proleptic Gregorian; H. Hinnant's algorithm).
void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yearOfEra + era * 400 + (*month <= 2 ? 1 : 0));
}

void putDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

// Masks the national digits of a formatted international number: the first three and the last
// two stay. `text` starts with '+' and the country code's digits.
QString maskFormatted(const QString &formatted, int countryCodeDigits)
{
    int national = 0;
    for (QChar c : formatted)
        national += c.isDigit() ? 1 : 0;
    national -= countryCodeDigits;
    QString out = formatted;
    int seen = -countryCodeDigits;
    for (QChar &c : out) {
        if (!c.isDigit())
            continue;
        if (seen >= 3 && seen < national - 2)
            c = QLatin1Char('*');
        ++seen;
    }
    return out;
}

} // namespace

ExportFormat ExportFormat::standard()
{
    ExportFormat format;
    format.csv = CsvWriter::Options();
    return format;
}

ExportFormat ExportFormat::excelFrance()
{
    ExportFormat format;
    format.csv = CsvWriter::Options::excelFrance();
    format.decimalComma = true;
    return format;
}

ExportFormat ExportFormat::forLanguage(const QString &languageCode)
{
    return languageCode.startsWith(QLatin1String("fr")) ? excelFrance() : standard();
}

int ExportFormat::amountTo(qint64 millicents, int decimals, char *out) const
{
    decimals = qBound(0, decimals, 5);
    quint64 divisor = 1;
    for (int i = decimals; i < 5; ++i)
        divisor *= 10;
    const bool negative = millicents < 0;
    quint64 units = negative ? 0 - quint64(millicents) : quint64(millicents);
    units = units / divisor + (units % divisor >= (divisor + 1) / 2 && divisor > 1 ? 1 : 0);
    // Digits backwards: the decimals, the separator, the integer part, the sign.
    char digits[32];
    char *end = digits + sizeof digits;
    char *p = end;
    for (int i = 0; i < decimals; ++i) {
        *--p = char('0' + units % 10);
        units /= 10;
    }
    const bool nonZero = std::any_of(p, end, [](char c) { return c != '0'; }) || units != 0;
    if (decimals > 0)
        *--p = decimalComma ? ',' : '.';
    do {
        *--p = char('0' + units % 10);
        units /= 10;
    } while (units);
    if (negative && nonZero)
        *--p = '-';
    const int length = int(end - p);
    std::memcpy(out, p, size_t(length));
    return length;
}

QString ExportFormat::amount(qint64 millicents, int decimals) const
{
    char text[32];
    return QString::fromLatin1(text, amountTo(millicents, decimals, text));
}

QString ExportFormat::decimal(double value, int decimals) const
{
    QString text = QString::number(value, 'f', decimals);
    if (decimalComma)
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

int ExportFormat::maskFrenchPhoneTo(const char *e164, qsizetype size, char *out)
{
    if (size != 12 || e164[0] != '+' || e164[1] != '3' || e164[2] != '3')
        return -1;
    for (int i = 3; i < 12; ++i) {
        if (e164[i] < '0' || e164[i] > '9')
            return -1;
    }
    // +33 6 12 ** ** 78
    std::memcpy(out, "+33 x xx ** ** xx", 17);
    out[4] = e164[3];
    out[6] = e164[4];
    out[7] = e164[5];
    out[15] = e164[10];
    out[16] = e164[11];
    return 17;
}

QString ExportFormat::maskPhone(const QString &e164)
{
    const qsizetype n = e164.size();
    bool digits = n >= 8 && e164.at(0) == QLatin1Char('+');
    for (qsizetype i = 1; digits && i < n; ++i)
        digits = e164.at(i).isDigit();
    if (!digits) {
        if (e164.size() <= 2)
            return QString(e164.size(), QLatin1Char('*'));
        return QString(e164.size() - 2, QLatin1Char('*')) + e164.right(2);
    }
    // The common case, without libphonenumber: +33 6 12 ** ** 78.
    if (n == 12 && e164.startsWith(QLatin1String("+33"))) {
        QString out(17, QLatin1Char(' '));
        QChar *o = out.data();
        const QChar *s = e164.constData();
        o[0] = s[0], o[1] = s[1], o[2] = s[2];
        o[4] = s[3];
        o[6] = s[4], o[7] = s[5];
        o[9] = o[10] = o[12] = o[13] = QLatin1Char('*');
        o[15] = s[10], o[16] = s[11];
        return out;
    }
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    std::string formatted;
    if (util->Parse(e164.toStdString(), "ZZ", &number) == PhoneNumberUtil::NO_PARSING_ERROR) {
        util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
        return maskFormatted(QString::fromStdString(formatted),
                             int(QString::number(number.country_code()).size()));
    }
    return maskFormatted(e164, 0);
}

TimestampFormatter::TimestampFormatter(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{ }

QString TimestampFormatter::format(qint64 msecs)
{
    char text[19];
    if (!formatTo(msecs, text))
        return QString();
    return QString::fromLatin1(text, 19);
}

bool TimestampFormatter::formatTo(qint64 msecs, char *o)
{
    if (msecs <= 0)
        return false;
    const qint64 hourStart = msecs - (((msecs % kMsPerHour) + kMsPerHour) % kMsPerHour);
    if (hourStart != m_hourStart) {
        m_hourStart = hourStart;
        m_offsetMs = qint64(m_zone.offsetFromUtc(
                         QDateTime::fromMSecsSinceEpoch(hourStart, QTimeZone::utc())))
            * 1000;
    }
    const qint64 local = msecs + m_offsetMs;
    qint64 days = local / (24 * kMsPerHour);
    qint64 rest = local % (24 * kMsPerHour);
    if (rest < 0) {
        rest += 24 * kMsPerHour;
        --days;
    }
    int year, month, day;
    civilFromDays(days, &year, &month, &day);
    const int seconds = int(rest / 1000);
    putDigits(o, year, 4);
    o[4] = '-';
    putDigits(o + 5, month, 2);
    o[7] = '-';
    putDigits(o + 8, day, 2);
    o[10] = ' ';
    putDigits(o + 11, seconds / 3600, 2);
    o[13] = ':';
    putDigits(o + 14, (seconds / 60) % 60, 2);
    o[16] = ':';
    putDigits(o + 17, seconds % 60, 2);
    return true;
}

ExportResult writeCsvFile(const QString &path, const ExportFormat &format,
                          const QStringList &header,
                          const std::function<ExportResult(CsvWriter &writer)> &body)
{
    ExportResult result;
    result.path = path;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.errorString = ExportFormat::tr("Cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    {
        CsvWriter writer(&file, format.csv);
        if (!header.isEmpty())
            writer.writeRow(header);
        result = body(writer);
        result.path = path;
        // flush() also fails for an error met by an earlier row.
        if (result.ok() && !writer.flush())
            result.errorString = writer.errorString();
    }
    if (!result.ok()) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        result.errorString = ExportFormat::tr("Cannot write %1: %2").arg(path, file.errorString());
    return result;
}

} // namespace Reports
