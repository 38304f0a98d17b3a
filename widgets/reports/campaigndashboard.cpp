// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigndashboard.h"

#include "campaign/campaign.h"
#include "chartbuilders.h"
#include "pricing/money.h"
#include "reportchartview.h"
#include "storage/database.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// How often the figures of a campaign that is sending are read again: every 5 s, or ten times
// as long as the last computation took (a large campaign on a slow disk), at most every minute.
constexpr int kLiveRefreshMs = 5000;
constexpr int kMaxLiveRefreshMs = 60000;
// Below this width the charts stack in one column.
constexpr int kTwoColumnsMinWidth = 860;

const char *const kMessageStates[] = {"delivered", "accepted", "submitting", "unknown",
                                      "failed",    "expired",  "queued",     "cancelled"};

// Readable on light and dark themes alike (the consent funnel's colours for the same ideas).
QColor stateColor(const QString &state)
{
    if (state == QLatin1String("delivered"))
        return QColor(0x2e, 0x9d, 0x5b);
    if (state == QLatin1String("accepted"))
        return QColor(0x3b, 0x78, 0xc2);
    if (state == QLatin1String("submitting"))
        return QColor(0x7f, 0xb0, 0xe6);
    if (state == QLatin1String("unknown"))
        return QColor(0x6e, 0x3f, 0x8f);
    if (state == QLatin1String("failed"))
        return QColor(0xd6, 0x45, 0x41);
    if (state == QLatin1String("expired"))
        return QColor(0xe0, 0x8a, 0x1e);
    if (state == QLatin1String("queued"))
        return QColor(0xa7, 0xb0, 0xbb);
    return QColor(0x5c, 0x6b, 0x7a);
}

QColor seriesColor(CampaignStats::Series series)
{
    switch (series) {
    case CampaignStats::Sent:
        return QColor(0x5c, 0x6b, 0x7a);
    case CampaignStats::Accepted:
        return stateColor(QStringLiteral("accepted"));
    case CampaignStats::Delivered:
        return stateColor(QStringLiteral("delivered"));
    case CampaignStats::Failed:
        return stateColor(QStringLiteral("failed"));
    case CampaignStats::Expired:
    case CampaignStats::SeriesCount:
        break;
    }
    return stateColor(QStringLiteral("expired"));
}

struct TimeTicks
{
    qint64 first = 0;
    qint64 last = 0;
    int count = 2;
};

// The smallest round step giving at most 7 ticks over [begin, end], in local time (Paris'
// offsets are whole hours: a step of up to an hour is round in UTC too; longer ones are
// counted from local midnight).
TimeTicks timeTicks(qint64 begin, qint64 end)
{
    constexpr qint64 s = 1000;
    constexpr qint64 m = 60 * s;
    constexpr qint64 h = 60 * m;
    constexpr qint64 d = 24 * h;
    const qint64 steps[] = {10 * s, 20 * s, 30 * s, m,     2 * m,  5 * m, 10 * m,
                            15 * m, 20 * m, 30 * m, h,     2 * h,  3 * h, 6 * h,
                            12 * h, d,      2 * d,  7 * d, 14 * d, 28 * d};
    const qint64 offset = QDateTime::fromMSecsSinceEpoch(begin).offsetFromUtc() * s;
    TimeTicks ticks;
    for (qint64 step : steps) {
        const qint64 localBegin = begin + offset;
        const qint64 localEnd = end + offset;
        const qint64 first = localBegin - ((localBegin % step) + step) % step;
        const qint64 last = localEnd + (step - ((localEnd % step) + step) % step) % step;
        ticks = {first - offset, last - offset, int((last - first) / step) + 1};
        if (ticks.count <= 7)
            break;
    }
    ticks.count = std::max(ticks.count, 2);
    return ticks;
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', share > 0 && share < 0.1 ? 1 : 0)
        + QStringLiteral("\u202f%");
}

