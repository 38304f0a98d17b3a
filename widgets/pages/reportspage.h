// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include "backgroundtask.h"
#include "reports/contactbreakdown.h"
#include "storage/databasestats.h"

class Database;
class QChartView;
class QLabel;

// An overview of what the database holds, and where the contacts live (by département).
class ReportsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)
public:
    explicit ReportsPage(Database *database, QWidget *parent = nullptr);

    void refresh() override;
    QChartView *chartView() const { return m_chartView; }
    // Number of bars in the département chart once computed (for tests).
    int chartBarCount() const { return int(m_breakdown.byDepartment.size()); }
    bool isComputing() const { return m_job.isBusy(); }

Q_SIGNALS:
    void breakdownReady();

protected:
    void retranslateUi() override;

private:
    void showBreakdown();
    void showTiles();

    Database *m_database;
    QLabel *m_tiles[4];
    QChartView *m_chartView;
    QLabel *m_chartStatus;
    DatabaseStats m_stats;
    ContactBreakdown m_breakdown;
    BackgroundJob m_job;
};
