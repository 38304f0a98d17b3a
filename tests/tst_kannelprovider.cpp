// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignstore.h"
#include "demo/demodataloader.h"
#include "sending/callbacklistener.h"
#include "sending/kannelprovider.h"
#include "storage/database.h"
#include "support/fakehttpserver.h"
#include "support/kannelgateway.h"
#include "support/testdatabase.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Sending;

// KannelProvider against a real Kannel (bearerbox + smsbox + fakesmsc on loopback) and, for the
// failure answers Kannel's fake SMS centre never gives, against a tiny local HTTP server.
class tst_KannelProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sendRequest();
    void requestOnTheWire();
    void unsafeParameter();
    void callbacks_data();
    void callbacks();
    void tooManyParts();
    void replyMapping_data();
    void replyMapping();
    void testConnection();
    void realKannel();
};

namespace {

const QString FrenchUcs2 = QStringLiteral("Élection : votez dimanche ! Réponse « OUI » ou STOP");

ProviderConfig kannelConfig(const QUrl &endpoint)
{
    ProviderConfig config;
    config.id = 1;
    config.name = QStringLiteral("Kannel test");
    config.kind = QStringLiteral("kannel");
    config.endpoint = endpoint;
    config.senderId = QStringLiteral("Tribune");
    config.account = QStringLiteral("tribune");
    config.secret = QStringLiteral("s3cret-test");
    config.maxParts = 6;
    return config;
}

OutgoingMessage message(qint64 id, const QString &phone, const QString &body)
{
    OutgoingMessage m;
    m.id = id;
    m.campaignId = 42;
    m.clientRef = QStringLiteral("ref-%1").arg(id);
    m.phone = phone;
    m.sender = QStringLiteral("Tribune");
    m.body = body;
    const Sms::Analysis analysis = Sms::analyse(body);
    m.encoding = analysis.encoding;
    m.parts = analysis.parts;
    return m;
}

// Submits and waits for the callback.
QList<SubmitResult> submitAndWait(Provider &provider, const QList<OutgoingMessage> &batch,
                                  int timeoutMs = 10000)
{
    QList<SubmitResult> results;
    bool done = false;
    provider.submit(batch, [&](const QList<SubmitResult> &r) {
        results = r;
        done = true;
    });
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&]() { return done; }, timeoutMs);
    return results;
}

// The fake server answering as Kannel's sendsms does: plain text.
void answerAsKannel(FakeHttpServer &server, int status, const QByteArray &body)
{
    server.setContentType("text/html");
    server.reply(status, body);
}

