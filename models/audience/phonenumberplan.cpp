// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience/phonenumberplan.h"

#include <algorithm>

namespace {

// Large enough for every region of the metadata shipped with libphonenumber 8.12/8.13 (the
// biggest needs a few thousand states); a region beyond it simply stays on libphonenumber.
constexpr int MaxAutomatonStates = 100000;

bool isDigits(const std::string &text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

std::unique_ptr<PhoneNumberPlan> PhoneNumberPlan::compile(const PhoneRegionMetadata &region,
                                                          std::string *errorString)
{
    std::vector<std::string> patterns;
    for (const PhoneNumberDescData &desc : region.descs)
        patterns.push_back(desc.nationalNumberPattern);
    // Consume() of leading_digits on a string of digits = a full match of (?:pattern)\d*.
    patterns.push_back(region.leadingDigits.empty() ? std::string()
                                                    : "(?:" + region.leadingDigits + ")\\d*");
    std::string error;
    auto dfa = PhonePatternDfa::compile(patterns, MaxAutomatonStates, &error);
    if (!dfa) {
        if (errorString)
            *errorString = region.id + ": " + error;
        return nullptr;
    }

    std::unique_ptr<PhoneNumberPlan> plan(new PhoneNumberPlan);
    plan->m_id = region.id;
    plan->m_countryCode = region.countryCode;
    plan->m_dfa = std::move(dfa);
    plan->m_sameMobileAndFixedLinePattern = region.sameMobileAndFixedLinePattern;
    plan->m_hasLeadingDigits = !region.leadingDigits.empty();

    // IsNumberMatchingDesc(): a description with possible lengths only matches numbers of one of
    // those lengths ({-1} matches none); without any, only its pattern counts.
    for (int length = 0; length < MaxLength; ++length) {
        quint32 bits = bit(LeadingDigitsBit);
        for (size_t i = 0; i < region.descs.size(); ++i) {
            const std::vector<int> &lengths = region.descs[i].possibleLengths;
            if (lengths.empty()
                || std::find(lengths.begin(), lengths.end(), length) != lengths.end())
                bits |= bit(static_cast<int>(i));
        }
        plan->m_descsAllowingLength[static_cast<size_t>(length)] = bits;
    }

    const PhoneNumberDescData &general = region.descs[PhoneRegionMetadata::General];
    plan->m_generalLengths = general.possibleLengths;
    plan->m_generalLocalOnlyLengths = general.possibleLengthsLocalOnly;
    plan->m_nationalPrefix = region.nationalPrefixForParsing;
    plan->m_parsingSupported = region.nationalPrefixTransformRule.empty()
        && isDigits(region.nationalPrefixForParsing) && !general.possibleLengths.empty();
    if (!region.internationalPrefix.empty() && isDigits(region.internationalPrefix))
        plan->m_internationalPrefix = region.internationalPrefix;
    return plan;
}

PhoneNormalizer::NumberType PhoneNumberPlan::numberType(const char *digits, int length) const
{
    using Type = PhoneNormalizer::NumberType;
    if (length < 0 || length >= MaxLength)
        return Type::Unknown;
    const quint32 matches =
        m_dfa->match(digits, length) & m_descsAllowingLength[static_cast<size_t>(length)];
    if (!(matches & bit(PhoneRegionMetadata::General)))
        return Type::Unknown;
    // The order of GetNumberTypeHelper().
    static constexpr std::pair<int, Type> specialTypes[] = {
        {PhoneRegionMetadata::PremiumRate, Type::PremiumRate},
        {PhoneRegionMetadata::TollFree, Type::TollFree},
        {PhoneRegionMetadata::SharedCost, Type::SharedCost},
        {PhoneRegionMetadata::Voip, Type::Voip},
        {PhoneRegionMetadata::PersonalNumber, Type::PersonalNumber},
        {PhoneRegionMetadata::Pager, Type::Pager},
        {PhoneRegionMetadata::Uan, Type::Uan},
        {PhoneRegionMetadata::Voicemail, Type::Voicemail},
    };
    for (const auto &[desc, type] : specialTypes) {
        if (matches & bit(desc))
            return type;
    }
    const bool isMobile = matches & bit(PhoneRegionMetadata::Mobile);
    if (matches & bit(PhoneRegionMetadata::FixedLine)) {
        return m_sameMobileAndFixedLinePattern || isMobile ? Type::FixedLineOrMobile
                                                           : Type::FixedLine;
    }
    if (!m_sameMobileAndFixedLinePattern && isMobile)
        return Type::Mobile;
    return Type::Unknown;
}

PhoneNumberPlan::LengthCheck PhoneNumberPlan::testLength(int length) const
{
    // m_generalLengths is not empty when parsing is supported (compile() checks it).
    const std::vector<int> &lengths = m_generalLengths;
    if (lengths.empty() || lengths.front() == -1)
        return LengthCheck::InvalidLength;
    const std::vector<int> &local = m_generalLocalOnlyLengths;
    if (std::find(local.begin(), local.end(), length) != local.end())
        return LengthCheck::IsPossibleLocalOnly;
    if (lengths.front() == length)
        return LengthCheck::IsPossible;
    if (lengths.front() > length)
        return LengthCheck::TooShort;
    if (lengths.back() < length)
        return LengthCheck::TooLong;
    return std::find(lengths.begin() + 1, lengths.end(), length) != lengths.end()
        ? LengthCheck::IsPossible
        : LengthCheck::InvalidLength;
}

int PhoneNumberPlan::nationalPrefixLength(const char *digits, int length) const
{
    const int prefixLength = static_cast<int>(m_nationalPrefix.size());
    if (length == 0 || prefixLength == 0 || length < prefixLength
        || m_nationalPrefix.compare(0, m_nationalPrefix.size(), digits,
                                    static_cast<size_t>(prefixLength))
            != 0)
        return 0;
    // "If the original number was viable, and the resultant number is not, we return."
    if (matchesGeneralPattern(digits, length)
        && !matchesGeneralPattern(digits + prefixLength, length - prefixLength))
        return 0;
    return prefixLength;
}
