// SPDX-License-Identifier: GPL-3.0-or-later
// Sending benchmark against one real Kannel (bearerbox + smsbox + fakesmsc on loopback, started
// as the tests start it), in one run:
//  (a) a bare keep-alive HTTP client (one QNetworkAccessManager, N requests in flight) firing
//      the campaign's sendsms requests, delivery reports on, answered by a callback listener
//      that records nothing;
//  (b) Tribune's SendEngine on the same messages with the same number of requests in flight,
//      durable state (SQLite outbox) and delivery reports on (recorded by the callback
//      listener), unthrottled;
//  (c) SendEngine limited to 20 and then 200 msg/s for a fixed time: measured rate vs target
//      (200 msg/s also with ten numbers per request, for gateways slower than that).
// Prints one JSON line.
//   bench_send [contacts] [concurrency] [seconds per rate run]   (default 2500 6 10)
#include "campaign/campaignstore.h"
#include "demo/demodataloader.h"
#include "sending/callbacklistener.h"
#include "sending/kannelprovider.h"
#include "sending/outbox.h"
#include "sending/sendengine.h"
#include "sms/smsencoding.h"
#include "storage/database.h"
#include "support/kannelgateway.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>

using namespace Sending;

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll().trimmed());
}

// Serves events until `done` returns true or `timeoutMs` passes; false on time-out.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

struct EngineRun
{
    SendEngine::Summary summary;
    double wallSeconds = 0;
};

// One SendEngine in its own thread, as `tribune-cli send` runs it; stopped after stopAfterMs
// when positive.
EngineRun runEngine(Database *database, const SendEngine::Options &options, int stopAfterMs)
{
    EngineRun run;
    QThread thread;
    auto *engine = new SendEngine(database, options);
    engine->moveToThread(&thread);
    QEventLoop loop;
    QObject::connect(&thread, &QThread::started, engine, &SendEngine::start);
    QObject::connect(engine, &SendEngine::finished, &loop, [&](const SendEngine::Summary &s) {
        run.summary = s;
        loop.quit();
    });
    QTimer stopTimer;
    stopTimer.setSingleShot(true);
    QObject::connect(&stopTimer, &QTimer::timeout, engine,
                     [engine]() { QMetaObject::invokeMethod(engine, &SendEngine::stop); });
    QElapsedTimer wall;
    wall.start();
    thread.start();
    if (stopAfterMs > 0)
        stopTimer.start(stopAfterMs);
    loop.exec();
    run.wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    QMetaObject::invokeMethod(
        engine,
        [engine, database]() {
            delete engine;
            database->closeThreadConnection();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    thread.wait();
    return run;
}

// The campaign's submissions as the outbox recorded them: count and the rate between the first
// and the last submission (claim time, milliseconds).
QJsonObject submissionRate(Database &db, qint64 campaignId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*), MIN(submitted_at), MAX(submitted_at), "
                                 "MAX(accepted_at) FROM messages WHERE campaign_id = ? AND "
                                 "submitted_at IS NOT NULL"));
    query.addBindValue(campaignId);
    if (!query.exec() || !query.next())
        return {};
    const qint64 count = query.value(0).toLongLong();
    const qint64 first = query.value(1).toLongLong();
    const qint64 last = query.value(2).toLongLong();
    const qint64 lastAccepted = query.value(3).toLongLong();
    return {{QStringLiteral("submitted"), count},
            {QStringLiteral("rate_between_submissions"),
             last > first ? double(count - 1) * 1000.0 / double(last - first) : 0.0},
            {QStringLiteral("rate_first_submit_to_last_answer"),
             lastAccepted > first ? double(count) * 1000.0 / double(lastAccepted - first) : 0.0}};
}