QUrl sendsmsUrl(const FakeHttpServer &server)
{
    return server.url(QStringLiteral("/cgi-bin/sendsms"));
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

void tst_KannelProvider::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_KannelProvider::sendRequest()
{
    ProviderConfig config = kannelConfig(QUrl(QStringLiteral("http://127.0.0.1:13013")));
    config.callbackBase = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    QNetworkAccessManager network;
    KannelProvider provider(config, &network);
    const OutgoingMessage m = message(7, QStringLiteral("+33612345678"), FrenchUcs2);
    QString error;
    const std::optional<QNetworkRequest> request = provider.sendRequest({m}, &error);
    QVERIFY2(request, qPrintable(error));
    // Kannel's POST form: nothing in the URL, the password included.
    QCOMPARE(request->url(), QUrl(QStringLiteral("http://127.0.0.1:13013/cgi-bin/sendsms")));
    QCOMPARE(request->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray("text/plain; charset=UTF-8"));
    QCOMPARE(request->rawHeader("X-Kannel-Username"), QByteArray("tribune"));
    QCOMPARE(request->rawHeader("X-Kannel-Password"), QByteArray("s3cret-test"));
    QCOMPARE(request->rawHeader("X-Kannel-From"), QByteArray("Tribune"));
    // Header values are not percent-decoded: the '+' stays.
    QCOMPARE(request->rawHeader("X-Kannel-To"), QByteArray("+33612345678"));
    QCOMPARE(request->rawHeader("X-Kannel-Coding"), QByteArray("2"));
    QCOMPARE(request->rawHeader("X-Kannel-DLR-Mask"), QByteArray("31"));
    QCOMPARE(request->rawHeader("X-Kannel-DLR-URL"), provider.deliveryReportUrl({m}).toUtf8());
    QCOMPARE(provider.deliveryReportUrl({m}),
             QStringLiteral("http://127.0.0.1:8080/kannel/dlr?provider=1&campaign=42&ref=ref-7"
                            "&status=%d&to=%p&at=%T"));
    // GSM text: coding 0.
    const std::optional<QNetworkRequest> gsm = provider.sendRequest(
        {message(9, QStringLiteral("+33612345678"), QStringLiteral("Votez dimanche"))}, &error);
    QVERIFY(gsm);
    QCOMPARE(gsm->rawHeader("X-Kannel-Coding"), QByteArray("0"));
    // A batch: several numbers separated by spaces, one dlr-url that names the message by
    // campaign and %p.
    const OutgoingMessage m2 = message(8, QStringLiteral("+33698765432"), FrenchUcs2);
    const std::optional<QNetworkRequest> batch = provider.sendRequest({m, m2}, &error);
    QVERIFY(batch);
    QCOMPARE(batch->rawHeader("X-Kannel-To"), QByteArray("+33612345678 +33698765432"));
    QVERIFY(!provider.deliveryReportUrl({m, m2}).contains(QLatin1String("ref=")));
    // Without a callback base, no delivery report is asked for.
    KannelProvider noCallbacks(kannelConfig(config.endpoint), &network);
    const std::optional<QNetworkRequest> plain = noCallbacks.sendRequest({m}, &error);
    QVERIFY(plain);
    QVERIFY(!plain->hasRawHeader("X-Kannel-DLR-URL"));
    QVERIFY(!plain->hasRawHeader("X-Kannel-DLR-Mask"));
}

void tst_KannelProvider::requestOnTheWire()
{
    // What reaches the gateway: one POST, the UTF-8 text as the body, the parameters in headers
    // and no password in the request line.
    FakeHttpServer server;
    answerAsKannel(server, 202, "0: Accepted for delivery");
    QNetworkAccessManager network;
    KannelProvider provider(kannelConfig(sendsmsUrl(server)), &network);
    const QList<SubmitResult> results =
        submitAndWait(provider, {message(5, QStringLiteral("+33612345678"), FrenchUcs2)});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.constFirst().outcome, SubmitOutcome::Accepted);
    QCOMPARE(server.requests.size(), 1);
    const QByteArray request = server.requests.constFirst().raw;
    const qsizetype end = request.indexOf("\r\n\r\n");
    QVERIFY(end > 0);
    const QByteArray head = request.left(end);
    QVERIFY2(head.startsWith("POST /cgi-bin/sendsms HTTP/1.1\r\n"), head.constData());
    QVERIFY2(head.contains("\r\nX-Kannel-Password: s3cret-test\r\n"), head.constData());
    QVERIFY2(head.contains("\r\nX-Kannel-To: +33612345678\r\n"), head.constData());
    QVERIFY2(head.contains("\r\nX-Kannel-Coding: 2\r\n"), head.constData());
    QVERIFY2(head.toLower().contains("\r\ncontent-type: text/plain; charset=utf-8\r\n"),
             head.constData());
    QCOMPARE(request.mid(end + 4), FrenchUcs2.toUtf8());
}

void tst_KannelProvider::unsafeParameter()
{
    // A line break in a header value would let it write headers of its own: refused, not sent.
    FakeHttpServer server;
    answerAsKannel(server, 202, "0: Accepted for delivery");
    QNetworkAccessManager network;
    KannelProvider provider(kannelConfig(sendsmsUrl(server)), &network);
    OutgoingMessage m = message(6, QStringLiteral("+33612345678"), QStringLiteral("Bonjour"));
    m.sender = QStringLiteral("Tribune\r\nX-Kannel-To: +33600000000");
    const QList<SubmitResult> results = submitAndWait(provider, {m});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.constFirst().messageId, 6);
    QCOMPARE(results.constFirst().outcome, SubmitOutcome::Failed);
    QCOMPARE(results.constFirst().errorCode, QStringLiteral("bad-parameter"));

    ProviderConfig config = kannelConfig(sendsmsUrl(server));
    config.secret = QStringLiteral("s3cret\ntest");
    KannelProvider badSecret(config, &network);
    bool called = false;
    bool ok = true;
    badSecret.testConnection([&](bool result, const QString &) {
        called = true;
        ok = result;
    });
    QVERIFY(called); // refused at once
    QVERIFY(!ok);
    QTest::qWait(50);
    QVERIFY(server.requests.isEmpty());
}

