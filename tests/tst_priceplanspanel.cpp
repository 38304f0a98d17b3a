// SPDX-License-Identifier: GPL-3.0-or-later
// Price plans in Settings: the demo plan listed with its range and the provider that uses it;
// a plan added in the dialog (euros with a comma or a point, a volume tier) stored exactly and
// audited; mistakes shown under the field concerned — an amount that cannot be read, a range
// upside down, a name already taken (PricePlanStore's refusal) — and the dialog kept open;
// someone who is not an administrator reads only.
#include "demo/demodataloader.h"
#include "pricing/priceplanstore.h"
#include "settings/priceplandialog.h"
#include "settings/priceplanspanel.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

namespace {
const QString kDemoPlan = QStringLiteral("Tarif indicatif (0,15–0,30 € par SMS)");

void setText(QDialog *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setText(text); // keyClicks types ASCII only
}

int rowOf(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, PricePlansPanel::NameColumn)->text() == name)
            return row;
    }
    return -1;
}
} // namespace

class tst_PricePlansPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("USER", "chloe");
    }
    void listAddAndRefuse();
    void othersOnlyRead();
};

void tst_PricePlansPanel::listAddAndRefuse()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options demo;
    demo.contacts = 10;
    QVERIFY(DemoDataLoader(&db).load(demo).ok);

    PricePlansPanel panel(&db);
    panel.resize(1000, 300);
    panel.show();
    QSignalSpy reloaded(&panel, &PricePlansPanel::reloaded);
    panel.reload();
    QTRY_COMPARE(reloaded.size(), 1);
    QVERIFY(panel.isEditable());
    QTableWidget *table = panel.table();
    const int demoRow = rowOf(table, kDemoPlan);
    QVERIFY(demoRow >= 0);
    // The contract price is not known: both ends of the range.
    const QString price = table->item(demoRow, PricePlansPanel::PriceColumn)->text();
    QVERIFY2(price.contains(QLatin1String("0.15")) && price.contains(QLatin1String("0.30")),
             qPrintable(price));
    QCOMPARE(table->item(demoRow, PricePlansPanel::VatColumn)->text(), QStringLiteral("20 %"));
    QCOMPARE(table->item(demoRow, PricePlansPanel::ProvidersColumn)->text(),
             QStringLiteral("Sandbox (démo)"));

    // A new plan: euros typed with a comma and with a point, one volume tier.
    QString dialogTitle;
    QTimer::singleShot(0, this, [&]() {
        auto *dialog = qobject_cast<PricePlanDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogTitle = dialog->windowTitle();
        setText(dialog, "planName", QStringLiteral("Contrat Octopush"));
        setText(dialog, "planGsm7", QStringLiteral("0,045"));
        setText(dialog, "planUcs2", QStringLiteral("0.09"));
        setText(dialog, "planVat", QStringLiteral("20"));
        dialog->findChild<QPushButton *>(QStringLiteral("addTierButton"))->click();
        auto *tiers = dialog->findChild<QTableWidget *>(QStringLiteral("planTiers"));
        QCOMPARE(tiers->rowCount(), 1);
        tiers->item(0, 0)->setText(QStringLiteral("100000"));
        tiers->item(0, 1)->setText(QStringLiteral("0,04"));
        dialog->accept();
    });
    QSignalSpy saved(&panel, &PricePlansPanel::planSaved);
    panel.addPlan();
    QCOMPARE(dialogTitle, QStringLiteral("New price plan"));
    QCOMPARE(saved.size(), 1);
    QTRY_COMPARE(reloaded.size(), 2);
    const std::optional<PricePlan> plan =
        PricePlanStore(&db).findByName(QStringLiteral("Contrat Octopush"));
    QVERIFY(plan);
    QCOMPARE(plan->id, saved.first().first().toLongLong());
    QCOMPARE(plan->gsm7PartMc, std::optional<qint64>(4500));
    QCOMPARE(plan->ucs2PartMc, std::optional<qint64>(9000));
    QCOMPARE(plan->vatBasisPoints, 2000);
    QCOMPARE(plan->tiers.size(), 1);
    QCOMPARE(plan->tiers.first().fromParts, 100000);
    QCOMPARE(plan->tiers.first().gsm7PartMc, std::optional<qint64>(4000));
    QVERIFY(!plan->tiers.first().ucs2PartMc);
    const int row = rowOf(table, QStringLiteral("Contrat Octopush"));
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, PricePlansPanel::PriceColumn)->text(), QStringLiteral("€0.045"));
    QVERIFY(
        table->item(row, PricePlansPanel::TiersColumn)->text().contains(QLatin1String("100,000")));
    QCOMPARE(table->item(row, PricePlansPanel::ProvidersColumn)->text(),
             QStringLiteral("no provider"));
    QVERIFY(panel.status()->text().contains(QLatin1String("Contrat Octopush")));
    QSqlQuery audit(db.connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT actor FROM audit_log WHERE action = "
                                      "'price_plan.add'"))
            && audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("chloe"));
    audit.finish(); // no read snapshot left open on this connection

    // Mistakes: each under its field; the dialog stays open until they are fixed.
    QStringList gsm7Errors;
    QStringList maxErrors;
    QStringList tierErrors;
    QStringList nameErrors;
    QStringList generalErrors;
    table->selectRow(row);
    QTimer::singleShot(0, this, [&]() {
        auto *dialog = qobject_cast<PricePlanDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("planGsm7"))->text(),
                 QStringLiteral("0.045"));
        setText(dialog, "planGsm7", QStringLiteral("douze"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        gsm7Errors.append(dialog->errorText(PricePlanDialog::Field::Gsm7));
        setText(dialog, "planGsm7", QStringLiteral("0,05"));
        setText(dialog, "planMin", QStringLiteral("0,30"));
        setText(dialog, "planMax", QStringLiteral("0,20"));
        auto *tiers = dialog->findChild<QTableWidget *>(QStringLiteral("planTiers"));
        tiers->item(0, 1)->setText(QStringLiteral("0,04,5"));
        dialog->accept();
        tierErrors.append(dialog->errorText(PricePlanDialog::Field::Tiers));
        tiers->item(0, 1)->setText(QStringLiteral("0,04"));
        dialog->accept();
        maxErrors.append(dialog->errorText(PricePlanDialog::Field::Max));
        generalErrors.append(dialog->errorText(PricePlanDialog::Field::General));
        setText(dialog, "planMin", QStringLiteral("0,15"));
        setText(dialog, "planMax", QStringLiteral("0,30"));
        setText(dialog, "planName", kDemoPlan);
        // The name is refused by the store, on its worker thread.
        connect(dialog, &PricePlanDialog::saveFinished, dialog, [&, dialog](bool ok) {
            QVERIFY(!ok);
            nameErrors.append(dialog->errorText(PricePlanDialog::Field::Name));
            dialog->reject();
        });
        dialog->accept();
    });
    panel.editSelected();
    QCOMPARE(gsm7Errors.size(), 1);
    QVERIFY2(gsm7Errors.first().contains(QLatin1String("\"douze\" is not an amount")),
             qPrintable(gsm7Errors.first()));
    QVERIFY2(tierErrors.value(0).contains(QLatin1String("Tier 1")),
             qPrintable(tierErrors.value(0)));
    QVERIFY2(maxErrors.value(0).contains(QLatin1String("below the lowest")),
             qPrintable(maxErrors.value(0)));
    QVERIFY(generalErrors.value(0).isEmpty());
    QVERIFY2(nameErrors.value(0).contains(QLatin1String("already exists")),
             qPrintable(nameErrors.value(0)));
    // Nothing was changed.
    QCOMPARE(PricePlanStore(&db).findByName(QStringLiteral("Contrat Octopush"))->gsm7PartMc,
             std::optional<qint64>(4500));

    const QString folder = qEnvironmentVariable("TRIBUNE_TEST_SCREENSHOTS");
    if (!folder.isEmpty()) {
        panel.grab().save(folder + QStringLiteral("/priceplans.png"));
        PricePlanDialog dialog(&db, *plan, &panel);
        dialog.show();
        dialog.grab().save(folder + QStringLiteral("/priceplandialog.png"));
    }
}

