// SPDX-License-Identifier: GPL-3.0-or-later
// OctopushProvider against a fake api.octopush.com on 127.0.0.1 that speaks the v1 campaign
// API's format and injects faults (429, 500, 503, timeouts, dropped connections, unreadable
// JSON, fewer contacts than sent).
#include "sending/octopushprovider.h"
#include "support/fakehttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace Sending;

namespace {

const QString kLogin = QStringLiteral("campagne@example.org");
const QString kKey = QStringLiteral("key-0123456789");

// The port of a server that just closed: nobody listens there.
QUrl closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return {};
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

QByteArray sent(int contacts, double cost)
{
    return QJsonDocument(QJsonObject {{"sms_ticket", "sms_6123abc456def"},
                                      {"number_of_contacts", contacts},
                                      {"total_cost", cost}})
        .toJson(QJsonDocument::Compact);
}

ProviderConfig config(const QUrl &endpoint)
{
    ProviderConfig c;
    c.id = 11;
    c.name = QStringLiteral("Octopush test");
    c.kind = QStringLiteral("octopush");
    c.endpoint = endpoint;
    c.senderId = QStringLiteral("CMartin");
    c.account = kLogin;
    c.secret = kKey;
    c.callbackBase = QUrl(QStringLiteral("https://tribune.example.org/hooks"));
    c.options.insert(QStringLiteral("timeout_ms"), 1000);
    return c;
}

QList<OutgoingMessage> batch(int n)
{
    QList<OutgoingMessage> messages;
    for (int i = 0; i < n; ++i) {
        OutgoingMessage m;
        m.id = 100 + i;
        m.campaignId = 3;
        m.clientRef = QStringLiteral("t-%1-ab").arg(100 + i);
        m.phone = QStringLiteral("+3361234567%1").arg(i);
        m.body = QStringLiteral("Bonjour, votez Élise le 12 !");
        m.encoding = Sms::Encoding::Ucs2;
        messages.append(m);
    }
    return messages;
}

CallbackRequest postJson(const QString &leaf, const QJsonObject &json)
{
    CallbackRequest request;
    request.method = "POST";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:8088/hooks/octopush/11/") + leaf);
    request.headers.insert("content-type", "application/json");
    request.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return request;
}

} // namespace

Q_DECLARE_METATYPE(FakeHttpServer::Fault)
Q_DECLARE_METATYPE(Sending::SubmitOutcome)

class tst_OctopushProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createNeedsCredentials();
    void requestFormat();
    void options();
    void requestIdIsStable();
    void outcomes_data();
    void outcomes();
    void fewerContactsThanSent();
    void connectionRefusedIsRetry();
    void testConnection();
    void deliveryReport_data();
    void deliveryReport();
    void inboundAndStop();
    void otherPathsNotHandled();

private:
    QNetworkAccessManager m_network;
    static QList<SubmitResult> submitAndWait(OctopushProvider &provider,
                                             const QList<OutgoingMessage> &messages);
};

QList<SubmitResult> tst_OctopushProvider::submitAndWait(OctopushProvider &provider,
                                                        const QList<OutgoingMessage> &messages)
{
    QList<SubmitResult> results;
    int calls = 0;
    provider.submit(messages, [&](const QList<SubmitResult> &r) {
        results = r;
        ++calls;
    });
    [&]() {
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
    }();
    return results;
}

void tst_OctopushProvider::createNeedsCredentials()
{
    QString error;
    ProviderConfig c = config(QUrl(QStringLiteral("https://api.octopush.com")));
    std::unique_ptr<Provider> provider = Provider::create(c, &m_network, &error);
    QVERIFY2(provider, qPrintable(error));
    QVERIFY(qobject_cast<OctopushProvider *>(provider.get()));
    QCOMPARE(provider->capabilities().maxBatch, 500);
    QVERIFY(provider->capabilities().batchNeedsSameText);
    QVERIFY(provider->capabilities().dryRun);
    c.secret.clear();
    QVERIFY(!Provider::create(c, &m_network, &error));
    QVERIFY(error.contains(QLatin1String("API key")));
}

