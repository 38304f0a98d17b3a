// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "reports/campaignstats.h"

#include <QElapsedTimer>
#include <QWidget>

class Database;
class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QTimer;
class ReportChartView;

// The results of one campaign: messages over time, by status, delivery by number prefix,
// replies and opt-outs, cost against its cap and its election's ceiling, and for a consent
// request where its recipients stand. Computed off the GUI thread (CampaignStats) when shown,
// and every few seconds while the campaign sends.
class CampaignDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDashboard)
public:
    enum Figure {
        SentFigure,
        DeliveredFigure,
        RepliesFigure,
        OptOutsFigure,
        CostFigure,
        FigureCount
    };

    explicit CampaignDashboard(Database *database, QWidget *parent = nullptr);

    // Reloads the list of campaigns, then the figures of the one selected.
    void refresh();
    // Selects a campaign of the list (once loaded) and computes its figures.
    void setCampaign(qint64 campaignId);
    qint64 campaignId() const;
    const CampaignStats &stats() const { return m_stats; }
    bool isComputing() const { return m_listJob.isBusy() || m_statsJob.isBusy(); }

    QComboBox *campaignPicker() const { return m_picker; }
    ReportChartView *timelineChart() const { return m_timeline; }
    ReportChartView *statusChart() const { return m_status; }
    ReportChartView *costChart() const { return m_cost; }
    ReportChartView *prefixChart() const { return m_prefix; }
    // The consent funnel for a consent request, the replies by meaning for another campaign.
    ReportChartView *answersChart() const { return m_answers; }
    QList<ReportChartView *> charts() const;
    // Charts side by side (2) or stacked (1, below 860 px): follows the width.
    int columnCount() const { return m_columns; }
    // How often the figures of a sending campaign are read again (ms): adapted to how long
    // the last computation took.
    int liveRefreshInterval() const;
    QString figureText(Figure figure) const;
    // Translated name of a message state (messages.state).
    static QString messageStateLabel(const QString &state);

Q_SIGNALS:
    void statsReady();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void layoutCharts(int columns);
    void retranslateUi();
    static QString prefixNote();
    void computeStats();
    void showStats();
    void showFigures();
    void showTimeline();
    void showStatus();
    void showCost();
    void showPrefixes();
    void showAnswers();

    Database *m_database;
    QLabel *m_pickerLabel;
    QComboBox *m_picker;
    QLabel *m_summary;
    QLabel *m_figures[FigureCount];
    ReportChartView *m_timeline;
    ReportChartView *m_status;
    ReportChartView *m_cost;
    ReportChartView *m_prefix;
    ReportChartView *m_answers;
    QGridLayout *m_grid;
    QScrollArea *m_scroll;
    int m_columns = 0;
    QTimer *m_liveTimer;
    QElapsedTimer m_computeClock;
    qint64 m_wantedCampaign = 0;
    QList<CampaignStats::CampaignSpend> m_campaigns;
    CampaignStats m_stats;
    bool m_listLoaded = false;
    BackgroundJob m_listJob;
    BackgroundJob m_statsJob;
};
