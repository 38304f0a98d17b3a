// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "campaign/campaignpreview.h"
#include "campaign/campaignstore.h"
#include "sms/smsencoding.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using Command = CommandLineInterface::Command;
using Context = CommandLineInterface::Context;

namespace {

constexpr int Failure = CommandLineInterface::Failure;
constexpr int UsageError = CommandLineInterface::UsageError;

QJsonObject analysisJson(const Sms::Analysis &analysis)
{
    QJsonArray nonGsm;
    QJsonArray positions;
    QStringList seen;
    for (const Sms::NonGsmCharacter &c : analysis.nonGsm) {
        if (!seen.contains(c.character)) {
            seen.append(c.character);
            nonGsm.append(c.character);
        }
        positions.append(QJsonObject {{QStringLiteral("char"), c.character},
                                      {QStringLiteral("position"), c.position}});
    }
    return {{QStringLiteral("encoding"), Sms::encodingName(analysis.encoding)},
            {QStringLiteral("parts"), analysis.parts},
            {QStringLiteral("units"), analysis.units},
            {QStringLiteral("per_part"), analysis.perPart},
            {QStringLiteral("chars"), analysis.characters},
            {QStringLiteral("remaining"), analysis.remaining},
            {QStringLiteral("non_gsm"), nonGsm},
            {QStringLiteral("non_gsm_positions"), positions}};
}

QJsonObject campaignJson(CampaignStore &store, const Campaign &c)
{
    QJsonArray filters;
    for (const Segment::Filter &filter : c.segment.filters)
        filters.append(
            QJsonObject {{QStringLiteral("column"), filter.column},
                         {QStringLiteral("op"), Segment::operatorName(filter.op)},
                         {QStringLiteral("values"), QJsonArray::fromStringList(filter.values)},
                         {QStringLiteral("text"), Segment::filterText(filter)}});
    const auto nullable = [](const QString &s) {
        return s.isEmpty() ? QJsonValue() : QJsonValue(s);
    };
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("kind"), Campaign::kindKey(c.kind)},
        {QStringLiteral("state"), Campaign::stateKey(c.state)},
        {QStringLiteral("audience"), nullable(store.audienceName(c.audienceId))},
        {QStringLiteral("election"), nullable(store.electionName(c.electionId))},
        {QStringLiteral("provider"), nullable(store.providerName(c.providerId))},
        {QStringLiteral("sender_id"), nullable(c.senderId)},
        {QStringLiteral("message"), c.message},
        {QStringLiteral("footer"), c.footer},
        {QStringLiteral("filters"), filters},
        {QStringLiteral("match"),
         c.segment.match == Segment::Match::Any ? QStringLiteral("any") : QStringLiteral("all")},
        {QStringLiteral("revision"), c.revision},
        {QStringLiteral("scheduled_at"),
         c.scheduledAt.isValid() ? QJsonValue(c.scheduledAt.toUTC().toString(Qt::ISODate))
                                 : QJsonValue()},
        {QStringLiteral("created_at"), c.createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("updated_at"), c.updatedAt.toUTC().toString(Qt::ISODate)}};
}

QCommandLineOption nameOption()
{
    return QCommandLineOption(QStringLiteral("name"), CampaignCommands::tr("Campaign name."),
                              QStringLiteral("name"));
}

} // namespace

