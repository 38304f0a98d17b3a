// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pricing/priceplan.h"
#include "settingsformdialog.h"

#include <optional>

class Database;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Adds or edits one price plan: euros typed with a comma or a point, the VAT rate in percent,
// volume tiers in a small table. What is wrong is said under the field concerned, whether the
// form cannot be read or PricePlanStore refuses the plan; the dialog closes once the plan is
// saved (on a worker thread).
class PricePlanDialog final : public SettingsFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricePlanDialog)
public:
    enum class Field { Name, Gsm7, Ucs2, Min, Max, Vat, Tiers, General };

    PricePlanDialog(Database *database, const PricePlan &plan, QWidget *parent = nullptr);

    // The plan as saved (its id set for a new one), once accepted.
    const PricePlan &plan() const { return m_plan; }
    // The error shown under a field (empty: none).
    QString errorText(Field field) const { return fieldError(int(field)); }

    // Reads the form into a plan; nullopt after showing what cannot be read.
    std::optional<PricePlan> readForm();
    // The field an error of PricePlan::errors() is about: the first whose neutral value makes
    // it go away (General when none does).
    static Field fieldOf(const PricePlan &plan, const QString &error);

private:
    bool startSave() override;
    void addTierRow(const PricePlan::Tier &tier);
    void showError(Field field, const QString &text)
    {
        SettingsFormDialog::showError(int(field), text);
    }

    Database *m_database;
    PricePlan m_plan;
    QLineEdit *m_name;
    QLineEdit *m_gsm7;
    QLineEdit *m_ucs2;
    QLineEdit *m_min;
    QLineEdit *m_max;
    QLineEdit *m_vat;
    QTableWidget *m_tiers;
    QPushButton *m_addTier;
    QPushButton *m_removeTier;
};
