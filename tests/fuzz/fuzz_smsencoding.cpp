// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the SMS engine: checks the invariants of Sms::analyse()/split()/rewrites and
// of MessageTemplate on arbitrary text, read as UTF-8 and, separately, as raw UTF-16 (the only way
// to reach lone surrogates: QString::fromUtf8 replaces them).
#include "sms/messagetemplate.h"
#include "sms/smsencoding.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

// Reports which invariant broke, then aborts so that libFuzzer saves the input.
void check(bool holds, const char *invariant, const QString &text)
{
    if (holds)
        return;
    std::fprintf(stderr, "invariant violated: %s\ntext (%lld UTF-16 units): %s\n", invariant,
                 static_cast<long long>(text.size()), text.toUtf8().constData());
    std::abort();
}

bool isRegionalIndicator(char32_t codePoint)
{
    return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
}

// A character that extends the grapheme cluster before it (UAX #29 Extend, ZWJ, SpacingMark).
bool isExtending(char32_t codePoint)
{
    const QChar::Category category = QChar::category(codePoint);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing || codePoint == 0x200C || codePoint == 0x200D
        || codePoint == 0x0E33 || codePoint == 0x0EB3 || codePoint == 0xFF9E || codePoint == 0xFF9F
        || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF)
        || (codePoint >= 0xE0020 && codePoint <= 0xE007F);
}

// A character never separated from the next one: ZWJ, UAX #29 Prepend.
bool isJoining(char32_t codePoint)
{
    static const char32_t prepend[] = {
        0x0600,  0x0601,  0x0602,  0x0603,  0x0604,  0x0605,  0x06DD,  0x070F,  0x0890,
        0x0891,  0x08E2,  0x0D4E,  0x110BD, 0x110CD, 0x111C2, 0x111C3, 0x1193F, 0x11941,
        0x11A3A, 0x11A84, 0x11A85, 0x11A86, 0x11A87, 0x11A88, 0x11A89, 0x11D46, 0x11F02};
    return codePoint == 0x200D
        || std::find(std::begin(prepend), std::end(prepend), codePoint) != std::end(prepend);
}

// The reference for UCS-2 cuts, independent of the engine's shortcuts and of its single finder:
// one QTextBoundaryFinder over the whole text, every position tried, the UAX #29 rules that forbid
// a boundary checked again (Qt tailors Indic scripts and miscounts regional indicators).
class CutReference
{
public:
    explicit CutReference(const QString &text)
        : m_text(text)
        , m_finder(QTextBoundaryFinder::Grapheme, text)
    { }

    bool isCut(qsizetype position)
    {
        if (position <= 0 || position >= m_text.size())
            return true;
        if (m_text.at(position).isLowSurrogate() && m_text.at(position - 1).isHighSurrogate())
            return false;
        const char32_t next = startingAt(position);
        const char32_t previous = endingAt(position);
        if (isExtending(next) || isJoining(previous) || (previous == u'\r' && next == u'\n'))
            return false;
        if (isRegionalIndicator(next) && isRegionalIndicator(previous)) {
            qsizetype before = 0;
            while (isRegionalIndicator(endingAt(position - 2 * before)))
                ++before;
            return before % 2 == 0;
        }
        m_finder.setPosition(position);
        return m_finder.isAtBoundary();
    }

    // The part lengths of Android's findNextUnicodePosition with these cuts.
    QList<qsizetype> partLengths()
    {
        QList<qsizetype> lengths;
        for (qsizetype start = 0; start < m_text.size();) {
            qsizetype end = std::min(start + Sms::Ucs2MultiPart, m_text.size());
            qsizetype cut = end;
            while (cut > start && !isCut(cut))
                --cut;
            if (cut > start)
                end = cut;
            else if (m_text.at(end - 1).isHighSurrogate() && end < m_text.size()
                     && m_text.at(end).isLowSurrogate())
                --end;
            lengths.append(end - start);
            start = end;
        }
        return lengths;
    }

private:
    char32_t startingAt(qsizetype position) const
    {
        return QStringView(m_text).mid(position, 2).toUcs4().value(0);
    }
    // The code point that ends at `position` (0 at the start of the text).
    char32_t endingAt(qsizetype position) const
    {
        if (position <= 0)
            return 0;
        if (position >= 2 && m_text.at(position - 1).isLowSurrogate()
            && m_text.at(position - 2).isHighSurrogate())
            return QStringView(m_text).mid(position - 2, 2).toUcs4().value(0);
        return m_text.at(position - 1).unicode();
    }

    const QString &m_text;
    QTextBoundaryFinder m_finder;
};

// Units one part takes in the encoding of the whole message.
int partUnits(const QString &part, Sms::Encoding encoding)
{
    return encoding == Sms::Encoding::Ucs2 ? int(part.size()) : Sms::analyse(part).units;
}

