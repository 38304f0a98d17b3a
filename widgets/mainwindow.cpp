// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "backgroundtask.h"
#include "demo/demodataloader.h"
#include "i18n/languagemanager.h"
#include "pages/audiencespage.h"
#include "pages/campaignspage.h"
#include "pages/composepage.h"
#include "pages/consentpage.h"
#include "pages/reportspage.h"
#include "pages/settingspage.h"
#include "providers/callbackpanel.h"
#include "sending/callbackservice.h"
#include "sending/sendpanel.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/databasestats.h"
#include "welcomedialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kSidebarWidth = 210;
const char *const kPageIcons[] = {
    ":/icons/pages/campaigns.svg", ":/icons/pages/audiences.svg", ":/icons/pages/compose.svg",
    ":/icons/pages/consent.svg",   ":/icons/pages/reports.svg",   ":/icons/pages/settings.svg",
};
} // namespace

MainWindow::MainWindow(Database *database, AppSettings *settings, LanguageManager *languages,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_settings(settings)
    , m_languages(languages)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_providerLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tribune.svg")));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFixedWidth(kSidebarWidth);
    m_sidebar->setSpacing(2);
    m_sidebar->setFocusPolicy(Qt::StrongFocus);
    m_sidebar->setStyleSheet(
        QStringLiteral("QListWidget#sidebar { background: palette(window); padding: 12px 8px; }"
                       "QListWidget#sidebar::item { padding: 9px 8px; border-radius: 6px; }"
                       "QListWidget#sidebar::item:selected { background: palette(highlight);"
                       " color: palette(highlighted-text); }"));

    auto *campaigns = new ::CampaignsPage(database, this);
    auto *audiences = new ::AudiencesPage(database, this);
    auto *compose = new ::ComposePage(database, this);
    auto *consent = new ::ConsentPage(database, this);
    auto *reports = new ::ReportsPage(database, this);
    auto *settingsPage = new ::SettingsPage(database, settings, languages, this);
    for (Page *page : std::initializer_list<Page *> {campaigns, audiences, compose, consent,
                                                     reports, settingsPage}) {
        m_stack->addWidget(page);
        auto *item = new QListWidgetItem(QIcon(QLatin1String(kPageIcons[m_sidebar->count()])),
                                         page->title(), m_sidebar);
        item->setSizeHint(QSize(0, 40));
        item->setToolTip(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + m_sidebar->count() - 1))
                             .toString(QKeySequence::NativeText));
        // Pages retranslate themselves; the sidebar follows their titles.
        connect(page, &Page::titleChanged, this,
                [item](const QString &title) { item->setText(title); });
    }
    connect(audiences, &AudiencesPage::demoDataRequested, this, &MainWindow::loadDemoData);
    connect(audiences, &AudiencesPage::audiencesChanged, this, &MainWindow::refreshAll);
    connect(campaigns, &CampaignsPage::openRequested, this, [this, compose](qint64 id) {
        compose->openCampaign(id);
        showPage(ComposePage);
    });
    connect(compose, &ComposePage::campaignSaved, campaigns, &CampaignsPage::refresh);
    connect(audiences, &AudiencesPage::campaignRequested, this,
            [this, compose](qint64 audienceId, const Segment &segment) {
                compose->newCampaignFor(audienceId, segment);
                showPage(ComposePage);
            });
    connect(settingsPage, &SettingsPage::demoDataRequested, this, &MainWindow::loadDemoData);
    connect(settingsPage, &SettingsPage::providersChanged, this, &MainWindow::refreshAll);
    // Delivery reports and replies: one listener for this window, as Settings say.
    auto *callbacks = new Sending::CallbackService(database, this);
    callbacks->setObjectName(QStringLiteral("callbackService"));
    CallbackPanel *callbackPanel = settingsPage->callbacks();
    connect(callbacks, &Sending::CallbackService::stateChanged, callbackPanel,
            &CallbackPanel::showState);
    connect(callbacks, &Sending::CallbackService::receiptsRecorded, callbackPanel,
            &CallbackPanel::showReceipts);
    connect(callbacks, &Sending::CallbackService::requestRefused, callbackPanel,
            &CallbackPanel::showRefusal);
    connect(callbackPanel, &CallbackPanel::settingsChanged, callbacks,
            &Sending::CallbackService::reload);
    connect(settingsPage, &SettingsPage::providersChanged, callbacks,
            &Sending::CallbackService::reload);
    // The send panel's counts follow the reports, at most twice a second.
    auto *countsTimer = new QTimer(this);
    countsTimer->setSingleShot(true);
    countsTimer->setInterval(500);
    connect(countsTimer, &QTimer::timeout, campaigns->sendPanel(), &SendPanel::refreshCounts);
    connect(callbacks, &Sending::CallbackService::receiptsRecorded, countsTimer, [countsTimer]() {
        if (!countsTimer->isActive())
            countsTimer->start();
    });
    // Replies feed the consent page's review queue and figures.
    connect(callbacks, &Sending::CallbackService::receiptsRecorded, consent,
            [consent, seen = qint64(0)](qint64, qint64 replies) mutable {
                if (replies != seen) {
                    seen = replies;
                    consent->repliesArrived();
                }
            });
    callbacks->reload();
    // A close asked while sending waits for the engine to stop, then closes for real.
    connect(
        campaigns->sendPanel(), &SendPanel::sendingFinished, this,
        [this]() {
            if (m_closeAfterSending)
                close();
        },
        Qt::QueuedConnection);

    // Brand above the page list.
    auto *brand = new QWidget(this);
    auto *brandLayout = new QHBoxLayout(brand);
    brandLayout->setContentsMargins(18, 16, 12, 4);
    auto *logo = new QLabel(brand);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/tribune.svg")).pixmap(30, 30));
    auto *name = new QLabel(QStringLiteral("Tribune"), brand);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    nameFont.setBold(true);
    name->setFont(nameFont);
    brandLayout->addWidget(logo);
    brandLayout->addWidget(name, 1);
    auto *sidebarPane = new QWidget(this);
    sidebarPane->setFixedWidth(kSidebarWidth);
    auto *sidebarLayout = new QVBoxLayout(sidebarPane);
    sidebarLayout->setContentsMargins(0, 0, 0, 0);
    sidebarLayout->setSpacing(0);
    sidebarLayout->addWidget(brand);
    sidebarLayout->addWidget(m_sidebar, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(sidebarPane);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_databaseLabel->setObjectName(QStringLiteral("statusDatabase"));
    m_providerLabel->setObjectName(QStringLiteral("statusProvider"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_providerLabel);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        if (auto *page = qobject_cast<Page *>(m_stack->currentWidget()))
            page->refresh();
    });
    m_sidebar->setCurrentRow(CampaignsPage);

    // Ctrl+1 … Ctrl+6 reach the pages from anywhere.
    for (int i = 0; i < PageCount; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i]() { showPage(i); });
        addAction(action);
    }

    if (!restoreGeometry(m_settings->mainWindowGeometry()))
        resize(1180, 760);
    retranslateUi();
}

