// SPDX-License-Identifier: GPL-3.0-or-later
// The segment builder as staff use it on the Audiences page: filters with every operator, AND
// and OR, a live count that matches the recipients a campaign would really get; and the
// administrator's review of a column the GDPR art. 9 guard blocks.
#include "audience/audienceimporter.h"
#include "audience/columnreviewpanel.h"
#include "audience/segmentbuilder.h"
#include "audience/sensitivecolumns.h"
#include "campaign/recipientquery.h"
#include "demo/demodataloader.h"
#include "pages/audiencespage.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

// Set TRIBUNE_TEST_SCREENSHOTS=DIR to keep pictures of the pages (for looking at them).
static void snapshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("TRIBUNE_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

class tst_SegmentBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsMatchRecipients();
    void columnReview();

private:
    static bool waitForCount(SegmentBuilder *builder)
    {
        return QTest::qWaitFor([builder]() { return !builder->isCounting(); }, 20000);
    }
    static qint64 recipients(Database *db, qint64 audienceId, const Segment &segment)
    {
        // No consent answers yet in the demo data: every sendable contact may get a consent
        // request.
        return RecipientQuery(db, audienceId, segment, Consent::Purpose::ConsentRequest).count();
    }
};

void tst_SegmentBuilder::countsMatchRecipients()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 3000;
    QVERIFY(DemoDataLoader(&db).load(options).ok);

    AudiencesPage page(&db);
    page.resize(1180, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.tabs()->setCurrentIndex(2);
    SegmentBuilder *builder = page.segmentBuilder();
    const qint64 audienceId = builder->audienceId();
    QVERIFY(audienceId > 0);
    QVERIFY(waitForCount(builder));
    QVERIFY2(builder->errorText().isEmpty(), qPrintable(builder->errorText()));
    // Everyone sendable: the demo's opposition numbers were never stored.
    QCOMPARE(builder->count(), recipients(&db, audienceId, Segment()));
    QCOMPARE(builder->sendable(), builder->count());

    // Columns and their values arrive after the first count.
    QVERIFY(QTest::qWaitFor(
        [builder]() {
            builder->addFilter(QStringLiteral("departement"));
            const bool known = builder->columnCombo(0)->findData(QStringLiteral("departement")) > 0
                && builder->columnCombo(0)->count() > 3;
            builder->removeFilter(0);
            return known;
        },
        10000));

    const int row = builder->addFilter(QStringLiteral("departement"));
    builder->valuesEdit(row)->setText(QStringLiteral("67"));
    QVERIFY(waitForCount(builder));
    const qint64 in67 = builder->count();
    QVERIFY(in67 > 0 && in67 < builder->sendable());
    QCOMPARE(in67, recipients(&db, audienceId, builder->segment()));

    // Exclude list: everyone but 67.
    builder->operatorCombo(row)->setCurrentIndex(
        builder->operatorCombo(row)->findData(int(Segment::Operator::NotIn)));
    QVERIFY(waitForCount(builder));
    QCOMPARE(builder->count(), builder->sendable() - in67);
    QCOMPARE(builder->count(), recipients(&db, audienceId, builder->segment()));

    // Postal code prefix, AND then OR with an age bracket.
    builder->operatorCombo(row)->setCurrentIndex(0);
    const int second = builder->addFilter(QStringLiteral("tranche_age"));
    builder->valuesEdit(second)->setText(QStringLiteral("25-34, 65+"));
    builder->columnCombo(row)->setCurrentIndex(
        builder->columnCombo(row)->findData(QStringLiteral("code_postal")));
    builder->operatorCombo(row)->setCurrentIndex(
        builder->operatorCombo(row)->findData(int(Segment::Operator::Prefix)));
    builder->valuesEdit(row)->setText(QStringLiteral("670"));
    QVERIFY(waitForCount(builder));
    const qint64 both = builder->count();
    QCOMPARE(both, recipients(&db, audienceId, builder->segment()));
    QCOMPARE(builder->segment().filters.size(), 2);
    snapshot(&page, "segment-all");
    builder->matchCombo()->setCurrentIndex(1);
    QVERIFY(waitForCount(builder));
    QCOMPARE(builder->segment().match, Segment::Match::Any);
    QVERIFY(builder->count() > both);
    QCOMPARE(builder->count(), recipients(&db, audienceId, builder->segment()));
    snapshot(&page, "segment-any");

    // A segment set from a campaign comes back in the editors.
    const Segment built = builder->segment();
    builder->setSegment(Segment());
    QCOMPARE(builder->filterCount(), 0);
    builder->setSegment(built);
    QCOMPARE(builder->segment(), built);

    // "Write a campaign to this segment" hands the audience and the segment over.
    QSignalSpy requested(&page, &AudiencesPage::campaignRequested);
    page.findChild<QPushButton *>(QStringLiteral("segmentCampaignButton"))->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toLongLong(), audienceId);
    QCOMPARE(requested.at(0).at(1).value<Segment>(), built);
}

