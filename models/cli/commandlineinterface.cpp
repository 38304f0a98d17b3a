// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlineinterface.h"

#include "core/tribuneversion.h"
#include "demo/demodataloader.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/databasestats.h"
#include "storage/migrator.h"

#include <QJsonDocument>
#include <QLocale>

namespace {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("database"),
                              CommandLineInterface::tr("Database URL (sqlite:///path or "
                                                       "postgresql://user@host:port/db)."),
                              QStringLiteral("url"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              CommandLineInterface::tr("Print one JSON object instead of text."));
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

int CommandLineInterface::Context::fail(const QString &message, int code) const
{
    if (json)
        out << compactJson({{QStringLiteral("error"), message}}) << Qt::endl;
    else
        err << tr("tribune-cli: %1").arg(message) << Qt::endl;
    return code;
}

int CommandLineInterface::Context::succeed(const QJsonObject &object, const QString &human) const
{
    if (json)
        out << compactJson(object) << Qt::endl;
    else
        out << human << Qt::flush;
    return Success;
}

CommandLineInterface::CommandLineInterface(AppSettings *settings, QTextStream &out,
                                           QTextStream &err)
    : m_settings(settings)
    , m_out(out)
    , m_err(err)
{
    registerCommands();
}

CommandLineInterface::~CommandLineInterface() = default;

QString CommandLineInterface::generalHelp() const
{
    QString text = tr("Usage: tribune-cli [--database URL] [--json] COMMAND [options]\n\n"
                      "Tribune's command-line tool: the same data and rules as the application.\n\n"
                      "Commands:\n");
    int width = 0;
    for (const Command &command : m_commands)
        width = std::max(width, int(command.name.size()));
    for (const Command &command : m_commands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(command.name.leftJustified(width), command.description);
    text += tr("\nRun \"tribune-cli COMMAND --help\" for the options of a command.\n");
    return text;
}

int CommandLineInterface::run(const QStringList &arguments)
{
    // The command is the first argument that is neither an option nor an option's value.
    QString commandName;
    bool json = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--database")) {
            ++i;
            continue;
        }
        if (arg == QLatin1String("--json"))
            json = true;
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        if (commandName.isEmpty())
            commandName = arg;
    }

    if (commandName.isEmpty()) {
        if (arguments.contains(QLatin1String("--version"))
            || arguments.contains(QLatin1String("-v"))) {
            m_out << "tribune-cli " << TRIBUNE_VERSION << Qt::endl;
            return Success;
        }
        const bool help =
            arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
        if (help) {
            m_out << generalHelp() << Qt::flush;
            return Success;
        }
        QCommandLineParser dummy;
        Context context {dummy, json, m_out, m_err, {}};
        if (!json)
            m_err << generalHelp() << Qt::flush;
        return context.fail(tr("no command given"), UsageError);
    }

    const auto it = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                 [&](const Command &c) { return c.name == commandName; });
    QCommandLineParser parser;
    Context context {parser, json, m_out, m_err, {}};
    if (it == m_commands.cend())
        return context.fail(tr("unknown command \"%1\"; run tribune-cli --help").arg(commandName),
                            UsageError);

    const Command &command = *it;
    parser.setApplicationDescription(command.description);
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    parser.addOption(databaseOption());
    parser.addOption(jsonOption());
    if (command.addOptions)
        command.addOptions(parser);
    if (!command.arguments.isEmpty())
        parser.addPositionalArgument(command.arguments, QString());
    if (!parser.parse(arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(help)) {
        // Qt's first line names the binary path and no command: write our own.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        m_out << tr("Usage: tribune-cli %1 [options]")
                     .arg(command.name
                          + (command.arguments.isEmpty() ? QString()
                                                         : QLatin1Char(' ') + command.arguments))
              << Qt::endl
              << text << Qt::flush;
        return Success;
    }
    if (parser.positionalArguments().size() > 1 && command.arguments.isEmpty())
        return context.fail(
            tr("unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)), UsageError);

    context.database = [this, &context]() -> Database * {
        if (m_database)
            return m_database.get();
        QString error;
        const DatabaseUrl url = m_settings->effectiveDatabaseUrl(
            context.parser.value(QStringLiteral("database")), &error);
        if (!url.isValid()) {
            context.fail(error);
            return nullptr;
        }
        auto database = std::make_unique<Database>(url);
        if (!database->openAndMigrate(&error)) {
            context.fail(error);
            return nullptr;
        }
        m_database = std::move(database);
        return m_database.get();
    };
    return command.run(context);
}

void CommandLineInterface::registerCommands()
{
    m_commands.append(
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

    m_commands.append(
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
