// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pricing/priceplan.h"
#include "settingstablepanel.h"

#include <QHash>
#include <QStringList>

// "Price plans", in Settings: what each provider contract charges per SMS part (exact prices
// or the range min–max when the contract price is unknown, UCS-2 price, VAT, volume tiers) and
// which providers use each plan. An administrator adds and edits plans in a dialog whose fields
// say what is wrong with them; everyone else sees the plans read-only. Reads and writes run off
// the GUI thread, through PricePlanStore, so the rules and the audit are the CLI's.
class PricePlansPanel final : public SettingsTablePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricePlansPanel)
public:
    enum Column {
        NameColumn,
        PriceColumn,
        Ucs2Column,
        VatColumn,
        TiersColumn,
        ProvidersColumn,
        ColumnCount
    };

    explicit PricePlansPanel(Database *database, QWidget *parent = nullptr);

    void reload();
    const QList<PricePlan> &plans() const { return m_plans; }

    // Opens the dialog for a new plan, or for the selected one; saves it when accepted.
    void addPlan();
    void editSelected() override;

    // "0,15 € – 0,30 €" or "0,155 €": what a part costs under the plan, for people.
    static QString partPriceText(const PricePlan &plan, Sms::Encoding encoding);

Q_SIGNALS:
    void planSaved(qint64 id);

private:
    struct Outcome
    {
        QList<PricePlan> plans;
        QHash<qint64, QStringList> providers; // plan id -> provider names
        bool editable = false;
        QString notEditableReason;
        QString errorString;
    };

    void retranslateUi() override;
    void fillTable() override;
    void openDialog(const PricePlan &plan);

    QList<PricePlan> m_plans;
    QHash<qint64, QStringList> m_providers;
};