qint64 createCampaign(
    Database &db, const QString &name, qint64 providerId,
    const QString &message = QStringLiteral("Bonjour {prenom|Madame, Monsieur}, votez dimanche !"))
{
    CampaignStore store(&db);
    Campaign c;
    c.name = name;
    c.audienceId = store.audienceId(QStringLiteral("Démo — Fichier loué Alsace-Moselle"));
    c.message = message;
    c.footer = QStringLiteral("Camille Martin 2027 - STOP au 36105");
    c.senderId = QStringLiteral("CMartin2027");
    c.providerId = providerId;
    if (!store.create(&c) || !store.setState(&c, Campaign::State::Approved))
        return 0;
    return c.id;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_send: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int contacts = args.size() > 1 ? args.at(1).toInt() : 2500;
    const int concurrency = args.size() > 2 ? args.at(2).toInt() : 6;
    const int rateSeconds = args.size() > 3 ? args.at(3).toInt() : 10;
    if (const QString missing = KannelGateway::missingBinaries(); !missing.isEmpty())
        return fail(missing);

    QTemporaryDir dir;
    Database db(DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("tribune.db"))));
    QString error;
    if (!db.openAndMigrate(&error))
        return fail(error);
    DemoDataLoader::Options demo;
    demo.contacts = contacts;
    if (!DemoDataLoader(&db).load(demo).ok)
        return fail(QStringLiteral("cannot load the demo data"));
    Outbox::Window always;
    always.startMinute = 0;
    always.endMinute = 1440;
    always.days = QStringLiteral("1234567");
    always.skipHolidays = false;
    always.save(&db, QStringLiteral("bench"));
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("INSERT INTO providers (name, kind, endpoint, created_at) "
                                   "VALUES ('kannel-bench', 'kannel', 'http://127.0.0.1', 0)")))
        return fail(QStringLiteral("cannot add the provider"));
    const qint64 providerId =
        scalar(db, QStringLiteral("SELECT id FROM providers WHERE name = 'kannel-bench'"))
            .toLongLong();

    // Two callback listeners: one that only counts (for the bare client), one that records.
    CallbackListener bareListener(nullptr);
    CallbackListener listener(&db);
    if (!bareListener.listen(QHostAddress::LocalHost, 0, &error)
        || !listener.listen(QHostAddress::LocalHost, 0, &error))
        return fail(error);
    KannelGateway gateway;
    if (!gateway.start(listener.baseUrl(), &error))
        return fail(error);

    ProviderConfig config;
    config.id = providerId;
    config.name = QStringLiteral("kannel-bench");
    config.kind = QStringLiteral("kannel");
    config.endpoint = gateway.sendsmsUrl();
    config.senderId = QStringLiteral("CMartin2027");
    config.account = gateway.username();
    config.secret = gateway.password();
    config.maxParts = 6;
    config.ratePerSecond = 1e6; // unthrottled
    ProviderConfig bareConfig = config;
    bareConfig.callbackBase = bareListener.baseUrl();
    config.callbackBase = listener.baseUrl();
    bareListener.addProvider(std::make_unique<KannelProvider>(bareConfig, nullptr));
    listener.addProvider(std::make_unique<KannelProvider>(config, nullptr));
    qint64 bareReports = 0;
    QObject::connect(&bareListener, &CallbackListener::reportsReceived, &app,
                     [&](qint64, const QList<DeliveryReport> &r) { bareReports += r.size(); });
    qint64 reports = 0;
    QObject::connect(&listener, &CallbackListener::reportsReceived, &app,
                     [&](qint64, const QList<DeliveryReport> &r) { reports += r.size(); });

    // The throughput campaign, enqueued now so that the bare client fires the same requests.
    const qint64 campaignId = createCampaign(db, QStringLiteral("Débit"), providerId);
    const std::optional<Campaign> campaign = CampaignStore(&db).find(campaignId);
    if (!campaign)
        return fail(QStringLiteral("cannot create the campaign"));
    const Outbox::EnqueueResult enqueued = Outbox(&db).enqueue(*campaign, config.maxParts);
    if (!enqueued.ok)
        return fail(enqueued.errorString);
    QList<OutgoingMessage> messages;
    query.prepare(QStringLiteral("SELECT id, client_ref, phone, body, parts FROM messages WHERE "
                                 "campaign_id = ? ORDER BY id"));
    query.addBindValue(campaignId);
    if (!query.exec())
        return fail(QStringLiteral("cannot read the outbox"));
    while (query.next()) {
        OutgoingMessage m;
        m.id = query.value(0).toLongLong();
        m.campaignId = campaignId;
        m.clientRef = query.value(1).toString();
        m.phone = query.value(2).toString();
        m.sender = config.senderId;
        m.body = query.value(3).toString();
        const Sms::Analysis analysis = Sms::analyse(m.body);
        m.encoding = analysis.encoding;
        m.parts = analysis.parts;
        messages.append(m);
    }
    const qint64 n = messages.size();

    // (a) The bare client: requests built beforehand, `concurrency` in flight on keep-alive
    // connections, the next one fired as soon as an answer arrives.
    QNetworkAccessManager network;
    KannelProvider builder(bareConfig, &network);
    QList<QNetworkRequest> requests;
    for (const OutgoingMessage &m : std::as_const(messages)) {
        const std::optional<QNetworkRequest> request = builder.sendRequest({m}, &error);
        if (!request)
            return fail(error);
        requests.append(*request);
    }
    qint64 next = 0;
    qint64 answered = 0;
    qint64 bareAccepted = 0;
    QEventLoop bareLoop;
    std::function<void()> fire = [&]() {
        while (next < n && next - answered < concurrency) {
            const qint64 i = next++;
            QNetworkReply *reply = network.post(requests.at(i), messages.at(i).body.toUtf8());
            QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply]() {
                reply->deleteLater();
                if (reply->error() == QNetworkReply::NoError
                    && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 202)
                    ++bareAccepted;
                ++answered;
                if (answered == n)
                    bareLoop.quit();
                else
                    fire();
            });
        }
    };
    const QString loadBefore = loadAverage();
    QElapsedTimer bareTimer;
    bareTimer.start();
    fire();
    bareLoop.exec();
    const double bareSeconds = double(bareTimer.nsecsElapsed()) / 1e9;
    // Let Kannel deliver and report everything before the next run.
    const qint64 expectedBareReports = 2 * n; // fakesmsc: status 1 (delivered), then 8 (smsc)
    waitUntil([&]() { return bareReports >= expectedBareReports; }, 30000);
    const qint64 bareReportsSeen = bareReports;

    // (b) SendEngine on the same messages, unthrottled.
    SendEngine::Options options;
    options.campaignId = campaignId;
    options.provider = config;
    options.instanceId = QStringLiteral("bench");
    options.concurrency = concurrency;
    const EngineRun engine = runEngine(&db, options, 0);
    if (!engine.summary.ok)
        return fail(engine.summary.errorString);
    const QJsonObject engineRates = submissionRate(db, campaignId);
    waitUntil(
        [&]() {
            return scalar(db,
                          QStringLiteral("SELECT COUNT(*) FROM messages WHERE campaign_id = %1 "
                                         "AND state = 'delivered'")
                              .arg(campaignId))
                       .toLongLong()
                >= n;
        },
        30000);
    const qint64 engineReports = reports;
    const qint64 delivered =
        scalar(db,
               QStringLiteral("SELECT COUNT(*) FROM messages WHERE campaign_id = %1 AND state = "
                              "'delivered'")
                   .arg(campaignId))
            .toLongLong();
    const double bareRate = double(n) / bareSeconds;
    const double engineRate = double(engine.summary.submitted) / engine.wallSeconds;

    // (c) The rate limit, for a fixed time each: one number per request, then (when one request
    // per message is more than the gateway can take) ten numbers per request with one text.
    QJsonObject limits;
    struct Limit
    {
        int target;
        int maxBatch;
        QString key;
    };
    for (const Limit &limit :
         {Limit {20, 1, QStringLiteral("20")}, Limit {200, 1, QStringLiteral("200")},
          Limit {200, 10, QStringLiteral("200_batch10")}}) {
        const qint64 id = createCampaign(db, QStringLiteral("Cadence %1").arg(limit.key),
                                         providerId, QStringLiteral("Votez dimanche !"));
        SendEngine::Options limited = options;
        limited.campaignId = id;
        limited.provider.ratePerSecond = limit.target;
        limited.provider.options.insert(QStringLiteral("maxBatch"), limit.maxBatch);
        const EngineRun run = runEngine(&db, limited, rateSeconds * 1000);
        if (!run.summary.ok)
            return fail(run.summary.errorString);
        QJsonObject measured = submissionRate(db, id);
        const double rate = measured.value(QStringLiteral("rate_between_submissions")).toDouble();
        measured.insert(QStringLiteral("target"), limit.target);
        measured.insert(QStringLiteral("numbers_per_request"), limit.maxBatch);
        measured.insert(QStringLiteral("deviation_percent"),
                        (rate - limit.target) * 100.0 / limit.target);
        measured.insert(QStringLiteral("result"), run.summary.stopReason);
        limits.insert(limit.key, measured);
    }

    const QJsonObject out {
        {QStringLiteral("benchmark"), QStringLiteral("send")},
        {QStringLiteral("messages"), n},
        {QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("bare_client"),
         QJsonObject {{QStringLiteral("accepted"), bareAccepted},
                      {QStringLiteral("seconds"), bareSeconds},
                      {QStringLiteral("rate"), bareRate},
                      {QStringLiteral("delivery_reports"), bareReportsSeen}}},
        {QStringLiteral("send_engine"),
         QJsonObject {{QStringLiteral("submitted"), engine.summary.submitted},
                      {QStringLiteral("accepted"), engine.summary.accepted},
                      {QStringLiteral("seconds"), engine.wallSeconds},
                      {QStringLiteral("rate"), engineRate},
                      {QStringLiteral("outbox"), engineRates},
                      {QStringLiteral("delivered_recorded"), delivered},
                      {QStringLiteral("delivery_reports"), engineReports}}},
        {QStringLiteral("ratio"), engineRate / bareRate},
        {QStringLiteral("rate_limit"), limits},
        {QStringLiteral("loadavg_before"), loadBefore},
        {QStringLiteral("loadavg_after"), loadAverage()},
    };
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
