// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// GSM 03.38 / 3GPP TS 23.038 analysis of SMS text: which encoding a text needs, how many units
// and parts it takes, how a provider splits it, and which characters force UCS-2. Pure functions.
namespace Sms {

enum class Encoding { Gsm7, Ucs2 };

// "GSM-7" or "UCS-2" (wire names, not translated).
QString encodingName(Encoding encoding);

// A character that is in neither the GSM-7 default alphabet nor its extension table.
// Small "ç" counts as such (the cautious reading of code 0x09, see sms-encoding.md).
struct NonGsmCharacter
{
    int position = 0; // UTF-16 index of the character in the analysed text
    QString character; // the character itself (two UTF-16 units for a surrogate pair)
    bool operator==(const NonGsmCharacter &other) const
    {
        return position == other.position && character == other.character;
    }
};

struct Analysis
{
    Encoding encoding = Encoding::Gsm7;
    int characters = 0; // Unicode code points (a surrogate pair counts 1)
    int units = 0; // GSM-7: septets (extension characters count 2); UCS-2: UTF-16 units
    int parts = 0; // as split() cuts the text; 0 for an empty text; may exceed MaxParts
    int perPart = 160; // capacity of one part for this text: 160/153 (GSM-7), 70/67 (UCS-2)
    int remaining = 160; // units still free in the last part (a wider character or grapheme
                         // cluster than this opens one more part)
    QList<NonGsmCharacter> nonGsm; // in order of appearance
};

Analysis analyse(const QString &text);

// Part capacities (3GPP TS 23.040, concatenated SMS with an 8-bit reference UDH of 6 octets).
inline constexpr int Gsm7SinglePart = 160; // septets
inline constexpr int Gsm7MultiPart = 153; // septets
inline constexpr int Ucs2SinglePart = 70; // UTF-16 units
inline constexpr int Ucs2MultiPart = 67; // UTF-16 units
// The 8-bit reference UDH numbers parts from 1 to 255: a longer text cannot be sent as one message.
// analyse() and measure() still count its parts; the preflight compares them with the provider's
// own maximum, which is often lower.
inline constexpr int MaxParts = 255;

// The figures of analyse() without the list of non-GSM characters, for counting many rendered
// messages (cost preview over a whole audience). Always agrees with analyse() and split().
// Allocates nothing, except once for a UCS-2 text of more than 1,023 units with a grapheme
// cluster of several code points at a cut (QTextBoundaryFinder's buffer).
struct Measure
{
    Encoding encoding = Encoding::Gsm7;
    int units = 0;
    int parts = 0;
};
Measure measure(QStringView text);

// The parts as a provider sends them (concatenated SMS with an 8-bit reference UDH): at most
// 153 septets / 67 UTF-16 units per part when there are several; each part takes as much as fits.
// Joining the parts gives the text back. Empty text: no parts. analyse() and measure() count
// exactly these parts.
// - GSM-7: an escape pair (€, {, ...: 2 septets) is never split.
// - UCS-2: a part never ends inside an extended grapheme cluster (Unicode UAX #29, as
//   QTextBoundaryFinder::Grapheme finds them): a cluster of several code points moves whole
//   to the next part, such as a flag 🇫🇷, an emoji with a skin tone 👍🏽,
//   a ZWJ sequence 👨‍👩‍👧, ❤️ (U+2764 U+FE0F) or e + U+0301.
//   Android (AOSP SmsMessageBase.findNextUnicodePosition) and Twilio's segment calculator cut
//   so, and it can take one part more than a cut between code points: counting like them keeps
//   the cost preview from under-counting billed parts. Where Qt's boundaries break a rule of
//   UAX #29 (Qt 6.4 tailors Indic scripts and miscounts flags after an emoji) the rule wins; a
//   part never starts after ZWJ nor with a mark, even after a control character: in such rare
//   text Tribune may count one part more than Android or Twilio, never fewer. A cluster longer
//   than a part (only in contrived text, such as a letter with dozens of accents) is cut
//   between code points, never inside a surrogate pair, so that every part stays within 67 units.
QStringList split(const QString &text);

// Septets one code point takes in GSM-7: 1 (default alphabet), 2 (extension table), 0 (none).
int gsmSeptets(char32_t codePoint);

// A GSM-safe replacement offered for one character (never applied silently).
struct Rewrite
{
    int position = 0; // UTF-16 index in the text
    int length = 0; // UTF-16 units replaced
    QString original;
    QString replacement;
    bool operator==(const Rewrite &other) const
    {
        return position == other.position && length == other.length && original == other.original
            && replacement == other.replacement;
    }
};

// The replacement for one character (e.g. ’ -> ', « -> ", … -> ..., ê -> e, œ -> oe, NBSP ->
// space), or an empty string when none is known. Characters to delete have none: see
// isInvisibleRemovable().
QString gsmSafeReplacement(char32_t codePoint);

// An invisible character that forces UCS-2 for nothing and is best deleted: SOFT HYPHEN U+00AD,
// ZERO WIDTH SPACE U+200B, WORD JOINER U+2060, ZERO WIDTH NO-BREAK SPACE / byte order mark U+FEFF
// (all common in text pasted from web pages and word processors). ZWJ U+200D and ZWNJ U+200C are
// not among them: they hold emoji sequences (👨‍👩‍👧) and some scripts together.
bool isInvisibleRemovable(char32_t codePoint);

// The translated name of a character isInvisibleRemovable() accepts ("zero width space"), to show
// instead of the character itself; empty for any other character.
QString invisibleCharacterName(char32_t codePoint);

// Every non-GSM character of the text that has a known replacement, in text order, and every
// invisible removable character as a deletion (a Rewrite whose `replacement` is empty).
// A character followed by combining marks (decomposed text, as pasted from macOS: "e" + U+0301)
// is offered as one rewrite covering the whole sequence ("e\u0301" -> "é", "e\u0302" -> "e").
QList<Rewrite> gsmSafeRewrites(const QString &text);

// Applies the given rewrites (positions refer to `text`; any order; overlapping ones are ignored);
// an empty `replacement` deletes the original.
// Of overlapping rewrites the first in text order wins; rewrites out of range, of length <= 0, or
// whose non-empty `original` no longer matches the text (stale) are skipped too.
QString applyRewrites(const QString &text, const QList<Rewrite> &rewrites);

// An alphanumeric sender id: 1 to 11 characters from A-Z a-z 0-9 space . - _ & (the set French
// operators accept), not all digits, not blank. Purely numeric senders (short codes, long numbers)
// are a provider matter and are not accepted here.
struct SenderIdCheck
{
    bool ok = false;
    QString errorString; // translated, names the problem
};
SenderIdCheck validateSenderId(const QString &senderId);

// Appends the mandatory footer on its own line; an empty or blank footer adds nothing, and an empty
// message gives the footer alone.
QString withFooter(const QString &message, const QString &footer);
// The same in place: appends the footer to *message as withFooter() would.
void appendFooter(QString *message, const QString &footer);

} // namespace Sms
