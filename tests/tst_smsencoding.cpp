// SPDX-License-Identifier: GPL-3.0-or-later
#include "sms/smsencoding.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QTextBoundaryFinder>

Q_DECLARE_METATYPE(Sms::Rewrite)

namespace Sms {
// Readable failure messages for QCOMPARE.
char *toString(const NonGsmCharacter &entry)
{
    return QTest::toString(QStringLiteral("%1@%2").arg(entry.character).arg(entry.position));
}
char *toString(const Rewrite &rewrite)
{
    return QTest::toString(QStringLiteral("%1@%2+%3->%4")
                               .arg(rewrite.original)
                               .arg(rewrite.position)
                               .arg(rewrite.length)
                               .arg(rewrite.replacement));
}
} // namespace Sms

// The reference tables are written here from 3GPP TS 23.038 as (code, Unicode) pairs, not copied
// from the engine's string, so that a typo in either shows up as a failure.
namespace {

struct GsmCode
{
    int code;
    char32_t unicode;
};

QList<GsmCode> defaultTable()
{
    QList<GsmCode> table = {
        {0x00, 0x0040}, {0x01, 0x00A3}, {0x02, 0x0024}, {0x03, 0x00A5},
        {0x04, 0x00E8}, {0x05, 0x00E9}, {0x06, 0x00F9}, {0x07, 0x00EC},
        {0x08, 0x00F2}, {0x09, 0x00C7}, {0x0A, 0x000A}, {0x0B, 0x00D8},
        {0x0C, 0x00F8}, {0x0D, 0x000D}, {0x0E, 0x00C5}, {0x0F, 0x00E5},
        {0x10, 0x0394}, {0x11, 0x005F}, {0x12, 0x03A6}, {0x13, 0x0393},
        {0x14, 0x039B}, {0x15, 0x03A9}, {0x16, 0x03A0}, {0x17, 0x03A8},
        {0x18, 0x03A3}, {0x19, 0x0398}, {0x1A, 0x039E}, /* 0x1B is ESC */ {0x1C, 0x00C6},
        {0x1D, 0x00E6}, {0x1E, 0x00DF}, {0x1F, 0x00C9},
    };
    // From 0x20 on the table is ASCII except at these codes.
    const QHash<int, char32_t> exceptions = {
        {0x24, 0x00A4}, {0x40, 0x00A1}, {0x5B, 0x00C4}, {0x5C, 0x00D6}, {0x5D, 0x00D1},
        {0x5E, 0x00DC}, {0x5F, 0x00A7}, {0x60, 0x00BF}, {0x7B, 0x00E4}, {0x7C, 0x00F6},
        {0x7D, 0x00F1}, {0x7E, 0x00FC}, {0x7F, 0x00E0},
    };
    for (int code = 0x20; code < 0x80; ++code)
        table.append({code, exceptions.value(code, char32_t(code))});
    return table;
}

QList<GsmCode> extensionTable()
{
    return {{0x0A, 0x000C}, {0x14, U'^'}, {0x28, U'{'}, {0x29, U'}'}, {0x2F, U'\\'},
            {0x3C, U'['},   {0x3D, U'~'}, {0x3E, U']'}, {0x40, U'|'}, {0x65, 0x20AC}};
}

// Septets per code point according to the reference tables above.
const QHash<char32_t, int> &referenceSeptets()
{
    static const QHash<char32_t, int> septets = [] {
        QHash<char32_t, int> result;
        for (const GsmCode &entry : defaultTable())
            result.insert(entry.unicode, 1);
        for (const GsmCode &entry : extensionTable())
            result.insert(entry.unicode, 2);
        return result;
    }();
    return septets;
}

// Not QString::fromUcs4(), which would drop U+FEFF as a byte order mark.
QString fromCodePoint(char32_t codePoint)
{
    if (QChar::requiresSurrogates(codePoint)) {
        const QChar pair[] = {QChar(QChar::highSurrogate(codePoint)),
                              QChar(QChar::lowSurrogate(codePoint))};
        return QString(pair, 2);
    }
    return QString(QChar(char16_t(codePoint)));
}

QString repeat(const QString &s, int count)
{
    return s.repeated(count);
}

// Units of one part in the given encoding, counted from the reference tables.
int referenceUnits(const QString &text, Sms::Encoding encoding)
{
    if (encoding == Sms::Encoding::Ucs2)
        return int(text.size());
    int units = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (uint codePoint : codePoints)
        units += referenceSeptets().value(codePoint, 0);
    return units;
}

bool cutsSurrogatePair(const QString &text, int position)
{
    return position > 0 && position < text.size() && text.at(position - 1).isHighSurrogate()
        && text.at(position).isLowSurrogate();
}

// Whether a UCS-2 part may start at `position` by the rule of Sms::split(): a grapheme cluster
// boundary of the whole text for QTextBoundaryFinder where UAX #29 forbids none, which Qt's
// tailoring of Indic and other scripts does not always respect: never inside a surrogate pair nor a
// CR LF, never before a mark or another Extend or SpacingMark character, never after ZWJ or a
// Prepend character, regional indicators in pairs from the start of their run.
bool isCut(const QString &text, QTextBoundaryFinder &finder, int position)
{
    if (position >= text.size())
        return true;
    if (cutsSurrogatePair(text, position))
        return false;
    const auto codePointAt = [&text](int at) -> char32_t {
        if (at < 0 || at >= text.size())
            return 0;
        if (text.at(at).isLowSurrogate() && at > 0 && text.at(at - 1).isHighSurrogate())
            return 0; // not the start of a code point
        return QStringView(text).mid(at, 2).toUcs4().value(0);
    };
    const char32_t next = codePointAt(position);
    const char32_t previous = text.at(position - 1).isLowSurrogate() ? codePointAt(position - 2)
                                                                     : codePointAt(position - 1);
    const QChar::Category category = QChar::category(next);
    const QList<char32_t> extenders = {0x0E33, 0x0EB3, 0x200C, 0x200D, 0xFF9E, 0xFF9F};
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing || extenders.contains(next)
        || (next >= 0x1F3FB && next <= 0x1F3FF) || (next >= 0xE0020 && next <= 0xE007F))
        return false;
    const QList<char32_t> joiners = {0x200D,  0x0600,  0x0601,  0x0602,  0x0603,  0x0604,  0x0605,
                                     0x06DD,  0x070F,  0x0890,  0x0891,  0x08E2,  0x0D4E,  0x110BD,
                                     0x110CD, 0x111C2, 0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84,
                                     0x11A85, 0x11A86, 0x11A87, 0x11A88, 0x11A89, 0x11D46, 0x11F02};
    if (joiners.contains(previous) || (previous == u'\r' && next == u'\n'))
        return false;
    const auto isRegionalIndicator = [&codePointAt](int at) {
        const char32_t value = codePointAt(at);
        return value >= 0x1F1E6 && value <= 0x1F1FF;
    };
    if (isRegionalIndicator(position) && isRegionalIndicator(position - 2)) {
        int before = 0;
        while (isRegionalIndicator(position - 2 * (before + 1)))
            ++before;
        return before % 2 == 0;
    }
    finder.setPosition(position);
    return finder.isAtBoundary();
}

// The UCS-2 parts of a multi-part text as AOSP's SmsMessageBase.findNextUnicodePosition cuts them,
// written from its description with one QTextBoundaryFinder over the whole text: 67 units, moved
// back to the previous cut when there is one inside the part, else back one unit when the cut would
// split a surrogate pair.
QList<int> androidPartLengths(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    QList<int> lengths;
    for (int start = 0; start < text.size();) {
        int end = std::min(start + Sms::Ucs2MultiPart, int(text.size()));
        int previous = end;
        while (previous > start && !isCut(text, finder, previous))
            --previous;
        if (previous > start)
            end = previous;
        else if (cutsSurrogatePair(text, end))
            --end;
        lengths.append(end - start);
        start = end;
    }
    return lengths;
}

