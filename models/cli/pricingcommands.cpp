// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "campaign/campaignstore.h"
#include "pricing/budgetcheck.h"
#include "pricing/costpreview.h"
#include "pricing/money.h"
#include "pricing/priceplanstore.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using Command = CommandLineInterface::Command;
using Context = CommandLineInterface::Context;

namespace {

constexpr int Failure = CommandLineInterface::Failure;
constexpr int UsageError = CommandLineInterface::UsageError;

// "20", "5.5", "12,25" (percent, at most two decimals, 0 to 100) in basis points.
std::optional<int> parsePercent(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3})(?:[.,](\\d{1,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int basisPoints = match.captured(1).toInt() * 100
        + match.captured(2).leftJustified(2, QLatin1Char('0')).toInt();
    return basisPoints <= 10000 ? std::optional<int>(basisPoints) : std::nullopt;
}

QString percentText(int basisPoints)
{
    return QLocale().toString(double(basisPoints) / 100.0, 'f', basisPoints % 100 ? 2 : 0);
}

QJsonValue eurosOrNull(const std::optional<qint64> &millicents)
{
    return millicents ? QJsonValue(Money::euros(*millicents)) : QJsonValue();
}

QJsonObject mcJson(const PricePlan::Amount &amount)
{
    return {{QStringLiteral("min"), amount.min},
            {QStringLiteral("expected"), amount.expected},
            {QStringLiteral("max"), amount.max}};
}

// prefix + eur_min / eur_expected / eur_max (excluding VAT), vat_eur_*, incl_vat_eur_*.
void insertCost(QJsonObject &object, const QString &prefix, const PricePlan::Cost &cost)
{
    const QList<QPair<QString, const PricePlan::Amount *>> amounts = {
        {QString(), &cost.net},
        {QStringLiteral("vat_"), &cost.vat},
        {QStringLiteral("incl_vat_"), &cost.gross}};
    for (const auto &[kind, amount] : amounts) {
        object.insert(prefix + kind + QStringLiteral("eur_min"), Money::euros(amount->min));
        object.insert(prefix + kind + QStringLiteral("eur_expected"),
                      Money::euros(amount->expected));
        object.insert(prefix + kind + QStringLiteral("eur_max"), Money::euros(amount->max));
    }
}

// "12,00 €", or "10,00 € to 20,00 € (expected 15,00 €)" when the price is a range.
QString amountText(const PricePlan::Amount &amount)
{
    if (amount.isExact())
        return Money::format(amount.min);
    return PricingCommands::tr("%1 to %2 (expected %3)")
        .arg(Money::format(amount.min), Money::format(amount.max), Money::format(amount.expected));
}

QJsonObject planJson(const PricePlan &plan)
{
    QJsonArray tiers;
    for (const PricePlan::Tier &tier : plan.tiers) {
        QJsonObject object {{QStringLiteral("from_parts"), tier.fromParts}};
        if (tier.gsm7PartMc)
            object.insert(QStringLiteral("gsm7_part_mc"), *tier.gsm7PartMc);
        if (tier.ucs2PartMc)
            object.insert(QStringLiteral("ucs2_part_mc"), *tier.ucs2PartMc);
        tiers.append(object);
    }
    const auto mc = [](const std::optional<qint64> &value) {
        return value ? QJsonValue(*value) : QJsonValue();
    };
    return {{QStringLiteral("id"), plan.id},
            {QStringLiteral("name"), plan.name},
            {QStringLiteral("gsm7_part_mc"), mc(plan.gsm7PartMc)},
            {QStringLiteral("ucs2_part_mc"), mc(plan.ucs2PartMc)},
            {QStringLiteral("min_part_mc"), plan.minPartMc},
            {QStringLiteral("max_part_mc"), plan.maxPartMc},
            {QStringLiteral("vat_basis_points"), plan.vatBasisPoints},
            {QStringLiteral("tiers"), tiers},
            {QStringLiteral("gsm7_part_eur"), eurosOrNull(plan.gsm7PartMc)},
            {QStringLiteral("ucs2_part_eur"), eurosOrNull(plan.ucs2PartMc)}};
}

QString planText(const PricePlan &plan)
{
    const auto price = [&plan](const std::optional<qint64> &exact) {
        return exact ? Money::format(*exact, QLocale(), 5)
                     : PricingCommands::tr("unknown (%1 to %2)")
                           .arg(Money::format(plan.minPartMc, QLocale(), 5),
                                Money::format(plan.maxPartMc, QLocale(), 5));
    };
    QString text = PricingCommands::tr("%1: GSM-7 part %2, UCS-2 part %3, VAT %4 %")
                       .arg(plan.name, price(plan.gsm7PartMc), price(plan.ucs2PartMc),
                            percentText(plan.vatBasisPoints));
    if (!plan.tiers.isEmpty())
        text += PricingCommands::tr(", tiers %1").arg(PricePlan::tiersToJson(plan.tiers));
    return text + QLatin1Char('\n');
}

void addPlanOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("name"), PricingCommands::tr("Price plan name."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("gsm7"),
        PricingCommands::tr("Exact price of a GSM-7 part in euros (e.g. 0.045); \"unknown\" "
                            "prices it over the range."),
        QStringLiteral("eur")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("ucs2"),
        PricingCommands::tr("Exact price of a UCS-2 part in euros; \"unknown\" prices it over "
                            "the range."),
        QStringLiteral("eur")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("min"),
        PricingCommands::tr("Lowest price of a part when the exact one is unknown (default "
                            "0.15)."),
        QStringLiteral("eur")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("max"),
        PricingCommands::tr("Highest price of a part when the exact one is unknown (default "
                            "0.30)."),
        QStringLiteral("eur")));
    parser.addOption(QCommandLineOption(QStringLiteral("vat"),
                                        PricingCommands::tr("VAT rate in percent (default 20)."),
                                        QStringLiteral("percent")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("tiers"),
        PricingCommands::tr("Volume tiers as JSON, prices in millicents (1/100,000 €), e.g. "
                            "[{\"from_parts\":100000,\"gsm7_part_mc\":4000}]; \"\" for none."),
        QStringLiteral("json")));
}

