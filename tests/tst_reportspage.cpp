// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignstore.h"
#include "pages/reportspage.h"
#include "reports/campaigndashboard.h"
#include "reports/exportdialog.h"
#include "reports/reportchartview.h"
#include "reports/spendoverview.h"
#include "sending/sendengine.h"
#include "storage/database.h"
#include "support/sendingfixtures.h"
#include "support/testdatabase.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFileDialog>
#include <QHorizontalBarSeries>
#include <QImageReader>
#include <QLineSeries>
#include <QPieSeries>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QThread>
#include <QTimer>

// The Reports page drives its dashboard against a demo consent request really sent through
// the offline Sandbox (delivery reports, failures and replies simulated), offscreen.
class tst_ReportsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dashboardOfASentCampaign();
    void emptyStates();
    void exportDialogFromThePage();
    void narrowWindowStacksTheCharts();
    void darkPalette();
};

namespace {

const QString kDemoCampaign = QStringLiteral("Démo — Demande de consentement");

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

// Sends the demo consent request to `contacts` contacts through the Sandbox and waits for the
// engine to finish (delivery reports and replies included).
bool sendDemoConsentRequest(Database *db, int contacts, qint64 *campaignId)
{
    if (!SendingFixtures::loadDemoForSending(db, contacts))
        return false;
    CampaignStore store(db);
    std::optional<Campaign> campaign = store.findByName(kDemoCampaign);
    if (!campaign || !store.setState(&*campaign, Campaign::State::Approved))
        return false;
    *campaignId = campaign->id;
    SendEngine::Options options;
    options.campaignId = campaign->id;
    options.provider.id = store.providerId(QStringLiteral("Sandbox (démo)"));
    options.provider.name = QStringLiteral("Sandbox (démo)");
    options.provider.kind = QStringLiteral("sandbox");
    options.provider.ratePerSecond = 2000;
    options.provider.options = QJsonObject {{QStringLiteral("accept_delay_ms"), 2},
                                            {QStringLiteral("delivery_delay_ms"), 20},
                                            {QStringLiteral("reply_delay_ms"), 20},
                                            {QStringLiteral("failure_rate"), 0.1},
                                            {QStringLiteral("seed"), 11},
                                            {QStringLiteral("reply_rates"),
                                             QJsonObject {{QStringLiteral("oui"), 0.3},
                                                          {QStringLiteral("non"), 0.1},
                                                          {QStringLiteral("stop"), 0.05}}}};
    options.instanceId = QStringLiteral("test");
    options.drainMs = 1500;
    QThread thread;
    auto *engine = new SendEngine(db, options);
    engine->moveToThread(&thread);
    QSignalSpy finished(engine, &SendEngine::finished);
    QObject::connect(&thread, &QThread::started, engine, &SendEngine::start);
    thread.start();
    const bool done = finished.wait(30000) || !finished.isEmpty();
    QMetaObject::invokeMethod(
        engine,
        [engine]() {
            delete engine;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    thread.wait();
    db->closeThreadConnection();
    return done;
}

// A fresh SQLite database, migrated by open().
struct Fixture
{
    TestDatabase testDb {DatabaseUrl::Backend::Sqlite};
    Database db {testDb.url()};
    QString error = QStringLiteral("the test database could not be made");

    bool open() { return testDb.isReady() && db.openAndMigrate(&error); }
};

// Shows `page` at `size` on its campaign dashboard and waits until the dashboard has figures.
bool showDashboard(ReportsPage &page, const QSize &size)
{
    page.resize(size);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return false;
    page.tabs()->setCurrentIndex(ReportsPage::CampaignTab);
    return QTest::qWaitFor(
        [&page]() { return !page.isComputing() && page.dashboard()->stats().ok; });
}

qint64 barTotal(QChart *chart)
{
    qint64 total = 0;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    total += qint64(set->at(i));
            }
        }
    }
    return total;
}

} // namespace

