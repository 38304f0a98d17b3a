// SPDX-License-Identifier: GPL-3.0-or-later
// Sends the demo campaign from the Campaigns page of the real main window, through the offline
// Sandbox: approve, send, pause, resume, cancel, and quit while sending.
#include "campaign/campaignlistmodel.h"
#include "campaign/campaignstore.h"
#include "demo/demodataloader.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "pages/campaignspage.h"
#include "sending/sendpanel.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "support/sendingfixtures.h"
#include "support/testdatabase.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

// Set TRIBUNE_TEST_SCREENSHOTS=DIR to keep pictures of the screens (for looking at them).
static void snapshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("TRIBUNE_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

class tst_SendPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void approveAndSendToTheEnd();
    void preflightRefusesSending();
    void pauseResumeCancel();
    void quitWhileSendingStopsAndResumes();

private:
    struct Fixture
    {
        TestDatabase testDb {DatabaseUrl::Backend::Sqlite};
        AppSettings settings {testDb.folder() + QStringLiteral("/settings.ini")};
        LanguageManager languages;
        Database database {testDb.url()};
        qint64 campaignId = 0;
    };
    static bool prepare(Fixture &fixture, double rate);
    static void setRate(Fixture &fixture, double rate);
    static CampaignsPage *campaignsPage(MainWindow &window);
    static QString scalar(Fixture &fixture, const QString &sql);
    static QString campaignState(Fixture &fixture);
    static qint64 count(Fixture &fixture, const QString &where);
    // Clicks the button `buttonText` of the modal `objectName` as soon as it opens; a picture
    // of it is kept under `shot`.
    static void answerModal(const QString &objectName, const QString &buttonText, const char *shot);
};

void tst_SendPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<SendEngine::Summary>();
}

bool tst_SendPanel::prepare(Fixture &fixture, double rate)
{
    QString error;
    if (!fixture.database.openAndMigrate(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    DemoDataLoader::Options options;
    options.contacts = 300;
    const DemoDataLoader::Result loaded = DemoDataLoader(&fixture.database).load(options);
    if (!loaded.ok)
        return false;
    fixture.settings.setWelcomeDone(fixture.database.url(), true);
    // The test runs at any hour: open the sending window all the time.
    if (!SendingFixtures::openSendingWindowAllDay(&fixture.database))
        return false;
    setRate(fixture, rate);
    const std::optional<Campaign> campaign =
        CampaignStore(&fixture.database).findByName(loaded.campaignName);
    if (!campaign || campaign->state != Campaign::State::Draft)
        return false;
    fixture.campaignId = campaign->id;
    return true;
}

void tst_SendPanel::setRate(Fixture &fixture, double rate)
{
    // The demo Sandbox, fast and without failures: every message is accepted and delivered.
    const QJsonObject sandbox {{QStringLiteral("accept_delay_ms"), 1},
                               {QStringLiteral("delivery_delay_ms"), 40},
                               {QStringLiteral("reply_delay_ms"), 40},
                               {QStringLiteral("failure_rate"), 0},
                               {QStringLiteral("seed"), 11}};
    QSqlQuery query(fixture.database.connection());
    query.prepare(QStringLiteral("UPDATE providers SET options = ?, rate_limit_per_second = ?"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(sandbox).toJson(QJsonDocument::Compact)));
    query.addBindValue(rate);
    QVERIFY(query.exec());
}

CampaignsPage *tst_SendPanel::campaignsPage(MainWindow &window)
{
    return qobject_cast<CampaignsPage *>(window.page(MainWindow::CampaignsPage));
}

QString tst_SendPanel::scalar(Fixture &fixture, const QString &sql)
{
    QSqlQuery query(fixture.database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

QString tst_SendPanel::campaignState(Fixture &fixture)
{
    return scalar(
        fixture,
        QStringLiteral("SELECT state FROM campaigns WHERE id = %1").arg(fixture.campaignId));
}

qint64 tst_SendPanel::count(Fixture &fixture, const QString &where)
{
    return scalar(fixture,
                  QStringLiteral("SELECT COUNT(*) FROM messages WHERE campaign_id = %1 AND %2")
                      .arg(fixture.campaignId)
                      .arg(where))
        .toLongLong();
}

void tst_SendPanel::answerModal(const QString &objectName, const QString &buttonText,
                                const char *shot)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, objectName, buttonText, shot]() {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName)
            return;
        timer->stop();
        timer->deleteLater();
        snapshot(modal, shot);
        const QList<QPushButton *> buttons = modal->findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->text().remove(QLatin1Char('&')) == buttonText) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        qWarning("no button %s in %s", qPrintable(buttonText), qPrintable(objectName));
        modal->close();
    });
    timer->start();
}

