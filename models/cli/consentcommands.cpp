// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "audience/segmentindex.h"
#include "campaign/campaignstore.h"
#include "campaign/templatestore.h"
#include "consent/consentgate.h"
#include "consent/consentledger.h"
#include "consent/consentrequestcheck.h"
#include "consent/replyinterpreter.h"
#include "consent/suppressionlist.h"
#include "consent/suppressionlistmodel.h"
#include "sending/receipts.h"
#include "storage/database.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using Command = CommandLineInterface::Command;
using Context = CommandLineInterface::Context;
using Consent::Ledger;
using Consent::SuppressionList;

namespace {

constexpr int Failure = CommandLineInterface::Failure;
constexpr int UsageError = CommandLineInterface::UsageError;

QCommandLineOption audienceOption()
{
    return QCommandLineOption(QStringLiteral("audience"), ConsentCommands::tr("Audience name."),
                              QStringLiteral("name"));
}

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// The consent request template of the installation: the first (by name) with nothing left to
// fill in, else the first at all (the migration's model, with its [placeholders]).
std::optional<TemplateStore::Template> defaultRequestTemplate(Database *database)
{
    std::optional<TemplateStore::Template> found;
    for (const TemplateStore::Template &t : TemplateStore(database).list()) {
        if (t.kind != QLatin1String("consent_request"))
            continue;
        const QList<Consent::RequestCheck::Item> items =
            Consent::RequestCheck::check(t.body, QString(), QString(), false);
        const bool filledIn =
            std::all_of(items.cbegin(), items.cend(), [](const Consent::RequestCheck::Item &i) {
                return i.key != QLatin1String("placeholders") || i.passed;
            });
        if (filledIn)
            return t;
        if (!found)
            found = t;
    }
    return found;
}

// A campaign name not taken yet: `base`, else "base (2)", "base (3)"...
QString freeCampaignName(CampaignStore &store, const QString &base)
{
    QString name = base;
    for (int n = 2; store.findByName(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

QJsonObject eventJson(const Ledger::Record &r)
{
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("at"), isoUtc(r.at)},
        {QStringLiteral("event"), Ledger::eventKey(r.event)},
        {QStringLiteral("audience"), nullable(r.audienceName)},
        {QStringLiteral("text_sent"), nullable(r.textSent)},
        {QStringLiteral("text_received"), nullable(r.textReceived)},
        {QStringLiteral("message_id"), r.messageId > 0 ? QJsonValue(r.messageId) : QJsonValue()},
        {QStringLiteral("provider_message_id"), nullable(r.providerMessageId)},
        {QStringLiteral("actor"), r.actor},
        {QStringLiteral("note"), nullable(r.note)}};
}

QJsonObject entryJson(const SuppressionList::Entry &e)
{
    return {{QStringLiteral("phone"), e.phone},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("source"), nullable(e.source)},
            {QStringLiteral("note"), nullable(e.note)},
            {QStringLiteral("added_at"), isoUtc(e.addedAt)},
            {QStringLiteral("added_by"), nullable(e.addedBy)}};
}

// The number given to a command, in E.164; empty after reporting a number that is none.
QString phoneOrFail(const Context &context, Database *database, const QString &number)
{
    SuppressionList list(database);
    const QString phone = list.normalize(number);
    if (phone.isEmpty())
        context.fail(list.errorString());
    return phone;
}

int consentRequest(Context &context)
{
    const QCommandLineParser &p = context.parser;
    if (!p.isSet(QStringLiteral("audience")))
        return context.fail(ConsentCommands::tr("--audience is required"), UsageError);
    if (p.isSet(QStringLiteral("template")) && p.isSet(QStringLiteral("message")))
        return context.fail(ConsentCommands::tr("give either --template or --message"), UsageError);
    const std::optional<Segment> segment = SegmentOptions::read(context);
    if (!segment)
        return UsageError;
    Database *database = context.database();
    if (!database)
        return Failure;
    CampaignStore store(database, database->actor());
    const QString audience = p.value(QStringLiteral("audience"));
    Campaign campaign;
    campaign.kind = Campaign::Kind::ConsentRequest;
    campaign.audienceId = store.audienceId(audience);
    if (campaign.audienceId == 0)
        return context.fail(ConsentCommands::tr("no audience named \"%1\"").arg(audience));
    campaign.segment = *segment;

    QString templateName;
    if (p.isSet(QStringLiteral("message"))) {
        campaign.message = p.value(QStringLiteral("message"));
    } else if (p.isSet(QStringLiteral("template"))) {
        templateName = p.value(QStringLiteral("template"));
        const QList<TemplateStore::Template> templates = TemplateStore(database).list();
        const auto it = std::find_if(templates.cbegin(), templates.cend(),
                                     [&](const auto &t) { return t.name == templateName; });
        if (it == templates.cend())
            return context.fail(ConsentCommands::tr("no template named \"%1\"").arg(templateName));
        campaign.message = it->body;
    } else {
        const std::optional<TemplateStore::Template> t = defaultRequestTemplate(database);
        if (!t)
            return context.fail(ConsentCommands::tr(
                "there is no consent request template: give the text with --message"));
        templateName = t->name;
        campaign.message = t->body;
    }
    campaign.footer = p.value(QStringLiteral("footer"));
    campaign.senderId = p.value(QStringLiteral("sender-id"));
    if (p.isSet(QStringLiteral("provider"))) {
        campaign.providerId = store.providerId(p.value(QStringLiteral("provider")));
        if (campaign.providerId == 0)
            return context.fail(ConsentCommands::tr("no provider named \"%1\"")
                                    .arg(p.value(QStringLiteral("provider"))));
    }
    campaign.name = p.isSet(QStringLiteral("name"))
        ? p.value(QStringLiteral("name"))
        : freeCampaignName(store,
                           ConsentCommands::tr("Consent request — %1 — %2")
                               .arg(audience, QDate::currentDate().toString(Qt::ISODate)));
    if (!store.create(&campaign))
        return context.fail(store.errorString());

    const SegmentIndex::Count count = SegmentIndex(database).count(campaign.audienceId, *segment);
    if (!count.ok)
        return context.fail(count.errorString);
    const qint64 recipients = SegmentIndex::recipients(count, Consent::Purpose::ConsentRequest);
    const QJsonObject object {{QStringLiteral("id"), campaign.id},
                              {QStringLiteral("name"), campaign.name},
                              {QStringLiteral("kind"), Campaign::kindKey(campaign.kind)},
                              {QStringLiteral("state"), Campaign::stateKey(campaign.state)},
                              {QStringLiteral("audience"), audience},
                              {QStringLiteral("template"), nullable(templateName)},
                              {QStringLiteral("message"), campaign.message},
                              {QStringLiteral("footer"), campaign.footer},
                              {QStringLiteral("recipients"), recipients}};
    return context.succeed(
        object,
        ConsentCommands::tr("Created the draft consent request \"%1\" (id %2): %Ln contact(s) "
                            "never asked.\n",
                            "", int(recipients))
            .arg(campaign.name)
            .arg(campaign.id));
}

int consentStatus(Context &context)
{
    if (!context.parser.isSet(QStringLiteral("audience")))
        return context.fail(ConsentCommands::tr("--audience is required"), UsageError);
    Database *database = context.database();
    if (!database)
        return Failure;
    const QString audience = context.parser.value(QStringLiteral("audience"));
    const qint64 audienceId = CampaignStore(database).audienceId(audience);
    if (audienceId == 0)
        return context.fail(ConsentCommands::tr("no audience named \"%1\"").arg(audience));
    Ledger ledger(database);
    const std::optional<Ledger::Funnel> f =
        ledger.funnel(audienceId, Consent::Settings::load(database).expiryDays);
    if (!f)
        return context.fail(ledger.errorString());
    const QJsonObject object {{QStringLiteral("audience"), audience},
                              {QStringLiteral("contacts"), f->contacts},
                              {QStringLiteral("requested"), f->requested},
                              {QStringLiteral("awaiting"), f->awaiting},
                              {QStringLiteral("granted"), f->granted},
                              {QStringLiteral("refused"), f->refused},
                              {QStringLiteral("opted_out"), f->optedOut},
                              {QStringLiteral("expired"), f->expired},
                              {QStringLiteral("never_asked"), f->neverAsked},
                              {QStringLiteral("suppressed"), f->suppressed}};
    const QLocale locale;
    return context.succeed(
        object,
        ConsentCommands::tr("%1\nContacts:     %2\nAsked:        %3\nAwaiting:     %4\n"
                            "Agreed:       %5\nRefused:      %6\nSTOP:         %7\n"
                            "Expired:      %8\nNever asked:  %9\nSuppressed:   %10\n")
            .arg(audience, locale.toString(f->contacts), locale.toString(f->requested),
                 locale.toString(f->awaiting), locale.toString(f->granted),
                 locale.toString(f->refused), locale.toString(f->optedOut),
                 locale.toString(f->expired), locale.toString(f->neverAsked))
            .arg(locale.toString(f->suppressed)));
}

int consentHistory(Context &context)
{
    if (!context.parser.isSet(QStringLiteral("phone")))
        return context.fail(ConsentCommands::tr("--phone is required"), UsageError);
    Database *database = context.database();
    if (!database)
        return Failure;
    const QString phone =
        phoneOrFail(context, database, context.parser.value(QStringLiteral("phone")));
    if (phone.isEmpty())
        return Failure;
    Ledger ledger(database);
    QString state;
    if (!ledger.readState(phone, &state))
        return context.fail(ledger.errorString());
    const QList<Ledger::Record> records = ledger.history(phone);
    if (!ledger.errorString().isEmpty())
        return context.fail(ledger.errorString());
    SuppressionList list(database);
    const std::optional<SuppressionList::Entry> suppression = list.find(phone);
    QJsonArray events;
    QString human = ConsentCommands::tr("%1: %2\n").arg(phone, Ledger::stateLabel(state));
    for (const Ledger::Record &r : records) {
        events.append(eventJson(r));
        QString line = QStringLiteral("%1  %2").arg(
            QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat),
            Ledger::eventLabel(r.event));
        if (!r.audienceName.isEmpty())
            line += QStringLiteral(" · ") + r.audienceName;
        if (!r.textReceived.isEmpty())
            line += QStringLiteral(" · \"%1\"").arg(r.textReceived);
        human += line + QLatin1Char('\n');
    }
    if (records.isEmpty())
        human += ConsentCommands::tr("No consent event.\n");
    if (suppression)
        human += ConsentCommands::tr("On the suppression list (%1).\n")
                     .arg(SuppressionListModel::reasonLabel(suppression->reason));
    return context.succeed(
        {{QStringLiteral("phone"), phone},
         {QStringLiteral("state"), state.isEmpty() ? QStringLiteral("unknown") : state},
         {QStringLiteral("suppressed"), bool(suppression)},
         {QStringLiteral("events"), events}},
        human);
}

