// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// A message with merge fields: "Bonjour {prenom|Madame, Monsieur}, ..." — {name} is replaced by
// the recipient's value for that field, {name|default} by the default when the value is empty.
// "{{" and "}}" stand for literal braces. Field names are case-insensitive, [a-z0-9_] after
// lower-casing and stripping accents ("{Prénom}" is "prenom").
class MessageTemplate
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplate)
public:
    struct Field
    {
        QString name;         // normalised: lower case, no accents
        QString defaultValue; // text after '|', may be empty
        bool hasDefault = false;
        int position = 0;     // UTF-16 index of '{' in the template text
        int length = 0;       // up to and including '}'
    };

    struct Error
    {
        int position = 0;
        int length = 0;
        QString message; // translated; names the field or the problem
    };

    explicit MessageTemplate(const QString &text = QString());

    QString text() const { return m_text; }
    QList<Field> fields() const { return m_fields; }
    // Syntax errors (unclosed "{", empty or invalid name) and fields not in `knownFields`
    // (compared after normalisation).
    QList<Error> errors(const QStringList &knownFields) const;

    // Renders for one recipient; `value(name)` returns the recipient's value (empty when missing).
    QString render(const std::function<QString(const QString &name)> &value) const;
    // The same into *result, replacing its text but keeping its capacity: rendering for many
    // recipients into one string allocates nothing once it is large enough.
    void render(const std::function<QString(const QString &name)> &value, QString *result) const;

    // Normalises a field or column name: lower case, accents removed, spaces and '-' to '_'.
    static QString normaliseName(const QString &name);
    // The fields every contact has: prenom, nom, commune, code_postal, departement, tranche_age.
    static QStringList standardFields();

private:
    struct Piece
    {
        QString literal; // used when fieldIndex < 0
        int fieldIndex = -1;
    };
    QString m_text;
    QList<Field> m_fields;
    QList<Piece> m_pieces;
    QList<Error> m_syntaxErrors;
};
