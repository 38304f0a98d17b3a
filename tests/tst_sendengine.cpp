// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignstore.h"
#include "sending/outbox.h"
#include "sending/sendengine.h"
#include "storage/database.h"
#include "support/fakehttpserver.h"
#include "support/sendingfixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Sending;

class tst_SendEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SendEngine::Summary>(); }
    void sandboxEndToEnd_data() { addBackendRows(); }
    void sandboxEndToEnd();
    void pauseResumeCancel_data() { addBackendRows(); }
    void pauseResumeCancel();
    void rate();
    void accountErrorStops();
    void pollsForReports();
    void doneWhenAnotherInstanceFinishes();
};

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

Campaign approvedCampaign(Database &db, int contacts)
{
    if (!SendingFixtures::loadDemoForSending(&db, contacts))
        return {};
    return SendingFixtures::approvedDemoCampaign(
        &db, QStringLiteral("Relance"),
        QStringLiteral("Bonjour {prenom|Madame, Monsieur}, votez !"));
}

ProviderConfig sandbox(double rate, const QString &log = QString())
{
    ProviderConfig config;
    config.id = 1;
    config.name = QStringLiteral("Sandbox");
    config.kind = QStringLiteral("sandbox");
    config.ratePerSecond = rate;
    config.options =
        QJsonObject {{QStringLiteral("accept_delay_ms"), 2},
                     {QStringLiteral("delivery_delay_ms"), 20},
                     {QStringLiteral("reply_delay_ms"), 20},
                     {QStringLiteral("seed"), 7},
                     {QStringLiteral("reply_rates"),
                      QJsonObject {{QStringLiteral("oui"), 0.2}, {QStringLiteral("stop"), 0.1}}}};
    if (!log.isEmpty())
        config.options.insert(QStringLiteral("submission_log"), log);
    return config;
}

// The Twilio adapter against a fake Twilio on this computer.
ProviderConfig fakeTwilio(const FakeHttpServer &server)
{
    ProviderConfig config;
    config.id = 2;
    config.name = QStringLiteral("Twilio");
    config.kind = QStringLiteral("twilio");
    config.endpoint = server.url();
    config.account = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    config.secret = QStringLiteral("token");
    config.ratePerSecond = 200;
    return config;
}

qint64 requestsOf(const FakeHttpServer &server, const QByteArray &method)
{
    return std::count_if(server.requests.cbegin(), server.requests.cend(),
                         [&method](const FakeHttpRequest &r) { return r.method == method; });
}

// Runs an engine in its own thread; the test drives it through queued calls.
struct Run
{
    QThread thread;
    SendEngine *engine;
    std::unique_ptr<QSignalSpy> finished;
    Run(Database *db, const SendEngine::Options &options)
        : engine(new SendEngine(db, options))
    {
        engine->moveToThread(&thread);
        finished = std::make_unique<QSignalSpy>(engine, &SendEngine::finished);
        QObject::connect(&thread, &QThread::started, engine, &SendEngine::start);
        thread.start();
    }
    ~Run()
    {
        QMetaObject::invokeMethod(
            engine,
            [this]() {
                delete engine;
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        thread.wait();
    }
    SendEngine::Summary summary() const
    {
        return finished->isEmpty() ? SendEngine::Summary()
                                   : finished->at(0).at(0).value<SendEngine::Summary>();
    }
};

} // namespace

void tst_SendEngine::sandboxEndToEnd()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const Campaign c = approvedCampaign(db, 150);
    QVERIFY(c.id > 0);
    SendEngine::Options options;
    options.campaignId = c.id;
    options.provider = sandbox(2000);
    options.instanceId = QStringLiteral("test");
    options.drainMs = 3000;
    {
        Run run(&db, options);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished->size(), 1, 20000);
        const SendEngine::Summary summary = run.summary();
        QVERIFY2(summary.ok, qPrintable(summary.errorString));
        QCOMPARE(summary.stopReason, QStringLiteral("done"));
        QVERIFY(summary.submitted > 100);
        QCOMPARE(summary.accepted, summary.submitted);
    }
    const qint64 total = scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages")).toLongLong();
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM messages WHERE state = "
                                   "'delivered'"))
                 .toLongLong(),
             total);
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM campaigns WHERE id = %1").arg(c.id))
                 .toString(),
             QStringLiteral("done"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM delivery_reports")).toLongLong(),
             total);
    const qint64 replies =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM inbound_messages")).toLongLong();
    const qint64 stops = scalar(db,
                                QStringLiteral("SELECT COUNT(*) FROM inbound_messages WHERE "
                                               "interpretation = 'stop'"))
                             .toLongLong();
    QVERIFY2(replies > total / 10 && stops > 0, qPrintable(QString::number(replies)));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE reason = "
                                   "'stop_reply'"))
                 .toLongLong(),
             stops);
}