void tst_SendPanel::approveAndSendToTheEnd()
{
    Fixture f;
    QVERIFY(prepare(f, 1000));
    MainWindow window(&f.database, &f.settings, &f.languages);
    window.resize(1180, 760);
    window.show();
    CampaignsPage *page = campaignsPage(window);
    QVERIFY(page);
    QVERIFY(page->selectCampaign(f.campaignId));
    SendPanel *panel = page->sendPanel();
    QCOMPARE(panel->campaignId(), f.campaignId);
    auto *approve = panel->findChild<QPushButton *>(QStringLiteral("approveButton"));
    auto *send = panel->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(approve && send);
    QVERIFY(approve->isVisible());
    QVERIFY(!send->isVisible());
    QTRY_VERIFY(!page->isComputingFigures());
    snapshot(&window, "sendpanel-draft");

    // Approve through the button and its confirmation.
    answerModal(QStringLiteral("approveDialog"), QStringLiteral("Approve"),
                "sendpanel-approve-dialog");
    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_COMPARE(campaignState(f), QStringLiteral("approved"));
    QTRY_VERIFY(send->isVisible());
    QVERIFY(!approve->isVisible());

    // Send through the button and its confirmation.
    answerModal(QStringLiteral("sendDialog"), QStringLiteral("Send"), "sendpanel-send-dialog");
    QSignalSpy finished(panel, &SendPanel::sendingFinished);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY(panel->isSending());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const SendEngine::Summary summary = finished.at(0).at(0).value<SendEngine::Summary>();
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.stopReason, QStringLiteral("done"));
    QCOMPARE(campaignState(f), QStringLiteral("done"));

    const qint64 total = count(f, QStringLiteral("1 = 1"));
    QVERIFY(total > 100);
    QCOMPARE(summary.submitted, total);
    QCOMPARE(summary.accepted, total);
    QCOMPARE(count(f, QStringLiteral("state = 'delivered'")), total);
    // The panel shows the figures.
    auto label = [panel](const char *name) {
        auto *l = panel->findChild<QLabel *>(QLatin1String(name));
        return l && l->isVisible() ? l->text() : QStringLiteral("(hidden)");
    };
    QTRY_COMPARE(label("countDelivered"), QLocale().toString(total));
    QCOMPARE(label("countQueued"), QStringLiteral("0"));
    QCOMPARE(label("countFailed"), QStringLiteral("0"));
    QCOMPARE(label("countUnknown"), QStringLiteral("0"));
    auto *bar = panel->findChild<QProgressBar *>(QStringLiteral("sendProgress"));
    QVERIFY(bar && bar->isVisible());
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(label("sendOutcome").startsWith(QStringLiteral("Finished in")));
    QVERIFY(!send->isVisible());
    // The list shows the campaign done, and it is still the selected one.
    const QModelIndex current = page->view()->currentIndex();
    QCOMPARE(current.data(CampaignListModel::IdRole).toLongLong(), f.campaignId);
    QTRY_COMPARE(current.siblingAtColumn(0).data(CampaignListModel::StateRole).toString(),
                 QStringLiteral("done"));
    QTRY_VERIFY(!page->isComputingFigures());
    snapshot(&window, "sendpanel-done");
}

