// SPDX-License-Identifier: GPL-3.0-or-later
#include "priceplan.h"

#include "pricing/money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

const QString kFromParts = QStringLiteral("from_parts");
const QString kGsm7 = QStringLiteral("gsm7_part_mc");
const QString kUcs2 = QStringLiteral("ucs2_part_mc");

// A JSON number that is a whole number a double holds exactly.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || std::fabs(number) > 9007199254740992.0)
        return std::nullopt;
    return qint64(number);
}

// x * numerator / denominator, rounded to the nearest integer, halves up (x >= 0).
qint64 scaled(qint64 x, qint64 numerator, qint64 denominator)
{
    return (x * numerator + denominator / 2) / denominator;
}

} // namespace

PricePlan::Amount &PricePlan::Amount::operator+=(const Amount &other)
{
    min += other.min;
    expected += other.expected;
    max += other.max;
    return *this;
}

PricePlan::Amount PricePlan::Amount::operator+(const Amount &other) const
{
    Amount sum = *this;
    sum += other;
    return sum;
}

PricePlan::Amount PricePlan::Amount::operator-(const Amount &other) const
{
    return {min - other.min, expected - other.expected, max - other.max};
}

PricePlan::Cost PricePlan::Cost::operator+(const Cost &other) const
{
    return {net + other.net, vat + other.vat, gross + other.gross};
}

PricePlan::Cost PricePlan::Cost::operator-(const Cost &other) const
{
    return {net - other.net, vat - other.vat, gross - other.gross};
}

PricePlan::Amount PricePlan::partPrice(Sms::Encoding encoding, qint64 campaignParts) const
{
    std::optional<qint64> exact = encoding == Sms::Encoding::Gsm7 ? gsm7PartMc : ucs2PartMc;
    for (const Tier &tier : tiers) {
        if (tier.fromParts > campaignParts)
            break;
        const std::optional<qint64> &price =
            encoding == Sms::Encoding::Gsm7 ? tier.gsm7PartMc : tier.ucs2PartMc;
        if (price)
            exact = price;
    }
    if (exact)
        return {*exact, *exact, *exact};
    // The middle of the range may fall on half a millicent: price() rounds the total instead.
    return {minPartMc, (minPartMc + maxPartMc) / 2, maxPartMc};
}

PricePlan::Amount PricePlan::price(Sms::Encoding encoding, qint64 parts, qint64 campaignParts) const
{
    const Amount unit = partPrice(encoding, campaignParts < 0 ? parts : campaignParts);
    return {parts * unit.min, scaled(parts, unit.min + unit.max, 2), parts * unit.max};
}

PricePlan::Amount PricePlan::vat(const Amount &net) const
{
    return {Money::atRate(net.min, vatBasisPoints), Money::atRate(net.expected, vatBasisPoints),
            Money::atRate(net.max, vatBasisPoints)};
}

PricePlan::Cost PricePlan::cost(qint64 gsm7Parts, qint64 ucs2Parts) const
{
    const qint64 total = gsm7Parts + ucs2Parts;
    Cost cost;
    cost.net =
        price(Sms::Encoding::Gsm7, gsm7Parts, total) + price(Sms::Encoding::Ucs2, ucs2Parts, total);
    cost.vat = vat(cost.net);
    cost.gross = cost.net + cost.vat;
    return cost;
}

QStringList PricePlan::errors() const
{
    QStringList errors;
    if (name.trimmed().isEmpty())
        errors.append(tr("The price plan needs a name."));
    if (minPartMc < 0)
        errors.append(tr("The lowest price per part cannot be negative."));
    if (maxPartMc < minPartMc)
        errors.append(tr("The highest price per part (%1) is below the lowest (%2).")
                          .arg(Money::format(maxPartMc, QLocale(), 5),
                               Money::format(minPartMc, QLocale(), 5)));
    if (gsm7PartMc && *gsm7PartMc < 0)
        errors.append(tr("The price of a GSM-7 part cannot be negative."));
    if (ucs2PartMc && *ucs2PartMc < 0)
        errors.append(tr("The price of a UCS-2 part cannot be negative."));
    if (vatBasisPoints < 0 || vatBasisPoints > 10000)
        errors.append(tr("The VAT rate must be between 0 % and 100 %."));
    qint64 previous = 0;
    for (int i = 0; i < tiers.size(); ++i) {
        const Tier &tier = tiers.at(i);
        if (tier.fromParts <= previous)
            errors.append(tr("Tier %1 starts at %2 parts: each tier must start after the one "
                             "before it, at 1 part or more.")
                              .arg(i + 1)
                              .arg(tier.fromParts));
        previous = std::max(previous, tier.fromParts);
        if (!tier.gsm7PartMc && !tier.ucs2PartMc)
            errors.append(tr("Tier %1 gives no price.").arg(i + 1));
        if ((tier.gsm7PartMc && *tier.gsm7PartMc < 0) || (tier.ucs2PartMc && *tier.ucs2PartMc < 0))
            errors.append(tr("Tier %1 has a negative price.").arg(i + 1));
    }
    return errors;
}

QString PricePlan::tiersToJson(const QList<Tier> &tiers)
{
    if (tiers.isEmpty())
        return QString();
    QJsonArray array;
    for (const Tier &tier : tiers) {
        QJsonObject object {{kFromParts, tier.fromParts}};
        if (tier.gsm7PartMc)
            object.insert(kGsm7, *tier.gsm7PartMc);
        if (tier.ucs2PartMc)
            object.insert(kUcs2, *tier.ucs2PartMc);
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<QList<PricePlan::Tier>> PricePlan::tiersFromJson(const QString &json,
                                                               QString *errorString)
{
    const auto fail = [errorString](const QString &message) {
        if (errorString)
            *errorString = message;
        return std::nullopt;
    };
    QList<Tier> tiers;
    if (json.trimmed().isEmpty())
        return tiers;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return fail(tr("The tiers must be a JSON array such as "
                       "[{\"from_parts\":100000,\"gsm7_part_mc\":12000}]."));
    const QJsonArray array = document.array();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return fail(tr("Tier %1 is not a JSON object.").arg(i + 1));
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() != kFromParts && it.key() != kGsm7 && it.key() != kUcs2)
                return fail(tr("Tier %1: unknown key \"%2\" (known: from_parts, gsm7_part_mc, "
                               "ucs2_part_mc).")
                                .arg(i + 1)
                                .arg(it.key()));
            if (!wholeNumber(it.value()))
                return fail(tr("Tier %1: %2 must be a whole number (prices in millicents, "
                               "1/100,000 €).")
                                .arg(i + 1)
                                .arg(it.key()));
        }
        if (!object.contains(kFromParts))
            return fail(tr("Tier %1 needs from_parts.").arg(i + 1));
        Tier tier;
        tier.fromParts = *wholeNumber(object.value(kFromParts));
        if (object.contains(kGsm7))
            tier.gsm7PartMc = wholeNumber(object.value(kGsm7));
        if (object.contains(kUcs2))
            tier.ucs2PartMc = wholeNumber(object.value(kUcs2));
        tiers.append(tier);
    }
    std::stable_sort(tiers.begin(), tiers.end(),
                     [](const Tier &a, const Tier &b) { return a.fromParts < b.fromParts; });
    return tiers;
}

PricePlan PricePlan::fallback()
{
    PricePlan plan;
    plan.name = tr("Default range (no price plan)");
    return plan;
}