// The UCS-2 parts when cutting between code points (the rule before grapheme clusters were kept
// whole), to show that the texts exercise the difference.
QList<int> codePointPartLengths(const QString &text)
{
    QList<int> lengths;
    for (int start = 0; start < text.size();) {
        int end = std::min(start + Sms::Ucs2MultiPart, int(text.size()));
        if (cutsSurrogatePair(text, end))
            --end;
        lengths.append(end - start);
        start = end;
    }
    return lengths;
}

QList<int> lengthsOf(const QStringList &parts)
{
    QList<int> lengths;
    for (const QString &part : parts)
        lengths.append(int(part.size()));
    return lengths;
}

// Empty when every cut between UCS-2 parts is allowed by isCut(), or is inside a cluster longer
// than a part (no allowed cut within 67 units before it) without splitting a surrogate pair; else
// what is wrong.
QString checkUcs2Cuts(const QString &text, const QStringList &parts)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int cut = 0;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        const int start = cut;
        cut += int(parts.at(i).size());
        if (cutsSurrogatePair(text, cut))
            return QStringLiteral("cut %1 splits a surrogate pair").arg(cut);
        if (isCut(text, finder, cut))
            continue;
        for (int position = start + 1; position < cut; ++position) {
            if (isCut(text, finder, position))
                return QStringLiteral("cut %1 inside a cluster that starts at %2")
                    .arg(cut)
                    .arg(position);
        }
    }
    return {};
}

} // namespace

class tst_SmsEncoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gsmCharacters_data();
    void gsmCharacters();
    void tableHasNothingElse();
    void nonGsmCharacters_data();
    void nonGsmCharacters();
    void frenchCharacters_data();
    void frenchCharacters();
    void lengths_data();
    void lengths();
    void splitParts_data();
    void splitParts();
    void graphemeCutsAtEveryBmpCharacter();
    void graphemeCutsInTailoredScripts();
    void graphemeCutsBetweenRandomPairs();
    void nonGsmPositions();
    void encodingNames();
    void replacement_data();
    void replacement();
    void everyReplacementIsGsm();
    void rewritesMakeFrenchGsm();
    void rewritesSubset();
    void rewritesDecomposed_data();
    void rewritesDecomposed();
    void invisibleDeletions_data();
    void invisibleDeletions();
    void applyRewrites_data();
    void applyRewrites();
    void senderId_data();
    void senderId();
    void withFooter_data();
    void withFooter();
    void randomTexts();
    void benchmarkAnalyse();
};

void tst_SmsEncoding::gsmCharacters_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<int>("septets");
    for (const GsmCode &entry : defaultTable())
        QTest::addRow("default 0x%02X U+%04X", entry.code, uint(entry.unicode))
            << uint(entry.unicode) << 1;
    for (const GsmCode &entry : extensionTable())
        QTest::addRow("extension 0x%02X U+%04X", entry.code, uint(entry.unicode))
            << uint(entry.unicode) << 2;
}

void tst_SmsEncoding::gsmCharacters()
{
    QFETCH(uint, codePoint);
    QFETCH(int, septets);
    QCOMPARE(Sms::gsmSeptets(codePoint), septets);
    const Sms::Analysis analysis = Sms::analyse(fromCodePoint(codePoint));
    QCOMPARE(analysis.encoding, Sms::Encoding::Gsm7);
    QCOMPARE(analysis.units, septets);
    QCOMPARE(analysis.characters, 1);
    QCOMPARE(analysis.parts, 1);
    QCOMPARE(analysis.perPart, 160);
    QCOMPARE(analysis.remaining, 160 - septets);
    QVERIFY(analysis.nonGsm.isEmpty());
    QVERIFY(Sms::gsmSafeRewrites(fromCodePoint(codePoint)).isEmpty());
}

void tst_SmsEncoding::tableHasNothingElse()
{
    // 127 default characters (128 codes minus ESC) and 10 extension characters, nothing more.
    int one = 0;
    int two = 0;
    for (char32_t codePoint = 0; codePoint <= 0x10FFFF; ++codePoint) {
        const int septets = Sms::gsmSeptets(codePoint);
        if (septets != referenceSeptets().value(codePoint, 0))
            QFAIL(qPrintable(
                QStringLiteral("U+%1: %2 septets").arg(uint(codePoint), 4, 16).arg(septets)));
        one += septets == 1;
        two += septets == 2;
    }
    QCOMPARE(one, 127);
    QCOMPARE(two, 10);
    QCOMPARE(Sms::gsmSeptets(0x110000), 0);
}

void tst_SmsEncoding::nonGsmCharacters_data()
{
    QTest::addColumn<QString>("character");
    QTest::newRow("ESC U+001B") << fromCodePoint(0x1B);
    QTest::newRow("NUL") << fromCodePoint(0x00);
    QTest::newRow("tab") << "\t";
    QTest::newRow("backtick") << "`";
    QTest::newRow("small c cedilla") << "ç";
    QTest::newRow("degree") << "°";
    QTest::newRow("greek small alpha") << "α";
    QTest::newRow("greek capital A (Latin A is GSM, Greek is not)") << "Α";
    QTest::newRow("CJK") << "中";
    QTest::newRow("emoji") << "😀";
    QTest::newRow("musical symbol (non-BMP)") << fromCodePoint(0x1D11E);
    QTest::newRow("lone high surrogate") << QString(QChar(0xD83D));
    QTest::newRow("lone low surrogate") << QString(QChar(0xDE00));
    QTest::newRow("zero width space") << fromCodePoint(0x200B);
    QTest::newRow("BOM") << fromCodePoint(0xFEFF);
}

void tst_SmsEncoding::nonGsmCharacters()
{
    QFETCH(QString, character);
    const Sms::Analysis analysis = Sms::analyse(character);
    QCOMPARE(analysis.encoding, Sms::Encoding::Ucs2);
    QCOMPARE(analysis.units, int(character.size()));
    QCOMPARE(analysis.characters, 1);
    QCOMPARE(analysis.parts, 1);
    QCOMPARE(analysis.perPart, 70);
    QCOMPARE(analysis.remaining, 70 - int(character.size()));
    QCOMPARE(analysis.nonGsm, (QList<Sms::NonGsmCharacter> {{0, character}}));
    const QList<uint> codePoints = character.toUcs4();
    if (codePoints.size() == 1 && !character.at(0).isSurrogate())
        QCOMPARE(Sms::gsmSeptets(codePoints.first()), 0);
}

void tst_SmsEncoding::frenchCharacters_data()
{
    QTest::addColumn<QString>("character");
    QTest::addColumn<int>("septets"); // 0: not GSM
    const QString inGsm = QStringLiteral("àäéèùöüæÄÖÜÉÆÇ");
    for (const QChar c : inGsm)
        QTest::addRow("GSM %s", qPrintable(QString(c))) << QString(c) << 1;
    QTest::newRow("GSM €") << "€" << 2;
    const QString notGsm = QStringLiteral("âêôîïëûÿœçÀÂÊÔÈËÎÏÙÛŸŒ«»’‘“”…–—°•·");
    for (const QChar c : notGsm)
        QTest::addRow("not GSM %s U+%04X", qPrintable(QString(c)), c.unicode()) << QString(c) << 0;
    QTest::newRow("not GSM NBSP") << QString(QChar(0x00A0)) << 0;
    QTest::newRow("not GSM narrow NBSP") << QString(QChar(0x202F)) << 0;
}

void tst_SmsEncoding::frenchCharacters()
{
    QFETCH(QString, character);
    QFETCH(int, septets);
    QCOMPARE(Sms::gsmSeptets(character.at(0).unicode()), septets);
    const Sms::Analysis analysis = Sms::analyse(QStringLiteral("Merci ") + character);
    QCOMPARE(analysis.encoding, septets > 0 ? Sms::Encoding::Gsm7 : Sms::Encoding::Ucs2);
    QCOMPARE(analysis.units, septets > 0 ? 6 + septets : 7);
    QCOMPARE(analysis.nonGsm.size(), septets > 0 ? 0 : 1);
}

