// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlineinterface.h"

#include "clicommands.h"

#include "core/tribuneversion.h"
#include "settings/appsettings.h"
#include "storage/database.h"

#include <QJsonDocument>

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
    // The command is the first argument that is neither an option nor an option's value; a
    // command group ("campaign") takes the next word as its sub-command ("campaign create").
    QString commandName;
    QString subCommand;
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
        if (commandName.isEmpty()) {
            commandName = arg;
            if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1Char('-')))
                subCommand = arguments.at(i + 1);
        }
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
        Context context {dummy, json, m_out, m_err, {}, 0};
        if (!json)
            m_err << generalHelp() << Qt::flush;
        return context.fail(tr("no command given"), UsageError);
    }

    auto it = std::find_if(m_commands.cbegin(), m_commands.cend(), [&](const Command &c) {
        return !subCommand.isEmpty() && c.name == commandName + QLatin1Char(' ') + subCommand;
    });
    if (it == m_commands.cend()) {
        it = std::find_if(m_commands.cbegin(), m_commands.cend(),
                          [&](const Command &c) { return c.name == commandName; });
    }
    QCommandLineParser parser;
    Context context {parser, json, m_out, m_err, {}, 1};
    if (it == m_commands.cend()) {
        QStringList group;
        for (const Command &c : m_commands) {
            if (c.name.startsWith(commandName + QLatin1Char(' ')))
                group.append(c.name);
        }
        if (!group.isEmpty()) {
            if (!json
                && (arguments.contains(QLatin1String("--help"))
                    || arguments.contains(QLatin1String("-h")))) {
                m_out << generalHelp() << Qt::flush;
                return Success;
            }
            return context.fail(
                tr("\"%1\" needs one of: %2").arg(commandName, group.join(QStringLiteral(", "))),
                UsageError);
        }
        return context.fail(tr("unknown command \"%1\"; run tribune-cli --help").arg(commandName),
                            UsageError);
    }

    const Command &command = *it;
    context.commandWords = int(command.name.count(QLatin1Char(' '))) + 1;
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
    if (!context.arguments().isEmpty() && command.arguments.isEmpty())
        return context.fail(tr("unexpected argument \"%1\"").arg(context.arguments().constFirst()),
                            UsageError);

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
    CoreCommands::add(m_commands);
    CampaignCommands::add(m_commands);
    AudienceCommands::add(m_commands);
    ProviderCommands::add(m_commands);
    ListenCommands::add(m_commands);
    SendingCommands::add(m_commands);
    PricingCommands::add(m_commands);
    ComplianceCommands::add(m_commands);
    WindowCommands::add(m_commands);
    ConsentCommands::add(m_commands);
    UserCommands::add(m_commands);
    ExportCommands::add(m_commands);
}
