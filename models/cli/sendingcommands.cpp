// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "campaign/campaignstore.h"
#include "sending/credentialstore.h"
#include "sending/providerstore.h"
#include "sending/sendengine.h"
#include "storage/database.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <csignal>

using Command = CommandLineInterface::Command;
using Context = CommandLineInterface::Context;

namespace {

constexpr int Failure = CommandLineInterface::Failure;
constexpr int UsageError = CommandLineInterface::UsageError;

std::atomic_bool interrupted {false};

extern "C" void onSignal(int)
{
    interrupted = true;
}

} // namespace

void SendingCommands::add(QList<Command> &commands)
{
    commands.append(
        {QStringLiteral("send"),
         tr("Send an approved campaign (or resume a paused one) until it is done or "
            "interrupted."),
         [](QCommandLineParser &parser) {
             parser.addOption(QCommandLineOption(QStringLiteral("campaign"), tr("Campaign name."),
                                                 QStringLiteral("name")));
             parser.addOption(QCommandLineOption(QStringLiteral("provider"),
                                                 tr("Provider name (default: the campaign's)."),
                                                 QStringLiteral("name")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("instance"),
                 tr("Sender instance id; a restart with the same id recovers its messages."),
                 QStringLiteral("id")));
             parser.addOption(QCommandLineOption(QStringLiteral("concurrency"),
                                                 tr("Requests in flight (default 4)."),
                                                 QStringLiteral("n")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("drain-ms"),
                 tr("How long to wait for delivery reports after the last message."),
                 QStringLiteral("ms")));
         },
         [](Context &context) {
             const QString name = context.parser.value(QStringLiteral("campaign"));
             if (name.isEmpty())
                 return context.fail(tr("give the campaign with --campaign"), UsageError);
             Database *database = context.database();
             if (!database)
                 return int(Failure);
             CampaignStore store(database, Database::localActor());
             const std::optional<Campaign> campaign = store.findByName(name);
             if (!campaign)
                 return context.fail(tr("no campaign named \"%1\"").arg(name));
             qint64 providerId = campaign->providerId;
             const QString providerName = context.parser.value(QStringLiteral("provider"));
             if (!providerName.isEmpty())
                 providerId = store.providerId(providerName);
             if (providerId <= 0)
                 return context.fail(tr("no provider for this campaign"));
             // The row and its secret from the OS keychain (none for the Sandbox).
             Sending::CredentialStore credentials;
             Sending::ProviderStore providers(database, &credentials);
             QString error;
             const std::optional<Sending::ProviderConfig> config =
                 providers.config(providerId, &error);
             if (!config)
                 return context.fail(error);

             SendEngine::Options options;
             options.campaignId = campaign->id;
             options.provider = *config;
             options.instanceId = context.parser.value(QStringLiteral("instance"));
             if (options.instanceId.isEmpty())
                 options.instanceId = SendEngine::defaultInstanceId();
             if (context.parser.isSet(QStringLiteral("concurrency")))
                 options.concurrency =
                     std::max(1, context.parser.value(QStringLiteral("concurrency")).toInt());
             options.drainMs = context.parser.value(QStringLiteral("drain-ms")).toInt();

             // The engine runs in its own thread; this one waits and watches for SIGINT/SIGTERM.
             QThread thread;
             auto *engine = new SendEngine(database, options);
             engine->moveToThread(&thread);
             SendEngine::Summary summary;
             QEventLoop loop;
             QObject::connect(&thread, &QThread::started, engine, &SendEngine::start);
             QObject::connect(engine, &SendEngine::finished, &loop,
                              [&](const SendEngine::Summary &s) {
                                  summary = s;
                                  loop.quit();
                              });
             interrupted = false;
             std::signal(SIGINT, onSignal);
             std::signal(SIGTERM, onSignal);
             QTimer watch;
             QObject::connect(&watch, &QTimer::timeout, engine, [engine]() {
                 if (interrupted.exchange(false))
                     QMetaObject::invokeMethod(engine, &SendEngine::stop);
             });
             watch.start(50);
             thread.start();
             loop.exec();
             watch.stop();
             std::signal(SIGINT, SIG_DFL);
             std::signal(SIGTERM, SIG_DFL);
             QMetaObject::invokeMethod(
                 engine,
                 [engine, database]() {
                     delete engine;
                     database->closeThreadConnection();
                     QThread::currentThread()->quit();
                 },
                 Qt::QueuedConnection);
             thread.wait();

             if (!summary.ok)
                 return context.fail(summary.errorString);
             const QJsonObject json {{QStringLiteral("submitted"), summary.submitted},
                                     {QStringLiteral("accepted"), summary.accepted},
                                     {QStringLiteral("failed"), summary.failed},
                                     {QStringLiteral("unknown"), summary.unknown},
                                     {QStringLiteral("recovered"), summary.recovered},
                                     {QStringLiteral("result"), summary.stopReason},
                                     {QStringLiteral("seconds"), summary.seconds}};
             return context.succeed(json,
                                    tr("%1: %2 submitted, %3 accepted, %4 failed in %5 s\n")
                                        .arg(summary.stopReason)
                                        .arg(summary.submitted)
                                        .arg(summary.accepted)
                                        .arg(summary.failed)
                                        .arg(summary.seconds, 0, 'f', 1));
         }});
}
