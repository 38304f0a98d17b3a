// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "core/tribuneversion.h"
#include "demo/demodataloader.h"
#include "storage/database.h"
#include "storage/databasestats.h"
#include "storage/migrator.h"

#include <QLocale>

using Command = CommandLineInterface::Command;
using Context = CommandLineInterface::Context;

namespace {
constexpr int Failure = CommandLineInterface::Failure;
constexpr int UsageError = CommandLineInterface::UsageError;
} // namespace

void CoreCommands::add(QList<Command> &commands)
{
    commands.append(
        {QStringLiteral("info"),
         tr("Show the version, the database in use and what it holds."),
         {},
         [](Context &context) {
             Database *database = context.database();
             if (!database)
                 return int(Failure);
             const DatabaseStats stats = DatabaseStats::read(database);
             if (!stats.ok)
                 return context.fail(stats.errorString);
             const QJsonObject counts {{QStringLiteral("audiences"), stats.audiences},
                                       {QStringLiteral("contacts"), stats.contacts},
                                       {QStringLiteral("campaigns"), stats.campaigns},
                                       {QStringLiteral("suppressed"), stats.suppressed},
                                       {QStringLiteral("consent_events"), stats.consentEvents}};
             const QJsonObject object {
                 {QStringLiteral("version"), QStringLiteral(TRIBUNE_VERSION)},
                 {QStringLiteral("database"), database->url().toDisplayString()},
                 {QStringLiteral("backend"), database->url().backendName()},
                 {QStringLiteral("schema_version"), stats.schemaVersion},
                 {QStringLiteral("latest_schema_version"), Migrator::latestVersion()},
                 {QStringLiteral("active_provider"),
                  stats.activeProvider.isEmpty() ? QJsonValue() : QJsonValue(stats.activeProvider)},
                 {QStringLiteral("counts"), counts},
             };
             const QLocale locale;
             const QString human =
                 tr("Tribune %1\n"
                    "Database:        %2\n"
                    "Schema version:  %3\n"
                    "Audiences:       %4\n"
                    "Contacts:        %5\n"
                    "Campaigns:       %6\n"
                    "Suppressed:      %7\n"
                    "Active provider: %8\n")
                     .arg(QStringLiteral(TRIBUNE_VERSION), database->url().toDisplayString())
                     .arg(stats.schemaVersion)
                     .arg(locale.toString(stats.audiences), locale.toString(stats.contacts),
                          locale.toString(stats.campaigns), locale.toString(stats.suppressed),
                          stats.activeProvider.isEmpty() ? tr("none") : stats.activeProvider);
             return context.succeed(object, human);
         }});

    commands.append(
        {QStringLiteral("demo"),
         tr("Load the demo data: a fictional rented audience, the offline Sandbox provider and "
            "a draft campaign."),
         [](QCommandLineParser &parser) {
             parser.addOption(QCommandLineOption(
                 QStringLiteral("contacts"),
                 tr("Number of demo contacts (1 to %1).").arg(DemoDataLoader::maximumContacts()),
                 QStringLiteral("n"), QString::number(DemoDataLoader::Options().contacts)));
         },
         [](Context &context) {
             Database *database = context.database();
             if (!database)
                 return int(Failure);
             DemoDataLoader::Options options;
             bool numberOk = false;
             options.contacts = context.parser.value(QStringLiteral("contacts")).toInt(&numberOk);
             if (!numberOk)
                 return context.fail(tr("--contacts needs a whole number"), UsageError);
             const DemoDataLoader::Result result = DemoDataLoader(database).load(options);
             if (!result.ok)
                 return context.fail(result.errorString);
             const QJsonObject object {{QStringLiteral("loaded"), !result.alreadyLoaded},
                                       {QStringLiteral("already_present"), result.alreadyLoaded},
                                       {QStringLiteral("contacts"), result.contacts},
                                       {QStringLiteral("suppressed"), result.suppressed},
                                       {QStringLiteral("audience"), result.audienceName},
                                       {QStringLiteral("campaign"), result.campaignName},
                                       {QStringLiteral("provider"), result.providerName},
                                       {QStringLiteral("seconds"), result.seconds}};
             const QString human = result.alreadyLoaded
                 ? tr("The demo data is already in this database.\n")
                 : tr("Loaded the demo data in %1 s: %2 contacts in \"%3\", %4 numbers on the "
                      "opposition list, provider \"%5\", draft campaign \"%6\".\n")
                       .arg(QLocale().toString(result.seconds, 'f', 1),
                            QLocale().toString(result.contacts), result.audienceName,
                            QLocale().toString(result.suppressed), result.providerName,
                            result.campaignName);
             return context.succeed(object, human);
         }});
}
