// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportspage.h"

#include "backgroundtask.h"
#include "storage/database.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <memory>

ReportsPage::ReportsPage(Database *database, QWidget *parent)
    : Page(parent)
    , m_database(database)
    , m_chartView(new QChartView(this))
    , m_chartStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    const char *names[] = {"tileAudiences", "tileContacts", "tileCampaigns", "tileSuppressed"};
    for (int i = 0; i < 4; ++i) {
        m_tiles[i] = new QLabel(this);
        m_tiles[i]->setObjectName(QLatin1String(names[i]));
        m_tiles[i]->setFrameShape(QFrame::StyledPanel);
        m_tiles[i]->setAlignment(Qt::AlignCenter);
        m_tiles[i]->setMinimumHeight(70);
        m_tiles[i]->setTextFormat(Qt::RichText);
        tiles->addWidget(m_tiles[i]);
    }
    m_chartView->setObjectName(QStringLiteral("departmentChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_chartStatus->setObjectName(QStringLiteral("chartStatus"));
    m_chartStatus->setAlignment(Qt::AlignCenter);

    contentLayout()->addLayout(tiles);
    contentLayout()->addWidget(m_chartStatus);
    contentLayout()->addWidget(m_chartView, 1);
    retranslateUi();
}

void ReportsPage::retranslateUi()
{
    setHeader(tr("Reports"),
              tr("What this database holds. Campaign results, spend for the campaign account and "
                 "consent proof appear here once campaigns are sent."));
    showTiles();
    showBreakdown();
    refresh();
}

void ReportsPage::showTiles()
{
    const DatabaseStats &stats = m_stats;
    const QLocale locale;
    const QString tile = QStringLiteral("<span style='font-size:20pt; font-weight:600'>%1</span>"
                                        "<br>%2");
    m_tiles[0]->setText(tile.arg(locale.toString(stats.audiences), tr("Audiences")));
    m_tiles[1]->setText(tile.arg(locale.toString(stats.contacts), tr("Contacts")));
    m_tiles[2]->setText(tile.arg(locale.toString(stats.campaigns), tr("Campaigns")));
    m_tiles[3]->setText(tile.arg(locale.toString(stats.suppressed), tr("Suppressed numbers")));
}

void ReportsPage::refresh()
{
    struct Snapshot
    {
        DatabaseStats stats;
        ContactBreakdown breakdown;
    };
    if (!m_job.isBusy() && m_breakdown.total == 0)
        m_chartStatus->setText(tr("Counting contacts by département…"));
    Database *database = m_database;
    m_job.run<Snapshot>(
        this,
        [database]() {
            Snapshot snapshot {DatabaseStats::read(database),
                               ContactBreakdown::byDepartmentOf(database)};
            database->closeThreadConnection();
            return snapshot;
        },
        [this](const Snapshot &snapshot) {
            m_stats = snapshot.stats;
            m_breakdown = snapshot.breakdown;
            showTiles();
            showBreakdown();
            Q_EMIT breakdownReady();
        });
}

void ReportsPage::showBreakdown()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Contacts by département"));
    chart->legend()->hide();
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                        : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    if (!m_breakdown.ok) {
        m_chartStatus->setText(
            m_breakdown.errorString.isEmpty()
                ? QString()
                : tr("The breakdown could not be computed: %1").arg(m_breakdown.errorString));
    } else if (m_breakdown.total == 0) {
        m_chartStatus->setText(tr("No contacts yet."));
    } else {
        m_chartStatus->clear();
        auto *set = new QBarSet(tr("Contacts"));
        QStringList categories;
        qint64 maximum = 0;
        // Largest at the top: horizontal bar series draw the first category at the bottom.
        for (auto it = m_breakdown.byDepartment.crbegin(); it != m_breakdown.byDepartment.crend();
             ++it) {
            const QString label = it->first == QLatin1String("*") ? tr("Other départements")
                : it->first.isEmpty()                             ? tr("Unknown")
                                                                  : it->first;
            categories << label;
            *set << double(it->second);
            maximum = qMax(maximum, it->second);
        }
        set->setLabelColor(palette().color(QPalette::WindowText));
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        chart->addSeries(series);
        auto *axisY = new QBarCategoryAxis;
        axisY->append(categories);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto *axisX = new QValueAxis;
        axisX->setRange(0, double(maximum) * 1.15);
        axisX->setLabelFormat(QStringLiteral("%d"));
        axisX->applyNiceNumbers();
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
    }
    // setChart() releases the previous chart without deleting it.
    std::unique_ptr<QChart> previous(m_chartView->chart());
    m_chartView->setChart(chart);
}
