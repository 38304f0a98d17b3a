// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

// Which contacts of an audience a campaign writes to: filters on columns, all of which must
// match ("departement in 67, 68 AND tranche_age in 25-34"). The segment builder of the audiences
// work extends this; this is the form campaigns store (JSON) and the CLI's --filter parses.
class Segment
{
    Q_DECLARE_TR_FUNCTIONS(Segment)
public:
    struct Filter
    {
        QString column; // normalised name: departement, code_postal, or an audience column
        QStringList values;
        bool operator==(const Filter &other) const
        {
            return column == other.column && values == other.values;
        }
    };

    QList<Filter> filters;

    bool isEmpty() const { return filters.isEmpty(); }
    bool operator==(const Segment &other) const { return filters == other.filters; }

    // "departement=67,68" -> {departement, [67, 68]}; false with an error naming the problem.
    static bool parseFilter(const QString &text, Filter *filter, QString *errorString);
    QString toJson() const;
    static Segment fromJson(const QString &json);
    // "departement = 67, 68 · tranche_age = 25-34", for lists and logs.
    QString description() const;

    // The contacts column holding a standard field ("departement" -> "department"), or empty
    // for a column kept in the attributes JSON.
    static QString standardColumn(const QString &field);

    // SQL condition on contacts aliased `c` (without leading AND), its bound values appended to
    // `values`. `postgres` selects the JSON syntax for attribute columns.
    QString sqlCondition(bool postgres, QVariantList *values) const;
};
