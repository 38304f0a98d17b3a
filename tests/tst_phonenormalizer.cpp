// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience/phonenormalizer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <thread>
#include <vector>

using Type = PhoneNormalizer::NumberType;
using Source = PhoneNormalizer::Source;
using Rejection = PhoneNormalizer::Rejection;

Q_DECLARE_METATYPE(PhoneNormalizer::NumberType)
Q_DECLARE_METATYPE(PhoneNormalizer::Source)
Q_DECLARE_METATYPE(PhoneNormalizer::Rejection)

// Readable failure messages for QCOMPARE.
static const char *const typeNames[] = {"FIXED_LINE", "MOBILE",          "FIXED_LINE_OR_MOBILE",
                                        "TOLL_FREE",  "PREMIUM_RATE",    "SHARED_COST",
                                        "VOIP",       "PERSONAL_NUMBER", "PAGER",
                                        "UAN",        "VOICEMAIL",       "UNKNOWN"};
char *toString(PhoneNormalizer::NumberType type)
{
    return qstrdup(typeNames[static_cast<int>(type)]);
}
char *toString(PhoneNormalizer::Source source)
{
    return qstrdup(source == Source::FastPath ? "FastPath" : "Libphonenumber");
}
char *toString(PhoneNormalizer::Rejection rejection)
{
    static const char *const names[] = {"None", "InvalidNumber", "FixedLine", "NotMobile"};
    return qstrdup(names[static_cast<int>(rejection)]);
}

namespace {

QString describe(const QString &raw, const PhoneNormalizer::Result &fast,
                 const PhoneNormalizer::Result &reference)
{
    return QStringLiteral("\"%1\": normalize() gave %2/%3/%4 (%5), libphonenumber %6/%7/%8")
        .arg(raw, fast.e164, QString::fromLatin1(typeNames[static_cast<int>(fast.type)]),
             fast.isValid ? QStringLiteral("valid") : QStringLiteral("invalid"),
             fast.source == Source::FastPath ? QStringLiteral("fast path")
                                             : QStringLiteral("fallback"),
             reference.e164, QString::fromLatin1(typeNames[static_cast<int>(reference.type)]),
             reference.isValid ? QStringLiteral("valid") : QStringLiteral("invalid"));
}

bool sameClassification(const PhoneNormalizer::Result &a, const PhoneNormalizer::Result &b)
{
    return a.e164 == b.e164 && a.type == b.type && a.isValid == b.isValid;
}

// Calling codes to draw foreign numbers from: neighbours, overseas France, the NANP, Russia and
// Kazakhstan (one code, several regions), non-geographical entities, and some whose national
// prefix is a regex (AR 54, BR 55, AU 61, MX 52) so that the fallback is exercised too.
const int foreignCallingCodes[] = {1,   7,   20,  27,  30,  31,  32,  34,  36,  39,  40,  41,  43,
                                   44,  45,  46,  47,  48,  49,  52,  54,  55,  61,  81,  86,  90,
                                   212, 213, 216, 221, 225, 230, 262, 269, 290, 352, 377, 508, 590,
                                   594, 596, 681, 687, 689, 800, 808, 870, 881, 882, 883, 888, 979};

// Random phone-number-like strings in the shapes brokers use, over the whole numbering space of
// the default calling code and beyond: the agreement must hold on all of them, valid or not.
class NumberGenerator
{
public:
    NumberGenerator(quint32 seed, QString homeCallingCode)
        : m_rng(seed)
        , m_home(std::move(homeCallingCode))
    { }