void tst_KannelProvider::callbacks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("handled");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("reports");
    QTest::addColumn<int>("inbound");
    QTest::addColumn<int>("deliveryStatus");

    QTest::newRow("delivered")
        << "/kannel/dlr?provider=1&campaign=42&ref=ref-7&status=1&to=%2B33612345678&at=1796009202"
        << true << 200 << 1 << 0 << int(DeliveryStatus::Delivered);
    QTest::newRow("smsc accepted") << "/kannel/dlr?ref=ref-7&status=8" << true << 200 << 1 << 0
                                   << int(DeliveryStatus::Accepted);
    QTest::newRow("undelivered") << "/kannel/dlr?ref=ref-7&status=2" << true << 200 << 1 << 0
                                 << int(DeliveryStatus::Failed);
    QTest::newRow("buffered") << "/kannel/dlr?ref=ref-7&status=4" << true << 200 << 1 << 0
                              << int(DeliveryStatus::Buffered);
    QTest::newRow("rejected") << "/kannel/dlr?ref=ref-7&status=16" << true << 200 << 1 << 0
                              << int(DeliveryStatus::Rejected);
    QTest::newRow("batch by phone") << "/kannel/dlr?campaign=42&status=1&to=%2B33612345678" << true
                                    << 200 << 1 << 0 << int(DeliveryStatus::Delivered);
    QTest::newRow("no status") << "/kannel/dlr?ref=ref-7" << true << 400 << 0 << 0 << -1;
    QTest::newRow("no message") << "/kannel/dlr?status=1" << true << 400 << 0 << 0 << -1;
    QTest::newRow("other provider")
        << "/kannel/dlr?provider=2&ref=x&status=1" << false << 200 << 0 << 0 << -1;
    QTest::newRow("mo")
        << "/kannel/mo?from=%2B33612345678&to=38000&text=STOP&ts=2026-11-30+03:26:36" << true << 200
        << 0 << 1 << -1;
    QTest::newRow("mo utf-8") << "/kannel/mo?from=33612345678&to=38000&text=%C3%89t%C3%A9+oui"
                              << true << 200 << 0 << 1 << -1;
    QTest::newRow("mo without sender") << "/kannel/mo?text=STOP" << true << 400 << 0 << 0 << -1;
    QTest::newRow("elsewhere") << "/twilio/status" << false << 200 << 0 << 0 << -1;
}

void tst_KannelProvider::callbacks()
{
    QFETCH(QString, url);
    QFETCH(bool, handled);
    QFETCH(int, status);
    QFETCH(int, reports);
    QFETCH(int, inbound);
    QFETCH(int, deliveryStatus);

    QNetworkAccessManager network;
    KannelProvider provider(kannelConfig(QUrl(QStringLiteral("http://127.0.0.1:13013"))), &network);
    CallbackRequest request;
    request.method = "GET";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:9000") + url);
    const CallbackResult result = provider.handleCallback(request);
    QCOMPARE(result.handled, handled);
    if (!handled)
        return;
    QCOMPARE(result.status, status);
    QCOMPARE(result.reports.size(), reports);
    QCOMPARE(result.inbound.size(), inbound);
    if (reports) {
        const DeliveryReport &report = result.reports.constFirst();
        QCOMPARE(int(report.status), deliveryStatus);
        QVERIFY(!report.clientRef.isEmpty()
                || (report.campaignId == 42 && report.phone == QLatin1String("+33612345678")));
        QVERIFY(report.at.isValid());
    }
    if (inbound) {
        const InboundMessage &message = result.inbound.constFirst();
        QCOMPARE(message.from, QStringLiteral("+33612345678"));
        QCOMPARE(message.to, QStringLiteral("38000"));
        QVERIFY(message.text == QLatin1String("STOP") || message.text == QStringLiteral("Été oui"));
    }
}

