// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmapping.h"

#include "sms/messagetemplate.h"

#include <QRegularExpression>

namespace {

struct Synonyms
{
    ColumnMapping::Field field;
    const char *names; // normalised, '|' separated
};

// Normalised names (MessageTemplate::normaliseName: lower case, no accents, spaces and '-' -> '_').
const Synonyms kSynonyms[] = {
    {ColumnMapping::Field::Phone,
     "telephone|tel|phone|mobile|portable|gsm|numero|num_tel|numero_tel|numero_de_telephone|"
     "telephone_mobile|tel_mobile|tel_portable|msisdn|phone_number|mobile_phone|cellphone|cell"},
    {ColumnMapping::Field::FirstName, "prenom|first_name|firstname|given_name|prenoms"},
    {ColumnMapping::Field::LastName,
     "nom|last_name|lastname|surname|family_name|nom_de_famille|name"},
    {ColumnMapping::Field::PostalCode,
     "code_postal|cp|codepostal|zip|zipcode|zip_code|postal_code|postcode"},
    {ColumnMapping::Field::Commune, "commune|ville|city|localite|town"},
    {ColumnMapping::Field::Department,
     "departement|dept|dep|dpt|department|code_departement|num_departement"},
    {ColumnMapping::Field::AgeBracket,
     "tranche_age|tranche_d_age|age|tranche_dage|age_bracket|age_range|classe_age"},
    {ColumnMapping::Field::OptInDate,
     "date_optin|date_opt_in|date_d_opt_in|date_doptin|optin_date|opt_in_date|date_consentement|"
     "date_collecte|date_inscription"},
};

QString normalise(const QString &header)
{
    QString name = MessageTemplate::normaliseName(header.trimmed());
    name.replace(QLatin1Char('\''), QLatin1Char('_'));
    name.replace(QChar(0x2019), QLatin1Char('_'));
    static const QRegularExpression invalid(QStringLiteral("[^a-z0-9_]+"));
    name.replace(invalid, QStringLiteral("_"));
    static const QRegularExpression repeats(QStringLiteral("_+"));
    name.replace(repeats, QStringLiteral("_"));
    while (name.startsWith(QLatin1Char('_')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('_')))
        name.chop(1);
    return name;
}

ColumnMapping::Field fieldForName(const QString &name)
{
    for (const Synonyms &synonyms : kSynonyms) {
        const QStringList names = QString::fromLatin1(synonyms.names).split(QLatin1Char('|'));
        if (names.contains(name))
            return synonyms.field;
    }
    return ColumnMapping::Field::Attribute;
}

} // namespace

ColumnMapping ColumnMapping::guess(const QStringList &header)
{
    ColumnMapping mapping;
    QList<Field> taken;
    QStringList attributeNames;
    for (int i = 0; i < header.size(); ++i) {
        Column column;
        column.index = i;
        column.header = header.at(i);
        const QString name = normalise(header.at(i));
        Field field = fieldForName(name);
        if (field != Field::Attribute && taken.contains(field))
            field = Field::Attribute; // a second "mobile" column is kept, not used as the phone
        column.field = field;
        if (field == Field::Attribute) {
            QString attribute = name.isEmpty() ? QStringLiteral("colonne_%1").arg(i + 1) : name;
            // Attribute names must not shadow the standard fields in merge fields and filters.
            if (MessageTemplate::standardFields().contains(attribute)
                || attributeNames.contains(attribute))
                attribute = QStringLiteral("%1_%2").arg(attribute).arg(i + 1);
            column.attributeName = attribute;
            attributeNames.append(attribute);
        } else {
            taken.append(field);
        }
        mapping.columns.append(column);
    }
    return mapping;
}