void tst_SendEngine::pauseResumeCancel()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const Campaign c = approvedCampaign(db, 100);
    QVERIFY(c.id > 0);
    SendEngine::Options options;
    options.campaignId = c.id;
    options.provider = sandbox(50);
    options.instanceId = QStringLiteral("test");
    Run run(&db, options);
    QSignalSpy paused(run.engine, &SendEngine::pausedChanged);
    QTRY_VERIFY(scalar(db,
                       QStringLiteral("SELECT COUNT(*) FROM messages WHERE state <> "
                                      "'queued'"))
                    .toInt()
                >= 5);
    QMetaObject::invokeMethod(run.engine, &SendEngine::pause);
    QTRY_COMPARE(paused.size(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM campaigns WHERE id = %1").arg(c.id))
                 .toString(),
             QStringLiteral("paused"));
    const int sent = scalar(db,
                            QStringLiteral("SELECT COUNT(*) FROM messages WHERE state <> "
                                           "'queued'"))
                         .toInt();
    QTest::qWait(200);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE state <> 'queued'")).toInt(),
        sent); // nothing goes out while paused
    QMetaObject::invokeMethod(run.engine, &SendEngine::resume);
    QTRY_VERIFY(scalar(db,
                       QStringLiteral("SELECT COUNT(*) FROM messages WHERE state <> "
                                      "'queued'"))
                    .toInt()
                >= sent + 5);
    QMetaObject::invokeMethod(run.engine, &SendEngine::cancel);
    QTRY_COMPARE(run.finished->size(), 1);
    QCOMPARE(run.summary().stopReason, QStringLiteral("cancelled"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM campaigns WHERE id = %1").arg(c.id))
                 .toString(),
             QStringLiteral("cancelled"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM messages WHERE state IN "
                                   "('queued', 'submitting')"))
                 .toInt(),
             0);
    QVERIFY(scalar(db,
                   QStringLiteral("SELECT COUNT(*) FROM messages WHERE error_code = "
                                  "'cancelled'"))
                .toInt()
            > 0);
}

void tst_SendEngine::rate()
{
    // 20 msg/s for ~3 s: the submission times the Sandbox logs give the rate.
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const Campaign c = approvedCampaign(db, 200);
    QVERIFY(c.id > 0);
    SendEngine::Options options;
    options.campaignId = c.id;
    options.provider = sandbox(20);
    options.instanceId = QStringLiteral("test");
    Run run(&db, options);
    QTest::qWait(3100);
    QMetaObject::invokeMethod(run.engine, &SendEngine::stop);
    QTRY_COMPARE(run.finished->size(), 1);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT submitted_at FROM messages WHERE submitted_at IS "
                                      "NOT NULL ORDER BY submitted_at")));
    QList<qint64> times;
    while (query.next())
        times.append(query.value(0).toLongLong());
    QVERIFY(times.size() > 50);
    const double measured =
        double(times.size() - 1) * 1000.0 / double(times.last() - times.first());
    qInfo("rate: %.2f msg/s over %lld messages", measured, qint64(times.size()));
    QVERIFY2(std::abs(measured - 20) <= 1, qPrintable(QString::number(measured)));
}