    QString next()
    {
        QString callingCode = m_home;
        QString nsn;
        const int kind = bounded(100);
        if (kind < 50) { // a 9-digit national significant number, any first digit
            nsn = digits(9);
        } else if (kind < 62) { // realistic mobiles
            nsn = QString(QChar(bounded(2) ? u'6' : u'7')) + digits(8);
        } else if (kind < 77) { // any length
            nsn = digits(2 + bounded(12));
        } else { // another calling code, sometimes one that does not exist
            callingCode = bounded(4) == 0
                ? QString::number(1 + bounded(999))
                : QString::number(foreignCallingCodes[bounded(std::size(foreignCallingCodes))]);
            nsn = digits(3 + bounded(12));
        }

        QString text;
        switch (bounded(10)) {
        case 0:
        case 1:
            text = QLatin1Char('0') + nsn;
            break;
        case 2:
            text = QLatin1Char('+') + callingCode + nsn;
            break;
        case 3:
            text = QLatin1String("00") + callingCode + nsn;
            break;
        case 4:
            text = callingCode + nsn;
            break;
        case 5:
            text = QLatin1Char('+') + callingCode + QLatin1String("(0)") + nsn;
            break;
        case 6:
            text = nsn;
            break;
        case 7:
            text = QLatin1Char('+') + callingCode + QLatin1Char('0') + nsn;
            break;
        default: { // odd prefixes: doubled national prefixes, IDD followed by 0, '+0'...
            static const char *const prefixes[] = {
                "0",  "00",  "000",  "0000", "3", "33",  "330", "3300", "0033", "00330",
                "+0", "+00", "+330", "+3",   "+", "011", "1",   "00 0", "+ "};
            text = QLatin1String(prefixes[bounded(std::size(prefixes))]) + callingCode + nsn;
            break;
        }
        }
        text = separate(text);
        if (bounded(10) == 0)
            text.prepend(pick({u" ", u"  ", u"\t", u"\u00A0", u"(", u"-"}));
        if (bounded(10) == 0)
            text.append(pick({u" ", u"  ", u"\t", u"\r", u".", u")", u"+", u"\u00A0"}));
        if (bounded(50) == 0) // outside the fast path's alphabet: must reach libphonenumber
            text.insert(bounded(static_cast<int>(text.size()) + 1),
                        pick({u"a", u"x", u"#", u",", u";", u"++", u"\t", u"*", u"ext", u"~",
                              u"\u00E9", u"\u0663", u"\uFF16"}));
        if (bounded(200) == 0) // placeholders found in place of a number
            text = pick({u"", u" ", u"n/a", u"NULL", u"-", u"+", u"()", u"inconnu", u"t\u00E9l",
                         u"\u0662", u"x"});
        return text;
    }

private:
    int bounded(int limit) { return static_cast<int>(m_rng.bounded(static_cast<quint32>(limit))); }
    int bounded(size_t limit) { return bounded(static_cast<int>(limit)); }

    QString digits(int count)
    {
        QString result(count, Qt::Uninitialized);
        for (QChar &c : result)
            c = QChar(static_cast<char16_t>(u'0' + bounded(10)));
        return result;
    }

    QString pick(std::initializer_list<const char16_t *> choices)
    {
        return QString::fromUtf16(choices.begin()[bounded(choices.size())]);
    }

    // Groupings seen in broker files: pairs, triples, one separator everywhere, or anywhere.
    QString separate(const QString &text)
    {
        const int style = bounded(8);
        if (style == 0)
            return text;
        const QString separator = pick({u" ", u" ", u".", u"-", u"/", u"\u00A0", u"  ", u" - "});
        QString result;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const qsizetype fromEnd = text.size() - i;
            bool cut = false;
            if (i > 0) {
                if (style <= 3)
                    cut = fromEnd % 2 == 0;
                else if (style == 4)
                    cut = fromEnd % 3 == 0;
                else
                    cut = bounded(4) == 0;
            }
            if (cut)
                result += style >= 6 ? pick({u" ", u".", u"-", u"(", u")", u"/"}) : separator;
            result += text.at(i);
        }
        return result;
    }

    QRandomGenerator m_rng;
    QString m_home;
};

