// SPDX-License-Identifier: GPL-3.0-or-later
#include "userstore.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/useraccount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString Administrator = QStringLiteral("administrator");

UserStore::User userFrom(const QSqlQuery &query)
{
    UserStore::User user;
    user.id = query.value(0).toLongLong();
    user.login = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.role = query.value(3).toString();
    user.isDisabled = query.value(4).toInt() != 0;
    user.createdAt = query.value(5).toLongLong();
    return user;
}

const QString SelectUsers =
    QStringLiteral("SELECT id, login, display_name, role, is_disabled, created_at FROM users ");
} // namespace

UserStore::UserStore(Database *database, QString actor)
    : m_database(database)
    , m_actor(actor.isEmpty() ? database->actor() : std::move(actor))
{ }

QStringList UserStore::roles()
{
    return {QStringLiteral("composer"), QStringLiteral("approver"), Administrator};
}

bool UserStore::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool UserStore::readFailed(const QSqlQuery &query)
{
    return fail(tr("Cannot read the user accounts: %1").arg(query.lastError().text()));
}

QString UserStore::roleLabel(const QString &role)
{
    if (role == QLatin1String("composer"))
        return tr("Composer");
    if (role == QLatin1String("approver"))
        return tr("Approver");
    if (role == Administrator)
        return tr("Administrator");
    return role;
}

bool UserStore::checkAdministrator()
{
    QString error;
    const std::optional<UserAccount> me = UserAccount::find(m_database, m_actor, &error);
    if (!me)
        return fail(error);
    if (!me->mayAdminister())
        return fail(
            tr("Only an administrator may manage the user accounts; %1 is not one.").arg(m_actor));
    return true;
}

std::optional<QList<UserStore::User>> UserStore::list()
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(SelectUsers + QStringLiteral("ORDER BY login"))) {
        readFailed(query);
        return std::nullopt;
    }
    QList<User> users;
    while (query.next())
        users.append(userFrom(query));
    return users;
}

bool UserStore::add(User *user, bool *wasFirst)
{
    user->login = user->login.trimmed();
    user->displayName = user->displayName.trimmed();
    if (user->login.isEmpty() || user->displayName.isEmpty())
        return fail(tr("A user account needs a login and a name."));
    if (!isRole(user->role))
        return fail(
            tr("Unknown role \"%1\": use composer, approver or administrator.").arg(user->role));
    Transaction transaction(m_database->connection(), Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return fail(transaction.errorString());
    QString error;
    const std::optional<UserAccount> me = UserAccount::find(m_database, m_actor, &error);
    if (!me)
        return fail(error);
    const bool first = !me->accountsExist;
    if (first && user->role != Administrator)
        return fail(tr("The first user account must be an administrator, or nobody could manage "
                       "the others."));
    if (!first && !checkAdministrator())
        return false;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = ?"));
    query.addBindValue(user->login);
    if (!query.exec() || !query.next())
        return readFailed(query);
    if (query.value(0).toLongLong() > 0)
        return fail(tr("There is already a user account \"%1\".").arg(user->login));
    user->createdAt = QDateTime::currentMSecsSinceEpoch();
    user->isDisabled = false;
    query.prepare(QStringLiteral("INSERT INTO users (login, display_name, role, is_disabled, "
                                 "created_at) VALUES (?, ?, ?, 0, ?)"));
    query.addBindValue(user->login);
    query.addBindValue(user->displayName);
    query.addBindValue(user->role);
    query.addBindValue(user->createdAt);
    if (!query.exec())
        return fail(tr("Cannot add the user account: %1").arg(query.lastError().text()));
    query.prepare(QStringLiteral("SELECT id FROM users WHERE login = ?"));
    query.addBindValue(user->login);
    if (!query.exec() || !query.next())
        return fail(tr("Cannot add the user account: %1").arg(query.lastError().text()));
    user->id = query.value(0).toLongLong();
    if (!AuditLog::append(m_database, m_actor, QStringLiteral("user.add"), QStringLiteral("user"),
                          user->id,
                          {{QStringLiteral("login"), user->login},
                           {QStringLiteral("name"), user->displayName},
                           {QStringLiteral("role"), user->role},
                           {QStringLiteral("first_account"), first}},
                          &error))
        return fail(error);
    if (!transaction.commit())
        return fail(transaction.errorString());
    if (wasFirst)
        *wasFirst = first;
    return true;
}

bool UserStore::update(const QString &login, const Change &change, User *user)
{
    if (change.role && !isRole(*change.role))
        return fail(
            tr("Unknown role \"%1\": use composer, approver or administrator.").arg(*change.role));
    Transaction transaction(m_database->connection(), Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return fail(transaction.errorString());
    if (!checkAdministrator())
        return false;
    QSqlQuery query(m_database->connection());
    query.prepare(SelectUsers + QStringLiteral("WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec())
        return readFailed(query);
    if (!query.next())
        return fail(tr("There is no user account \"%1\".").arg(login));
    const User before = userFrom(query);
    User after = before;
    if (change.role)
        after.role = *change.role;
    if (change.disabled)
        after.isDisabled = *change.disabled;
    const bool wasAdministrator = before.role == Administrator && !before.isDisabled;
    const bool staysAdministrator = after.role == Administrator && !after.isDisabled;
    if (wasAdministrator && !staysAdministrator) {
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'administrator' "
                                       "AND is_disabled = 0"))
            || !query.next())
            return readFailed(query);
        if (query.value(0).toLongLong() <= 1)
            return fail(tr("%1 is the last enabled administrator: make another user an "
                           "administrator first.")
                            .arg(login));
    }
    query.prepare(QStringLiteral("UPDATE users SET role = ?, is_disabled = ? WHERE id = ?"));
    query.addBindValue(after.role);
    query.addBindValue(after.isDisabled ? 1 : 0);
    query.addBindValue(after.id);
    if (!query.exec())
        return fail(tr("Cannot change the user account: %1").arg(query.lastError().text()));
    QJsonObject details {{QStringLiteral("login"), login}};
    if (after.role != before.role) {
        details.insert(QStringLiteral("role_before"), before.role);
        details.insert(QStringLiteral("role"), after.role);
    }
    if (after.isDisabled != before.isDisabled)
        details.insert(QStringLiteral("disabled"), after.isDisabled);
    QString error;
    if (!AuditLog::append(m_database, m_actor, QStringLiteral("user.update"),
                          QStringLiteral("user"), after.id, details, &error))
        return fail(error);
    if (!transaction.commit())
        return fail(transaction.errorString());
    if (user)
        *user = after;
    return true;
}
