// SPDX-License-Identifier: GPL-3.0-or-later
#include "smsencoding.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <optional>

namespace Sms {

namespace {

// The GSM 03.38 default alphabet in code order, 0x00 to 0x7F, one row of the 3GPP table per
// literal. 0x1B is ESC, the switch to the extension table: nobody types it, so the table builder
// skips it and U+001B stays "not GSM".
constexpr char16_t DefaultAlphabet[] = u"@£$¥èéùìòÇ\nØø\rÅå"
                                       u"Δ_ΦΓΛΩΠΨΣΘΞ\x1b"
                                       u"ÆæßÉ"
                                       u" !\"#¤%&'()*+,-./"
                                       u"0123456789:;<=>?"
                                       u"¡ABCDEFGHIJKLMNO"
                                       u"PQRSTUVWXYZÄÖÑÜ§"
                                       u"¿abcdefghijklmno"
                                       u"pqrstuvwxyzäöñüà";
static_assert(std::size(DefaultAlphabet) == 128 + 1, "the default alphabet has 128 codes");
constexpr int EscapeCode = 0x1B;

// The extension table (each character is sent as ESC + code, hence 2 septets).
constexpr char16_t ExtensionTable[] = u"\f^{}\\[~]|€";
static_assert(std::size(ExtensionTable) == 10 + 1, "the extension table has 10 characters");

using SeptetTable = std::array<std::uint8_t, 0x10000>;

// Septets per BMP code point, 0 when not GSM. Built at compile time so that analyse() costs one
// load per character and nothing at start-up; code points outside the BMP are never GSM.
constexpr SeptetTable makeSeptetTable()
{
    SeptetTable table {};
    for (std::size_t code = 0; code < 128; ++code) {
        if (code != EscapeCode)
            table[DefaultAlphabet[code]] = 1;
    }
    for (std::size_t i = 0; i + 1 < std::size(ExtensionTable); ++i)
        table[ExtensionTable[i]] = 2;
    return table;
}
constexpr SeptetTable Septets = makeSeptetTable();
static_assert(Septets[u'@'] == 1 && Septets[u'€'] == 2 && Septets[0x1B] == 0 && Septets[u'ç'] == 0
                  && Septets[u'Ç'] == 1,
              "spot checks of the septet table");

// Calls visit(position, length, codePoint) for each code point; a lone surrogate is visited as a
// one-unit character with its own (non-GSM) value so that malformed text is still counted.
template<typename Visit> inline void forEachCharacter(QStringView text, Visit &&visit)
{
    const QChar *data = text.data();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const char16_t unit = data[i].unicode();
        if (QChar::isHighSurrogate(unit) && i + 1 < size
            && QChar::isLowSurrogate(data[i + 1].unicode())) {
            visit(int(i), 2, QChar::surrogateToUcs4(unit, data[i + 1].unicode()));
            i += 2;
        } else {
            visit(int(i), 1, char32_t(unit));
            ++i;
        }
    }
}

// Counts the parts of a multi-part GSM-7 message the way split() cuts it: a character that does not
// fit whole in the current part opens the next one, so an escape pair never straddles two parts.
struct PartCounter
{
    int capacity = 0;
    int parts = 0;
    int used = 0; // units in the last part

