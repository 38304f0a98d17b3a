// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "pricing/priceplan.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class Database;
class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;

// "Price plans", in Settings: what each provider contract charges per SMS part (exact prices
// or the range min–max when the contract price is unknown, UCS-2 price, VAT, volume tiers) and
// which providers use each plan. An administrator adds and edits plans in a dialog whose fields
// say what is wrong with them; everyone else sees the plans read-only. Reads and writes run off
// the GUI thread, through PricePlanStore, so the rules and the audit are the CLI's.
class PricePlansPanel final : public QWidget
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
    bool isBusy() const { return m_job.isBusy(); }
    bool isEditable() const { return m_editable; }
    QTableWidget *table() const { return m_table; }
    QLabel *status() const { return m_status; }
    const QList<PricePlan> &plans() const { return m_plans; }

    // Opens the dialog for a new plan, or for the selected one; saves it when accepted.
    void addPlan();
    void editSelected();

    // "0,15 € – 0,30 €" or "0,155 €": what a part costs under the plan, for people.
    static QString partPriceText(const PricePlan &plan, Sms::Encoding encoding);

Q_SIGNALS:
    void reloaded();
    void planSaved(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        QList<PricePlan> plans;
        QHash<qint64, QStringList> providers; // plan id -> provider names
        bool editable = false;
        QString notEditableReason;
        QString errorString;
    };

    void retranslateUi();
    void updateButtons();
    void fillTable();
    void openDialog(const PricePlan &plan);

    Database *m_database;
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QLabel *m_status;
    QList<PricePlan> m_plans;
    QHash<qint64, QStringList> m_providers;
    bool m_editable = false;
    bool m_loaded = false;
    QString m_notEditableReason;
    BackgroundJob m_job;
};
