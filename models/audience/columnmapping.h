// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// How the columns of a broker file map to Tribune's contact fields. Guessed from the header
// (téléphone/mobile/phone, prénom, nom, code postal, commune, département, âge/tranche d'âge,
// date d'opt-in …, case and accents ignored); every other column is kept as an attribute under
// its normalised name, usable in filters and merge fields.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
public:
    // The standard fields, in the order of the contacts table.
    enum class Field {
        Ignore,
        Phone,
        FirstName,
        LastName,
        PostalCode,
        Commune,
        Department,
        AgeBracket,
        OptInDate,
        Attribute
    };

    struct Column
    {
        int index = 0;
        QString header; // as in the file ("" without a header row)
        Field field = Field::Attribute;
        QString attributeName; // normalised name when field == Attribute
    };

    QList<Column> columns;

    // Guesses from header names; without a header, from the values of the first rows.
    static ColumnMapping guess(const QStringList &header);
    static ColumnMapping guessFromValues(const QList<QStringList> &sampleRows);

    int phoneColumn() const; // -1 when none
    int columnOf(Field field) const; // -1 when none
    bool isValid(QString *errorString) const; // exactly one phone column, no duplicate field

    // The contacts columns a new contact row fills, in the order importers bind them: audience_id,
    // phone, line_type, the standard fields, attributes, import_id, source_row, created_at,
    // updated_at.
    static QStringList contactInsertColumns();
    static QString fieldKey(Field field); // "phone", "first_name", ... (contacts columns)
    static QString fieldLabel(Field field); // translated
    // The merge-field / filter name of a standard field ("prenom", "code_postal", ...).
    static QString mergeName(Field field);
};