    void add(int width)
    {
        if (parts == 0 || used + width > capacity) {
            ++parts;
            used = width;
        } else {
            used += width;
        }
    }
};

// What one pass over a text finds, for both encodings (UCS-2 parts are cut afterwards, see
// Ucs2Cutter: they need the text, not a sum of widths).
struct Tally
{
    int characters = 0;
    int septets = 0;
    int utf16 = 0;
    bool gsm = true;
    PartCounter gsmParts {Gsm7MultiPart};
};

// One pass over the text; both encodings are counted because the encoding is only known at the
// end. onNonGsm(position, length) is called for each character that forces UCS-2.
template<typename OnNonGsm> Tally tally(QStringView text, OnNonGsm &&onNonGsm)
{
    Tally t;
    forEachCharacter(text, [&](int position, int length, char32_t codePoint) {
        const int septets = codePoint < 0x10000 ? Septets[codePoint] : 0;
        ++t.characters;
        t.utf16 += length;
        if (septets == 0) {
            t.gsm = false;
            onNonGsm(position, length);
        } else {
            t.septets += septets;
            t.gsmParts.add(septets);
        }
    });
    return t;
}

// A UTF-16 unit that has a grapheme cluster boundary on both sides whatever its neighbours, by the
// rules of Unicode UAX #29: not CR (CR LF is one cluster), not a surrogate, and not in the classes
// that join (Extend and ZWJ, SpacingMark, Prepend, Hangul jamo and syllables). Conservative: a unit
// wrongly left out only costs a look with QTextBoundaryFinder. tst_smsencoding checks every BMP
// character against QTextBoundaryFinder of the Qt in use.
bool standsAlone(char16_t unit)
{
    if (unit < 0x300) // Latin-1 and Latin Extended: all of it stands alone except CR
        return unit != u'\r';
    if (QChar::isSurrogate(unit))
        return false;
    if ((unit >= 0x1100 && unit <= 0x11FF) || (unit >= 0xA960 && unit <= 0xA97F)
        || (unit >= 0xAC00 && unit <= 0xD7FF)) // Hangul jamo (L, V, T) and syllables (LV, LVT)
        return false;
    // Scripts whose clusters Qt tailors (syllables rather than UAX #29 clusters): Indic scripts
    // from Devanagari to Sinhala, Thai and Lao, Tibetan, Myanmar, Khmer.
    if ((unit >= 0x0900 && unit <= 0x109F) || (unit >= 0x1780 && unit <= 0x17FF)
        || (unit >= 0x19E0 && unit <= 0x19FF) || (unit >= 0xA9E0 && unit <= 0xA9FF)
        || (unit >= 0xAA60 && unit <= 0xAA7F))
        return false;
    switch (unit) {
    case 0x0D4E: // Malayalam dot reph (Prepend)
    case 0x0E33: // Thai sara am (SpacingMark)
    case 0x0EB3: // Lao am (SpacingMark)
    case 0xFF9E: // halfwidth katakana voiced sound marks (Extend)
    case 0xFF9F:
        return false;
    default:
        break;
    }
    switch (QChar::category(char32_t(unit))) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format: // ZWJ, ZWNJ, Prepend signs (U+0600...); the rest are controls
        return false;
    default:
        return true;
    }
}

// Qt's grapheme boundaries are UAX #29 ones except where Qt tailors them: in a run of Indic, Thai,
// Tibetan, Myanmar or Khmer script (which takes in the emoji, CR LF and marks next to it) Qt puts
// boundaries between syllables, even inside a surrogate pair, a CR LF or a ZWJ sequence; and Qt
// 6.4 pairs regional indicators wrongly after an emoji. The UAX #29 rules that forbid a boundary
// are therefore checked again (see Ucs2Cutter::isCut()), so that a part never starts where
// Android or Twilio would not start one: parts are never fewer than theirs. Where UAX #29 allows a
// boundary that these checks refuse (a mark after a control character, any character after ZWJ)
// the count can only be higher, and only in odd text.

// A character that never starts a part: a combining mark or another Extend or SpacingMark
// character (ZWNJ, ZWJ, emoji modifiers, tags, Thai and Lao AM, halfwidth sound marks).
bool extendsPrevious(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        break;
    }
    switch (codePoint) {
    case 0x0E33: // Thai sara am
    case 0x0EB3: // Lao am
    case 0x200C: // ZWNJ
    case 0x200D: // ZWJ
    case 0xFF9E: // halfwidth katakana voiced sound marks
    case 0xFF9F:
        return true;
    default:
        return (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) // emoji modifiers (skin tones)
            || (codePoint >= 0xE0020 && codePoint <= 0xE007F); // tags (subdivision flags)
    }
}