MainWindow::~MainWindow()
{
    if (m_cancelDemo)
        m_cancelDemo->store(true);
    // m_demoJob waits for the loader: it uses the Database, which outlives this window but not
    // the process.
}

QString MainWindow::pageKey(int index)
{
    static const char *const keys[] = {"campaigns", "audiences", "compose",
                                       "consent",   "reports",   "settings"};
    return index >= 0 && index < PageCount ? QLatin1String(keys[index]) : QString();
}

void MainWindow::showPage(int index)
{
    m_sidebar->setCurrentRow(index);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

Page *MainWindow::page(int index) const
{
    return qobject_cast<Page *>(m_stack->widget(index));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Tribune — campaign SMS"));
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    const DatabaseUrl &url = m_database->url();
    const DatabaseStats stats = DatabaseStats::read(m_database, DatabaseStats::Detail::Summary);
    const QString backend = url.backend() == DatabaseUrl::Backend::Sqlite
        ? tr("Embedded database (SQLite)")
        : tr("PostgreSQL server");
    m_databaseLabel->setText(
        tr("%1: %2 · schema v%3").arg(backend, url.toDisplayString()).arg(stats.schemaVersion));
    m_databaseLabel->setToolTip(url.toDisplayString());
    if (stats.activeProvider.isEmpty()) {
        m_providerLabel->setText(tr("No SMS provider configured"));
    } else {
        const QString kind = stats.activeProviderKind == QLatin1String("sandbox")
            ? tr("offline sandbox, nothing is sent")
            : stats.activeProviderKind;
        m_providerLabel->setText(tr("Provider: %1 (%2)").arg(stats.activeProvider, kind));
    }
}

void MainWindow::refreshAll()
{
    for (int i = 0; i < m_stack->count(); ++i)
        page(i)->refresh();
    updateStatusBar();
}

void MainWindow::showWelcomeIfEmpty()
{
    const DatabaseStats stats = DatabaseStats::read(m_database, DatabaseStats::Detail::Summary);
    if (!stats.ok || !stats.isEmpty() || m_settings->isWelcomeDone(m_database->url()))
        return;
    WelcomeDialog dialog(this);
    const bool loadDemo = dialog.exec() == QDialog::Accepted;
    m_settings->setWelcomeDone(m_database->url(), true);
    if (loadDemo)
        loadDemoData();
}

void MainWindow::loadDemoData()
{
    if (m_demoJob.isBusy())
        return;
    m_cancelDemo = std::make_shared<std::atomic_bool>(false);
    const DemoDataLoader::Options options;

    m_progress =
        new QProgressDialog(tr("Loading the demo data…"), tr("Cancel"), 0, options.contacts, this);
    m_progress->setObjectName(QStringLiteral("demoProgress"));
    m_progress->setWindowTitle(tr("Demo data"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    auto cancel = m_cancelDemo;
    connect(m_progress, &QProgressDialog::canceled, this, [cancel]() { cancel->store(true); });

    Database *database = m_database;
    QPointer<QProgressDialog> progress = m_progress;
    m_demoJob.run<DemoDataLoader::Result>(
        this,
        [database, options, cancel, progress]() {
            const auto report = [progress](qint64 done, qint64) {
                if (progress)
                    QMetaObject::invokeMethod(
                        progress,
                        [progress, done]() {
                            if (progress)
                                progress->setValue(int(done));
                        },
                        Qt::QueuedConnection);
            };
            DemoDataLoader::Result result =
                DemoDataLoader(database).load(options, report, cancel.get());
            database->closeThreadConnection();
            return result;
        },
        [this](const DemoDataLoader::Result &result) {
            if (m_progress)
                m_progress->deleteLater();
            refreshAll();
            if (!result.ok && !result.cancelled)
                QMessageBox::warning(this, tr("Demo data"), result.errorString);
            else if (result.ok && !result.alreadyLoaded)
                statusBar()->showMessage(
                    tr("Demo data loaded: %Ln contacts.", "", int(result.contacts)), 8000);
            Q_EMIT demoDataLoaded(result.ok);
        });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::isSending() const
{
    const auto *campaigns = qobject_cast<::CampaignsPage *>(page(CampaignsPage));
    return campaigns && campaigns->sendPanel()->isSending();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isSending()) {
        // Never block here: ignore this close, stop the engine, close again when it has.
        event->ignore();
        if (m_closeAfterSending)
            return; // already stopping
        QMessageBox box(QMessageBox::Question, tr("Quit Tribune"),
                        tr("Sending is in progress: stop after the messages in flight and quit? "
                           "It resumes where it stopped the next time you press Send."),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("quitWhileSendingDialog"));
        QPushButton *stopButton = box.addButton(tr("Stop and quit"), QMessageBox::AcceptRole);
        box.addButton(tr("Keep sending"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != stopButton || !isSending()) {
            if (box.clickedButton() == stopButton) // it ended while the question was open
                QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
            return;
        }
        m_closeAfterSending = true;
        statusBar()->showMessage(tr("Stopping after the messages in flight…"));
        qobject_cast<::CampaignsPage *>(page(CampaignsPage))->sendPanel()->stop();
        return;
    }
    m_settings->setMainWindowGeometry(saveGeometry());
    if (m_cancelDemo)
        m_cancelDemo->store(true);
    QMainWindow::closeEvent(event);
}
