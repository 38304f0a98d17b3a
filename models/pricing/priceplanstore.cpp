// SPDX-License-Identifier: GPL-3.0-or-later
#include "priceplanstore.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/useraccount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, name, gsm7_part_mc, ucs2_part_mc, min_part_mc, max_part_mc, vat_basis_points, "
    "tiers FROM price_plans");

std::optional<qint64> optionalMc(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant nullableMc(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

PricePlan readPlan(const QSqlQuery &query)
{
    PricePlan plan;
    plan.id = query.value(0).toLongLong();
    plan.name = query.value(1).toString();
    plan.gsm7PartMc = optionalMc(query.value(2));
    plan.ucs2PartMc = optionalMc(query.value(3));
    plan.minPartMc = query.value(4).toLongLong();
    plan.maxPartMc = query.value(5).toLongLong();
    plan.vatBasisPoints = query.value(6).toInt();
    // Tiers were validated when written; a row edited by hand into nonsense prices without them.
    plan.tiers = PricePlan::tiersFromJson(query.value(7).toString(), nullptr)
                     .value_or(QList<PricePlan::Tier>());
    return plan;
}

QJsonObject auditJson(const PricePlan &plan)
{
    const auto mc = [](const std::optional<qint64> &value) {
        return value ? QJsonValue(*value) : QJsonValue();
    };
    return {{QStringLiteral("name"), plan.name},
            {QStringLiteral("gsm7_part_mc"), mc(plan.gsm7PartMc)},
            {QStringLiteral("ucs2_part_mc"), mc(plan.ucs2PartMc)},
            {QStringLiteral("min_part_mc"), plan.minPartMc},
            {QStringLiteral("max_part_mc"), plan.maxPartMc},
            {QStringLiteral("vat_basis_points"), plan.vatBasisPoints},
            {QStringLiteral("tiers"), PricePlan::tiersToJson(plan.tiers)}};
}

} // namespace

PricePlanStore::PricePlanStore(Database *database, QString actor)
    : m_database(database)
    , m_actor(actor.isEmpty() ? database->actor() : std::move(actor))
{ }

QList<PricePlan> PricePlanStore::list()
{
    m_errorString.clear();
    QList<PricePlan> plans;
    QSqlQuery query(m_database->connection());
    if (!query.exec(kSelect + QStringLiteral(" ORDER BY name"))) {
        m_errorString = tr("Cannot read the price plans: %1").arg(query.lastError().text());
        return plans;
    }
    while (query.next())
        plans.append(readPlan(query));
    return plans;
}

std::optional<PricePlan> PricePlanStore::findWhere(const QString &condition, const QVariant &value)
{
    m_errorString.clear();
    QSqlQuery query(m_database->connection());
    query.prepare(kSelect + QStringLiteral(" WHERE ") + condition);
    query.addBindValue(value);
    if (!query.exec()) {
        m_errorString = tr("Cannot read the price plans: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readPlan(query);
}

std::optional<PricePlan> PricePlanStore::find(qint64 id)
{
    return findWhere(QStringLiteral("id = ?"), id);
}

std::optional<PricePlan> PricePlanStore::findByName(const QString &name)
{
    return findWhere(QStringLiteral("name = ?"), name.trimmed());
}

std::optional<PricePlan> PricePlanStore::forProvider(qint64 providerId)
{
    return findWhere(QStringLiteral("id = (SELECT price_plan_id FROM providers WHERE id = ?)"),
                     providerId);
}

bool PricePlanStore::validate(const PricePlan &plan)
{
    const QStringList errors = plan.errors();
    if (!errors.isEmpty()) {
        m_errorString = errors.join(QLatin1Char('\n'));
        return false;
    }
    const std::optional<PricePlan> sameName = findByName(plan.name);
    if (!m_errorString.isEmpty())
        return false;
    if (sameName && sameName->id != plan.id) {
        m_errorString = tr("A price plan named \"%1\" already exists.").arg(plan.name.trimmed());
        return false;
    }
    return true;
}

bool PricePlanStore::write(const QString &sql, const PricePlan &plan, const QString &action,
                           qint64 *id)
{
    const auto fail = [this](const QString &error) {
        m_errorString = tr("Cannot save the price plan: %1").arg(error);
        return false;
    };
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return fail(transaction.errorString());
    // Prices decide budgets and the campaign account: an administrator's setting.
    QString accountError;
    const std::optional<UserAccount> user = UserAccount::find(m_database, m_actor, &accountError);
    if (!user)
        return fail(accountError);
    if (!user->mayAdminister()) {
        m_errorString = tr("Only an administrator can change price plans.");
        return false;
    }
    const bool insert = plan.id <= 0;
    QSqlQuery query(db);
    query.prepare(insert && m_database->isPostgreSql() ? sql + QStringLiteral(" RETURNING id")
                                                       : sql);
    query.addBindValue(plan.name.trimmed());
    query.addBindValue(nullableMc(plan.gsm7PartMc));
    query.addBindValue(nullableMc(plan.ucs2PartMc));
    query.addBindValue(plan.minPartMc);
    query.addBindValue(plan.maxPartMc);
    query.addBindValue(plan.vatBasisPoints);
    const QString tiers = PricePlan::tiersToJson(plan.tiers);
    query.addBindValue(tiers.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(tiers));
    query.addBindValue(insert ? QDateTime::currentMSecsSinceEpoch() : plan.id);
    if (!query.exec())
        return fail(query.lastError().text());
    if (insert) {
        *id = m_database->isPostgreSql() ? (query.next() ? query.value(0).toLongLong() : 0)
                                         : query.lastInsertId().toLongLong();
    } else if (query.numRowsAffected() != 1) {
        m_errorString = tr("This price plan no longer exists.");
        return false;
    }
    QString error;
    if (!AuditLog::append(m_database, m_actor, action, QStringLiteral("price_plan"), *id,
                          auditJson(plan), &error))
        return fail(error);
    if (!transaction.commit())
        return fail(transaction.errorString());
    return true;
}

bool PricePlanStore::add(PricePlan *plan)
{
    plan->id = 0;
    if (!validate(*plan))
        return false;
    qint64 id = 0;
    if (!write(QStringLiteral("INSERT INTO price_plans (name, gsm7_part_mc, ucs2_part_mc, "
                              "min_part_mc, max_part_mc, vat_basis_points, tiers, created_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               *plan, QStringLiteral("price_plan.add"), &id))
        return false;
    plan->id = id;
    plan->name = plan->name.trimmed();
    return true;
}

bool PricePlanStore::update(const PricePlan &plan)
{
    if (plan.id <= 0) {
        m_errorString = tr("This price plan no longer exists.");
        return false;
    }
    if (!validate(plan))
        return false;
    qint64 id = plan.id;
    return write(QStringLiteral("UPDATE price_plans SET name = ?, gsm7_part_mc = ?, "
                                "ucs2_part_mc = ?, min_part_mc = ?, max_part_mc = ?, "
                                "vat_basis_points = ?, tiers = ? WHERE id = ?"),
                 plan, QStringLiteral("price_plan.edit"), &id);
}
