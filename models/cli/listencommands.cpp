// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "sending/callbacklistener.h"
#include "sending/callbacksettings.h"
#include "sending/stopconfirmationsender.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSocketNotifier>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

using Command = CommandLineInterface::Command;
using Context = CommandLineInterface::Context;

namespace {

constexpr int Failure = CommandLineInterface::Failure;
constexpr int UsageError = CommandLineInterface::UsageError;

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM end the event loop (through a pipe: a signal handler may only write).
bool quitOnStopSignals(QObject *context)
{
    if (::pipe(signalPipe) != 0)
        return false;
    ::fcntl(signalPipe[1], F_SETFL, O_NONBLOCK);
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context,
                     []() { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    return true;
}
#else
bool quitOnStopSignals(QObject *)
{
    return true; // Ctrl+C ends the process
}
#endif

// The adapters of every configured provider: reading a callback needs no secret.
QList<Sending::ProviderConfig> configuredProviders(Database *database, QString *errorString)
{
    QSqlQuery query(database->connection());
    QList<Sending::ProviderConfig> configs;
    if (!query.exec(QStringLiteral(
            "SELECT id, name, kind, endpoint, sender_id, max_parts, options FROM providers "
            "ORDER BY id"))) {
        *errorString = query.lastError().text();
        return configs;
    }
    while (query.next()) {
        Sending::ProviderConfig config;
        config.id = query.value(0).toLongLong();
        config.name = query.value(1).toString();
        config.kind = query.value(2).toString();
        config.endpoint = QUrl(query.value(3).toString());
        config.senderId = query.value(4).toString();
        config.maxParts = query.value(5).toInt();
        config.options = QJsonDocument::fromJson(query.value(6).toByteArray()).object();
        configs.append(config);
    }
    return configs;
}

} // namespace

void ListenCommands::add(QList<Command> &commands)
{
    commands.append(
        {QStringLiteral("listen"),
         tr("Receive delivery reports and replies from the providers (callback listener) until "
            "interrupted."),
         [](QCommandLineParser &parser) {
             parser.addOption({QStringLiteral("port"),
                               tr("Port to listen on (default: the one in the settings)."),
                               QStringLiteral("port")});
             parser.addOption({QStringLiteral("address"),
                               tr("Address to listen on (default: the one in the settings, "
                                  "127.0.0.1 unless changed)."),
                               QStringLiteral("address")});
         },
         [](Context &context) {
             Database *database = context.database();
             if (!database)
                 return int(Failure);
             // The team's callback settings give the defaults and the public address the
             // adapters recognise their callbacks by.
             const Sending::CallbackSettings settings = Sending::CallbackSettings::load(database);
             bool ok = true;
             const uint port = context.parser.isSet(QStringLiteral("port"))
                 ? context.parser.value(QStringLiteral("port")).toUInt(&ok)
                 : uint(settings.port);
             if (!ok || port > 65535)
                 return context.fail(tr("--port needs a port number (0 picks a free one)"),
                                     UsageError);
             const QHostAddress address(context.parser.isSet(QStringLiteral("address"))
                                            ? context.parser.value(QStringLiteral("address"))
                                            : settings.address);
             if (address.isNull())
                 return context.fail(tr("--address needs an IP address"), UsageError);

             Sending::CallbackListener listener(database);
             QString error;
             const QList<Sending::ProviderConfig> configs = configuredProviders(database, &error);
             if (!error.isEmpty())
                 return context.fail(error);
             int adapters = 0;
             for (Sending::ProviderConfig config : configs) {
                 if (settings.enabled)
                     config.callbackBase = settings.effectiveUrl();
                 QString ignored;
                 std::unique_ptr<Sending::Provider> provider =
                     Sending::Provider::create(config, nullptr, &ignored);
                 if (provider) {
                     listener.addProvider(std::move(provider));
                     ++adapters;
                 }
             }
             if (!listener.listen(address, quint16(port), &error))
                 return context.fail(error);
             if (!quitOnStopSignals(&listener))
                 return context.fail(tr("cannot watch for interruptions"));

             int reports = 0;
             int replies = 0;
             QObject::connect(&listener, &Sending::CallbackListener::reportsReceived, &listener,
                              [&reports](qint64, const QList<Sending::DeliveryReport> &list) {
                                  reports += int(list.size());
                              });
             QObject::connect(&listener, &Sending::CallbackListener::inboundReceived, &listener,
                              [&replies](qint64, const QList<Sending::InboundMessage> &list) {
                                  replies += int(list.size());
                              });
             // A refused callback is worth a line on stderr: nothing of it was stored.
             QTextStream &err = context.err;
             QObject::connect(
                 &listener, &Sending::CallbackListener::requestRefused, &listener,
                 [&err](const QString &path, int status, const QString &reason) {
                     err << tr("Refused %1 (HTTP %2): %3").arg(path).arg(status).arg(reason)
                         << Qt::endl;
                 });
             // The STOPs among the replies may queue a confirmation: sent from here, one run
             // at a time, as they come (and what was queued before, at once).
             Sending::StopConfirmationSender confirmations(database);
             qint64 confirmed = 0;
             QObject::connect(&listener, &Sending::CallbackListener::inboundReceived,
                              &confirmations,
                              [&confirmations](qint64, const QList<Sending::InboundMessage> &) {
                                  confirmations.sendPending();
                              });
             QObject::connect(&confirmations, &Sending::StopConfirmationSender::runFinished,
                              &listener, [&confirmed](qint64, qint64 submitted, const QString &) {
                                  confirmed += submitted;
                              });
             confirmations.sendPending();
             // Announce where we listen at once (a script waits for this line).
             if (context.json)
                 context.out << QJsonDocument(QJsonObject {{QStringLiteral("listening"),
                                                            listener.baseUrl().toString()},
                                                           {QStringLiteral("providers"), adapters}})
                                    .toJson(QJsonDocument::Compact)
                             << Qt::endl;
             else
                 context.out << tr("Listening on %1 for %n provider(s); Ctrl+C stops.", nullptr,
                                   adapters)
                                    .arg(listener.baseUrl().toString())
                             << Qt::endl;
             QCoreApplication::exec();
             return context.succeed(
                 {{QStringLiteral("reports"), reports},
                  {QStringLiteral("replies"), replies},
                  {QStringLiteral("stop_confirmations"), confirmed}},
                 tr("Stopped: %1 delivery reports, %2 replies recorded, %3 STOP confirmations "
                    "sent.\n")
                     .arg(reports)
                     .arg(replies)
                     .arg(confirmed));
         }});
}