// Runs normalize() and normalizeReference() over generated numbers in several threads sharing
// one normaliser, so concurrent use (and concurrent first use of a calling code) is covered too.
struct AgreementRun
{
    qint64 checked = 0;
    qint64 fastPath = 0;
    qint64 valid = 0;
    QStringList mismatches;
    QSet<int> fastTypes;
};

AgreementRun runAgreement(const PhoneNormalizer &normalizer, const QString &homeCallingCode,
                          qint64 count, int threads, quint32 seed)
{
    std::vector<AgreementRun> runs(static_cast<size_t>(threads));
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            AgreementRun &run = runs[static_cast<size_t>(t)];
            NumberGenerator generator(seed + static_cast<quint32>(t), homeCallingCode);
            for (qint64 i = t; i < count; i += threads) {
                const QString raw = generator.next();
                const PhoneNormalizer::Result fast = normalizer.normalize(raw);
                const PhoneNormalizer::Result reference = normalizer.normalizeReference(raw);
                const bool isLatin1 = std::all_of(raw.cbegin(), raw.cend(),
                                                  [](QChar c) { return c.unicode() <= 0xFF; });
                const PhoneNormalizer::Result latin1 =
                    isLatin1 ? normalizer.normalize(QLatin1String(raw.toLatin1())) : fast;
                ++run.checked;
                if (fast.source == Source::FastPath) {
                    ++run.fastPath;
                    run.fastTypes.insert(static_cast<int>(fast.type));
                }
                run.valid += fast.isValid;
                if ((!sameClassification(fast, reference) || !sameClassification(latin1, fast)
                     || latin1.source != fast.source)
                    && run.mismatches.size() < 20)
                    run.mismatches.append(describe(raw, fast, reference));
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    AgreementRun total;
    for (const AgreementRun &run : runs) {
        total.checked += run.checked;
        total.fastPath += run.fastPath;
        total.valid += run.valid;
        total.mismatches += run.mismatches;
        total.fastTypes += run.fastTypes;
    }
    return total;
}

} // namespace

class tst_PhoneNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void brokerFormats_data();
    void brokerFormats();
    void rejections_data();
    void rejections();
    void latin1MatchesUtf16();
    void regionCodeIsCaseInsensitive();
    void unknownRegionUsesLibphonenumber();
    void everyFrenchPrefix();
    void randomNumbersAgree();
    void otherDefaultRegions_data();
    void otherDefaultRegions();

private:
    PhoneNormalizer m_normalizer;
};

void tst_PhoneNormalizer::initTestCase()
{
    QVERIFY(m_normalizer.hasFastPath());
    QCOMPARE(m_normalizer.defaultRegion(), QStringLiteral("FR"));
}