// A horizontal bar chart of one count per category, the first category at the top.
void addCountBars(QChart *chart, const QString &setName, const QList<QPair<QString, qint64>> &rows,
                  const QColor &color, const QColor &labelColor)
{
    QList<QPair<QString, double>> bars;
    qint64 widest = 1;
    for (const auto &[label, count] : rows) {
        bars.append({ReportChartView::shortLabel(label), double(count)});
        widest = std::max(widest, count);
    }
    const ChartBuilders::Bars added =
        ChartBuilders::addHorizontalBars(chart, setName, bars, color, labelColor, 0.7);
    added.series->setLabelsPrecision(12);
    added.valueAxis->setRange(0, double(widest) * 1.2);
    added.valueAxis->setVisible(false);
    chart->legend()->hide();
}

} // namespace

CampaignDashboard::CampaignDashboard(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_pickerLabel(new QLabel(this))
    , m_picker(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_timeline(new ReportChartView(this))
    , m_status(new ReportChartView(this))
    , m_cost(new ReportChartView(this))
    , m_prefix(new ReportChartView(this))
    , m_answers(new ReportChartView(this))
    , m_grid(new QGridLayout)
    , m_scroll(new QScrollArea(this))
    , m_liveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("campaignDashboard"));
    m_picker->setObjectName(QStringLiteral("dashboardCampaignCombo"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_picker->setMinimumContentsLength(24);
    m_pickerLabel->setBuddy(m_picker);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const char *figureNames[] = {"figureSent", "figureDelivered", "figureReplies", "figureOptOuts",
                                 "figureCost"};
    auto *figures = new QHBoxLayout;
    figures->setSpacing(8);
    for (int i = 0; i < FigureCount; ++i) {
        m_figures[i] = new QLabel(this);
        m_figures[i]->setObjectName(QLatin1String(figureNames[i]));
        m_figures[i]->setFrameShape(QFrame::StyledPanel);
        m_figures[i]->setAlignment(Qt::AlignCenter);
        m_figures[i]->setTextFormat(Qt::RichText);
        m_figures[i]->setWordWrap(true);
        m_figures[i]->setMargin(4);
        m_figures[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        figures->addWidget(m_figures[i], 1);
    }

    const QList<QPair<ReportChartView *, const char *>> views = {{m_timeline, "timelineChart"},
                                                                 {m_status, "statusChart"},
                                                                 {m_cost, "costChart"},
                                                                 {m_prefix, "prefixChart"},
                                                                 {m_answers, "answersChart"}};
    for (const auto &[view, name] : views)
        view->setObjectName(QLatin1String(name));
    m_timeline->setFileBaseName(QStringLiteral("campaign-timeline"));
    m_status->setFileBaseName(QStringLiteral("campaign-status"));
    m_cost->setFileBaseName(QStringLiteral("campaign-cost"));
    m_prefix->setFileBaseName(QStringLiteral("campaign-delivery-by-prefix"));
    m_answers->setFileBaseName(QStringLiteral("campaign-answers"));

    for (ReportChartView *view : charts())
        view->setMinimumSize(320, 240);
    m_cost->setMinimumHeight(230);

    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("dashboardBody"));
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(figures);
    bodyLayout->addLayout(m_grid, 1);
    m_grid->setSpacing(8);
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(body);
    layoutCharts(2);

    auto *pickerRow = new QHBoxLayout;
    pickerRow->addWidget(m_pickerLabel);
    pickerRow->addWidget(m_picker);
    pickerRow->addWidget(m_summary, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pickerRow);
    layout->addWidget(m_scroll, 1);

    m_liveTimer->setInterval(kLiveRefreshMs);
    connect(m_liveTimer, &QTimer::timeout, this, [this]() {
        if (isVisible() && m_stats.state == QLatin1String("sending") && !m_statsJob.isBusy())
            computeStats();
    });
    m_liveTimer->start();
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this]() {
        m_wantedCampaign = campaignId();
        computeStats();
    });
    retranslateUi();
}

