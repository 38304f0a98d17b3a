// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;
class QSqlQuery;

// The team's user accounts (table users): listing them, and adding or changing one as an
// administrator, audited. No passwords: a team database authenticates its users itself (the
// PostgreSQL login is the account's login); the installation's first account, which anyone may
// create since nobody administers an installation without accounts, must be an administrator.
class UserStore final
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)
    Q_DISABLE_COPY_MOVE(UserStore)
public:
    struct User
    {
        qint64 id = 0;
        QString login;
        QString displayName;
        QString role; // "composer", "approver", "administrator"
        bool isDisabled = false;
        qint64 createdAt = 0; // ms since the epoch
    };

    struct Change
    {
        std::optional<QString> role;
        std::optional<bool> disabled;
    };

    // Changes are made and audited as `actor` (by default Database::actor()).
    explicit UserStore(Database *database, QString actor = {});

    static QStringList roles();
    static bool isRole(const QString &role) { return roles().contains(role); }
    // The role as people read it ("Approver").
    static QString roleLabel(const QString &role);

    // Every account, by login; nullopt with errorString() on a database error.
    std::optional<QList<User>> list();
    // Adds *user (its id and createdAt filled in); *wasFirst says it is the installation's first
    // account. False with errorString(): not allowed, a bad role, a login taken.
    bool add(User *user, bool *wasFirst = nullptr);
    // Changes the role or the disabled flag of `login`; *user receives the account as changed.
    // The last enabled administrator can be neither demoted nor disabled.
    bool update(const QString &login, const Change &change, User *user = nullptr);

    QString actor() const { return m_actor; }
    QString errorString() const { return m_errorString; }

private:
    bool fail(const QString &message);
    bool readFailed(const QSqlQuery &query);
    bool checkAdministrator();

    Database *m_database;
    QString m_actor;
    QString m_errorString;
};
