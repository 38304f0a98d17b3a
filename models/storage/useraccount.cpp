// SPDX-License-Identifier: GPL-3.0-or-later
#include "useraccount.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

std::optional<UserAccount> UserAccount::find(Database *database, const QString &login,
                                             QString *errorString)
{
    UserAccount account;
    account.login = login;
    QSqlQuery query(database->connection());
    const auto fail = [&]() -> std::optional<UserAccount> {
        if (errorString)
            *errorString = tr("Cannot read the user accounts: %1").arg(query.lastError().text());
        return std::nullopt;
    };
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !query.next())
        return fail();
    account.accountsExist = query.value(0).toLongLong() > 0;
    if (!account.accountsExist)
        return account;
    query.prepare(QStringLiteral("SELECT id, role FROM users WHERE login = ? AND is_disabled = 0"));
    query.addBindValue(login);
    if (!query.exec())
        return fail();
    if (query.next()) {
        account.id = query.value(0).toLongLong();
        account.role = query.value(1).toString();
    }
    return account;
}