void CampaignDashboard::layoutCharts(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ReportChartView *view : charts())
        m_grid->removeWidget(view);
    for (int i = 0; i < 4; ++i) {
        m_grid->setColumnStretch(i, 0);
        m_grid->setRowStretch(i, 0);
    }
    if (columns >= 2) {
        // The timeline and the status, what answered and where it was delivered, then the
        // cost against the caps across the page.
        m_grid->addWidget(m_timeline, 0, 0);
        m_grid->addWidget(m_status, 0, 1);
        m_grid->addWidget(m_answers, 1, 0);
        m_grid->addWidget(m_prefix, 1, 1);
        m_grid->addWidget(m_cost, 2, 0, 1, 2);
        // Equal columns: a chart's legend on its right gets at most 40 % of its width.
        m_grid->setColumnStretch(0, 1);
        m_grid->setColumnStretch(1, 1);
        m_grid->setRowStretch(0, 3);
        m_grid->setRowStretch(1, 3);
        m_grid->setRowStretch(2, 2);
    } else {
        int row = 0;
        for (ReportChartView *view : {m_timeline, m_status, m_answers, m_prefix, m_cost}) {
            m_grid->addWidget(view, row, 0);
            m_grid->setRowStretch(row++, view == m_cost ? 2 : 3);
        }
        m_grid->setColumnStretch(0, 1);
    }
}

void CampaignDashboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutCharts(width() >= kTwoColumnsMinWidth ? 2 : 1);
}

QList<ReportChartView *> CampaignDashboard::charts() const
{
    return {m_timeline, m_status, m_cost, m_prefix, m_answers};
}

int CampaignDashboard::liveRefreshInterval() const
{
    return m_liveTimer->interval();
}

qint64 CampaignDashboard::campaignId() const
{
    return m_picker->currentData().toLongLong();
}

void CampaignDashboard::setCampaign(qint64 campaignId)
{
    m_wantedCampaign = campaignId;
    const int index = m_picker->findData(campaignId);
    if (index >= 0 && index != m_picker->currentIndex())
        m_picker->setCurrentIndex(index); // computes
    else if (index >= 0)
        computeStats();
    else
        refresh();
}

void CampaignDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void CampaignDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        // Redrawn once the charts have the new palette too: they receive it after this.
        QTimer::singleShot(0, this, &CampaignDashboard::showStats);
    QWidget::changeEvent(event);
}

QString CampaignDashboard::prefixNote()
{
    return tr("French mobile numbers grouped by their first digits (06 12, 07 81…): the range an "
              "operator was given. Numbers move between operators, so this is a hint, not the "
              "operator.");
}

void CampaignDashboard::retranslateUi()
{
    m_pickerLabel->setText(tr("&Campaign:"));
    for (int i = 0; i < m_picker->count() && i < m_campaigns.size(); ++i) {
        const CampaignStats::CampaignSpend &c = m_campaigns.at(i);
        Campaign::State state = Campaign::State::Draft;
        m_picker->setItemText(i,
                              Campaign::stateFromKey(c.state, &state)
                                  ? tr("%1 (%2)").arg(c.name, Campaign::stateLabel(state))
                                  : c.name);
    }
    showStats();
}

void CampaignDashboard::refresh()
{
    Database *database = m_database;
    m_listJob.run<CampaignStats::Overview>(
        this,
        [database]() {
            CampaignStats::Overview overview = CampaignStats::overview(database);
            database->closeThreadConnection();
            return overview;
        },
        [this](const CampaignStats::Overview &overview) {
            m_listLoaded = true;
            if (!overview.ok) {
                m_summary->setText(overview.errorString);
                return;
            }
            // Keep the selection; else the newest campaign that sent something, else the
            // newest.
            qint64 wanted = m_wantedCampaign > 0 ? m_wantedCampaign : campaignId();
            const bool known = std::any_of(
                overview.campaigns.cbegin(), overview.campaigns.cend(),
                [wanted](const CampaignStats::CampaignSpend &c) { return c.id == wanted; });
            if (!known) {
                wanted = overview.campaigns.isEmpty() ? 0 : overview.campaigns.constFirst().id;
                for (const CampaignStats::CampaignSpend &c : overview.campaigns) {
                    if (c.sent > 0) {
                        wanted = c.id;
                        break;
                    }
                }
            }
            {
                const QSignalBlocker blocker(m_picker);
                m_campaigns = overview.campaigns;
                m_picker->clear();
                for (const CampaignStats::CampaignSpend &c : std::as_const(m_campaigns))
                    m_picker->addItem(c.name, c.id);
                m_picker->setCurrentIndex(m_picker->findData(wanted));
            }
            m_wantedCampaign = wanted;
            retranslateUi(); // the state of each campaign in the list
            computeStats();
        });
}

