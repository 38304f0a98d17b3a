// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience/phonemetadatareader.h"

#include <cstdint>

// Exported by libphonenumber.so (cpp/src/phonenumbers/metadata.h, not installed by Debian).
namespace i18n::phonenumbers {
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

namespace {

// Field numbers from phonemetadata.proto (see kXxxFieldNumber in phonemetadata.pb.h).
enum CollectionField { CollectionMetadata = 1 };
enum DescField {
    DescNationalNumberPattern = 2,
    DescPossibleLength = 9,
    DescPossibleLengthLocalOnly = 10
};
enum MetadataField {
    MetadataGeneralDesc = 1,
    MetadataFixedLine = 2,
    MetadataMobile = 3,
    MetadataTollFree = 4,
    MetadataPremiumRate = 5,
    MetadataSharedCost = 6,
    MetadataPersonalNumber = 7,
    MetadataVoip = 8,
    MetadataId = 9,
    MetadataCountryCode = 10,
    MetadataInternationalPrefix = 11,
    MetadataNationalPrefixForParsing = 15,
    MetadataNationalPrefixTransformRule = 16,
    MetadataSameMobileAndFixedLinePattern = 18,
    MetadataPager = 21,
    MetadataMainCountryForCode = 22,
    MetadataLeadingDigits = 23,
    MetadataUan = 25,
    MetadataVoicemail = 28,
};

enum WireType { Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5 };

// One field of a protobuf message: its number, wire type and either a varint or a byte range.
struct WireField
{
    int number = 0;
    int type = 0;
    std::uint64_t value = 0;
    const unsigned char *bytes = nullptr;
    size_t size = 0;
};

class WireReader
{
public:
    WireReader(const unsigned char *data, size_t size)
        : m_data(data)
        , m_end(data + size)
    { }

    bool atEnd() const { return m_data == m_end; }
    bool failed() const { return m_failed; }

    bool readVarint(std::uint64_t *value)
    {
        std::uint64_t result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_data == m_end)
                return fail();
            const unsigned char byte = *m_data++;
            result |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if (!(byte & 0x80)) {
                *value = result;
                return true;
            }
        }
        return fail();
    }

    bool next(WireField *field)
    {
        std::uint64_t key = 0;
        if (!readVarint(&key))
            return false;
        field->number = static_cast<int>(key >> 3);
        field->type = static_cast<int>(key & 7);
        switch (field->type) {
        case Varint:
            return readVarint(&field->value);
        case Fixed64:
            return skip(8);
        case Fixed32:
            return skip(4);
        case LengthDelimited: {
            std::uint64_t length = 0;
            if (!readVarint(&length) || length > static_cast<std::uint64_t>(m_end - m_data))
                return fail();
            field->bytes = m_data;
            field->size = static_cast<size_t>(length);
            m_data += length;
            return true;
        }
        default:
            return fail(); // groups are not used by this schema
        }
    }

private:
    bool fail()
    {
        m_failed = true;
        return false;
    }
    bool skip(size_t count)
    {
        if (count > static_cast<size_t>(m_end - m_data))
            return fail();
        m_data += count;
        return true;
    }

    const unsigned char *m_data;
    const unsigned char *m_end;
    bool m_failed = false;
};

std::string toString(const WireField &field)
{
    return std::string(reinterpret_cast<const char *>(field.bytes), field.size);
}

// Repeated int32, packed or not; negative values (the -1 "no numbers" marker) are 64-bit varints.
bool appendInts(const WireField &field, std::vector<int> *values)
{
    if (field.type == Varint) {
        values->push_back(static_cast<int>(static_cast<std::int32_t>(field.value)));
        return true;
    }
    if (field.type != LengthDelimited)
        return false;
    WireReader packed(field.bytes, field.size);
    while (!packed.atEnd()) {
        std::uint64_t value = 0;
        if (!packed.readVarint(&value))
            return false;
        values->push_back(static_cast<int>(static_cast<std::int32_t>(value)));
    }
    return true;
}