void tst_SmsEncoding::lengths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("characters");
    QTest::addColumn<int>("parts");
    QTest::addColumn<int>("perPart");
    QTest::addColumn<int>("remaining");

    const QString a = QStringLiteral("a");
    const QString e = QStringLiteral("ê"); // forces UCS-2, one unit
    const QString euro = QStringLiteral("€");
    const QString smile = QStringLiteral("😀"); // two units

    QTest::newRow("empty") << QString() << "GSM-7" << 0 << 0 << 0 << 160 << 160;
    QTest::newRow("gsm 1") << a << "GSM-7" << 1 << 1 << 1 << 160 << 159;
    QTest::newRow("gsm 160") << repeat(a, 160) << "GSM-7" << 160 << 160 << 1 << 160 << 0;
    QTest::newRow("gsm 161") << repeat(a, 161) << "GSM-7" << 161 << 161 << 2 << 153 << 145;
    QTest::newRow("gsm 306") << repeat(a, 306) << "GSM-7" << 306 << 306 << 2 << 153 << 0;
    QTest::newRow("gsm 307") << repeat(a, 307) << "GSM-7" << 307 << 307 << 3 << 153 << 152;
    QTest::newRow("gsm 153*255") << repeat(a, 153 * 255) << "GSM-7" << 153 * 255 << 153 * 255 << 255
                                 << 153 << 0;

    QTest::newRow("ucs2 1") << e << "UCS-2" << 1 << 1 << 1 << 70 << 69;
    QTest::newRow("ucs2 70") << repeat(e, 70) << "UCS-2" << 70 << 70 << 1 << 70 << 0;
    QTest::newRow("ucs2 71") << repeat(e, 71) << "UCS-2" << 71 << 71 << 2 << 67 << 63;
    QTest::newRow("ucs2 134") << repeat(e, 134) << "UCS-2" << 134 << 134 << 2 << 67 << 0;
    QTest::newRow("ucs2 135") << repeat(e, 135) << "UCS-2" << 135 << 135 << 3 << 67 << 66;
    QTest::newRow("one ç in 160 a")
        << repeat(a, 159) + QStringLiteral("ç") << "UCS-2" << 160 << 160 << 3 << 67 << 41;

    // Extension characters count 2 and never straddle a 153-septet boundary.
    QTest::newRow("80 euros = 160") << repeat(euro, 80) << "GSM-7" << 160 << 80 << 1 << 160 << 0;
    QTest::newRow("81 euros") << repeat(euro, 81) << "GSM-7" << 162 << 81 << 2 << 153 << 143;
    QTest::newRow("152a + euro (single part)")
        << repeat(a, 152) + euro << "GSM-7" << 154 << 153 << 1 << 160 << 6;
    QTest::newRow("159a + euro") << repeat(a, 159) + euro << "GSM-7" << 161 << 160 << 2 << 153
                                 << 145;
    QTest::newRow("152a + euro + 8a")
        << repeat(a, 152) + euro + repeat(a, 8) << "GSM-7" << 162 << 161 << 2 << 153 << 143;
    QTest::newRow("152a + euro + 152a (3 parts, not 2)")
        << repeat(a, 152) + euro + repeat(a, 152) << "GSM-7" << 306 << 305 << 3 << 153 << 152;
    QTest::newRow("153a + { + 153a") << repeat(a, 153) + QStringLiteral("{") + repeat(a, 153)
                                     << "GSM-7" << 308 << 307 << 3 << 153 << 151;

    // Surrogate pairs count 2 units and never straddle a 67-unit boundary.
    QTest::newRow("emoji") << smile << "UCS-2" << 2 << 1 << 1 << 70 << 68;
    QTest::newRow("35 emoji = 70") << repeat(smile, 35) << "UCS-2" << 70 << 35 << 1 << 70 << 0;
    QTest::newRow("68 ê + emoji = 70")
        << repeat(e, 68) + smile << "UCS-2" << 70 << 69 << 1 << 70 << 0;
    QTest::newRow("69 ê + emoji = 71")
        << repeat(e, 69) + smile << "UCS-2" << 71 << 70 << 2 << 67 << 63;
    QTest::newRow("66 ê + emoji at 67 + 10 ê")
        << repeat(e, 66) + smile + repeat(e, 10) << "UCS-2" << 78 << 77 << 2 << 67 << 55;
    QTest::newRow("66 ê + emoji + 66 ê (3 parts, not 2)")
        << repeat(e, 66) + smile + repeat(e, 66) << "UCS-2" << 134 << 133 << 3 << 67 << 66;
    QTest::newRow("flag (two code points)") << "🇫🇷"
                                            << "UCS-2" << 4 << 2 << 1 << 70 << 66;

    // Grapheme clusters of several code points are never cut (Android's and Twilio's rule): one
    // across the 67-unit cut moves whole to the next part, which can take one more part than a
    // cut between code points (shown in the comments).
    const QString flag = QStringLiteral("🇫🇷"); // 2 regional indicators, 4 units
    const QString thumb = QStringLiteral("👍🏽"); // emoji + skin tone, 4 units
    const QString family = QStringLiteral("👨‍👩‍👧"); // 3 emoji + 2 ZWJ, 8 units
    const QString heart = QStringLiteral("❤️"); // U+2764 U+FE0F, 2 units
    const QString acute = QStringLiteral("e\u0301"); // decomposed é, 2 units
    QTest::newRow("66 ê + flag = 70 (single part holds it)")
        << repeat(e, 66) + flag << "UCS-2" << 70 << 68 << 1 << 70 << 0;
    QTest::newRow("67 ê + flag = 71")
        << repeat(e, 67) + flag << "UCS-2" << 71 << 69 << 2 << 67 << 63;
    QTest::newRow("65 ê + flag across 67 + 64 ê (code points: 2 parts)")
        << repeat(e, 65) + flag + repeat(e, 64) << "UCS-2" << 133 << 131 << 3 << 67 << 66;
    QTest::newRow("64 ê + flag across 67 + 65 ê (code points: 2 parts)")
        << repeat(e, 64) + flag + repeat(e, 65) << "UCS-2" << 133 << 131 << 3 << 67 << 65;
    QTest::newRow("63 ê + flag fills 67 + 66 ê")
        << repeat(e, 63) + flag + repeat(e, 66) << "UCS-2" << 133 << 131 << 2 << 67 << 1;
    QTest::newRow("65 ê + skin tone across 67 + 64 ê (code points: 2 parts)")
        << repeat(e, 65) + thumb + repeat(e, 64) << "UCS-2" << 133 << 131 << 3 << 67 << 66;
    QTest::newRow("60 ê + ZWJ family across 67 + 62 ê (code points: 2 parts)")
        << repeat(e, 60) + family + repeat(e, 62) << "UCS-2" << 130 << 127 << 3 << 67 << 64;
    QTest::newRow("66 ê + ❤️ across 67 + 66 ê (code points: 2 parts)")
        << repeat(e, 66) + heart + repeat(e, 66) << "UCS-2" << 134 << 134 << 3 << 67 << 66;
    QTest::newRow("66 ê + e U+0301 across 67 + 66 ê (code points: 2 parts)")
        << repeat(e, 66) + acute + repeat(e, 66) << "UCS-2" << 134 << 134 << 3 << 67 << 66;
    QTest::newRow("68 a + e U+0301 = 70 (single part)")
        << repeat(a, 68) + acute << "UCS-2" << 70 << 70 << 1 << 70 << 0;
    QTest::newRow("69 a + e U+0301 = 71")
        << repeat(a, 69) + acute << "UCS-2" << 71 << 71 << 2 << 67 << 63;
    QTest::newRow("CR LF across 67 in UCS-2")
        << repeat(e, 66) + QStringLiteral("\r\n") + repeat(e, 66) << "UCS-2" << 134 << 134 << 3
        << 67 << 66;
    QTest::newRow("CR LF across 153 in GSM-7 (no clusters in GSM-7)")
        << repeat(a, 152) + QStringLiteral("\r\n") + repeat(a, 152) << "GSM-7" << 306 << 306 << 2
        << 153 << 0;
    // A cluster longer than a part is cut between code points so that parts stay finite.
    QTest::newRow("a + 200 accents (one cluster of 201 units)")
        << a + repeat(QStringLiteral("\u0301"), 200) << "UCS-2" << 201 << 201 << 3 << 67 << 0;
    QTest::newRow("gsm 153*255+1 (more than MaxParts)")
        << repeat(a, 153 * Sms::MaxParts + 1) << "GSM-7" << 153 * 255 + 1 << 153 * 255 + 1 << 256
        << 153 << 152;

    QTest::newRow("CR LF") << "a\r\nb"
                           << "GSM-7" << 4 << 4 << 1 << 160 << 156;
    QTest::newRow("lone surrogate + a")
        << QString(QChar(0xD800)) + a << "UCS-2" << 2 << 2 << 1 << 70 << 68;
    QTest::newRow("French, GSM") << "Bonjour, à demain à la mairie ! Prix : 5 €"
                                 << "GSM-7" << 43 << 42 << 1 << 160 << 117;
    QTest::newRow("French, UCS-2") << "Rendez-vous à 18 h à l’école"
                                   << "UCS-2" << 28 << 28 << 1 << 70 << 42;
}