// A character never separated from the next one: ZWJ (UAX #29 only joins it to a pictograph when
// one precedes it; Twilio's older rules join it to the next emoji anyway) and the Prepend
// characters (Arabic number signs and the like).
bool joinsNext(char32_t codePoint)
{
    switch (codePoint) {
    case 0x200D:
    case 0x06DD:
    case 0x070F:
    case 0x0890:
    case 0x0891:
    case 0x08E2:
    case 0x0D4E:
    case 0x110BD:
    case 0x110CD:
    case 0x111C2:
    case 0x111C3:
    case 0x1193F:
    case 0x11941:
    case 0x11A3A:
    case 0x11D46:
    case 0x11F02:
        return true;
    default:
        return (codePoint >= 0x0600 && codePoint <= 0x0605)
            || (codePoint >= 0x11A84 && codePoint <= 0x11A89);
    }
}

// Cuts a UCS-2 text into parts of at most Ucs2MultiPart units the way Android
// (SmsMessageBase.findNextUnicodePosition) and Twilio's segment calculator do: each part ends at
// the last grapheme cluster boundary that fits, so 🇫🇷, 👍🏽, ❤️ or e + U+0301 are never cut.
// A cluster longer than a part (only in contrived text) is cut between code points instead, never
// inside a surrogate pair. QTextBoundaryFinder is only consulted at a cut next to a character that
// may join its neighbour (anything but a lone BMP character, see standsAlone()): other texts cost
// O(parts) and allocate nothing. The finder covers the whole text, not a window around the cut: Qt
// tailors boundaries per script run, so a window could see other boundaries than the whole text
// (Android's splitter also looks at the whole text).
class Ucs2Cutter
{
public:
    explicit Ucs2Cutter(QStringView text)
        : m_text(text)
    { }
    Q_DISABLE_COPY_MOVE(Ucs2Cutter) // the finder points into m_buffer

    // The end of the part that starts where the previous one ended (the text's size for the last).
    qsizetype next()
    {
        qsizetype end = m_start + Ucs2MultiPart;
        if (end >= m_text.size())
            return m_start = m_text.size();
        if (QChar::isHighSurrogate(m_text[end - 1].unicode())
            && QChar::isLowSurrogate(m_text[end].unicode()))
            --end; // never inside a surrogate pair
        if (end < m_clusterEnd) // still inside a cluster longer than a part
            return m_start = end;
        if (standsAlone(m_text[end - 1].unicode()) && standsAlone(m_text[end].unicode()))
            return m_start = end;
        qsizetype cut = lastCut(end);
        if (cut == m_start) {
            // No boundary in the whole part: the cluster that starts it is longer than a part.
            m_clusterEnd = nextCut(end);
            cut = end;
        }
        return m_start = cut;
    }

private:
    QTextBoundaryFinder &finder()
    {
        if (!m_finder)
            m_finder.emplace(QTextBoundaryFinder::Grapheme, m_text, m_buffer, sizeof m_buffer);
        return *m_finder;
    }

    char32_t codePointAt(qsizetype position) const
    {
        const char16_t unit = m_text[position].unicode();
        if (QChar::isHighSurrogate(unit) && position + 1 < m_text.size()
            && QChar::isLowSurrogate(m_text[position + 1].unicode()))
            return QChar::surrogateToUcs4(unit, m_text[position + 1].unicode());
        return unit;
    }

    static bool isRegionalIndicator(char32_t codePoint)
    {
        return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
    }

    char32_t codePointBefore(qsizetype position) const
    {
        const char16_t unit = m_text[position - 1].unicode();
        if (QChar::isLowSurrogate(unit) && position >= 2
            && QChar::isHighSurrogate(m_text[position - 2].unicode()))
            return QChar::surrogateToUcs4(m_text[position - 2].unicode(), unit);
        return unit;
    }

