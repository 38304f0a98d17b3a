// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "pricing/priceplanstore.h"
#include "sending/credentialstore.h"
#include "sending/provider.h"
#include "sending/providerstore.h"
#include "storage/database.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cstdio>
#include <functional>
#include <optional>

using Command = CommandLineInterface::Command;
using Context = CommandLineInterface::Context;
using Sending::ProviderStore;

namespace {

constexpr int Failure = CommandLineInterface::Failure;
constexpr int UsageError = CommandLineInterface::UsageError;

QJsonObject providerJson(const ProviderStore::Entry &e)
{
    // Never the secret: only whether the keychain holds one.
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("endpoint"),
             e.endpoint.isEmpty() ? QJsonValue() : QJsonValue(e.endpoint.toDisplayString())},
            {QStringLiteral("sender_id"), e.senderId.isEmpty() ? QJsonValue() : e.senderId},
            {QStringLiteral("rate_limit_per_second"), e.ratePerSecond},
            {QStringLiteral("max_parts"), e.maxParts},
            {QStringLiteral("price_plan_id"),
             e.pricePlanId > 0 ? QJsonValue(e.pricePlanId) : QJsonValue()},
            {QStringLiteral("account"), e.account.isEmpty() ? QJsonValue() : e.account},
            {QStringLiteral("options"), e.options},
            {QStringLiteral("active"), e.isActive},
            {QStringLiteral("has_secret"), e.hasSecret()}};
}

QJsonValue optionValue(const QString &text)
{
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    bool ok = false;
    const qint64 integer = text.toLongLong(&ok);
    if (ok)
        return integer;
    const double number = text.toDouble(&ok);
    if (ok)
        return number;
    return text;
}

// The secret from standard input (never from the command line, where `ps` and the shell history
// would see it); one trailing line break is not part of it.
bool readSecret(QString *secret, QString *error)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = ProviderCommands::tr("cannot read the secret from standard input");
        return false;
    }
    QByteArray bytes = in.readAll();
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty()) {
        *error = ProviderCommands::tr("--secret-stdin given but standard input is empty");
        return false;
    }
    *secret = QString::fromUtf8(bytes);
    return true;
}

QCommandLineOption nameOption()
{
    return QCommandLineOption(QStringLiteral("name"), ProviderCommands::tr("Provider name."),
                              QStringLiteral("name"));
}

// --secret-stdin, and --secret only to refuse it by name: a secret on the command line is seen
// by `ps` and kept in the shell history.
void addSecretOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("secret-stdin"),
        ProviderCommands::tr("Read the password, auth token or API secret from standard input.")));
    QCommandLineOption secret(QStringLiteral("secret"), QString(), QStringLiteral("secret"));
    secret.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(secret);
}

// The secret from standard input with --secret-stdin, a null text without; false with the usage
// error.
bool readSecretOption(const QCommandLineParser &p, QString *secret, QString *error)
{
    if (p.isSet(QStringLiteral("secret"))) {
        *error = ProviderCommands::tr("never give a secret on the command line (other users can "
                                      "see it, and the shell history keeps it): pipe it to "
                                      "--secret-stdin");
        return false;
    }
    return !p.isSet(QStringLiteral("secret-stdin")) || readSecret(secret, error);
}

// The options describing a provider and its secret, for add and update.
void addDescriptionOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("endpoint"),
        ProviderCommands::tr("Provider address (HTTPS; plain HTTP only on this computer)."),
        QStringLiteral("url")));
    parser.addOption(QCommandLineOption({QStringLiteral("sender"), QStringLiteral("sender-id")},
                                        ProviderCommands::tr("Alphanumeric sender id."),
                                        QStringLiteral("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("rate"),
                                        ProviderCommands::tr("Messages per second (default 10)."),
                                        QStringLiteral("n")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("max-parts"),
        ProviderCommands::tr("Most parts per message, 1 to 10 (default 6)."), QStringLiteral("n")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("account"),
        ProviderCommands::tr("Account name, Account SID or API key (not secret)."),
        QStringLiteral("account")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("option"),
        ProviderCommands::tr("Kind-specific option, repeatable; key= removes the option."),
        QStringLiteral("key=value")));
    addSecretOptions(parser);
}

// Copies the description options given into *entry and leaves the others as they are; the
// usage error, or an empty text.
QString readDescription(const QCommandLineParser &p, ProviderStore::Entry *entry)
{
    if (p.isSet(QStringLiteral("endpoint")))
        entry->endpoint = QUrl(p.value(QStringLiteral("endpoint")), QUrl::StrictMode);
    if (p.isSet(QStringLiteral("sender")))
        entry->senderId = p.value(QStringLiteral("sender"));
    if (p.isSet(QStringLiteral("account")))
        entry->account = p.value(QStringLiteral("account"));
    bool ok = true;
    if (p.isSet(QStringLiteral("rate"))) {
        entry->ratePerSecond = p.value(QStringLiteral("rate")).toDouble(&ok);
        if (!ok)
            return ProviderCommands::tr("--rate needs a number");
    }
    if (p.isSet(QStringLiteral("max-parts"))) {
        entry->maxParts = p.value(QStringLiteral("max-parts")).toInt(&ok);
        if (!ok)
            return ProviderCommands::tr("--max-parts needs a whole number");
    }
    const QStringList options = p.values(QStringLiteral("option"));
    for (const QString &option : options) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return ProviderCommands::tr("--option needs key=value, not \"%1\"").arg(option);
        const QString key = option.left(equals);
        const QString value = option.mid(equals + 1);
        if (value.isEmpty())
            entry->options.remove(key);
        else
            entry->options.insert(key, optionValue(value));
    }
    return {};
}