void checkText(const QString &text)
{
    const Sms::Analysis analysis = Sms::analyse(text);
    check(analysis.parts * analysis.perPart >= analysis.units, "parts * perPart >= units", text);
    check(analysis.units >= analysis.characters || analysis.encoding == Sms::Encoding::Ucs2,
          "GSM-7 units >= characters", text);
    check((analysis.units == 0) == (analysis.parts == 0), "no parts only for empty text", text);
    check(analysis.remaining >= 0 && analysis.remaining <= analysis.perPart,
          "0 <= remaining <= perPart", text);
    check((analysis.encoding == Sms::Encoding::Gsm7) == analysis.nonGsm.isEmpty(),
          "UCS-2 exactly when a character is not GSM", text);
    for (const Sms::NonGsmCharacter &entry : analysis.nonGsm)
        check(QStringView(text).mid(entry.position, entry.character.size()) == entry.character,
              "nonGsm positions point at their characters", text);

    const QStringList parts = Sms::split(text);
    check(parts.size() == analysis.parts, "parts == split().size()", text);
    check(parts.join(QString()) == text, "split() rejoins to the text", text);
    int lastUnits = 0;
    for (int i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        check(!part.isEmpty(), "no empty part", text);
        lastUnits = partUnits(part, analysis.encoding);
        check(lastUnits <= analysis.perPart, "each part within capacity", text);
        if (i > 0)
            check(!(parts.at(i - 1).back().isHighSurrogate() && part.front().isLowSurrogate()),
                  "no surrogate pair cut between parts", text);
    }
    if (!parts.isEmpty())
        check(analysis.remaining == analysis.perPart - lastUnits,
              "remaining is what the last part leaves", text);
    if (analysis.encoding == Sms::Encoding::Ucs2 && parts.size() > 1) {
        CutReference reference(text);
        QList<qsizetype> lengths;
        qsizetype start = 0;
        for (const QString &part : parts) {
            // A part starts with a character that extends the one before it only when the part
            // before it has no allowed cut at all (a grapheme cluster longer than a part).
            if (start > 0 && isExtending(QStringView(part).mid(0, 2).toUcs4().value(0))) {
                bool longCluster = true;
                for (qsizetype position = start - lengths.last() + 1; position < start; ++position)
                    longCluster = longCluster && !reference.isCut(position);
                check(longCluster, "no part starts inside a grapheme cluster", text);
            }
            lengths.append(part.size());
            start += part.size();
        }
        check(lengths == reference.partLengths(),
              "UCS-2 parts are cut like Android's findNextUnicodePosition", text);
    }

    const Sms::Measure measure = Sms::measure(text);
    check(measure.encoding == analysis.encoding && measure.units == analysis.units
              && measure.parts == analysis.parts,
          "measure() agrees with analyse()", text);

    const QList<Sms::Rewrite> rewrites = Sms::gsmSafeRewrites(text);
    for (const Sms::Rewrite &rewrite : rewrites) {
        check(QStringView(text).mid(rewrite.position, rewrite.length) == rewrite.original,
              "rewrite original matches the text", text);
        check(Sms::analyse(rewrite.replacement).encoding == Sms::Encoding::Gsm7,
              "every replacement is GSM-7", text);
        check(!rewrite.replacement.isEmpty()
                  || (rewrite.original.size() == 1
                      && Sms::isInvisibleRemovable(rewrite.original.at(0).unicode())),
              "only invisible characters are deleted", text);
    }
    const QString rewritten = Sms::applyRewrites(text, rewrites);
    check(Sms::analyse(rewritten).nonGsm.size() <= analysis.nonGsm.size(),
          "rewriting never adds non-GSM characters", text);

    const QString footer = QStringLiteral("STOP au 36111");
    check(Sms::withFooter(text, footer)
              == (text.isEmpty() ? footer : text + QLatin1Char('\n') + footer),
          "withFooter() puts the footer on its own line, alone for an empty message", text);
}

// The literal text of a template without fields: "{{" and "}}" stand for single braces.
QString unescaped(const QString &text)
{
    QString result = text;
    result.replace(QLatin1String("{{"), QLatin1String("{"));
    result.replace(QLatin1String("}}"), QLatin1String("}"));
    return result;
}

void checkTemplate(const QString &text)
{
    const MessageTemplate messageTemplate(text);
    const QList<MessageTemplate::Field> fields = messageTemplate.fields();
    for (const MessageTemplate::Field &field : fields) {
        check(field.position >= 0 && field.length >= 2
                  && field.position + field.length <= text.size(),
              "field span inside the text", text);
        check(text.at(field.position) == QLatin1Char('{')
                  && text.at(field.position + field.length - 1) == QLatin1Char('}'),
              "field span is {...}", text);
        check(!field.name.isEmpty(), "valid fields have a name", text);
    }
    const QList<MessageTemplate::Error> syntaxErrors = messageTemplate.errors(
        fields.isEmpty() ? QStringList() : QStringList {fields.constFirst().name});
    for (const MessageTemplate::Error &error : syntaxErrors)
        check(error.position >= 0 && error.length >= 1
                  && error.position + error.length <= text.size() && !error.message.isEmpty(),
              "error span inside the text, with a message", text);
    messageTemplate.errors(MessageTemplate::standardFields());

    // Missing values: every field shrinks to its default, which is shorter than the field itself.
    const QString empty = messageTemplate.render([](const QString &) { return QString(); });
    check(empty.size() <= text.size(), "rendering without values never grows the text", text);
    if (fields.isEmpty() && messageTemplate.errors({}).isEmpty())
        check(empty == unescaped(text), "a template without fields renders as its unescaped text",
              text);

    // Values full of braces are inserted as they are, never parsed again.
    const QString braces = QStringLiteral("{x}}{{");
    const QString rendered = messageTemplate.render([&braces](const QString &) { return braces; });
    check(rendered.count(braces) >= fields.size(), "values inserted verbatim", text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString utf8 = QString::fromUtf8(bytes);
    checkText(utf8);
    checkTemplate(utf8);

    // Raw UTF-16, copied because libFuzzer's buffer need not be 2-byte aligned.
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(utf16.data(), data, size / 2 * sizeof(QChar));
    checkText(utf16);
    checkTemplate(utf16);
    return 0;
}