void tst_PhoneNormalizer::brokerFormats_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("e164"); // empty: libphonenumber cannot parse it
    QTest::addColumn<Type>("type");
    QTest::addColumn<Source>("source"); // where the answer must come from

    const QString mobile = QStringLiteral("+33612345678");
    auto row = [](const char *name, const QString &raw, const QString &e164, Type type,
                  Source source = Source::FastPath) {
        QTest::newRow(name) << raw << e164 << type << source;
    };
    // French mobiles in the shapes of the issue.
    row("spaces", QStringLiteral("06 12 34 56 78"), mobile, Type::Mobile);
    row("compact", QStringLiteral("0612345678"), mobile, Type::Mobile);
    row("plus", QStringLiteral("+33612345678"), mobile, Type::Mobile);
    row("plus spaced", QStringLiteral("+33 6 12 34 56 78"), mobile, Type::Mobile);
    row("00 spaced", QStringLiteral("0033 6 12 34 56 78"), mobile, Type::Mobile);
    row("00 compact", QStringLiteral("0033612345678"), mobile, Type::Mobile);
    row("country code without plus", QStringLiteral("33612345678"), mobile, Type::Mobile);
    row("country code without plus spaced", QStringLiteral("33 6 12 34 56 78"), mobile,
        Type::Mobile);
    row("dots", QStringLiteral("06.12.34.56.78"), mobile, Type::Mobile);
    row("dashes", QStringLiteral("06-12-34-56-78"), mobile, Type::Mobile);
    row("slashes", QStringLiteral("06/12/34/56/78"), mobile, Type::Mobile);
    row("stray spaces", QStringLiteral("  06 12  34 56 78 "), mobile, Type::Mobile);
    row("tab and CR at the ends", QStringLiteral("\t0612345678\r"), mobile, Type::Mobile);
    row("no-break spaces", QStringLiteral("06\u00A012\u00A034\u00A056\u00A078"), mobile,
        Type::Mobile);
    row("digit by digit", QStringLiteral("0 6 1 2 3 4 5 6 7 8"), mobile, Type::Mobile);
    row("+33 (0)", QStringLiteral("+33 (0)6 12 34 56 78"), mobile, Type::Mobile);
    row("+33 0", QStringLiteral("+33 06 12 34 56 78"), mobile, Type::Mobile);
    row("00 33 (0)", QStringLiteral("00 33 (0)6 12 34 56 78"), mobile, Type::Mobile);
    row("parenthesised prefix", QStringLiteral("(06) 12 34 56 78"), mobile, Type::Mobile);
    row("trailing plus", QStringLiteral("+33612345678+"), mobile, Type::Mobile);
    // libphonenumber strips "33" then the national prefix twice (MaybeExtractCountryCode, then
    // ParseHelper): a national number written after the country code still parses.
    row("33 then national", QStringLiteral("330612345678"), mobile, Type::Mobile);
    row("33 then 00 national", QStringLiteral("3300612345678"), mobile, Type::Mobile);
    row("07", QStringLiteral("07 81 23 45 67"), QStringLiteral("+33781234567"), Type::Mobile);
    row("0700", QStringLiteral("07 00 12 34 56"), QStringLiteral("+33700123456"), Type::Mobile);
    // Fixed lines, VoIP and special numbers.
    row("01", QStringLiteral("01 42 68 53 00"), QStringLiteral("+33142685300"), Type::FixedLine);
    row("02", QStringLiteral("02 12 34 56 78"), QStringLiteral("+33212345678"), Type::FixedLine);
    row("03", QStringLiteral("03.12.34.56.78"), QStringLiteral("+33312345678"), Type::FixedLine);
    row("04", QStringLiteral("04-12-34-56-78"), QStringLiteral("+33412345678"), Type::FixedLine);
    row("05", QStringLiteral("+33 5 12 34 56 78"), QStringLiteral("+33512345678"), Type::FixedLine);
    row("09 box line", QStringLiteral("09 12 34 56 78"), QStringLiteral("+33912345678"),
        Type::Voip);
    row("0800 toll free", QStringLiteral("08 00 12 34 56"), QStringLiteral("+33800123456"),
        Type::TollFree);
    row("0891 premium", QStringLiteral("08 91 12 34 56"), QStringLiteral("+33891123456"),
        Type::PremiumRate);
    row("0884 shared cost", QStringLiteral("08 84 01 23 45"), QStringLiteral("+33884012345"),
        Type::SharedCost);
    row("0806 UAN", QStringLiteral("08 06 12 34 56"), QStringLiteral("+33806123456"), Type::Uan);
    // Short codes, wrong lengths, text: parsed but invalid, or not parsed at all.
    row("short code 3615", QStringLiteral("3615"), QStringLiteral("+333615"), Type::Unknown);
    row("emergency 112", QStringLiteral("112"), QStringLiteral("+33112"), Type::Unknown);
    row("two digits", QStringLiteral("15"), QStringLiteral("+3315"), Type::Unknown,
        Source::Libphonenumber);
    row("too short", QStringLiteral("06 12 34 56"), QStringLiteral("+3306123456"), Type::Unknown);
    row("too long", QStringLiteral("06 12 34 56 78 9"), QStringLiteral("+336123456789"),
        Type::Unknown);
    row("far too long", QStringLiteral("06 12 34 56 78 90 12 34 56 78"), QString(), Type::Unknown);
    row("letters", QStringLiteral("06 AB CD EF GH"), QString(), Type::Unknown,
        Source::Libphonenumber);
    row("tel: label", QStringLiteral("tel: 06 12 34 56 78"), mobile, Type::Mobile,
        Source::Libphonenumber);
    row("extension", QStringLiteral("0612345678 ext 12"), mobile, Type::Mobile,
        Source::Libphonenumber);
    row("hash", QStringLiteral("0612345678#"), QString(), Type::Unknown, Source::Libphonenumber);
    row("empty", QString(), QString(), Type::Unknown);
    row("blank", QStringLiteral("   "), QString(), Type::Unknown);
    row("placeholder", QStringLiteral("n/a"), QString(), Type::Unknown);
    row("accented placeholder", QStringLiteral("numéro inconnu"), QString(), Type::Unknown);
    // libphonenumber reads any Unicode decimal digits: only it can answer these.
    row("full-width digits", QStringLiteral("０６ １２ ３４ ５６ ７８"), mobile, Type::Mobile,
        Source::Libphonenumber);
    row("Arabic-Indic digits", QStringLiteral("٠٦١٢٣٤٥٦٧٨"), mobile, Type::Mobile,
        Source::Libphonenumber);
    row("plus only country code", QStringLiteral("+33"), QString(), Type::Unknown,
        Source::Libphonenumber);
    row("unknown country code", QStringLiteral("+999 12345678"), QString(), Type::Unknown);
    row("unknown country code after 00", QStringLiteral("00 999 12345678"), QString(),
        Type::Unknown);
    // Parse() retries without the '+': an IDD or the default calling code behind it still counts.
    row("+00", QStringLiteral("+0033612345678"), mobile, Type::Mobile);
    row("+0 national", QStringLiteral("+0612345678"), QString(), Type::Unknown);
    row("++", QStringLiteral("++33612345678"), mobile, Type::Mobile, Source::Libphonenumber);
    row("IDD then 0", QStringLiteral("00 0 33 612345678"), QStringLiteral("+330033612345678"),
        Type::Unknown);
    // Unassigned French ranges: 07 1x, and 06 39 98 (the fiction block) is not in the mobile
    // pattern of libphonenumber (0639 is Mayotte's range, see below).
    row("07 1x", QStringLiteral("07 12 34 56 78"), QStringLiteral("+33712345678"), Type::Unknown);
    row("fiction block", QStringLiteral("06 39 98 12 34"), QStringLiteral("+33639981234"),
        Type::Unknown);
    // Other countries.
    row("Belgium", QStringLiteral("+32 470 12 34 56"), QStringLiteral("+32470123456"),
        Type::Mobile);
    row("Belgium with 00", QStringLiteral("0032 470 12 34 56"), QStringLiteral("+32470123456"),
        Type::Mobile);
    row("Switzerland", QStringLiteral("+41 79 123 45 67"), QStringLiteral("+41791234567"),
        Type::Mobile);
    row("United Kingdom", QStringLiteral("+44 7911 123456"), QStringLiteral("+447911123456"),
        Type::Mobile);
    row("United States", QStringLiteral("+1 202 555 0143"), QStringLiteral("+12025550143"),
        Type::FixedLineOrMobile);
    row("American Samoa (NANP region by leading digits)", QStringLiteral("+1 684 733 1234"),
        QStringLiteral("+16847331234"), Type::Mobile);
    row("international toll free", QStringLiteral("+800 1234 5678"), QStringLiteral("+80012345678"),
        Type::TollFree);
    // Overseas France written internationally.
    row("Réunion mobile", QStringLiteral("+262 692 12 34 56"), QStringLiteral("+262692123456"),
        Type::Mobile);
    row("Réunion fixed", QStringLiteral("+262 262 16 12 34"), QStringLiteral("+262262161234"),
        Type::FixedLine);
    row("Mayotte mobile", QStringLiteral("+262 639 01 23 45"), QStringLiteral("+262639012345"),
        Type::Mobile);
    row("Guadeloupe mobile", QStringLiteral("+590 690 00 12 34"), QStringLiteral("+590690001234"),
        Type::Mobile);
    row("French Guiana mobile", QStringLiteral("+594 694 20 12 34"),
        QStringLiteral("+594694201234"), Type::Mobile);
    row("Martinique mobile", QStringLiteral("+596 696 20 12 34"), QStringLiteral("+596696201234"),
        Type::Mobile);
    row("Comoros mobile", QStringLiteral("+269 321 23 45"), QStringLiteral("+2693212345"),
        Type::Mobile);
    // Overseas France written nationally, with region FR: libphonenumber does not move them to
    // their own calling code. Mobiles become invalid +33 numbers, fixed lines "valid" +33 ones.
    row("0692 Réunion mobile as FR", QStringLiteral("0692 12 34 56"),
        QStringLiteral("+33692123456"), Type::Unknown);
    row("0693 Réunion mobile as FR", QStringLiteral("0693 12 34 56"),
        QStringLiteral("+33693123456"), Type::Unknown);
    row("0694 Guiana mobile as FR", QStringLiteral("0694 20 12 34"), QStringLiteral("+33694201234"),
        Type::Unknown);
    row("0590 Guadeloupe fixed as FR", QStringLiteral("0590 27 12 34"),
        QStringLiteral("+33590271234"), Type::FixedLine);
}

