// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window offscreen, as a campaign worker would.
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "pages/reportspage.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void welcomeOffersDemoData();
    void startEmptyIsRemembered();
    void everyPageAndLanguage();
    void reportsChartHasData();

private:
    struct Fixture
    {
        TestDatabase testDb {DatabaseUrl::Backend::Sqlite};
        AppSettings settings {testDb.folder() + QStringLiteral("/settings.ini")};
        LanguageManager languages;
        Database database {testDb.url()};
    };
    static void clickButtonOfModal(const char *objectName);
    static QWidget *visibleChild(QWidget *parent, const QString &name);
    static void clickSidebar(MainWindow &window, int row);
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_MainWindow::clickButtonOfModal(const char *objectName)
{
    QTimer::singleShot(0, qApp, [objectName]() {
        QWidget *modal = QApplication::activeModalWidget();
        QVERIFY(modal);
        QCOMPARE(modal->objectName(), QStringLiteral("welcomeDialog"));
        auto *button = modal->findChild<QPushButton *>(QLatin1String(objectName));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    });
}

QWidget *tst_MainWindow::visibleChild(QWidget *parent, const QString &name)
{
    return parent->findChild<QWidget *>(name);
}

void tst_MainWindow::clickSidebar(MainWindow &window, int row)
{
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    const QRect rect = sidebar->visualItemRect(sidebar->item(row));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
}

void tst_MainWindow::welcomeOffersDemoData()
{
    Fixture f;
    f.languages.setLanguage(QStringLiteral("en"));
    QString error;
    QVERIFY2(f.database.openAndMigrate(&error), qPrintable(error));
    MainWindow window(&f.database, &f.settings, &f.languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *audienceTable = window.findChild<QTableView *>(QStringLiteral("audienceTable"));
    QVERIFY(audienceTable);
    QCOMPARE(audienceTable->model()->rowCount(), 0);

    QSignalSpy loaded(&window, &MainWindow::demoDataLoaded);
    clickButtonOfModal("loadDemoButton");
    window.showWelcomeIfEmpty();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);
    QCOMPARE(loaded.at(0).at(0).toBool(), true);
    QVERIFY(f.settings.isWelcomeDone(f.database.url()));

    QCOMPARE(audienceTable->model()->rowCount(), 1);
    // The contacts of the selected audience are browsable, page by page.
    auto *contactTable = window.findChild<QTableView *>(QStringLiteral("contactTable"));
    QVERIFY(contactTable);
    QVERIFY(contactTable->model()->rowCount() > 0);
    auto *campaignTable = window.findChild<QTableView *>(QStringLiteral("campaignTable"));
    QCOMPARE(campaignTable->model()->rowCount(), 1);
    auto *provider = window.findChild<QLabel *>(QStringLiteral("statusProvider"));
    QVERIFY2(provider->text().contains(QStringLiteral("Sandbox")), qPrintable(provider->text()));
    auto *databaseLabel = window.findChild<QLabel *>(QStringLiteral("statusDatabase"));
    QVERIFY(databaseLabel->text().contains(f.database.url().toDisplayString()));
    // The selected campaign's text is shown, with its footer.
    auto *message = window.findChild<QWidget *>(QStringLiteral("campaignMessage"));
    QVERIFY(message->property("plainText").toString().contains(QStringLiteral("STOP")));

    // A second call does nothing now that the database has data.
    window.showWelcomeIfEmpty();
    QVERIFY(!QApplication::activeModalWidget());
}

void tst_MainWindow::startEmptyIsRemembered()
{
    Fixture f;
    f.languages.setLanguage(QStringLiteral("en"));
    QString error;
    QVERIFY2(f.database.openAndMigrate(&error), qPrintable(error));
    MainWindow window(&f.database, &f.settings, &f.languages);
    window.show();
    clickButtonOfModal("startEmptyButton");
    window.showWelcomeIfEmpty();
    QVERIFY(f.settings.isWelcomeDone(f.database.url()));
    QVERIFY(!window.isLoadingDemoData());
    auto *audienceTable = window.findChild<QTableView *>(QStringLiteral("audienceTable"));
    QCOMPARE(audienceTable->model()->rowCount(), 0);
    // Asked once per database: the next start goes straight to the window.
    window.showWelcomeIfEmpty();
    QVERIFY(!QApplication::activeModalWidget());
}