void CampaignDashboard::computeStats()
{
    const qint64 id = campaignId();
    if (id <= 0) {
        m_stats = CampaignStats();
        m_stats.ok = m_listLoaded;
        showStats();
        Q_EMIT statsReady();
        return;
    }
    Database *database = m_database;
    m_computeClock.start();
    m_statsJob.run<CampaignStats>(
        this,
        [database, id]() {
            CampaignStats stats = CampaignStats::compute(database, id);
            database->closeThreadConnection();
            return stats;
        },
        [this](const CampaignStats &stats) {
            m_liveTimer->setInterval(int(std::clamp<qint64>(m_computeClock.elapsed() * 10,
                                                            kLiveRefreshMs, kMaxLiveRefreshMs)));
            // A result for a campaign no longer selected is dropped (its successor is queued).
            if (stats.campaignId == campaignId()) {
                m_stats = stats;
                showStats();
            }
            if (!m_statsJob.isBusy())
                Q_EMIT statsReady();
        });
}

QString CampaignDashboard::messageStateLabel(const QString &state)
{
    if (state == QLatin1String("queued"))
        return tr("Queued");
    if (state == QLatin1String("submitting"))
        return tr("Submitting");
    if (state == QLatin1String("accepted"))
        return tr("Awaiting report");
    if (state == QLatin1String("delivered"))
        return tr("Delivered");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("expired"))
        return tr("Expired");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return tr("To check");
}

QString CampaignDashboard::figureText(Figure figure) const
{
    return figure >= 0 && figure < FigureCount ? m_figures[figure]->text() : QString();
}

void CampaignDashboard::showStats()
{
    const CampaignStats &s = m_stats;
    const QLocale locale;
    if (m_picker->count() == 0 && m_listLoaded) {
        m_summary->setText(tr("No campaign yet: write one in Compose, then send it."));
    } else if (!s.ok) {
        m_summary->setText(s.errorString.isEmpty() ? tr("Reading the figures…") : s.errorString);
    } else if (!s.firstSent.isValid()) {
        m_summary->setText(tr("Not sent yet."));
    } else {
        const QString first = locale.toString(s.firstSent.toLocalTime(), QLocale::ShortFormat);
        const QString last = locale.toString(s.lastActivity.toLocalTime(), QLocale::ShortFormat);
        m_summary->setText(
            s.state == QLatin1String("sending")
                ? tr("First message sent %1; sending (last activity %2).").arg(first, last)
                : tr("First message sent %1; last activity %2.").arg(first, last));
    }
    showFigures();
    showTimeline();
    showStatus();
    showCost();
    showPrefixes();
    showAnswers();
}

void CampaignDashboard::showFigures()
{
    const CampaignStats &s = m_stats;
    const QLocale locale;
    const QString tile =
        QStringLiteral("<span style='font-size:15pt; font-weight:600'>%1</span><br>%2<br>"
                       "<span style='color:%4'>%3</span>");
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const auto set = [&](Figure figure, const QString &value, const QString &name,
                         const QString &detail) {
        m_figures[figure]->setText(
            tile.arg(value.toHtmlEscaped(), name.toHtmlEscaped(), detail.toHtmlEscaped(), muted));
    };
    const qint64 delivered = s.byState.value(QStringLiteral("delivered"));
    set(SentFigure, locale.toString(s.sent), tr("Sent"),
        tr("of %Ln message(s)", nullptr, int(std::min<qint64>(s.messages, INT_MAX))));
    set(DeliveredFigure, locale.toString(delivered), tr("Delivered"),
        s.sent > 0 ? tr("%1 of those sent").arg(percent(double(delivered) / double(s.sent)))
                   : tr("none sent yet"));
    set(RepliesFigure, locale.toString(s.replies), tr("Replies"),
        s.repliesToReview > 0 ? tr("%Ln to read", nullptr, int(s.repliesToReview))
                              : tr("none to read"));
    set(OptOutsFigure, locale.toString(s.optOuts), tr("Opt-outs (STOP)"),
        s.sent > 0 ? tr("%1 of those sent").arg(percent(double(s.optOuts) / double(s.sent)))
                   : QStringLiteral("—"));
    set(CostFigure, Money::format(s.costMc), tr("Cost so far"),
        tr("excl. VAT, %Ln SMS part(s)", nullptr, int(std::min<qint64>(s.sentParts, INT_MAX))));
}