    // Whether a part may start at `position` (> m_start): a grapheme cluster boundary for
    // QTextBoundaryFinder that no UAX #29 rule forbids (see extendsPrevious()).
    bool isCut(qsizetype position)
    {
        if (position >= m_text.size())
            return true;
        if (QChar::isLowSurrogate(m_text[position].unicode())
            && QChar::isHighSurrogate(m_text[position - 1].unicode()))
            return false;
        const char32_t next = codePointAt(position);
        const char32_t previous = codePointBefore(position);
        if (extendsPrevious(next) || joinsNext(previous) || (previous == u'\r' && next == u'\n'))
            return false;
        if (isRegionalIndicator(next) && isRegionalIndicator(previous)) {
            // Flags are pairs of regional indicators counted from the start of their run (UAX #29
            // GB12, GB13); Qt 6.4 miscounts them after an emoji ("🎉🇫🇷" has a boundary inside the
            // flag). Counting from m_start is enough: a part starts at an even count.
            int before = 0;
            for (qsizetype i = position;
                 i - 2 >= m_start && isRegionalIndicator(codePointAt(i - 2)); i -= 2)
                ++before;
            return before % 2 == 0;
        }
        finder().setPosition(position);
        return finder().isAtBoundary();
    }

    // The last cut in (m_start, end], or m_start when the part has none.
    qsizetype lastCut(qsizetype end)
    {
        for (qsizetype position = end; position > m_start; --position) {
            if (isCut(position))
                return position;
        }
        return m_start;
    }

    // The first cut after `position`, or the text's size.
    qsizetype nextCut(qsizetype position)
    {
        while (++position < m_text.size() && !isCut(position)) { }
        return position;
    }

    QStringView m_text;
    qsizetype m_start = 0; // where the next part starts
    qsizetype m_clusterEnd = 0; // > m_start while the part starts inside a too long cluster
    std::optional<QTextBoundaryFinder> m_finder;
    unsigned char m_buffer[1024]; // the finder's attributes, for texts up to 1023 units
};

struct Figures
{
    Encoding encoding = Encoding::Gsm7;
    int units = 0;
    int parts = 0;
    int perPart = 0;
    int remaining = 0;
};

Figures figures(QStringView text, const Tally &t)
{
    Figures f;
    f.encoding = t.gsm ? Encoding::Gsm7 : Encoding::Ucs2;
    f.units = t.gsm ? t.septets : t.utf16;
    const int single = t.gsm ? Gsm7SinglePart : Ucs2SinglePart;
    if (f.units <= single) {
        f.parts = f.units == 0 ? 0 : 1;
        f.perPart = single;
        f.remaining = single - f.units;
    } else if (t.gsm) {
        f.parts = t.gsmParts.parts;
        f.perPart = Gsm7MultiPart;
        f.remaining = Gsm7MultiPart - t.gsmParts.used;
    } else {
        Ucs2Cutter cutter(text);
        qsizetype start = 0;
        qsizetype end = 0;
        do {
            start = end;
            end = cutter.next();
            ++f.parts;
        } while (end < text.size());
        f.perPart = Ucs2MultiPart;
        f.remaining = Ucs2MultiPart - int(end - start);
    }
    return f;
}

