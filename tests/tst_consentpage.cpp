// SPDX-License-Identifier: GPL-3.0-or-later
// The Consent page as campaign staff use it: the funnel of an audience with its figures, the
// ambiguous replies decided from the review queue (and what that does to the ledger), the
// suppression list (search, a number added by hand, a bad number refused), the history of a
// number, and the administrator's proof of consent and rules.
#include "consent/consentgate.h"
#include "consent/consentledger.h"
#include "consent/consentrulespanel.h"
#include "consent/funnelpanel.h"
#include "consent/historypanel.h"
#include "consent/reviewqueue.h"
#include "consent/reviewqueuepanel.h"
#include "consent/suppressionlist.h"
#include "consent/suppressionlistmodel.h"
#include "consent/suppressionpanel.h"
#include "demo/democonsentrequest.h"
#include "demo/demodataloader.h"
#include "pages/consentpage.h"
#include "storage/database.h"
#include "support/modaldialogs.h"
#include "support/testdatabase.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using Consent::Ledger;

// Set TRIBUNE_TEST_SCREENSHOTS=DIR to keep pictures of the page (for looking at them).
static void snapshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("TRIBUNE_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

class tst_ConsentPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void funnelReviewSuppressionHistory();
    void ownProofAndRules();

private:
    // Demo data with 60 contacts; the demo consent request reached the first 20, and six of
    // them answered: two yes, a no, a STOP, and two replies a person must read.
    static bool prepare(Database *db, QStringList *asked);
    static bool waitIdle(ConsentPage *page)
    {
        return QTest::qWaitFor([page]() { return !page->isBusy(); }, 20000);
    }
    static QVariant scalar(Database *db, const QString &sql)
    {
        QSqlQuery query(db->connection());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
    // "+33639980012" as people type it: "06 39 98 00 12".
    static QString national(const QString &e164)
    {
        const QString digits = QLatin1Char('0') + e164.mid(3);
        return QStringLiteral("%1 %2 %3 %4 %5")
            .arg(digits.mid(0, 2), digits.mid(2, 2), digits.mid(4, 2), digits.mid(6, 2),
                 digits.mid(8, 2));
    }
};

void tst_ConsentPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

bool tst_ConsentPage::prepare(Database *db, QStringList *asked)
{
    QString error;
    if (!db->openAndMigrate(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    DemoDataLoader::Options options;
    options.contacts = 60;
    if (!DemoDataLoader(db).load(options).ok)
        return false;
    const DemoConsentRequest::Result sent =
        DemoConsentRequest::run(db, 20,
                                {{0, QStringLiteral("Oui")},
                                 {1, QStringLiteral("oui bien sûr")},
                                 {2, QStringLiteral("NON")},
                                 {3, QStringLiteral("STOP")},
                                 {4, QStringLiteral("Oui mais qui êtes-vous ?")},
                                 {5, QStringLiteral("Où avez-vous eu mon numéro ?")}});
    if (!sent.ok)
        qWarning("%s", qPrintable(sent.errorString));
    *asked = sent.asked;
    return sent.ok && asked->size() == 20;
}

void tst_ConsentPage::funnelReviewSuppressionHistory()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QStringList asked;
    QVERIFY(prepare(&db, &asked));

    ConsentPage page(&db);
    page.resize(1180, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.refresh();
    QVERIFY(waitIdle(&page));
    snapshot(&page, "consent-funnel");

    // The funnel of the demo audience, as text.
    FunnelPanel *funnel = page.funnel();
    QVERIFY(funnel->audienceId() > 0);
    QCOMPARE(funnel->figureText(FunnelPanel::ContactsStage), QStringLiteral("60"));
    QCOMPARE(funnel->figureText(FunnelPanel::NeverAskedStage), QStringLiteral("40"));
    QCOMPARE(funnel->figureText(FunnelPanel::RequestedStage), QStringLiteral("20"));
    QCOMPARE(funnel->figureText(FunnelPanel::AwaitingStage), QStringLiteral("16"));
    QCOMPARE(funnel->figureText(FunnelPanel::GrantedStage), QStringLiteral("2"));
    QCOMPARE(funnel->figureText(FunnelPanel::RefusedStage), QStringLiteral("1"));
    QCOMPARE(funnel->figureText(FunnelPanel::OptedOutStage), QStringLiteral("1"));
    QCOMPARE(funnel->figureText(FunnelPanel::ExpiredStage), QStringLiteral("0"));
    QCOMPARE(funnel->figureText(FunnelPanel::SuppressedStage), QStringLiteral("1"));
    auto *share = funnel->findChild<QLabel *>(QStringLiteral("funnelGrantedShare"));
    QCOMPARE(share->text(), QStringLiteral("10 % of those asked"));
    auto *gate = funnel->findChild<QLabel *>(QStringLiteral("consentGateStatus"));
    QVERIFY2(gate->text().startsWith(QLatin1String("Rented file")), qPrintable(gate->text()));
    // The chart: one bar per stage of the flow, the "agreed" bar as long as its figure.
    QChart *chart = funnel->chartView()->chart();
    QCOMPARE(chart->series().size(), 1);
    const auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
    QVERIFY(bars);
    double agreed = -1;
    for (QBarSet *set : bars->barSets()) {
        if (set->label() == QLatin1String("Agreed"))
            agreed = set->sum();
    }
    QCOMPARE(agreed, 2.0);
    QVERIFY(funnel->chartView()->accessibleDescription().contains(QLatin1String("Agreed: 2")));

    // The review queue: the two replies nobody can read for certain, with a count on the tab.
    ReviewQueuePanel *review = page.reviewQueue();
    QCOMPARE(page.tabs()->tabText(ConsentPage::ReviewTab).remove(QLatin1Char('&')),
             QStringLiteral("Replies to review (2)"));
    page.tabs()->setCurrentIndex(ConsentPage::ReviewTab);
    QTableWidget *queue = review->table();
    QCOMPARE(queue->rowCount(), 2);
    QCOMPARE(queue->item(0, 1)->text(), QStringLiteral("Oui mais qui êtes-vous ?"));
    QVERIFY(queue->item(0, 2)->text().startsWith(QLatin1String("Bonjour")));
    QCOMPARE(queue->item(0, 4)->text(), QStringLiteral("awaiting an answer"));
    snapshot(&page, "consent-review");

    // One click: yes. The ledger records the person who decided, with the reply.
    queue->selectRow(0);
    QTest::mouseClick(review->button(ReviewQueuePanel::Decision::Yes), Qt::LeftButton);
    QCOMPARE(queue->rowCount(), 1); // at once, before the write ends
    QVERIFY(waitIdle(&page));
    Ledger ledger(&db);
    QCOMPARE(ledger.state(asked.at(4)), QStringLiteral("granted"));
    const Ledger::Record decision = ledger.history(asked.at(4)).constLast();
    QCOMPARE(decision.event, Ledger::Event::Override);
    QCOMPARE(decision.actor, Database::localActor());
    QCOMPARE(decision.textReceived, QStringLiteral("Oui mais qui êtes-vous ?"));
    QCOMPARE(funnel->figureText(FunnelPanel::GrantedStage), QStringLiteral("3"));
    QCOMPARE(funnel->figureText(FunnelPanel::AwaitingStage), QStringLiteral("15"));
    QCOMPARE(page.tabs()->tabText(ConsentPage::ReviewTab).remove(QLatin1Char('&')),
             QStringLiteral("Replies to review (1)"));

    // STOP is final, so it asks first: cancelled, nothing changes.
    QCOMPARE(queue->rowCount(), 1);
    QVERIFY(queue->item(0, 0)->isSelected());
    QPointer<QTimer> dialog =
        ModalDialogs::answer(QStringLiteral("confirmStopDialog"), QStringLiteral("Cancel"));
    QTest::keyClick(page.windowHandle(), Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(!dialog);
    QVERIFY(waitIdle(&page));
    QCOMPARE(ledger.state(asked.at(5)), QStringLiteral("requested"));
    QCOMPARE(Consent::ReviewQueue(&db).pendingCount(), 1);
    // ...confirmed from the keyboard, the number is suppressed for good. (The offscreen
    // platform does not give the window back its activation when a dialog closes.)
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    dialog = ModalDialogs::answer(QStringLiteral("confirmStopDialog"),
                                  QStringLiteral("Record the STOP"));
    QTest::keyClick(page.windowHandle(), Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(!dialog);
    QVERIFY(waitIdle(&page));
    QCOMPARE(ledger.state(asked.at(5)), QStringLiteral("opted_out"));
    QVERIFY(Consent::SuppressionList(&db).contains(asked.at(5)));
    QCOMPARE(Consent::ReviewQueue(&db).pendingCount(), 0);
    QCOMPARE(review->pendingCount(), 0);
    QVERIFY(review->findChild<QLabel *>(QStringLiteral("reviewQueueEmpty"))->isVisible());
    QCOMPARE(page.tabs()->tabText(ConsentPage::ReviewTab).remove(QLatin1Char('&')),
             QStringLiteral("Replies to review"));
    QCOMPARE(funnel->figureText(FunnelPanel::OptedOutStage), QStringLiteral("2"));

    // The suppression list: a number added by hand, typed as people write it.
    page.tabs()->setCurrentIndex(ConsentPage::SuppressionTab);
    SuppressionPanel *suppressions = page.suppressions();
    const QString added = scalar(&db,
                                 QStringLiteral("SELECT phone FROM contacts ORDER BY id "
                                                "LIMIT 1 OFFSET 40"))
                              .toString();
    QVERIFY(!asked.contains(added));
    QTest::keyClicks(suppressions->numberEdit(), national(added));
    QTest::keyClicks(suppressions->noteEdit(), QStringLiteral("asked at the market"));
    dialog = ModalDialogs::answer(QStringLiteral("confirmSuppressionDialog"),
                                  QStringLiteral("Add to the list"));
    QTest::mouseClick(
        suppressions->findChild<QPushButton *>(QStringLiteral("suppressionAddButton")),
        Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QVERIFY(waitIdle(&page));
    QVERIFY2(suppressions->addStatus()->text().contains(QLatin1String("is on the suppression")),
             qPrintable(suppressions->addStatus()->text()));
    const std::optional<Consent::SuppressionList::Entry> entry =
        Consent::SuppressionList(&db).find(added);
    QVERIFY(entry);
    QCOMPARE(entry->reason, QStringLiteral("manual"));
    QCOMPARE(entry->note, QStringLiteral("asked at the market"));
    QVERIFY(suppressions->numberEdit()->text().isEmpty());
    // The funnel follows: one more suppressed, one fewer never asked.
    QCOMPARE(funnel->figureText(FunnelPanel::SuppressedStage), QStringLiteral("3"));
    QCOMPARE(funnel->figureText(FunnelPanel::NeverAskedStage), QStringLiteral("39"));
    QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("consentSummary"))
                    ->text()
                    .startsWith(QLatin1String("53 number")));
    // Found by the start of its number, written the national way.
    QTest::keyClicks(suppressions->searchEdit(), national(added).left(11));
    QTRY_COMPARE(suppressions->model()->prefix(), national(added).left(11));
    QTableView *list = suppressions->view();
    QVERIFY(list->model()->rowCount() >= 1);
    QVERIFY(list->model()->rowCount() < 50);
    bool found = false;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QString phone =
            list->model()->index(row, 0).data(SuppressionListModel::PhoneRole).toString();
        QVERIFY(phone.startsWith(added.left(9)));
        found = found || phone == added;
    }
    QVERIFY(found);
    snapshot(&page, "consent-suppression");
    // A number that is not one is refused, and the message names it.
    suppressions->addNumber(QStringLiteral("06 12 ab"), QString());
    QVERIFY(waitIdle(&page));
    QVERIFY2(suppressions->addStatus()->text().contains(QLatin1String("\"06 12 ab\"")),
             qPrintable(suppressions->addStatus()->text()));
    QCOMPARE(scalar(&db, QStringLiteral("SELECT COUNT(*) FROM suppressions")).toInt(), 53);

    // The history of the number decided in the queue: requested, then the person's decision.
    page.showHistory(asked.at(4));
    QCOMPARE(page.tabs()->currentIndex(), int(ConsentPage::HistoryTab));
    QVERIFY(waitIdle(&page));
    HistoryPanel *history = page.history();
    QCOMPARE(history->phone(), asked.at(4));
    QTableWidget *events = history->table();
    QCOMPARE(events->rowCount(), 2);
    QCOMPARE(events->item(0, HistoryPanel::EventColumn)->text(),
             QStringLiteral("Consent requested"));
    QVERIFY(
        events->item(0, HistoryPanel::SentColumn)->text().contains(QLatin1String("OUI ou NON")));
    QCOMPARE(events->item(1, HistoryPanel::EventColumn)->text(),
             QStringLiteral("Decided by a person: agreed"));
    QCOMPARE(events->item(1, HistoryPanel::ReceivedColumn)->text(),
             QStringLiteral("Oui mais qui êtes-vous ?"));
    QCOMPARE(events->item(1, HistoryPanel::ActorColumn)->text(), Database::localActor());
    QVERIFY2(history->summary()->text().contains(QLatin1String("consent now: agreed")),
             qPrintable(history->summary()->text()));
    snapshot(&page, "consent-history");
    // Typed by hand: the STOP of the queue, and the suppression.
    history->numberEdit()->clear();
    QTest::keyClicks(history->numberEdit(), national(asked.at(5)));
    QTest::keyClick(history->numberEdit(), Qt::Key_Return);
    QTRY_COMPARE(history->phone(), asked.at(5));
    QVERIFY(waitIdle(&page));
    QCOMPARE(events->rowCount(), 2);
    QCOMPARE(events->item(1, HistoryPanel::EventColumn)->text(),
             QStringLiteral("STOP (opted out)"));
    QVERIFY2(history->summary()->text().contains(QLatin1String("On the suppression list since")),
             qPrintable(history->summary()->text()));

    // A reply arrives while the page is shown: the queue and the figures follow.
    QVERIFY(DemoConsentRequest::reply(&db, asked.at(6), QStringLiteral("bof, pourquoi pas")));
    QVERIFY(DemoConsentRequest::reply(&db, asked.at(7), QStringLiteral("ok merci")));
    page.repliesArrived();
    QVERIFY(waitIdle(&page));
    QCOMPARE(review->pendingCount(), 1);
    QCOMPARE(queue->rowCount(), 1);
    QCOMPARE(queue->item(0, 1)->text(), QStringLiteral("bof, pourquoi pas"));
    QCOMPARE(page.tabs()->tabText(ConsentPage::ReviewTab).remove(QLatin1Char('&')),
             QStringLiteral("Replies to review (1)"));
    QCOMPARE(funnel->figureText(FunnelPanel::GrantedStage), QStringLiteral("4"));
}

void tst_ConsentPage::ownProofAndRules()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QStringList asked;
    QVERIFY(prepare(&db, &asked));

    ConsentPage page(&db);
    page.resize(1180, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    QVERIFY(waitIdle(&page));
    FunnelPanel *funnel = page.funnel();
    const qint64 audienceId = funnel->audienceId();
    auto *proofButton = funnel->findChild<QPushButton *>(QStringLiteral("recordOwnProofButton"));
    auto *removeButton = funnel->findChild<QPushButton *>(QStringLiteral("removeOwnProofButton"));
    auto *gate = funnel->findChild<QLabel *>(QStringLiteral("consentGateStatus"));
    ConsentRulesPanel *rules = page.rules();

    // A database without user accounts: its one user administers it.
    QVERIFY(page.isAdministrator());
    QVERIFY(proofButton->isEnabled());
    QVERIFY(!removeButton->isVisible());
    funnel->setOwnProof(QStringLiteral("Formulaire d'adhésion signé, registre 2026"));
    QVERIFY(waitIdle(&page));
    QVERIFY(!Consent::Gate::isGated(&db, audienceId));
    QVERIFY(!funnel->isGated());
    QVERIFY2(gate->text().contains(QStringLiteral("Formulaire d'adhésion signé")),
             qPrintable(gate->text()));
    QVERIFY(removeButton->isVisible() && removeButton->isEnabled());
    funnel->setOwnProof(QString());
    QVERIFY(waitIdle(&page));
    QVERIFY(Consent::Gate::isGated(&db, audienceId));
    QVERIFY(gate->text().startsWith(QLatin1String("Rented file")));
    QCOMPARE(scalar(&db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE "
                                   "'consent.%' AND actor = '%1'")
                        .arg(Database::localActor()))
                 .toInt(),
             2);

    // With user accounts, someone who is not an administrator cannot change either.
    QSqlQuery query(db.connection());
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO users (login, display_name, role, created_at) "
                                  "VALUES ('chef', 'Cheffe de campagne', 'administrator', 0)")));
    page.refresh();
    QVERIFY(waitIdle(&page));
    QVERIFY(!page.isAdministrator());
    QVERIFY(!proofButton->isEnabled());
    QVERIFY(!rules->gateCheck()->isEnabled());
    QVERIFY(!rules->expiryDays()->isEnabled());
    QPointer<QTimer> dialog =
        ModalDialogs::answer(QStringLiteral("ownProofError"), QStringLiteral("OK"));
    funnel->setOwnProof(QStringLiteral("Tentative"));
    QTRY_VERIFY(!dialog);
    QVERIFY(waitIdle(&page));
    QVERIFY(Consent::Gate::isGated(&db, audienceId));
    QVERIFY(gate->text().startsWith(QLatin1String("Rented file")));

    // An administrator turns the gate off (after a warning) and shortens the expiry.
    query.prepare(QStringLiteral("INSERT INTO users (login, display_name, role, created_at) "
                                 "VALUES (?, 'Admin', 'administrator', 0)"));
    query.addBindValue(Database::localActor());
    QVERIFY(query.exec());
    page.refresh();
    QVERIFY(waitIdle(&page));
    QVERIFY(page.isAdministrator());
    QVERIFY(rules->gateCheck()->isEnabled());
    QVERIFY(rules->gateCheck()->isChecked());
    auto *save = rules->findChild<QPushButton *>(QStringLiteral("saveConsentRulesButton"));
    QVERIFY(!save->isEnabled());
    rules->gateCheck()->setChecked(false);
    rules->expiryDays()->setValue(3);
    QVERIFY(save->isEnabled());
    dialog = ModalDialogs::answer(QStringLiteral("gateOffDialog"), QStringLiteral("Turn it off"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QVERIFY(waitIdle(&page));
    const Consent::Settings settings = Consent::Settings::load(&db);
    QVERIFY(!settings.gate);
    QCOMPARE(settings.expiryDays, 3);
    QVERIFY(!Consent::Gate::isGated(&db, audienceId));
    QVERIFY2(gate->text().startsWith(QLatin1String("The consent gate is off")),
             qPrintable(gate->text()));

    // A number suppressed elsewhere (another Tribune of the team) shows at the next visit.
    QTableView *list = page.suppressions()->view();
    QCOMPARE(list->model()->rowCount(), 51);
    const QString other = scalar(&db,
                                 QStringLiteral("SELECT phone FROM contacts ORDER BY id "
                                                "LIMIT 1 OFFSET 50"))
                              .toString();
    QVERIFY(Consent::SuppressionList(&db).add(other, QStringLiteral("colleague")));
    page.refresh();
    QVERIFY(waitIdle(&page));
    QCOMPARE(list->model()->rowCount(), 52);
    QCOMPARE(funnel->figureText(FunnelPanel::SuppressedStage), QStringLiteral("2"));

    // An opposition list imported from a file: the numbers it holds, a summary naming the
    // row that is not a number; then the whole list exported.
    const QString file = testDb.folder() + QStringLiteral("/opposition.csv");
    {
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("telephone;nom\n");
        QSqlQuery contacts(db.connection());
        QVERIFY(contacts.exec(
            QStringLiteral("SELECT phone FROM contacts ORDER BY id LIMIT 3 OFFSET 52")));
        while (contacts.next())
            csv.write((national(contacts.value(0).toString()) + QStringLiteral(";X\n")).toUtf8());
        csv.write("pas un numéro;Y\n");
    }
    QPointer<QTimer> summary =
        ModalDialogs::answer(QStringLiteral("suppressionImportSummary"), QStringLiteral("OK"));
    page.suppressions()->importFile(file);
    QTRY_VERIFY(!summary);
    QVERIFY(waitIdle(&page));
    QCOMPARE(scalar(&db, QStringLiteral("SELECT COUNT(*) FROM suppressions")).toInt(), 55);
    QCOMPARE(list->model()->rowCount(), 55);
    auto *status = page.suppressions()->findChild<QLabel *>(QStringLiteral("suppressionStatus"));
    QVERIFY2(status->text().contains(QLatin1String("opposition.csv")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLatin1String("3 number")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLatin1String("1 row")), qPrintable(status->text()));
    const QString exported = testDb.folder() + QStringLiteral("/export.csv");
    page.suppressions()->exportTo(exported);
    QVERIFY(waitIdle(&page));
    QFile out(exported);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = out.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 56); // a header and every number
    QVERIFY(status->text().contains(QLatin1String("export.csv")));
    QCOMPARE(scalar(&db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'consent.settings' AND user_id IS NOT NULL"))
                 .toInt(),
             1);
}

QTEST_MAIN(tst_ConsentPage)
#include "tst_consentpage.moc"