int reply(Context &context)
{
    const QCommandLineParser &p = context.parser;
    if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("text")))
        return context.fail(ConsentCommands::tr("--from and --text are required"), UsageError);
    Database *database = context.database();
    if (!database)
        return Failure;
    const QString phone = phoneOrFail(context, database, p.value(QStringLiteral("from")));
    if (phone.isEmpty())
        return Failure;
    qint64 providerId = 0;
    if (p.isSet(QStringLiteral("provider"))) {
        providerId = CampaignStore(database).providerId(p.value(QStringLiteral("provider")));
        if (providerId == 0)
            return context.fail(ConsentCommands::tr("no provider named \"%1\"")
                                    .arg(p.value(QStringLiteral("provider"))));
    }
    Sending::InboundMessage message;
    message.from = phone;
    message.text = p.value(QStringLiteral("text"));
    message.providerMessageId = p.value(QStringLiteral("id"));
    message.at = QDateTime::currentDateTimeUtc();
    QString error;
    if (!Receipts(database).recordInbound(providerId, {message}, &error))
        return context.fail(error);
    // What recordInbound read in it: the interpretation is pure and deterministic.
    const Consent::Interpretation meaning = Consent::ReplyInterpreter::interpret(message.text);
    Ledger ledger(database);
    QString state;
    if (!ledger.readState(phone, &state))
        return context.fail(ledger.errorString());
    const bool suppressed = SuppressionList(database).contains(phone);
    const QString kind = Consent::ReplyInterpreter::kindKey(meaning.kind);
    return context.succeed(
        {{QStringLiteral("phone"), phone},
         {QStringLiteral("text"), message.text},
         {QStringLiteral("interpretation"), kind},
         {QStringLiteral("reason"), meaning.reason},
         {QStringLiteral("keyword"), nullable(meaning.keyword)},
         {QStringLiteral("state"), state.isEmpty() ? QStringLiteral("unknown") : state},
         {QStringLiteral("suppressed"), suppressed}},
        ConsentCommands::tr("%1: read as %2; consent now: %3\n")
            .arg(phone, meaning.toString(), Ledger::stateLabel(state)));
}

