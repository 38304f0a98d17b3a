// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/userstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using Command = CommandLineInterface::Command;
using Context = CommandLineInterface::Context;

namespace {

constexpr int Failure = CommandLineInterface::Failure;
constexpr int UsageError = CommandLineInterface::UsageError;

QCommandLineOption loginOption()
{
    return QCommandLineOption(QStringLiteral("login"),
                              UserCommands::tr("Login of the account (on a team database, the "
                                               "user's PostgreSQL login)."),
                              QStringLiteral("login"));
}

QCommandLineOption roleOption()
{
    return QCommandLineOption(QStringLiteral("role"),
                              UserCommands::tr("Role: composer (drafts), approver (approves and "
                                               "sends) or administrator (settings, providers, "
                                               "accounts)."),
                              QStringLiteral("role"));
}

QJsonObject userJson(const UserStore::User &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("login"), user.login},
            {QStringLiteral("name"), user.displayName},
            {QStringLiteral("role"), user.role},
            {QStringLiteral("disabled"), user.isDisabled},
            {QStringLiteral("created_at"),
             QDateTime::fromMSecsSinceEpoch(user.createdAt, Qt::UTC).toString(Qt::ISODate)}};
}

QString userText(const UserStore::User &user)
{
    return UserCommands::tr("%1 (%2): %3%4\n")
        .arg(user.login, user.displayName, user.role,
             user.isDisabled ? UserCommands::tr(", disabled") : QString());
}

int addUser(Context &context)
{
    const QCommandLineParser &p = context.parser;
    UserStore::User user;
    user.login = p.value(QStringLiteral("login"));
    user.displayName = p.value(QStringLiteral("name"));
    user.role = p.value(QStringLiteral("role"));
    if (user.login.isEmpty() || user.displayName.isEmpty() || user.role.isEmpty())
        return context.fail(UserCommands::tr("--login, --name and --role are required"),
                            UsageError);
    if (!UserStore::isRole(user.role))
        return context.fail(UserCommands::tr("--role must be composer, approver or administrator"),
                            UsageError);
    Database *database = context.database();
    if (!database)
        return Failure;
    UserStore store(database);
    bool first = false;
    if (!store.add(&user, &first))
        return context.fail(store.errorString());
    QJsonObject json = userJson(user);
    json.insert(QStringLiteral("first_account"), first);
    json.insert(QStringLiteral("added_by"), store.actor());
    QString human = UserCommands::tr("Added %1").arg(userText(user));
    if (first)
        human += UserCommands::tr("This is the first account: anyone could create it since "
                                  "nobody administered this database yet. From now on only an "
                                  "administrator manages the accounts, and only people with an "
                                  "account may approve campaigns.\n");
    if (database->isPostgreSql())
        human += UserCommands::tr("Tribune stores no password: %1 signs in with the PostgreSQL "
                                  "login of the same name, which the database administrator "
                                  "creates.\n")
                     .arg(user.login);
    return context.succeed(json, human);
}

int listUsers(Context &context)
{
    Database *database = context.database();
    if (!database)
        return Failure;
    UserStore store(database);
    const std::optional<QList<UserStore::User>> users = store.list();
    if (!users)
        return context.fail(store.errorString());
    QJsonArray array;
    QString human;
    for (const UserStore::User &user : *users) {
        array.append(userJson(user));
        human += userText(user);
    }
    if (users->isEmpty())
        human = UserCommands::tr("No user accounts: the one user of this database administers "
                                 "it. Add an administrator with \"tribune-cli user add\".\n");
    return context.succeed({{QStringLiteral("users"), array}}, human);
}

int updateUser(Context &context)
{
    const QCommandLineParser &p = context.parser;
    const QString login = p.value(QStringLiteral("login"));
    if (login.isEmpty())
        return context.fail(UserCommands::tr("--login is required"), UsageError);
    if (p.isSet(QStringLiteral("disable")) && p.isSet(QStringLiteral("enable")))
        return context.fail(UserCommands::tr("give --disable or --enable, not both"), UsageError);
    UserStore::Change change;
    if (p.isSet(QStringLiteral("role"))) {
        change.role = p.value(QStringLiteral("role"));
        if (!UserStore::isRole(*change.role))
            return context.fail(
                UserCommands::tr("--role must be composer, approver or administrator"), UsageError);
    }
    if (p.isSet(QStringLiteral("disable")) || p.isSet(QStringLiteral("enable")))
        change.disabled = p.isSet(QStringLiteral("disable"));
    if (!change.role && !change.disabled)
        return context.fail(UserCommands::tr("nothing to change: give --role, --disable or "
                                             "--enable"),
                            UsageError);
    Database *database = context.database();
    if (!database)
        return Failure;
    UserStore store(database);
    UserStore::User user;
    if (!store.update(login, change, &user))
        return context.fail(store.errorString());
    return context.succeed(userJson(user), UserCommands::tr("Changed %1").arg(userText(user)));
}

