// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QRegularExpression>

namespace Money {

qint64 cents(qint64 millicents)
{
    const qint64 half = MillicentsPerCent / 2;
    return millicents >= 0 ? (millicents + half) / MillicentsPerCent
                           : -((-millicents + half) / MillicentsPerCent);
}

qint64 atRate(qint64 amount, qint64 basisPoints)
{
    const qint64 scaled = amount * basisPoints;
    return scaled >= 0 ? (scaled + 5000) / 10000 : -((-scaled + 5000) / 10000);
}

double euros(qint64 millicents)
{
    return double(cents(millicents)) / 100.0;
}

QString format(qint64 millicents, const QLocale &locale, int decimals)
{
    if (decimals <= 2)
        return locale.toCurrencyString(euros(millicents), QStringLiteral("€"), 2);
    // A unit price: exact to the millicent (a double holds 5 decimals of such amounts exactly
    // enough to print them).
    return locale.toCurrencyString(double(millicents) / double(MillicentsPerEuro),
                                   QStringLiteral("€"), qMin(decimals, 5));
}

std::optional<qint64> parseEuros(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})(?:[.,](\\d{1,5}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 whole = match.captured(1).toLongLong();
    const QString fraction = match.captured(2).leftJustified(5, QLatin1Char('0'));
    return whole * MillicentsPerEuro + fraction.toLongLong();
}

QString eurosText(qint64 millicents)
{
    const qint64 magnitude = millicents < 0 ? -millicents : millicents;
    QString fraction =
        QStringLiteral("%1").arg(magnitude % MillicentsPerEuro, 5, 10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    QString text = QString::number(magnitude / MillicentsPerEuro);
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    return millicents < 0 ? QLatin1Char('-') + text : text;
}

} // namespace Money
