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
    {"departement", "department"},  {"code_postal", "postal_code"}, {"commune", "commune"},
    {"tranche_age", "age_bracket"}, {"date_optin", "opt_in_date"},  {"prenom", "first_name"},
    {"nom", "last_name"},
};

struct OperatorName
{
    Segment::Operator op;
    const char *name;
};
constexpr OperatorName kOperatorNames[] = {{Segment::Operator::In, "in"},
                                           {Segment::Operator::NotIn, "not_in"},
                                           {Segment::Operator::Prefix, "prefix"},
                                           {Segment::Operator::Between, "between"}};

const QLatin1String kRangeSeparator("..");

// A range bound that makes the range numeric: an optional minus sign and 1 to 18 digits.
std::optional<qint64> integerBound(const QString &bound)
{
    const bool negative = bound.startsWith(QLatin1Char('-'));
    const QString digits = negative ? bound.mid(1) : bound;
    const std::optional<qint64> value = Segment::Filter::integerValue(digits);
    if (!value)
        return std::nullopt;
    return negative ? -*value : *value;
}

QStringList nonEmpty(const QStringList &values)
{
    QStringList result;
    for (const QString &value : values) {
        if (!value.isEmpty())
            result.append(value);
    }
    return result;
}

// The expression for a filter's column; attribute paths are bound, never spliced into the SQL,
// so each use appends its own bound value.
QString columnExpression(const QString &field, bool postgres, QVariantList *values)
{
    const QString column = Segment::standardColumn(field);
    if (!column.isEmpty())
        return QStringLiteral("c.") + column;
    values->append(postgres ? field : QStringLiteral("$.") + field);
    return postgres ? QStringLiteral("(c.attributes::jsonb ->> CAST(? AS TEXT))")
                    : QStringLiteral("json_extract(c.attributes, ?)");
}

QString placeholders(const QStringList &list, QVariantList *values)
{
    QStringList marks;
    for (const QString &value : list) {
        marks.append(QStringLiteral("?"));
        values->append(value);
    }
    return marks.join(QLatin1Char(','));
}
} // namespace

QString Segment::standardColumn(const QString &field)
{
    for (const StandardColumn &standard : kStandardColumns) {
        if (field == QLatin1String(standard.field))
            return QLatin1String(standard.column);
    }
    return {};
}

QStringList Segment::standardFields()
{
    QStringList fields;
    for (const StandardColumn &standard : kStandardColumns)
        fields.append(QLatin1String(standard.field));
    return fields;
}

QString Segment::operatorName(Operator op)
{
    for (const OperatorName &entry : kOperatorNames) {
        if (entry.op == op)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<Segment::Operator> Segment::operatorFromName(const QString &name)
{
    for (const OperatorName &entry : kOperatorNames) {
        if (name == QLatin1String(entry.name))
            return entry.op;
    }
    return std::nullopt;
}

std::optional<qint64> Segment::Filter::integerValue(const QString &value)
{
    if (value.isEmpty() || value.size() > 18)
        return std::nullopt;
    qint64 result = 0;
    for (const QChar c : value) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        result = result * 10 + (c.unicode() - '0');
    }
    return result;
}

bool Segment::Filter::isNumericRange() const
{
    if (op != Operator::Between || (from().isEmpty() && to().isEmpty()))
        return false;
    return (from().isEmpty() || integerBound(from())) && (to().isEmpty() || integerBound(to()));
}

bool Segment::Filter::matches(const QString &value) const
{
    if (value.isEmpty())
        return op == Operator::NotIn;
    switch (op) {
    case Operator::In:
        return values.contains(value);
    case Operator::NotIn:
        return !values.contains(value);
    case Operator::Prefix:
        for (const QString &prefix : values) {
            if (!prefix.isEmpty() && value.startsWith(prefix))
                return true;
        }
        return false;
    case Operator::Between:
        if (isNumericRange()) {
            const std::optional<qint64> number = integerValue(value);
            if (!number)
                return false;
            return (from().isEmpty() || *number >= *integerBound(from()))
                && (to().isEmpty() || *number <= *integerBound(to()));
        } else {
            // Byte-wise on UTF-8, as SQLite's BINARY collation and PostgreSQL's "C" compare.
            const QByteArray utf8 = value.toUtf8();
            return (from().isEmpty() || utf8 >= from().toUtf8())
                && (to().isEmpty() || utf8 <= to().toUtf8());
        }
    }
    return false;
}

bool Segment::parseFilter(const QString &text, Filter *filter, QString *errorString)
{
    const int eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        *errorString = tr("The filter \"%1\" must look like column=value1,value2.").arg(text);
        return false;
    }
    Operator op = Operator::In;
    QString name = text.left(eq);
    if (name.endsWith(QLatin1Char('!'))) {
        op = Operator::NotIn;
        name.chop(1);
    } else if (name.endsWith(QLatin1Char('^'))) {
        op = Operator::Prefix;
        name.chop(1);
    }
    const QString column = MessageTemplate::normaliseName(name.trimmed());
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9_]+$"));
    if (!validName.match(column).hasMatch()) {
        *errorString = tr("The filter \"%1\" names no valid column.").arg(text);
        return false;
    }
    const QString valueText = text.mid(eq + 1).trimmed();
    QStringList values;
    if (op == Operator::In && valueText.contains(kRangeSeparator)
        && !valueText.contains(QLatin1Char(','))) {
        const int dots = int(valueText.indexOf(kRangeSeparator));
        const QString from = valueText.left(dots).trimmed();
        const QString to = valueText.mid(dots + kRangeSeparator.size()).trimmed();
        if (to.contains(kRangeSeparator)) {
            *errorString =
                tr("The filter \"%1\" must give a range as from..to (either may be left out).")
                    .arg(text);
            return false;
        }
        if (from.isEmpty() && to.isEmpty()) {
            *errorString = tr("The filter \"%1\" gives no value.").arg(text);
            return false;
        }
        op = Operator::Between;
        values = {from, to};
    } else {
        const QStringList raw = valueText.split(QLatin1Char(','));
        for (const QString &value : raw) {
            if (!value.trimmed().isEmpty())
                values.append(value.trimmed());
        }
        if (values.isEmpty()) {
            *errorString = tr("The filter \"%1\" gives no value.").arg(text);
            return false;
        }
    }
    filter->column = column;
    filter->op = op;
    filter->values = values;
    return true;
}

