// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportspage.h"

#include "backgroundtask.h"
#include "reports/campaigndashboard.h"
#include "reports/exportdialog.h"
#include "reports/reportchartview.h"
#include "reports/spendoverview.h"
#include "storage/database.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

ReportsPage::ReportsPage(Database *database, QWidget *parent)
    : Page(parent)
    , m_database(database)
    , m_tabs(new QTabWidget(this))
    , m_toolbar(new QHBoxLayout)
    , m_chartView(new ReportChartView(this))
    , m_chartStatus(new QLabel(this))
    , m_spend(new SpendOverview(database, this))
    , m_dashboard(new CampaignDashboard(database, this))
    , m_exportButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_tabs->setObjectName(QStringLiteral("reportsTabs"));
    m_tabs->setDocumentMode(true);

    // The toolbar sits right of the tabs' titles; other parts of Tribune add their actions.
    auto *toolbar = new QWidget(this);
    toolbar->setObjectName(QStringLiteral("reportsToolbar"));
    m_toolbar->setContentsMargins(0, 0, 0, 2);
    m_toolbar->setSpacing(6);
    toolbar->setLayout(m_toolbar);
    m_tabs->setCornerWidget(toolbar, Qt::TopRightCorner);
    m_exportButton->setObjectName(QStringLiteral("reportsExportButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &ReportsPage::openExportDialog);
    addToolbarWidget(m_exportButton);

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
    m_chartView->setFileBaseName(QStringLiteral("contacts-by-departement"));
    m_chartView->setMinimumHeight(260);
    m_chartStatus->setObjectName(QStringLiteral("chartStatus"));
    m_chartStatus->setAlignment(Qt::AlignCenter);
    m_chartStatus->setWordWrap(true);

    auto *overview = new QWidget(this);
    overview->setObjectName(QStringLiteral("reportsOverview"));
    auto *charts = new QHBoxLayout;
    charts->setSpacing(8);
    charts->addWidget(m_chartView, 1);
    charts->addWidget(m_spend, 1);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->setContentsMargins(0, 8, 0, 0);
    overviewLayout->addLayout(tiles);
    overviewLayout->addWidget(m_chartStatus);
    overviewLayout->addLayout(charts, 1);

    auto *dashboardTab = new QWidget(this);
    auto *dashboardLayout = new QVBoxLayout(dashboardTab);
    dashboardLayout->setContentsMargins(0, 8, 0, 0);
    dashboardLayout->addWidget(m_dashboard);

    m_tabs->addTab(overview, QString());
    m_tabs->addTab(dashboardTab, QString());
    contentLayout()->addWidget(m_tabs, 1);
    retranslateUi();
}

QChartView *ReportsPage::chartView() const
{
    return m_chartView;
}

bool ReportsPage::isComputing() const
{
    return m_job.isBusy() || m_spend->isComputing() || m_dashboard->isComputing();
}

void ReportsPage::addToolbarWidget(QWidget *widget)
{
    widget->setParent(m_tabs->cornerWidget(Qt::TopRightCorner));
    m_toolbar->addWidget(widget);
    widget->show();
}

ExportDialog *ReportsPage::openExportDialog()
{
    // Window-modal without a nested event loop (open(), not exec()): the export runs on its
    // own worker with a progress bar, the dashboard keeps refreshing behind it, and nothing
    // on this page can change or be deleted under a loop it does not know about.
    auto *dialog = new ExportDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 campaignId = m_tabs->currentIndex() == CampaignTab ? m_dashboard->campaignId() : 0;
    if (campaignId > 0) {
        dialog->setKind(Reports::ExportKind::Report);
        dialog->setCampaign(campaignId);
    }
    dialog->open();
    return dialog;
}

void ReportsPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        // Redrawn once the chart has the new palette too: it receives it after this.
        QTimer::singleShot(0, this, &ReportsPage::showBreakdown);
}

void ReportsPage::showCampaign(qint64 campaignId)
{
    m_tabs->setCurrentIndex(CampaignTab);
    m_dashboard->setCampaign(campaignId);
}

void ReportsPage::retranslateUi()
{
    setHeader(tr("Reports"),
              tr("What this database holds, what the campaigns spent against their caps, and the "
                 "results of each campaign. Right-click a chart to save it as PNG."));
    m_tabs->setTabText(OverviewTab, tr("Overview"));
    m_tabs->setTabText(CampaignTab, tr("Campaign dashboard"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(
        tr("Export a campaign's messages, the campaign account, the consent proof and the other "
           "records as CSV files (the campaign shown by the dashboard is preselected)."));
    showTiles();
    showBreakdown();
    refresh();
}

void ReportsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_spend->refresh();
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
    m_spend->refresh();
    if (m_dashboard->isVisible())
        m_dashboard->refresh();
}

void ReportsPage::showBreakdown()
{
    QChart *chart = m_chartView->newChart();
    chart->setTitle(tr("Contacts by département"));
    chart->legend()->hide();
    m_chartView->setEmptyText(QString());
    if (!m_breakdown.ok) {
        m_chartStatus->setText(
            m_breakdown.errorString.isEmpty()
                ? QString()
                : tr("The breakdown could not be computed: %1").arg(m_breakdown.errorString));
        m_chartStatus->setVisible(!m_chartStatus->text().isEmpty());
    } else if (m_breakdown.total == 0) {
        m_chartStatus->hide();
        m_chartView->setEmptyText(
            tr("No contacts yet: import a broker file (Audiences) or load the demo data."));
    } else {
        m_chartStatus->clear();
        m_chartStatus->hide();
        auto *set = new QBarSet(tr("Contacts"));
        QStringList categories;
        QStringList summary;
        qint64 maximum = 0;
        // Largest at the top: horizontal bar series draw the first category at the bottom.
        for (auto it = m_breakdown.byDepartment.crbegin(); it != m_breakdown.byDepartment.crend();
             ++it) {
            const QString label = it->first == QLatin1String("*") ? tr("Other départements")
                : it->first.isEmpty()                             ? tr("Unknown")
                                                                  : it->first;
            categories << label;
            summary.prepend(tr("%1: %2").arg(label, QLocale().toString(it->second)));
            *set << double(it->second);
            maximum = qMax(maximum, it->second);
        }
        set->setColor(QColor(0x3b, 0x78, 0xc2));
        set->setBorderColor(QColor(0x3b, 0x78, 0xc2));
        set->setLabelColor(palette().color(QPalette::Text));
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
        axisX->setLabelFormat(QStringLiteral("%.0f"));
        axisX->applyNiceNumbers();
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        m_chartView->showChart(chart);
        m_chartView->setSummary(summary);
        return;
    }
    m_chartView->showChart(chart);
}