// The one argument (NUMBER, FILE) of a suppression command, and the database; nullptr after
// reporting what went wrong, with the exit code in *exitCode.
Database *withOneArgument(Context &context, const QString &missing, QString *argument,
                          int *exitCode)
{
    const QStringList words = context.arguments();
    if (words.size() != 1) {
        *exitCode = context.fail(missing, UsageError);
        return nullptr;
    }
    *argument = words.constFirst();
    *exitCode = Failure;
    return context.database();
}

int suppressionAdd(Context &context)
{
    QString number;
    int exitCode = Failure;
    Database *database =
        withOneArgument(context, ConsentCommands::tr("give one NUMBER"), &number, &exitCode);
    if (!database)
        return exitCode;
    SuppressionList list(database);
    const QString phone = list.normalize(number);
    if (phone.isEmpty())
        return context.fail(list.errorString());
    const bool listed = list.contains(phone);
    if (!list.add(phone, database->actor(), context.parser.value(QStringLiteral("note"))))
        return context.fail(list.errorString());
    return context.succeed(
        {{QStringLiteral("phone"), phone},
         {QStringLiteral("added"), !listed},
         {QStringLiteral("suppressed"), list.count()}},
        listed ? ConsentCommands::tr("%1 was already on the suppression list.\n").arg(phone)
               : ConsentCommands::tr("%1 added to the suppression list.\n").arg(phone));
}

