// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/phonemetadatareader.h"
#include "audience/phonenormalizer.h"
#include "audience/phonepatterndfa.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

// The numbering plan of one region (or non-geographical entity) compiled from libphonenumber's
// metadata: its number patterns as one automaton, its possible lengths and prefixes, and the
// exact re-implementation of the PhoneNumberUtil steps that read them. Immutable once built.
class PhoneNumberPlan
{
public:
    // PhoneNumberUtil::ValidationResult, as TestNumberLength() returns it.
    enum class LengthCheck { IsPossible, IsPossibleLocalOnly, TooShort, InvalidLength, TooLong };

    // Null when a pattern cannot be compiled exactly (the caller then uses libphonenumber).
    static std::unique_ptr<PhoneNumberPlan> compile(const PhoneRegionMetadata &region,
                                                    std::string *errorString = nullptr);

    const std::string &id() const { return m_id; }
    int countryCode() const { return m_countryCode; }

    // Whether parsing with this plan can be replicated: the national prefix for parsing is a
    // literal (or absent) without transform rule, and the general description has lengths.
    bool isParsingSupported() const { return m_parsingSupported; }
    // The international prefix as a literal digit string; empty if it is a regex (or absent).
    const std::string &literalInternationalPrefix() const { return m_internationalPrefix; }

    // IsMatch(number, general_desc): the general pattern alone, without the length check.
    bool matchesGeneralPattern(const char *digits, int length) const
    {
        return m_dfa->match(digits, length) & bit(PhoneRegionMetadata::General);
    }
    // Whether leading_digits is set and matches at the start of the number (Consume()).
    bool hasLeadingDigits() const { return m_hasLeadingDigits; }
    bool matchesLeadingDigits(const char *digits, int length) const
    {
        return m_dfa->match(digits, length) & bit(LeadingDigitsBit);
    }

    // GetNumberTypeHelper(national significant number, metadata).
    PhoneNormalizer::NumberType numberType(const char *digits, int length) const;
    // TestNumberLength(number, metadata), i.e. for the type UNKNOWN.
    LengthCheck testLength(int length) const;
    // How many leading digits MaybeStripNationalPrefixAndCarrierCode() removes (0 if none).
    // Only meaningful when isParsingSupported().
    int nationalPrefixLength(const char *digits, int length) const;

    int automatonStates() const { return m_dfa->stateCount(); }

private:
    static constexpr int LeadingDigitsBit = PhoneRegionMetadata::DescCount;
    static constexpr int MaxLength = 64; // lengths are tested as bits of a quint64
    static constexpr quint32 bit(int index) { return 1u << index; }

    PhoneNumberPlan() = default;

    std::string m_id;
    int m_countryCode = 0;
    std::optional<PhonePatternDfa> m_dfa;
    std::array<quint32, MaxLength> m_descsAllowingLength {}; // desc bits whose length check passes
    bool m_sameMobileAndFixedLinePattern = false;
    bool m_hasLeadingDigits = false;
    bool m_parsingSupported = false;
    std::string m_nationalPrefix; // literal national prefix for parsing
    std::string m_internationalPrefix; // literal, or empty
    std::vector<int> m_generalLengths;
    std::vector<int> m_generalLocalOnlyLengths;
};