ColumnMapping ColumnMapping::guessFromValues(const QList<QStringList> &sampleRows)
{
    int width = 0;
    for (const QStringList &row : sampleRows)
        width = qMax(width, int(row.size()));
    QStringList header;
    for (int i = 0; i < width; ++i)
        header.append(QString());
    ColumnMapping mapping = guess(header);
    // The phone column is the one whose values most often look like phone numbers.
    static const QRegularExpression phoneLike(
        QStringLiteral("^\\s*(\\+|00)?[0-9][0-9 .\\-]{7,16}[0-9]\\s*$"));
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < width; ++i) {
        int score = 0;
        for (const QStringList &row : sampleRows)
            score += i < row.size() && phoneLike.match(row.at(i)).hasMatch() ? 1 : 0;
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    if (best >= 0 && bestScore * 2 >= int(sampleRows.size())) {
        mapping.columns[best].field = Field::Phone;
        mapping.columns[best].attributeName.clear();
    }
    return mapping;
}

QStringList ColumnMapping::contactInsertColumns()
{
    return {
        QStringLiteral("audience_id"), QStringLiteral("phone"),      QStringLiteral("line_type"),
        QStringLiteral("first_name"),  QStringLiteral("last_name"),  QStringLiteral("postal_code"),
        QStringLiteral("commune"),     QStringLiteral("department"), QStringLiteral("age_bracket"),
        QStringLiteral("opt_in_date"), QStringLiteral("attributes"), QStringLiteral("import_id"),
        QStringLiteral("source_row"),  QStringLiteral("created_at"), QStringLiteral("updated_at")};
}

int ColumnMapping::columnOf(Field field) const
{
    for (const Column &column : columns) {
        if (column.field == field)
            return column.index;
    }
    return -1;
}

int ColumnMapping::phoneColumn() const
{
    return columnOf(Field::Phone);
}

bool ColumnMapping::isValid(QString *errorString) const
{
    QList<Field> seen;
    for (const Column &column : columns) {
        if (column.field == Field::Attribute || column.field == Field::Ignore)
            continue;
        if (seen.contains(column.field)) {
            *errorString = tr("Two columns are mapped to \"%1\".").arg(fieldLabel(column.field));
            return false;
        }
        seen.append(column.field);
    }
    if (!seen.contains(Field::Phone)) {
        *errorString = tr("No column is mapped to the phone number.");
        return false;
    }
    return true;
}

QString ColumnMapping::fieldKey(Field field)
{
    switch (field) {
    case Field::Phone:
        return QStringLiteral("phone");
    case Field::FirstName:
        return QStringLiteral("first_name");
    case Field::LastName:
        return QStringLiteral("last_name");
    case Field::PostalCode:
        return QStringLiteral("postal_code");
    case Field::Commune:
        return QStringLiteral("commune");
    case Field::Department:
        return QStringLiteral("department");
    case Field::AgeBracket:
        return QStringLiteral("age_bracket");
    case Field::OptInDate:
        return QStringLiteral("opt_in_date");
    case Field::Ignore:
    case Field::Attribute:
        break;
    }
    return {};
}

QString ColumnMapping::mergeName(Field field)
{
    switch (field) {
    case Field::FirstName:
        return QStringLiteral("prenom");
    case Field::LastName:
        return QStringLiteral("nom");
    case Field::PostalCode:
        return QStringLiteral("code_postal");
    case Field::Commune:
        return QStringLiteral("commune");
    case Field::Department:
        return QStringLiteral("departement");
    case Field::AgeBracket:
        return QStringLiteral("tranche_age");
    case Field::OptInDate:
        return QStringLiteral("date_optin");
    case Field::Phone:
        return QStringLiteral("telephone");
    case Field::Ignore:
    case Field::Attribute:
        break;
    }
    return {};
}

QString ColumnMapping::fieldLabel(Field field)
{
    switch (field) {
    case Field::Phone:
        return tr("Phone number");
    case Field::FirstName:
        return tr("First name");
    case Field::LastName:
        return tr("Last name");
    case Field::PostalCode:
        return tr("Postal code");
    case Field::Commune:
        return tr("Commune");
    case Field::Department:
        return tr("Département");
    case Field::AgeBracket:
        return tr("Age bracket");
    case Field::OptInDate:
        return tr("Opt-in date");
    case Field::Ignore:
        return tr("Ignored");
    case Field::Attribute:
        return tr("Other (kept as an attribute)");
    }
    return {};
}
