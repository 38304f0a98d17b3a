// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "campaign/campaign.h"
#include "pricing/budgetcheck.h"
#include "pricing/costpreview.h"

#include <QWidget>

#include <atomic>
#include <memory>

class Database;
class QChartView;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QTimer;
class QToolButton;

// What the campaign in the composer will cost: recipients and parts by encoding, the price
// range excluding VAT, the VAT and the total, what the GSM-safe rewrite would save, whether the
// budget caps hold and, for a campaign message to an audience under the consent gate, the
// consent-first forecast as a chart at an editable consent rate. Computed off the GUI thread,
// debounced, each newer campaign cancelling the running computation.
class CostPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostPanel)
public:
    explicit CostPanel(Database *database, QWidget *parent = nullptr);
    ~CostPanel() override;

    // Prices `campaign` as it stands in the form, after a short delay (the latest call wins).
    void setCampaign(const Campaign &campaign);
    // Nothing to price: shows `reason` instead.
    void clear(const QString &reason = {});
    void cancel();

    bool isComputing() const { return m_job.isBusy() || m_pending; }
    // The figures shown (valid once previewReady() was emitted).
    const CostPreview &preview() const { return m_preview; }
    const BudgetCheck &budget() const { return m_budget; }
    QDoubleSpinBox *rateSpinBox() const { return m_rate; }
    QChartView *chartView() const { return m_chartView; }

Q_SIGNALS:
    void previewReady();
    // The user asked for the GSM-safe rewrite of the text.
    void rewriteRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Result
    {
        CostPreview preview;
        BudgetCheck budget;
        QString errorString;
    };

    void retranslateUi();
    void compute();
    void showResult(const Result &result);
    void showFigures();
    void showForecast();
    void showChart();
    void setAmountRow(int row, const PricePlan::Amount &amount);

    Database *m_database;
    Campaign m_campaign;
    int m_rateBasisPoints = -1; // -1: the audience's history, or the default
    CostPreview m_preview;
    BudgetCheck m_budget;
    QString m_errorString;

    QLabel *m_title;
    QLabel *m_status;
    QToolButton *m_cancelButton;
    QLabel *m_summary;
    QWidget *m_amounts;
    QGridLayout *m_amountsLayout;
    QLabel *m_rewrite;
    QToolButton *m_rewriteButton;
    QLabel *m_budgetLabel;
    QWidget *m_forecastBox;
    QLabel *m_forecastTitle;
    QLabel *m_rateLabel;
    QDoubleSpinBox *m_rate;
    QLabel *m_rateOrigin;
    QChartView *m_chartView;
    QLabel *m_forecastText;

    QTimer *m_timer;
    BackgroundJob m_job;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_pending = false;
};