void CampaignDashboard::showTimeline()
{
    const CampaignStats &s = m_stats;
    const CampaignStats::Timeline &t = s.timeline;
    QChart *chart = m_timeline->newChart(tr("Messages over time (running totals)"));
    if (t.isEmpty()) {
        m_timeline->showEmpty(
            chart,
            m_picker->count() == 0
                ? tr("No campaign yet.")
                : tr("No message sent yet: the chart fills while the campaign sends."));
        return;
    }
    const qint64 unitMs = CampaignStats::bucketMs(t.bucket);
    QString format = QStringLiteral("HH:mm");
    QString axisTitle = tr("Time (per minute)");
    switch (t.bucket) {
    case CampaignStats::Bucket::TenSeconds:
        format = QStringLiteral("HH:mm:ss");
        axisTitle = tr("Time (per 10 seconds)");
        break;
    case CampaignStats::Bucket::Minute:
        break;
    case CampaignStats::Bucket::Hour:
        format = QStringLiteral("dd/MM HH:mm");
        axisTitle = tr("Time (per hour)");
        break;
    case CampaignStats::Bucket::Day:
        format = QStringLiteral("dd/MM");
        axisTitle = tr("Day");
        break;
    }
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(format);
    axisX->setTitleText(axisTitle);
    const qint64 begin = t.starts.constFirst().toMSecsSinceEpoch();
    const qint64 end = t.starts.constLast().toMSecsSinceEpoch() + unitMs;
    // Ticks on round times (every 10 min, 2 h…): the axis starts and ends on one.
    const TimeTicks ticks = timeTicks(begin, end);
    axisX->setRange(QDateTime::fromMSecsSinceEpoch(ticks.first),
                    QDateTime::fromMSecsSinceEpoch(ticks.last));
    axisX->setTickCount(ticks.count);
    chart->addAxis(axisX, Qt::AlignBottom);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("Messages"));
    chart->addAxis(axisY, Qt::AlignLeft);
    qint64 highest = 1;
    QStringList summary;
    for (int i = 0; i < CampaignStats::SeriesCount; ++i) {
        const auto kind = CampaignStats::Series(i);
        const qint64 total = t.cumulative[i].isEmpty() ? 0 : t.cumulative[i].constLast();
        summary.append(
            tr("%1: %2").arg(CampaignStats::seriesLabel(kind), QLocale().toString(total)));
        // Failures and expiries are drawn only when there are some.
        if (total == 0 && (kind == CampaignStats::Failed || kind == CampaignStats::Expired))
            continue;
        auto *series = new QLineSeries;
        series->setName(CampaignStats::seriesLabel(kind));
        QPen pen(seriesColor(kind));
        pen.setWidthF(2.0);
        series->setPen(pen);
        series->setColor(seriesColor(kind));
        // Each running total as it stood at the end of its bucket, from 0 at the start.
        series->append(double(begin), 0);
        for (qsizetype b = 0; b < t.starts.size(); ++b) {
            const qint64 bucketEnd = b + 1 < t.starts.size()
                ? t.starts.at(b + 1).toMSecsSinceEpoch()
                : t.starts.at(b).toMSecsSinceEpoch() + unitMs;
            series->append(double(bucketEnd), double(t.cumulative[i].at(b)));
        }
        series->setPointsVisible(t.starts.size() <= 20);
        highest = std::max(highest, total);
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    axisY->setRange(0, double(highest) * 1.05);
    axisY->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_timeline->showChart(chart, summary);
}