void tst_SmsEncoding::lengths()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(int, units);
    QFETCH(int, characters);
    QFETCH(int, parts);
    QFETCH(int, perPart);
    QFETCH(int, remaining);

    const Sms::Analysis analysis = Sms::analyse(text);
    QCOMPARE(Sms::encodingName(analysis.encoding), encoding);
    QCOMPARE(analysis.units, units);
    QCOMPARE(analysis.characters, characters);
    QCOMPARE(analysis.parts, parts);
    QCOMPARE(analysis.perPart, perPart);
    QCOMPARE(analysis.remaining, remaining);
    QCOMPARE(Sms::split(text).size(), parts);

    const Sms::Measure measure = Sms::measure(text);
    QCOMPARE(measure.encoding, analysis.encoding);
    QCOMPARE(measure.units, units);
    QCOMPARE(measure.parts, parts);
}

void tst_SmsEncoding::splitParts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("partUnits");

    const QString a = QStringLiteral("a");
    const QString e = QStringLiteral("ê");
    const QString euro = QStringLiteral("€");
    const QString smile = QStringLiteral("😀");

    QTest::newRow("empty") << QString() << QList<int> {};
    QTest::newRow("one") << a << QList<int> {1};
    QTest::newRow("160") << repeat(a, 160) << QList<int> {160};
    QTest::newRow("161") << repeat(a, 161) << QList<int> {153, 8};
    QTest::newRow("307") << repeat(a, 307) << QList<int> {153, 153, 1};
    QTest::newRow("euro at 153") << repeat(a, 152) + euro + repeat(a, 8) << QList<int> {152, 10};
    QTest::newRow("euro exactly fills 153")
        << repeat(a, 151) + euro + repeat(a, 8) << QList<int> {153, 8};
    QTest::newRow("euro straddle adds a part")
        << repeat(a, 152) + euro + repeat(a, 152) << QList<int> {152, 153, 1};
    QTest::newRow("81 euros") << repeat(euro, 81) << QList<int> {152, 10};
    QTest::newRow("71 ucs2") << repeat(e, 71) << QList<int> {67, 4};
    QTest::newRow("emoji at 67") << repeat(e, 66) + smile + repeat(e, 10) << QList<int> {66, 12};
    QTest::newRow("emoji exactly fills 67")
        << repeat(e, 65) + smile + repeat(e, 10) << QList<int> {67, 10};
    QTest::newRow("emoji straddle adds a part")
        << repeat(e, 66) + smile + repeat(e, 66) << QList<int> {66, 67, 1};
    QTest::newRow("only emoji") << repeat(smile, 40) << QList<int> {66, 14};
    QTest::newRow("GSM text in a UCS-2 message splits by units")
        << repeat(euro, 70) + QStringLiteral("ç") << QList<int> {67, 4};

    const QString flag = QStringLiteral("🇫🇷");
    const QString thumb = QStringLiteral("👍🏽");
    const QString family = QStringLiteral("👨‍👩‍👧");
    const QString acute = QStringLiteral("e\u0301");
    QTest::newRow("flag across 67 moves whole")
        << repeat(e, 65) + flag + repeat(e, 64) << QList<int> {65, 67, 1};
    QTest::newRow("flag exactly fills 67")
        << repeat(e, 63) + flag + repeat(e, 10) << QList<int> {67, 10};
    QTest::newRow("flag right after 67")
        << repeat(e, 67) + flag + repeat(e, 10) << QList<int> {67, 14};
    QTest::newRow("flags only: 16 per part") << repeat(flag, 40) << QList<int> {64, 64, 32};
    QTest::newRow("regional indicators pair from the first")
        << QStringLiteral("🇫") + repeat(flag, 40) << QList<int> {64, 64, 34};
    QTest::newRow("odd regional indicator after a letter")
        << e + QStringLiteral("🇫") + repeat(flag, 40) << QList<int> {65, 64, 34};
    // Qt 6.4's QTextBoundaryFinder pairs regional indicators wrongly after an emoji ("🎉🇫🇷" has a
    // boundary inside the flag, "🎉🇫🇷🇫🇷" joins 🇷 with the next 🇫): the engine counts the pairs.
    QTest::newRow("flag after an emoji across 67")
        << repeat(e, 63) + QStringLiteral("🎉") + flag + repeat(e, 66) << QList<int> {65, 67, 3};
    QTest::newRow("two flags after an emoji, cut between them") << repeat(e, 61)
            + QStringLiteral("🎉") + flag + flag + repeat(e, 66) << QList<int> {67, 67, 3};
    QTest::newRow("skin tone across 67 moves whole")
        << repeat(e, 65) + thumb + repeat(e, 64) << QList<int> {65, 67, 1};
    QTest::newRow("ZWJ family across 67 moves whole")
        << repeat(e, 60) + family + repeat(e, 62) << QList<int> {60, 67, 3};
    QTest::newRow("e + U+0301 across 67 moves whole")
        << repeat(e, 66) + acute + repeat(e, 66) << QList<int> {66, 67, 1};
    QTest::newRow("CR LF kept together in UCS-2")
        << repeat(e, 66) + QStringLiteral("\r\n") + repeat(e, 66) << QList<int> {66, 67, 1};
    QTest::newRow("ZWJ stays with the letter before it")
        << repeat(e, 67) + QStringLiteral("\u200D") + repeat(e, 10) << QList<int> {66, 12};
    QTest::newRow("nothing is cut after ZWJ either")
        << repeat(e, 66) + QStringLiteral("\u200D") + repeat(e, 10) << QList<int> {65, 12};
    // Qt tailors Devanagari: after क it sees boundaries inside 🇷's surrogate pair and before the
    // combining cedilla. Neither is a cut: the part ends before क.
    QTest::newRow("Qt's Indic tailoring: no cut in a pair or before a mark") << repeat(e, 64)
            + QStringLiteral("\u0915🇷\u0327\u0E33") + repeat(e, 70) << QList<int> {65, 67, 7};
    // In a Devanagari run Qt 6.4 separates CR from LF, ZWJ from its emoji and a skin tone from its
    // emoji: those rules are checked again.
    QTest::newRow("Qt's Indic tailoring: CR LF")
        << repeat(e, 65) + QStringLiteral("\u0915\r\n") + repeat(e, 70) << QList<int> {66, 67, 5};
    QTest::newRow("Qt's Indic tailoring: ZWJ sequence")
        << repeat(e, 62) + QStringLiteral("\u0915👩\u200D👩") + repeat(e, 70)
        << QList<int> {63, 67, 8};
    QTest::newRow("Thai sara am after a Latin letter")
        << repeat(e, 66) + QStringLiteral("a\u0E33") + repeat(e, 70) << QList<int> {66, 67, 5};
    QTest::newRow("Arabic number sign before Devanagari")
        << repeat(e, 66) + QStringLiteral("\u0600\u0915") + repeat(e, 70) << QList<int> {66, 67, 5};
    QTest::newRow("stray ZWJ before an emoji")
        << repeat(e, 66) + QStringLiteral("\u200D❤") + repeat(e, 70) << QList<int> {65, 67, 6};
    // A cluster longer than a part starts a part and is cut between code points.
    QTest::newRow("too long cluster: letter + 100 accents")
        << repeat(e, 10) + a + repeat(QStringLiteral("\u0301"), 100) + repeat(e, 10)
        << QList<int> {10, 67, 44};
    QTest::newRow("too long cluster at the start")
        << a + repeat(QStringLiteral("\u0301"), 200) << QList<int> {67, 67, 67};
    QTest::newRow("too long ZWJ chain: never inside a surrogate pair")
        << QStringLiteral("👩") + repeat(QStringLiteral("\u200D👩"), 30) << QList<int> {66, 26};
    QTest::newRow("two too long clusters")
        << a + repeat(QStringLiteral("\u0301"), 80) + a + repeat(QStringLiteral("\u0301"), 80)
        << QList<int> {67, 14, 67, 14};
}