// Copies the plan options given into *plan; the usage error, or an empty text.
QString readPlanOptions(const QCommandLineParser &p, PricePlan *plan)
{
    const QList<QPair<QString, std::optional<qint64> *>> exact = {
        {QStringLiteral("gsm7"), &plan->gsm7PartMc}, {QStringLiteral("ucs2"), &plan->ucs2PartMc}};
    for (const auto &[option, price] : exact) {
        if (!p.isSet(option))
            continue;
        const QString value = p.value(option);
        if (value == QLatin1String("unknown")) {
            price->reset();
            continue;
        }
        *price = Money::parseEuros(value);
        if (!*price)
            return PricingCommands::tr("--%1 needs an amount in euros such as 0.045, or unknown")
                .arg(option);
    }
    const QList<QPair<QString, qint64 *>> range = {{QStringLiteral("min"), &plan->minPartMc},
                                                   {QStringLiteral("max"), &plan->maxPartMc}};
    for (const auto &[option, price] : range) {
        if (!p.isSet(option))
            continue;
        const std::optional<qint64> value = Money::parseEuros(p.value(option));
        if (!value)
            return PricingCommands::tr("--%1 needs an amount in euros such as 0.15").arg(option);
        *price = *value;
    }
    if (p.isSet(QStringLiteral("vat"))) {
        const std::optional<int> vat = parsePercent(p.value(QStringLiteral("vat")));
        if (!vat)
            return PricingCommands::tr("--vat needs a percentage from 0 to 100 such as 20");
        plan->vatBasisPoints = *vat;
    }
    if (p.isSet(QStringLiteral("tiers"))) {
        QString error;
        const std::optional<QList<PricePlan::Tier>> tiers =
            PricePlan::tiersFromJson(p.value(QStringLiteral("tiers")), &error);
        if (!tiers)
            return error;
        plan->tiers = *tiers;
    }
    return {};
}

