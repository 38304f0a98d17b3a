// SPDX-License-Identifier: GPL-3.0-or-later
#include "priceplandialog.h"

#include "pricing/money.h"
#include "pricing/priceplanstore.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

enum TierColumn { FromColumn, TierGsm7Column, TierUcs2Column, TierColumnCount };

// The exact amount in the locale's decimal form ("0,155" in French), no float involved.
QString localEuros(qint64 mc)
{
    return Money::eurosText(mc).replace(QLatin1Char('.'), QLocale().decimalPoint());
}

QString eurosOrEmpty(const std::optional<qint64> &mc)
{
    return mc ? localEuros(*mc) : QString();
}

struct SaveOutcome
{
    bool ok = false;
    PricePlan plan;
    QString errorString;
};

} // namespace

PricePlanDialog::PricePlanDialog(Database *database, const PricePlan &plan, QWidget *parent)
    : SettingsFormDialog(parent)
    , m_database(database)
    , m_plan(plan)
    , m_name(new QLineEdit(this))
    , m_gsm7(new QLineEdit(this))
    , m_ucs2(new QLineEdit(this))
    , m_min(new QLineEdit(this))
    , m_max(new QLineEdit(this))
    , m_vat(new QLineEdit(this))
    , m_tiers(new QTableWidget(0, TierColumnCount, this))
    , m_addTier(new QPushButton(this))
    , m_removeTier(new QPushButton(this))
{
    setObjectName(QStringLiteral("pricePlanDialog"));
    setWindowTitle(plan.id > 0 ? tr("Edit the price plan") : tr("New price plan"));
    m_name->setObjectName(QStringLiteral("planName"));
    m_gsm7->setObjectName(QStringLiteral("planGsm7"));
    m_ucs2->setObjectName(QStringLiteral("planUcs2"));
    m_min->setObjectName(QStringLiteral("planMin"));
    m_max->setObjectName(QStringLiteral("planMax"));
    m_vat->setObjectName(QStringLiteral("planVat"));
    m_tiers->setObjectName(QStringLiteral("planTiers"));
    m_addTier->setObjectName(QStringLiteral("addTierButton"));
    m_removeTier->setObjectName(QStringLiteral("removeTierButton"));
    const QString unknown = tr("Unknown: priced over the range below");
    m_gsm7->setPlaceholderText(unknown);
    m_ucs2->setPlaceholderText(unknown);

    m_name->setText(plan.name);
    m_gsm7->setText(eurosOrEmpty(plan.gsm7PartMc));
    m_ucs2->setText(eurosOrEmpty(plan.ucs2PartMc));
    m_min->setText(eurosOrEmpty(plan.minPartMc));
    m_max->setText(eurosOrEmpty(plan.maxPartMc));
    m_vat->setText(localEuros(qint64(plan.vatBasisPoints) * Money::MillicentsPerCent));
    m_vat->setMaximumWidth(80);

    m_tiers->setHorizontalHeaderLabels(
        {tr("From (parts)"), tr("GSM-7 part (€)"), tr("UCS-2 part (€)")});
    m_tiers->verticalHeader()->hide();
    m_tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tiers->setMinimumHeight(110);
    for (const PricePlan::Tier &tier : plan.tiers)
        addTierRow(tier);
    m_addTier->setText(tr("Add a &tier"));
    m_removeTier->setText(tr("&Remove the tier"));
    connect(m_addTier, &QPushButton::clicked, this, [this]() {
        addTierRow({});
        m_tiers->setCurrentCell(m_tiers->rowCount() - 1, FromColumn);
        m_tiers->editItem(m_tiers->item(m_tiers->rowCount() - 1, FromColumn));
    });
    connect(m_removeTier, &QPushButton::clicked, this, [this]() {
        if (m_tiers->currentRow() >= 0)
            m_tiers->removeRow(m_tiers->currentRow());
    });

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QLineEdit *edit, Field key, const QString &name) {
        auto *text = new QLabel(label, this);
        text->setBuddy(edit);
        form->addRow(text, withError(edit, int(key), name));
    };
    row(tr("&Name:"), m_name, Field::Name, QStringLiteral("planNameError"));
    row(tr("Price per &GSM-7 part (€):"), m_gsm7, Field::Gsm7, QStringLiteral("planGsm7Error"));
    row(tr("Price per &UCS-2 part (€):"), m_ucs2, Field::Ucs2, QStringLiteral("planUcs2Error"));
    row(tr("Range, &lowest (€):"), m_min, Field::Min, QStringLiteral("planMinError"));
    row(tr("Range, &highest (€):"), m_max, Field::Max, QStringLiteral("planMaxError"));
    row(tr("&VAT (%):"), m_vat, Field::Vat, QStringLiteral("planVatError"));
    auto *hint = new QLabel(
        tr("Type euros with a comma or a point (0,155). Leave a price empty when the contract "
           "does not state it: the plan is then priced between the lowest and the highest "
           "price."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *tiersLabel = new QLabel(
        tr("Volume tiers: from a campaign's total number of parts, its price applies to every "
           "part. A price left empty is the one of the tier below."),
        this);
    tiersLabel->setWordWrap(true);
    auto *tierButtons = new QHBoxLayout;
    tierButtons->addWidget(m_addTier);
    tierButtons->addWidget(m_removeTier);
    tierButtons->addStretch();
    QLabel *tiersError = addErrorLabel(int(Field::Tiers), QStringLiteral("planTiersError"));
    QLabel *generalError = addErrorLabel(int(Field::General), QStringLiteral("planGeneralError"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(tiersLabel);
    layout->addWidget(m_tiers);
    layout->addLayout(tierButtons);
    layout->addWidget(tiersError);
    layout->addWidget(generalError);
    layout->addWidget(buttons());
    resize(560, sizeHint().height());
}

void PricePlanDialog::addTierRow(const PricePlan::Tier &tier)
{
    const int row = m_tiers->rowCount();
    m_tiers->insertRow(row);
    m_tiers->setItem(
        row, FromColumn,
        new QTableWidgetItem(tier.fromParts > 0 ? QString::number(tier.fromParts) : QString()));
    m_tiers->setItem(row, TierGsm7Column, new QTableWidgetItem(eurosOrEmpty(tier.gsm7PartMc)));
    m_tiers->setItem(row, TierUcs2Column, new QTableWidgetItem(eurosOrEmpty(tier.ucs2PartMc)));
}

std::optional<PricePlan> PricePlanDialog::readForm()
{
    clearErrors();
    PricePlan plan = m_plan;
    bool ok = true;
    const auto euros = [&](QLineEdit *edit, Field field, bool optional) -> std::optional<qint64> {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            if (!optional) {
                showError(field, tr("Give an amount in euros."));
                ok = false;
            }
            return std::nullopt;
        }
        const std::optional<qint64> mc = Money::parseEuros(text);
        if (!mc) {
            showError(field, tr("\"%1\" is not an amount in euros (e.g. 0,155).").arg(text));
            ok = false;
        }
        return mc;
    };
    plan.name = m_name->text().trimmed();
    plan.gsm7PartMc = euros(m_gsm7, Field::Gsm7, true);
    plan.ucs2PartMc = euros(m_ucs2, Field::Ucs2, true);
    plan.minPartMc = euros(m_min, Field::Min, false).value_or(0);
    plan.maxPartMc = euros(m_max, Field::Max, false).value_or(0);
    // The VAT rate in percent, two decimals at most (5,5 %): read as an amount, so no float.
    const QString vatText = m_vat->text().trimmed().remove(QLatin1Char('%')).trimmed();
    const std::optional<qint64> vat = Money::parseEuros(vatText);
    if (!vat || *vat % Money::MillicentsPerCent != 0) {
        showError(Field::Vat, tr("Give the VAT rate in percent, e.g. 20 or 5,5."));
        ok = false;
    } else if (*vat > 100 * Money::MillicentsPerEuro) {
        showError(Field::Vat, tr("The VAT rate must be between 0 % and 100 %."));
        ok = false;
    } else {
        plan.vatBasisPoints = int(*vat / Money::MillicentsPerCent);
    }
    plan.tiers.clear();
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        const auto cell = [&](int column) {
            const QTableWidgetItem *item = m_tiers->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (cell(FromColumn).isEmpty() && cell(TierGsm7Column).isEmpty()
            && cell(TierUcs2Column).isEmpty())
            continue; // a row added and left empty
        PricePlan::Tier tier;
        bool fromOk = false;
        tier.fromParts = cell(FromColumn).remove(QLatin1Char(' ')).toLongLong(&fromOk);
        if (!fromOk || tier.fromParts <= 0) {
            showError(Field::Tiers,
                      tr("Tier %1: give the number of parts it starts from, a "
                         "whole number (e.g. 100000).")
                          .arg(row + 1));
            ok = false;
        }
        for (int column : {int(TierGsm7Column), int(TierUcs2Column)}) {
            const QString text = cell(column);
            if (text.isEmpty())
                continue;
            const std::optional<qint64> mc = Money::parseEuros(text);
            if (!mc) {
                showError(Field::Tiers,
                          tr("Tier %1: \"%2\" is not an amount in euros.").arg(row + 1).arg(text));
                ok = false;
            }
            (column == TierGsm7Column ? tier.gsm7PartMc : tier.ucs2PartMc) = mc;
        }
        plan.tiers.append(tier);
    }
    if (!ok)
        return std::nullopt;
    std::sort(plan.tiers.begin(), plan.tiers.end(),
              [](const PricePlan::Tier &a, const PricePlan::Tier &b) {
                  return a.fromParts < b.fromParts;
              });
    const QStringList errors = plan.errors();
    for (const QString &error : errors)
        showError(fieldOf(plan, error), error);
    if (!errors.isEmpty())
        return std::nullopt;
    return plan;
}

PricePlanDialog::Field PricePlanDialog::fieldOf(const PricePlan &plan, const QString &error)
{
    const QList<QPair<Field, std::function<void(PricePlan &)>>> probes = {
        {Field::Name,
         [](PricePlan &p) {
             p.name = QStringLiteral("x");
         }},
        {Field::Gsm7,
         [](PricePlan &p) {
             p.gsm7PartMc.reset();
         }},
        {Field::Ucs2,
         [](PricePlan &p) {
             p.ucs2PartMc.reset();
         }},
        {Field::Max,
         [](PricePlan &p) {
             p.maxPartMc = std::max(p.minPartMc, p.maxPartMc);
         }},
        {Field::Min,
         [](PricePlan &p) {
             p.minPartMc = std::max<qint64>(0, p.minPartMc);
         }},
        {Field::Vat,
         [](PricePlan &p) {
             p.vatBasisPoints = PricePlan::DefaultVatBasisPoints;
         }},
        {Field::Tiers, [](PricePlan &p) {
             p.tiers.clear();
         }}};
    for (const auto &probe : probes) {
        PricePlan changed = plan;
        probe.second(changed);
        if (!changed.errors().contains(error))
            return probe.first;
    }
    return Field::General;
}

bool PricePlanDialog::startSave()
{
    const std::optional<PricePlan> plan = readForm();
    if (!plan)
        return false;
    Database *database = m_database;
    saveInBackground<SaveOutcome>(
        [database, plan = *plan]() {
            SaveOutcome outcome;
            outcome.plan = plan;
            PricePlanStore store(database, database->actor());
            outcome.ok = plan.id > 0 ? store.update(outcome.plan) : store.add(&outcome.plan);
            outcome.errorString = store.errorString();
            database->closeThreadConnection();
            return outcome;
        },
        [this](const SaveOutcome &outcome) {
            if (outcome.ok) {
                m_plan = outcome.plan;
            } else {
                // The store's own sentences: a name taken, a database error, the plan gone.
                const bool nameTaken =
                    outcome.errorString.contains(outcome.plan.name) && !outcome.plan.name.isEmpty();
                showError(nameTaken ? Field::Name : Field::General, outcome.errorString);
            }
            return outcome.ok;
        });
    return true;
}
