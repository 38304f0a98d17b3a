// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "reports/campaignstats.h"

#include <QWidget>

class Database;
class QLabel;
class ReportChartView;

// What the campaigns spent, excluding VAT: each election against its spending ceiling (Code
// électoral L52-11, shared by all its campaigns) and each campaign with its own cap. Computed
// off the GUI thread.
class SpendOverview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpendOverview)
public:
    explicit SpendOverview(Database *database, QWidget *parent = nullptr);

    void refresh();
    bool isComputing() const { return m_job.isBusy(); }
    const CampaignStats::Overview &overview() const { return m_overview; }
    ReportChartView *electionChart() const { return m_elections; }
    ReportChartView *campaignChart() const { return m_campaigns; }
    QString totalText() const;

Q_SIGNALS:
    void overviewReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showOverview();
    void showElections();
    void showCampaigns();

    Database *m_database;
    QLabel *m_total;
    ReportChartView *m_elections;
    ReportChartView *m_campaigns;
    CampaignStats::Overview m_overview;
    bool m_loaded = false;
    BackgroundJob m_job;
};