void CampaignDashboard::showStatus()
{
    const CampaignStats &s = m_stats;
    QChart *chart = m_status->newChart(tr("Messages by status"));
    if (s.messages == 0) {
        m_status->showEmpty(
            chart,
            tr("No message in the outbox yet: they appear once the campaign is approved and "
               "sent."));
        return;
    }
    auto *series = new QPieSeries;
    series->setPieSize(0.85);
    series->setHoleSize(0.4);
    QStringList summary;
    for (const char *key : kMessageStates) {
        const QString state = QLatin1String(key);
        const qint64 count = s.byState.value(state);
        if (count == 0)
            continue;
        summary.append(tr("%1: %2 (%3)")
                           .arg(messageStateLabel(state), QLocale().toString(count),
                                percent(double(count) / double(s.messages))));
        // The legend gets about 40 % of the chart's width: the count only, the share in the
        // tooltip.
        QPieSlice *slice = series->append(
            tr("%1: %2").arg(messageStateLabel(state), QLocale().toString(count)), double(count));
        slice->setColor(stateColor(state));
        slice->setBorderColor(palette().color(QPalette::Base));
        slice->setLabelVisible(false);
    }
    chart->addSeries(series);
    // One state a line on the right: a row along the bottom has no room for them.
    chart->legend()->setAlignment(Qt::AlignRight);
    m_status->showChart(
        chart, summary,
        tr("Awaiting report: accepted by the provider, no delivery report yet. To check: "
           "sending was interrupted and the provider cannot tell whether it took the message."));
}

void CampaignDashboard::showCost()
{
    const CampaignStats &s = m_stats;
    QChart *chart = m_cost->newChart(tr("Cost so far against the budget"));
    const BudgetCheck &b = s.budget;
    QList<QPair<QString, double>> rows; // short label, share of the cap in %
    QStringList summary;
    if (b.ok && b.campaign.isSet()) {
        summary.append(
            tr("Campaign cap, excl. VAT: %1 of %2")
                .arg(Money::format(b.campaign.spentMc), Money::format(b.campaign.capMc)));
        rows.append(
            {tr("Campaign cap"), 100.0 * double(b.campaign.spentMc) / double(b.campaign.capMc)});
    }
    if (b.ok && b.election.isSet()) {
        summary.append(
            tr("Election ceiling, incl. VAT: %1 of %2")
                .arg(Money::format(b.election.spentMc), Money::format(b.election.capMc)));
        rows.append({tr("Election ceiling"),
                     100.0 * double(b.election.spentMc) / double(b.election.capMc)});
    }
    if (!s.ok || rows.isEmpty()) {
        m_cost->showEmpty(chart,
                          s.ok ? tr("No budget cap for this campaign or its election. Spent so "
                                    "far: %1 excl. VAT.")
                                     .arg(Money::format(s.costMc))
                              : m_picker->count() > 0 ? tr("Reading the figures…")
                                                      : QString());
        return;
    }
    // One decimal, two below 1 %: a few euros against a large ceiling do not read as zero.
    ChartBuilders::addCapShareBars(chart, tr("Spent"), rows, tr("% of the cap"), tr("Cap (100 %)"),
                                   palette().color(QPalette::Text), 2);
    // No legend: the axis says what the bars and the dashed line at 100 % are.
    chart->legend()->hide();
    // Chart titles are rich text: the amounts on a second line, not bold.
    chart->setTitle(QStringLiteral("<div align='center'>%1<br><span "
                                   "style='font-weight:normal'>%2</span></div>")
                        .arg(tr("Cost so far against the budget").toHtmlEscaped(),
                             summary.join(QStringLiteral(" · ")).toHtmlEscaped()));
    m_cost->showChart(chart, summary);
}