void tst_PhoneNormalizer::brokerFormats()
{
    QFETCH(QString, raw);
    QFETCH(QString, e164);
    QFETCH(Type, type);
    QFETCH(Source, source);

    const PhoneNormalizer::Result reference = m_normalizer.normalizeReference(raw);
    QCOMPARE(reference.e164, e164);
    QCOMPARE(reference.type, type);
    QCOMPARE(reference.isValid, type != Type::Unknown);

    const PhoneNormalizer::Result result = m_normalizer.normalize(raw);
    QCOMPARE(result.source, source);
    QCOMPARE(result.e164, e164);
    QCOMPARE(result.type, type);
    QCOMPARE(result.isValid, reference.isValid);
}

void tst_PhoneNormalizer::rejections_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("canReceiveSms");
    QTest::addColumn<Rejection>("rejection");

    QTest::newRow("mobile") << QStringLiteral("06 12 34 56 78") << true << Rejection::None;
    QTest::newRow("NANP fixed or mobile")
        << QStringLiteral("+1 202 555 0143") << true << Rejection::None;
    QTest::newRow("fixed line") << QStringLiteral("01 42 68 53 00") << false
                                << Rejection::FixedLine;
    QTest::newRow("VoIP") << QStringLiteral("09 12 34 56 78") << false << Rejection::NotMobile;
    QTest::newRow("toll free") << QStringLiteral("0800 12 34 56") << false << Rejection::NotMobile;
    QTest::newRow("invalid") << QStringLiteral("07 12 34 56 78") << false
                             << Rejection::InvalidNumber;
    QTest::newRow("unparseable") << QStringLiteral("n/a") << false << Rejection::InvalidNumber;
}

