// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "campaign/campaignstore.h"
#include "compliance/electionstore.h"
#include "compliance/preflight.h"
#include "pricing/money.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

using Command = CommandLineInterface::Command;
using Context = CommandLineInterface::Context;

namespace {
constexpr int Failure = CommandLineInterface::Failure;

QJsonObject electionJson(const ElectionStore::Election &e)
{
    return {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("first_round"), e.firstRound.toString(Qt::ISODate)},
        {QStringLiteral("second_round"),
         e.secondRound.isValid() ? QJsonValue(e.secondRound.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("polls_close"), e.pollsClose.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("spending_cap_eur"),
         e.spendingCapMc > 0 ? QJsonValue(Money::euros(e.spendingCapMc)) : QJsonValue()},
        {QStringLiteral("sponsor"), e.sponsor.isEmpty() ? QJsonValue() : QJsonValue(e.sponsor)},
        {QStringLiteral("sponsor_contact"),
         e.sponsorContact.isEmpty() ? QJsonValue() : QJsonValue(e.sponsorContact)}};
}

void addElectionOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("name"), ComplianceCommands::tr("Election name."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("first-round"),
                                        ComplianceCommands::tr("Date of the first round."),
                                        QStringLiteral("YYYY-MM-DD")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("second-round"),
                           ComplianceCommands::tr("Date of the second round (\"\" for none)."),
                           QStringLiteral("YYYY-MM-DD")));
    parser.addOption(QCommandLineOption(QStringLiteral("polls-close"),
                                        ComplianceCommands::tr("When polls close (default 20:00)."),
                                        QStringLiteral("HH:MM")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("cap"),
        ComplianceCommands::tr("Spending ceiling in euros including VAT, as the campaign account "
                               "records expenses (Code électoral L52-11)."),
        QStringLiteral("euros")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("sponsor"),
        ComplianceCommands::tr("Who pays for and answers for the messages: candidate or list and "
                               "their mandataire financier (\"\" to clear)."),
        QStringLiteral("text")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("sponsor-contact"),
        ComplianceCommands::tr(
            "How to reach the sponsor: postal or e-mail address (\"\" to clear)."),
        QStringLiteral("text")));
}

// Applies the options given to `e`; false after reporting a value that cannot be read.
bool readElectionOptions(Context &context, ElectionStore::Election *e, int *code)
{
    const QCommandLineParser &p = context.parser;
    const auto date = [&](const QString &option, QDate *out) {
        if (!p.isSet(option))
            return true;
        const QString text = p.value(option).trimmed();
        *out = text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
        if (text.isEmpty() || out->isValid())
            return true;
        *code = context.fail(
            ComplianceCommands::tr("--%1 needs a date as YYYY-MM-DD, not \"%2\"").arg(option, text),
            CommandLineInterface::UsageError);
        return false;
    };
    if (!date(QStringLiteral("first-round"), &e->firstRound)
        || !date(QStringLiteral("second-round"), &e->secondRound))
        return false;
    if (p.isSet(QStringLiteral("polls-close"))) {
        e->pollsClose = QTime::fromString(p.value(QStringLiteral("polls-close")).trimmed(),
                                          QStringLiteral("H:mm"));
        if (!e->pollsClose.isValid()) {
            *code = context.fail(ComplianceCommands::tr("--polls-close needs a time as HH:MM"),
                                 CommandLineInterface::UsageError);
            return false;
        }
    }
    if (p.isSet(QStringLiteral("cap"))) {
        const QString text = p.value(QStringLiteral("cap")).trimmed();
        const std::optional<qint64> cap =
            text.isEmpty() ? std::optional<qint64>(0) : Money::parseEuros(text);
        if (!cap) {
            *code = context.fail(
                ComplianceCommands::tr("--cap needs an amount in euros, not \"%1\"").arg(text),
                CommandLineInterface::UsageError);
            return false;
        }
        e->spendingCapMc = *cap;
    }
    if (p.isSet(QStringLiteral("sponsor")))
        e->sponsor = p.value(QStringLiteral("sponsor")).trimmed();
    if (p.isSet(QStringLiteral("sponsor-contact")))
        e->sponsorContact = p.value(QStringLiteral("sponsor-contact")).trimmed();
    return true;
}
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
    commands.append(
        {QStringLiteral("election add"),
         tr("Add an election to the calendar: its rounds set the electoral silence (L49), its "
            "ceiling the spending cap shared by its campaigns (L52-11)."),
         addElectionOptions, [](Context &context) {
             Database *database = context.database();
             if (!database)
                 return int(Failure);
             ElectionStore::Election election;
             election.name = context.parser.value(QStringLiteral("name"));
             int code = 0;
             if (!readElectionOptions(context, &election, &code))
                 return code;
             ElectionStore store(database, database->actor());
             if (!store.save(&election))
                 return context.fail(store.errorString());
             return context.succeed(electionJson(election),
                                    tr("Election \"%1\" added.\n").arg(election.name));
         }});
    commands.append(
        {QStringLiteral("election update"),
         tr("Change an election's dates, closing time, ceiling or sponsor; the options not given "
            "keep their values."),
         addElectionOptions, [](Context &context) {
             Database *database = context.database();
             if (!database)
                 return int(Failure);
             ElectionStore store(database, database->actor());
             const QString name = context.parser.value(QStringLiteral("name"));
             std::optional<ElectionStore::Election> election = store.findByName(name);
             if (!election)
                 return context.fail(tr("no election named \"%1\"").arg(name));
             int code = 0;
             if (!readElectionOptions(context, &*election, &code))
                 return code;
             if (!store.save(&*election))
                 return context.fail(store.errorString());
             return context.succeed(electionJson(*election),
                                    tr("Election \"%1\" updated.\n").arg(election->name));
         }});
    commands.append(
        {QStringLiteral("election list"),
         tr("List the elections of the calendar."),
         {},
         [](Context &context) {
             Database *database = context.database();
             if (!database)
                 return int(Failure);
             QJsonArray array;
             QString human;
             for (const ElectionStore::Election &e :
                  ElectionStore(database, database->actor()).list()) {
                 array.append(electionJson(e));
                 human +=
                     QStringLiteral("%1: %2%3%4\n")
                         .arg(e.name, e.firstRound.toString(Qt::ISODate),
                              e.secondRound.isValid()
                                  ? QStringLiteral(", ") + e.secondRound.toString(Qt::ISODate)
                                  : QString(),
                              e.sponsor.isEmpty() ? QString() : QStringLiteral(" — ") + e.sponsor);
             }
             return context.succeed({{QStringLiteral("elections"), array}}, human);
         }});
}
