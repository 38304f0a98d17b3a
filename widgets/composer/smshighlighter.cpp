// SPDX-License-Identifier: GPL-3.0-or-later
#include "smshighlighter.h"

#include "sms/messagetemplate.h"
#include "sms/smsencoding.h"

#include <QStringView>
#include <QTextCharFormat>

SmsHighlighter::SmsHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void SmsHighlighter::setKnownFields(const QStringList &fields)
{
    if (fields == m_knownFields)
        return;
    m_knownFields = fields;
    rehighlight();
}

void SmsHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat field;
    field.setForeground(QColor(0x1f, 0x5f, 0xbf));
    field.setFontWeight(QFont::DemiBold);
    QTextCharFormat unknown;
    unknown.setForeground(QColor(0xc0, 0x1c, 0x28));
    unknown.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    unknown.setUnderlineColor(QColor(0xc0, 0x1c, 0x28));
    const MessageTemplate messageTemplate(text);
    for (const MessageTemplate::Field &f : messageTemplate.fields())
        setFormat(f.position, f.length, m_knownFields.contains(f.name) ? field : unknown);
    for (const MessageTemplate::Error &error : messageTemplate.errors(m_knownFields))
        setFormat(error.position, qMax(1, error.length), unknown);

    QTextCharFormat ucs2;
    ucs2.setBackground(QColor(0xff, 0xd6, 0x8a));
    ucs2.setForeground(QColor(0x5a, 0x32, 0x00));
    for (const Sms::NonGsmCharacter &c : Sms::analyse(text).nonGsm)
        setFormat(c.position, int(c.character.size()), ucs2);
}
