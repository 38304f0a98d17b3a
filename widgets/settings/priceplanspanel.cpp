// SPDX-License-Identifier: GPL-3.0-or-later
#include "priceplanspanel.h"

#include "priceplandialog.h"

#include "pricing/money.h"
#include "pricing/priceplanstore.h"
#include "sending/providerstore.h"
#include "storage/database.h"
#include "storage/useraccount.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace {

// A unit price with as many decimals as it has (at least the cents): "0,155 €", "0,16 €".
QString unitPrice(qint64 mc)
{
    const QString text = Money::eurosText(mc);
    const int point = int(text.indexOf(QLatin1Char('.')));
    const int decimals = point < 0 ? 2 : std::max(2, int(text.size()) - point - 1);
    return Money::format(mc, QLocale(), decimals);
}

} // namespace

PricePlansPanel::PricePlansPanel(Database *database, QWidget *parent)
    : SettingsTablePanel(database, ColumnCount, QStringLiteral("pricePlans"),
                         QStringLiteral("PricePlan"), parent)
{
    connect(addButton(), &QPushButton::clicked, this, &PricePlansPanel::addPlan);
    retranslateUi();
}

void PricePlansPanel::retranslateUi()
{
    intro()->setText(tr("What each provider contract charges per SMS part, excluding VAT. When "
                        "the exact price is not known, costs are shown over the range from the "
                        "lowest to the highest price. A provider is given its plan in SMS "
                        "providers."));
    table()->setHorizontalHeaderLabels({tr("Name"), tr("Price per part"), tr("UCS-2 part"),
                                        tr("VAT"), tr("Volume tiers"), tr("Used by")});
    addButton()->setText(tr("&New plan…"));
    editButton()->setText(tr("&Edit plan…"));
    fillTable();
    updateButtons();
}

QString PricePlansPanel::partPriceText(const PricePlan &plan, Sms::Encoding encoding)
{
    const std::optional<qint64> exact =
        encoding == Sms::Encoding::Gsm7 ? plan.gsm7PartMc : plan.ucs2PartMc;
    if (exact)
        return unitPrice(*exact);
    return tr("%1 – %2 (not known)").arg(unitPrice(plan.minPartMc), unitPrice(plan.maxPartMc));
}

void PricePlansPanel::fillTable()
{
    QTableWidget *table = this->table();
    const qint64 selected = currentId();
    table->setRowCount(int(m_plans.size()));
    const QLocale locale;
    for (int row = 0; row < m_plans.size(); ++row) {
        const PricePlan &plan = m_plans.at(row);
        QStringList tiers;
        for (const PricePlan::Tier &tier : plan.tiers) {
            QStringList prices;
            if (tier.gsm7PartMc)
                prices.append(unitPrice(*tier.gsm7PartMc));
            if (tier.ucs2PartMc)
                prices.append(tr("UCS-2 %1").arg(unitPrice(*tier.ucs2PartMc)));
            tiers.append(
                tr("from %1 parts: %2")
                    .arg(locale.toString(tier.fromParts), prices.join(QStringLiteral(", "))));
        }
        const QStringList providers = m_providers.value(plan.id);
        const QStringList texts = {
            plan.name,
            partPriceText(plan, Sms::Encoding::Gsm7),
            plan.ucs2PartMc == plan.gsm7PartMc ? tr("same")
                                               : partPriceText(plan, Sms::Encoding::Ucs2),
            Money::eurosText(qint64(plan.vatBasisPoints) * Money::MillicentsPerCent)
                    .replace(QLatin1Char('.'), locale.decimalPoint())
                + QStringLiteral(" %"),
            tiers.isEmpty() ? tr("none") : tiers.join(QStringLiteral("; ")),
            providers.isEmpty() ? tr("no provider") : providers.join(QStringLiteral(", "))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(Qt::UserRole, plan.id);
            if (column == TiersColumn && !tiers.isEmpty())
                item->setToolTip(tiers.join(QLatin1Char('\n')));
            table->setItem(row, column, item);
        }
        if (plan.id == selected)
            table->selectRow(row);
    }
    table->resizeColumnsToContents();
}

void PricePlansPanel::reload()
{
    Database *database = this->database();
    job().run<Outcome>(
        this,
        [database]() {
            Outcome outcome;
            PricePlanStore plans(database);
            outcome.plans = plans.list();
            outcome.errorString = plans.errorString();
            Sending::ProviderStore providers(database, nullptr);
            for (const Sending::ProviderStore::Entry &entry : providers.list()) {
                if (entry.pricePlanId > 0)
                    outcome.providers[entry.pricePlanId].append(entry.name);
            }
            const std::optional<UserAccount> me =
                UserAccount::find(database, database->actor(), &outcome.errorString);
            outcome.editable = me && me->mayAdminister();
            if (me && !outcome.editable)
                outcome.notEditableReason =
                    tr("Read-only: only an administrator can add or change price plans.");
            database->closeThreadConnection();
            return outcome;
        },
        [this](const Outcome &outcome) {
            m_plans = outcome.plans;
            m_providers = outcome.providers;
            reloadFinished(outcome.editable, outcome.notEditableReason, outcome.errorString);
        });
    updateButtons();
}

void PricePlansPanel::addPlan()
{
    PricePlan plan;
    openDialog(plan);
}

void PricePlansPanel::editSelected()
{
    const int row = table()->currentRow();
    if (row < 0 || row >= m_plans.size())
        return;
    openDialog(m_plans.at(row));
}

void PricePlansPanel::openDialog(const PricePlan &plan)
{
    if (!isEditable())
        return;
    PricePlanDialog dialog(database(), plan, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    status()->setText(plan.id > 0 ? tr("Plan \"%1\" saved.").arg(dialog.plan().name)
                                  : tr("Plan \"%1\" added.").arg(dialog.plan().name));
    Q_EMIT planSaved(dialog.plan().id);
    reload();
}