void CampaignDashboard::showPrefixes()
{
    const CampaignStats &s = m_stats;
    QChart *chart = m_prefix->newChart(tr("Delivery by number prefix"));
    if (s.byPrefix.isEmpty()) {
        m_prefix->showEmpty(
            chart, tr("No message sent yet: delivery by prefix appears with the first reports."));
        return;
    }
    struct Part
    {
        QString label;
        QString state;
        qint64 CampaignStats::PrefixRow::*member;
    };
    const Part parts[] = {
        {tr("Delivered"), QStringLiteral("delivered"), &CampaignStats::PrefixRow::delivered},
        {tr("Awaiting report"), QStringLiteral("accepted"), &CampaignStats::PrefixRow::pending},
        {tr("Failed"), QStringLiteral("failed"), &CampaignStats::PrefixRow::failed},
        {tr("Expired"), QStringLiteral("expired"), &CampaignStats::PrefixRow::expired},
    };
    auto *series = new QHorizontalPercentBarSeries;
    series->setBarWidth(0.7);
    QStringList categories;
    QStringList summary;
    for (auto it = s.byPrefix.crbegin(); it != s.byPrefix.crend(); ++it) {
        categories.append(tr("%1 (%2)").arg(CampaignStats::prefixLabel(it->prefix),
                                            QLocale().toString(it->sent)));
        summary.prepend(tr("%1: %2 delivered of %3")
                            .arg(CampaignStats::prefixLabel(it->prefix),
                                 percent(it->deliveryRate()), QLocale().toString(it->sent)));
    }
    for (const Part &part : parts) {
        qint64 total = 0;
        for (const CampaignStats::PrefixRow &row : s.byPrefix)
            total += row.*part.member;
        if (total == 0 && part.state != QLatin1String("delivered"))
            continue;
        auto *set = new QBarSet(part.label);
        set->setColor(stateColor(part.state));
        set->setBorderColor(stateColor(part.state));
        for (auto it = s.byPrefix.crbegin(); it != s.byPrefix.crend(); ++it)
            *set << double((*it).*part.member);
        series->append(set);
    }
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setGridLineVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(tr("% of the messages sent"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_prefix->showChart(chart, summary, prefixNote());
}

void CampaignDashboard::showAnswers()
{
    const CampaignStats &s = m_stats;
    QChart *chart = m_answers->newChart(s.isConsentRequest() ? tr("Consent of the numbers asked")
                                                             : tr("Replies by meaning"));
    const QColor labelColor = palette().color(QPalette::Text);
    QStringList summary;
    if (s.isConsentRequest()) {
        const CampaignStats::ConsentFunnel &f = s.funnel;
        if (f.asked == 0) {
            m_answers->showEmpty(
                chart,
                tr("Nobody asked yet: the funnel fills as the requests leave and the answers "
                   "come in."));
            return;
        }
        const QList<QPair<QString, qint64>> rows = {
            {tr("Asked"), f.asked},
            {tr("Answered"), f.answered},
            {tr("Agreed"), f.yes},
            {tr("Refused"), f.no},
            {tr("STOP"), f.stop},
            {tr("No answer (expired)"), f.expired},
            {tr("Awaiting an answer"), f.awaiting},
        };
        for (const auto &[label, value] : rows)
            summary.append(tr("%1: %2").arg(label, QLocale().toString(value)));
        addCountBars(chart, tr("Numbers"), rows, QColor(0x2e, 0x9d, 0x5b), labelColor);
    } else {
        if (s.replies == 0 && s.optOuts == 0) {
            m_answers->showEmpty(chart,
                                 s.sent == 0 ? tr("No message sent yet: no reply to count.")
                                             : tr("No reply yet."));
            return;
        }
        QList<QPair<QString, qint64>> rows;
        for (const char *key : {"yes", "no", "stop", "ambiguous", "empty"}) {
            const QString k = QLatin1String(key);
            if (s.repliesByKind.value(k) > 0 || k != QLatin1String("empty"))
                rows.append({CampaignStats::replyKindLabel(k), s.repliesByKind.value(k)});
        }
        rows.append({tr("Opt-outs (all STOPs)"), s.optOuts});
        for (const auto &[label, value] : std::as_const(rows))
            summary.append(tr("%1: %2").arg(label, QLocale().toString(value)));
        addCountBars(chart, tr("Replies"), rows, QColor(0x3b, 0x78, 0xc2), labelColor);
    }
    m_answers->showChart(chart, summary);
}
