// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include "backgroundtask.h"
#include "reports/contactbreakdown.h"
#include "storage/databasestats.h"

class CampaignDashboard;
class Database;
class ExportDialog;
class QChartView;
class QPushButton;
class QHBoxLayout;
class QLabel;
class QTabWidget;
class ReportChartView;
class SpendOverview;

// Reports, in two tabs: an overview (what the database holds, where the contacts live, what
// the campaigns spent against their caps) and the dashboard of one campaign.
class ReportsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)
public:
    enum Tab { OverviewTab, CampaignTab };

    explicit ReportsPage(Database *database, QWidget *parent = nullptr);

    void refresh() override;
    QChartView *chartView() const;
    // Number of bars in the département chart once computed (for tests).
    int chartBarCount() const { return int(m_breakdown.byDepartment.size()); }
    // Whether any figure of the page is still being computed.
    bool isComputing() const;

    QTabWidget *tabs() const { return m_tabs; }
    CampaignDashboard *dashboard() const { return m_dashboard; }
    SpendOverview *spendOverview() const { return m_spend; }
    // Shows the dashboard of a campaign.
    void showCampaign(qint64 campaignId);
    // The page's toolbar, right of the tabs' titles: for actions on the reports (Export…).
    void addToolbarWidget(QWidget *widget);
    QPushButton *exportButton() const { return m_exportButton; }
    // Opens the export dialog (window-modal, deleted when closed), the campaign of the
    // dashboard preselected when its tab shows one.
    ExportDialog *openExportDialog();

Q_SIGNALS:
    void breakdownReady();

protected:
    void changeEvent(QEvent *event) override;
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    void showBreakdown();
    void showTiles();

    Database *m_database;
    QTabWidget *m_tabs;
    QHBoxLayout *m_toolbar;
    QLabel *m_tiles[4];
    ReportChartView *m_chartView;
    QLabel *m_chartStatus;
    SpendOverview *m_spend;
    CampaignDashboard *m_dashboard;
    QPushButton *m_exportButton;
    DatabaseStats m_stats;
    ContactBreakdown m_breakdown;
    BackgroundJob m_job;
};
