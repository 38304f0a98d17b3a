// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pricing/priceplan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;

// Reads and writes price plans (price_plans), valid ones only, with a unique name; every change
// goes to the audit log. A provider is given its plan through Sending::ProviderStore
// (providers.price_plan_id), the one place that writes providers. Use in one thread.
class PricePlanStore final
{
    Q_DECLARE_TR_FUNCTIONS(PricePlanStore)
public:
    explicit PricePlanStore(Database *database, QString actor = QString());

    QList<PricePlan> list();
    std::optional<PricePlan> find(qint64 id);
    std::optional<PricePlan> findByName(const QString &name);
    // The plan the provider prices with; nullopt when it has none or does not exist (or on a
    // database error: errorString() is then set).
    std::optional<PricePlan> forProvider(qint64 providerId);

    // Inserts; sets plan->id. False with errorString() (every validation error, one a line).
    bool add(PricePlan *plan);
    // Saves every field of the plan with that id.
    bool update(const PricePlan &plan);

    QString errorString() const { return m_errorString; }

private:
    std::optional<PricePlan> findWhere(const QString &condition, const QVariant &value);
    bool validate(const PricePlan &plan);
    bool write(const QString &sql, const PricePlan &plan, const QString &action, qint64 *id);

    Database *m_database;
    QString m_actor;
    QString m_errorString;
};
