// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience/phonenormalizer.h"

#include "audience/phonemetadatareader.h"
#include "audience/phonenumberplan.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <atomic>
#include <bitset>
#include <cstring>
#include <list>
#include <mutex>
#include <set>

// How the fast path stays identical to libphonenumber
// ---------------------------------------------------
// Nothing about numbering plans is written here: every pattern, length, prefix and region list is
// read from the installed libphonenumber (its compiled-in metadata, decoded by
// PhoneMetadataReader, and its public region lists), so a library upgrade changes both paths
// together. What is written here is the algorithm of PhoneNumberUtil::ParseHelper(),
// IsValidNumber() and GetNumberType() (libphonenumber 8.12/8.13), specialised to inputs made of
// ASCII digits, an optional leading '+' and the separators " -./()" (plus NBSP; tabs and line
// breaks at the ends only). For those inputs the library's generic steps reduce to:
//  - ExtractPossibleNumber/TrimUnwantedEndChars: keep from the first '+' or digit to the last
//    digit; the characters around can only be separators or blanks;
//  - IsViablePhoneNumber: true when there are 3 digits or more (otherwise: fallback);
//  - MaybeStripExtension: no extension syntax can occur (it needs letters, '#', ',', ';' or '~');
//  - Normalize: keep the digits;
//  - MaybeExtractCountryCode: '+' (then 1-3 digits naming a known calling code, else the retry
//    without '+'), or the default region's international prefix when it is a literal like "00"
//    (and not followed by 0), or the default calling code written without '+' when the general
//    pattern/length rules say so;
//  - MaybeStripNationalPrefixAndCarrierCode: when the national prefix for parsing is a literal
//    (FR: "0") without transform rule;
//  - the validity and type steps: the number descriptions of every region of the calling code,
//    compiled into one automaton per region (PhonePatternDfa) plus their possible lengths.
// The parse errors these steps raise (unknown calling code after an IDD, too short or too long
// national number) are answered too: Parse() fails, so the result is empty and invalid. So is
// any Latin-1 text without a digit ("", "n/a"), which can never be a viable number.
// Every other case (letters, extensions, '++', fewer than 3 digits, over 24 digits, a calling
// code whose main region's national prefix is a regex, a pattern the compiler refuses, a default
// region whose international prefix is a regex, non-ASCII characters...) is answered by
// libphonenumber itself. tst_phonenormalizer checks the agreement on millions of
// numbers in every accepted shape.

namespace lpn = i18n::phonenumbers;

static_assert(static_cast<int>(PhoneNormalizer::NumberType::FixedLine)
              == lpn::PhoneNumberUtil::FIXED_LINE);
static_assert(static_cast<int>(PhoneNormalizer::NumberType::Mobile)
              == lpn::PhoneNumberUtil::MOBILE);
static_assert(static_cast<int>(PhoneNormalizer::NumberType::FixedLineOrMobile)
              == lpn::PhoneNumberUtil::FIXED_LINE_OR_MOBILE);
static_assert(static_cast<int>(PhoneNormalizer::NumberType::TollFree)
              == lpn::PhoneNumberUtil::TOLL_FREE);
static_assert(static_cast<int>(PhoneNormalizer::NumberType::PremiumRate)
              == lpn::PhoneNumberUtil::PREMIUM_RATE);
static_assert(static_cast<int>(PhoneNormalizer::NumberType::SharedCost)
              == lpn::PhoneNumberUtil::SHARED_COST);
static_assert(static_cast<int>(PhoneNormalizer::NumberType::Voip) == lpn::PhoneNumberUtil::VOIP);
static_assert(static_cast<int>(PhoneNormalizer::NumberType::PersonalNumber)
              == lpn::PhoneNumberUtil::PERSONAL_NUMBER);