void tst_SmsEncoding::splitParts()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, partUnits);

    const QStringList parts = Sms::split(text);
    const Sms::Analysis analysis = Sms::analyse(text);
    QCOMPARE(parts.size(), analysis.parts);
    QCOMPARE(parts.join(QString()), text);
    QList<int> units;
    for (const QString &part : parts) {
        units.append(referenceUnits(part, analysis.encoding));
        QVERIFY(units.last() <= analysis.perPart);
        QVERIFY(!part.isEmpty());
        QVERIFY2(!part.front().isLowSurrogate(), "a part starts inside a surrogate pair");
        QVERIFY2(!part.back().isHighSurrogate(), "a part ends inside a surrogate pair");
    }
    QCOMPARE(units, partUnits);
    if (analysis.encoding == Sms::Encoding::Ucs2 && parts.size() > 1) {
        const QString problem = checkUcs2Cuts(text, parts);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(lengthsOf(parts), androidPartLengths(text));
    }
    const Sms::Measure measure = Sms::measure(text);
    QCOMPARE(measure.parts, analysis.parts);
    QCOMPARE(measure.units, analysis.units);
}

// Every BMP character just before and just after the 67-unit cut: the engine's shortcut for
// characters that cannot join their neighbours must agree with QTextBoundaryFinder of this Qt.
void tst_SmsEncoding::graphemeCutsAtEveryBmpCharacter()
{
    const QString e = QStringLiteral("ê");
    const QString head66 = repeat(e, 66);
    const QString head67 = repeat(e, 67);
    const QString tail = repeat(e, 10);
    int moved = 0;
    for (char32_t codePoint = 0; codePoint < 0x10000; ++codePoint) {
        if (QChar::isSurrogate(codePoint))
            continue;
        const QString c = fromCodePoint(codePoint);
        for (const QString &text : {head66 + c + tail, head67 + c + tail}) {
            const QList<int> expected = androidPartLengths(text);
            const QList<int> actual = lengthsOf(Sms::split(text));
            if (actual != expected) {
                QFAIL(qPrintable(QStringLiteral("U+%1 at offset %2: parts %3, expected %4")
                                     .arg(uint(codePoint), 4, 16, QLatin1Char('0'))
                                     .arg(text.indexOf(c))
                                     .arg(actual.first())
                                     .arg(expected.first())));
            }
            moved += actual.first() != 67 ? 1 : 0;
            if (Sms::measure(text).parts != actual.size())
                QFAIL(qPrintable(QStringLiteral("U+%1: measure() disagrees with split()")
                                     .arg(uint(codePoint), 4, 16)));
        }
    }
    // Combining marks, Prepend signs, ZWJ and the like did move cuts: the check had teeth.
    QVERIFY(moved > 1000);
}

// Every pair of characters from one block of the scripts whose clusters Qt tailors (Indic scripts,
// Thai, Lao, Tibetan, Myanmar, Khmer) across the cut: there Qt's boundaries follow syllables, not
// UAX #29 (Tibetan ཀ + U+0F85 is one cluster), and the engine's shortcut must not apply.
void tst_SmsEncoding::graphemeCutsInTailoredScripts()
{
    const QList<QPair<char16_t, char16_t>> blocks = {
        {0x0900, 0x097F}, {0x0980, 0x09FF}, {0x0A00, 0x0A7F}, {0x0A80, 0x0AFF}, {0x0B00, 0x0B7F},
        {0x0B80, 0x0BFF}, {0x0C00, 0x0C7F}, {0x0C80, 0x0CFF}, {0x0D00, 0x0D7F}, {0x0D80, 0x0DFF},
        {0x0E00, 0x0E7F}, {0x0E80, 0x0EFF}, {0x0F00, 0x0FFF}, {0x1000, 0x109F}, {0x1780, 0x17FF},
    };
    const QString head = repeat(QStringLiteral("ê"), 66);
    const QString tail = repeat(QStringLiteral("ê"), 10);
    int joined = 0;
    for (const auto &[first, last] : blocks) {
        for (char16_t c1 = first; c1 <= last; ++c1) {
            for (char16_t c2 = first; c2 <= last; ++c2) {
                const QString text = head + QChar(c1) + QChar(c2) + tail;
                const int expected = androidPartLengths(text).first();
                const int actual = int(Sms::split(text).first().size());
                if (actual != expected)
                    QFAIL(qPrintable(QStringLiteral("U+%1 U+%2: first part %3, expected %4")
                                         .arg(uint(c1), 4, 16, QLatin1Char('0'))
                                         .arg(uint(c2), 4, 16, QLatin1Char('0'))
                                         .arg(actual)
                                         .arg(expected)));
                joined += actual != 67 ? 1 : 0;
            }
        }
    }
    QVERIFY(joined > 10000);
}

// Random runs of four characters around the cut, a third of them from the characters that do join
// (marks, ZWJ, Hangul jamo, regional indicators, emoji modifiers), so that pair rules (Hangul L+V,
// CR LF, RI RI, Indic syllables) are exercised, not only single characters.
void tst_SmsEncoding::graphemeCutsBetweenRandomPairs()
{
    const QList<char32_t> joiners = {
        0x000D,  0x000A,  0x0301, 0x0308, 0x0327,  0x094D,  0x0915,  0x0937,  0x0600,
        0x0E33,  0x0E01,  0x1100, 0x1161, 0x11A8,  0xAC00,  0xAC01,  0x200C,  0x200D,
        0xFE0F,  0xFF9E,  0xFF76, 0x2764, 0x1F1EB, 0x1F1F7, 0x1F3FD, 0x1F44D, 0x1F469,
        0xE0067, 0x1F3F4, 0x0020, 0x0041, 0x00AD,  0x200B,  0x20E3,  0x0031,  0x1D165,
    };
    QRandomGenerator random(4242);
    // A joiner, any BMP character, or one from the same block as the previous character (scripts
    // with their own cluster rules are only exercised by pairs from one script).
    const auto pick = [&](char32_t previous) -> char32_t {
        const int kind = random.bounded(3);
        if (kind == 0)
            return joiners.at(random.bounded(int(joiners.size())));
        char32_t codePoint = 0;
        do {
            codePoint = kind == 1 || previous > 0xFFFF
                ? char32_t(random.bounded(0x10000))
                : (previous & 0xFF80) + char32_t(random.bounded(0x80));
        } while (QChar::isSurrogate(codePoint));
        return codePoint;
    };
    const QString e = QStringLiteral("ê");
    for (int n = 0; n < 40000; ++n) {
        QString middle;
        char32_t previous = 0x0900 + char32_t(random.bounded(0x1800)); // Devanagari to Khmer...
        for (int i = 0; i < 4; ++i) {
            previous = pick(previous);
            middle += fromCodePoint(previous);
        }
        const QString text = repeat(e, 63 + random.bounded(5)) + middle + repeat(e, 70);
        const QStringList parts = Sms::split(text);
        if (lengthsOf(parts) != androidPartLengths(text)
            || Sms::measure(text).parts != parts.size()) {
            QString codes;
            for (uint codePoint : middle.toUcs4())
                codes += QStringLiteral(" U+%1").arg(codePoint, 4, 16, QLatin1Char('0'));
            QFAIL(qPrintable(QStringLiteral("pair #%1:%2 after %3 ê")
                                 .arg(n)
                                 .arg(codes)
                                 .arg(text.indexOf(middle))));
        }
    }
}