void tst_SegmentBuilder::columnReview()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const QString path = testDb.folder() + QStringLiteral("/fichier.csv");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("telephone;prenom;confession;fidelite\n"
                   "0612345678;Anne;catholique;or\n"
                   "0612345679;Marc;aucune;argent\n"
                   "0781234567;Lina;musulmane;or\n");
    }
    AudienceImporter::Options options;
    options.filePath = path;
    options.audienceName = QStringLiteral("Fichier");
    const AudienceImporter::Result imported = AudienceImporter(&db).run(options);
    QVERIFY2(imported.ok, qPrintable(imported.errorString));
    QCOMPARE(imported.imported, 3);

    AudiencesPage page(&db);
    page.resize(1180, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.tabs()->setCurrentIndex(3);
    ColumnReviewPanel *panel = page.columnReview();
    QTableWidget *table = panel->table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("confession"));
    QCOMPARE(table->item(0, 3)->text(), ColumnReviewPanel::tr("Blocked"));
    QCOMPARE(table->item(1, 3)->text(), ColumnReviewPanel::tr("Allowed"));
    table->setCurrentCell(0, 0);
    QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("allowColumnButton"))->isEnabled());
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("blockColumnButton"))->isEnabled());
    snapshot(&page, "columns-blocked");

    // The builder refuses the blocked column and says why.
    page.tabs()->setCurrentIndex(2);
    SegmentBuilder *builder = page.segmentBuilder();
    const int row = builder->addFilter(QStringLiteral("confession"));
    builder->valuesEdit(row)->setText(QStringLiteral("catholique"));
    QVERIFY(waitForCount(builder));
    QVERIFY(builder->errorText().contains(QLatin1String("GDPR")));

    // The administrator (single-user installation: the local user) allows it, with a reason.
    QVERIFY(!SensitiveColumns::review(&db, builder->audienceId(), QStringLiteral("confession"),
                                      false, QStringLiteral("  "), Database::localActor(), &error));
    QVERIFY(panel->review(QStringLiteral("confession"), false,
                          QStringLiteral("Holds the broker's catalogue codes, checked.")));
    QCOMPARE(table->item(0, 3)->text(), ColumnReviewPanel::tr("Allowed"));
    QVERIFY(table->item(0, 4)->text() != ColumnReviewPanel::tr("not reviewed"));
    QSqlQuery audit(db.connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT actor, details FROM audit_log "
                                      "WHERE action = 'audience.column_review'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), Database::localActor());
    QVERIFY(audit.value(1).toString().contains(QLatin1String("catalogue codes")));
    builder->valuesEdit(row)->setText(QStringLiteral("catholique,aucune"));
    QVERIFY(waitForCount(builder));
    QVERIFY2(builder->errorText().isEmpty(), qPrintable(builder->errorText()));
    QCOMPARE(builder->count(), 2);

    // Blocking it again is recorded too.
    QVERIFY(panel->review(QStringLiteral("confession"), true, QStringLiteral("Second thoughts.")));
    QCOMPARE(table->item(0, 3)->text(), ColumnReviewPanel::tr("Blocked"));
    QVERIFY(!SensitiveColumns::refusalFor(&db, builder->audienceId(), QStringLiteral("confession"))
                 .isEmpty());

    // With user accounts, only an administrator may decide.
    QSqlQuery users(db.connection());
    QVERIFY(users.exec(QStringLiteral("INSERT INTO users (login, display_name, role, created_at) "
                                      "VALUES ('redac', 'Rédaction', 'composer', 0)")));
    QVERIFY(!SensitiveColumns::review(&db, builder->audienceId(), QStringLiteral("confession"),
                                      false, QStringLiteral("ok"), QStringLiteral("redac"),
                                      &error));
    QVERIFY(error.contains(QLatin1String("administrator")));
}

QTEST_MAIN(tst_SegmentBuilder)
#include "tst_segmentbuilder.moc"
