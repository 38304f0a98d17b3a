// SPDX-License-Identifier: GPL-3.0-or-later
#include "costpanel.h"

#include "pricing/money.h"
#include "storage/database.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

enum AmountRow { HeaderRow, NetRow, VatRow, GrossRow };
enum AmountColumn { NameColumn, MinColumn, ExpectedColumn, MaxColumn, AmountColumnCount };

QString percentText(int basisPoints)
{
    return QLocale().toString(double(basisPoints) / 100.0, 'f', basisPoints % 100 ? 2 : 0);
}

QLabel *newLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CostPanel::CostPanel(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_title(new QLabel(this))
    , m_status(newLabel(this, QStringLiteral("costStatus")))
    , m_cancelButton(new QToolButton(this))
    , m_summary(newLabel(this, QStringLiteral("costSummary")))
    , m_amounts(new QWidget(this))
    , m_amountsLayout(new QGridLayout(m_amounts))
    , m_rewrite(newLabel(this, QStringLiteral("costRewrite")))
    , m_rewriteButton(new QToolButton(this))
    , m_budgetLabel(newLabel(this, QStringLiteral("costBudget")))
    , m_forecastBox(new QWidget(this))
    , m_forecastTitle(new QLabel(m_forecastBox))
    , m_rateLabel(new QLabel(m_forecastBox))
    , m_rate(new QDoubleSpinBox(m_forecastBox))
    , m_rateOrigin(newLabel(m_forecastBox, QStringLiteral("consentRateOrigin")))
    , m_chartView(new QChartView(m_forecastBox))
    , m_forecastText(newLabel(m_forecastBox, QStringLiteral("forecastText")))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("costPanel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_forecastTitle->setFont(titleFont);
    m_cancelButton->setObjectName(QStringLiteral("costCancelButton"));
    m_cancelButton->hide();
    m_summary->setWordWrap(true);
    m_rewrite->setWordWrap(true);
    m_rewriteButton->setObjectName(QStringLiteral("costRewriteButton"));
    m_budgetLabel->setWordWrap(true);
    m_forecastBox->setObjectName(QStringLiteral("forecastBox"));
    m_rate->setObjectName(QStringLiteral("consentRateSpinBox"));
    m_rate->setRange(0, 100);
    m_rate->setDecimals(1);
    m_rate->setSingleStep(1);
    m_rate->setSuffix(QStringLiteral(" %"));
    m_rate->setKeyboardTracking(false);
    m_rateLabel->setBuddy(m_rate);
    m_chartView->setObjectName(QStringLiteral("forecastChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFixedHeight(130);
    m_forecastText->setWordWrap(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);

    const QString prefixes[] = {QString(), QStringLiteral("Net"), QStringLiteral("Vat"),
                                QStringLiteral("Gross")};
    const QString suffixes[] = {QString(), QStringLiteral("Min"), QStringLiteral("Expected"),
                                QStringLiteral("Max")};
    m_amountsLayout->setContentsMargins(0, 0, 0, 0);
    m_amountsLayout->setHorizontalSpacing(12);
    m_amountsLayout->setVerticalSpacing(2);
    for (int row = HeaderRow; row <= GrossRow; ++row) {
        for (int column = NameColumn; column < AmountColumnCount; ++column) {
            const bool named = row != HeaderRow && column != NameColumn;
            QLabel *label =
                newLabel(m_amounts,
                         named ? QStringLiteral("cost%1%2").arg(prefixes[row], suffixes[column])
                               : QString());
            if (column != NameColumn)
                label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_amountsLayout->addWidget(label, row, column);
        }
    }
    m_amountsLayout->setColumnStretch(AmountColumnCount, 1);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_status, 1);
    titleRow->addWidget(m_cancelButton);
    titleRow->addWidget(m_rewriteButton);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_forecastTitle);
    rateRow->addWidget(m_rateLabel);
    rateRow->addWidget(m_rate);
    rateRow->addWidget(m_rateOrigin, 1);
    auto *forecastLayout = new QVBoxLayout(m_forecastBox);
    forecastLayout->setContentsMargins(0, 0, 0, 0);
    forecastLayout->setSpacing(4);
    forecastLayout->addLayout(rateRow);
    forecastLayout->addWidget(m_chartView);
    forecastLayout->addWidget(m_forecastText);
    // Two columns, so that the panel takes little of the composer's height: the price, and the
    // forecast beside it.
    auto *figures = new QVBoxLayout;
    figures->setSpacing(4);
    figures->addLayout(titleRow);
    figures->addWidget(m_summary);
    figures->addWidget(m_amounts);
    figures->addWidget(m_rewrite);
    figures->addWidget(m_budgetLabel);
    figures->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(figures, 1);
    layout->addWidget(m_forecastBox, 1);

    connect(m_timer, &QTimer::timeout, this, &CostPanel::compute);
    connect(m_cancelButton, &QToolButton::clicked, this, &CostPanel::cancel);
    connect(m_rewriteButton, &QToolButton::clicked, this, &CostPanel::rewriteRequested);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        m_rateBasisPoints = qRound(percent * 100);
        m_pending = true;
        m_timer->start();
    });

    retranslateUi();
    clear();
}

