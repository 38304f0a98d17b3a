// SPDX-License-Identifier: GPL-3.0-or-later
// Elections in Settings: an election added in the dialog (two rounds, polls closing at 19:00,
// a ceiling typed "38 000", sponsor and contact) stored and audited, its electoral silence
// shown — and that silence is exactly what Outbox::isSilence blocks, to the second; the
// store's refusals (second round before the first, a name taken) under the field concerned;
// a single round; someone who is not an administrator reads only, and ElectionStore refuses
// them too.
#include "compliance/electionstore.h"
#include "sending/outbox.h"
#include "settings/electiondialog.h"
#include "settings/electionspanel.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTimer>

namespace {
const QTimeZone kParis("Europe/Paris");

void setText(QDialog *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setText(text); // keyClicks types ASCII only
}

void setDate(QDialog *dialog, const char *name, const QDate &date)
{
    auto *edit = dialog->findChild<QDateEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setDate(date);
}
} // namespace

class tst_ElectionsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("USER", "chloe");
    }
    void addShowSilenceAndRefuse();
    void othersOnlyRead();
};

void tst_ElectionsPanel::addShowSilenceAndRefuse()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));

    ElectionsPanel panel(&db);
    panel.resize(1100, 300);
    panel.show();
    QSignalSpy reloaded(&panel, &ElectionsPanel::reloaded);
    panel.reload();
    QTRY_COMPARE(reloaded.size(), 1);
    QVERIFY(panel.isEditable());
    QCOMPARE(panel.table()->rowCount(), 0);

    QString silencePreview;
    QTimer::singleShot(0, this, [&]() {
        auto *dialog = qobject_cast<ElectionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        setText(dialog, "electionName", QStringLiteral("Législatives 2027"));
        setDate(dialog, "electionFirstRound", QDate(2027, 6, 13));
        setDate(dialog, "electionSecondRound", QDate(2027, 6, 20));
        dialog->findChild<QTimeEdit *>(QStringLiteral("electionPollsClose"))->setTime(QTime(19, 0));
        setText(dialog, "electionCap", QStringLiteral("38 000"));
        setText(dialog, "electionSponsor",
                QStringLiteral("Camille Martin ; mandataire financier : Jean Dupont"));
        setText(dialog, "electionSponsorContact", QStringLiteral("mandataire@martin.example"));
        silencePreview = dialog->findChild<QLabel *>(QStringLiteral("electionSilence"))->text();
        dialog->accept();
    });
    QSignalSpy saved(&panel, &ElectionsPanel::electionSaved);
    panel.addElection();
    QCOMPARE(saved.size(), 1);
    QTRY_COMPARE(reloaded.size(), 2);
    QVERIFY2(silencePreview.contains(QLatin1String("12 Jun 00:00"))
                 && silencePreview.contains(QLatin1String("20 Jun 19:00")),
             qPrintable(silencePreview));

    const std::optional<ElectionStore::Election> election =
        ElectionStore(&db, QStringLiteral("test")).findByName(QStringLiteral("Législatives 2027"));
    QVERIFY(election);
    QCOMPARE(election->secondRound, QDate(2027, 6, 20));
    QCOMPARE(election->pollsClose, QTime(19, 0));
    QCOMPARE(election->spendingCapMc, qint64(38000) * 100000);
    QCOMPARE(election->sponsorContact, QStringLiteral("mandataire@martin.example"));
    QCOMPARE(panel.table()->rowCount(), 1);
    const QString silence = panel.table()->item(0, ElectionsPanel::SilenceColumn)->text();
    QVERIFY2(silence.contains(QLatin1String("Sat 12 Jun 00:00"))
                 && silence.contains(QLatin1String("Sun 13 Jun 19:00"))
                 && silence.contains(QLatin1String("Sat 19 Jun 00:00")),
             qPrintable(silence));
    QVERIFY(panel.table()
                ->item(0, ElectionsPanel::SponsorColumn)
                ->text()
                .contains(QLatin1String("Jean Dupont")));
    QSqlQuery audit(db.connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT actor, details FROM audit_log WHERE action = "
                                      "'election.create'"))
            && audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("chloe"));
    QVERIFY(audit.value(1).toString().contains(QLatin1String("mandataire@martin.example")));
    audit.finish(); // no read snapshot left open on this connection

    // What the panel shows is what the outbox blocks, to the second.
    const QList<ElectionStore::Period> periods = ElectionStore::silencePeriods(*election);
    QCOMPARE(periods.size(), 2);
    for (const ElectionStore::Period &period : periods) {
        QVERIFY(!Outbox::isSilence(&db, election->id, period.from.addSecs(-1)));
        QVERIFY(Outbox::isSilence(&db, election->id, period.from));
        QVERIFY(Outbox::isSilence(&db, election->id, period.until.addSecs(-1)));
        QVERIFY(!Outbox::isSilence(&db, election->id, period.until));
    }
    QCOMPARE(periods.at(0).from, QDateTime(QDate(2027, 6, 12), QTime(0, 0), kParis));

    // The store's refusals, under their fields; then a single round.
    QString secondRoundError;
    QString nameError;
    int step = 0;
    QTimer::singleShot(0, this, [&]() {
        auto *dialog = qobject_cast<ElectionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        setText(dialog, "electionName", QStringLiteral("Municipales 2026"));
        setDate(dialog, "electionFirstRound", QDate(2026, 3, 22));
        setDate(dialog, "electionSecondRound", QDate(2026, 3, 15));
        connect(dialog, &ElectionDialog::saveFinished, dialog, [&, dialog](bool ok) {
            ++step;
            if (step == 1) {
                QVERIFY(!ok);
                secondRoundError = dialog->errorText(ElectionStore::Field::SecondRound);
                setText(dialog, "electionName", QStringLiteral("Législatives 2027"));
                dialog->findChild<QCheckBox *>(QStringLiteral("electionSingleRound"))
                    ->setChecked(true);
                dialog->accept();
            } else if (step == 2) {
                QVERIFY(!ok);
                nameError = dialog->errorText(ElectionStore::Field::Name);
                QVERIFY(dialog->errorText(ElectionStore::Field::SecondRound).isEmpty());
                setText(dialog, "electionName", QStringLiteral("Municipales 2026"));
                dialog->accept(); // saved: the dialog closes
            }
        });
        dialog->accept();
    });
    panel.addElection();
    QCOMPARE(saved.size(), 2);
    QVERIFY2(secondRoundError.contains(QLatin1String("must come after")),
             qPrintable(secondRoundError));
    QVERIFY2(nameError.contains(QLatin1String("already exists")), qPrintable(nameError));
    const std::optional<ElectionStore::Election> municipales =
        ElectionStore(&db, QStringLiteral("test")).findByName(QStringLiteral("Municipales 2026"));
    QVERIFY(municipales);
    QCOMPARE(step, 3);
    QVERIFY(!municipales->secondRound.isValid());
    QCOMPARE(ElectionStore::silencePeriods(*municipales).size(), 1);
    QTRY_COMPARE(panel.table()->rowCount(), 2);

    const QString folder = qEnvironmentVariable("TRIBUNE_TEST_SCREENSHOTS");
    if (!folder.isEmpty()) {
        panel.grab().save(folder + QStringLiteral("/elections.png"));
        ElectionDialog dialog(&db, *election, &panel);
        dialog.show();
        dialog.grab().save(folder + QStringLiteral("/electiondialog.png"));
    }
}

