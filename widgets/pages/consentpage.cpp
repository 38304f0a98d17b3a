// SPDX-License-Identifier: GPL-3.0-or-later
#include "consentpage.h"

#include "consent/consentrulespanel.h"
#include "consent/funnelpanel.h"
#include "consent/historypanel.h"
#include "consent/reviewqueuepanel.h"
#include "consent/suppressionpanel.h"
#include "storage/database.h"
#include "storage/databasestats.h"
#include "storage/useraccount.h"

#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>

ConsentPage::ConsentPage(Database *database, QWidget *parent)
    : Page(parent)
    , m_database(database)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_funnel(new FunnelPanel(database, this))
    , m_rules(new ConsentRulesPanel(database, this))
    , m_review(new ReviewQueuePanel(database, this))
    , m_suppressions(new SuppressionPanel(database, this))
    , m_history(new HistoryPanel(database, this))
    , m_pollTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("consentPage"));
    m_summary->setObjectName(QStringLiteral("consentSummary"));
    m_summary->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("consentTabs"));
    m_tabs->setDocumentMode(true);

    auto *funnelTab = new QWidget(this);
    auto *funnelLayout = new QVBoxLayout(funnelTab);
    funnelLayout->setContentsMargins(0, 10, 0, 0);
    funnelLayout->addWidget(m_funnel, 1);
    funnelLayout->addWidget(m_rules);
    const auto wrap = [this](QWidget *panel) {
        auto *tab = new QWidget(this);
        auto *layout = new QVBoxLayout(tab);
        layout->setContentsMargins(0, 10, 0, 0);
        layout->addWidget(panel);
        return tab;
    };
    m_tabs->insertTab(FunnelTab, funnelTab, QString());
    m_tabs->insertTab(ReviewTab, wrap(m_review), QString());
    m_tabs->insertTab(SuppressionTab, wrap(m_suppressions), QString());
    m_tabs->insertTab(HistoryTab, wrap(m_history), QString());

    contentLayout()->addWidget(m_summary);
    contentLayout()->addWidget(m_tabs, 1);

    connect(m_review, &ReviewQueuePanel::countChanged, this, &ConsentPage::updateReviewTab);
    // The figures follow the counts (refreshSummary()).
    connect(m_review, &ReviewQueuePanel::decided, this, [this](const QStringList &phones) {
        m_suppressions->reload();
        m_history->reloadIfShowing(phones);
        refreshSummary();
    });
    connect(m_review, &ReviewQueuePanel::historyRequested, this, &ConsentPage::showHistory);
    connect(m_suppressions, &SuppressionPanel::historyRequested, this, &ConsentPage::showHistory);
    connect(m_suppressions, &SuppressionPanel::listChanged, this, [this]() {
        refreshSummary();
        if (!m_history->phone().isEmpty())
            m_history->reloadIfShowing({m_history->phone()});
    });
    connect(m_rules, &ConsentRulesPanel::rulesChanged, m_funnel, &FunnelPanel::reloadFigures);
    connect(m_funnel, &FunnelPanel::ownProofChanged, this, &ConsentPage::refreshSummary);
    // Replies also reach the database from the send engine's provider, another team member's
    // Tribune or tribune-cli listen: while the page is shown, look again now and then.
    m_pollTimer->setInterval(30'000);
    connect(m_pollTimer, &QTimer::timeout, this, [this]() {
        m_review->reload();
        refreshSummary();
    });
    retranslateUi();
}

void ConsentPage::retranslateUi()
{
    setHeader(tr("Consent"),
              tr("A rented number first receives one message asking for its consent; only a yes "
                 "opens it to campaign messages. STOP wins forever: a number on the suppression "
                 "list is never messaged again, whatever the audience or the re-import."));
    m_tabs->setTabText(FunnelTab, tr("&Funnel"));
    m_tabs->setTabToolTip(FunnelTab,
                          tr("Each audience's way through the consent request, and the rules."));
    updateReviewTab();
    m_tabs->setTabText(SuppressionTab, tr("S&uppression list"));
    m_tabs->setTabText(HistoryTab, tr("&History of a number"));
    m_tabs->setTabToolTip(HistoryTab, tr("Every consent event of one number: the proof."));
    refreshSummary();
}

void ConsentPage::updateReviewTab()
{
    const qint64 count = m_review->pendingCount();
    m_tabs->setTabText(ReviewTab,
                       count > 0 ? tr("&Replies to review (%1)").arg(QLocale().toString(count))
                                 : tr("&Replies to review"));
    m_tabs->setTabToolTip(
        ReviewTab,
        count > 0 ? tr("Replies waiting for a decision: %1").arg(QLocale().toString(count))
                  : tr("No reply is waiting for a decision."));
}

void ConsentPage::refresh()
{
    m_stale = false;
    // Who is looking decides what may be changed here.
    Database *database = m_database;
    m_accessJob.run<bool>(
        this,
        [database]() {
            const std::optional<UserAccount> account =
                UserAccount::find(database, database->actor());
            database->closeThreadConnection();
            return account && account->mayAdminister();
        },
        [this](const bool &administrator) {
            m_administrator = administrator;
            m_funnel->setAdministrator(administrator);
            m_rules->setAdministrator(administrator);
            Q_EMIT accessKnown();
        });
    m_funnel->reload();
    m_rules->reload();
    m_review->reload();
    m_suppressions->reload();
    refreshSummary();
}

bool ConsentPage::isBusy() const
{
    return m_funnel->isComputing() || m_rules->isBusy() || m_review->isBusy()
        || m_suppressions->isBusy() || m_history->isBusy() || m_countJob.isBusy()
        || m_accessJob.isBusy();
}

void ConsentPage::repliesArrived()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    // Not the suppression list: reloading it would scroll it back to the top under the
    // user's eyes; it follows at the next visit.
    m_review->reload();
    refreshSummary();
}

void ConsentPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_pollTimer->start();
    if (m_stale)
        refresh();
}

void ConsentPage::hideEvent(QHideEvent *event)
{
    m_pollTimer->stop();
    Page::hideEvent(event);
}

void ConsentPage::showHistory(const QString &phone)
{
    m_tabs->setCurrentIndex(HistoryTab);
    m_history->showNumber(phone);
}

void ConsentPage::refreshSummary()
{
    Database *database = m_database;
    m_countJob.run<DatabaseStats>(
        this,
        [database]() {
            DatabaseStats stats = DatabaseStats::read(database);
            database->closeThreadConnection();
            return stats;
        },
        [this](const DatabaseStats &stats) {
            const auto clamp = [](qint64 n) {
                return int(qMin<qint64>(n, INT_MAX));
            };
            m_summary->setText(
                tr("%Ln number(s) on the suppression list.", "", clamp(stats.suppressed))
                + QLatin1Char(' ')
                + tr("%Ln event(s) in the consent ledger.", "", clamp(stats.consentEvents)));
            if (!stats.ok)
                return;
            if (m_consentEvents >= 0
                && (stats.consentEvents != m_consentEvents || stats.suppressed != m_suppressed))
                m_funnel->reloadFigures();
            m_consentEvents = stats.consentEvents;
            m_suppressed = stats.suppressed;
        });
}