CostPanel::~CostPanel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CostPanel::setCampaign(const Campaign &campaign)
{
    // Another audience has another consent history: its own rate applies again.
    if (campaign.audienceId != m_campaign.audienceId)
        m_rateBasisPoints = -1;
    m_campaign = campaign;
    m_pending = true;
    m_timer->start();
}

void CostPanel::clear(const QString &reason)
{
    cancel();
    m_preview = CostPreview();
    m_budget = BudgetCheck();
    m_errorString = reason;
    showFigures();
}

void CostPanel::cancel()
{
    const bool running = m_job.isBusy();
    m_timer->stop();
    m_pending = false;
    if (m_cancel)
        m_cancel->store(true);
    m_cancelButton->hide();
    if (running)
        m_status->setText(tr("Cancelled."));
}

void CostPanel::compute()
{
    if (m_cancel)
        m_cancel->store(true); // a newer campaign supersedes the running computation
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_status->setText(tr("Pricing…"));
    m_cancelButton->show();
    Database *database = m_database;
    const Campaign campaign = m_campaign;
    const int rate = m_rateBasisPoints;
    m_job.run<Result>(
        this,
        [database, campaign, rate, cancel]() {
            Result result;
            std::optional<CostPreview::Request> request =
                CostPreview::request(database, campaign, &result.errorString);
            if (request) {
                request->consentRateBasisPoints = rate;
                result.preview = CostPreview::compute(database, *request, cancel.get());
                // The caps are stored with the campaign: a new one has none yet.
                if (result.preview.ok && campaign.id > 0)
                    result.budget =
                        BudgetCheck::check(database, campaign.id, result.preview.cost.net.max);
            }
            database->closeThreadConnection();
            return result;
        },
        [this, cancel](const Result &result) {
            if (cancel->load())
                return; // superseded or cancelled
            showResult(result);
        });
}

void CostPanel::showResult(const Result &result)
{
    m_pending = false;
    m_preview = result.preview;
    m_budget = result.budget;
    m_errorString = result.errorString.isEmpty() ? result.preview.errorString : result.errorString;
    showFigures();
    Q_EMIT previewReady();
}

void CostPanel::setAmountRow(int row, const PricePlan::Amount &amount)
{
    const auto cell = [this, row](int column) {
        return qobject_cast<QLabel *>(m_amountsLayout->itemAtPosition(row, column)->widget());
    };
    // An exact price is one figure, in the first column.
    cell(MinColumn)->setText(Money::format(amount.min));
    cell(ExpectedColumn)->setText(amount.isExact() ? QString() : Money::format(amount.expected));
    cell(MaxColumn)->setText(amount.isExact() ? QString() : Money::format(amount.max));
}