QString Segment::filterText(const Filter &filter)
{
    switch (filter.op) {
    case Operator::In:
        return filter.column + QLatin1Char('=') + filter.values.join(QLatin1Char(','));
    case Operator::NotIn:
        return filter.column + QStringLiteral("!=") + filter.values.join(QLatin1Char(','));
    case Operator::Prefix:
        return filter.column + QStringLiteral("^=") + filter.values.join(QLatin1Char(','));
    case Operator::Between:
        return filter.column + QLatin1Char('=') + filter.from() + kRangeSeparator + filter.to();
    }
    return {};
}

QString Segment::toJson() const
{
    QJsonArray array;
    for (const Filter &filter : filters) {
        array.append(
            QJsonObject {{QStringLiteral("column"), filter.column},
                         {QStringLiteral("op"), operatorName(filter.op)},
                         {QStringLiteral("values"), QJsonArray::fromStringList(filter.values)}});
    }
    const QJsonObject object {{QStringLiteral("match"),
                               match == Match::Any ? QStringLiteral("any") : QStringLiteral("all")},
                              {QStringLiteral("filters"), array}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Segment Segment::fromJson(const QString &json, QString *errorString)
{
    Segment segment;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    const QString match = object.value(QStringLiteral("match")).toString();
    if (match == QLatin1String("any")) {
        segment.match = Match::Any;
    } else if (!match.isEmpty() && match != QLatin1String("all")) {
        if (errorString)
            *errorString = tr("Unknown segment combination \"%1\".").arg(match);
        return {};
    }
    for (const auto &item : object.value(QStringLiteral("filters")).toArray()) {
        const QJsonObject entry = item.toObject();
        Filter filter;
        filter.column = entry.value(QStringLiteral("column")).toString();
        const QString opName = entry.value(QStringLiteral("op")).toString();
        if (!opName.isEmpty()) {
            const std::optional<Operator> op = operatorFromName(opName);
            if (!op) {
                if (errorString)
                    *errorString = tr("Unknown segment filter operator \"%1\".").arg(opName);
                return {};
            }
            filter.op = *op;
        }
        for (const auto &value : entry.value(QStringLiteral("values")).toArray())
            filter.values.append(value.toString());
        if (filter.op == Operator::Between) {
            filter.values = {filter.from(), filter.to()};
            if (filter.from().isEmpty() && filter.to().isEmpty())
                continue;
        } else {
            filter.values = nonEmpty(filter.values);
        }
        if (!filter.column.isEmpty() && !filter.values.isEmpty())
            segment.filters.append(filter);
    }
    return segment;
}

QString Segment::filterDescription(const Filter &filter)
{
    const auto quoted = [](const QStringList &values, const QString &separator) {
        return values.join(separator);
    };
    switch (filter.op) {
    case Operator::In:
        return tr("%1 is %2").arg(filter.column, quoted(filter.values, tr(" or ")));
    case Operator::NotIn:
        return filter.values.size() == 1
            ? tr("%1 is not %2").arg(filter.column, filter.values.constFirst())
            : tr("%1 is none of %2").arg(filter.column, quoted(filter.values, tr(", ")));
    case Operator::Prefix:
        return tr("%1 starts with %2").arg(filter.column, quoted(filter.values, tr(" or ")));
    case Operator::Between:
        if (filter.from().isEmpty())
            return tr("%1 up to %2").arg(filter.column, filter.to());
        if (filter.to().isEmpty())
            return tr("%1 from %2 on").arg(filter.column, filter.from());
        return tr("%1 from %2 to %3").arg(filter.column, filter.from(), filter.to());
    }
    return {};
}

QString Segment::description() const
{
    QStringList parts;
    for (const Filter &filter : filters)
        parts.append(filterDescription(filter));
    return parts.join(match == Match::Any ? tr(" OR ") : QStringLiteral(" · "));
}

QString Segment::filterSqlCondition(const Filter &filter, bool postgres, QVariantList *values)
{
    switch (filter.op) {
    case Operator::In: {
        const QStringList list = nonEmpty(filter.values);
        if (list.isEmpty())
            return QStringLiteral("1=0");
        const QString column = columnExpression(filter.column, postgres, values);
        return QStringLiteral("%1 IN (%2)").arg(column, placeholders(list, values));
    }
    case Operator::NotIn: {
        // NULL NOT IN (...) is NULL, not true: say that contacts without a value pass.
        const QStringList list = nonEmpty(filter.values);
        if (list.isEmpty())
            return QStringLiteral("1=1");
        const QString isNull = columnExpression(filter.column, postgres, values);
        const QString column = columnExpression(filter.column, postgres, values);
        return QStringLiteral("(%1 IS NULL OR %2 NOT IN (%3))")
            .arg(isNull, column, placeholders(list, values));
    }
    case Operator::Prefix: {
        // Not LIKE: it is case-insensitive on SQLite and reads % and _ as wildcards.
        QStringList alternatives;
        for (const QString &prefix : nonEmpty(filter.values)) {
            const QString column = columnExpression(filter.column, postgres, values);
            if (postgres) {
                alternatives.append(QStringLiteral("starts_with(%1, CAST(? AS TEXT))").arg(column));
                values->append(prefix);
            } else {
                alternatives.append(QStringLiteral("substr(%1, 1, ?) = ?").arg(column));
                values->append(qint64(prefix.size()));
                values->append(prefix);
            }
        }
        return alternatives.isEmpty()
            ? QStringLiteral("1=0")
            : QStringLiteral("(%1)").arg(alternatives.join(QStringLiteral(" OR ")));
    }
    case Operator::Between: {
        QStringList parts;
        if (filter.isNumericRange()) {
            // Only values made of digits are numbers; CASE keeps the cast from seeing others
            // (PostgreSQL would fail on them, SQLite would read "25-34" as 25).
            const auto number = [&]() {
                if (postgres) {
                    const QString column = columnExpression(filter.column, postgres, values);
                    return QStringLiteral("(CASE WHEN %1 ~ '^[0-9]{1,18}$' THEN CAST(%2 AS BIGINT) "
                                          "END)")
                        .arg(column, columnExpression(filter.column, postgres, values));
                }
                const QString a = columnExpression(filter.column, postgres, values);
                const QString b = columnExpression(filter.column, postgres, values);
                const QString d = columnExpression(filter.column, postgres, values);
                const QString e = columnExpression(filter.column, postgres, values);
                return QStringLiteral("(CASE WHEN %1 <> '' AND %2 NOT GLOB '*[^0-9]*' AND "
                                      "length(%3) <= 18 THEN CAST(%4 AS INTEGER) END)")
                    .arg(a, b, d, e);
            };
            if (!filter.from().isEmpty()) {
                parts.append(number() + QStringLiteral(" >= ?"));
                values->append(*integerBound(filter.from()));
            }
            if (!filter.to().isEmpty()) {
                parts.append(number() + QStringLiteral(" <= ?"));
                values->append(*integerBound(filter.to()));
            }
            return QStringLiteral("(%1)").arg(parts.join(QStringLiteral(" AND ")));
        }
        // Text compares byte-wise on both backends (PostgreSQL's "C" collation is SQLite's
        // BINARY), so that "2024-01-01" <= date and postal code ranges agree everywhere.
        const QString collate = postgres ? QStringLiteral(" COLLATE \"C\"") : QString();
        parts.append(columnExpression(filter.column, postgres, values) + QStringLiteral(" <> ''"));
        if (!filter.from().isEmpty()) {
            parts.append(columnExpression(filter.column, postgres, values) + collate
                         + QStringLiteral(" >= ?"));
            values->append(filter.from());
        }
        if (!filter.to().isEmpty()) {
            parts.append(columnExpression(filter.column, postgres, values) + collate
                         + QStringLiteral(" <= ?"));
            values->append(filter.to());
        }
        return QStringLiteral("(%1)").arg(parts.join(QStringLiteral(" AND ")));
    }
    }
    return QStringLiteral("1=0");
}

QString Segment::sqlCondition(bool postgres, QVariantList *values) const
{
    QStringList conditions;
    for (const Filter &filter : filters)
        conditions.append(filterSqlCondition(filter, postgres, values));
    if (conditions.isEmpty())
        return QStringLiteral("1=1");
    return QStringLiteral("(%1)").arg(
        conditions.join(match == Match::Any ? QStringLiteral(" OR ") : QStringLiteral(" AND ")));
}