void tst_PhoneNormalizer::rejections()
{
    QFETCH(QString, raw);
    QFETCH(bool, canReceiveSms);
    QFETCH(Rejection, rejection);

    const PhoneNormalizer::Result result = m_normalizer.normalize(raw);
    QCOMPARE(result.canReceiveSms(), canReceiveSms);
    QCOMPARE(result.rejection(), rejection);
    QCOMPARE(result.rejectionText().isEmpty(), rejection == Rejection::None);
    if (rejection == Rejection::NotMobile)
        QVERIFY2(result.rejectionText().contains(PhoneNormalizer::typeName(result.type)),
                 qPrintable(result.rejectionText()));
}

void tst_PhoneNormalizer::latin1MatchesUtf16()
{
    const char *const samples[] = {"06 12 34 56 78",
                                   "+33\xA0"
                                   "6\xA0"
                                   "12\xA0"
                                   "34\xA0"
                                   "56\xA0"
                                   "78",
                                   "0033 1 42 68 53 00",
                                   "t\xE9l : 06 12 34 56 78",
                                   "09-12-34-56-78",
                                   "\t+41 79 123 45 67\r"};
    for (const char *sample : samples) {
        const QLatin1String latin1(sample);
        const PhoneNormalizer::Result fromLatin1 = m_normalizer.normalize(latin1);
        const PhoneNormalizer::Result fromUtf16 = m_normalizer.normalize(QString(latin1));
        QVERIFY2(sameClassification(fromLatin1, fromUtf16), sample);
        QCOMPARE(fromLatin1.source, fromUtf16.source);
        QVERIFY2(!fromLatin1.e164.isEmpty(), sample);
    }
}