static_assert(static_cast<int>(PhoneNormalizer::NumberType::Pager) == lpn::PhoneNumberUtil::PAGER);
static_assert(static_cast<int>(PhoneNormalizer::NumberType::Uan) == lpn::PhoneNumberUtil::UAN);
static_assert(static_cast<int>(PhoneNormalizer::NumberType::Voicemail)
              == lpn::PhoneNumberUtil::VOICEMAIL);
static_assert(static_cast<int>(PhoneNormalizer::NumberType::Unknown)
              == lpn::PhoneNumberUtil::UNKNOWN);

namespace {

constexpr int MaxCallingCode = 999;
constexpr int MaxInputLength = 64; // longer strings go to libphonenumber
constexpr int MaxDigits = 24;
constexpr int MinLengthForNsn = 2; // PhoneNumberUtil::kMinLengthForNsn
constexpr int MaxLengthForNsn = 17; // PhoneNumberUtil::kMaxLengthForNsn
constexpr int MaxLengthCountryCode = 3;

enum class CharClass { Other, Digit, Plus, Separator, Blank };

// Separators are libphonenumber "valid punctuation"; blanks are not, and are only harmless at
// the ends, where ExtractPossibleNumber()/TrimUnwantedEndChars() drop them.
constexpr CharClass classify(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return CharClass::Digit;
    switch (c) {
    case u'+':
        return CharClass::Plus;
    case u' ':
    case u'-':
    case u'.':
    case u'/':
    case u'(':
    case u')':
    case 0x00A0: // no-break space, common in spreadsheet exports
        return CharClass::Separator;
    case u'\t':
    case u'\r':
    case u'\n':
        return CharClass::Blank;
    default:
        return CharClass::Other;
    }
}

// The plans of every region sharing one calling code, in PhoneNumberUtil's order.
struct CallingCodePlans
{
    std::vector<std::unique_ptr<PhoneNumberPlan>> regions;
    bool isFast = false; // all compiled, and the main region's parsing rules are replicable

    const PhoneNumberPlan *main() const { return regions.front().get(); }

    // GetRegionCodeForNumber(): the only region, else the first whose leading digits match or,
    // without leading digits, that gives the number a type.
    const PhoneNumberPlan *regionFor(const char *nsn, int length) const
    {
        if (regions.size() == 1)
            return regions.front().get();
        for (const auto &region : regions) {
            if (region->hasLeadingDigits()) {
                if (region->matchesLeadingDigits(nsn, length))
                    return region.get();
            } else if (region->numberType(nsn, length) != PhoneNormalizer::NumberType::Unknown) {
                return region.get();
            }
        }
        return nullptr;
    }
};

} // namespace

class PhoneNormalizer::Data
{
public:
    explicit Data(QStringView region);

    Result reference(QStringView raw) const;
    // True when the fast path could answer (into result), false for libphonenumber's turn.
    template<typename Char>
    bool fastNormalize(const Char *text, qsizetype size, Result *result) const;

    QString m_region;
    std::string m_regionCode;
    const lpn::PhoneNumberUtil *m_util;
    const PhoneNumberPlan *m_home = nullptr; // the default region's plan; null: no fast path
    const CallingCodePlans *m_homePlans = nullptr;
    std::string m_homeCallingCode;

private:
    enum class Outcome { Parsed, ParseError, Fallback };
    struct CountryCodeExtraction
    {
        int callingCode = 0; // 0: none written, the default region's applies
        const char *national = nullptr;
        int nationalLength = 0;
    };
    template<typename Char>
    bool parseDigits(const Char *text, qsizetype size, Result *result) const;
    Outcome maybeExtractCountryCode(const char *digits, int count, bool hasPlus,
                                    CountryCodeExtraction *extraction) const;

    // Compiled on first use (a calling code costs about a millisecond), then immutable.
    const CallingCodePlans *plansFor(int callingCode) const;
    int extractCountryCode(const char *digits, int length, int *codeLength) const;