void tst_ReportsPage::initTestCase()
{
    qRegisterMetaType<SendEngine::Summary>();
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ReportsPage::dashboardOfASentCampaign()
{
    Fixture f;
    QVERIFY2(f.open(), qPrintable(f.error));
    Database &db = f.db;
    qint64 campaignId = 0;
    QVERIFY(sendDemoConsentRequest(&db, 120, &campaignId));
    const qint64 messages = scalar(
        db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE campaign_id = %1").arg(campaignId));
    const qint64 delivered = scalar(db,
                                    QStringLiteral("SELECT COUNT(*) FROM messages WHERE "
                                                   "campaign_id = %1 AND state = 'delivered'")
                                        .arg(campaignId));
    const qint64 spent = scalar(
        db,
        QStringLiteral("SELECT SUM(cost_mc) FROM messages WHERE campaign_id = %1").arg(campaignId));
    QVERIFY(messages >= 100);
    QVERIFY(delivered > 0 && delivered < messages); // some failed
    QVERIFY(spent > 0);

    ReportsPage page(&db);
    page.resize(1100, 760);
    auto *toolbarButton = new QPushButton(QStringLiteral("Another action"));
    page.addToolbarWidget(toolbarButton);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(toolbarButton->isVisible());
    QVERIFY(page.exportButton()->isVisible());

    // Overview: spend per election against its ceiling and per campaign.
    SpendOverview *spend = page.spendOverview();
    QTRY_VERIFY(!page.isComputing() && spend->overview().ok);
    QCOMPARE(spend->overview().spentMc, spent);
    QVERIFY(!spend->electionChart()->isEmpty());
    QVERIFY(!spend->campaignChart()->isEmpty());
    QVERIFY(spend->campaignChart()->accessibleDescription().contains(kDemoCampaign));

    // The dashboard picks the campaign that sent.
    page.tabs()->setCurrentIndex(ReportsPage::CampaignTab);
    CampaignDashboard *dashboard = page.dashboard();
    QTRY_VERIFY(!page.isComputing() && dashboard->stats().ok);
    QCOMPARE(dashboard->campaignId(), campaignId);
    QVERIFY(dashboard->campaignPicker()->currentText().startsWith(kDemoCampaign));
    const CampaignStats &stats = dashboard->stats();
    QCOMPARE(stats.messages, messages);
    QCOMPARE(stats.costMc, spent);

    // Line chart: one series per kind of event that happened, every one with points, the sent
    // series ending at the number of messages sent.
    QChart *timeline = dashboard->timelineChart()->chart();
    QVERIFY(!dashboard->timelineChart()->isEmpty());
    QVERIFY(timeline->series().size() >= 3);
    for (QAbstractSeries *series : timeline->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        QVERIFY(line);
        QVERIFY(line->count() >= 2);
    }
    auto *sentLine = qobject_cast<QLineSeries *>(timeline->series().constFirst());
    QCOMPARE(qint64(sentLine->points().constLast().y()), stats.sent);

    // Pie: the slices add up to the messages of the campaign.
    auto *pie = qobject_cast<QPieSeries *>(dashboard->statusChart()->chart()->series().value(0));
    QVERIFY(pie);
    QCOMPARE(qint64(pie->sum()), messages);
    QVERIFY(pie->count() >= 2); // delivered and failed at least
    QVERIFY(dashboard->statusChart()->toolTip().contains(
        QStringLiteral("Delivered: %1 (").arg(QLocale().toString(delivered))));
    // The live refresh is paced by the computation: at least every 5 s, at most every minute.
    QVERIFY(dashboard->liveRefreshInterval() >= 5000);
    QVERIFY(dashboard->liveRefreshInterval() <= 60000);

    // Cost against the election's ceiling (the amounts on the title's second line: a rich
    // text line break), delivery by prefix, the consent funnel.
    QVERIFY(!dashboard->costChart()->isEmpty());
    QVERIFY(dashboard->costChart()->chart()->title().contains(QStringLiteral("<br>")));
    QVERIFY(dashboard->costChart()->toolTip().contains(
        QStringLiteral("Election ceiling, incl. VAT: ")));
    QVERIFY2(dashboard->costChart()->accessibleDescription().startsWith(
                 QStringLiteral("Election ceiling, incl. VAT: ")),
             qPrintable(dashboard->costChart()->accessibleDescription()));
    QVERIFY(!dashboard->prefixChart()->isEmpty());
    QVERIFY(dashboard->prefixChart()->accessibleDescription().startsWith(QStringLiteral("06 39")));
    QVERIFY(!dashboard->answersChart()->isEmpty());
    QVERIFY(barTotal(dashboard->answersChart()->chart()) > 0);
    QVERIFY(dashboard->answersChart()->accessibleDescription().contains(
        QStringLiteral("Asked: %1").arg(QLocale().toString(stats.funnel.asked))));
    QVERIFY(stats.funnel.asked > 0);
    QVERIFY(stats.replies > 0);
    QVERIFY(dashboard->figureText(CampaignDashboard::SentFigure)
                .contains(QLocale().toString(stats.sent)));
    QVERIFY(dashboard->figureText(CampaignDashboard::DeliveredFigure)
                .contains(QLocale().toString(delivered)));

    // Save as PNG writes a real PNG of the chart.
    const QString path = f.testDb.folder() + QStringLiteral("/timeline.png");
    bool answered = false;
    QTimer::singleShot(0, this, [&]() {
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QCOMPARE(dialog->objectName(), QStringLiteral("chartSaveDialog"));
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept();
        answered = true;
    });
    QSignalSpy saved(dashboard->timelineChart(), &ReportChartView::saved);
    dashboard->timelineChart()->saveInteractive();
    QVERIFY(answered);
    QCOMPARE(saved.size(), 1);
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), dashboard->timelineChart()->grab().size());
}