void tst_SmsEncoding::nonGsmPositions()
{
    const QString text = QStringLiteral("Ça coûte 5 € 😀, ç!");
    const Sms::Analysis analysis = Sms::analyse(text);
    QCOMPARE(analysis.encoding, Sms::Encoding::Ucs2);
    const QList<Sms::NonGsmCharacter> expected = {
        {5, QStringLiteral("û")}, {13, QStringLiteral("😀")}, {17, QStringLiteral("ç")}};
    QCOMPARE(analysis.nonGsm, expected);
    for (const Sms::NonGsmCharacter &entry : analysis.nonGsm)
        QCOMPARE(text.mid(entry.position, entry.character.size()), entry.character);
    QCOMPARE(analysis.characters, 18);
    QCOMPARE(analysis.units, 19);
}

void tst_SmsEncoding::encodingNames()
{
    QCOMPARE(Sms::encodingName(Sms::Encoding::Gsm7), QStringLiteral("GSM-7"));
    QCOMPARE(Sms::encodingName(Sms::Encoding::Ucs2), QStringLiteral("UCS-2"));
}

void tst_SmsEncoding::replacement_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<QString>("replacement");
    const QList<QPair<char32_t, QString>> rows = {
        {0x2019, "'"},
        {0x2018, "'"},
        {0x201A, "'"},
        {0x2032, "'"},
        {0x201C, "\""},
        {0x201D, "\""},
        {0x201E, "\""},
        {0x00AB, "\""},
        {0x00BB, "\""},
        {0x2033, "\""},
        {0x2026, "..."},
        {0x2013, "-"},
        {0x2014, "-"},
        {0x2212, "-"},
        {0x2010, "-"},
        {0x2011, "-"},
        {0x00A0, " "},
        {0x202F, " "},
        {0x2009, " "},
        {0x2002, " "},
        {0x2003, " "},
        {0x3000, " "},
        {0x0009, " "},
        {0x2022, "-"},
        {0x00B7, "."},
        {U'ê', "e"},
        {U'ë', "e"},
        {U'â', "a"},
        {U'î', "i"},
        {U'ï', "i"},
        {U'ô', "o"},
        {U'û', "u"},
        {U'ç', "c"},
        {U'œ', "oe"},
        {U'Œ', "OE"},
        {U'À', "A"},
        {U'Â', "A"},
        {U'Ê', "E"},
        {U'Ë', "E"},
        {U'È', "E"},
        {U'Î', "I"},
        {U'Ï', "I"},
        {U'Ô', "O"},
        {U'Ù', "U"},
        {U'Û', "U"},
        {U'Ÿ', "Y"},
        {U'ÿ', "y"},
        {U'`', "'"},
        {0xFB01, "fi"},
        // No replacement: GSM characters (nothing to do), and what has no faithful GSM form.
        {U'æ', ""},
        {U'É', ""},
        {U'é', ""},
        {U'Ç', ""},
        {U'€', ""},
        {U'a', ""},
        {U'°', ""},
        {0x1F600, ""},
        {U'中', ""},
        {0x200B, ""},
        {0xD800, ""},
        {0x1B, ""},
    };
    for (const auto &row : rows)
        QTest::addRow("U+%04X", uint(row.first)) << uint(row.first) << row.second;
}

void tst_SmsEncoding::replacement()
{
    QFETCH(uint, codePoint);
    QFETCH(QString, replacement);
    QCOMPARE(Sms::gsmSafeReplacement(codePoint), replacement);
}

void tst_SmsEncoding::everyReplacementIsGsm()
{
    int count = 0;
    for (char32_t codePoint = 0; codePoint <= 0x10FFFF; ++codePoint) {
        const QString replacement = Sms::gsmSafeReplacement(codePoint);
        if (replacement.isEmpty())
            continue;
        ++count;
        const QString where = QStringLiteral("U+%1").arg(uint(codePoint), 4, 16, QLatin1Char('0'));
        QVERIFY2(Sms::gsmSeptets(codePoint) == 0, qPrintable(where + QStringLiteral(" is GSM")));
        QVERIFY2(Sms::analyse(replacement).encoding == Sms::Encoding::Gsm7,
                 qPrintable(where + QStringLiteral(" -> ") + replacement));
    }
    QVERIFY(count >= 60);
}

void tst_SmsEncoding::rewritesMakeFrenchGsm()
{
    const QString text = QStringLiteral(
        "L’équipe «\u00A0Tribune\u00A0» vous dit\u202F: à bientôt… Rendez-vous à 18\u00A0h — "
        "soyez là\u202F! Œuvre, cœur, français, Noël, maïs, sûr, île, Ève, À vous.");
    const QString expected =
        QStringLiteral("L'équipe \" Tribune \" vous dit : à bientot... Rendez-vous à 18 h - "
                       "soyez là ! OEuvre, coeur, francais, Noel, mais, sur, ile, Eve, A vous.");
    QCOMPARE(Sms::analyse(text).encoding, Sms::Encoding::Ucs2);

    const QList<Sms::Rewrite> rewrites = Sms::gsmSafeRewrites(text);
    QCOMPARE(rewrites.size(), Sms::analyse(text).nonGsm.size());
    QCOMPARE(rewrites.first(), (Sms::Rewrite {1, 1, QStringLiteral("’"), QStringLiteral("'")}));
    QCOMPARE(rewrites.at(1), (Sms::Rewrite {9, 1, QStringLiteral("«"), QStringLiteral("\"")}));
    int previous = -1;
    for (const Sms::Rewrite &rewrite : rewrites) {
        QVERIFY(rewrite.position > previous);
        QCOMPARE(text.mid(rewrite.position, rewrite.length), rewrite.original);
        previous = rewrite.position;
    }

    const QString rewritten = Sms::applyRewrites(text, rewrites);
    QCOMPARE(rewritten, expected);
    const Sms::Analysis after = Sms::analyse(rewritten);
    QCOMPARE(after.encoding, Sms::Encoding::Gsm7);
    QVERIFY(after.nonGsm.isEmpty());
    QVERIFY(Sms::gsmSafeRewrites(rewritten).isEmpty());

    // Reversed order gives the same result: positions refer to the original text.
    QList<Sms::Rewrite> reversed(rewrites.crbegin(), rewrites.crend());
    QCOMPARE(Sms::applyRewrites(text, reversed), expected);
}

void tst_SmsEncoding::rewritesSubset()
{
    const QString text = QStringLiteral("L’été « chaud » ? Très… ç’a été");
    QList<Sms::Rewrite> apostrophes;
    const QList<Sms::Rewrite> all = Sms::gsmSafeRewrites(text);
    for (const Sms::Rewrite &rewrite : all) {
        if (rewrite.replacement == QLatin1String("'"))
            apostrophes.append(rewrite);
    }
    QCOMPARE(apostrophes.size(), 2);
    const QString partly = Sms::applyRewrites(text, apostrophes);
    QCOMPARE(partly, QStringLiteral("L'été « chaud » ? Très… ç'a été"));
    QCOMPARE(Sms::analyse(partly).nonGsm.size(), Sms::analyse(text).nonGsm.size() - 2);
    QCOMPARE(Sms::applyRewrites(text, {}), text);
    QCOMPARE(Sms::applyRewrites(text, all), QStringLiteral("L'été \" chaud \" ? Très... c'a été"));
    QVERIFY(!Sms::gsmSafeRewrites(QStringLiteral("Ceci coûte 5 °C")).isEmpty());
    // ° has no replacement, so rewriting everything still leaves UCS-2: the user must decide.
    QCOMPARE(Sms::analyse(Sms::applyRewrites(QStringLiteral("Il fait 5 °C"),
                                             Sms::gsmSafeRewrites(QStringLiteral("Il fait 5 °C"))))
                 .encoding,
             Sms::Encoding::Ucs2);
}