void CostPanel::showFigures()
{
    const bool ok = m_preview.ok;
    const QLocale locale;
    m_cancelButton->hide();
    m_status->setText(ok ? tr("price plan: %1").arg(m_preview.plan.name) : m_errorString);
    m_status->setWordWrap(!ok);
    m_summary->setVisible(ok);
    m_amounts->setVisible(ok);
    m_rewrite->setVisible(ok);
    m_rewriteButton->setVisible(ok && m_preview.rewriteAvailable);
    m_budgetLabel->setVisible(ok);
    if (!ok) {
        m_forecastBox->hide();
        return;
    }

    const CampaignPreview &m = m_preview.message;
    m_summary->setText(tr("%1 recipients (GSM-7: %2, UCS-2: %3), %4 SMS parts, up to %5 per "
                          "message.")
                           .arg(locale.toString(m.recipients), locale.toString(m.gsm7Recipients),
                                locale.toString(m.ucs2Recipients), locale.toString(m.parts),
                                locale.toString(m.worstParts)));

    const PricePlan::Cost &cost = m_preview.cost;
    const bool exact = cost.net.isExact() && cost.gross.isExact();
    for (int column = NameColumn; column < AmountColumnCount; ++column)
        m_amountsLayout->itemAtPosition(HeaderRow, column)->widget()->setVisible(!exact);
    qobject_cast<QLabel *>(m_amountsLayout->itemAtPosition(VatRow, NameColumn)->widget())
        ->setText(tr("VAT %1 %").arg(percentText(m_preview.plan.vatBasisPoints)));
    setAmountRow(NetRow, cost.net);
    setAmountRow(VatRow, cost.vat);
    setAmountRow(GrossRow, cost.gross);

    if (m_preview.rewriteAvailable) {
        const PricePlan::Amount saved = m_preview.savings().net;
        m_rewrite->setText(
            tr("A GSM-safe rewrite saves %1 excl. VAT (%2 parts instead of %3).")
                .arg(saved.isExact()
                         ? Money::format(saved.min)
                         : tr("%1 to %2").arg(Money::format(saved.min), Money::format(saved.max)),
                     locale.toString(m_preview.rewritten.parts), locale.toString(m.parts)));
    } else {
        m_rewrite->setText(tr("No character to make GSM-safe in the text."));
    }

    QPalette budgetPalette = palette();
    const bool exceeded = m_budget.ok && !m_budget.passes();
    if (exceeded)
        budgetPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_budgetLabel->setPalette(budgetPalette);
    m_budgetLabel->setToolTip(m_budget.refusals().join(QLatin1Char('\n')));
    if (m_campaign.id <= 0) {
        m_budgetLabel->setText(tr("Budget: save the campaign to check its caps."));
    } else if (!m_budget.ok) {
        m_budgetLabel->setText(tr("Budget: %1").arg(m_budget.errorString));
    } else if (exceeded) {
        QStringList over;
        if (m_budget.campaign.isExceeded())
            over.append(tr("%1 over the campaign's budget of %2")
                            .arg(Money::format(m_budget.campaign.excessMc()),
                                 Money::format(m_budget.campaign.capMc)));
        if (m_budget.election.isExceeded())
            over.append(tr("%1 over the ceiling of \"%2\" (%3 including VAT)")
                            .arg(Money::format(m_budget.election.excessMc()), m_budget.electionName,
                                 Money::format(m_budget.election.capMc)));
        m_budgetLabel->setText(tr("Budget: may go %1.")
                                   .arg(over.size() > 1
                                            ? tr("%1 and %2").arg(over.at(0), over.at(1))
                                            : over.constFirst()));
    } else if (m_budget.campaign.isSet() || m_budget.election.isSet()) {
        m_budgetLabel->setText(tr("Budget: within the caps."));
    } else {
        m_budgetLabel->setText(tr("Budget: no cap set."));
    }
    showForecast();
}

