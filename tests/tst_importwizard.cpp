// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard as staff use it: choose a file, check the preview, confirm the mapping,
// watch it import, read the summary.
#include "audience/segmentindex.h"
#include "import/importwizard.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

// Set TRIBUNE_TEST_SCREENSHOTS=DIR to keep pictures of the pages (for looking at them).
static void snapshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("TRIBUNE_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

class tst_ImportWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void walkThrough();
};

void tst_ImportWizard::walkThrough()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const QString path = testDb.folder() + QStringLiteral("/loue.csv");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Windows-1252, tab-separated, with a header.
        file.write("Pr\xE9nom\tT\xE9l\xE9phone\tCommune\tConfession\n"
                   "H\xE9l\xE8ne\t06 12 34 56 78\tS\xE9lestat\tx\n"
                   "Jean\t03 88 00 00 00\tMetz\ty\n"
                   "Luc\t+33 7 81 23 45 67\tColmar\tz\n");
    }
    ImportWizard wizard(&db);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFilePath(path);
    QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("importAudience"))->currentText(),
             QStringLiteral("loue"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    auto *encoding = wizard.findChild<QComboBox *>(QStringLiteral("importEncoding"));
    QVERIFY(encoding->currentText().startsWith(QLatin1String("Windows-1252")));
    QCOMPARE(
        wizard.findChild<QComboBox *>(QStringLiteral("importDelimiter"))->currentData().toInt(),
        int('\t'));
    auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("Hélène")); // accents read right
    QCOMPARE(preview->horizontalHeaderItem(1)->text(), QStringLiteral("Téléphone"));
    snapshot(&wizard, "import-preview");

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    auto *mapping = wizard.findChild<QTableWidget *>(QStringLiteral("importMappingTable"));
    QCOMPARE(mapping->rowCount(), 4);
    auto *phoneCombo = qobject_cast<QComboBox *>(mapping->cellWidget(1, 2));
    QCOMPARE(phoneCombo->currentData().toInt(), int(ColumnMapping::Field::Phone));
    // Ignore the "Confession" column: it has no business in a campaign file.
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("importSensitiveNote"))
                ->text()
                .contains(QLatin1String("Confession")));
    QVERIFY(mapping->item(3, 0)->toolTip().contains(QLatin1String("art. 9")));
    auto *confession = qobject_cast<QComboBox *>(mapping->cellWidget(3, 2));
    confession->setCurrentIndex(confession->findData(int(ColumnMapping::Field::Ignore)));
    snapshot(&wizard, "import-mapping");

    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QCOMPARE(wizard.result().imported, 2);
    QCOMPARE(wizard.result().fixedLine, 1);
    // The segment counts were prepared with the import: the builder opens instantly.
    QVERIFY(SegmentIndex(&db).isCurrent(wizard.result().audienceId));
    auto *summary = wizard.findChild<QLabel *>(QStringLiteral("importSummary"));
    QVERIFY2(summary->text().contains(QLatin1String("<b>2</b> new contacts")),
             qPrintable(summary->text()));
    QVERIFY(
        wizard.findChild<QAbstractButton *>(QStringLiteral("exportRejectsButton"))->isEnabled());
    snapshot(&wizard, "import-summary");

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(
                QStringLiteral("SELECT COUNT(*) FROM audience_columns WHERE name = 'confession'"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT commune FROM contacts ORDER BY source_row"))
            && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Sélestat"));
}

QTEST_MAIN(tst_ImportWizard)
#include "tst_importwizard.moc"