    std::vector<PhoneRegionMetadata> m_metadata;
    std::bitset<MaxCallingCode + 1> m_validCallingCodes;
    mutable std::array<std::atomic<const CallingCodePlans *>, MaxCallingCode + 1> m_plans;
    mutable std::vector<std::unique_ptr<CallingCodePlans>> m_ownedPlans;
    mutable std::mutex m_mutex;
};

PhoneNormalizer::Data::Data(QStringView region)
    : m_region(region.trimmed().toString().toUpper())
    , m_regionCode(m_region.toStdString())
    , m_util(lpn::PhoneNumberUtil::GetInstance())
{
    for (auto &plans : m_plans)
        plans.store(nullptr, std::memory_order_relaxed);
    std::set<int> callingCodes;
    m_util->GetSupportedCallingCodes(&callingCodes);
    for (int code : callingCodes) {
        if (code > 0 && code <= MaxCallingCode)
            m_validCallingCodes.set(static_cast<size_t>(code));
    }
    if (!PhoneMetadataReader::readInstalled(&m_metadata))
        return;
    const int homeCode = m_util->GetCountryCodeForRegion(m_regionCode); // 0 if unknown (or "001")
    if (homeCode <= 0 || homeCode > MaxCallingCode)
        return;
    const CallingCodePlans *plans = plansFor(homeCode);
    if (!plans || !plans->isFast)
        return;
    for (const auto &plan : plans->regions) {
        if (plan->id() == m_regionCode && plan->isParsingSupported()) {
            m_home = plan.get();
            m_homePlans = plans;
            m_homeCallingCode = std::to_string(homeCode);
        }
    }
}

const CallingCodePlans *PhoneNormalizer::Data::plansFor(int callingCode) const
{
    auto &slot = m_plans[static_cast<size_t>(callingCode)];
    if (const CallingCodePlans *plans = slot.load(std::memory_order_acquire))
        return plans;
    std::lock_guard<std::mutex> lock(m_mutex);
    if (const CallingCodePlans *plans = slot.load(std::memory_order_relaxed))
        return plans;

    auto plans = std::make_unique<CallingCodePlans>();
    std::list<std::string> regionCodes;
    m_util->GetRegionCodesForCountryCallingCode(callingCode, &regionCodes);
    bool compiled = !regionCodes.empty();
    for (const std::string &code : regionCodes) {
        // GetMetadataForRegionOrCallingCode(): the first entry with that id, or for "001" the
        // first non-geographical entity with that calling code.
        const PhoneRegionMetadata *metadata = nullptr;
        for (const PhoneRegionMetadata &candidate : m_metadata) {
            if (candidate.id == code && candidate.countryCode == callingCode) {
                metadata = &candidate;
                break;
            }
        }
        std::unique_ptr<PhoneNumberPlan> plan =
            metadata ? PhoneNumberPlan::compile(*metadata) : nullptr;
        if (!plan) {
            compiled = false;
            break;
        }
        plans->regions.push_back(std::move(plan));
    }
    plans->isFast = compiled && plans->main()->isParsingSupported();
    if (!plans->isFast)
        plans->regions.clear();
    const CallingCodePlans *result = plans.get();
    m_ownedPlans.push_back(std::move(plans));
    slot.store(result, std::memory_order_release);
    return result;
}

// ExtractCountryCode(): the shortest prefix (1 to 3 digits, not starting with 0) that is a
// calling code libphonenumber knows.
int PhoneNormalizer::Data::extractCountryCode(const char *digits, int length, int *codeLength) const
{
    if (length == 0 || digits[0] == '0')
        return 0;
    int code = 0;
    for (int i = 0; i < MaxLengthCountryCode && i < length; ++i) {
        code = code * 10 + (digits[i] - '0');
        if (m_validCallingCodes.test(static_cast<size_t>(code))) {
            *codeLength = i + 1;
            return code;
        }
    }
    return 0;
}