void CostPanel::showForecast()
{
    const CostPreview::Forecast &f = m_preview.forecast;
    m_forecastBox->setVisible(f.available);
    if (!f.available)
        return;
    const QLocale locale;
    {
        const QSignalBlocker blocker(m_rate);
        m_rate->setValue(f.rateBasisPoints / 100.0);
    }
    m_rateOrigin->setText(m_rateBasisPoints >= 0  ? QString()
                              : f.rateFromHistory ? tr("this audience: %1 of %2 answers")
                                                        .arg(locale.toString(f.historyGranted),
                                                             locale.toString(f.historyAnswered))
                                                  : tr("assumed: too few answers yet"));
    const auto expected = [](const PricePlan::Amount &amount) {
        return Money::format(amount.expected);
    };
    m_forecastText->setText(
        tr("The consent request to %1 numbers never asked costs %2; %3 of them are expected to "
           "agree. The campaign message to %4 recipients then costs %5. Together: %6 excl. "
           "VAT, %7 incl. VAT.")
            .arg(locale.toString(f.consentRequest.recipients), expected(f.consentCost.net),
                 locale.toString(f.campaignRecipients - m_preview.message.recipients),
                 locale.toString(f.campaignRecipients), expected(f.campaignCost.net),
                 expected(f.total.net), expected(f.total.gross)));
    showChart();
}

void CostPanel::showChart()
{
    const CostPreview::Forecast &f = m_preview.forecast;
    const qint64 agreeing = f.campaignRecipients - m_preview.message.recipients;
    const QString rate = percentText(f.rateBasisPoints);
    // Horizontal bar series draw the first category at the bottom.
    const QList<QPair<QString, qint64>> steps = {
        {tr("Campaign: %1").arg(Money::format(f.campaignCost.net.expected)), f.campaignRecipients},
        {tr("Agree at %1 %").arg(rate), agreeing},
        {tr("Asked: %1").arg(Money::format(f.consentCost.net.expected)),
         f.consentRequest.recipients},
        {tr("Never asked"), f.consentRequest.recipients},
    };
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                        : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    auto *set = new QBarSet(tr("Numbers"));
    QStringList categories;
    QStringList summary;
    qint64 widest = 1;
    for (const auto &[label, value] : steps) {
        categories.append(label);
        summary.prepend(tr("%1: %2").arg(label, QLocale().toString(value)));
        *set << double(value);
        widest = qMax(widest, value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    series->setLabelsPrecision(12);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setGridLineVisible(false);
    axisY->setLineVisible(false);
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, double(widest));
    axisX->setVisible(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    m_chartView->setAccessibleName(tr("Consent-first forecast"));
    m_chartView->setAccessibleDescription(summary.join(QStringLiteral("; ")));
    // setChart() releases the previous chart without deleting it.
    std::unique_ptr<QChart> previous(m_chartView->chart());
    m_chartView->setChart(chart);
}

void CostPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showFigures();
    }
    QWidget::changeEvent(event);
}

void CostPanel::retranslateUi()
{
    m_title->setText(tr("Cost"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop pricing this version of the campaign"));
    const auto cell = [this](int row, int column) {
        return qobject_cast<QLabel *>(m_amountsLayout->itemAtPosition(row, column)->widget());
    };
    cell(HeaderRow, MinColumn)->setText(tr("minimum"));
    cell(HeaderRow, ExpectedColumn)->setText(tr("expected"));
    cell(HeaderRow, MaxColumn)->setText(tr("maximum"));
    cell(NetRow, NameColumn)->setText(tr("Excl. VAT"));
    cell(GrossRow, NameColumn)->setText(tr("Incl. VAT"));
    m_amounts->setToolTip(tr("Without an exact price from the provider, parts are priced between "
                             "the plan's minimum and maximum."));
    m_rewriteButton->setText(tr("Make GSM-safe"));
    m_rewriteButton->setToolTip(
        tr("Replace the characters that force UCS-2 with GSM-7 equivalents"));
    m_forecastTitle->setText(tr("Consent first"));
    m_rateLabel->setText(tr("Expected to &agree:"));
    m_rate->setToolTip(tr("Share of the numbers asked expected to agree"));
}