void tst_MainWindow::everyPageAndLanguage()
{
    Fixture f;
    f.languages.setLanguage(QStringLiteral("en"));
    QString error;
    QVERIFY2(f.database.openAndMigrate(&error), qPrintable(error));
    MainWindow window(&f.database, &f.settings, &f.languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::demoDataLoaded);
    window.loadDemoData();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);

    const QStringList english = {"Campaigns", "Audiences", "Compose",
                                 "Consent",   "Reports",   "Settings"};
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    auto *stack = window.findChild<QStackedWidget *>();
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        clickSidebar(window, i);
        QCOMPARE(window.currentPage(), i);
        QVERIFY(window.page(i)->isVisible());
        QCOMPARE(window.page(i)->title(), english.at(i));
        QCOMPARE(sidebar->item(i)->text(), english.at(i));
    }
    Q_UNUSED(stack)

    // Keyboard: Ctrl+4 opens the Consent page.
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.windowHandle(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), int(MainWindow::ConsentPage));

    // The consent page lists the demo opposition list.
    clickSidebar(window, MainWindow::ConsentPage);
    auto *suppressions = window.findChild<QTableView *>(QStringLiteral("suppressionTable"));
    QCOMPARE(suppressions->model()->rowCount(), 50);

    // Switch to French from the Settings page, as a user would.
    clickSidebar(window, MainWindow::SettingsPage);
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo && combo->isVisible());
    combo->setFocus();
    const int french = combo->findData(QStringLiteral("fr"));
    QVERIFY(french > 0);
    combo->setCurrentIndex(french);
    Q_EMIT combo->activated(french);
    QCOMPARE(f.settings.language(), QStringLiteral("fr"));

    const QStringList frenchTitles = {"Campagnes",    "Audiences", "Rédaction",
                                      "Consentement", "Rapports",  "Paramètres"};
    QTRY_COMPARE(sidebar->item(0)->text(), frenchTitles.at(0));
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        clickSidebar(window, i);
        QCOMPARE(window.page(i)->title(), frenchTitles.at(i));
        QCOMPARE(sidebar->item(i)->text(), frenchTitles.at(i));
        auto *title = window.page(i)->findChild<QLabel *>(QStringLiteral("pageTitle"));
        QVERIFY(title->isVisible());
        QCOMPARE(title->text(), frenchTitles.at(i));
    }
    QCOMPARE(window.windowTitle(), QStringLiteral("Tribune — SMS de campagne"));
    auto *databaseLabel = window.findChild<QLabel *>(QStringLiteral("statusDatabase"));
    QVERIFY2(databaseLabel->text().startsWith(QStringLiteral("Base intégrée (SQLite)")),
             qPrintable(databaseLabel->text()));
    auto *provider = window.findChild<QLabel *>(QStringLiteral("statusProvider"));
    QVERIFY2(provider->text().startsWith(QStringLiteral("Fournisseur")),
             qPrintable(provider->text()));

    clickSidebar(window, MainWindow::AudiencesPage);
    auto *audienceTable = window.findChild<QTableView *>(QStringLiteral("audienceTable"));
    QCOMPARE(audienceTable->model()->headerData(6, Qt::Horizontal).toString(),
             QStringLiteral("Conserver jusqu'au"));
    QCOMPARE(audienceTable->model()->index(0, 1).data().toString(), QStringLiteral("Loué"));
    auto *details = window.findChild<QLabel *>(QStringLiteral("audienceDetails"));
    QVERIFY2(details->text().contains(QStringLiteral("Conditions de consentement")),
             qPrintable(details->text()));

    clickSidebar(window, MainWindow::CampaignsPage);
    auto *campaignTable = window.findChild<QTableView *>(QStringLiteral("campaignTable"));
    QCOMPARE(campaignTable->model()->index(0, 2).data().toString(), QStringLiteral("Brouillon"));
    QCOMPARE(campaignTable->model()->index(0, 1).data().toString(),
             QStringLiteral("Demande de consentement"));

    clickSidebar(window, MainWindow::ConsentPage);
    auto *summary = window.findChild<QLabel *>(QStringLiteral("consentSummary"));
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("50 numéros sur la liste d'opposition")),
                 qPrintable(summary->text()));

    // And back to English.
    clickSidebar(window, MainWindow::SettingsPage);
    const int englishIndex = combo->findData(QStringLiteral("en"));
    combo->setCurrentIndex(englishIndex);
    Q_EMIT combo->activated(englishIndex);
    QTRY_COMPARE(sidebar->item(0)->text(), QStringLiteral("Campaigns"));
    QCOMPARE(window.page(MainWindow::SettingsPage)->title(), QStringLiteral("Settings"));
}

void tst_MainWindow::reportsChartHasData()
{
    Fixture f;
    f.languages.setLanguage(QStringLiteral("en"));
    QString error;
    QVERIFY2(f.database.openAndMigrate(&error), qPrintable(error));
    MainWindow window(&f.database, &f.settings, &f.languages);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::demoDataLoaded);
    window.loadDemoData();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);

    clickSidebar(window, MainWindow::ReportsPage);
    auto *reports = qobject_cast<ReportsPage *>(window.page(MainWindow::ReportsPage));
    QVERIFY(reports);
    QTRY_VERIFY(!reports->isComputing());
    QCOMPARE(reports->chartBarCount(), 3);
    QCOMPARE(reports->chartView()->chart()->series().size(), 1);
    auto *tile = window.findChild<QLabel *>(QStringLiteral("tileContacts"));
    QVERIFY2(tile->text().contains(QStringLiteral("9,950")), qPrintable(tile->text()));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
