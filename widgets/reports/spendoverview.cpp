// SPDX-License-Identifier: GPL-3.0-or-later
#include "spendoverview.h"

#include "chartbuilders.h"
#include "pricing/money.h"
#include "reportchartview.h"
#include "storage/database.h"

#include <QChart>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
// Campaigns drawn in the chart; the others are summed in one bar.
constexpr int kMaxCampaignBars = 8;
} // namespace

SpendOverview::SpendOverview(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_total(new QLabel(this))
    , m_elections(new ReportChartView(this))
    , m_campaigns(new ReportChartView(this))
{
    setObjectName(QStringLiteral("spendOverview"));
    m_total->setObjectName(QStringLiteral("spendTotal"));
    m_total->setWordWrap(true);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_elections->setObjectName(QStringLiteral("electionSpendChart"));
    m_elections->setFileBaseName(QStringLiteral("spend-per-election"));
    m_elections->setMinimumHeight(150);
    m_campaigns->setObjectName(QStringLiteral("campaignSpendChart"));
    m_campaigns->setFileBaseName(QStringLiteral("spend-per-campaign"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_total);
    layout->addWidget(m_elections, 2);
    layout->addWidget(m_campaigns, 3);
    showOverview();
}

void SpendOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showOverview();
    else if (event->type() == QEvent::PaletteChange)
        // Redrawn once the charts have the new palette too: they receive it after this.
        QTimer::singleShot(0, this, &SpendOverview::showOverview);
    QWidget::changeEvent(event);
}

QString SpendOverview::totalText() const
{
    return m_total->text();
}

void SpendOverview::refresh()
{
    Database *database = m_database;
    m_job.run<CampaignStats::Overview>(
        this,
        [database]() {
            CampaignStats::Overview overview = CampaignStats::overview(database);
            database->closeThreadConnection();
            return overview;
        },
        [this](const CampaignStats::Overview &overview) {
            m_overview = overview;
            m_loaded = true;
            showOverview();
            if (!m_job.isBusy())
                Q_EMIT overviewReady();
        });
}

void SpendOverview::showOverview()
{
    if (!m_loaded)
        m_total->setText(tr("Adding up what the campaigns spent…"));
    else if (!m_overview.ok)
        m_total->setText(m_overview.errorString);
    else
        m_total->setText(tr("Spent by all campaigns: %1 excl. VAT (what the provider charged "
                            "for the messages it accepted).")
                             .arg(Money::format(m_overview.spentMc)));
    showElections();
    showCampaigns();
}

void SpendOverview::showElections()
{
    QChart *chart = m_elections->newChart(tr("Spend per election against its ceiling (L52-11)"));
    QList<QPair<QString, double>> rows;
    QStringList summary;
    for (const CampaignStats::ElectionSpend &e : std::as_const(m_overview.elections)) {
        if (e.ceilingMc <= 0) {
            summary.append(
                tr("%1: %2 incl. VAT, no ceiling recorded").arg(e.name, Money::format(e.spentMc)));
            continue;
        }
        const QString label =
            tr("%1: %2 incl. VAT of %3")
                .arg(e.name, Money::format(e.spentMc), Money::format(e.ceilingMc));
        summary.append(label);
        rows.append(
            {ReportChartView::shortLabel(e.name), 100.0 * double(e.spentMc) / double(e.ceilingMc)});
    }
    if (rows.isEmpty()) {
        m_elections->showEmpty(
            chart,
            !m_loaded || !m_overview.ok ? QString()
                : m_overview.elections.isEmpty()
                ? tr("No election yet: add one (Settings or tribune-cli election add) to follow "
                     "its spending ceiling.")
                : tr("No spending ceiling recorded for the elections: %1")
                      .arg(summary.join(QStringLiteral("; "))));
        return;
    }
    ChartBuilders::addCapShareBars(chart, tr("Spent (incl. VAT)"), rows, tr("% of the ceiling"),
                                   tr("Ceiling (100 %)"), palette().color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_elections->showChart(chart, summary);
}

void SpendOverview::showCampaigns()
{
    QChart *chart = m_campaigns->newChart(tr("Spend per campaign"));
    QList<CampaignStats::CampaignSpend> spending;
    for (const CampaignStats::CampaignSpend &c : std::as_const(m_overview.campaigns)) {
        if (c.spentMc > 0)
            spending.append(c);
    }
    if (spending.isEmpty()) {
        m_campaigns->showEmpty(
            chart,
            !m_loaded || !m_overview.ok
                ? QString()
                : tr("No campaign has spent anything yet: spend appears here as the provider "
                     "accepts messages."));
        return;
    }
    std::stable_sort(spending.begin(), spending.end(),
                     [](const CampaignStats::CampaignSpend &a,
                        const CampaignStats::CampaignSpend &b) { return a.spentMc > b.spentMc; });
    // Bars named by the campaign (cut if long), the amount at their end in euros; names and
    // amounts to the cent in the tooltip.
    QList<QPair<QString, qint64>> rows;
    QStringList summary;
    qint64 others = 0;
    int otherCount = 0;
    for (const CampaignStats::CampaignSpend &c : std::as_const(spending)) {
        if (rows.size() < kMaxCampaignBars) {
            rows.append({ReportChartView::shortLabel(c.name, 20), c.spentMc});
            summary.append(c.capMc > 0
                               ? tr("%1: %2 (cap %3)")
                                     .arg(c.name, Money::format(c.spentMc), Money::format(c.capMc))
                               : tr("%1: %2").arg(c.name, Money::format(c.spentMc)));
        } else {
            others += c.spentMc;
            ++otherCount;
        }
    }
    if (otherCount > 0) {
        const QString label =
            tr("%n other campaign(s): %1", nullptr, otherCount).arg(Money::format(others));
        rows.append({tr("%n other campaign(s)", nullptr, otherCount), others});
        summary.append(label);
    }
    QList<QPair<QString, double>> euros;
    qint64 widest = 1;
    for (const auto &[label, mc] : std::as_const(rows)) {
        euros.append({label, std::round(Money::euros(mc) * 100.0) / 100.0});
        widest = std::max(widest, mc);
    }
    const ChartBuilders::Bars bars = ChartBuilders::addHorizontalBars(
        chart, tr("Spent (excl. VAT)"), euros, QColor(0x3b, 0x78, 0xc2),
        palette().color(QPalette::Text), 0.7);
    bars.series->setLabelsPrecision(12);
    bars.valueAxis->setRange(0, Money::euros(widest) * 1.2);
    bars.valueAxis->applyNiceNumbers();
    bars.valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    bars.valueAxis->setTitleText(tr("€ excl. VAT"));
    chart->legend()->hide();
    m_campaigns->showChart(chart, summary);
}
