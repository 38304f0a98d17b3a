// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "campaign/campaignstore.h"
#include "compliance/preflight.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

using Command = CommandLineInterface::Command;
using Context = CommandLineInterface::Context;

namespace {
constexpr int Failure = CommandLineInterface::Failure;
} // namespace

void ComplianceCommands::add(QList<Command> &commands)
{
    commands.append(
        {QStringLiteral("preflight"),
         tr("Run the checks a campaign must pass before it is sent (sender identity, STOP, "
            "electoral silence, sending window, consent, sensitive filters, message length)."),
         [](QCommandLineParser &parser) { CampaignOption::add(parser); },
         [](Context &context) {
             int code = 0;
             const std::optional<Campaign> campaign = CampaignOption::read(context, &code);
             if (!campaign)
                 return code;
             Database *database = context.database();
             const Preflight::Result result = Preflight::run(database, *campaign);
             if (!result.ok)
                 return context.fail(result.errorString);
             QJsonArray checks;
             QString human;
             for (const Preflight::Check &check : result.checks) {
                 checks.append(QJsonObject {{QStringLiteral("check"), check.key},
                                            {QStringLiteral("passed"), check.passed},
                                            {QStringLiteral("blocking"), check.blocking},
                                            {QStringLiteral("reason"), check.explanation}});
                 human += QStringLiteral("%1 %2: %3\n")
                              .arg(check.passed         ? QStringLiteral("ok  ")
                                       : check.blocking ? QStringLiteral("FAIL")
                                                        : QStringLiteral("note"),
                                   check.key, check.explanation);
             }
             const Preflight::Exclusions &e = result.exclusions;
             const QJsonObject json {
                 {QStringLiteral("campaign"), campaign->name},
                 {QStringLiteral("passed"), result.passed()},
                 {QStringLiteral("checks"), checks},
                 {QStringLiteral("recipients"), e.recipients},
                 {QStringLiteral("parts"), result.parts},
                 {QStringLiteral("excluded"),
                  QJsonObject {{QStringLiteral("segment"), e.segment},
                               {QStringLiteral("suppressed"), e.suppressed},
                               {QStringLiteral("refused"), e.refused},
                               {QStringLiteral("not_granted"), e.notGranted},
                               {QStringLiteral("already_asked"), e.alreadyAsked}}}};
             human += result.passed() ? tr("Ready to send.\n")
                                      : tr("Not ready: fix the failed checks above.\n");
             code = context.succeed(json, human);
             return result.passed() ? code : int(Failure);
         }});

    commands.append(
        {QStringLiteral("approve"),
         tr("Approve a campaign as the current user (with user accounts: an approver or "
            "administrator who did not write or edit it)."),
         [](QCommandLineParser &parser) { CampaignOption::add(parser); },
         [](Context &context) {
             int code = 0;
             std::optional<Campaign> campaign = CampaignOption::read(context, &code);
             if (!campaign)
                 return code;
             Database *database = context.database();
             CampaignStore store(database);
             if (!store.setState(&*campaign, Campaign::State::Approved))
                 return context.fail(store.errorString());
             return context.succeed({{QStringLiteral("campaign"), campaign->name},
                                     {QStringLiteral("state"), Campaign::stateKey(campaign->state)},
                                     {QStringLiteral("revision"), campaign->revision},
                                     {QStringLiteral("approved_by"), database->actor()}},
                                    tr("%1 approved (revision %2) by %3.\n")
                                        .arg(campaign->name)
                                        .arg(campaign->revision)
                                        .arg(database->actor()));
         }});
}