void tst_ReportsPage::emptyStates()
{
    // A fresh demo: the consent request is a draft, nothing sent, nothing spent.
    Fixture f;
    QVERIFY2(f.open(), qPrintable(f.error));
    QVERIFY(SendingFixtures::loadDemoForSending(&f.db, 30));

    ReportsPage page(&f.db);
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isComputing() && page.spendOverview()->overview().ok);
    QVERIFY(page.chartBarCount() > 0); // the demo contacts' départements
    QVERIFY(page.spendOverview()->campaignChart()->isEmpty());
    QVERIFY(page.spendOverview()->campaignChart()->emptyText().contains(
        QStringLiteral("No campaign has spent anything yet")));
    QVERIFY(!page.spendOverview()->electionChart()->isEmpty()); // 0 % of its ceiling

    page.tabs()->setCurrentIndex(ReportsPage::CampaignTab);
    CampaignDashboard *dashboard = page.dashboard();
    QTRY_VERIFY(!page.isComputing() && dashboard->stats().ok);
    QVERIFY(dashboard->campaignPicker()->currentText().startsWith(kDemoCampaign));
    QVERIFY(dashboard->timelineChart()->isEmpty());
    QCOMPARE(dashboard->timelineChart()->emptyText(),
             QStringLiteral("No message sent yet: the chart fills while the campaign sends."));
    QVERIFY(dashboard->timelineChart()->chart()->series().isEmpty());
    QVERIFY(dashboard->statusChart()->isEmpty());
    QVERIFY(dashboard->prefixChart()->isEmpty());
    QVERIFY(dashboard->answersChart()->isEmpty());
    QVERIFY(!dashboard->costChart()->isEmpty()); // the election's ceiling, 0 % used
}

void tst_ReportsPage::exportDialogFromThePage()
{
    Fixture f;
    QVERIFY2(f.open(), qPrintable(f.error));
    qint64 campaignId = 0;
    QVERIFY(sendDemoConsentRequest(&f.db, 30, &campaignId));

    ReportsPage page(&f.db);
    QVERIFY(showDashboard(page, QSize(1100, 760)));
    QCOMPARE(page.dashboard()->campaignId(), campaignId);

    // Export… opens the dialog window-modal without a nested event loop (QDialog::open()), the
    // dashboard's campaign and the campaign report preselected.
    QTest::mouseClick(page.exportButton(), Qt::LeftButton);
    QPointer<ExportDialog> dialog = page.findChild<ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QTRY_VERIFY(dialog->isLoaded());
    QCOMPARE(dialog->kind(), Reports::ExportKind::Report);
    auto *campaign = dialog->findChild<QComboBox *>(QStringLiteral("exportCampaign"));
    QVERIFY(campaign);
    QCOMPARE(campaign->currentData().toLongLong(), campaignId);
    QVERIFY(campaign->currentText().startsWith(kDemoCampaign));
    // Closed, it goes away.
    static_cast<QDialog *>(dialog.data())->reject();
    QTRY_VERIFY(dialog.isNull());

    // From the overview: the dialog as it opens by default, no campaign forced on it.
    page.tabs()->setCurrentIndex(ReportsPage::OverviewTab);
    dialog = page.openExportDialog();
    QVERIFY(dialog && dialog->isVisible());
    QTRY_VERIFY(dialog->isLoaded());
    static_cast<QDialog *>(dialog.data())->reject();
    QTRY_VERIFY(dialog.isNull());
}

