// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "campaign/campaignstore.h"
#include "storage/database.h"

void CampaignOption::add(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("campaign"), tr("Campaign name."),
                                        QStringLiteral("name")));
}

std::optional<Campaign> CampaignOption::read(CommandLineInterface::Context &context, int *code)
{
    const QString name = context.parser.value(QStringLiteral("campaign"));
    if (name.isEmpty()) {
        *code =
            context.fail(tr("give the campaign with --campaign"), CommandLineInterface::UsageError);
        return std::nullopt;
    }
    Database *database = context.database();
    if (!database) {
        *code = CommandLineInterface::Failure;
        return std::nullopt;
    }
    std::optional<Campaign> campaign = CampaignStore(database).findByName(name);
    if (!campaign)
        *code = context.fail(tr("no campaign named \"%1\"").arg(name));
    return campaign;
}