void CampaignCommands::add(QList<Command> &commands)
{
    commands.append(
        {QStringLiteral("sms-info"),
         tr("Analyse an SMS text: encoding, parts, units and the characters that force UCS-2."),
         [](QCommandLineParser &parser) {
             parser.addOption(QCommandLineOption(QStringLiteral("footer"),
                                                 tr("Mandatory footer appended on its own line."),
                                                 QStringLiteral("text")));
         },
         [](Context &context) {
             const QStringList words = context.arguments();
             if (words.isEmpty())
                 return context.fail(tr("give the text to analyse"), UsageError);
             const QString text = Sms::withFooter(words.join(QLatin1Char(' ')),
                                                  context.parser.value(QStringLiteral("footer")));
             const Sms::Analysis analysis = Sms::analyse(text);
             QString human =
                 tr("%1 · %n part(s) · %2 characters, %3 units · %4 left in this part\n", "",
                    analysis.parts)
                     .arg(Sms::encodingName(analysis.encoding))
                     .arg(analysis.characters)
                     .arg(analysis.units)
                     .arg(analysis.remaining);
             if (!analysis.nonGsm.isEmpty()) {
                 QStringList list;
                 for (const Sms::NonGsmCharacter &c : analysis.nonGsm)
                     list.append(QStringLiteral("%1 (%2)").arg(c.character).arg(c.position + 1));
                 human += tr("Characters forcing UCS-2: %1\n").arg(list.join(QStringLiteral(", ")));
             }
             return context.succeed(analysisJson(analysis), human);
         },
         QStringLiteral("TEXT")});

    commands.append(
        {QStringLiteral("campaign create"), tr("Create a draft campaign."),
         [](QCommandLineParser &parser) {
             parser.addOption(nameOption());
             parser.addOption(QCommandLineOption(QStringLiteral("audience"), tr("Audience name."),
                                                 QStringLiteral("name")));
             SegmentOptions::add(parser,
                                 tr("Write to the contacts matching any filter (OR) instead of "
                                    "all of them (AND)."));
             parser.addOption(QCommandLineOption(QStringLiteral("message"),
                                                 tr("Message text, merge fields allowed."),
                                                 QStringLiteral("text")));
             parser.addOption(
                 QCommandLineOption(QStringLiteral("footer"),
                                    tr("Mandatory footer: sender identity and STOP mention."),
                                    QStringLiteral("text")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("sender"), tr("Alphanumeric sender id."), QStringLiteral("id")));
             parser.addOption(QCommandLineOption(QStringLiteral("provider"), tr("Provider name."),
                                                 QStringLiteral("name")));
             parser.addOption(QCommandLineOption(QStringLiteral("election"), tr("Election name."),
                                                 QStringLiteral("name")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("kind"), tr("consent (first-contact consent request) or campaign."),
                 QStringLiteral("kind"), QStringLiteral("campaign")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("schedule"),
                 tr("When to start sending, local time (e.g. 2027-03-01T10:00)."),
                 QStringLiteral("time")));
         },
         [](Context &context) {
             const QCommandLineParser &p = context.parser;
             if (!p.isSet(QStringLiteral("name")) || !p.isSet(QStringLiteral("audience"))
                 || !p.isSet(QStringLiteral("message")))
                 return context.fail(tr("--name, --audience and --message are required"),
                                     UsageError);
             Database *database = context.database();
             if (!database)
                 return Failure;
             CampaignStore store(database);
             Campaign campaign;
             campaign.name = p.value(QStringLiteral("name"));
             if (!Campaign::kindFromKey(p.value(QStringLiteral("kind")), &campaign.kind))
                 return context.fail(tr("--kind must be consent or campaign"), UsageError);
             campaign.audienceId = store.audienceId(p.value(QStringLiteral("audience")));
             if (campaign.audienceId == 0)
                 return context.fail(
                     tr("no audience named \"%1\"").arg(p.value(QStringLiteral("audience"))));
             const std::optional<Segment> segment = SegmentOptions::read(context);
             if (!segment)
                 return int(UsageError);
             campaign.segment = *segment;
             if (p.isSet(QStringLiteral("schedule"))) {
                 campaign.scheduledAt =
                     QDateTime::fromString(p.value(QStringLiteral("schedule")), Qt::ISODate);
                 if (!campaign.scheduledAt.isValid())
                     return context.fail(
                         tr("--schedule needs a date and time such as 2027-03-01T10:00"),
                         UsageError);
             }
             campaign.message = p.value(QStringLiteral("message"));
             campaign.footer = p.value(QStringLiteral("footer"));
             campaign.senderId = p.value(QStringLiteral("sender"));
             if (p.isSet(QStringLiteral("provider"))) {
                 campaign.providerId = store.providerId(p.value(QStringLiteral("provider")));
                 if (campaign.providerId == 0)
                     return context.fail(
                         tr("no provider named \"%1\"").arg(p.value(QStringLiteral("provider"))));
             }
             if (p.isSet(QStringLiteral("election"))) {
                 campaign.electionId = store.electionId(p.value(QStringLiteral("election")));
                 if (campaign.electionId == 0)
                     return context.fail(
                         tr("no election named \"%1\"").arg(p.value(QStringLiteral("election"))));
             }
             if (!store.create(&campaign))
                 return context.fail(store.errorString());
             return context.succeed(campaignJson(store, campaign),
                                    tr("Created draft campaign \"%1\".\n").arg(campaign.name));
         }});

    commands.append(
        {QStringLiteral("campaign list"), tr("List the campaigns."), {}, [](Context &context) {
             Database *database = context.database();
             if (!database)
                 return Failure;
             CampaignStore store(database);
             QJsonArray array;
             QString human;
             const QList<Campaign> campaigns = store.list();
             if (!store.errorString().isEmpty())
                 return context.fail(store.errorString());
             for (const Campaign &c : campaigns) {
                 array.append(campaignJson(store, c));
                 human += QStringLiteral("%1\t%2\t%3\t%4\n")
                              .arg(c.name, Campaign::stateLabel(c.state),
                                   Campaign::kindLabel(c.kind), store.audienceName(c.audienceId));
             }
             if (campaigns.isEmpty())
                 human = tr("No campaign yet.\n");
             return context.succeed({{QStringLiteral("campaigns"), array}}, human);
         }});

    commands.append(
        {QStringLiteral("campaign show"),
         tr("Show a campaign with its recipients and SMS parts per encoding (renders every "
            "message)."),
         [](QCommandLineParser &parser) { parser.addOption(nameOption()); },
         [](Context &context) {
             if (!context.parser.isSet(QStringLiteral("name")))
                 return context.fail(tr("--name is required"), UsageError);
             Database *database = context.database();
             if (!database)
                 return Failure;
             CampaignStore store(database);
             const std::optional<Campaign> campaign =
                 store.findByName(context.parser.value(QStringLiteral("name")));
             if (!campaign)
                 return context.fail(tr("no campaign named \"%1\"")
                                         .arg(context.parser.value(QStringLiteral("name"))));
             const CampaignPreview preview = CampaignPreview::compute(
                 database, campaign->audienceId, campaign->segment, campaign->consentPurpose(),
                 campaign->message, campaign->footer);
             if (!preview.ok)
                 return context.fail(preview.errorString);
             QJsonObject object = campaignJson(store, *campaign);
             QJsonObject byParts;
             for (auto it = preview.recipientsByParts.cbegin();
                  it != preview.recipientsByParts.cend(); ++it)
                 byParts.insert(QString::number(it.key()), it.value());
             object.insert(QStringLiteral("recipients"), preview.recipients);
             object.insert(QStringLiteral("parts"), preview.parts);
             object.insert(QStringLiteral("gsm7"),
                           QJsonObject {{QStringLiteral("recipients"), preview.gsm7Recipients},
                                        {QStringLiteral("parts"), preview.gsm7Parts}});
             object.insert(QStringLiteral("ucs2"),
                           QJsonObject {{QStringLiteral("recipients"), preview.ucs2Recipients},
                                        {QStringLiteral("parts"), preview.ucs2Parts}});
             object.insert(QStringLiteral("recipients_by_parts"), byParts);
             if (preview.recipients > 0) {
                 object.insert(QStringLiteral("worst_case"),
                               QJsonObject {{QStringLiteral("parts"), preview.worstParts},
                                            {QStringLiteral("contact_id"), preview.worst.contactId},
                                            {QStringLiteral("text"), preview.worstText}});
             }
             const QLocale locale;
             QString human =
                 tr("%1 (%2, %3)\nAudience: %4\nRecipients: %5\nSMS parts: %6 "
                    "(GSM-7: %7 recipients, %8 parts; UCS-2: %9 recipients, %10 parts)\n")
                     .arg(campaign->name, Campaign::kindLabel(campaign->kind),
                          Campaign::stateLabel(campaign->state).toLower(),
                          store.audienceName(campaign->audienceId),
                          locale.toString(preview.recipients), locale.toString(preview.parts),
                          locale.toString(preview.gsm7Recipients),
                          locale.toString(preview.gsm7Parts),
                          locale.toString(preview.ucs2Recipients))
                     .arg(locale.toString(preview.ucs2Parts));
             human += tr("Message:\n%1\n").arg(campaign->fullText());
             return context.succeed(object, human);
         }});
}