void tst_PhoneNormalizer::regionCodeIsCaseInsensitive()
{
    const PhoneNormalizer lower(u" fr ");
    QCOMPARE(lower.defaultRegion(), QStringLiteral("FR"));
    QVERIFY(lower.hasFastPath());
    QCOMPARE(lower.normalize(u"06 12 34 56 78").e164, QStringLiteral("+33612345678"));
}

void tst_PhoneNormalizer::unknownRegionUsesLibphonenumber()
{
    const PhoneNormalizer unknown(u"ZZ");
    QVERIFY(!unknown.hasFastPath());
    const PhoneNormalizer::Result international = unknown.normalize(u"+33 6 12 34 56 78");
    QCOMPARE(international.source, Source::Libphonenumber);
    QCOMPARE(international.e164, QStringLiteral("+33612345678"));
    QCOMPARE(international.type, Type::Mobile);
    // Without a country code, libphonenumber needs a region.
    QCOMPARE(unknown.normalize(u"06 12 34 56 78").e164, QString());
}

// Every 4-digit start of a 9-digit French national significant number, with random ends, written
// nationally and internationally: covers every branch of the French patterns.
void tst_PhoneNormalizer::everyFrenchPrefix()
{
    QRandomGenerator rng(20240607);
    int checked = 0;
    int valid = 0;
    QStringList mismatches;
    QStringList notFast;
    for (int prefix = 0; prefix < 10000; ++prefix) {
        for (int sample = 0; sample < 3; ++sample) {
            const QString nsn = QStringLiteral("%1%2")
                                    .arg(prefix, 4, 10, QLatin1Char('0'))
                                    .arg(rng.bounded(100000), 5, 10, QLatin1Char('0'));
            const QString forms[] = {QLatin1Char('0') + nsn, QLatin1String("+33") + nsn,
                                     QLatin1String("33") + nsn};
            for (const QString &raw : forms) {
                const PhoneNormalizer::Result fast = m_normalizer.normalize(raw);
                const PhoneNormalizer::Result reference = m_normalizer.normalizeReference(raw);
                ++checked;
                valid += reference.isValid;
                if (!sameClassification(fast, reference) && mismatches.size() < 20)
                    mismatches.append(describe(raw, fast, reference));
                // "00..." national forms dial abroad, where some countries' national prefix
                // rules are regexes left to libphonenumber; everything French must be fast.
                const bool french =
                    reference.e164.startsWith(QLatin1String("+33")) || reference.e164.isEmpty();
                if (french && fast.source != Source::FastPath && notFast.size() < 20)
                    notFast.append(raw);
            }
        }
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    QVERIFY2(notFast.isEmpty(), qPrintable(notFast.join(QLatin1Char('\n'))));
    QCOMPARE(checked, 90000);
    QVERIFY(valid > checked / 3); // most of the space is assigned: the test is not vacuous
}

void tst_PhoneNormalizer::randomNumbersAgree()
{
    const qint64 count = 1000000;
    QElapsedTimer timer;
    timer.start();
    const PhoneNormalizer normalizer; // fresh: calling codes get compiled under concurrent use
    const AgreementRun run = runAgreement(normalizer, QStringLiteral("33"), count, 2, 4242);
    qInfo("%lld numbers in %lld ms: %.1f%% on the fast path, %.1f%% valid", run.checked,
          timer.elapsed(), 100.0 * double(run.fastPath) / double(run.checked),
          100.0 * double(run.valid) / double(run.checked));
    QVERIFY2(run.mismatches.isEmpty(), qPrintable(run.mismatches.join(QLatin1Char('\n'))));
    QCOMPARE(run.checked, count);
    // The agreement must come from the fast path, not from everything falling back.
    QVERIFY(run.fastPath > count * 85 / 100);
    QVERIFY(run.valid > count / 4);
    for (Type type : {Type::FixedLine, Type::Mobile, Type::FixedLineOrMobile, Type::TollFree,
                      Type::PremiumRate, Type::SharedCost, Type::Voip, Type::Uan, Type::Unknown})
        QVERIFY2(run.fastTypes.contains(static_cast<int>(type)), toString(type));
}

void tst_PhoneNormalizer::otherDefaultRegions_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("callingCode");
    QTest::addColumn<bool>("fastPath");

    // Overseas France (shared calling codes, leading digits), literal "011" IDD and national
    // prefix "1" (US), several regions per code (GB, RU), no national prefix (IT), and regions
    // whose national prefix for parsing is a regex, which stay on libphonenumber (AR, AU).
    QTest::newRow("RE") << QStringLiteral("RE") << QStringLiteral("262") << true;
    QTest::newRow("YT") << QStringLiteral("YT") << QStringLiteral("262") << true;
    QTest::newRow("GP") << QStringLiteral("GP") << QStringLiteral("590") << true;
    QTest::newRow("MF") << QStringLiteral("MF") << QStringLiteral("590") << true;
    QTest::newRow("US") << QStringLiteral("US") << QStringLiteral("1") << true;
    QTest::newRow("GB") << QStringLiteral("GB") << QStringLiteral("44") << true;
    QTest::newRow("BE") << QStringLiteral("BE") << QStringLiteral("32") << true;
    QTest::newRow("CH") << QStringLiteral("CH") << QStringLiteral("41") << true;
    QTest::newRow("DE") << QStringLiteral("DE") << QStringLiteral("49") << true;
    QTest::newRow("IT") << QStringLiteral("IT") << QStringLiteral("39") << true;
    QTest::newRow("RU") << QStringLiteral("RU") << QStringLiteral("7") << true;
    QTest::newRow("KZ") << QStringLiteral("KZ") << QStringLiteral("7") << true;
    QTest::newRow("AR") << QStringLiteral("AR") << QStringLiteral("54") << false;
    QTest::newRow("AU") << QStringLiteral("AU") << QStringLiteral("61") << false;
}

void tst_PhoneNormalizer::otherDefaultRegions()
{
    QFETCH(QString, region);
    QFETCH(QString, callingCode);
    QFETCH(bool, fastPath);

    const PhoneNormalizer normalizer(region);
    QCOMPARE(normalizer.hasFastPath(), fastPath);
    const AgreementRun run =
        runAgreement(normalizer, callingCode, 4000, 2, static_cast<quint32>(qHash(region)));
    QVERIFY2(run.mismatches.isEmpty(), qPrintable(run.mismatches.join(QLatin1Char('\n'))));
    if (fastPath)
        QVERIFY(run.fastPath > run.checked / 2);
    else
        QCOMPARE(run.fastPath, 0);
}

QTEST_GUILESS_MAIN(tst_PhoneNormalizer)
#include "tst_phonenormalizer.moc"
