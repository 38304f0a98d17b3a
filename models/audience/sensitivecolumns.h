// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

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
};