QJsonObject previewJson(const CampaignPreview &preview)
{
    return {{QStringLiteral("recipients"), preview.recipients},
            {QStringLiteral("parts"), preview.parts},
            {QStringLiteral("gsm7"), preview.gsm7Recipients},
            {QStringLiteral("ucs2"), preview.ucs2Recipients},
            {QStringLiteral("gsm7_parts"), preview.gsm7Parts},
            {QStringLiteral("ucs2_parts"), preview.ucs2Parts}};
}

QJsonObject budgetJson(const BudgetCheck &budget)
{
    const auto cap = [](const BudgetCheck::Cap &limit) {
        return limit.isSet() ? QJsonValue(Money::euros(limit.capMc)) : QJsonValue();
    };
    return {{QStringLiteral("passes"), budget.passes()},
            {QStringLiteral("campaign_cap_eur"), cap(budget.campaign)},
            {QStringLiteral("campaign_spent_eur"), Money::euros(budget.campaign.spentMc)},
            {QStringLiteral("campaign_projected_eur"), Money::euros(budget.campaign.projectedMc)},
            {QStringLiteral("campaign_excess_eur"), Money::euros(budget.campaign.excessMc())},
            {QStringLiteral("election"),
             budget.electionId > 0 ? QJsonValue(budget.electionName) : QJsonValue()},
            {QStringLiteral("election_cap_eur"), cap(budget.election)},
            {QStringLiteral("election_spent_eur"), Money::euros(budget.election.spentMc)},
            {QStringLiteral("election_projected_eur"), Money::euros(budget.election.projectedMc)},
            {QStringLiteral("election_excess_eur"), Money::euros(budget.election.excessMc())},
            // The campaign's amounts exclude VAT; the election's include it (L52-12 account).
            {QStringLiteral("election_incl_vat"), true},
            {QStringLiteral("vat_percent"), budget.vatBasisPoints / 100.0},
            {QStringLiteral("refusals"), QJsonArray::fromStringList(budget.refusals())}};
}

QJsonObject costJson(const CostPreview &preview)
{
    QJsonObject object = previewJson(preview.message);
    insertCost(object, QString(), preview.cost);
    object.insert(QStringLiteral("exact"), preview.cost.net.isExact());
    object.insert(QStringLiteral("price_plan"), preview.plan.name);
    object.insert(QStringLiteral("vat_basis_points"), preview.plan.vatBasisPoints);
    object.insert(QStringLiteral("mc"),
                  QJsonObject {{QStringLiteral("net"), mcJson(preview.cost.net)},
                               {QStringLiteral("vat"), mcJson(preview.cost.vat)},
                               {QStringLiteral("gross"), mcJson(preview.cost.gross)}});
    QJsonObject byParts;
    for (auto it = preview.message.recipientsByParts.cbegin();
         it != preview.message.recipientsByParts.cend(); ++it)
        byParts.insert(QString::number(it.key()), it.value());
    object.insert(QStringLiteral("recipients_by_parts"), byParts);

    QJsonObject rewrite =
        previewJson(preview.rewriteAvailable ? preview.rewritten : preview.message);
    rewrite.insert(QStringLiteral("available"), preview.rewriteAvailable);
    rewrite.insert(QStringLiteral("message"), preview.rewrittenMessage);
    rewrite.insert(QStringLiteral("footer"), preview.rewrittenFooter);
    insertCost(rewrite, QString(), preview.rewriteAvailable ? preview.rewrittenCost : preview.cost);
    insertCost(rewrite, QStringLiteral("saves_"), preview.savings());
    rewrite.insert(QStringLiteral("saves_parts"),
                   preview.rewriteAvailable ? preview.message.parts - preview.rewritten.parts : 0);
    object.insert(QStringLiteral("rewrite"), rewrite);

    const CostPreview::Forecast &f = preview.forecast;
    QJsonObject forecast {{QStringLiteral("available"), f.available}};
    if (!f.available) {
        forecast.insert(QStringLiteral("reason"), f.unavailableReason);
    } else {
        forecast.insert(QStringLiteral("consent_recipients"), f.consentRequest.recipients);
        forecast.insert(QStringLiteral("consent_parts"), f.consentRequest.parts);
        insertCost(forecast, QStringLiteral("consent_"), f.consentCost);
        forecast.insert(QStringLiteral("consent_rate_percent"), f.rateBasisPoints / 100.0);
        forecast.insert(QStringLiteral("rate_from_history"), f.rateFromHistory);
        forecast.insert(QStringLiteral("history_granted"), f.historyGranted);
        forecast.insert(QStringLiteral("history_answered"), f.historyAnswered);
        forecast.insert(QStringLiteral("campaign_recipients"), f.campaignRecipients);
        forecast.insert(QStringLiteral("campaign_parts"),
                        f.campaignGsm7Parts + f.campaignUcs2Parts);
        insertCost(forecast, QStringLiteral("campaign_"), f.campaignCost);
        insertCost(forecast, QStringLiteral("total_"), f.total);
        insertCost(forecast, QStringLiteral("rewrite_saves_"), f.rewriteSavings);
    }
    object.insert(QStringLiteral("forecast"), forecast);
    object.insert(QStringLiteral("seconds"), preview.seconds);
    return object;
}

