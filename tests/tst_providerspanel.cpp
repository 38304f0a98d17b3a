// SPDX-License-Identifier: GPL-3.0-or-later
// The providers in Settings as staff use them: add one with its secret (which must reach the
// keychain and never the database), see it listed, make it the active one, test it, remove it.
// Runs in a private D-Bus session with GNOME Keyring (tests/support/keyring-session.sh).
#include "providers/providerspanel.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

static void snapshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("TRIBUNE_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

class tst_ProvidersPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addActivateTestRemove();
};

void tst_ProvidersPanel::addActivateTestRemove()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));

    ProvidersPanel panel(&db);
    panel.resize(900, 320);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy finished(&panel, &ProvidersPanel::finished);
    QSignalSpy changed(&panel, &ProvidersPanel::providersChanged);
    panel.reload();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(panel.table()->rowCount(), 0);

    const QString secret = QStringLiteral("s3cr3t-kannel-Pässwörd");
    Sending::ProviderStore::Entry kannel;
    kannel.name = QStringLiteral("Passerelle locale");
    kannel.kind = QStringLiteral("kannel");
    kannel.endpoint = QUrl(QStringLiteral("http://127.0.0.1:13013"));
    kannel.senderId = QStringLiteral("CMartin2027");
    kannel.ratePerSecond = 50;
    kannel.account = QStringLiteral("tribune");
    panel.save(kannel, secret);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QVERIFY2(changed.size() == 1, qPrintable(panel.statusText()));
    QCOMPARE(panel.table()->rowCount(), 1);
    QCOMPARE(panel.table()->item(0, 0)->text(), kannel.name);
    QCOMPARE(panel.table()->item(0, 5)->text(), ProvidersPanel::tr("in the keychain"));

    // HTTPS is required away from this computer: refused, with the reason shown.
    Sending::ProviderStore::Entry remote = kannel;
    remote.name = QStringLiteral("Distante");
    remote.endpoint = QUrl(QStringLiteral("http://sms.example.org/cgi-bin/sendsms"));
    panel.save(remote, secret);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 20000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(panel.table()->rowCount(), 1);
    QVERIFY2(panel.statusText().contains(QLatin1String("HTTPS")), qPrintable(panel.statusText()));

    Sending::ProviderStore::Entry sandbox;
    sandbox.name = QStringLiteral("Bac à sable");
    sandbox.kind = QStringLiteral("sandbox");
    sandbox.senderId = QStringLiteral("Essai");
    panel.save(sandbox, QString());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 20000);
    QCOMPARE(panel.table()->rowCount(), 2);

    // Make the sandbox the active provider, then test it (offline, always answers).
    const int sandboxRow = panel.table()->item(0, 0)->text() == sandbox.name ? 0 : 1;
    panel.table()->setCurrentCell(sandboxRow, 0);
    panel.activateSelected();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 20000);
    QCOMPARE(panel.table()->item(sandboxRow, 6)->text(), ProvidersPanel::tr("yes"));
    panel.table()->setCurrentCell(sandboxRow, 0);
    panel.testSelected();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 6, 40000);
    QVERIFY2(panel.statusText().startsWith(ProvidersPanel::tr("Connection works: %1").left(10)),
             qPrintable(panel.statusText()));
    snapshot(&panel, "providers");

    // The secret is in no file of the database.
    db.closeThreadConnection();
    const QDir folder(testDb.folder());
    for (const QString &name : folder.entryList(QDir::Files)) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(name));
    }

    // Remove the Kannel provider (nothing refers to it).
    const int kannelRow = 1 - sandboxRow;
    panel.table()->setCurrentCell(kannelRow, 0);
    panel.removeSelected();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 7, 20000);
    QCOMPARE(panel.table()->rowCount(), 1);
    QCOMPARE(panel.table()->item(0, 0)->text(), sandbox.name);
}

QTEST_MAIN(tst_ProvidersPanel)
#include "tst_providerspanel.moc"