// MaybeExtractCountryCode() on the normalised digits, with ParseHelper()'s retry without the '+'.
PhoneNormalizer::Data::Outcome
PhoneNormalizer::Data::maybeExtractCountryCode(const char *digits, int count, bool hasPlus,
                                               CountryCodeExtraction *extraction) const
{
    extraction->callingCode = 0;
    extraction->national = digits;
    extraction->nationalLength = count;
    if (count <= MinLengthForNsn)
        return Outcome::Fallback; // not reached: parseDigits() wants 3 digits or more
    int codeLength = 0;
    if (hasPlus) {
        extraction->callingCode = extractCountryCode(digits, count, &codeLength);
        if (extraction->callingCode) {
            extraction->national = digits + codeLength;
            extraction->nationalLength = count - codeLength;
            return Outcome::Parsed;
        }
        // INVALID_COUNTRY_CODE_ERROR: ParseHelper() strips the '+' and tries again; it only
        // accepts a retry that found a calling code (by IDD or the default calling code).
        const Outcome retry = maybeExtractCountryCode(digits, count, false, extraction);
        if (retry == Outcome::Parsed && extraction->callingCode == 0)
            return Outcome::ParseError;
        return retry;
    }

    const PhoneNumberPlan &home = *m_home;
    const std::string &idd = home.literalInternationalPrefix();
    if (idd.empty())
        return Outcome::Fallback; // the international prefix is a regex
    const int iddLength = static_cast<int>(idd.size());
    // ParsePrefixAsIdd(): not an IDD when the next digit is 0 (calling codes never start so).
    if (count >= iddLength && std::memcmp(digits, idd.data(), idd.size()) == 0
        && (count == iddLength || digits[iddLength] != '0')) {
        const char *afterIdd = digits + iddLength;
        const int afterIddLength = count - iddLength;
        if (afterIddLength <= MinLengthForNsn)
            return Outcome::ParseError; // TOO_SHORT_AFTER_IDD
        extraction->callingCode = extractCountryCode(afterIdd, afterIddLength, &codeLength);
        if (!extraction->callingCode)
            return Outcome::ParseError; // INVALID_COUNTRY_CODE_ERROR
        extraction->national = afterIdd + codeLength;
        extraction->nationalLength = afterIddLength - codeLength;
        return Outcome::Parsed;
    }

    // The default calling code written without '+': kept as such when the rest fits the general
    // pattern better, or when the whole is too long for the region.
    const int homeCodeLength = static_cast<int>(m_homeCallingCode.size());
    if (count >= homeCodeLength
        && std::memcmp(digits, m_homeCallingCode.data(), m_homeCallingCode.size()) == 0) {
        const char *potential = digits + homeCodeLength;
        int potentialLength = count - homeCodeLength;
        const int prefix = home.nationalPrefixLength(potential, potentialLength);
        potential += prefix;
        potentialLength -= prefix;
        if ((!home.matchesGeneralPattern(digits, count)
             && home.matchesGeneralPattern(potential, potentialLength))
            || home.testLength(count) == PhoneNumberPlan::LengthCheck::TooLong) {
            extraction->callingCode = home.countryCode();
            extraction->national = potential;
            extraction->nationalLength = potentialLength;
        }
    }
    return Outcome::Parsed;
}

template<typename Char>
bool PhoneNormalizer::Data::fastNormalize(const Char *text, qsizetype size, Result *result) const
{
    if (!m_home)
        return false;
    if (parseDigits(text, size, result))
        return true;
    // Without any decimal digit (and no character beyond Latin-1, where none is a \p{Nd} digit
    // but ASCII's) IsViablePhoneNumber() fails whatever else the text holds: "", "n/a", "NULL".
    for (qsizetype i = 0; i < size; ++i) {
        if (static_cast<char16_t>(text[i]) > 0xFF
            || classify(static_cast<char16_t>(text[i])) == CharClass::Digit)
            return false;
    }
    *result = Result(); // NOT_A_NUMBER
    result->source = Source::FastPath;
    return true;
}