void tst_KannelProvider::tooManyParts()
{
    FakeHttpServer server;
    answerAsKannel(server, 202, "0: Accepted for delivery");
    ProviderConfig config = kannelConfig(sendsmsUrl(server));
    config.maxParts = 2;
    QNetworkAccessManager network;
    KannelProvider provider(config, &network);
    const QList<SubmitResult> results = submitAndWait(
        provider, {message(1, QStringLiteral("+33612345678"), QString(402, QLatin1Char('a')))});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.constFirst().outcome, SubmitOutcome::Failed);
    QVERIFY(!results.constFirst().errorText.isEmpty());
    QTest::qWait(50);
    QVERIFY(server.requests.isEmpty()); // refused before anything went out
}

void tst_KannelProvider::replyMapping_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("outcome");

    using M = FakeHttpServer::Fault;
    QTest::newRow("202 accepted") << int(M::None) << 202 << QByteArray("0: Accepted for delivery")
                                  << int(SubmitOutcome::Accepted);
    QTest::newRow("202 queued") << int(M::None) << 202 << QByteArray("3: Queued for later delivery")
                                << int(SubmitOutcome::Accepted);
    // Rows named "account: ..." are about the account, not the message (accountError).
    QTest::newRow("account: 403 credentials")
        << int(M::None) << 403 << QByteArray("Authorization failed for sendsms")
        << int(SubmitOutcome::Retry);
    QTest::newRow("400 bad request") << int(M::None) << 400
                                     << QByteArray("Number(s) has/have been denied by white- "
                                                   "and/or black-lists.")
                                     << int(SubmitOutcome::Failed);
    QTest::newRow("503 temporary")
        << int(M::None) << 503 << QByteArray("Temporal failure, try again later.")
        << int(SubmitOutcome::Retry);
    QTest::newRow("timeout") << int(M::NoAnswer) << 0 << QByteArray()
                             << int(SubmitOutcome::Unknown);
    QTest::newRow("dropped") << int(M::DropBeforeReply) << 0 << QByteArray()
                             << int(SubmitOutcome::Unknown);
    QTest::newRow("unreadable") << int(M::NotHttp) << 0 << QByteArray()
                                << int(SubmitOutcome::Unknown);
    QTest::newRow("refused") << -1 << 0 << QByteArray() << int(SubmitOutcome::Retry);
}

void tst_KannelProvider::replyMapping()
{
    QFETCH(int, mode);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, outcome);

    std::unique_ptr<FakeHttpServer> server;
    QUrl endpoint;
    if (mode < 0) {
        QTcpServer closed; // a port nobody listens on any more
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        endpoint =
            QUrl(QStringLiteral("http://127.0.0.1:%1/cgi-bin/sendsms").arg(closed.serverPort()));
    } else {
        server = std::make_unique<FakeHttpServer>();
        answerAsKannel(*server, status, body);
        server->fault(FakeHttpServer::Fault(mode));
        endpoint = sendsmsUrl(*server);
    }
    ProviderConfig config = kannelConfig(endpoint);
    config.options.insert(QStringLiteral("timeoutMs"), 300);
    QNetworkAccessManager network;
    KannelProvider provider(config, &network);
    const QList<SubmitResult> results =
        submitAndWait(provider, {message(3, QStringLiteral("+33612345678"), FrenchUcs2)});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.constFirst().messageId, 3);
    QCOMPARE(int(results.constFirst().outcome), outcome);
    QCOMPARE(results.constFirst().accountError,
             QByteArray(QTest::currentDataTag()).startsWith("account:"));
    if (status >= 400)
        QCOMPARE(results.constFirst().errorCode, QString::number(status));
    if (server) {
        // Qt 6.4 sends a request again by itself when the connection drops or the answer is
        // unreadable, unless the body cannot be rewound: the gateway must see it exactly once.
        QTest::qWait(100); // a resend would arrive now
        QCOMPARE(server->requests.size(), 1);
    }
}