void tst_SmsEncoding::rewritesDecomposed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rewritten");
    QTest::addColumn<int>("rewriteCount");
    QTest::newRow("e + acute -> é") << "e\u0301cole"
                                    << "école" << 1;
    QTest::newRow("e + circumflex -> e") << "fore\u0302t"
                                         << "foret" << 1;
    QTest::newRow("c + cedilla -> c") << "franc\u0327ais"
                                      << "francais" << 1;
    QTest::newRow("C + cedilla -> Ç") << "C\u0327a"
                                      << "Ça" << 1;
    QTest::newRow("two marks on a GSM base") << "a\u0301\u0301b"
                                             << "ab" << 1;
    QTest::newRow("marks on a rewritable base") << "\u00EA\u0301"
                                                << "e" << 1;
    QTest::newRow("mark on an emoji: no rewrite") << "❤\uFE0F"
                                                  << "❤\uFE0F" << 0;
    QTest::newRow("stray mark at start: no rewrite") << "\u0301a"
                                                     << "\u0301a" << 0;
    QTest::newRow("precomposed unchanged") << "école"
                                           << "école" << 0;
}

void tst_SmsEncoding::rewritesDecomposed()
{
    QFETCH(QString, text);
    QFETCH(QString, rewritten);
    QFETCH(int, rewriteCount);
    const QList<Sms::Rewrite> rewrites = Sms::gsmSafeRewrites(text);
    QCOMPARE(rewrites.size(), rewriteCount);
    QCOMPARE(Sms::applyRewrites(text, rewrites), rewritten);
    QVERIFY(Sms::analyse(rewritten).nonGsm.size() <= Sms::analyse(text).nonGsm.size());
}

void tst_SmsEncoding::invisibleDeletions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<Sms::Rewrite>>("rewrites");
    QTest::addColumn<QString>("rewritten");
    using R = Sms::Rewrite;
    const QString zwsp = fromCodePoint(0x200B);
    const QString bom = fromCodePoint(0xFEFF);
    const QString shy = fromCodePoint(0x00AD);
    const QString wj = fromCodePoint(0x2060);
    QTest::newRow("zero width space") << QStringLiteral("Vo") + zwsp + QStringLiteral("tez")
                                      << QList<R> {{2, 1, zwsp, QString()}} << "Votez";
    QTest::newRow("byte order mark at the start")
        << bom + QStringLiteral("Bonjour") << QList<R> {{0, 1, bom, QString()}} << "Bonjour";
    QTest::newRow("soft hyphen") << QStringLiteral("munici") + shy + QStringLiteral("pales")
                                 << QList<R> {{6, 1, shy, QString()}} << "municipales";
    QTest::newRow("word joiner") << QStringLiteral("5") + wj + QStringLiteral("€")
                                 << QList<R> {{1, 1, wj, QString()}} << "5€";
    QTest::newRow("with a replacement")
        << QStringLiteral("l’") + zwsp + QStringLiteral("été")
        << QList<R> {{1, 1, QStringLiteral("’"), QStringLiteral("'")}, {2, 1, zwsp, QString()}}
        << "l'été";
    // ZWJ and ZWNJ are not offered: they hold emoji sequences and some scripts together.
    QTest::newRow("ZWJ in a family") << "👨‍👩‍👧" << QList<R> {} << "👨‍👩‍👧";
    QTest::newRow("lone ZWJ") << "a\u200Db" << QList<R> {} << "a\u200Db";
    QTest::newRow("ZWNJ") << "a\u200Cb" << QList<R> {} << "a\u200Cb";
}

void tst_SmsEncoding::invisibleDeletions()
{
    QFETCH(QString, text);
    QFETCH(QList<Sms::Rewrite>, rewrites);
    QFETCH(QString, rewritten);
    QCOMPARE(Sms::gsmSafeRewrites(text), rewrites);
    QCOMPARE(Sms::applyRewrites(text, rewrites), rewritten);
    for (const Sms::Rewrite &rewrite : rewrites) {
        const char32_t codePoint = rewrite.original.toUcs4().value(0);
        if (rewrite.replacement.isEmpty()) {
            QVERIFY(Sms::isInvisibleRemovable(codePoint));
            QVERIFY(!Sms::invisibleCharacterName(codePoint).isEmpty());
            QCOMPARE(Sms::gsmSafeReplacement(codePoint), QString()); // still "no replacement"
        } else {
            QVERIFY(!Sms::isInvisibleRemovable(codePoint));
            QVERIFY(Sms::invisibleCharacterName(codePoint).isEmpty());
        }
    }
    if (!rewrites.isEmpty())
        QCOMPARE(Sms::analyse(rewritten).encoding, Sms::Encoding::Gsm7);
    QCOMPARE(Sms::isInvisibleRemovable(0x200D), false);
    QCOMPARE(Sms::isInvisibleRemovable(0x200C), false);
    QCOMPARE(Sms::isInvisibleRemovable(U' '), false);
}

void tst_SmsEncoding::applyRewrites_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<Sms::Rewrite>>("rewrites");
    QTest::addColumn<QString>("expected");
    using R = Sms::Rewrite;
    QTest::newRow("none") << "abc" << QList<R> {} << "abc";
    QTest::newRow("unordered") << "abcd" << QList<R> {{3, 1, "d", "D"}, {0, 1, "a", "A"}} << "AbcD";
    QTest::newRow("longer and shorter")
        << "a…b—c" << QList<R> {{1, 1, "…", "..."}, {3, 1, "—", ""}} << "a...bc";
    QTest::newRow("overlap: first in text order wins")
        << "abcd" << QList<R> {{1, 2, "bc", "X"}, {1, 1, "b", "Y"}, {0, 2, "ab", "Z"}} << "Zcd";
    QTest::newRow("same position: first in the list wins")
        << "abc" << QList<R> {{1, 1, "b", "X"}, {1, 1, "b", "Y"}} << "aXc";
    QTest::newRow("adjacent both applied")
        << "abc" << QList<R> {{0, 1, "a", "1"}, {1, 1, "b", "2"}} << "12c";
    QTest::newRow("out of range ignored")
        << "abc" << QList<R> {{2, 5, "", "X"}, {-1, 1, "", "Y"}, {3, 1, "", "Z"}} << "abc";
    QTest::newRow("empty length ignored") << "abc" << QList<R> {{1, 0, "", "X"}} << "abc";
    QTest::newRow("stale original ignored") << "abc" << QList<R> {{1, 1, "z", "X"}} << "abc";
    QTest::newRow("no original accepted") << "abc" << QList<R> {{1, 1, "", "X"}} << "aXc";
    QTest::newRow("surrogate pair") << "a😀b" << QList<R> {{1, 2, "😀", ":)"}} << "a:)b";
}

void tst_SmsEncoding::applyRewrites()
{
    QFETCH(QString, text);
    QFETCH(QList<Sms::Rewrite>, rewrites);
    QFETCH(QString, expected);
    QCOMPARE(Sms::applyRewrites(text, rewrites), expected);
}

void tst_SmsEncoding::senderId_data()
{
    QTest::addColumn<QString>("senderId");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("errorMentions");

    QTest::newRow("simple") << "Tribune" << true << QStringList {};
    QTest::newRow("one letter") << "A" << true << QStringList {};
    QTest::newRow("11 with space and digits") << "Mairie 2026" << true << QStringList {};
    QTest::newRow("all allowed signs") << "A.B_C&D-E F" << true << QStringList {};
    QTest::newRow("digits and a letter") << "0612345678A" << true << QStringList {};
    QTest::newRow("digits and a dash") << "06-12" << true << QStringList {};

    QTest::newRow("empty") << "" << false << QStringList {"empty"};
    QTest::newRow("spaces only") << "   " << false << QStringList {"spaces"};
    QTest::newRow("12 characters") << "MairieDeLyon" << false << QStringList {"12", "11"};
    QTest::newRow("15 characters") << "TribuneCampagne" << false << QStringList {"15", "11"};
    QTest::newRow("all digits") << "0612345678" << false << QStringList {"digits"};
    QTest::newRow("leading space") << " Tribune" << false << QStringList {"space"};
    QTest::newRow("trailing space") << "Tribune " << false << QStringList {"space"};
    QTest::newRow("accent") << "Élysée" << false << QStringList {"\"É\"", "U+00C9"};
    QTest::newRow("exclamation") << "Votez!" << false << QStringList {"\"!\"", "U+0021"};
    QTest::newRow("tab") << "A\tB" << false << QStringList {"U+0009"};
    QTest::newRow("NBSP") << "Ma\u00A0Ville" << false << QStringList {"U+00A0"};
    QTest::newRow("emoji") << "Vote😀" << false << QStringList {"\"😀\"", "U+1F600"};
}

