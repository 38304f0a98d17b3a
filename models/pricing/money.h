// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// Money is held in integer millicents (1/100,000 €) everywhere, so that no float ever touches
// a price or a sum. These are the only conversions: to cents for showing and for JSON, and from
// a typed euro amount ("0,155") to millicents.
namespace Money {

inline constexpr qint64 MillicentsPerCent = 1000;
inline constexpr qint64 MillicentsPerEuro = 100000;

// Rounded to the nearest cent, halves away from zero.
qint64 cents(qint64 millicents);
// `amount` at a rate in basis points (2000 = 20 %: a VAT), rounded to the nearest whole, halves
// away from zero: the one rounding of every VAT Tribune computes.
qint64 atRate(qint64 amount, qint64 basisPoints);
// Euros with cents precision (cents(millicents) / 100), for JSON numbers: the double is made
// from an integer number of cents, never summed.
double euros(qint64 millicents);
// "1 234,57 €" in the locale, rounded to the cent; `decimals` > 2 shows a unit price exactly
// ("0,15500 €" with 5).
QString format(qint64 millicents, const QLocale &locale = QLocale(), int decimals = 2);
// An amount in euros as typed: digits with at most five decimals after '.' or ',' ("0.155",
// "0,16", "12"). Nullopt for anything else (negative, exponent, more decimals, too large).
std::optional<qint64> parseEuros(const QString &text);
// "0.155" for 15500: the shortest exact decimal form, for messages and round trips.
QString eurosText(qint64 millicents);

} // namespace Money
