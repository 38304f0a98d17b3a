// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

// Which contacts of an audience a campaign writes to: filters on columns, combined with AND
// (every filter matches) or OR (any filter matches). A filter keeps the contacts whose value is
// one of a list, is none of a list (an exclude list), starts with one of a list of prefixes, or
// lies in a range. This is the form campaigns store (JSON), the CLI's --filter parses and the
// segment builder edits; sqlCondition() is what campaigns send to, and SegmentIndex counts
// exactly the same contacts.
//
// Values are compared as stored (exact text, case-sensitive). A contact without a value (NULL
// or empty text) never matches In, Prefix or Between, and always passes NotIn: excluding
// "67, 68" keeps the contacts whose department is unknown.
class Segment
{
    Q_DECLARE_TR_FUNCTIONS(Segment)
public:
    enum class Match { All, Any }; // AND / OR between filters
    enum class Operator { In, NotIn, Prefix, Between }; // JSON: in, not_in, prefix, between

    struct Filter
    {
        Filter() = default;
        Filter(const QString &column_, const QStringList &values_, Operator op_ = Operator::In)
            : column(column_)
            , op(op_)
            , values(values_)
        { }
        Filter(const QString &column_, Operator op_, const QStringList &values_)
            : column(column_)
            , op(op_)
            , values(values_)
        { }

        QString column; // normalised name: departement, code_postal, or an audience column
        Operator op = Operator::In;
        // In/NotIn: exact values; Prefix: prefixes; Between: {from, to}, inclusive, either
        // empty for an open end.
        QStringList values;
        bool operator==(const Filter &other) const
        {
            return column == other.column && op == other.op && values == other.values;
        }
        bool operator!=(const Filter &other) const { return !(*this == other); }

        // Between: the bounds, empty for an open end.
        QString from() const { return values.value(0); }
        QString to() const { return values.value(1); }
        // Between compares as integers when every given bound is an integer ("18..35", "..25"):
        // then only integer values (digits only) match. Otherwise it compares text byte-wise
        // (ISO dates, postal codes).
        bool isNumericRange() const;
        // The integer of a value in a numeric range (digits only, at most 18), or nullopt.
        static std::optional<qint64> integerValue(const QString &value);
        // True when a (non-empty) value is kept by this filter: the test the bitmaps use,
        // identical to what sqlCondition() selects.
        bool matches(const QString &value) const;
    };

    Match match = Match::All;
    QList<Filter> filters;

    bool isEmpty() const { return filters.isEmpty(); }
    bool operator==(const Segment &other) const
    {
        return match == other.match && filters == other.filters;
    }
    bool operator!=(const Segment &other) const { return !(*this == other); }

    // "departement=67,68" (In), "departement!=67,68" (NotIn), "code_postal^=67,68" (Prefix),
    // "date_optin=2024-01-01..2024-06-30" or "age=..35" (Between). False with an error naming
    // the problem.
    static bool parseFilter(const QString &text, Filter *filter, QString *errorString);
    // The text parseFilter() reads back into the same filter.
    static QString filterText(const Filter &filter);

    // {"match":"all","filters":[{"column":"departement","op":"in","values":["67"]}]}. The form
    // stored before operators existed ({"filters":[{"column","values"}]}) reads as In / All.
    QString toJson() const;
    // An unknown "op" or "match" (from a newer Tribune) makes the whole segment unreadable: it
    // comes back empty with `errorString` set, never with the filter silently dropped.
    static Segment fromJson(const QString &json, QString *errorString = nullptr);

    static QString operatorName(Operator op); // "in", "not_in", "prefix", "between"
    static std::optional<Operator> operatorFromName(const QString &name);

    // "departement is 67 or 68 · code_postal starts with 67", for lists and logs (" OR "
    // between filters when any of them may match). Empty for an empty segment.
    QString description() const;
    static QString filterDescription(const Filter &filter);

    // The contacts column holding a standard field ("departement" -> "department"), or empty
    // for a column kept in the attributes JSON.
    static QString standardColumn(const QString &field);
    // The standard fields with a contacts column, in display order.
    static QStringList standardFields();

    // SQL condition on contacts aliased `c` (without leading AND), its bound values appended to
    // `values`. `postgres` selects the JSON syntax for attribute columns and byte-wise ("C")
    // comparisons for ranges, so that both backends select the same contacts.
    QString sqlCondition(bool postgres, QVariantList *values) const;
    static QString filterSqlCondition(const Filter &filter, bool postgres, QVariantList *values);
};
