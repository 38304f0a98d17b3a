// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"

#include <QWidget>

#include <functional>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class UserListModel;
class UserStore;

// The team's user accounts in Settings: everyone sees who has which role; an administrator (or
// anyone, for the first account, which must be an administrator) adds accounts, changes a role,
// disables or enables an account. Reading and writing run off the GUI thread, through UserStore
// as the database's user, so the rules and the audit are the CLI's.
class UsersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPanel)
public:
    explicit UsersPanel(Database *database, QWidget *parent = nullptr);

    void reload();
    bool isBusy() const { return m_job.isBusy(); }
    bool mayAdminister() const { return m_mayAdminister; }

    QTableView *view() const { return m_view; }
    UserListModel *model() const { return m_model; }
    QLabel *status() const { return m_status; }

    // Adds the account typed in the form.
    void addFromForm();
    // Gives the selected account the role chosen in the role box.
    void changeSelectedRole();
    // Disables the selected account, or enables it again.
    void toggleSelectedDisabled();

Q_SIGNALS:
    void reloaded();
    // A change ended; `ok` false with the reason in status().
    void changeFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome;
    void retranslateUi();
    void updateButtons();
    QString selectedLogin() const;
    // Runs `change` (none: only reads) as the database's user, then reloads the accounts; says
    // `done` or why not.
    void runChange(std::function<bool(UserStore &)> change, const QString &done);

    Database *m_database;
    UserListModel *m_model;
    QTableView *m_view;
    QLabel *m_loginLabel;
    QLineEdit *m_login;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_roleLabel;
    QComboBox *m_role;
    QPushButton *m_addButton;
    QPushButton *m_changeRoleButton;
    QPushButton *m_disableButton;
    QLabel *m_status;
    QLabel *m_note;
    BackgroundJob m_job;
    bool m_mayAdminister = false;
    bool m_accountsExist = false;
};
