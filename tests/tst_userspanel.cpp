// SPDX-License-Identifier: GPL-3.0-or-later
// The user accounts in Settings: the first account (an administrator) from the form, then, as
// that administrator, an approver added, given another role, disabled and enabled again; the
// last administrator is kept; someone without an account only reads; every change is audited.
#include "settings/userspanel.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/userlistmodel.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class tst_UsersPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void administerAccounts();
};

void tst_UsersPanel::administerAccounts()
{
    // The GUI acts as the OS user on an embedded database.
    qputenv("USER", "chloe");
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QCOMPARE(db.actor(), QStringLiteral("chloe"));

    UsersPanel panel(&db);
    QAbstractItemModelTester tester(panel.model());
    panel.resize(800, 400);
    panel.show();
    QSignalSpy reloaded(&panel, &UsersPanel::reloaded);
    QSignalSpy changed(&panel, &UsersPanel::changeFinished);
    panel.reload();
    QTRY_COMPARE(reloaded.size(), 1);
    QCOMPARE(panel.model()->rowCount(), 0);
    QVERIFY(panel.status()->text().contains(QLatin1String("first account")));

    auto *login = panel.findChild<QLineEdit *>(QStringLiteral("userLoginEdit"));
    auto *name = panel.findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
    auto *role = panel.findChild<QComboBox *>(QStringLiteral("userRoleCombo"));
    auto *add = panel.findChild<QPushButton *>(QStringLiteral("addUserButton"));
    auto *changeRole = panel.findChild<QPushButton *>(QStringLiteral("changeRoleButton"));
    auto *disable = panel.findChild<QPushButton *>(QStringLiteral("disableUserButton"));
    QVERIFY(login && name && role && add && changeRole && disable);
    QVERIFY(!add->isEnabled());
    const auto addAccount = [&](const QString &who, const QString &displayName,
                                const QString &roleKey) {
        login->clear();
        name->clear();
        QTest::keyClicks(login, who);
        QTest::keyClicks(name, displayName);
        role->setCurrentIndex(role->findData(roleKey));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
    };

    // The first account must be an administrator.
    addAccount(QStringLiteral("chloe"), QStringLiteral("Chloe"), QStringLiteral("approver"));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.last().first().toBool(), false);
    QVERIFY2(panel.status()->text().contains(QLatin1String("must be an administrator")),
             qPrintable(panel.status()->text()));
    addAccount(QStringLiteral("chloe"), QStringLiteral("Chloe"), QStringLiteral("administrator"));
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(changed.last().first().toBool(), true);
    QVERIFY(panel.mayAdminister());
    addAccount(QStringLiteral("bruno"), QStringLiteral("Bruno"), QStringLiteral("approver"));
    QTRY_COMPARE(changed.size(), 3);
    QCOMPARE(panel.model()->rowCount(), 2);
    QAbstractItemModel *model = panel.view()->model();
    const int brunoRow = 0; // sorted by login
    QCOMPARE(model->index(brunoRow, UserListModel::LoginColumn).data().toString(),
             QStringLiteral("bruno"));
    QCOMPARE(model->index(brunoRow, UserListModel::RoleColumn).data().toString(),
             QStringLiteral("Approver"));

    // Select bruno, make him a composer, disable and enable him.
    const auto select = [&](int row) {
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {},
                          panel.view()->visualRect(model->index(row, 0)).center());
    };
    select(brunoRow);
    QVERIFY(changeRole->isEnabled());
    role->setCurrentIndex(role->findData(QStringLiteral("composer")));
    QTest::mouseClick(changeRole, Qt::LeftButton);
    QTRY_COMPARE(changed.size(), 4);
    QCOMPARE(model->index(brunoRow, UserListModel::RoleColumn).data().toString(),
             QStringLiteral("Composer"));
    select(brunoRow);
    QCOMPARE(disable->text().remove(QLatin1Char('&')), QStringLiteral("Disable"));
    QTest::mouseClick(disable, Qt::LeftButton);
    QTRY_COMPARE(changed.size(), 5);
    QCOMPARE(model->index(brunoRow, UserListModel::StatusColumn).data().toString(),
             QStringLiteral("Disabled"));
    select(brunoRow);
    QCOMPARE(disable->text().remove(QLatin1Char('&')), QStringLiteral("Enable"));
    QTest::mouseClick(disable, Qt::LeftButton);
    QTRY_COMPARE(changed.size(), 6);
    QCOMPARE(model->index(brunoRow, UserListModel::StatusColumn).data().toString(),
             QStringLiteral("Active"));

    // The last administrator stays one.
    select(1);
    QTest::mouseClick(disable, Qt::LeftButton);
    QTRY_COMPARE(changed.size(), 7);
    QCOMPARE(changed.last().first().toBool(), false);
    QVERIFY2(panel.status()->text().contains(QLatin1String("last enabled administrator")),
             qPrintable(panel.status()->text()));

    const std::optional<QList<AuditLog::Entry>> entries = AuditLog::read(&db, {}, 0);
    QVERIFY(entries);
    QStringList actions;
    for (const AuditLog::Entry &entry : *entries) {
        if (entry.action.startsWith(QLatin1String("user.")))
            actions.prepend(entry.actor + QLatin1Char(' ') + entry.action);
    }
    QCOMPARE(actions,
             QStringList({"chloe user.add", "chloe user.add", "chloe user.update",
                          "chloe user.update", "chloe user.update"}));

    // Someone without an account sees the accounts but changes nothing.
    qputenv("USER", "mallory");
    UsersPanel other(&db);
    QSignalSpy otherReloaded(&other, &UsersPanel::reloaded);
    other.show();
    other.reload();
    QTRY_COMPARE(otherReloaded.size(), 1);
    QCOMPARE(other.model()->rowCount(), 2);
    QVERIFY(!other.mayAdminister());
    QVERIFY(other.status()->text().contains(QLatin1String("Only an administrator")));
    QTest::keyClicks(other.findChild<QLineEdit *>(QStringLiteral("userLoginEdit")),
                     QStringLiteral("mallory"));
    QTest::keyClicks(other.findChild<QLineEdit *>(QStringLiteral("userNameEdit")),
                     QStringLiteral("Mallory"));
    QVERIFY(!other.findChild<QPushButton *>(QStringLiteral("addUserButton"))->isEnabled());
    QTRY_VERIFY(!panel.isBusy() && !other.isBusy());
}

QTEST_MAIN(tst_UsersPanel)
#include "tst_userspanel.moc"