int suppressionList(Context &context)
{
    const QCommandLineParser &p = context.parser;
    bool ok = true;
    const int limit =
        p.isSet(QStringLiteral("limit")) ? p.value(QStringLiteral("limit")).toInt(&ok) : 100;
    if (!ok || limit <= 0)
        return context.fail(ConsentCommands::tr("--limit needs a positive number"), UsageError);
    Database *database = context.database();
    if (!database)
        return Failure;
    SuppressionList list(database);
    const QList<SuppressionList::Entry> entries =
        list.search(p.value(QStringLiteral("prefix")), p.value(QStringLiteral("after")), limit);
    const qint64 total = list.count();
    if (!list.errorString().isEmpty())
        return context.fail(list.errorString());
    QJsonArray numbers;
    QString human;
    for (const SuppressionList::Entry &e : entries) {
        numbers.append(entryJson(e));
        human += QStringLiteral("%1\t%2\t%3\t%4\n")
                     .arg(e.phone, SuppressionListModel::reasonLabel(e.reason), e.source,
                          QLocale().toString(e.addedAt.toLocalTime(), QLocale::ShortFormat));
    }
    if (entries.isEmpty())
        human = ConsentCommands::tr("No number.\n");
    QJsonObject object {{QStringLiteral("numbers"), numbers}, {QStringLiteral("total"), total}};
    // The next page starts after the last number shown (--after).
    object.insert(QStringLiteral("next_after"),
                  entries.size() == limit ? QJsonValue(entries.constLast().phone) : QJsonValue());
    return context.succeed(object, human);
}