void tst_SendPanel::preflightRefusesSending()
{
    Fixture f;
    QVERIFY(prepare(f, 1000));
    MainWindow window(&f.database, &f.settings, &f.languages);
    window.show();
    CampaignsPage *page = campaignsPage(window);
    QVERIFY(page->selectCampaign(f.campaignId));
    SendPanel *panel = page->sendPanel();
    answerModal(QStringLiteral("approveDialog"), QStringLiteral("Approve"),
                "sendpanel-approve-dialog-2");
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("approveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(campaignState(f), QStringLiteral("approved"));
    // The footer loses its STOP behind the composer's back (another client, a script).
    QSqlQuery query(f.database.connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE campaigns SET footer = 'Camille Martin 2027' "
                                      "WHERE id = %1")
                           .arg(f.campaignId)));
    // The preflight's refusal, naming what to fix, comes instead of the send confirmation
    // (read and closed from a timer: the dialog runs its own event loop).
    QString refusal;
    QTimer watcher;
    watcher.setInterval(20);
    connect(&watcher, &QTimer::timeout, this, [&]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        watcher.stop();
        refusal = box->objectName() + QLatin1Char(':') + box->informativeText();
        snapshot(box, "sendpanel-preflight");
        box->done(QMessageBox::Ok);
    });
    watcher.start();
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("sendButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!refusal.isEmpty());
    QVERIFY2(refusal.startsWith(QLatin1String("preflightDialog:")), qPrintable(refusal));
    QVERIFY(refusal.contains(QLatin1String("STOP")));
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(!panel->isSending());
    QCOMPARE(campaignState(f), QStringLiteral("approved"));
    QCOMPARE(count(f, QStringLiteral("1 = 1")), 0);
}

void tst_SendPanel::pauseResumeCancel()
{
    Fixture f;
    QVERIFY(prepare(f, 25));
    MainWindow window(&f.database, &f.settings, &f.languages);
    window.resize(1180, 760);
    window.show();
    CampaignsPage *page = campaignsPage(window);
    QVERIFY(page->selectCampaign(f.campaignId));
    SendPanel *panel = page->sendPanel();
    QVERIFY2(panel->approveSelected(), qPrintable(panel->errorString()));
    QSignalSpy finished(panel, &SendPanel::sendingFinished);
    QVERIFY2(panel->sendSelected(), qPrintable(panel->errorString()));
    auto *pauseButton = panel->findChild<QPushButton *>(QStringLiteral("pauseButton"));
    auto *resumeButton = panel->findChild<QPushButton *>(QStringLiteral("resumeButton"));
    auto *sendButton = panel->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QTRY_VERIFY(pauseButton->isVisible() && pauseButton->isEnabled());
    QVERIFY(!sendButton->isVisible());
    // A second campaign cannot start meanwhile.
    QVERIFY(!panel->sendSelected());

    QTRY_VERIFY(count(f, QStringLiteral("state <> 'queued'")) >= 10);
    snapshot(&window, "sendpanel-sending");
    QTest::mouseClick(pauseButton, Qt::LeftButton);
    QTRY_VERIFY(panel->isPaused());
    QTRY_VERIFY(resumeButton->isVisible());
    QCOMPARE(campaignState(f), QStringLiteral("paused"));
    const qint64 sent = count(f, QStringLiteral("state <> 'queued'"));
    QTest::qWait(300);
    QCOMPARE(count(f, QStringLiteral("state <> 'queued'")), sent); // nothing goes out
    snapshot(&window, "sendpanel-paused");

    QTest::mouseClick(resumeButton, Qt::LeftButton);
    QTRY_VERIFY(!panel->isPaused());
    QCOMPARE(campaignState(f), QStringLiteral("sending"));
    QTRY_VERIFY(count(f, QStringLiteral("state <> 'queued'")) >= sent + 5);

    panel->cancelRest();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const SendEngine::Summary summary = finished.at(0).at(0).value<SendEngine::Summary>();
    QCOMPARE(summary.stopReason, QStringLiteral("cancelled"));
    QCOMPARE(campaignState(f), QStringLiteral("cancelled"));
    QCOMPARE(count(f, QStringLiteral("state IN ('queued', 'submitting')")), 0);
    const qint64 cancelled = count(f, QStringLiteral("state = 'cancelled'"));
    QVERIFY(cancelled > 0);
    auto *cancelledLabel = panel->findChild<QLabel *>(QStringLiteral("countCancelled"));
    QTRY_COMPARE(cancelledLabel->text(), QLocale().toString(cancelled));
    QVERIFY(cancelledLabel->isVisible());
    QVERIFY(!sendButton->isVisible());
    QVERIFY(!pauseButton->isVisible());
    snapshot(&window, "sendpanel-cancelled");
}