// Opens the store and finds the provider named by --name, then runs `work` with both; reports a
// missing --name, an unopenable database or an unknown provider itself.
int withNamedProvider(Context &context,
                      const std::function<int(ProviderStore &, ProviderStore::Entry &)> &work)
{
    const QString name = context.parser.value(QStringLiteral("name"));
    if (name.trimmed().isEmpty())
        return context.fail(ProviderCommands::tr("give --name"), UsageError);
    Database *database = context.database();
    if (!database)
        return int(Failure);
    Sending::CredentialStore credentials;
    ProviderStore store(database, &credentials);
    std::optional<ProviderStore::Entry> entry = store.findByName(name);
    if (!entry)
        return context.fail(ProviderCommands::tr("no provider named \"%1\"").arg(name));
    return work(store, *entry);
}

} // namespace

void ProviderCommands::add(QList<Command> &commands)
{
    commands.append(
        {QStringLiteral("provider add"),
         tr("Configure an SMS provider; its secret goes to the system keychain."),
         [](QCommandLineParser &parser) {
             parser.addOption(nameOption());
             parser.addOption(
                 QCommandLineOption(QStringLiteral("kind"),
                                    tr("sandbox, kannel, twilio, vonage, octopush or smsfactor."),
                                    QStringLiteral("kind")));
             addDescriptionOptions(parser);
         },
         [](Context &context) {
             const QCommandLineParser &p = context.parser;
             ProviderStore::Entry entry;
             entry.name = p.value(QStringLiteral("name"));
             entry.kind = p.value(QStringLiteral("kind"));
             if (entry.name.trimmed().isEmpty() || entry.kind.isEmpty())
                 return context.fail(tr("give --name and --kind"), UsageError);
             QString usage = readDescription(p, &entry);
             QString secret;
             if (usage.isEmpty())
                 readSecretOption(p, &secret, &usage);
             if (!usage.isEmpty())
                 return context.fail(usage, UsageError);
             Database *database = context.database();
             if (!database)
                 return int(Failure);
             Sending::CredentialStore credentials;
             ProviderStore store(database, &credentials);
             if (!store.add(&entry, secret))
                 return context.fail(store.errorString());
             return context.succeed(providerJson(entry),
                                    tr("Provider \"%1\" (%2) added%3.\n")
                                        .arg(entry.name, entry.kind,
                                             entry.hasSecret()
                                                 ? tr(", secret stored in the system keychain")
                                                 : QString()));
         }});

    commands.append(
        {QStringLiteral("provider update"),
         tr("Change a provider's settings; the options not given keep their values."),
         [](QCommandLineParser &parser) {
             parser.addOption(nameOption());
             addDescriptionOptions(parser);
             parser.addOption(
                 QCommandLineOption(QStringLiteral("activate"), tr("Make it an active provider.")));
             parser.addOption(QCommandLineOption(QStringLiteral("deactivate"),
                                                 tr("Make it an inactive provider.")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("price-plan"),
                 tr("Price plan its messages cost (see price-plan list); \"\" for none."),
                 QStringLiteral("name")));
         },
         [](Context &context) {
             const QCommandLineParser &p = context.parser;
             const bool activate = p.isSet(QStringLiteral("activate"));
             const bool deactivate = p.isSet(QStringLiteral("deactivate"));
             if (activate && deactivate)
                 return context.fail(tr("give --activate or --deactivate, not both"), UsageError);
             QString usage;
             QString secret;
             if (!readSecretOption(p, &secret, &usage))
                 return context.fail(usage, UsageError);
             return withNamedProvider(
                 context, [&](ProviderStore &store, ProviderStore::Entry &entry) {
                     const QString invalid = readDescription(p, &entry);
                     if (!invalid.isEmpty())
                         return context.fail(invalid, UsageError);
                     if (p.isSet(QStringLiteral("price-plan"))) {
                         const QString planName = p.value(QStringLiteral("price-plan"));
                         PricePlanStore plans(context.database());
                         const std::optional<PricePlan> plan = plans.findByName(planName);
                         if (!planName.isEmpty() && !plan)
                             return context.fail(
                                 plans.errorString().isEmpty()
                                     ? tr("no price plan named \"%1\"").arg(planName)
                                     : plans.errorString());
                         entry.pricePlanId = plan ? plan->id : 0;
                     }
                     // A null secret keeps the stored one.
                     if (!store.update(&entry, secret))
                         return context.fail(store.errorString());
                     if ((activate || deactivate) && !store.setActive(entry.id, activate))
                         return context.fail(store.errorString());
                     if (activate || deactivate)
                         entry.isActive = activate;
                     return context.succeed(providerJson(entry),
                                            tr("Provider \"%1\" updated.\n").arg(entry.name));
                 });
         }});

    commands.append(
        {QStringLiteral("provider set-secret"),
         tr("Replace a provider's secret in the system keychain, read from standard input."),
         [](QCommandLineParser &parser) {
             parser.addOption(nameOption());
             addSecretOptions(parser);
         },
         [](Context &context) {
             QString secret;
             QString error;
             if (!readSecretOption(context.parser, &secret, &error))
                 return context.fail(error, UsageError);
             if (secret.isNull())
                 return context.fail(tr("give the secret on standard input with --secret-stdin"),
                                     UsageError);
             return withNamedProvider(
                 context, [&](ProviderStore &store, ProviderStore::Entry &entry) {
                     if (!store.update(&entry, secret))
                         return context.fail(store.errorString());
                     return context.succeed(
                         providerJson(entry),
                         tr("The secret of provider \"%1\" is stored in the system keychain.\n")
                             .arg(entry.name));
                 });
         }});

    commands.append(
        {QStringLiteral("provider remove"),
         tr("Remove a provider that no campaign uses, and its secret from the system keychain."),
         [](QCommandLineParser &parser) { parser.addOption(nameOption()); },
         [](Context &context) {
             return withNamedProvider(
                 context, [&](ProviderStore &store, ProviderStore::Entry &entry) {
                     if (!store.remove(entry.id))
                         return context.fail(store.errorString());
                     QJsonObject json {{QStringLiteral("removed"), entry.name}};
                     QString human = tr("Provider \"%1\" removed.\n").arg(entry.name);
                     if (!store.warningString().isEmpty()) {
                         // The secret stayed in the keychain.
                         json.insert(QStringLiteral("warning"), store.warningString());
                         human += store.warningString() + QLatin1Char('\n');
                     }
                     return context.succeed(json, human);
                 });
         }});

    commands.append(
        {QStringLiteral("provider list"),
         tr("List the configured providers (never their secrets)."), nullptr, [](Context &context) {
             Database *database = context.database();
             if (!database)
                 return int(Failure);
             Sending::CredentialStore credentials;
             ProviderStore store(database, &credentials);
             const QList<ProviderStore::Entry> entries = store.list();
             if (!store.errorString().isEmpty())
                 return context.fail(store.errorString());
             QJsonArray array;
             QString human;
             for (const ProviderStore::Entry &e : entries) {
                 array.append(providerJson(e));
                 human += QStringLiteral("%1  %2  %3  %4\n")
                              .arg(e.name, e.kind, e.isActive ? tr("active") : tr("inactive"),
                                   e.hasSecret() ? tr("secret in keychain") : tr("no secret"));
             }
             if (entries.isEmpty())
                 human = tr("No provider is configured.\n");
             return context.succeed({{QStringLiteral("providers"), array}}, human);
         }});

    commands.append({QStringLiteral("provider test"),
                     tr("Check a provider's address and credentials with a harmless call."),
                     [](QCommandLineParser &parser) { parser.addOption(nameOption()); },
                     [](Context &context) {
                         return withNamedProvider(
                             context, [&](ProviderStore &store, ProviderStore::Entry &entry) {
                                 QString error;
                                 const std::optional<Sending::ProviderConfig> config =
                                     store.config(entry.id, &error);
                                 if (!config)
                                     return context.fail(error);
                                 QNetworkAccessManager network;
                                 std::unique_ptr<Sending::Provider> provider =
                                     Sending::Provider::create(*config, &network, &error);
                                 if (!provider)
                                     return context.fail(error);
                                 QEventLoop loop;
                                 bool finished = false;
                                 bool ok = false;
                                 QString message;
                                 provider->testConnection([&](bool success, const QString &text) {
                                     ok = success;
                                     message = text;
                                     finished = true;
                                     loop.quit();
                                 });
                                 if (!finished)
                                     loop.exec();
                                 const QJsonObject json {{QStringLiteral("name"), entry.name},
                                                         {QStringLiteral("kind"), entry.kind},
                                                         {QStringLiteral("ok"), ok},
                                                         {QStringLiteral("message"), message}};
                                 if (!ok) {
                                     if (!context.json)
                                         return context.fail(message);
                                     QJsonObject failed = json;
                                     failed.insert(QStringLiteral("error"), message);
                                     context.out << QString::fromUtf8(
                                         QJsonDocument(failed).toJson(QJsonDocument::Compact))
                                                 << Qt::endl;
                                     return int(Failure);
                                 }
                                 return context.succeed(json, message + QLatin1Char('\n'));
                             });
                     }});
}