void tst_PricePlansPanel::othersOnlyRead()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    PricePlan plan;
    plan.name = QStringLiteral("Contrat");
    QVERIFY(PricePlanStore(&db).add(&plan));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO users (login, display_name, role, created_at) VALUES "
                       "('alice', 'Alice', 'administrator', 0), ('chloe', 'Chloe', "
                       "'composer', 0)")));
    PricePlansPanel panel(&db);
    panel.show();
    QSignalSpy reloaded(&panel, &PricePlansPanel::reloaded);
    panel.reload();
    QTRY_COMPARE(reloaded.size(), 1);
    QCOMPARE(panel.table()->rowCount(), 1);
    QVERIFY(!panel.isEditable());
    QVERIFY2(panel.status()->text().contains(QLatin1String("only an administrator")),
             qPrintable(panel.status()->text()));
    auto *add = panel.findChild<QPushButton *>(QStringLiteral("addPricePlanButton"));
    auto *edit = panel.findChild<QPushButton *>(QStringLiteral("editPricePlanButton"));
    QVERIFY(!add->isEnabled());
    panel.table()->selectRow(0);
    QVERIFY(!edit->isEnabled());
    // No dialog opens for them.
    panel.editSelected();
    QVERIFY(!QApplication::activeModalWidget());
}

QTEST_MAIN(tst_PricePlansPanel)
#include "tst_priceplanspanel.moc"