void tst_ElectionsPanel::othersOnlyRead()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    ElectionStore::Election election;
    election.name = QStringLiteral("Européennes 2029");
    election.firstRound = QDate(2029, 6, 10);
    QVERIFY(ElectionStore(&db, QStringLiteral("chloe")).save(&election));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO users (login, display_name, role, created_at) VALUES "
                       "('alice', 'Alice', 'administrator', 0), ('chloe', 'Chloe', "
                       "'approver', 0)")));

    ElectionsPanel panel(&db);
    panel.show();
    QSignalSpy reloaded(&panel, &ElectionsPanel::reloaded);
    panel.reload();
    QTRY_COMPARE(reloaded.size(), 1);
    QCOMPARE(panel.table()->rowCount(), 1);
    QVERIFY(!panel.isEditable());
    QVERIFY2(panel.status()->text().contains(QLatin1String("Only an administrator")),
             qPrintable(panel.status()->text()));
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("addElectionButton"))->isEnabled());

    // ElectionStore refuses them as well; the administrator may.
    ElectionStore store(&db, QStringLiteral("chloe"));
    election.pollsClose = QTime(18, 0);
    QVERIFY(!store.save(&election));
    QVERIFY(store.errorString().contains(QLatin1String("Only an administrator")));
    QCOMPARE(ElectionStore(&db, QStringLiteral("x")).findByName(election.name)->pollsClose,
             QTime(20, 0));
    ElectionStore admin(&db, QStringLiteral("alice"));
    QVERIFY2(admin.save(&election), qPrintable(admin.errorString()));
    QSqlQuery audit(db.connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT user_id FROM audit_log WHERE action = "
                                      "'election.edit'"))
            && audit.next());
    QVERIFY(audit.value(0).toLongLong() > 0);
}

QTEST_MAIN(tst_ElectionsPanel)
#include "tst_electionspanel.moc"
