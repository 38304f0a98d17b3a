// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog: Excel (France) by default in French, the scope rows each export needs,
// a campaign report written off the GUI thread with masked numbers and an audit entry, a
// cancelled export that leaves no file, full numbers offered to administrators only.
#include "campaign/campaign.h"
#include "reports/exportdialog.h"
#include "sending/outbox.h"
#include "storage/database.h"
#include "storage/userstore.h"
#include "support/sendingfixtures.h"
#include "support/testdatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class tst_ExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void formatFollowsLanguage();
    void scopeRowsFollowTheKind();
    void campaignReport();
    void cancelLeavesNoFile();
    void transparencyPages();
    void fullNumbersForAdministratorsOnly();

private:
    // Demo data with `contacts` contacts and an approved campaign whose messages are queued.
    static qint64 queuedCampaign(Database *db, int contacts);
};

qint64 tst_ExportDialog::queuedCampaign(Database *db, int contacts)
{
    if (!SendingFixtures::loadDemoForSending(db, contacts))
        return 0;
    const Campaign campaign = SendingFixtures::approvedDemoCampaign(
        db, QStringLiteral("Relance du marché"), QStringLiteral("Bonjour {prenom}, rdv samedi."));
    if (campaign.id == 0)
        return 0;
    Outbox outbox(db);
    const Outbox::EnqueueResult queued = outbox.enqueue(campaign, 6);
    return queued.ok ? campaign.id : 0;
}

void tst_ExportDialog::formatFollowsLanguage()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));

    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    ExportDialog french(&db);
    QVERIFY(french.findChild<QRadioButton *>(QStringLiteral("exportExcelFrance"))->isChecked());

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ExportDialog english(&db);
    QVERIFY(english.findChild<QRadioButton *>(QStringLiteral("exportStandard"))->isChecked());
}

void tst_ExportDialog::scopeRowsFollowTheKind()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    ExportDialog dialog(&db);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    auto *campaign = dialog.findChild<QComboBox *>(QStringLiteral("exportCampaign"));
    auto *audience = dialog.findChild<QComboBox *>(QStringLiteral("exportAudience"));
    auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("exportPhone"));

    dialog.setKind(Reports::ExportKind::Report);
    QVERIFY(campaign->isVisible());
    QVERIFY(!audience->isVisible());
    QVERIFY(!phone->isVisible());
    QVERIFY(dialog.path().endsWith(QLatin1String(".csv")));

    dialog.setKind(Reports::ExportKind::Consent);
    QVERIFY(phone->isVisible());
    QVERIFY(audience->isVisible());

    dialog.setKind(Reports::ExportKind::Rejects);
    QVERIFY(audience->isVisible());
    QVERIFY(!campaign->isVisible());

    // Nothing to export a report of: the dialog says what is missing instead of failing later.
    dialog.setKind(Reports::ExportKind::Report);
    dialog.setPath(testDb.folder() + QStringLiteral("/none.csv"));
    dialog.startExport();
    QVERIFY(!dialog.isExporting());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("exportStatus"))->text().isEmpty());
    QVERIFY(!QFile::exists(testDb.folder() + QStringLiteral("/none.csv")));
}

void tst_ExportDialog::campaignReport()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const qint64 campaignId = queuedCampaign(&db, 40);
    QVERIFY(campaignId > 0);
    const int messages =
        queryScalar(
            db,
            QStringLiteral("SELECT COUNT(*) FROM messages WHERE campaign_id = %1").arg(campaignId))
            .toInt();
    QVERIFY(messages > 0);

    ExportDialog dialog(&db);
    dialog.setKind(Reports::ExportKind::Report);
    dialog.setCampaign(campaignId);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    QCOMPARE(
        dialog.findChild<QComboBox *>(QStringLiteral("exportCampaign"))->currentData().toLongLong(),
        campaignId);
    // The suggested file names the campaign.
    QVERIFY2(dialog.path().contains(QLatin1String("Relance-du-march")), qPrintable(dialog.path()));

    const QString path = testDb.folder() + QStringLiteral("/rapport.csv");
    dialog.setPath(path);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportButton")),
                      Qt::LeftButton);
    QVERIFY2(dialog.isExporting(),
             qPrintable(dialog.findChild<QLabel *>(QStringLiteral("exportStatus"))->text()));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog.lastResult().errorString));
    QCOMPARE(dialog.lastResult().rows, qint64(messages));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("exportStatus"))
                ->text()
                .contains(QLatin1String("saved")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QCOMPARE(text.count('\n'), messages + 1); // header + one row per message
    QVERIFY(text.contains("** **")); // masked by default
    QVERIFY(!text.contains("+336") && !text.contains("+337"));
    QCOMPARE(queryScalar(db,
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                        "'export.report'"))
                 .toInt(),
             1);
}