void tst_OctopushProvider::requestFormat()
{
    FakeHttpServer fake;
    fake.reply(201, sent(3, 0.165));
    OctopushProvider provider(config(fake.url()), &m_network);
    const QList<OutgoingMessage> messages = batch(3);
    const QList<SubmitResult> results = submitAndWait(provider, messages);
    QCOMPARE(results.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(results.at(i).messageId, 100 + i);
        QCOMPARE(results.at(i).outcome, SubmitOutcome::Accepted);
        QCOMPARE(results.at(i).providerMessageId,
                 QStringLiteral("sms_6123abc456def/+3361234567%1").arg(i));
        QCOMPARE(results.at(i).costMc, 5500);
    }
    QCOMPARE(fake.requests.size(), 1);
    const FakeHttpRequest &r = fake.requests.at(0);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/v1/public/sms-campaign/send"));
    QCOMPARE(r.headers.value("api-login"), kLogin.toUtf8());
    QCOMPARE(r.headers.value("api-key"), kKey.toUtf8());
    QVERIFY(r.headers.value("content-type").startsWith("application/json"));
    const QJsonObject json = r.json();
    QCOMPARE(json.value("text").toString(), messages.at(0).body);
    QCOMPARE(json.value("type").toString(), QStringLiteral("sms_premium"));
    QCOMPARE(json.value("purpose").toString(), QStringLiteral("alert"));
    QCOMPARE(json.value("sender").toString(), QStringLiteral("CMartin"));
    QCOMPARE(json.value("with_replies"), QJsonValue(false));
    QCOMPARE(json.value("request_id").toString(), OctopushProvider::requestId(messages));
    QVERIFY(!json.contains("simulation_mode"));
    const QJsonArray recipients = json.value("recipients").toArray();
    QCOMPARE(recipients.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(recipients.at(i).toObject().value("phone_number").toString(),
                 messages.at(i).phone);
}

void tst_OctopushProvider::options()
{
    FakeHttpServer fake;
    fake.reply(201, sent(1, 0.04));
    ProviderConfig c = config(fake.url());
    c.options.insert(QStringLiteral("type"), QStringLiteral("sms_low_cost"));
    c.options.insert(QStringLiteral("purpose"), QStringLiteral("wholesale"));
    c.options.insert(QStringLiteral("with_replies"), true);
    OctopushProvider provider(c, &m_network);
    QList<OutgoingMessage> one = batch(1);
    one[0].sender = QStringLiteral("Autre");
    QCOMPARE(submitAndWait(provider, one).at(0).outcome, SubmitOutcome::Accepted);
    const QJsonObject json = fake.requests.at(0).json();
    QCOMPARE(json.value("type").toString(), QStringLiteral("sms_low_cost"));
    QCOMPARE(json.value("purpose").toString(), QStringLiteral("wholesale"));
    QCOMPARE(json.value("with_replies"), QJsonValue(true));
    QCOMPARE(json.value("sender").toString(), QStringLiteral("Autre"));
}

void tst_OctopushProvider::requestIdIsStable()
{
    QList<OutgoingMessage> messages = batch(4);
    const QString id = OctopushProvider::requestId(messages);
    QVERIFY(id.startsWith(QLatin1String("tribune-")));
    QCOMPARE(id.size(), 40);
    std::reverse(messages.begin(), messages.end());
    QCOMPARE(OctopushProvider::requestId(messages), id); // order does not matter
    messages.removeLast();
    QVERIFY(OctopushProvider::requestId(messages) != id); // another set, another request
}

void tst_OctopushProvider::outcomes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<QByteArray>>("headers");
    QTest::addColumn<FakeHttpServer::Fault>("fault");
    QTest::addColumn<SubmitOutcome>("outcome");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<int>("retryAfterMs");
    using F = FakeHttpServer::Fault;
    using O = SubmitOutcome;
    const QList<QByteArray> none;
    const auto error = [](int code, const char *message) {
        return QJsonDocument(QJsonObject {{"code", code}, {"message", message}})
            .toJson(QJsonDocument::Compact);
    };

    QTest::newRow("429 Retry-After")
        << 429 << error(429, "Too many requests") << QList<QByteArray> {"Retry-After: 4"} << F::None
        << O::Retry << "429" << 4000;
    QTest::newRow("503") << 503 << QByteArray() << none << F::None << O::Retry << "503" << -1;
    QTest::newRow("500 may have taken it")
        << 500 << QByteArray("<html>") << none << F::None << O::Unknown << "500" << -1;
    // Rows named "account: ..." are about the account, not the batch (accountError).
    QTest::newRow("account: 401 credentials")
        << 401 << error(101, "Invalid credentials") << none << F::None << O::Retry << "101" << -1;
    QTest::newRow("account: 402 no credit")
        << 402 << error(402, "Not enough credit") << none << F::None << O::Retry << "402" << -1;
    QTest::newRow("account: 403") << 403 << QByteArray() << none << F::None << O::Retry << "403"
                                  << -1;
    QTest::newRow("400 invalid sender")
        << 400 << error(110, "Invalid sender") << none << F::None << O::Failed << "110" << -1;
    QTest::newRow("malformed JSON")
        << 201 << QByteArray("{\"sms_ticket\": ") << none << F::None << O::Unknown << "201" << -1;
    QTest::newRow("2xx without ticket")
        << 201 << QByteArray("{}") << none << F::None << O::Unknown << "201" << -1;
    QTest::newRow("timeout") << 201 << QByteArray() << none << F::NoAnswer << O::Unknown
                             << "timeout" << -1;
    QTest::newRow("dropped before the reply")
        << 201 << QByteArray() << none << F::DropBeforeReply << O::Unknown << "network" << -1;
    QTest::newRow("dropped mid-reply")
        << 201 << QByteArray() << none << F::DropMidReply << O::Unknown << "200" << -1;
}

