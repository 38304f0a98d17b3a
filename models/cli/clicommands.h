// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/segment.h"
#include "campaign/campaign.h"
#include "cli/commandlineinterface.h"

#include <optional>

// tribune-cli commands about the installation itself: info, demo.
class CoreCommands
{
    Q_DECLARE_TR_FUNCTIONS(CoreCommands)
public:
    static void add(QList<CommandLineInterface::Command> &commands);
};

// The segment options of the commands that take one (campaign create, segment count, consent
// request): --filter, repeatable, and --any.
class SegmentOptions
{
    Q_DECLARE_TR_FUNCTIONS(SegmentOptions)
public:
    // --filter, and --any with the command's own description.
    static void add(QCommandLineParser &parser, const QString &anyDescription);
    // The segment the options describe; nullopt after reporting a bad filter (a usage error).
    static std::optional<Segment> read(const CommandLineInterface::Context &context);
};

// tribune-cli commands about campaigns and messages: campaign create|list|show, sms-info.
class CampaignCommands
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCommands)
public:
    static void add(QList<CommandLineInterface::Command> &commands);
};

// tribune-cli commands about audiences: import, rejects, segment count.
class AudienceCommands
{
    Q_DECLARE_TR_FUNCTIONS(AudienceCommands)
public:
    static void add(QList<CommandLineInterface::Command> &commands);
};

// tribune-cli listen: the providers' callback listener without the GUI.
class ListenCommands
{
    Q_DECLARE_TR_FUNCTIONS(ListenCommands)
public:
    static void add(QList<CommandLineInterface::Command> &commands);
};

// tribune-cli commands about SMS providers: provider add|update|set-secret|remove|list|test.
class ProviderCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProviderCommands)
public:
    static void add(QList<CommandLineInterface::Command> &commands);
};

// tribune-cli commands about money: cost, price-plan add|update|list.
class PricingCommands
{
    Q_DECLARE_TR_FUNCTIONS(PricingCommands)
public:
    static void add(QList<CommandLineInterface::Command> &commands);
};

// tribune-cli send: runs a campaign through its provider until done or interrupted.
class SendingCommands
{
    Q_DECLARE_TR_FUNCTIONS(SendingCommands)
public:
    static void add(QList<CommandLineInterface::Command> &commands);
};

// tribune-cli commands about consent: consent request|status|history, reply, suppression
// add|list|import|export.
class ConsentCommands
{
    Q_DECLARE_TR_FUNCTIONS(ConsentCommands)
public:
    static void add(QList<CommandLineInterface::Command> &commands);
};

// tribune-cli preflight and approve: the checks a campaign must pass before it is sent, and
// its approval.
class ComplianceCommands
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceCommands)
public:
    static void add(QList<CommandLineInterface::Command> &commands);
};

// tribune-cli window show|set: the sending window (hours, days, public holidays).
class WindowCommands
{
    Q_DECLARE_TR_FUNCTIONS(WindowCommands)
public:
    static void add(QList<CommandLineInterface::Command> &commands);
};

// tribune-cli commands about people: user add|list|update (the team's accounts and roles), audit
// list|export (who did what, when).
class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(UserCommands)
public:
    static void add(QList<CommandLineInterface::Command> &commands);
};

// tribune-cli export report|summary|spend|consent|suppression|audit|rejects: CSV exports through
// Reports::runExport (checked, audited).
class ExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)
public:
    static void add(QList<CommandLineInterface::Command> &commands);
};

// The --campaign option of the commands that act on one campaign (send, preflight, approve).
class CampaignOption
{
    Q_DECLARE_TR_FUNCTIONS(CampaignOption)
public:
    static void add(QCommandLineParser &parser);
    // The campaign --campaign names; nullopt after reporting why (*code: the exit status).
    static std::optional<Campaign> read(CommandLineInterface::Context &context, int *code);
};
