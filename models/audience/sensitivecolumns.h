// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// GDPR art. 9 guard: columns whose name reveals or proxies religion, ethnic origin, political
// opinion, trade-union membership, health or sex life may not be used to build segments, unless
// an administrator reviewed the column and marked it as not sensitive (audited). Judged on the
// normalised column name ("confession", "vote_2022", "origine_ethnique", ...).
class SensitiveColumns
{
    Q_DECLARE_TR_FUNCTIONS(SensitiveColumns)
public:
    enum class Category {
        None,
        Religion,
        EthnicOrigin,
        PoliticalOpinion,
        TradeUnion,
        Health,
        SexLife,
        Criminal
    };

    static Category categorise(const QString &normalisedName);
    static bool looksSensitive(const QString &normalisedName)
    {
        return categorise(normalisedName) != Category::None;
    }
    static QString categoryLabel(Category category);
    // The sentence shown when a filter is refused.
    static QString refusal(const QString &column, Category category);

    // The refusal for a segment filter on `column` (normalised name) of an audience, or an empty
    // string when filtering on it is allowed: the name does not look sensitive, or an
    // administrator reviewed the column and marked it as not sensitive.
    static QString refusalFor(Database *database, qint64 audienceId, const QString &column);

    // The audience's own columns (not the standard fields) with their review state.
    struct Column
    {
        QString name; // normalised, as filters and merge fields name it
        QString label; // as in the broker's header
        Category category = Category::None; // from the name
        bool sensitive = false; // filters refused
        QString reviewedBy;
        QDateTime reviewedAt;
    };
    static QList<Column> columns(Database *database, qint64 audienceId);

    // An administrator's review of a column: `sensitive` false allows segments on it, true
    // blocks them again. Recorded in the audit log with the actor and the reason. Refused when
    // the database has user accounts and `actor` is not an administrator among them (a
    // single-user installation has none: its user administers it).
    static bool review(Database *database, qint64 audienceId, const QString &column, bool sensitive,
                       const QString &reason, const QString &actor, QString *errorString);
};
