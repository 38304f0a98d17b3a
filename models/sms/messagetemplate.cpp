// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetemplate.h"

#include <algorithm>

namespace {

bool isValidName(const QString &name)
{
    if (name.isEmpty())
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

// A value of spaces only (a badly imported cell) would print as a hole in the message: it counts
// as missing, so the default applies. Checked without allocating: render() runs per recipient.
bool isBlank(const QString &value)
{
    return std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace(); });
}

// The field name as the user typed it (between '{' and '|' or '}'), for error messages.
QString typedName(const QString &text, const MessageTemplate::Field &field)
{
    const QStringView inner = QStringView(text).mid(field.position + 1, field.length - 2);
    const qsizetype bar = inner.indexOf(QLatin1Char('|'));
    return (bar < 0 ? inner : inner.left(bar)).trimmed().toString();
}

} // namespace

MessageTemplate::MessageTemplate(const QString &text)
    : m_text(text)
{
    QString literal;
    auto flushLiteral = [&]() {
        if (!literal.isEmpty()) {
            m_pieces.append({literal, -1});
            literal.clear();
        }
    };
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        const bool doubled = i + 1 < size && text.at(i + 1) == c;
        if (c == u'}') {
            // "}}" is the escape; a lone '}' cannot start anything, so it is kept as written.
            literal += c;
            i += doubled ? 2 : 1;
            continue;
        }
        if (c != u'{') {
            literal += c;
            ++i;
            continue;
        }
        if (doubled) {
            literal += c;
            i += 2;
            continue;
        }
        // A field runs to the first '}'. Another '{' before it means this one was never closed:
        // "{prenom, à {date}" reports the first brace instead of a strange name "prenom, à {date".
        int close = i + 1;
        while (close < size && text.at(close) != u'}' && text.at(close) != u'{')
            ++close;
        if (close == size || text.at(close) == u'{') {
            m_syntaxErrors.append(
                {i, 1,
                 tr("This \"{\" is not closed: end the field with \"}\", or write \"{{\" for a "
                    "literal brace.")});
            literal += c;
            ++i;
            continue;
        }
        Field field;
        field.position = i;
        field.length = close - i + 1;
        const QStringView inner = QStringView(text).mid(i + 1, close - i - 1);
        const qsizetype bar = inner.indexOf(QLatin1Char('|'));
        const QStringView spelledName = (bar < 0 ? inner : inner.left(bar)).trimmed();
        field.name = normaliseName(spelledName.toString());
        if (bar >= 0) {
            field.hasDefault = true;
            field.defaultValue = inner.mid(bar + 1).toString();
        }
        i = close + 1;
        if (spelledName.isEmpty()) {
            m_syntaxErrors.append(
                {field.position, field.length,
                 tr("A field has no name: write one between the braces, e.g. {prenom}, or "
                    "\"{{\" for a literal brace.")});
        } else if (!isValidName(field.name)) {
            m_syntaxErrors.append({field.position, field.length,
                                   tr("\"%1\" is not a valid field name: use letters, digits, "
                                      "spaces, \"-\" or \"_\".")
                                       .arg(spelledName)});
        } else {
            flushLiteral();
            m_fields.append(field);
            m_pieces.append({QString(), int(m_fields.size()) - 1});
            continue;
        }
        // A field in error is sent as written, so that what the user sees is what goes out.
        literal += QStringView(text).mid(field.position, field.length);
    }
    flushLiteral();
}

QList<MessageTemplate::Error> MessageTemplate::errors(const QStringList &knownFields) const
{
    QList<Error> result = m_syntaxErrors;
    QStringList known;
    known.reserve(knownFields.size());
    for (const QString &name : knownFields)
        known.append(normaliseName(name));
    for (const Field &field : m_fields) {
        if (known.contains(field.name))
            continue;
        const QString message = known.isEmpty()
            ? tr("Unknown field \"%1\": this audience has no fields.").arg(typedName(m_text, field))
            : tr("Unknown field \"%1\". Available fields: %2.")
                  .arg(typedName(m_text, field), known.join(QLatin1String(", ")));
        result.append({field.position, field.length, message});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Error &a, const Error &b) { return a.position < b.position; });
    return result;
}

QString MessageTemplate::render(const std::function<QString(const QString &name)> &value) const
{
    QString result;
    result.reserve(m_text.size() + 16 * m_fields.size());
    render(value, &result);
    return result;
}

void MessageTemplate::render(const std::function<QString(const QString &name)> &value,
                             QString *result) const
{
    result->resize(0);
    for (const Piece &piece : m_pieces) {
        if (piece.fieldIndex < 0) {
            *result += piece.literal;
            continue;
        }
        const Field &field = m_fields.at(piece.fieldIndex);
        const QString fieldValue = value ? value(field.name) : QString();
        // The value is inserted as is: braces in a recipient's data are never read as fields.
        *result += (field.hasDefault && isBlank(fieldValue)) ? field.defaultValue : fieldValue;
    }
}

QString MessageTemplate::normaliseName(const QString &name)
{
    const QString decomposed = name.trimmed().normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue; // the accents split off by the decomposition
        const QChar lower = c.toLower();
        if (c.isSpace() || c == u'-')
            result += QLatin1Char('_');
        // Ligatures do not decompose; spelled out as French writers do without them.
        else if (lower == u'œ')
            result += QLatin1String("oe");
        else if (lower == u'æ')
            result += QLatin1String("ae");
        else if (lower == u'ß')
            result += QLatin1String("ss");
        else
            result += lower;
    }
    return result;
}

QStringList MessageTemplate::standardFields()
{
    return {QStringLiteral("prenom"),      QStringLiteral("nom"),
            QStringLiteral("commune"),     QStringLiteral("code_postal"),
            QStringLiteral("departement"), QStringLiteral("tranche_age")};
}