void tst_SendPanel::quitWhileSendingStopsAndResumes()
{
    Fixture f;
    QVERIFY(prepare(f, 25));
    {
        MainWindow window(&f.database, &f.settings, &f.languages);
        window.show();
        CampaignsPage *page = campaignsPage(window);
        QVERIFY(page->selectCampaign(f.campaignId));
        SendPanel *panel = page->sendPanel();
        QVERIFY(panel->approveSelected());
        QSignalSpy finished(panel, &SendPanel::sendingFinished);
        QVERIFY(panel->sendSelected());
        QTRY_VERIFY(count(f, QStringLiteral("state <> 'queued'")) >= 10);

        // "Keep sending" leaves it running.
        answerModal(QStringLiteral("quitWhileSendingDialog"), QStringLiteral("Keep sending"),
                    "sendpanel-quit-dialog");
        window.close();
        QVERIFY(window.isVisible());
        QVERIFY(panel->isSending());

        answerModal(QStringLiteral("quitWhileSendingDialog"), QStringLiteral("Stop and quit"),
                    "sendpanel-quit-dialog");
        window.close();
        QVERIFY(window.isVisible()); // waits for the messages in flight, not blocking
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QTRY_VERIFY(!window.isVisible());
        QCOMPARE(finished.at(0).at(0).value<SendEngine::Summary>().stopReason,
                 QStringLiteral("stopped"));
    }
    QCOMPARE(campaignState(f), QStringLiteral("paused"));
    QCOMPARE(count(f, QStringLiteral("state = 'submitting'")), 0);
    const qint64 queued = count(f, QStringLiteral("state = 'queued'"));
    QVERIFY(queued > 0);

    // The next Send resumes where it stopped and finishes; each message once.
    setRate(f, 1000);
    MainWindow window(&f.database, &f.settings, &f.languages);
    window.show();
    CampaignsPage *page = campaignsPage(window);
    QVERIFY(page->selectCampaign(f.campaignId));
    SendPanel *panel = page->sendPanel();
    auto *sendButton = panel->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(sendButton->isVisible());
    QSignalSpy finished(panel, &SendPanel::sendingFinished);
    QVERIFY(panel->sendSelected());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const SendEngine::Summary summary = finished.at(0).at(0).value<SendEngine::Summary>();
    QCOMPARE(summary.stopReason, QStringLiteral("done"));
    QCOMPARE(summary.submitted, queued);
    QCOMPARE(campaignState(f), QStringLiteral("done"));
    // (A message accepted just before the stop keeps "accepted": the Sandbox reports delivery
    // only to the run that submitted it.)
    QCOMPARE(count(f, QStringLiteral("state NOT IN ('accepted', 'delivered')")), 0);
    QVERIFY(count(f, QStringLiteral("state = 'delivered'")) >= queued);
}

QTEST_MAIN(tst_SendPanel)
#include "tst_sendpanel.moc"
