// SPDX-License-Identifier: GPL-3.0-or-later
#include "userspanel.h"

#include "storage/database.h"
#include "storage/useraccount.h"
#include "storage/userlistmodel.h"
#include "storage/userstore.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

struct UsersPanel::Outcome
{
    QList<UserStore::User> users;
    bool mayAdminister = false;
    bool accountsExist = false;
    bool changed = false;
    QString errorString;
};

UsersPanel::UsersPanel(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new UserListModel(this))
    , m_view(new QTableView(this))
    , m_loginLabel(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_roleLabel(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_addButton(new QPushButton(this))
    , m_changeRoleButton(new QPushButton(this))
    , m_disableButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("usersPanel"));
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(140);
    m_login->setObjectName(QStringLiteral("userLoginEdit"));
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    m_role->setObjectName(QStringLiteral("userRoleCombo"));
    for (const QString &role : UserStore::roles())
        m_role->addItem(QString(), role);
    m_loginLabel->setBuddy(m_login);
    m_nameLabel->setBuddy(m_name);
    m_roleLabel->setBuddy(m_role);
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    m_changeRoleButton->setObjectName(QStringLiteral("changeRoleButton"));
    m_disableButton->setObjectName(QStringLiteral("disableUserButton"));
    m_status->setObjectName(QStringLiteral("usersStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QGridLayout;
    form->addWidget(m_loginLabel, 0, 0);
    form->addWidget(m_login, 0, 1);
    form->addWidget(m_nameLabel, 0, 2);
    form->addWidget(m_name, 0, 3);
    form->addWidget(m_roleLabel, 1, 0);
    form->addWidget(m_role, 1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_changeRoleButton);
    buttons->addWidget(m_disableButton);
    buttons->addStretch();
    form->addLayout(buttons, 1, 2, 1, 2);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_note);

    connect(m_addButton, &QPushButton::clicked, this, &UsersPanel::addFromForm);
    connect(m_changeRoleButton, &QPushButton::clicked, this, &UsersPanel::changeSelectedRole);
    connect(m_disableButton, &QPushButton::clicked, this, &UsersPanel::toggleSelectedDisabled);
    connect(m_login, &QLineEdit::textChanged, this, &UsersPanel::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &UsersPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPanel::updateButtons);
    retranslateUi();
}

void UsersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UsersPanel::retranslateUi()
{
    m_loginLabel->setText(tr("Lo&gin:"));
    m_login->setPlaceholderText(tr("Their PostgreSQL login on a team database"));
    m_nameLabel->setText(tr("Na&me:"));
    m_roleLabel->setText(tr("R&ole:"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, UserStore::roleLabel(m_role->itemData(i).toString()));
    m_addButton->setText(tr("&Add account"));
    m_changeRoleButton->setText(tr("&Give the selected account this role"));
    m_note->setText(tr("A composer drafts campaigns, an approver approves and sends them, an "
                       "administrator also changes the settings and the accounts. Tribune "
                       "stores no passwords: on a team database people sign in with their "
                       "PostgreSQL login."));
    updateButtons();
}

QString UsersPanel::selectedLogin() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(UserListModel::LoginRole).toString();
}

void UsersPanel::updateButtons()
{
    const bool idle = !m_job.isBusy();
    // Before the first account, anyone adds it (an administrator).
    const bool mayAdd = m_mayAdminister || !m_accountsExist;
    m_addButton->setEnabled(idle && mayAdd && !m_login->text().trimmed().isEmpty()
                            && !m_name->text().trimmed().isEmpty());
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    m_changeRoleButton->setEnabled(idle && m_mayAdminister && m_accountsExist && selected);
    m_disableButton->setEnabled(idle && m_mayAdminister && m_accountsExist && selected);
    m_disableButton->setText(
        selected && rows.constFirst().data(UserListModel::DisabledRole).toBool() ? tr("&Enable")
                                                                                 : tr("&Disable"));
}

void UsersPanel::reload()
{
    runChange({}, QString());
}

void UsersPanel::addFromForm()
{
    UserStore::User user;
    user.login = m_login->text().trimmed();
    user.displayName = m_name->text().trimmed();
    user.role = m_role->currentData().toString();
    runChange([user](UserStore &store) mutable { return store.add(&user); },
              tr("Account %1 added.").arg(user.login));
}

void UsersPanel::changeSelectedRole()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    UserStore::Change change;
    change.role = m_role->currentData().toString();
    runChange([login, change](UserStore &store) { return store.update(login, change); },
              tr("%1 is now: %2.").arg(login, m_role->currentText()));
}

void UsersPanel::toggleSelectedDisabled()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString login = rows.constFirst().data(UserListModel::LoginRole).toString();
    UserStore::Change change;
    change.disabled = !rows.constFirst().data(UserListModel::DisabledRole).toBool();
    runChange([login, change](UserStore &store) { return store.update(login, change); },
              *change.disabled ? tr("Account %1 disabled.").arg(login)
                               : tr("Account %1 enabled.").arg(login));
}

void UsersPanel::runChange(std::function<bool(UserStore &)> change, const QString &done)
{
    Database *database = m_database;
    m_job.run<Outcome>(
        this,
        [database, change]() {
            Outcome outcome;
            UserStore store(database);
            outcome.changed = change && change(store);
            if (change && !outcome.changed)
                outcome.errorString = store.errorString();
            if (const std::optional<QList<UserStore::User>> users = store.list())
                outcome.users = *users;
            else if (outcome.errorString.isEmpty())
                outcome.errorString = store.errorString();
            const std::optional<UserAccount> me =
                UserAccount::find(database, store.actor(), &outcome.errorString);
            outcome.mayAdminister = me && me->mayAdminister();
            outcome.accountsExist = me && me->accountsExist;
            database->closeThreadConnection();
            return outcome;
        },
        [this, hasChange = bool(change), done](const Outcome &outcome) {
            m_mayAdminister = outcome.mayAdminister;
            m_accountsExist = outcome.accountsExist;
            m_model->setUsers(outcome.users);
            m_view->resizeColumnsToContents();
            if (!outcome.errorString.isEmpty())
                m_status->setText(outcome.errorString);
            else if (hasChange)
                m_status->setText(done);
            else if (!m_accountsExist)
                m_status->setText(tr("No accounts yet: you administer this database alone. The "
                                     "first account you add must be an administrator."));
            else if (!m_mayAdminister)
                m_status->setText(tr("Only an administrator may change the accounts."));
            else
                m_status->clear();
            if (hasChange) {
                if (outcome.changed) {
                    m_login->clear();
                    m_name->clear();
                }
                Q_EMIT changeFinished(outcome.changed);
            } else {
                Q_EMIT reloaded();
            }
            updateButtons();
        });
    updateButtons();
}
