// SPDX-License-Identifier: GPL-3.0-or-later
#include "priceplanspanel.h"

#include "priceplandialog.h"

#include "pricing/money.h"
#include "pricing/priceplanstore.h"
#include "sending/providerstore.h"
#include "storage/database.h"
#include "storage/useraccount.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

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
    : QWidget(parent)
    , m_database(database)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("pricePlansPanel"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("pricePlansTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A handful of rows: the page scrolls, the table need not.
    m_table->setMinimumHeight(100);
    m_table->setMaximumHeight(150);
    m_addButton->setObjectName(QStringLiteral("addPricePlanButton"));
    m_editButton->setObjectName(QStringLiteral("editPricePlanButton"));
    m_status->setObjectName(QStringLiteral("pricePlansStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &PricePlansPanel::addPlan);
    connect(m_editButton, &QPushButton::clicked, this, &PricePlansPanel::editSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PricePlansPanel::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this]() {
        if (m_editable)
            editSelected();
    });
    retranslateUi();
}

void PricePlansPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PricePlansPanel::retranslateUi()
{
    m_intro->setText(tr("What each provider contract charges per SMS part, excluding VAT. When "
                        "the exact price is not known, costs are shown over the range from the "
                        "lowest to the highest price. A provider is given its plan in SMS "
                        "providers."));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Price per part"), tr("UCS-2 part"),
                                        tr("VAT"), tr("Volume tiers"), tr("Used by")});
    m_addButton->setText(tr("&New plan…"));
    m_editButton->setText(tr("&Edit plan…"));
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
    const qint64 selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_plans.size()
        ? m_plans.at(m_table->currentRow()).id
        : 0;
    m_table->setRowCount(int(m_plans.size()));
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
            m_table->setItem(row, column, item);
        }
        if (plan.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
}

void PricePlansPanel::updateButtons()
{
    const bool idle = !m_job.isBusy();
    m_addButton->setEnabled(idle && m_editable);
    m_editButton->setEnabled(idle && m_editable && m_table->currentRow() >= 0
                             && !m_table->selectedItems().isEmpty());
    const QString tip = m_loaded && !m_editable ? m_notEditableReason : QString();
    m_addButton->setToolTip(tip);
    m_editButton->setToolTip(tip);
}

void PricePlansPanel::reload()
{
    Database *database = m_database;
    m_job.run<Outcome>(
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
            m_loaded = true;
            m_plans = outcome.plans;
            m_providers = outcome.providers;
            m_editable = outcome.editable;
            m_notEditableReason = outcome.notEditableReason;
            fillTable();
            if (!outcome.errorString.isEmpty())
                m_status->setText(outcome.errorString);
            else if (!m_editable)
                m_status->setText(m_notEditableReason);
            updateButtons();
            Q_EMIT reloaded();
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
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_plans.size())
        return;
    openDialog(m_plans.at(row));
}

void PricePlansPanel::openDialog(const PricePlan &plan)
{
    if (!m_editable)
        return;
    PricePlanDialog dialog(m_database, plan, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_status->setText(plan.id > 0 ? tr("Plan \"%1\" saved.").arg(dialog.plan().name)
                                  : tr("Plan \"%1\" added.").arg(dialog.plan().name));
    Q_EMIT planSaved(dialog.plan().id);
    reload();
}