template<typename Char>
bool PhoneNormalizer::Data::parseDigits(const Char *text, qsizetype size, Result *result) const
{
    if (size > MaxInputLength)
        return false;
    auto classAt = [text](qsizetype i) {
        return classify(static_cast<char16_t>(text[i]));
    };

    // ExtractPossibleNumber() + TrimUnwantedEndChars().
    qsizetype begin = 0;
    while (begin < size
           && (classAt(begin) == CharClass::Separator || classAt(begin) == CharClass::Blank))
        ++begin;
    if (begin == size)
        return false;
    bool hasPlus = false;
    if (classAt(begin) == CharClass::Plus) {
        hasPlus = true;
        ++begin;
    } else if (classAt(begin) != CharClass::Digit) {
        return false;
    }
    qsizetype end = size;
    while (end > begin && classAt(end - 1) != CharClass::Digit) {
        if (classAt(end - 1) == CharClass::Other)
            return false;
        --end;
    }
    // Normalize(): the digits; anything but valid punctuation inside makes another case.
    char digits[MaxDigits];
    int count = 0;
    for (qsizetype i = begin; i < end; ++i) {
        const CharClass c = classAt(i);
        if (c == CharClass::Digit) {
            if (count == MaxDigits)
                return false;
            digits[count++] = static_cast<char>(text[i]);
        } else if (c != CharClass::Separator) {
            return false;
        }
    }
    if (count < 3) // IsViablePhoneNumber() and the TOO_SHORT errors: libphonenumber decides
        return false;

    const PhoneNumberPlan &home = *m_home;
    CountryCodeExtraction extraction;
    switch (maybeExtractCountryCode(digits, count, hasPlus, &extraction)) {
    case Outcome::Parsed:
        break;
    case Outcome::ParseError:
        *result = Result();
        result->source = Source::FastPath;
        return true;
    case Outcome::Fallback:
        return false;
    }
    const char *national = extraction.national;
    int nationalLength = extraction.nationalLength;
    int callingCode = extraction.callingCode;

    // The metadata for the rest of ParseHelper(): the default region's when no calling code was
    // found, otherwise the main region of the calling code (the default region if it is that).
    const CallingCodePlans *plans = m_homePlans;
    const PhoneNumberPlan *parsing = &home;
    if (callingCode == 0) {
        callingCode = home.countryCode();
    } else {
        plans = plansFor(callingCode);
        if (!plans->isFast)
            return false;
        parsing = plans->main()->id() == home.id() ? &home : plans->main();
    }
    if (nationalLength < MinLengthForNsn) { // TOO_SHORT_NSN
        *result = Result();
        result->source = Source::FastPath;
        return true;
    }
    // MaybeStripNationalPrefixAndCarrierCode(), kept only if the rest has a possible length.
    const int prefix = parsing->nationalPrefixLength(national, nationalLength);
    if (prefix > 0) {
        const PhoneNumberPlan::LengthCheck check = parsing->testLength(nationalLength - prefix);
        if (check != PhoneNumberPlan::LengthCheck::TooShort
            && check != PhoneNumberPlan::LengthCheck::IsPossibleLocalOnly
            && check != PhoneNumberPlan::LengthCheck::InvalidLength) {
            national += prefix;
            nationalLength -= prefix;
        }
    }
    if (nationalLength < MinLengthForNsn || nationalLength > MaxLengthForNsn) {
        *result = Result(); // TOO_SHORT_NSN / TOO_LONG_NSN
        result->source = Source::FastPath;
        return true;
    }
    // The national significant number is exactly these digits: SetItalianLeadingZeros() and
    // GetNationalSignificantNumber() give back every leading zero.

    const PhoneNumberPlan *region = plans->regionFor(national, nationalLength);
    result->type = region ? region->numberType(national, nationalLength) : NumberType::Unknown;
    result->isValid = result->type != NumberType::Unknown;
    result->source = Source::FastPath;

    char code[4];
    int codeLength = 0;
    for (int value = callingCode; value > 0; value /= 10)
        code[codeLength++] = static_cast<char>('0' + value % 10);
    result->e164 = QString(1 + codeLength + nationalLength, Qt::Uninitialized);
    QChar *out = result->e164.data();
    *out++ = u'+';
    while (codeLength > 0)
        *out++ = QLatin1Char(code[--codeLength]);
    for (int i = 0; i < nationalLength; ++i)
        *out++ = QLatin1Char(national[i]);
    return true;
}