void tst_ReportsPage::narrowWindowStacksTheCharts()
{
    Fixture f;
    QVERIFY2(f.open(), qPrintable(f.error));
    qint64 campaignId = 0;
    QVERIFY(sendDemoConsentRequest(&f.db, 30, &campaignId));

    // The page as a 1280×800 window shows it (the sidebar takes 210 px), then 1024×700.
    ReportsPage page(&f.db);
    QVERIFY(showDashboard(page, QSize(1070, 780)));
    CampaignDashboard *dashboard = page.dashboard();
    QCOMPARE(dashboard->columnCount(), 2);
    const auto chartsFit = [dashboard]() {
        for (ReportChartView *view : dashboard->charts()) {
            if (view->width() < view->minimumWidth() || view->height() < view->minimumHeight())
                return false;
        }
        return true;
    };
    QVERIFY(chartsFit());
    // Side by side: the timeline and the status share the first row.
    QCOMPARE(dashboard->timelineChart()->y(), dashboard->statusChart()->y());

    page.resize(814, 660);
    QTRY_COMPARE(dashboard->columnCount(), 1);
    QTRY_VERIFY(chartsFit());
    // Stacked, at least as wide as two columns' charts were, and the page scrolls to them.
    QTRY_VERIFY(dashboard->statusChart()->y() > dashboard->timelineChart()->y());
    QTRY_VERIFY(dashboard->statusChart()->width() >= 700);
    auto *scroll = dashboard->findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->verticalScrollBar()->isVisible());
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());

    page.resize(1070, 780);
    QTRY_COMPARE(dashboard->columnCount(), 2);
}

void tst_ReportsPage::darkPalette()
{
    Fixture f;
    QVERIFY2(f.open(), qPrintable(f.error));
    qint64 campaignId = 0;
    QVERIFY(sendDemoConsentRequest(&f.db, 30, &campaignId));

    ReportsPage page(&f.db);
    QPalette dark = page.palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x44));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::Mid, QColor(0x4a, 0x4d, 0x52));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    QVERIFY(showDashboard(page, QSize(1070, 780)));
    // Switched while shown, as when the system theme changes.
    page.setPalette(dark);
    QTest::qWait(50); // the charts are drawn again after the palette reached them all

    QList<ReportChartView *> views = page.dashboard()->charts();
    views << static_cast<ReportChartView *>(page.chartView())
          << page.spendOverview()->electionChart() << page.spendOverview()->campaignChart();
    for (ReportChartView *view : std::as_const(views)) {
        QChart *chart = view->chart();
        QVERIFY2(chart->backgroundBrush().color().lightness() < 64, qPrintable(view->objectName()));
        QVERIFY2(chart->titleBrush().color().lightness() > 192, qPrintable(view->objectName()));
        QVERIFY2(chart->legend()->labelColor().lightness() > 192, qPrintable(view->objectName()));
        for (QAbstractAxis *axis : chart->axes())
            QVERIFY2(axis->labelsColor().lightness() > 192, qPrintable(view->objectName()));
    }
    // The figures drawn on the bars, too.
    auto *funnel = qobject_cast<QAbstractBarSeries *>(
        page.dashboard()->answersChart()->chart()->series().value(0));
    QVERIFY(funnel);
    QVERIFY(funnel->barSets().value(0)->labelColor().lightness() > 192);
}

QTEST_MAIN(tst_ReportsPage)
#include "tst_reportspage.moc"