QString costText(const CostPreview &preview)
{
    const QLocale locale;
    const CampaignPreview &m = preview.message;
    QString text =
        PricingCommands::tr("Recipients: %1 (GSM-7: %2, UCS-2: %3)\nSMS parts: %4 (GSM-7: %5, "
                            "UCS-2: %6)\nPrice plan: %7\n")
            .arg(locale.toString(m.recipients), locale.toString(m.gsm7Recipients),
                 locale.toString(m.ucs2Recipients), locale.toString(m.parts),
                 locale.toString(m.gsm7Parts), locale.toString(m.ucs2Parts), preview.plan.name);
    text += PricingCommands::tr("Cost excluding VAT: %1\nVAT (%2 %): %3\nCost including VAT: %4\n")
                .arg(amountText(preview.cost.net), percentText(preview.plan.vatBasisPoints),
                     amountText(preview.cost.vat), amountText(preview.cost.gross));
    if (preview.rewriteAvailable)
        text +=
            PricingCommands::tr("A GSM-safe rewrite of the text would take %1 parts and save "
                                "%2 excluding VAT.\n")
                .arg(locale.toString(preview.rewritten.parts), amountText(preview.savings().net));
    const CostPreview::Forecast &f = preview.forecast;
    if (f.available) {
        const QString rate = f.rateFromHistory
            ? PricingCommands::tr("%1 % (this audience: %2 of %3 answers)")
                  .arg(percentText(f.rateBasisPoints), locale.toString(f.historyGranted),
                       locale.toString(f.historyAnswered))
            : PricingCommands::tr("%1 % (assumed)").arg(percentText(f.rateBasisPoints));
        text += PricingCommands::tr("Consent first: the consent request to %1 numbers never "
                                    "asked costs %2; at a consent rate of %3, the campaign "
                                    "message to %4 recipients costs %5; together %6 (excluding "
                                    "VAT).\n")
                    .arg(locale.toString(f.consentRequest.recipients),
                         amountText(f.consentCost.net), rate, locale.toString(f.campaignRecipients),
                         amountText(f.campaignCost.net), amountText(f.total.net));
    }
    return text;
}

// The plan named by `option`, or nullopt after reporting why not (a usage error's text is
// reported by the caller).
std::optional<PricePlan> namedPlan(Context &context, Database *database, const QString &name)
{
    PricePlanStore store(database);
    std::optional<PricePlan> plan = store.findByName(name);
    if (!plan)
        context.fail(store.errorString().isEmpty()
                         ? PricingCommands::tr("no price plan named \"%1\"").arg(name)
                         : store.errorString());
    return plan;
}