PhoneNormalizer::Result PhoneNormalizer::Data::reference(QStringView raw) const
{
    Result result;
    result.source = Source::Libphonenumber;
    const QByteArray utf8 = raw.toUtf8();
    lpn::PhoneNumber number;
    if (m_util->Parse(std::string(utf8.constData(), static_cast<size_t>(utf8.size())), m_regionCode,
                      &number)
        != lpn::PhoneNumberUtil::NO_PARSING_ERROR)
        return result;
    std::string e164;
    m_util->Format(number, lpn::PhoneNumberUtil::E164, &e164);
    result.e164 = QString::fromUtf8(e164.data(), static_cast<qsizetype>(e164.size()));
    result.isValid = m_util->IsValidNumber(number);
    result.type = static_cast<NumberType>(m_util->GetNumberType(number));
    return result;
}

PhoneNormalizer::PhoneNormalizer(QStringView defaultRegion)
    : m_d(std::make_shared<const Data>(defaultRegion))
{ }

QString PhoneNormalizer::defaultRegion() const
{
    return m_d->m_region;
}

bool PhoneNormalizer::hasFastPath() const
{
    return m_d->m_home != nullptr;
}

PhoneNormalizer::Result PhoneNormalizer::normalize(QStringView raw) const
{
    Result result;
    if (m_d->fastNormalize(raw.utf16(), raw.size(), &result))
        return result;
    return m_d->reference(raw);
}

PhoneNormalizer::Result PhoneNormalizer::normalize(QLatin1String raw) const
{
    Result result;
    if (m_d->fastNormalize(reinterpret_cast<const uchar *>(raw.data()), raw.size(), &result))
        return result;
    return m_d->reference(QString(raw));
}

PhoneNormalizer::Result PhoneNormalizer::normalizeReference(QStringView raw) const
{
    return m_d->reference(raw);
}

PhoneNormalizer::Rejection PhoneNormalizer::Result::rejection() const
{
    if (!isValid)
        return Rejection::InvalidNumber;
    if (canReceiveSms())
        return Rejection::None;
    return type == NumberType::FixedLine ? Rejection::FixedLine : Rejection::NotMobile;
}

QString PhoneNormalizer::Result::rejectionText() const
{
    return PhoneNormalizer::rejectionText(rejection(), type);
}

QString PhoneNormalizer::rejectionText(Rejection rejection, NumberType type)
{
    switch (rejection) {
    case Rejection::None:
        return {};
    case Rejection::InvalidNumber:
        return tr("Invalid phone number");
    case Rejection::FixedLine:
        return tr("Fixed line: cannot receive SMS");
    case Rejection::NotMobile:
        return tr("Not a mobile number (%1): cannot receive SMS").arg(typeName(type));
    }
    return {};
}

QString PhoneNormalizer::typeName(NumberType type)
{
    switch (type) {
    case NumberType::FixedLine:
        return tr("fixed line");
    case NumberType::Mobile:
        return tr("mobile");
    case NumberType::FixedLineOrMobile:
        return tr("fixed line or mobile");
    case NumberType::TollFree:
        return tr("toll-free");
    case NumberType::PremiumRate:
        return tr("premium rate");
    case NumberType::SharedCost:
        return tr("shared cost");
    case NumberType::Voip:
        return tr("VoIP");
    case NumberType::PersonalNumber:
        return tr("personal number");
    case NumberType::Pager:
        return tr("pager");
    case NumberType::Uan:
        return tr("universal access number");
    case NumberType::Voicemail:
        return tr("voicemail");
    case NumberType::Unknown:
        break;
    }
    return tr("unknown type");
}