void tst_KannelProvider::testConnection()
{
    const QString missing = KannelGateway::missingBinaries();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
    KannelGateway gateway;
    QString error;
    QVERIFY2(gateway.start(QUrl(QStringLiteral("http://127.0.0.1:9")), &error), qPrintable(error));
    QNetworkAccessManager network;
    for (const bool good : {true, false}) {
        ProviderConfig config = kannelConfig(gateway.sendsmsUrl());
        if (!good)
            config.secret = QStringLiteral("wrong");
        KannelProvider provider(config, &network);
        bool called = false;
        bool ok = !good;
        QString text;
        provider.testConnection([&](bool result, const QString &message) {
            called = true;
            ok = result;
            text = message;
        });
        QTRY_VERIFY(called);
        QVERIFY2(ok == good, qPrintable(text));
    }
    QVERIFY(gateway.received().isEmpty()); // nothing was sent
}

void tst_KannelProvider::realKannel()
{
    const QString missing = KannelGateway::missingBinaries();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));

    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    QVERIFY(testDb.isReady());
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 20;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    const std::optional<Campaign> campaign = CampaignStore(&db).list().value(0);
    QVERIFY(campaign);
    QSqlQuery query(db.connection());
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO providers (name, kind, endpoint, created_at) "
                                       "VALUES ('kannel-test', 'kannel', 'http://127.0.0.1', 0)")),
             qPrintable(query.lastError().text()));
    const qint64 providerId =
        scalar(db, QStringLiteral("SELECT id FROM providers WHERE name = 'kannel-test'"))
            .toLongLong();

    const QString gsmLong = QStringLiteral("Chers électeurs, ")
                                .append(QString(385, QLatin1Char('x')))
                                .left(402); // 3 parts of 153
    QString ucs2Long = QStringLiteral("Réponse « OUI » ");
    while (ucs2Long.size() < 163)
        ucs2Long += QStringLiteral("€ç");
    ucs2Long.truncate(163); // 3 parts of 67
    QList<OutgoingMessage> messages = {
        message(0, QStringLiteral("+33639980101"), FrenchUcs2),
        message(0, QStringLiteral("+33639980102"), gsmLong),
        message(0, QStringLiteral("+33639980103"), ucs2Long),
    };
    QCOMPARE(messages.at(0).encoding, Sms::Encoding::Ucs2);
    QCOMPARE(messages.at(1).encoding, Sms::Encoding::Gsm7);
    QCOMPARE(messages.at(1).parts, 3);
    QCOMPARE(messages.at(2).encoding, Sms::Encoding::Ucs2);
    QCOMPARE(messages.at(2).parts, 3);
    for (int i = 0; i < messages.size(); ++i) {
        OutgoingMessage &m = messages[i];
        m.campaignId = campaign->id;
        m.clientRef = QStringLiteral("kannel-%1").arg(i + 1);
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO messages (campaign_id, phone, client_ref, "
                                           "state, body, encoding, parts, queued_at) VALUES "
                                           "(%1, '%2', '%3', 'submitting', 'x', '%4', %5, 0)")
                                .arg(campaign->id)
                                .arg(m.phone, m.clientRef, Sms::encodingName(m.encoding))
                                .arg(m.parts)),
                 qPrintable(query.lastError().text()));
        m.id = query.lastInsertId().toLongLong();
    }

    CallbackListener listener(&db);
    QVERIFY2(listener.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    ProviderConfig config = kannelConfig(QUrl());
    config.id = providerId;
    config.callbackBase = listener.baseUrl();
    QSignalSpy reports(&listener, &CallbackListener::reportsReceived);
    QSignalSpy inbound(&listener, &CallbackListener::inboundReceived);

    KannelGateway gateway;
    QVERIFY2(gateway.start(listener.baseUrl(), &error), qPrintable(error));
    config.endpoint = gateway.sendsmsUrl();
    listener.addProvider(std::make_unique<KannelProvider>(config, nullptr));
    QNetworkAccessManager network;
    KannelProvider provider(config, &network);

    for (const OutgoingMessage &m : std::as_const(messages)) {
        const QList<SubmitResult> results = submitAndWait(provider, {m});
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.constFirst().outcome == SubmitOutcome::Accepted,
                 qPrintable(results.constFirst().errorText));
    }

    // The SMS centre got 1 + 3 + 3 parts, each exactly once.
    QTRY_COMPARE_WITH_TIMEOUT(gateway.received().size(), 7, 10000);
    QTest::qWait(300); // nothing more arrives
    const QList<KannelGateway::Message> received = gateway.received();
    QCOMPARE(received.size(), 7);
    QHash<QString, QList<KannelGateway::Message>> byPhone;
    for (const KannelGateway::Message &m : received)
        byPhone[m.to].append(m);

    const QList<KannelGateway::Message> single = byPhone.value(messages.at(0).phone);
    QCOMPARE(single.size(), 1);
    QVERIFY(single.constFirst().ucs2);
    QCOMPARE(single.constFirst().textAsUcs2(), FrenchUcs2);
    QCOMPARE(single.constFirst().from, QStringLiteral("Tribune"));

    const auto reassemble = [](QList<KannelGateway::Message> parts, bool ucs2) {
        std::sort(parts.begin(), parts.end(),
                  [](const auto &a, const auto &b) { return a.partIndex < b.partIndex; });
        QString text;
        for (int i = 0; i < parts.size(); ++i) {
            if (parts.at(i).partIndex != i + 1 || parts.at(i).partCount != parts.size())
                return QStringLiteral("<parts out of order>");
            text += ucs2 ? parts.at(i).textAsUcs2() : parts.at(i).textAsUtf8();
        }
        return text;
    };
    const QList<KannelGateway::Message> gsmParts = byPhone.value(messages.at(1).phone);
    QCOMPARE(gsmParts.size(), 3);
    QCOMPARE(reassemble(gsmParts, false), gsmLong);
    const QList<KannelGateway::Message> ucs2Parts = byPhone.value(messages.at(2).phone);
    QCOMPARE(ucs2Parts.size(), 3);
    // UCS-2 on the air: 67 UTF-16 units (134 bytes) per full part, the text back exactly.
    QCOMPARE(ucs2Parts.constFirst().data.size(), 134);
    QCOMPARE(reassemble(ucs2Parts, true), ucs2Long);

    // Delivery reports reach the listener and move the outbox rows to delivered.
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(db,
               QStringLiteral("SELECT COUNT(*) FROM messages WHERE state = 'delivered' AND "
                              "client_ref LIKE 'kannel-%'"))
            .toInt(),
        3, 10000);
    QVERIFY(reports.size() >= 3);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM delivery_reports")).toInt() >= 3);

    // A STOP reply suppresses the number.
    QVERIFY2(gateway.injectMo(messages.at(1).phone, QStringLiteral("38000"), QStringLiteral("STOP"),
                              &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(db,
               QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE phone = '%1'")
                   .arg(messages.at(1).phone))
            .toInt(),
        1, 10000);
    // A UCS-2 reply arrives as UTF-8 text (mo-recode).
    QVERIFY2(gateway.injectMo(messages.at(0).phone, QStringLiteral("38000"),
                              QStringLiteral("Oui, ça marche"), &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(db,
               QStringLiteral("SELECT body FROM inbound_messages WHERE phone = '%1'")
                   .arg(messages.at(0).phone))
            .toString(),
        QStringLiteral("Oui, ça marche"), 10000);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE phone = '%1'")
                        .arg(messages.at(0).phone))
                 .toInt(),
             0);

    // A batch: one request, X-Kannel-To with two numbers; each receives the text once.
    const QList<OutgoingMessage> batch = {
        message(100, QStringLiteral("+33639980201"), QStringLiteral("Été : votez !")),
        message(101, QStringLiteral("+33639980202"), QStringLiteral("Été : votez !")),
    };
    const QList<SubmitResult> batchResults = submitAndWait(provider, batch);
    QCOMPARE(batchResults.size(), 2);
    for (const SubmitResult &result : batchResults)
        QCOMPARE(result.outcome, SubmitOutcome::Accepted);
    QTRY_COMPARE_WITH_TIMEOUT(gateway.received().size(), 9, 10000);
    QTest::qWait(300);
    const QList<KannelGateway::Message> all = gateway.received();
    QCOMPARE(all.size(), 9);
    for (const OutgoingMessage &m : batch) {
        const auto it =
            std::find_if(all.cbegin(), all.cend(), [&m](const auto &r) { return r.to == m.phone; });
        QVERIFY2(it != all.cend(), qPrintable(m.phone));
        QCOMPARE(it->textAsUtf8(), m.body);
    }
    gateway.stop();
}

QTEST_GUILESS_MAIN(tst_KannelProvider)
#include "tst_kannelprovider.moc"