// Replacement texts are plain ASCII, all of it in the GSM default alphabet (tst_smsencoding checks
// the whole table).
QLatin1String replacementFor(char32_t codePoint)
{
    switch (codePoint) {
    // Apostrophes and single quotes, primes, acute/grave accents typed as apostrophes.
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201A: // ‚
    case 0x201B: // ‛
    case 0x2032: // ′
    case 0x2039: // ‹ (single guillemets are single quotes)
    case 0x203A: // ›
    case 0x00B4: // ´
    case 0x0060: // `
        return QLatin1String("'");
    // Double quotes and guillemets.
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x201F: // ‟
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x2033: // ″
        return QLatin1String("\"");
    case 0x2026: // …
        return QLatin1String("...");
    // Hyphens and dashes.
    case 0x2010: // ‐ hyphen
    case 0x2011: // ‑ non-breaking hyphen
    case 0x2012: // ‒ figure dash
    case 0x2013: // –
    case 0x2014: // —
    case 0x2015: // ― horizontal bar
    case 0x2212: // − minus
        return QLatin1String("-");
    // A bullet starts a list item: "-" is how plain-text lists are written.
    case 0x2022: // •
        return QLatin1String("-");
    // The middle dot mostly appears in French inclusive writing ("élu·e·s"), whose usual ASCII
    // spelling is with a full stop ("élu.e.s").
    case 0x00B7: // ·
        return QLatin1String(".");
    // Spaces: tab, no-break spaces (French typography puts them before ; : ! ? and inside « »),
    // the typographic spaces of U+2000..U+200A, and other visible spaces.
    case 0x0009:
    case 0x00A0:
    case 0x1680:
    case 0x2000:
    case 0x2001:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return QLatin1String(" ");
    // Line and paragraph separators (pasted from word processors); LF is GSM.
    case 0x0085:
    case 0x2028:
    case 0x2029:
        return QLatin1String("\n");
    case 0x00D7: // ×
        return QLatin1String("x");
    // Latin-1 letters outside GSM-7 lose their accent. The GSM letters with a different accent
    // (È -> É, á -> à) are not offered: a wrong accent reads worse than none.
    case 0x00C0: // À
    case 0x00C1: // Á
    case 0x00C2: // Â
    case 0x00C3: // Ã
        return QLatin1String("A");
    case 0x00C8: // È
    case 0x00CA: // Ê
    case 0x00CB: // Ë
        return QLatin1String("E");
    case 0x00CC: // Ì
    case 0x00CD: // Í
    case 0x00CE: // Î
    case 0x00CF: // Ï
        return QLatin1String("I");
    case 0x00D2: // Ò
    case 0x00D3: // Ó
    case 0x00D4: // Ô
    case 0x00D5: // Õ
        return QLatin1String("O");
    case 0x00D9: // Ù
    case 0x00DA: // Ú
    case 0x00DB: // Û
        return QLatin1String("U");
    case 0x00DD: // Ý
    case 0x0178: // Ÿ
        return QLatin1String("Y");
    case 0x00E1: // á
    case 0x00E2: // â
    case 0x00E3: // ã
        return QLatin1String("a");
    case 0x00E7: // ç (capital Ç is GSM, but ç -> c keeps the case the user wrote)
        return QLatin1String("c");
    case 0x00EA: // ê
    case 0x00EB: // ë
        return QLatin1String("e");
    case 0x00ED: // í
    case 0x00EE: // î
    case 0x00EF: // ï
        return QLatin1String("i");
    case 0x00F3: // ó
    case 0x00F4: // ô
    case 0x00F5: // õ
        return QLatin1String("o");
    case 0x00FA: // ú
    case 0x00FB: // û
        return QLatin1String("u");
    case 0x00FD: // ý
    case 0x00FF: // ÿ
        return QLatin1String("y");
    case 0x0152: // Œ
        return QLatin1String("OE");
    case 0x0153: // œ
        return QLatin1String("oe");
    // Typographic ligatures, common in text copied from PDF files.
    case 0xFB00:
        return QLatin1String("ff");
    case 0xFB01:
        return QLatin1String("fi");
    case 0xFB02:
        return QLatin1String("fl");
    case 0xFB03:
        return QLatin1String("ffi");
    case 0xFB04:
        return QLatin1String("ffl");
    default:
        return {};
    }
}

bool isCombiningMark(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

struct CodePoint
{
    char32_t value = 0;
    int length = 0;
};

CodePoint codePointAt(const QString &text, int i)
{
    const char16_t unit = text.at(i).unicode();
    if (QChar::isHighSurrogate(unit) && i + 1 < text.size()
        && QChar::isLowSurrogate(text.at(i + 1).unicode()))
        return {QChar::surrogateToUcs4(unit, text.at(i + 1).unicode()), 2};
    return {unit, 1};
}

// The GSM-safe form of a character followed by combining marks: its precomposed form when that is
// GSM (e + U+0301 -> é), else the replacement of the precomposed form or of the base character,
// else the base alone when it is GSM (the marks are dropped). Empty when nothing fits.
QString clusterReplacement(const QString &cluster, CodePoint base)
{
    const QString composed = cluster.normalized(QString::NormalizationForm_C);
    if (composed.size() == 1) {
        const char32_t single = composed.at(0).unicode();
        if (gsmSeptets(single) > 0)
            return composed;
        const QString replacement = gsmSafeReplacement(single);
        if (!replacement.isEmpty())
            return replacement;
    }
    if (gsmSeptets(base.value) > 0)
        return QString(cluster.left(base.length));
    return gsmSafeReplacement(base.value);
}

// The characters French operators accept in an alphanumeric sender id.
bool isSenderIdCharacter(char32_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
        || c == u' ' || c == u'.' || c == u'-' || c == u'_' || c == u'&';
}

} // namespace

