// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetcheck.h"

#include "pricing/money.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

QStringList BudgetCheck::refusals() const
{
    QStringList refusals;
    if (campaign.isExceeded())
        refusals.append(tr("This campaign may cost up to %1, %2 over its budget of %3 (%4 spent "
                           "already). Narrow the segment, shorten the message or raise the "
                           "budget.")
                            .arg(Money::format(campaign.projectedMc - campaign.spentMc),
                                 Money::format(campaign.excessMc()), Money::format(campaign.capMc),
                                 Money::format(campaign.spentMc)));
    if (election.isExceeded())
        refusals.append(tr("With this campaign, spending for \"%1\" may reach %2 including VAT, "
                           "%3 over its ceiling of %4 (Code électoral L52-11; %5 spent already "
                           "by its campaigns). Narrow the segment or shorten the message.")
                            .arg(electionName, Money::format(election.projectedMc),
                                 Money::format(election.excessMc()), Money::format(election.capMc),
                                 Money::format(election.spentMc)));
    return refusals;
}

qint64 BudgetCheck::withVat(qint64 netMc, int basisPoints)
{
    return netMc + Money::atRate(netMc, basisPoints);
}

QString BudgetCheck::electionSpendingSql()
{
    return QStringLiteral(
        "SELECT CAST(COALESCE(SUM((s.net * (10000 + COALESCE(pp.vat_basis_points, 2000)) + 5000) "
        "/ 10000), 0) AS BIGINT) FROM (SELECT m.campaign_id, CAST(SUM(m.cost_mc) AS BIGINT) AS net "
        "FROM messages m JOIN "
        "campaigns o ON o.id = m.campaign_id WHERE o.election_id = ? GROUP BY m.campaign_id) s "
        "JOIN campaigns sc ON sc.id = s.campaign_id LEFT JOIN providers sp ON sp.id = "
        "sc.provider_id LEFT JOIN price_plans pp ON pp.id = sp.price_plan_id");
}

BudgetCheck BudgetCheck::check(Database *database, qint64 campaignId, qint64 previewMaxMc)
{
    BudgetCheck check;
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral(
        "SELECT COALESCE(c.budget_cap_mc, 0), COALESCE(c.election_id, 0), e.name, "
        "COALESCE(e.spending_cap_mc, 0), "
        "(SELECT COALESCE(SUM(m.cost_mc), 0) FROM messages m WHERE m.campaign_id = c.id), "
        "COALESCE(pp.vat_basis_points, 2000) "
        "FROM campaigns c LEFT JOIN elections e ON e.id = c.election_id "
        "LEFT JOIN providers p ON p.id = c.provider_id "
        "LEFT JOIN price_plans pp ON pp.id = p.price_plan_id WHERE c.id = ?"));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        check.errorString = tr("Cannot read the budgets: %1").arg(query.lastError().text());
        return check;
    }
    if (!query.next()) {
        check.errorString = tr("This campaign no longer exists.");
        return check;
    }
    check.campaign.capMc = query.value(0).toLongLong();
    check.electionId = query.value(1).toLongLong();
    check.electionName = query.value(2).toString();
    check.election.capMc = query.value(3).toLongLong();
    check.campaign.spentMc = query.value(4).toLongLong();
    check.vatBasisPoints = query.value(5).toInt();
    query.finish();
    if (check.electionId > 0) {
        QSqlQuery spending(database->connection());
        spending.prepare(electionSpendingSql());
        spending.addBindValue(check.electionId);
        if (!spending.exec() || !spending.next()) {
            check.errorString = tr("Cannot read the budgets: %1").arg(spending.lastError().text());
            return check;
        }
        check.election.spentMc = spending.value(0).toLongLong();
    }
    check.campaign.projectedMc = check.campaign.spentMc + previewMaxMc;
    check.election.projectedMc =
        check.election.spentMc + withVat(previewMaxMc, check.vatBasisPoints);
    check.ok = true;
    return check;
}