// Protobuf merges repeated occurrences of a message field; so does this.
bool decodeDesc(const WireField &field, PhoneNumberDescData *desc)
{
    if (field.type != LengthDelimited)
        return false;
    desc->present = true;
    WireReader reader(field.bytes, field.size);
    WireField inner;
    while (!reader.atEnd()) {
        if (!reader.next(&inner))
            return false;
        if (inner.number == DescNationalNumberPattern && inner.type == LengthDelimited)
            desc->nationalNumberPattern = toString(inner);
        else if (inner.number == DescPossibleLength && !appendInts(inner, &desc->possibleLengths))
            return false;
        else if (inner.number == DescPossibleLengthLocalOnly
                 && !appendInts(inner, &desc->possibleLengthsLocalOnly))
            return false;
    }
    return true;
}

int descIndex(int fieldNumber)
{
    switch (fieldNumber) {
    case MetadataGeneralDesc:
        return PhoneRegionMetadata::General;
    case MetadataFixedLine:
        return PhoneRegionMetadata::FixedLine;
    case MetadataMobile:
        return PhoneRegionMetadata::Mobile;
    case MetadataTollFree:
        return PhoneRegionMetadata::TollFree;
    case MetadataPremiumRate:
        return PhoneRegionMetadata::PremiumRate;
    case MetadataSharedCost:
        return PhoneRegionMetadata::SharedCost;
    case MetadataPersonalNumber:
        return PhoneRegionMetadata::PersonalNumber;
    case MetadataVoip:
        return PhoneRegionMetadata::Voip;
    case MetadataPager:
        return PhoneRegionMetadata::Pager;
    case MetadataUan:
        return PhoneRegionMetadata::Uan;
    case MetadataVoicemail:
        return PhoneRegionMetadata::Voicemail;
    default:
        return -1;
    }
}

bool decodeRegion(const WireField &field, PhoneRegionMetadata *region)
{
    if (field.type != LengthDelimited)
        return false;
    WireReader reader(field.bytes, field.size);
    WireField inner;
    while (!reader.atEnd()) {
        if (!reader.next(&inner))
            return false;
        const int desc = descIndex(inner.number);
        if (desc >= 0) {
            if (!decodeDesc(inner, &region->descs[static_cast<size_t>(desc)]))
                return false;
            continue;
        }
        const bool isString = inner.type == LengthDelimited;
        const bool isVarint = inner.type == Varint;
        switch (inner.number) {
        case MetadataId:
            if (isString)
                region->id = toString(inner);
            break;
        case MetadataCountryCode:
            if (isVarint)
                region->countryCode = static_cast<int>(static_cast<std::int32_t>(inner.value));
            break;
        case MetadataInternationalPrefix:
            if (isString)
                region->internationalPrefix = toString(inner);
            break;
        case MetadataNationalPrefixForParsing:
            if (isString)
                region->nationalPrefixForParsing = toString(inner);
            break;
        case MetadataNationalPrefixTransformRule:
            if (isString)
                region->nationalPrefixTransformRule = toString(inner);
            break;
        case MetadataLeadingDigits:
            if (isString)
                region->leadingDigits = toString(inner);
            break;
        case MetadataSameMobileAndFixedLinePattern:
            if (isVarint)
                region->sameMobileAndFixedLinePattern = inner.value != 0;
            break;
        case MetadataMainCountryForCode:
            if (isVarint)
                region->mainCountryForCode = inner.value != 0;
            break;
        default:
            break; // formatting rules, example numbers, short-number data...
        }
    }
    return true;
}

} // namespace

bool PhoneMetadataReader::decode(const void *data, int size,
                                 std::vector<PhoneRegionMetadata> *regions)
{
    regions->clear();
    if (!data || size <= 0)
        return false;
    WireReader reader(static_cast<const unsigned char *>(data), static_cast<size_t>(size));
    WireField field;
    while (!reader.atEnd()) {
        if (!reader.next(&field)) {
            regions->clear();
            return false;
        }
        if (field.number != CollectionMetadata)
            continue;
        PhoneRegionMetadata region;
        if (!decodeRegion(field, &region)) {
            regions->clear();
            return false;
        }
        regions->push_back(std::move(region));
    }
    return true;
}

bool PhoneMetadataReader::readInstalled(std::vector<PhoneRegionMetadata> *regions)
{
    return decode(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size(), regions);
}