int suppressionImport(Context &context)
{
    QString file;
    int exitCode = Failure;
    Database *database =
        withOneArgument(context, ConsentCommands::tr("give one FILE"), &file, &exitCode);
    if (!database)
        return exitCode;
    const bool json = context.json;
    QTextStream &err = context.err;
    SuppressionList list(database);
    const SuppressionList::ImportResult result = list.importFile(
        file, context.parser.value(QStringLiteral("source")), database->actor(),
        QStringLiteral("opposition_list"), [json, &err](qint64 done, qint64 total) {
            if (!json)
                err << QLatin1Char('\r') + ConsentCommands::tr("%1 %").arg(done * 100 / total)
                    << Qt::flush;
        });
    if (!json)
        err << QLatin1Char('\r') << Qt::flush;
    if (!result.ok)
        return context.fail(result.errorString);
    const QLocale locale;
    QString human =
        ConsentCommands::tr("Imported %1 in %2 s: %3 rows, %4 numbers added, %5 "
                            "already listed, %6 repeated in the file, %7 not a phone "
                            "number, %8 malformed.\n")
            .arg(file, locale.toString(result.seconds, 'f', 1), locale.toString(result.rows),
                 locale.toString(result.added), locale.toString(result.alreadyListed),
                 locale.toString(result.duplicates), locale.toString(result.invalid),
                 locale.toString(result.malformed));
    for (const QString &reject : result.rejects.mid(0, 20))
        human += QStringLiteral("  %1\n").arg(reject);
    return context.succeed({{QStringLiteral("rows"), result.rows},
                            {QStringLiteral("added"), result.added},
                            {QStringLiteral("already_listed"), result.alreadyListed},
                            {QStringLiteral("duplicates"), result.duplicates},
                            {QStringLiteral("invalid"), result.invalid},
                            {QStringLiteral("malformed"), result.malformed},
                            {QStringLiteral("rejects"), QJsonArray::fromStringList(result.rejects)},
                            {QStringLiteral("seconds"), result.seconds}},
                           human);
}

int suppressionExport(Context &context)
{
    QString file;
    int exitCode = Failure;
    Database *database =
        withOneArgument(context, ConsentCommands::tr("give one FILE"), &file, &exitCode);
    if (!database)
        return exitCode;
    SuppressionList list(database);
    qint64 rows = 0;
    if (!list.exportCsv(file, database->actor(), &rows))
        return context.fail(list.errorString());
    return context.succeed(
        {{QStringLiteral("out"), file}, {QStringLiteral("rows"), rows}},
        ConsentCommands::tr("%1 numbers written to %2.\n").arg(QLocale().toString(rows), file));
}

} // namespace

