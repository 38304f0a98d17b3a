// SPDX-License-Identifier: GPL-3.0-or-later
// "Delivery reports and replies" in Settings, on the real main window: turning callbacks on
// starts the window's listener on the chosen port, a delivery report sent to it is recorded and
// shows on the Campaigns page, a port in use or an invalid address is explained, turning it off
// closes the port, and only an administrator may change it once user accounts exist.
#include "campaign/campaignstore.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "pages/campaignspage.h"
#include "pages/settingspage.h"
#include "providers/callbackpanel.h"
#include "sending/callbackservice.h"
#include "sending/credentialstore.h"
#include "sending/outbox.h"
#include "sending/providerstore.h"
#include "sending/sendpanel.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "support/sendingfixtures.h"
#include "support/testdatabase.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// Set TRIBUNE_TEST_SCREENSHOTS=DIR to keep pictures of the screens (for looking at them).
static void snapshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("TRIBUNE_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

class tst_CallbackPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listenReceiveAndStop();
    void onlyAdministrators();

private:
    static quint16 freePort();
    // GET on the listener; the HTTP status (0 when nobody answered).
    static int get(const QUrl &url);
};

void tst_CallbackPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

quint16 tst_CallbackPanel::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

int tst_CallbackPanel::get(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return -1;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void tst_CallbackPanel::listenReceiveAndStop()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    QVERIFY(testDb.isReady());
    AppSettings settings(testDb.folder() + QStringLiteral("/settings.ini"));
    LanguageManager languages;
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(SendingFixtures::loadDemoForSending(&db, 20));
    settings.setWelcomeDone(db.url(), true);

    // A Kannel gateway (no secret needed for its callbacks) and a campaign whose messages it
    // has accepted, waiting for their delivery reports.
    Sending::CredentialStore credentials;
    Sending::ProviderStore providers(&db, &credentials);
    Sending::ProviderStore::Entry kannel;
    kannel.name = QStringLiteral("Passerelle");
    kannel.kind = QStringLiteral("kannel");
    kannel.endpoint = QUrl(QStringLiteral("http://127.0.0.1:13013"));
    QVERIFY2(providers.add(&kannel), qPrintable(providers.errorString()));
    Campaign campaign = SendingFixtures::approvedDemoCampaign(
        &db, QStringLiteral("Relance"), QStringLiteral("Bonjour {prenom}"), kannel.name);
    QVERIFY(campaign.id > 0);
    Outbox outbox(&db);
    const Outbox::EnqueueResult enqueued = outbox.enqueue(campaign, 6);
    QVERIFY2(enqueued.ok, qPrintable(enqueued.errorString));
    QVERIFY(CampaignStore(&db).setState(&campaign, Campaign::State::Sending));
    const Outbox::Claim claim = outbox.claim(campaign.id, 100, QStringLiteral("test"));
    QVERIFY2(claim.ok, qPrintable(claim.errorString));
    QVERIFY(claim.messages.size() >= 2);
    QList<Sending::SubmitResult> results;
    for (const Sending::OutgoingMessage &message : claim.messages) {
        Sending::SubmitResult result;
        result.messageId = message.id;
        result.outcome = Sending::SubmitOutcome::Accepted;
        results.append(result);
    }
    QVERIFY(outbox.record(results, &error));
    const QString phone = claim.messages.constFirst().phone;

    MainWindow window(&db, &settings, &languages);
    window.resize(1180, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *service = window.findChild<Sending::CallbackService *>(QStringLiteral("callbackService"));
    QVERIFY(service);
    auto *sendPanel =
        qobject_cast<CampaignsPage *>(window.page(MainWindow::CampaignsPage))->sendPanel();
    sendPanel->setCampaign(campaign.id);
    auto *delivered = sendPanel->findChild<QLabel *>(QStringLiteral("countDelivered"));
    QVERIFY(delivered);
    QTRY_COMPARE(delivered->text(), QStringLiteral("0"));

    window.showPage(MainWindow::SettingsPage);
    auto *panel = window.findChild<CallbackPanel *>(QStringLiteral("callbackPanel"));
    QVERIFY(panel);
    QTRY_VERIFY(panel->isEditable() && !panel->isBusy());
    // Off by default: nothing listens, and the page says what that means.
    QTRY_VERIFY2(panel->stateText().startsWith(QLatin1String("Not listening")),
                 qPrintable(panel->stateText()));
    QCOMPARE(service->state().status, Sending::CallbackService::Status::Off);

    auto *enabled = panel->findChild<QCheckBox *>(QStringLiteral("callbackEnabled"));
    auto *address = panel->findChild<QLineEdit *>(QStringLiteral("callbackAddress"));
    auto *port = panel->findChild<QSpinBox *>(QStringLiteral("callbackPort"));
    auto *publicUrl = panel->findChild<QLineEdit *>(QStringLiteral("callbackPublicUrl"));
    auto *save = panel->findChild<QPushButton *>(QStringLiteral("saveCallbackButton"));
    QVERIFY(enabled && address && port && publicUrl && save);
    QCOMPARE(address->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(port->value(), 8787);
    QSignalSpy changed(panel, &CallbackPanel::settingsChanged);
    QSignalSpy finished(panel, &CallbackPanel::finished);

    // An address providers cannot use is refused before anything is saved.
    enabled->setChecked(true);
    publicUrl->setText(QStringLiteral("ftp://tribune.example.org"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(panel->statusText().contains(QLatin1String("https://")),
             qPrintable(panel->statusText()));
    QCOMPARE(changed.size(), 0);

    // On, on a free port: the window listens there and says so.
    const quint16 listenPort = freePort();
    QVERIFY(listenPort != 0);
    publicUrl->clear();
    port->setValue(listenPort);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY2(changed.size() == 1, qPrintable(panel->statusText()));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(listenPort);
    QTRY_VERIFY2(panel->stateText().startsWith(QStringLiteral("Listening on ") + base),
                 qPrintable(panel->stateText()));
    // The demo's Sandbox and the gateway read callbacks.
    QVERIFY2(panel->stateText().contains(QLatin1String("for 2 provider")),
             qPrintable(panel->stateText()));
    QCOMPARE(Sending::CallbackSettings::load(&db).enabled, true);
    QCOMPARE(Sending::CallbackSettings::load(&db).port, int(listenPort));
    snapshot(&window, "callbacks-listening");

    // A delivery report as Kannel sends it: recorded, counted in Settings and on the
    // Campaigns page.
    const QUrl report(base
                      + QStringLiteral("/kannel/dlr?provider=%1&campaign=%2&to=%3&status=1")
                            .arg(kannel.id)
                            .arg(campaign.id)
                            .arg(QString::fromLatin1(QUrl::toPercentEncoding(phone))));
    QCOMPARE(get(report), 200);
    {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT state FROM messages WHERE campaign_id = ? AND "
                                     "phone = ?"));
        query.addBindValue(campaign.id);
        query.addBindValue(phone);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("delivered"));
    }
    QTRY_VERIFY2(panel->stateText().contains(QLatin1String("1 delivery report")),
                 qPrintable(panel->stateText()));
    QTRY_COMPARE(delivered->text(), QStringLiteral("1"));
    // A call for no provider is refused and shown.
    QCOMPARE(get(QUrl(base + QStringLiteral("/nobody/dlr"))), 404);
    QTRY_VERIFY2(panel->stateText().contains(QLatin1String("/nobody/dlr")),
                 qPrintable(panel->stateText()));

    // A port already taken: the reason is shown, nothing listens for us.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    port->setValue(squatter.serverPort());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 3);
    QTRY_VERIFY2(panel->stateText().startsWith(QLatin1String("Not listening: Cannot listen")),
                 qPrintable(panel->stateText()));
    QVERIFY2(panel->stateText().contains(QString::number(squatter.serverPort())),
             qPrintable(panel->stateText()));
    QCOMPARE(service->state().status, Sending::CallbackService::Status::Failed);
    // The previous port was given up.
    QCOMPARE(get(report), 0);

    // Back on the free port, then off: the port closes.
    port->setValue(listenPort);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY2(panel->stateText().startsWith(QStringLiteral("Listening on ") + base),
                 qPrintable(panel->stateText()));
    enabled->setChecked(false);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY2(panel->stateText().startsWith(QLatin1String("Not listening: providers")),
                 qPrintable(panel->stateText()));
    QCOMPARE(get(report), 0);
    QCOMPARE(Sending::CallbackSettings::load(&db).enabled, false);
}

void tst_CallbackPanel::onlyAdministrators()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    QVERIFY(testDb.isReady());
    AppSettings settings(testDb.folder() + QStringLiteral("/settings.ini"));
    LanguageManager languages;
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    settings.setWelcomeDone(db.url(), true);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO users (login, display_name, role, created_at) VALUES "
                       "('alice', 'Alice', 'administrator', 0), ('bob', 'Bob', 'composer', 0)")));

    const QByteArray user = qgetenv("USER");
    qputenv("USER", "bob");
    MainWindow window(&db, &settings, &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::SettingsPage);
    auto *panel = window.findChild<CallbackPanel *>(QStringLiteral("callbackPanel"));
    QVERIFY(panel);
    QSignalSpy finished(panel, &CallbackPanel::finished);
    panel->reload();
    QTRY_VERIFY(finished.size() >= 1);
    QTRY_VERIFY(!panel->isBusy());
    QVERIFY(!panel->isEditable());
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("saveCallbackButton"))->isEnabled());
    QVERIFY(!panel->findChild<QCheckBox *>(QStringLiteral("callbackEnabled"))->isEnabled());
    QVERIFY2(panel->statusText().contains(QLatin1String("administrator")),
             qPrintable(panel->statusText()));
    // Even called directly, the save is refused by the store.
    panel->save();
    QTRY_VERIFY(!panel->isBusy());
    QVERIFY2(panel->statusText().contains(QLatin1String("administrator")),
             qPrintable(panel->statusText()));

    qputenv("USER", "alice");
    const qsizetype seen = finished.size();
    panel->reload();
    QTRY_VERIFY(finished.size() > seen);
    QVERIFY(panel->isEditable());
    QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("saveCallbackButton"))->isEnabled());
    qputenv("USER", user);
}

QTEST_MAIN(tst_CallbackPanel)
#include "tst_callbackpanel.moc"
