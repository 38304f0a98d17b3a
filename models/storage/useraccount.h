// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class Database;

// The person acting in this Tribune, as the audit log and the consent ledger record them: the
// login, the matching user account when the database has accounts (shared installations), and
// whether they may change the team's rules. A database without accounts has a single user, who
// administers it.
struct UserAccount
{
    Q_DECLARE_TR_FUNCTIONS(UserAccount)
public:
    QString login;
    qint64 id = 0; // 0 without an (enabled) account of that login
    QString role; // "composer", "approver", "administrator"; empty without an account
    bool accountsExist = false;

    bool mayAdminister() const
    {
        return !accountsExist || (id > 0 && role == QLatin1String("administrator"));
    }

    // The account of `login` (enabled accounts only); nullopt with *errorString when the
    // accounts cannot be read.
    static std::optional<UserAccount> find(Database *database, const QString &login,
                                           QString *errorString = nullptr);
};
