// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment.h"

#include "sms/messagetemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
struct StandardColumn
{
    const char *field;
    const char *column;
};
constexpr StandardColumn kStandardColumns[] = {
    {"prenom", "first_name"},       {"nom", "last_name"},          {"commune", "commune"},
    {"code_postal", "postal_code"}, {"departement", "department"}, {"tranche_age", "age_bracket"},
    {"date_optin", "opt_in_date"},
};
} // namespace

QString Segment::standardColumn(const QString &field)
{
    for (const StandardColumn &standard : kStandardColumns) {
        if (field == QLatin1String(standard.field))
            return QLatin1String(standard.column);
    }
    return {};
}

bool Segment::parseFilter(const QString &text, Filter *filter, QString *errorString)
{
    const int eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        *errorString = tr("The filter \"%1\" must look like column=value1,value2.").arg(text);
        return false;
    }
    const QString column = MessageTemplate::normaliseName(text.left(eq).trimmed());
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9_]+$"));
    if (!validName.match(column).hasMatch()) {
        *errorString = tr("The filter \"%1\" names no valid column.").arg(text);
        return false;
    }
    QStringList values;
    const QStringList raw = text.mid(eq + 1).split(QLatin1Char(','));
    for (const QString &value : raw) {
        if (!value.trimmed().isEmpty())
            values.append(value.trimmed());
    }
    if (values.isEmpty()) {
        *errorString = tr("The filter \"%1\" gives no value.").arg(text);
        return false;
    }
    filter->column = column;
    filter->values = values;
    return true;
}

QString Segment::toJson() const
{
    QJsonArray array;
    for (const Filter &filter : filters) {
        array.append(
            QJsonObject {{QStringLiteral("column"), filter.column},
                         {QStringLiteral("values"), QJsonArray::fromStringList(filter.values)}});
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("filters"), array}})
                                 .toJson(QJsonDocument::Compact));
}

Segment Segment::fromJson(const QString &json)
{
    Segment segment;
    const QJsonArray array =
        QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("filters")).toArray();
    for (const auto &item : array) {
        const QJsonObject object = item.toObject();
        Filter filter;
        filter.column = object.value(QStringLiteral("column")).toString();
        for (const auto &value : object.value(QStringLiteral("values")).toArray())
            filter.values.append(value.toString());
        if (!filter.column.isEmpty() && !filter.values.isEmpty())
            segment.filters.append(filter);
    }
    return segment;
}

QString Segment::description() const
{
    QStringList parts;
    for (const Filter &filter : filters)
        parts.append(filter.column + QStringLiteral(" = ")
                     + filter.values.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

QString Segment::sqlCondition(bool postgres, QVariantList *values) const
{
    QStringList conditions;
    for (const Filter &filter : filters) {
        QString column = standardColumn(filter.column);
        if (column.isEmpty()) {
            // Attribute columns live in the JSON object; the name is validated by parseFilter
            // and bound as a value, never spliced into the SQL.
            column = postgres ? QStringLiteral("(c.attributes::jsonb ->> ?)")
                              : QStringLiteral("json_extract(c.attributes, ?)");
            values->append(postgres ? filter.column : QStringLiteral("$.") + filter.column);
        } else {
            column.prepend(QStringLiteral("c."));
        }
        QStringList placeholders;
        for (const QString &value : filter.values) {
            placeholders.append(QStringLiteral("?"));
            values->append(value);
        }
        conditions.append(
            QStringLiteral("%1 IN (%2)").arg(column, placeholders.join(QLatin1Char(','))));
    }
    return conditions.isEmpty() ? QStringLiteral("1=1") : conditions.join(QStringLiteral(" AND "));
}