void tst_ExportDialog::cancelLeavesNoFile()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const qint64 campaignId = queuedCampaign(&db, 9000);
    QVERIFY(campaignId > 0);

    ExportDialog dialog(&db);
    dialog.setKind(Reports::ExportKind::Report);
    dialog.setCampaign(campaignId);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    const QString path = testDb.folder() + QStringLiteral("/annule.csv");
    dialog.setPath(path);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    QVERIFY(dialog.isExporting());
    // Cancel asks the worker to stop at its next batch of rows.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportCancelButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(dialog.lastResult().cancelled);
    QVERIFY(!QFile::exists(path));
    QVERIFY(dialog.isVisible()); // Cancel stopped the export, not the dialog
}

void tst_ExportDialog::transparencyPages()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const qint64 campaignId = queuedCampaign(&db, 30);
    QVERIFY(campaignId > 0);

    ExportDialog dialog(&db);
    dialog.setKind(Reports::ExportKind::Transparency);
    dialog.setCampaign(campaignId);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    auto *html = dialog.findChild<QCheckBox *>(QStringLiteral("exportHtmlPage"));
    auto *pdf = dialog.findChild<QCheckBox *>(QStringLiteral("exportPdfPage"));
    QVERIFY(html->isVisible() && html->isChecked());
    QVERIFY(pdf->isVisible() && pdf->isChecked());
    dialog.setPath(testDb.folder() + QStringLiteral("/transparence.csv"));
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(),
             qPrintable(dialog.findChild<QLabel *>(QStringLiteral("exportStatus"))->text()));
    QVERIFY(QFile::exists(testDb.folder() + QStringLiteral("/transparence.csv")));
    QFile page(testDb.folder() + QStringLiteral("/transparence.html"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(page.readAll()).contains(QStringLiteral("Relance du marché")));
    QFile document(testDb.folder() + QStringLiteral("/transparence.pdf"));
    QVERIFY(document.open(QIODevice::ReadOnly));
    QVERIFY(document.readAll().startsWith("%PDF-"));

    // Other exports have no pages to offer.
    dialog.setKind(Reports::ExportKind::Summary);
    QVERIFY(!html->isVisible());
    QVERIFY(!pdf->isVisible());
}

void tst_ExportDialog::fullNumbersForAdministratorsOnly()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    {
        ExportDialog dialog(&db);
        dialog.setKind(Reports::ExportKind::Report);
        dialog.show();
        QTRY_VERIFY(dialog.isLoaded());
        // Without accounts the only user administers the installation.
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("exportFullNumbers"))->isEnabled());
    }
    // Accounts exist, and the person at this computer has none: masked numbers only.
    UserStore users(&db, QStringLiteral("someone-else"));
    UserStore::User admin;
    admin.login = QStringLiteral("someone-else");
    admin.displayName = QStringLiteral("Someone Else");
    admin.role = QStringLiteral("administrator");
    QVERIFY2(users.add(&admin), qPrintable(users.errorString()));
    ExportDialog dialog(&db);
    dialog.setKind(Reports::ExportKind::Report);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    auto *full = dialog.findChild<QCheckBox *>(QStringLiteral("exportFullNumbers"));
    QVERIFY(full->isVisible());
    QVERIFY(!full->isEnabled());
    QVERIFY(!full->isChecked());
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