void ConsentCommands::add(QList<Command> &commands)
{
    commands.append(
        {QStringLiteral("consent request"),
         tr("Create the draft consent request (the first message to a rented audience) for the "
            "contacts of an audience or segment never asked."),
         [](QCommandLineParser &parser) {
             parser.addOption(audienceOption());
             SegmentOptions::add(parser,
                                 tr("Ask the contacts matching any filter (OR) instead "
                                    "of all of them (AND)."));
             parser.addOption(QCommandLineOption(QStringLiteral("name"),
                                                 tr("Campaign name (default: \"Consent request — "
                                                    "AUDIENCE — DATE\")."),
                                                 QStringLiteral("name")));
             parser.addOption(
                 QCommandLineOption(QStringLiteral("template"),
                                    tr("Message template (default: the installation's consent "
                                       "request template)."),
                                    QStringLiteral("name")));
             parser.addOption(QCommandLineOption(QStringLiteral("message"),
                                                 tr("Message text instead of a template."),
                                                 QStringLiteral("text")));
             parser.addOption(
                 QCommandLineOption(QStringLiteral("footer"),
                                    tr("Mandatory footer: sender identity and STOP mention."),
                                    QStringLiteral("text")));
             parser.addOption(QCommandLineOption(QStringLiteral("provider"), tr("Provider name."),
                                                 QStringLiteral("name")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("sender-id"), tr("Alphanumeric sender id."), QStringLiteral("id")));
         },
         consentRequest});

    commands.append({QStringLiteral("consent status"),
                     tr("Consent figures of an audience: asked, awaiting an answer, agreed, "
                        "refused, STOP, expired, never asked, suppressed."),
                     [](QCommandLineParser &parser) { parser.addOption(audienceOption()); },
                     consentStatus});

    commands.append({QStringLiteral("consent history"),
                     tr("The consent ledger of a number: every request, answer and decision."),
                     [](QCommandLineParser &parser) {
                         parser.addOption(QCommandLineOption(QStringLiteral("phone"),
                                                             tr("Phone number."),
                                                             QStringLiteral("number")));
                     },
                     consentHistory});

    commands.append(
        {QStringLiteral("reply"),
         tr("Record a reply as if a provider had received it, and apply it to the number's "
            "consent (tests, or a reply received by other means)."),
         [](QCommandLineParser &parser) {
             parser.addOption(QCommandLineOption(QStringLiteral("from"), tr("Who replied."),
                                                 QStringLiteral("number")));
             parser.addOption(QCommandLineOption(QStringLiteral("text"), tr("What they wrote."),
                                                 QStringLiteral("text")));
             parser.addOption(QCommandLineOption(QStringLiteral("provider"),
                                                 tr("Provider that received it."),
                                                 QStringLiteral("name")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("id"),
                 tr("The provider's id of the reply: the same id is recorded once."),
                 QStringLiteral("id")));
         },
         reply});

    commands.append({QStringLiteral("suppression add"),
                     tr("Put a number on the suppression list: it is never messaged again."),
                     [](QCommandLineParser &parser) {
                         parser.addOption(QCommandLineOption(QStringLiteral("note"),
                                                             tr("Why, for the record."),
                                                             QStringLiteral("text")));
                     },
                     suppressionAdd, QStringLiteral("NUMBER")});

    commands.append(
        {QStringLiteral("suppression list"), tr("List the suppressed numbers, in number order."),
         [](QCommandLineParser &parser) {
             parser.addOption(QCommandLineOption(QStringLiteral("prefix"),
                                                 tr("Only numbers starting so (+336, 06 12...)."),
                                                 QStringLiteral("prefix")));
             parser.addOption(QCommandLineOption(QStringLiteral("after"),
                                                 tr("Start after this number (the next page)."),
                                                 QStringLiteral("number")));
             parser.addOption(QCommandLineOption(QStringLiteral("limit"),
                                                 tr("At most this many numbers (default 100)."),
                                                 QStringLiteral("n")));
         },
         suppressionList});

    commands.append({QStringLiteral("suppression import"),
                     tr("Add an opposition list (CSV, TSV or one number per line) to the "
                        "suppression list."),
                     [](QCommandLineParser &parser) {
                         parser.addOption(QCommandLineOption(QStringLiteral("source"),
                                                             tr("Where the list comes from."),
                                                             QStringLiteral("text")));
                     },
                     suppressionImport, QStringLiteral("FILE")});

    commands.append({QStringLiteral("suppression export"),
                     tr("Write the whole suppression list to a CSV file."),
                     {},
                     suppressionExport,
                     QStringLiteral("FILE")});
}
