// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sms/smsencoding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a provider contract charges per SMS part (one price_plans row), and what a number of
// parts costs under it. All amounts are integer millicents (1/100,000 €), VAT apart.
//
// Prices: an exact price per GSM-7 part and per UCS-2 part when the contract states them; a
// price left unknown (NULL) is priced over the plan's range min..max (0.15-0.30 € by default),
// and its expected value is the middle of that range.
//
// Volume tiers (JSON, e.g. [{"from_parts":100000,"gsm7_part_mc":12000,"ucs2_part_mc":14000}]):
// the tier is chosen by the total number of parts of the campaign, both encodings together,
// and its price applies to every part of the campaign, not only to the parts beyond its
// threshold ("all-units" pricing: providers sell SMS by volume packs priced per message).
// Tiers cascade: a price a tier leaves out is the one of the tier below it, or the plan's own.
struct PricePlan
{
    Q_DECLARE_TR_FUNCTIONS(PricePlan)
public:
    struct Tier
    {
        qint64 fromParts = 0; // the campaign's total parts from which this tier applies
        std::optional<qint64> gsm7PartMc;
        std::optional<qint64> ucs2PartMc;
        bool operator==(const Tier &other) const
        {
            return fromParts == other.fromParts && gsm7PartMc == other.gsm7PartMc
                && ucs2PartMc == other.ucs2PartMc;
        }
    };

    // An amount known within a range: min == expected == max when every price is exact.
    struct Amount
    {
        qint64 min = 0;
        qint64 expected = 0;
        qint64 max = 0;
        bool isExact() const { return min == max; }
        Amount &operator+=(const Amount &other);
        Amount operator+(const Amount &other) const;
        Amount operator-(const Amount &other) const;
        bool operator==(const Amount &other) const
        {
            return min == other.min && expected == other.expected && max == other.max;
        }
    };

    // An amount excluding VAT, its VAT and the sum.
    struct Cost
    {
        Amount net;
        Amount vat;
        Amount gross;
        Cost operator+(const Cost &other) const;
        Cost operator-(const Cost &other) const;
    };

    static constexpr qint64 DefaultMinPartMc = 15000; // 0.15 €
    static constexpr qint64 DefaultMaxPartMc = 30000; // 0.30 €
    static constexpr int DefaultVatBasisPoints = 2000; // 20 %, the French standard rate

    qint64 id = 0;
    QString name;
    std::optional<qint64> gsm7PartMc; // nullopt: unknown, priced over min..max
    std::optional<qint64> ucs2PartMc;
    qint64 minPartMc = DefaultMinPartMc;
    qint64 maxPartMc = DefaultMaxPartMc;
    int vatBasisPoints = DefaultVatBasisPoints; // 2000 = 20 %
    QList<Tier> tiers; // ascending fromParts

    // The price of one part of `encoding` in a campaign of `campaignParts` parts.
    Amount partPrice(Sms::Encoding encoding, qint64 campaignParts) const;
    // `parts` parts of `encoding`, in a campaign of `campaignParts` parts in all (tiers are
    // chosen by it; `parts` itself when negative). Excluding VAT.
    Amount price(Sms::Encoding encoding, qint64 parts, qint64 campaignParts = -1) const;
    // A campaign of gsm7Parts + ucs2Parts parts: tiers chosen by their sum, VAT computed once
    // on the total (rounded to the millicent, halves up).
    Cost cost(qint64 gsm7Parts, qint64 ucs2Parts) const;
    Amount vat(const Amount &net) const;

    // What is wrong with the plan, translated, one sentence each; empty when it is valid.
    QStringList errors() const;
    bool isValid() const { return errors().isEmpty(); }

    // The tiers as stored (compact JSON array; empty text for none).
    static QString tiersToJson(const QList<Tier> &tiers);
    // Reads stored or typed tiers (empty or blank text: none), sorted by from_parts. Nullopt
    // with a translated *errorString naming the tier and the problem (not an array, unknown
    // key, a value that is not a whole number...).
    static std::optional<QList<Tier>> tiersFromJson(const QString &json, QString *errorString);

    // What a campaign is priced with when its provider has no plan: the default range
    // 0.15-0.30 € per part of either encoding, VAT 20 %.
    static PricePlan fallback();
};
