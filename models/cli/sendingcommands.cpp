// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "campaign/campaignstore.h"
#include "sending/callbacklistener.h"
#include "sending/callbacksettings.h"
#include "sending/credentialstore.h"
#include "sending/providerstore.h"
#include "sending/sendengine.h"
#include "sending/stopconfirmationsender.h"
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
             CampaignOption::add(parser);
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
                 tr("How long to wait for delivery reports after the last message (default 0, "
                    "20000 with --listen)."),
                 QStringLiteral("ms")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("listen"),
                 tr("Receive delivery reports and replies on 127.0.0.1:PORT while sending and "
                    "draining (0 picks a free port); providers call this address unless "
                    "--callback-url is given."),
                 QStringLiteral("port")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("callback-url"),
                 tr("Public address providers call back with delivery reports and replies (a "
                    "reverse proxy or a tunnel to the listener); overrides the setting."),
                 QStringLiteral("url")));
         },
         [](Context &context) {
             int code = 0;
             const std::optional<Campaign> campaign = CampaignOption::read(context, &code);
             if (!campaign)
                 return code;
             Database *database = context.database();
             CampaignStore store(database);
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
             Sending::ProviderConfig provider = *config;

             // Where providers call back: --callback-url, else our own listener, else what
             // the stored callback settings gave (ProviderStore fills it).
             if (context.parser.isSet(QStringLiteral("callback-url"))) {
                 const QUrl url(context.parser.value(QStringLiteral("callback-url")),
                                QUrl::StrictMode);
                 if (url.isEmpty())
                     return context.fail(tr("--callback-url needs an address"), UsageError);
                 if (!Sending::CallbackSettings::validatePublicUrl(url, &error))
                     return context.fail(error, UsageError);
                 provider.callbackBase = url;
             }
             std::unique_ptr<Sending::CallbackListener> listener;
             qint64 reports = 0;
             qint64 replies = 0;
             if (context.parser.isSet(QStringLiteral("listen"))) {
                 bool ok = false;
                 const uint port = context.parser.value(QStringLiteral("listen")).toUInt(&ok);
                 if (!ok || port > 65535)
                     return context.fail(tr("--listen needs a port number (0 picks a free one)"),
                                         UsageError);
                 // Before anything is sent: a port in use stops here.
                 listener = std::make_unique<Sending::CallbackListener>(database);
                 if (!listener->listen(QHostAddress::LocalHost, quint16(port), &error))
                     return context.fail(error);
                 if (!context.parser.isSet(QStringLiteral("callback-url")))
                     provider.callbackBase = listener->baseUrl();
                 std::unique_ptr<Sending::Provider> adapter =
                     Sending::Provider::create(provider, nullptr, &error);
                 if (!adapter)
                     return context.fail(error);
                 listener->addProvider(std::move(adapter));
                 QObject::connect(listener.get(), &Sending::CallbackListener::reportsReceived,
                                  listener.get(),
                                  [&reports](qint64, const QList<Sending::DeliveryReport> &list) {
                                      reports += list.size();
                                  });
                 QObject::connect(listener.get(), &Sending::CallbackListener::inboundReceived,
                                  listener.get(),
                                  [&replies](qint64, const QList<Sending::InboundMessage> &list) {
                                      replies += list.size();
                                  });
             }

             SendEngine::Options options;
             options.campaignId = campaign->id;
             options.provider = provider;
             options.instanceId = context.parser.value(QStringLiteral("instance"));
             if (options.instanceId.isEmpty())
                 options.instanceId = SendEngine::defaultInstanceId();
             if (context.parser.isSet(QStringLiteral("concurrency")))
                 options.concurrency =
                     std::max(1, context.parser.value(QStringLiteral("concurrency")).toInt());
             options.drainMs = context.parser.isSet(QStringLiteral("drain-ms"))
                 ? context.parser.value(QStringLiteral("drain-ms")).toInt()
                 : (listener ? 20000 : 0);

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

             // The confirmations of the STOPs this run recorded (when the consent rules ask
             // for them), and any left queued: sent now, without anyone pressing Send.
             qint64 confirmed = 0;
             if (summary.ok) {
                 Sending::StopConfirmationSender confirmations(database);
                 QEventLoop idle;
                 QObject::connect(&confirmations, &Sending::StopConfirmationSender::runFinished,
                                  &idle, [&confirmed](qint64, qint64 submitted, const QString &) {
                                      confirmed += submitted;
                                  });
                 QObject::connect(&confirmations, &Sending::StopConfirmationSender::idle, &idle,
                                  &QEventLoop::quit);
                 confirmations.sendPending();
                 idle.exec();
             }

             listener.reset(); // later callbacks are refused: the gateway tries again
             if (!summary.ok)
                 return context.fail(summary.errorString);
             QJsonObject json {{QStringLiteral("submitted"), summary.submitted},
                               {QStringLiteral("accepted"), summary.accepted},
                               {QStringLiteral("failed"), summary.failed},
                               {QStringLiteral("unknown"), summary.unknown},
                               {QStringLiteral("recovered"), summary.recovered},
                               {QStringLiteral("result"), summary.stopReason},
                               {QStringLiteral("seconds"), summary.seconds},
                               {QStringLiteral("callback_url"),
                                provider.callbackBase.isEmpty()
                                    ? QJsonValue()
                                    : QJsonValue(provider.callbackBase.toString())}};
             QString text = tr("%1: %2 submitted, %3 accepted, %4 failed in %5 s\n")
                                .arg(summary.stopReason)
                                .arg(summary.submitted)
                                .arg(summary.accepted)
                                .arg(summary.failed)
                                .arg(summary.seconds, 0, 'f', 1);
             if (confirmed > 0) {
                 json.insert(QStringLiteral("stop_confirmations"), confirmed);
                 text += tr("%n STOP confirmation(s) sent.\n", nullptr, int(confirmed));
             }
             if (context.parser.isSet(QStringLiteral("listen"))) {
                 json.insert(QStringLiteral("reports"), reports);
                 json.insert(QStringLiteral("replies"), replies);
                 text += tr("Received %1 and %2.\n")
                             .arg(tr("%n delivery report(s)", nullptr, int(reports)),
                                  tr("%n incoming message(s)", nullptr, int(replies)));
             }
             return context.succeed(json, text);
         }});
}