void tst_OctopushProvider::outcomes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QList<QByteArray>, headers);
    QFETCH(FakeHttpServer::Fault, fault);
    QFETCH(SubmitOutcome, outcome);
    QFETCH(QString, errorCode);
    QFETCH(int, retryAfterMs);

    FakeHttpServer fake;
    fake.reply(status, body, headers);
    fake.fault(fault);
    fake.setTruncatedReply(200, "{\"messages\": [");
    OctopushProvider provider(config(fake.url()), &m_network);
    const QList<SubmitResult> results = submitAndWait(provider, batch(3));
    // The whole batch shares the outcome: Octopush takes or refuses a request as a whole.
    QCOMPARE(results.size(), 3);
    for (const SubmitResult &r : results) {
        QCOMPARE(r.outcome, outcome);
        QCOMPARE(r.errorCode, errorCode);
        QCOMPARE(r.retryAfterMs, retryAfterMs);
        QVERIFY(!r.errorText.isEmpty());
        QVERIFY(r.providerMessageId.isEmpty());
        QCOMPARE(r.accountError, QByteArray(QTest::currentDataTag()).startsWith("account:"));
    }
    QCOMPARE(results.at(2).messageId, 102);
    // The request reached the server exactly once: Qt did not resend it on its own.
    QCOMPARE(fake.requests.size(), 1);
}

void tst_OctopushProvider::fewerContactsThanSent()
{
    // Octopush dropped a number (blacklisted or invalid) and took the rest: nothing may be
    // sent again; its report names the dropped one.
    FakeHttpServer fake;
    fake.reply(201, sent(2, 0.11));
    OctopushProvider provider(config(fake.url()), &m_network);
    const QList<SubmitResult> results = submitAndWait(provider, batch(3));
    QCOMPARE(results.size(), 3);
    for (const SubmitResult &r : results) {
        QCOMPARE(r.outcome, SubmitOutcome::Accepted);
        QVERIFY(r.errorText.contains(QLatin1String("2 of the 3")));
    }
}

void tst_OctopushProvider::connectionRefusedIsRetry()
{
    OctopushProvider provider(config(closedPort()), &m_network);
    const QList<SubmitResult> results = submitAndWait(provider, batch(2));
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).outcome, SubmitOutcome::Retry);
    QCOMPARE(results.at(1).errorCode, QStringLiteral("network"));
}

void tst_OctopushProvider::testConnection()
{
    FakeHttpServer fake;
    fake.reply(201, sent(1, 0.055));
    OctopushProvider provider(config(fake.url()), &m_network);
    int calls = 0;
    bool ok = false;
    QString text;
    const auto test = [&]() {
        calls = 0;
        provider.testConnection([&](bool success, const QString &m) {
            ok = success;
            text = m;
            ++calls;
        });
        QTRY_COMPARE(calls, 1);
    };
    test();
    QVERIFY2(ok, qPrintable(text));
    const QJsonObject json = fake.requests.at(0).json();
    QCOMPARE(fake.requests.at(0).path, QByteArray("/v1/public/sms-campaign/send"));
    QCOMPARE(json.value("simulation_mode"), QJsonValue(true)); // harmless: nothing is sent
    QCOMPARE(json.value("recipients").toArray().size(), 1);
    QCOMPARE(fake.requests.at(0).headers.value("api-key"), kKey.toUtf8());

    fake.reply(403, QByteArray(R"({"code":101,"message":"Invalid credentials"})"));
    test();
    QVERIFY(!ok);
    QVERIFY(text.contains(QLatin1String("refused")));
    for (const FakeHttpRequest &r : std::as_const(fake.requests))
        QCOMPARE(r.json().value("simulation_mode"), QJsonValue(true));
}

void tst_OctopushProvider::deliveryReport_data()
{
    QTest::addColumn<QString>("octopushStatus");
    QTest::addColumn<DeliveryStatus>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("DELIVERED") << "DELIVERED" << DeliveryStatus::Delivered << "";
    QTest::newRow("ACK") << "ACK" << DeliveryStatus::Buffered << "";
    QTest::newRow("NOT_DELIVERED") << "NOT_DELIVERED" << DeliveryStatus::Failed << "NOT_DELIVERED";
    QTest::newRow("NOT_ALLOWED") << "NOT_ALLOWED" << DeliveryStatus::Rejected << "NOT_ALLOWED";
    QTest::newRow("BAD_DESTINATION")
        << "BAD_DESTINATION" << DeliveryStatus::Rejected << "BAD_DESTINATION";
    QTest::newRow("BLACKLISTED_NUMBER")
        << "BLACKLISTED_NUMBER" << DeliveryStatus::Rejected << "BLACKLISTED_NUMBER";
    QTest::newRow("UNKNOWN_DELIVERY")
        << "UNKNOWN_DELIVERY" << DeliveryStatus::Unknown << "UNKNOWN_DELIVERY";
    QTest::newRow("UNDEFINED") << "UNDEFINED" << DeliveryStatus::Unknown << "UNDEFINED";
}

