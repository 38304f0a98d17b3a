// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the SMS engine: checks the invariants of Sms::analyse()/split()/rewrites and
// of MessageTemplate on arbitrary text, read as UTF-8 and, separately, as raw UTF-16 (the only way
// to reach lone surrogates: QString::fromUtf8 replaces them).
#include "sms/messagetemplate.h"
#include "sms/smsencoding.h"

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
    }
    const QString rewritten = Sms::applyRewrites(text, rewrites);
    check(Sms::analyse(rewritten).nonGsm.size() <= analysis.nonGsm.size(),
          "rewriting never adds non-GSM characters", text);
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