void tst_SendEngine::accountErrorStops()
{
    // Twilio refuses the credentials: the engine stops after the requests already in flight
    // instead of trying every message, and nothing is marked failed.
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const Campaign c = approvedCampaign(db, 40);
    QVERIFY(c.id > 0);
    FakeHttpServer twilio;
    twilio.reply(401,
                 R"({"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/)"
                 R"(docs/errors/20003","status":401})");
    SendEngine::Options options;
    options.campaignId = c.id;
    options.provider = fakeTwilio(twilio);
    options.instanceId = QStringLiteral("test");
    options.concurrency = 4;
    qint64 total = 0;
    {
        Run run(&db, options);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished->size(), 1, 20000);
        const SendEngine::Summary summary = run.summary();
        QVERIFY(!summary.ok);
        QCOMPARE(summary.stopReason, QStringLiteral("account"));
        QVERIFY2(summary.errorString.contains(QLatin1String("credentials"))
                     && summary.errorString.contains(QLatin1String("Authenticate")),
                 qPrintable(summary.errorString));
        QCOMPARE(summary.failed, 0);
        total = scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages")).toLongLong();
        QVERIFY(total > 30);
        // At most the batches that were in flight when the first refusal came back.
        QVERIFY2(twilio.requests.size() <= options.concurrency,
                 qPrintable(QString::number(twilio.requests.size())));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE state = 'queued'"))
                 .toLongLong(),
             total);
    QCOMPARE(scalar(db, QStringLiteral("SELECT MAX(attempts) FROM messages")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM campaigns WHERE id = %1").arg(c.id))
                 .toString(),
             QStringLiteral("paused"));
}

void tst_SendEngine::pollsForReports()
{
    // No callback address: the engine asks Twilio about the accepted messages while it drains,
    // and their reports move them to delivered.
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const Campaign c = approvedCampaign(db, 12);
    QVERIFY(c.id > 0);
    FakeHttpServer twilio;
    twilio.reply(201, R"({"sid":"SM0123456789abcdef0123456789abcdef","status":"queued"})");
    twilio.replyTo("GET", 200,
                   R"({"sid":"SM0123456789abcdef0123456789abcdef","status":"delivered",)"
                   R"("error_code":null})");
    SendEngine::Options options;
    options.campaignId = c.id;
    options.provider = fakeTwilio(twilio);
    options.instanceId = QStringLiteral("test");
    options.drainMs = 4000;
    options.pollAfterMs = 100;
    options.pollPerSecond = 20;
    qint64 total = 0;
    {
        Run run(&db, options);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished->size(), 1, 20000);
        const SendEngine::Summary summary = run.summary();
        QVERIFY2(summary.ok, qPrintable(summary.errorString));
        QCOMPARE(summary.stopReason, QStringLiteral("done"));
        total = scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages")).toLongLong();
        QVERIFY(total > 5);
        QCOMPARE(requestsOf(twilio, "POST"), total);
        // Each message asked about once or twice (a report may land between two rounds), never
        // more: a delivered message is not asked about again.
        const qint64 polls = requestsOf(twilio, "GET");
        QVERIFY2(polls >= total && polls <= 2 * total, qPrintable(QString::number(polls)));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE state = 'delivered'"))
                 .toLongLong(),
             total);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM delivery_reports")).toLongLong(),
             total);
}

void tst_SendEngine::doneWhenAnotherInstanceFinishes()
{
    // Team mode: another instance holds the last messages; when it closes the campaign, this
    // one ran out of work and is done, not "stopped".
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    Campaign c = approvedCampaign(db, 5);
    QVERIFY(c.id > 0);
    Outbox outbox(&db);
    QVERIFY(outbox.enqueue(c, 6).ok);
    CampaignStore store(&db);
    QVERIFY(store.setState(&c, Campaign::State::Sending));
    const Outbox::Claim other = outbox.claim(c.id, 100, QStringLiteral("other"));
    QVERIFY(!other.messages.isEmpty());

    SendEngine::Options options;
    options.campaignId = c.id;
    options.provider = sandbox(100);
    options.instanceId = QStringLiteral("test");
    Run run(&db, options);
    QTest::qWait(300); // nothing to claim: it waits for the other instance
    QVERIFY(run.finished->isEmpty());
    QVERIFY(store.setState(&c, Campaign::State::Done));
    QList<SubmitResult> results;
    for (const OutgoingMessage &message : other.messages) {
        SubmitResult result;
        result.messageId = message.id;
        result.outcome = SubmitOutcome::Accepted;
        results.append(result);
    }
    QVERIFY(outbox.record(results));
    QTRY_COMPARE_WITH_TIMEOUT(run.finished->size(), 1, 5000);
    const SendEngine::Summary summary = run.summary();
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.stopReason, QStringLiteral("done"));
    QCOMPARE(summary.submitted, 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM campaigns WHERE id = %1").arg(c.id))
                 .toString(),
             QStringLiteral("done"));
}

QTEST_GUILESS_MAIN(tst_SendEngine)
#include "tst_sendengine.moc"
