// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <memory>

// Turns the phone numbers of broker files into E.164 and classifies them exactly as libphonenumber
// does (Parse() with a default region, then IsValidNumber() and GetNumberType()), ~100x faster:
// the common written shapes are answered by automata compiled from libphonenumber's own metadata,
// everything else by libphonenumber itself. Copies share their data; usable from several threads.
class PhoneNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNormalizer)
public:
    // i18n::phonenumbers::PhoneNumberUtil::PhoneNumberType, same order and values.
    enum class NumberType {
        FixedLine,
        Mobile,
        FixedLineOrMobile, // libphonenumber cannot tell (e.g. the whole NANP)
        TollFree,
        PremiumRate,
        SharedCost,
        Voip,
        PersonalNumber,
        Pager,
        Uan,
        Voicemail,
        Unknown
    };
    // Why a number cannot be sent an SMS.
    enum class Rejection {
        None,
        InvalidNumber, // unparseable, or not a valid number for libphonenumber
        FixedLine, // a valid fixed line
        NotMobile // valid, but of another type that does not take SMS (VoIP, toll-free...)
    };
    // Which path answered, for statistics.
    enum class Source { FastPath, Libphonenumber };

    struct Result
    {
        QString e164; // Format(E164) of the parsed number, valid or not; empty if Parse() failed
        NumberType type = NumberType::Unknown; // GetNumberType()
        bool isValid = false; // IsValidNumber()
        Source source = Source::Libphonenumber;

        // Only MOBILE and FIXED_LINE_OR_MOBILE numbers are sendable: VOIP (French 09 box lines),
        // PERSONAL_NUMBER, PAGER and the like are routed to lines that mostly cannot take SMS.
        bool canReceiveSms() const
        {
            return isValid && (type == NumberType::Mobile || type == NumberType::FixedLineOrMobile);
        }
        Rejection rejection() const;
        QString rejectionText() const; // translated; empty when the number can receive SMS
    };

    // defaultRegion: ISO 3166 code (case-insensitive) used for numbers written without a country
    // code, as libphonenumber's default_region.
    explicit PhoneNormalizer(QStringView defaultRegion = u"FR");

    QString defaultRegion() const;
    // False when the default region is unknown to libphonenumber or its numbering plan cannot be
    // compiled: every number then goes to libphonenumber (same results, slower).
    bool hasFastPath() const;

    Result normalize(QStringView raw) const;
    // Latin-1 text (e.g. a CSV field not yet decoded); same results as normalize(QString(raw)).
    Result normalize(QLatin1String raw) const;
    // Always through libphonenumber: the definition that normalize() must match.
    Result normalizeReference(QStringView raw) const;

    static QString typeName(NumberType type); // translated, lower case ("toll-free")
    static QString rejectionText(Rejection rejection, NumberType type = NumberType::Unknown);

private:
    class Data;
    std::shared_ptr<const Data> m_d;
};
