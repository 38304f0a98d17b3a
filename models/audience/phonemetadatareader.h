// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <string>
#include <vector>

// One PhoneNumberDesc of libphonenumber's metadata (phonemetadata.proto), as plain data.
struct PhoneNumberDescData
{
    bool present = false; // the field was set in the metadata
    std::string nationalNumberPattern;
    std::vector<int> possibleLengths;
    std::vector<int> possibleLengthsLocalOnly;
};

// The parts of one PhoneMetadata (a region, or a non-geographical entity with id "001") that
// parsing, validation and typing read.
struct PhoneRegionMetadata
{
    // The number descriptions GetNumberTypeHelper() consults, in the order it consults them
    // after the general description; FixedLine and Mobile come last as they do there.
    enum Desc {
        General,
        PremiumRate,
        TollFree,
        SharedCost,
        Voip,
        PersonalNumber,
        Pager,
        Uan,
        Voicemail,
        FixedLine,
        Mobile,
        DescCount
    };

    std::string id;
    int countryCode = 0;
    std::string internationalPrefix;
    std::string nationalPrefixForParsing;
    std::string nationalPrefixTransformRule;
    std::string leadingDigits;
    bool sameMobileAndFixedLinePattern = false;
    bool mainCountryForCode = false;
    std::array<PhoneNumberDescData, DescCount> descs;
};

// Reads the metadata that libphonenumber compiles into itself (metadata_get(), a serialised
// PhoneMetadataCollection) with a small protobuf wire-format decoder, so the fast path follows
// whatever metadata the installed library carries without linking protobuf ourselves.
class PhoneMetadataReader
{
public:
    // Decodes a serialised PhoneMetadataCollection; false (and an empty list) if malformed.
    static bool decode(const void *data, int size, std::vector<PhoneRegionMetadata> *regions);

    // The collection compiled into the installed libphonenumber.
    static bool readInstalled(std::vector<PhoneRegionMetadata> *regions);
};
