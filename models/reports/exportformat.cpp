// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformat.h"

#include <QDateTime>
#include <QSaveFile>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <cmath>
#include <cstdlib>

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

void putDigits(QChar *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
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

QString ExportFormat::amount(qint64 millicents, int decimals) const
{
    decimals = qBound(0, decimals, 5);
    qint64 divisor = 1;
    for (int i = decimals; i < 5; ++i)
        divisor *= 10;
    const bool negative = millicents < 0;
    qint64 units = std::llabs(millicents);
    units = (units + divisor / 2) / divisor; // halves away from zero
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString text = QString::number(units / scale);
    if (decimals > 0) {
        text += decimalComma ? QLatin1Char(',') : QLatin1Char('.');
        text += QString::number(units % scale).rightJustified(decimals, QLatin1Char('0'));
    }
    if (negative && units != 0)
        text.prepend(QLatin1Char('-'));
    return text;
}

QString ExportFormat::decimal(double value, int decimals) const
{
    QString text = QString::number(value, 'f', decimals);
    if (decimalComma)
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
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
    if (msecs <= 0)
        return QString();
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
    QString out(19, QLatin1Char('-'));
    QChar *o = out.data();
    putDigits(o, year, 4);
    putDigits(o + 5, month, 2);
    putDigits(o + 8, day, 2);
    o[10] = QLatin1Char(' ');
    putDigits(o + 11, seconds / 3600, 2);
    o[13] = QLatin1Char(':');
    putDigits(o + 14, (seconds / 60) % 60, 2);
    o[16] = QLatin1Char(':');
    putDigits(o + 17, seconds % 60, 2);
    return out;
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
        if (result.ok() && !writer.flush())
            result.errorString = writer.errorString();
        if (result.ok() && !writer.errorString().isEmpty())
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