QString encodingName(Encoding encoding)
{
    return encoding == Encoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
}

int gsmSeptets(char32_t codePoint)
{
    return codePoint < 0x10000 ? Septets[codePoint] : 0;
}

Analysis analyse(const QString &text)
{
    Analysis result;
    const Tally t = tally(text, [&](int position, int length) {
        result.nonGsm.append({position, text.mid(position, length)});
    });
    const Figures f = figures(text, t);
    result.encoding = f.encoding;
    result.characters = t.characters;
    result.units = f.units;
    result.parts = f.parts;
    result.perPart = f.perPart;
    result.remaining = f.remaining;
    return result;
}

Measure measure(QStringView text)
{
    const Figures f = figures(text, tally(text, [](int, int) {}));
    return {f.encoding, f.units, f.parts};
}

QStringList split(const QString &text)
{
    const Measure size = measure(text);
    if (size.parts <= 1)
        return size.parts == 0 ? QStringList() : QStringList {text};
    QStringList parts;
    parts.reserve(size.parts);
    if (size.encoding == Encoding::Ucs2) {
        Ucs2Cutter cutter(text);
        for (qsizetype start = 0; start < text.size();) {
            const qsizetype end = cutter.next();
            parts.append(text.mid(start, end - start));
            start = end;
        }
        return parts;
    }
    int start = 0;
    int used = 0;
    // Same rule as PartCounter: a character that does not fit whole opens the next part, so an
    // escape pair never straddles two parts.
    forEachCharacter(text, [&](int position, int, char32_t codePoint) {
        const int width = gsmSeptets(codePoint);
        if (used + width > Gsm7MultiPart) {
            parts.append(text.mid(start, position - start));
            start = position;
            used = 0;
        }
        used += width;
    });
    parts.append(text.mid(start));
    return parts;
}

QString gsmSafeReplacement(char32_t codePoint)
{
    // A GSM character needs no replacement; the table holds none anyway (checked by the test).
    return QString(replacementFor(codePoint));
}

bool isInvisibleRemovable(char32_t codePoint)
{
    switch (codePoint) {
    case 0x00AD: // soft hyphen
    case 0x200B: // zero width space
    case 0x2060: // word joiner
    case 0xFEFF: // zero width no-break space, or a byte order mark pasted into the text
        return true;
    default:
        return false;
    }
}

QString invisibleCharacterName(char32_t codePoint)
{
    switch (codePoint) {
    case 0x00AD:
        return QCoreApplication::translate("Sms", "soft hyphen");
    case 0x200B:
        return QCoreApplication::translate("Sms", "zero width space");
    case 0x2060:
        return QCoreApplication::translate("Sms", "word joiner");
    case 0xFEFF:
        return QCoreApplication::translate("Sms", "zero width no-break space (byte order mark)");
    default:
        return {};
    }
}

QList<Rewrite> gsmSafeRewrites(const QString &text)
{
    QList<Rewrite> rewrites;
    const int size = int(text.size());
    for (int i = 0; i < size;) {
        const CodePoint base = codePointAt(text, i);
        int end = i + base.length;
        while (end < size) {
            const CodePoint next = codePointAt(text, end);
            if (!isCombiningMark(next.value))
                break;
            end += next.length;
        }
        if (end > i + base.length) {
            // Combining marks are never GSM: the base and its marks are rewritten as one.
            const QString cluster = text.mid(i, end - i);
            const QString replacement = clusterReplacement(cluster, base);
            if (!replacement.isEmpty())
                rewrites.append({i, end - i, cluster, replacement});
        } else if (gsmSeptets(base.value) == 0) {
            const QLatin1String replacement = replacementFor(base.value);
            if (!replacement.isEmpty())
                rewrites.append({i, base.length, text.mid(i, base.length), QString(replacement)});
            else if (isInvisibleRemovable(base.value))
                rewrites.append({i, base.length, text.mid(i, base.length), QString()}); // deletion
        }
        i = end;
    }
    return rewrites;
}