int runCost(Context &context)
{
    const QCommandLineParser &p = context.parser;
    const bool byCampaign = p.isSet(QStringLiteral("campaign"));
    if (byCampaign == p.isSet(QStringLiteral("audience")))
        return context.fail(PricingCommands::tr("give --campaign, or --audience with --message"),
                            UsageError);
    if (!byCampaign && !p.isSet(QStringLiteral("message")))
        return context.fail(PricingCommands::tr("--audience needs --message"), UsageError);
    int rate = -1;
    if (p.isSet(QStringLiteral("consent-rate"))) {
        const std::optional<int> percent = parsePercent(p.value(QStringLiteral("consent-rate")));
        if (!percent)
            return context.fail(
                PricingCommands::tr("--consent-rate needs a percentage from 0 to 100 such as 15"),
                UsageError);
        rate = *percent;
    }
    std::optional<Segment> segment;
    Campaign::Kind kind = Campaign::Kind::Message;
    if (!byCampaign) {
        segment = SegmentOptions::read(context);
        if (!segment)
            return int(UsageError);
        if (!Campaign::kindFromKey(p.value(QStringLiteral("kind")), &kind))
            return context.fail(PricingCommands::tr("--kind must be consent or campaign"),
                                UsageError);
    }
    Database *database = context.database();
    if (!database)
        return Failure;
    CampaignStore campaigns(database);
    Campaign campaign;
    if (byCampaign) {
        const std::optional<Campaign> found =
            campaigns.findByName(p.value(QStringLiteral("campaign")));
        if (!found)
            return context.fail(PricingCommands::tr("no campaign named \"%1\"")
                                    .arg(p.value(QStringLiteral("campaign"))));
        campaign = *found;
    } else {
        campaign.kind = kind;
        campaign.audienceId = campaigns.audienceId(p.value(QStringLiteral("audience")));
        if (campaign.audienceId == 0)
            return context.fail(PricingCommands::tr("no audience named \"%1\"")
                                    .arg(p.value(QStringLiteral("audience"))));
        campaign.segment = *segment;
        campaign.message = p.value(QStringLiteral("message"));
        campaign.footer = p.value(QStringLiteral("footer"));
        if (p.isSet(QStringLiteral("provider"))) {
            campaign.providerId = campaigns.providerId(p.value(QStringLiteral("provider")));
            if (campaign.providerId == 0)
                return context.fail(PricingCommands::tr("no provider named \"%1\"")
                                        .arg(p.value(QStringLiteral("provider"))));
        }
    }
    QString error;
    std::optional<CostPreview::Request> request = CostPreview::request(database, campaign, &error);
    if (!request)
        return context.fail(error);
    if (p.isSet(QStringLiteral("price-plan"))) {
        const std::optional<PricePlan> plan =
            namedPlan(context, database, p.value(QStringLiteral("price-plan")));
        if (!plan)
            return Failure;
        request->plan = *plan;
    }
    if (p.isSet(QStringLiteral("consent-message")))
        request->consentRequest = {p.value(QStringLiteral("consent-message")), campaign.footer};
    request->consentRateBasisPoints = rate;
    request->forecast = !p.isSet(QStringLiteral("no-forecast"));
    const CostPreview preview = CostPreview::compute(database, *request);
    if (!preview.ok)
        return context.fail(preview.errorString);
    QJsonObject object = costJson(preview);
    QString human = costText(preview);
    if (byCampaign) {
        const BudgetCheck budget = BudgetCheck::check(database, campaign.id, preview.cost.net.max);
        if (!budget.ok)
            return context.fail(budget.errorString);
        object.insert(QStringLiteral("budget"), budgetJson(budget));
        const QStringList refusals = budget.refusals();
        human += refusals.isEmpty() ? PricingCommands::tr("Within the budget caps.\n")
                                    : refusals.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return context.succeed(object, human);
}

} // namespace