void tst_OctopushProvider::deliveryReport()
{
    QFETCH(QString, octopushStatus);
    QFETCH(DeliveryStatus, status);
    QFETCH(QString, errorCode);
    OctopushProvider provider(config(QUrl(QStringLiteral("https://api.octopush.com"))), &m_network);
    QCOMPARE(provider.callbackUrl(QStringLiteral("dlr")),
             QUrl(QStringLiteral("https://tribune.example.org/hooks/octopush/11/dlr")));
    const CallbackResult result =
        provider.handleCallback(postJson(QStringLiteral("dlr"),
                                         {{"message_id", "sms_6123abc456def"},
                                          {"number", "+33612345671"},
                                          {"status", octopushStatus},
                                          {"delivery_date", "2026-11-30 12:05:11"}}));
    QVERIFY(result.handled);
    QVERIFY2(result.status == 200, qPrintable(result.errorString));
    QCOMPARE(result.reports.size(), 1);
    const DeliveryReport &report = result.reports.at(0);
    // The same id as the one given to the message when it was accepted.
    QCOMPARE(report.providerMessageId, QStringLiteral("sms_6123abc456def/+33612345671"));
    QCOMPARE(report.phone, QStringLiteral("+33612345671"));
    QCOMPARE(report.status, status);
    QCOMPARE(report.errorCode, errorCode);
    QVERIFY(report.raw.contains("sms_6123abc456def"));
}

void tst_OctopushProvider::inboundAndStop()
{
    OctopushProvider provider(config(QUrl(QStringLiteral("https://api.octopush.com"))), &m_network);
    CallbackResult result =
        provider.handleCallback(postJson(QStringLiteral("inbound"),
                                         {{"message_id", "mo_123"},
                                          {"number", "33612345671"},
                                          {"text", "Oui, merci"},
                                          {"reception_date", "2026-11-30 12:06:00"}}));
    QVERIFY2(result.status == 200, qPrintable(result.errorString));
    QCOMPARE(result.inbound.size(), 1);
    QCOMPARE(result.inbound.at(0).from, QStringLiteral("+33612345671"));
    QCOMPARE(result.inbound.at(0).text, QStringLiteral("Oui, merci"));
    QCOMPARE(result.inbound.at(0).providerMessageId, QStringLiteral("mo_123"));
    QVERIFY(!result.inbound.at(0).stop);

    const QJsonObject stop {{"message_id", "sms_6123abc456def"},
                            {"number", "0612345672"},
                            {"text", "STOP"},
                            {"stop_date", "2026-11-30 12:07:00"}};
    result = provider.handleCallback(postJson(QStringLiteral("stop"), stop));
    QVERIFY2(result.status == 200, qPrintable(result.errorString));
    QCOMPARE(result.inbound.size(), 1);
    QCOMPARE(result.inbound.at(0).from, QStringLiteral("+33612345672"));
    QVERIFY(result.inbound.at(0).stop);
    QVERIFY(result.reports.isEmpty());
    // A STOP posted to another of our URLs is still a STOP.
    result = provider.handleCallback(postJson(QStringLiteral("dlr"), stop));
    QCOMPARE(result.inbound.size(), 1);
    QVERIFY(result.inbound.at(0).stop);
    // Broken requests are refused.
    QCOMPARE(
        provider.handleCallback(postJson(QStringLiteral("dlr"), {{"status", "DELIVERED"}})).status,
        400);
    CallbackRequest get = postJson(QStringLiteral("inbound"), {});
    get.method = "GET";
    QCOMPARE(provider.handleCallback(get).status, 405);
}

void tst_OctopushProvider::otherPathsNotHandled()
{
    OctopushProvider provider(config(QUrl(QStringLiteral("https://api.octopush.com"))), &m_network);
    CallbackRequest request = postJson(QStringLiteral("dlr"), {});
    request.url.setPath(QStringLiteral("/hooks/octopush/12/dlr"));
    QVERIFY(!provider.handleCallback(request).handled);
    request.url.setPath(QStringLiteral("/hooks/vonage/11/dlr"));
    QVERIFY(!provider.handleCallback(request).handled);
}

QTEST_GUILESS_MAIN(tst_OctopushProvider)
#include "tst_octopushprovider.moc"