QString applyRewrites(const QString &text, const QList<Rewrite> &rewrites)
{
    QList<Rewrite> ordered = rewrites;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Rewrite &a, const Rewrite &b) { return a.position < b.position; });
    const QStringView view(text);
    QString result;
    result.reserve(text.size());
    qsizetype done = 0; // text before this index is already in `result`
    for (const Rewrite &rewrite : std::as_const(ordered)) {
        if (rewrite.position < done || rewrite.length <= 0
            || rewrite.position > text.size() - rewrite.length)
            continue;
        const QStringView original = view.mid(rewrite.position, rewrite.length);
        if (!rewrite.original.isEmpty() && original != rewrite.original)
            continue;
        result += view.mid(done, rewrite.position - done);
        result += rewrite.replacement;
        done = rewrite.position + rewrite.length;
    }
    result += view.mid(done);
    return result;
}

SenderIdCheck validateSenderId(const QString &senderId)
{
    constexpr int MaxLength = 11;
    SenderIdCheck check;
    if (senderId.isEmpty()) {
        check.errorString = QCoreApplication::translate("Sms", "The sender name is empty.");
        return check;
    }
    const bool allSpaces = std::all_of(senderId.cbegin(), senderId.cend(),
                                       [](QChar c) { return c == QLatin1Char(' '); });
    if (allSpaces) {
        check.errorString =
            QCoreApplication::translate("Sms", "The sender name contains only spaces.");
        return check;
    }
    for (int i = 0; i < senderId.size();) {
        const CodePoint c = codePointAt(senderId, i);
        if (!isSenderIdCharacter(c.value)) {
            // The code point makes invisible characters (tab, no-break space) identifiable.
            const QString codePoint =
                QStringLiteral("%1").arg(uint(c.value), 4, 16, QLatin1Char('0')).toUpper();
            check.errorString =
                QCoreApplication::translate(
                    "Sms",
                    "The sender name cannot contain \"%1\" (U+%2): use only A-Z, a-z, 0-9, "
                    "space, \".\", \"-\", \"_\" and \"&\".")
                    .arg(senderId.mid(i, c.length), codePoint);
            return check;
        }
        i += c.length;
    }
    if (senderId.size() > MaxLength) {
        check.errorString =
            QCoreApplication::translate(
                "Sms", "The sender name is too long: %1 characters, at most %2 are allowed.")
                .arg(senderId.size())
                .arg(MaxLength);
        return check;
    }
    if (senderId.startsWith(QLatin1Char(' ')) || senderId.endsWith(QLatin1Char(' '))) {
        check.errorString =
            QCoreApplication::translate("Sms", "The sender name cannot start or end with a space.");
        return check;
    }
    const bool allDigits = std::all_of(senderId.cbegin(), senderId.cend(),
                                       [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (allDigits) {
        check.errorString = QCoreApplication::translate(
            "Sms", "The sender name cannot be only digits: numeric senders are not accepted here.");
        return check;
    }
    check.ok = true;
    return check;
}

QString withFooter(const QString &message, const QString &footer)
{
    QString text = message;
    appendFooter(&text, footer);
    return text;
}

void appendFooter(QString *message, const QString &footer)
{
    // A footer of spaces only would add an empty-looking line and cost units for nothing.
    if (QStringView(footer).trimmed().isEmpty())
        return;
    // Without a message there is no line to end: a leading newline would cost a unit for nothing.
    if (!message->isEmpty())
        *message += QLatin1Char('\n');
    *message += footer;
}

} // namespace Sms
