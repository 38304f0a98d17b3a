// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log in Settings: the newest entries first, with who did what to which object, and
// Export… through the file dialog writes the whole log as CSV and records the export.
#include "settings/auditlogpanel.h"
#include "storage/auditlog.h"
#include "storage/auditlogmodel.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

class tst_AuditLogPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void newestFirstAndExport();
};

void tst_AuditLogPanel::newestFirstAndExport()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(AuditLog::append(&db, QStringLiteral("chloe"), QStringLiteral("user.add"),
                             QStringLiteral("user"), 1, {{QStringLiteral("login"), "chloe"}}));
    QVERIFY(AuditLog::append(&db, QStringLiteral("alice"), QStringLiteral("campaign.create"),
                             QStringLiteral("campaign"), 7, {{QStringLiteral("name"), "Relance"}}));
    QVERIFY(AuditLog::append(&db, QStringLiteral("bruno"), QStringLiteral("campaign.state"),
                             QStringLiteral("campaign"), 7, {{QStringLiteral("to"), "approved"}}));
    const int total = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    QVERIFY(total >= 3);

    AuditLogPanel panel(&db);
    QAbstractItemModelTester tester(panel.model());
    panel.resize(900, 400);
    panel.show();
    panel.reload();
    QAbstractItemModel *model = panel.view()->model();
    QTRY_COMPARE(model->rowCount(), total);
    const auto cell = [model](int row, int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, AuditLogModel::ActorColumn), QStringLiteral("bruno"));
    QCOMPARE(cell(0, AuditLogModel::ActionColumn), QStringLiteral("campaign.state"));
    QCOMPARE(cell(0, AuditLogModel::ObjectColumn), QStringLiteral("campaign #7"));
    QCOMPARE(cell(0, AuditLogModel::DetailsColumn), QStringLiteral("{\"to\":\"approved\"}"));
    QCOMPARE(cell(1, AuditLogModel::ActorColumn), QStringLiteral("alice"));
    QCOMPARE(cell(2, AuditLogModel::ActorColumn), QStringLiteral("chloe"));
    QVERIFY(!cell(0, AuditLogModel::TimeColumn).isEmpty());
    QCOMPARE(model->headerData(AuditLogModel::ActorColumn, Qt::Horizontal).toString(),
             QStringLiteral("Who"));

    // Export… asks for a file, then writes every entry and records the export.
    const QString path = testDb.folder() + QStringLiteral("/journal.csv");
    bool answered = false;
    QTimer::singleShot(0, this, [&]() {
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QCOMPARE(dialog->objectName(), QStringLiteral("auditLogExportDialog"));
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), as Save does
        answered = true;
    });
    auto *exportButton = panel.findChild<QPushButton *>(QStringLiteral("auditLogExportButton"));
    QVERIFY(exportButton);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(answered);
    QTRY_VERIFY2(panel.exportStatus()->text().contains(QLatin1String("saved")),
                 qPrintable(panel.exportStatus()->text()));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), total + 1);
    QVERIFY2(lines.last().contains(",bruno,campaign.state,campaign,7,"), lines.last());
    QTRY_COMPARE(model->rowCount(), total + 1);
    QCOMPARE(cell(0, AuditLogModel::ActionColumn), QStringLiteral("audit.export"));
    QCOMPARE(cell(0, AuditLogModel::ActorColumn), db.actor());
    QTRY_VERIFY(!panel.isBusy());
}

QTEST_MAIN(tst_AuditLogPanel)
#include "tst_auditlogpanel.moc"