void PricingCommands::add(QList<Command> &commands)
{
    commands.append(
        {QStringLiteral("cost"),
         tr("What a campaign, or a message to an audience segment, will cost: every message "
            "rendered and priced with the provider's price plan, a GSM-safe rewrite's saving, the "
            "consent-first forecast and, for a campaign, its budget caps."),
         [](QCommandLineParser &parser) {
             parser.addOption(QCommandLineOption(QStringLiteral("campaign"), tr("Campaign name."),
                                                 QStringLiteral("name")));
             parser.addOption(QCommandLineOption(QStringLiteral("audience"),
                                                 tr("Audience name (without a campaign)."),
                                                 QStringLiteral("name")));
             SegmentOptions::add(parser,
                                 tr("Price for the contacts matching any filter (OR) "
                                    "instead of all of them (AND)."));
             parser.addOption(QCommandLineOption(QStringLiteral("message"),
                                                 tr("Message text, merge fields allowed."),
                                                 QStringLiteral("text")));
             parser.addOption(QCommandLineOption(QStringLiteral("footer"),
                                                 tr("Mandatory footer appended on its own line."),
                                                 QStringLiteral("text")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("kind"), tr("consent (first-contact consent request) or campaign."),
                 QStringLiteral("kind"), QStringLiteral("campaign")));
             parser.addOption(QCommandLineOption(QStringLiteral("provider"),
                                                 tr("Provider whose price plan applies."),
                                                 QStringLiteral("name")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("price-plan"),
                 tr("Price plan to use instead of the provider's (see price-plan list)."),
                 QStringLiteral("name")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("consent-message"),
                 tr("Consent request sent first (default: the audience's latest consent request, "
                    "else the consent request template)."),
                 QStringLiteral("text")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("consent-rate"),
                 tr("Share of the numbers asked that agree, in percent (default: this "
                    "audience's history, else 10)."),
                 QStringLiteral("percent")));
             parser.addOption(QCommandLineOption(QStringLiteral("no-forecast"),
                                                 tr("Leave out the consent-first forecast.")));
         },
         runCost});

    commands.append(
        {QStringLiteral("price-plan add"),
         tr("Add a price plan: exact prices per part when the contract states them, else a "
            "range."),
         addPlanOptions, [](Context &context) {
             PricePlan plan;
             plan.name = context.parser.value(QStringLiteral("name"));
             const QString usage = readPlanOptions(context.parser, &plan);
             if (!usage.isEmpty())
                 return context.fail(usage, UsageError);
             Database *database = context.database();
             if (!database)
                 return Failure;
             PricePlanStore store(database);
             if (!store.add(&plan))
                 return context.fail(store.errorString());
             return context.succeed(planJson(plan),
                                    tr("Price plan \"%1\" added.\n").arg(plan.name));
         }});

    commands.append({QStringLiteral("price-plan update"),
                     tr("Change a price plan; the options not given keep their values."),
                     [](QCommandLineParser &parser) {
                         addPlanOptions(parser);
                         parser.addOption(QCommandLineOption(
                             QStringLiteral("rename"), tr("New name."), QStringLiteral("name")));
                     },
                     [](Context &context) {
                         Database *database = context.database();
                         if (!database)
                             return Failure;
                         std::optional<PricePlan> plan = namedPlan(
                             context, database, context.parser.value(QStringLiteral("name")));
                         if (!plan)
                             return Failure;
                         if (context.parser.isSet(QStringLiteral("rename")))
                             plan->name = context.parser.value(QStringLiteral("rename"));
                         const QString usage = readPlanOptions(context.parser, &*plan);
                         if (!usage.isEmpty())
                             return context.fail(usage, UsageError);
                         PricePlanStore store(database);
                         if (!store.update(*plan))
                             return context.fail(store.errorString());
                         return context.succeed(planJson(*plan),
                                                tr("Price plan \"%1\" updated.\n").arg(plan->name));
                     }});

    commands.append({QStringLiteral("price-plan list"), tr("List the price plans."), nullptr,
                     [](Context &context) {
                         Database *database = context.database();
                         if (!database)
                             return Failure;
                         PricePlanStore store(database);
                         const QList<PricePlan> plans = store.list();
                         if (!store.errorString().isEmpty())
                             return context.fail(store.errorString());
                         QJsonArray array;
                         QString human;
                         for (const PricePlan &plan : plans) {
                             array.append(planJson(plan));
                             human += planText(plan);
                         }
                         if (plans.isEmpty())
                             human = tr("No price plan yet.\n");
                         return context.succeed({{QStringLiteral("price_plans"), array}}, human);
                     }});
}