int listAudit(Context &context)
{
    const QCommandLineParser &p = context.parser;
    QDateTime since;
    if (p.isSet(QStringLiteral("since"))) {
        since = QDateTime::fromString(p.value(QStringLiteral("since")), Qt::ISODate);
        if (!since.isValid())
            return context.fail(UserCommands::tr("--since needs an ISO 8601 date or time such as "
                                                 "2027-03-01 or 2027-03-01T08:00:00Z"),
                                UsageError);
    }
    int limit = 100;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return context.fail(UserCommands::tr("--limit needs a number (0: no limit)"),
                                UsageError);
    }
    Database *database = context.database();
    if (!database)
        return Failure;
    QString error;
    const std::optional<QList<AuditLog::Entry>> entries =
        AuditLog::read(database, since, limit, &error);
    if (!entries)
        return context.fail(error);
    QJsonArray array;
    QString human;
    for (const AuditLog::Entry &entry : *entries) {
        array.append(QJsonObject {
            {QStringLiteral("id"), entry.id},
            {QStringLiteral("at"), entry.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), entry.actor},
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("object_type"),
             entry.objectType.isEmpty() ? QJsonValue() : QJsonValue(entry.objectType)},
            {QStringLiteral("object_id"),
             entry.objectId > 0 ? QJsonValue(entry.objectId) : QJsonValue()},
            {QStringLiteral("details"), QJsonDocument::fromJson(entry.details.toUtf8()).object()}});
        human += AuditLog::csvRow(entry).mid(1).join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    if (entries->isEmpty())
        human = UserCommands::tr("No audit entries.\n");
    return context.succeed({{QStringLiteral("entries"), array}}, human);
}

int exportAudit(Context &context)
{
    const QStringList arguments = context.arguments();
    if (arguments.size() != 1)
        return context.fail(UserCommands::tr("give the CSV file to write"), UsageError);
    Database *database = context.database();
    if (!database)
        return Failure;
    const QString path = arguments.constFirst();
    QString error;
    const qint64 rows = AuditLog::exportCsv(database, path,
                                            context.parser.isSet(QStringLiteral("excel-fr"))
                                                ? CsvWriter::Options::excelFrance()
                                                : CsvWriter::Options(),
                                            database->actor(), &error);
    if (rows < 0)
        return context.fail(error);
    return context.succeed(
        {{QStringLiteral("entries"), rows}, {QStringLiteral("out"), path}},
        UserCommands::tr("%n audit entries written to %1.\n", nullptr, int(rows)).arg(path));
}

} // namespace

void UserCommands::add(QList<Command> &commands)
{
    commands.append({QStringLiteral("user add"),
                     tr("Add a user account (administrators only; the first account, which "
                        "must be an administrator, may be added by anyone)."),
                     [](QCommandLineParser &parser) {
                         parser.addOption(loginOption());
                         parser.addOption(QCommandLineOption(QStringLiteral("name"),
                                                             tr("Name shown to the team."),
                                                             QStringLiteral("name")));
                         parser.addOption(roleOption());
                     },
                     addUser});
    commands.append({QStringLiteral("user list"),
                     tr("List the user accounts and their roles."),
                     {},
                     listUsers});
    commands.append({QStringLiteral("user update"),
                     tr("Change the role of a user account, or disable or enable it "
                        "(administrators only)."),
                     [](QCommandLineParser &parser) {
                         parser.addOption(loginOption());
                         parser.addOption(roleOption());
                         parser.addOption(QCommandLineOption(
                             QStringLiteral("disable"),
                             tr("Disable the account: it may no longer approve or administer.")));
                         parser.addOption(QCommandLineOption(QStringLiteral("enable"),
                                                             tr("Enable the account again.")));
                     },
                     updateUser});
    commands.append(
        {QStringLiteral("audit list"), tr("Show the audit log, newest first: who did what, when."),
         [](QCommandLineParser &parser) {
             parser.addOption(
                 QCommandLineOption(QStringLiteral("since"),
                                    tr("Only entries at or after this ISO 8601 date or time."),
                                    QStringLiteral("iso")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("limit"), tr("At most this many entries (default 100; 0: all)."),
                 QStringLiteral("n")));
         },
         listAudit});
    commands.append(
        {QStringLiteral("audit export"),
         tr("Write the whole audit log to a CSV file (the export is audited too)."),
         [](QCommandLineParser &parser) {
             parser.addOption(QCommandLineOption(
                 QStringLiteral("excel-fr"), tr("Excel (France): ';' separator, UTF-8 with BOM.")));
         },
         exportAudit, QStringLiteral("FILE")});
}