void tst_SmsEncoding::senderId()
{
    QFETCH(QString, senderId);
    QFETCH(bool, ok);
    QFETCH(QStringList, errorMentions);
    const Sms::SenderIdCheck check = Sms::validateSenderId(senderId);
    QCOMPARE(check.ok, ok);
    QCOMPARE(check.errorString.isEmpty(), ok);
    for (const QString &mention : errorMentions)
        QVERIFY2(check.errorString.contains(mention, Qt::CaseInsensitive),
                 qPrintable(check.errorString));
}

void tst_SmsEncoding::withFooter_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("footer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("footer") << "Bonjour"
                            << "STOP au 36111"
                            << "Bonjour\nSTOP au 36111";
    QTest::newRow("footer used as given") << "Bonjour"
                                          << " STOP "
                                          << "Bonjour\n STOP ";
    QTest::newRow("empty footer") << "Bonjour"
                                  << ""
                                  << "Bonjour";
    QTest::newRow("blank footer") << "Bonjour"
                                  << " \n\t"
                                  << "Bonjour";
    QTest::newRow("empty message: the footer alone") << ""
                                                     << "STOP au 36111"
                                                     << "STOP au 36111";
    QTest::newRow("blank message is kept") << " "
                                           << "STOP"
                                           << " \nSTOP";
    QTest::newRow("empty message and footer") << ""
                                              << ""
                                              << "";
}

void tst_SmsEncoding::withFooter()
{
    QFETCH(QString, message);
    QFETCH(QString, footer);
    QFETCH(QString, expected);
    QCOMPARE(Sms::withFooter(message, footer), expected);
}

void tst_SmsEncoding::randomTexts()
{
    const QString gsm =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                       " .,;:!?'\"-@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤%&()*+/<=>"
                       "¡ÄÖÑÜ§¿äöñüà");
    const QString extension = QStringLiteral("\f^{}\\[~]|€");
    const QString french = QStringLiteral("âêôîïëûÿœçÀÂÊÔÈËÎÏÙÛŸŒ«»’‘“”…–—\u00A0\u202F°•·");
    // Single code points and clusters of several: skin tone, flag, lone regional indicator (shifts
    // the pairing of the flags after it), variation selector, ZWJ family, keycap, decomposed
    // accents, Devanagari conjunct, Hangul jamo, CR LF, and joiners on their own.
    const QStringList emoji = {
        QStringLiteral("😀"),
        QStringLiteral("🎉"),
        QStringLiteral("👍🏽"),
        QStringLiteral("🇫🇷"),
        QStringLiteral("🇫"),
        QStringLiteral("❤️"),
        QStringLiteral("👨‍👩‍👧"),
        QStringLiteral("1\uFE0F\u20E3"),
        QStringLiteral("中"),
        QStringLiteral("e\u0301"),
        QStringLiteral("a\u0300\u0327"),
        QStringLiteral("\u0301"),
        QStringLiteral("क्ष"),
        QStringLiteral("\u1100\u1161"),
        QStringLiteral("\r\n"),
        QStringLiteral("\u200D"),
        QStringLiteral("\uFE0F"),
        QStringLiteral("\u200B"),
    };

    QRandomGenerator random(20260427);
    int ucs2 = 0;
    int multiPart = 0;
    int movedCuts = 0; // texts cut otherwise than between code points: a cluster was kept whole
    for (int n = 0; n < 4000; ++n) {
        // Half the texts stay GSM-7 so that both encodings and their boundaries get exercised.
        const bool gsmOnly = random.bounded(2) == 0;
        const int length = random.bounded(random.bounded(4) == 0 ? 700 : 200);
        QString text;
        for (int i = 0; i < length; ++i) {
            const int kind = random.bounded(100);
            if (kind < 70 || (gsmOnly && kind < 85))
                text += gsm.at(random.bounded(int(gsm.size())));
            else if (kind < 85 || gsmOnly)
                text += extension.at(random.bounded(int(extension.size())));
            else if (kind < 93)
                text += french.at(random.bounded(int(french.size())));
            else if (kind < 99)
                text += emoji.at(random.bounded(int(emoji.size())));
            else
                text += QChar(char16_t(0xD800 + random.bounded(0x800))); // lone surrogate
        }

        const Sms::Analysis analysis = Sms::analyse(text);
        const QString context = QStringLiteral("text #%1: %2").arg(n).arg(text);
        const QByteArray where = context.toUtf8();

        // Independent counts from the reference tables.
        const QList<uint> codePoints = text.toUcs4();
        int nonGsm = 0;
        for (uint codePoint : codePoints)
            nonGsm += referenceSeptets().contains(codePoint) ? 0 : 1;
        QVERIFY2(analysis.nonGsm.size() == nonGsm, where.constData());
        QVERIFY2(analysis.encoding == (nonGsm == 0 ? Sms::Encoding::Gsm7 : Sms::Encoding::Ucs2),
                 where.constData());
        QVERIFY2(analysis.units == referenceUnits(text, analysis.encoding), where.constData());
        QVERIFY2(analysis.characters == codePoints.size(), where.constData());

        QVERIFY2(analysis.parts * analysis.perPart >= analysis.units, where.constData());
        QVERIFY2(analysis.parts == 0 || analysis.remaining >= 0, where.constData());
        const QStringList parts = Sms::split(text);
        QVERIFY2(parts.size() == analysis.parts, where.constData());
        QVERIFY2(parts.join(QString()) == text, where.constData());
        int lastUnits = 0;
        for (int i = 0; i < parts.size(); ++i) {
            const QString &part = parts.at(i);
            lastUnits = referenceUnits(part, analysis.encoding);
            QVERIFY2(lastUnits <= analysis.perPart, where.constData());
            QVERIFY2(!part.isEmpty(), where.constData());
            // The text has lone surrogates too: only a real pair must not be cut.
            if (i > 0) {
                QVERIFY2(
                    !(parts.at(i - 1).back().isHighSurrogate() && part.front().isLowSurrogate()),
                    where.constData());
            }
        }
        if (!parts.isEmpty())
            QVERIFY2(analysis.remaining == analysis.perPart - lastUnits, where.constData());
        if (analysis.encoding == Sms::Encoding::Ucs2 && parts.size() > 1) {
            const QString problem = checkUcs2Cuts(text, parts);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1Char(' ') + context));
            QVERIFY2(lengthsOf(parts) == androidPartLengths(text), where.constData());
            movedCuts += lengthsOf(parts) != codePointPartLengths(text) ? 1 : 0;
        }

        const Sms::Measure measure = Sms::measure(text);
        QVERIFY2(measure.encoding == analysis.encoding && measure.units == analysis.units
                     && measure.parts == analysis.parts,
                 where.constData());

        const QString rewritten = Sms::applyRewrites(text, Sms::gsmSafeRewrites(text));
        QVERIFY2(Sms::analyse(rewritten).nonGsm.size() <= analysis.nonGsm.size(),
                 where.constData());

        ucs2 += analysis.encoding == Sms::Encoding::Ucs2;
        multiPart += analysis.parts > 1;
    }
    // The generator must really cover both encodings and multi-part messages.
    QVERIFY(ucs2 > 1000 && ucs2 < 3000);
    QVERIFY(multiPart > 500);
    QVERIFY(movedCuts > 100);
}

void tst_SmsEncoding::benchmarkAnalyse()
{
    const QString text = QStringLiteral("Bonjour Marie, la réunion publique a lieu jeudi à 19 h à "
                                        "la salle des fêtes. Venez nombreux ! STOP au 36111");
    int parts = 0;
    QBENCHMARK
    {
        for (int i = 0; i < 1000; ++i)
            parts += Sms::measure(text).parts;
    }
    QVERIFY(parts > 0);
}

QTEST_GUILESS_MAIN(tst_SmsEncoding)
#include "tst_smsencoding.moc"
