// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QSyntaxHighlighter>

// Marks, in the message editor, the characters that force UCS-2 (they halve the part size) and
// the merge fields, unknown ones in red.
class SmsHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmsHighlighter)
public:
    explicit SmsHighlighter(QTextDocument *document);

    void setKnownFields(const QStringList &fields);

protected:
    void highlightBlock(const QString &text) override;

private:
    QStringList m_knownFields;
};
