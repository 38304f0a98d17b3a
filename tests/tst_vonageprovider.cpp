// SPDX-License-Identifier: GPL-3.0-or-later
// VonageProvider against a fake rest.nexmo.com on 127.0.0.1 that speaks the SMS API's format
// and injects faults (status codes, multi-part replies, 429, 500, timeouts, dropped
// connections, unreadable JSON).
#include "sending/vonageprovider.h"
#include "support/fakehttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace Sending;

namespace {

const QString kKey = QStringLiteral("abcd1234");
const QString kSecret = QStringLiteral("s3cr+t&=x");

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

QJsonObject part(const QString &status, const QString &id = QString(),
                 const QString &price = QStringLiteral("0.03330000"))
{
    QJsonObject o {{"to", "33612345678"}, {"status", status}, {"client-ref", "t-42-ab"}};
    if (status == QLatin1String("0")) {
        o.insert(QStringLiteral("message-id"), id);
        o.insert(QStringLiteral("remaining-balance"), QStringLiteral("12.50000000"));
        o.insert(QStringLiteral("message-price"), price);
        o.insert(QStringLiteral("network"), QStringLiteral("20801"));
    } else {
        o.insert(QStringLiteral("error-text"), QStringLiteral("Error %1").arg(status));
    }
    return o;
}

QByteArray answer(const QJsonArray &messages)
{
    return QJsonDocument(QJsonObject {{"message-count", QString::number(messages.size())},
                                      {"messages", messages}})
        .toJson(QJsonDocument::Compact);
}

ProviderConfig config(const QUrl &endpoint)
{
    ProviderConfig c;
    c.id = 9;
    c.name = QStringLiteral("Vonage test");
    c.kind = QStringLiteral("vonage");
    c.endpoint = endpoint;
    c.senderId = QStringLiteral("CMartin2027");
    c.account = kKey;
    c.secret = kSecret;
    c.callbackBase = QUrl(QStringLiteral("https://tribune.example.org/hooks"));
    c.options.insert(QStringLiteral("timeout_ms"), 1000);
    return c;
}

OutgoingMessage message(Sms::Encoding encoding = Sms::Encoding::Ucs2)
{
    OutgoingMessage m;
    m.id = 42;
    m.campaignId = 3;
    m.clientRef = QStringLiteral("t-42-ab");
    m.phone = QStringLiteral("+33612345678");
    m.body = encoding == Sms::Encoding::Ucs2
        ? QStringLiteral("Bonjour Élise, votez le 12 ! 1+1=2 & plus")
        : QStringLiteral("Bonjour, votez le 12");
    m.encoding = encoding;
    return m;
}

} // namespace

Q_DECLARE_METATYPE(FakeHttpServer::Fault)
Q_DECLARE_METATYPE(Sending::SubmitOutcome)

class tst_VonageProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createNeedsCredentials();
    void requestFormat();
    void gsmTextAndLongClientRef();
    void outcomes_data();
    void outcomes();
    void multiPart();
    void connectionRefusedIsRetry();
    void testConnection();
    void deliveryReceipt_data();
    void deliveryReceipt();
    void inbound();
    void otherPathsNotHandled();

private:
    QNetworkAccessManager m_network;
    static QList<SubmitResult> submitAndWait(VonageProvider &provider, const OutgoingMessage &m);
};

QList<SubmitResult> tst_VonageProvider::submitAndWait(VonageProvider &provider,
                                                      const OutgoingMessage &m)
{
    QList<SubmitResult> results;
    int calls = 0;
    provider.submit({m}, [&](const QList<SubmitResult> &r) {
        results = r;
        ++calls;
    });
    [&]() {
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
    }();
    return results;
}

void tst_VonageProvider::createNeedsCredentials()
{
    QString error;
    ProviderConfig c = config(QUrl(QStringLiteral("https://rest.nexmo.com")));
    std::unique_ptr<Provider> provider = Provider::create(c, &m_network, &error);
    QVERIFY2(provider, qPrintable(error));
    QVERIFY(qobject_cast<VonageProvider *>(provider.get()));
    QCOMPARE(provider->capabilities().maxBatch, 1);
    QVERIFY(provider->capabilities().callbacks);
    c.secret.clear();
    QVERIFY(!Provider::create(c, &m_network, &error));
    QVERIFY(error.contains(QLatin1String("API secret")));
    c = config(QUrl(QStringLiteral("http://rest.nexmo.com")));
    QVERIFY(!Provider::create(c, &m_network, &error));
    QVERIFY(error.contains(QLatin1String("HTTPS")));
}

void tst_VonageProvider::requestFormat()
{
    FakeHttpServer fake;
    fake.reply(200, answer({part("0", "0A0000000123ABCD1")}));
    VonageProvider provider(config(fake.url()), &m_network);
    const QList<SubmitResult> results = submitAndWait(provider, message());
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).messageId, 42);
    QCOMPARE(results.at(0).outcome, SubmitOutcome::Accepted);
    QCOMPARE(results.at(0).providerMessageId, QStringLiteral("0A0000000123ABCD1"));
    QCOMPARE(results.at(0).costMc, 3330);

    QCOMPARE(fake.requests.size(), 1);
    const FakeHttpRequest &r = fake.requests.at(0);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/sms/json"));
    QVERIFY(r.headers.value("content-type").startsWith("application/x-www-form-urlencoded"));
    QVERIFY(!r.headers.contains("authorization"));
    // '+', '&' and '=' of the secret and the text arrive intact.
    QVERIFY(r.body.contains("api_secret=s3cr%2Bt%26%3Dx"));
    const QUrlQuery form = r.form();
    QCOMPARE(form.queryItemValue("api_key", QUrl::FullyDecoded), kKey);
    QCOMPARE(form.queryItemValue("api_secret", QUrl::FullyDecoded), kSecret);
    QCOMPARE(form.queryItemValue("from", QUrl::FullyDecoded), QStringLiteral("CMartin2027"));
    QCOMPARE(form.queryItemValue("to", QUrl::FullyDecoded), QStringLiteral("33612345678"));
    QCOMPARE(form.queryItemValue("text", QUrl::FullyDecoded), message().body);
    QCOMPARE(form.queryItemValue("type", QUrl::FullyDecoded), QStringLiteral("unicode"));
    QCOMPARE(form.queryItemValue("status-report-req", QUrl::FullyDecoded), QStringLiteral("1"));
    QCOMPARE(form.queryItemValue("client-ref", QUrl::FullyDecoded), QStringLiteral("t-42-ab"));
    QCOMPARE(form.queryItemValue("callback", QUrl::FullyDecoded),
             QStringLiteral("https://tribune.example.org/hooks/vonage/9/dlr?ref=t-42-ab"));
}

void tst_VonageProvider::gsmTextAndLongClientRef()
{
    FakeHttpServer fake;
    fake.reply(200, answer({part("0", "0A01")}));
    ProviderConfig c = config(fake.url());
    c.callbackBase = QUrl();
    VonageProvider provider(c, &m_network);
    OutgoingMessage m = message(Sms::Encoding::Gsm7);
    m.clientRef = QString(50, QLatin1Char('r'));
    m.sender = QStringLiteral("Autre");
    QCOMPARE(submitAndWait(provider, m).at(0).outcome, SubmitOutcome::Accepted);
    const QUrlQuery form = fake.requests.at(0).form();
    QCOMPARE(form.queryItemValue("type"), QStringLiteral("text"));
    QCOMPARE(form.queryItemValue("from"), QStringLiteral("Autre"));
    QCOMPARE(form.queryItemValue("client-ref").size(), 40);
    QVERIFY(!form.hasQueryItem("callback")); // no listener configured
}

void tst_VonageProvider::outcomes_data()
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

    QTest::newRow("1 throttled") << 200 << answer({part("1")}) << none << F::None << O::Retry << "1"
                                 << -1;
    for (const char *code : {"2", "3", "6", "7", "12", "15", "29"})
        QTest::newRow(qPrintable(QStringLiteral("%1 refused").arg(QLatin1String(code))))
            << 200 << answer({part(QLatin1String(code))}) << none << F::None << O::Failed
            << QString::fromLatin1(code) << -1;
    // Rows named "account: ..." are about the account, not the message (accountError): nothing
    // went out, the message waits while the engine stops.
    for (const char *code : {"4", "8", "9"})
        QTest::newRow(qPrintable(QStringLiteral("account: %1").arg(QLatin1String(code))))
            << 200 << answer({part(QLatin1String(code))}) << none << F::None << O::Retry
            << QString::fromLatin1(code) << -1;
    QTest::newRow("5 internal") << 200 << answer({part("5")}) << none << F::None << O::Unknown
                                << "5" << -1;
    QTest::newRow("numeric status") << 200 << QByteArray(R"({"messages":[{"status":7}]})") << none
                                    << F::None << O::Failed << "7" << -1;
    QTest::newRow("HTTP 429 Retry-After")
        << 429 << QByteArray() << QList<QByteArray> {"Retry-After: 3"} << F::None << O::Retry
        << "429" << 3000;
    QTest::newRow("HTTP 503") << 503 << QByteArray() << none << F::None << O::Retry << "503" << -1;
    QTest::newRow("HTTP 500") << 500 << QByteArray("oops") << none << F::None << O::Unknown << "500"
                              << -1;
    QTest::newRow("account: HTTP 401")
        << 401 << QByteArray() << none << F::None << O::Retry << "401" << -1;
    QTest::newRow("account: HTTP 403")
        << 403 << QByteArray() << none << F::None << O::Retry << "403" << -1;
    QTest::newRow("malformed JSON") << 200 << QByteArray("{\"messages\": [{\"status\": ") << none
                                    << F::None << O::Unknown << "200" << -1;
    QTest::newRow("no messages") << 200 << QByteArray("{\"message-count\":\"0\"}") << none
                                 << F::None << O::Unknown << "200" << -1;
    QTest::newRow("timeout") << 200 << QByteArray() << none << F::NoAnswer << O::Unknown
                             << "timeout" << -1;
    QTest::newRow("dropped before the reply")
        << 200 << QByteArray() << none << F::DropBeforeReply << O::Unknown << "network" << -1;
    QTest::newRow("dropped mid-reply")
        << 200 << QByteArray() << none << F::DropMidReply << O::Unknown << "200" << -1;
}

void tst_VonageProvider::outcomes()
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
    VonageProvider provider(config(fake.url()), &m_network);
    const QList<SubmitResult> results = submitAndWait(provider, message());
    QCOMPARE(results.size(), 1);
    const SubmitResult &r = results.at(0);
    QCOMPARE(r.messageId, 42);
    QCOMPARE(r.outcome, outcome);
    QCOMPARE(r.errorCode, errorCode);
    QCOMPARE(r.retryAfterMs, retryAfterMs);
    QVERIFY(!r.errorText.isEmpty());
    QVERIFY(r.providerMessageId.isEmpty());
    QCOMPARE(r.accountError, QByteArray(QTest::currentDataTag()).startsWith("account:"));
    // The request reached the server exactly once: Qt did not resend it on its own.
    QCOMPARE(fake.requests.size(), 1);
}

void tst_VonageProvider::multiPart()
{
    FakeHttpServer fake;
    VonageProvider provider(config(fake.url()), &m_network);
    // Three parts, all taken: accepted, prices summed, first part's id.
    fake.reply(200,
               answer({part("0", "0A01", "0.03330000"), part("0", "0A02", "0.03330000"),
                       part("0", "0A03", "0.03330000")}));
    SubmitResult r = submitAndWait(provider, message()).at(0);
    QCOMPARE(r.outcome, SubmitOutcome::Accepted);
    QCOMPARE(r.providerMessageId, QStringLiteral("0A01"));
    QCOMPARE(r.costMc, 9990);
    // Two parts taken, the third throttled: never Retry (the first two went out).
    fake.reply(200, answer({part("0", "0A04"), part("0", "0A05"), part("1")}));
    r = submitAndWait(provider, message()).at(0);
    QCOMPARE(r.outcome, SubmitOutcome::Failed);
    QCOMPARE(r.errorCode, QStringLiteral("1"));
    QVERIFY(r.errorText.contains(QLatin1String("2 of the 3")));
    QVERIFY(!r.accountError);
    // Out of credit after the first part: Failed (that part went out), and the account error
    // stops the engine.
    fake.reply(200, answer({part("0", "0A06"), part("9")}));
    r = submitAndWait(provider, message()).at(0);
    QCOMPARE(r.outcome, SubmitOutcome::Failed);
    QVERIFY(r.accountError);
    // Every part refused the same way.
    fake.reply(200, answer({part("1"), part("1")}));
    QCOMPARE(submitAndWait(provider, message()).at(0).outcome, SubmitOutcome::Retry);
    QCOMPARE(fake.requests.size(), 4);
}

void tst_VonageProvider::connectionRefusedIsRetry()
{
    VonageProvider provider(config(closedPort()), &m_network);
    const QList<SubmitResult> results = submitAndWait(provider, message());
    QCOMPARE(results.at(0).outcome, SubmitOutcome::Retry);
    QCOMPARE(results.at(0).errorCode, QStringLiteral("network"));
}

void tst_VonageProvider::testConnection()
{
    FakeHttpServer fake;
    fake.reply(200, QByteArray(R"({"value": 12.5, "autoReload": false})"));
    VonageProvider provider(config(fake.url()), &m_network);
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
    QCOMPARE(fake.requests.at(0).method, QByteArray("GET"));
    const QUrl called(QString::fromLatin1(fake.requests.at(0).path));
    QCOMPARE(called.path(), QStringLiteral("/account/get-balance"));
    QCOMPARE(QUrlQuery(called).queryItemValue("api_key", QUrl::FullyDecoded), kKey);
    QCOMPARE(QUrlQuery(called).queryItemValue("api_secret", QUrl::FullyDecoded), kSecret);

    fake.reply(401, QByteArray());
    test();
    QVERIFY(!ok);
    QVERIFY(text.contains(QLatin1String("refused")));
    for (const FakeHttpRequest &r : std::as_const(fake.requests))
        QCOMPARE(r.method, QByteArray("GET")); // nothing was ever sent
}

void tst_VonageProvider::deliveryReceipt_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("vonageStatus");
    QTest::addColumn<DeliveryStatus>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("GET delivered")
        << QByteArray("GET") << QByteArray() << "delivered" << DeliveryStatus::Delivered << "";
    QTest::newRow("POST form failed")
        << QByteArray("POST") << QByteArray("application/x-www-form-urlencoded") << "failed"
        << DeliveryStatus::Failed << "6";
    QTest::newRow("POST JSON expired") << QByteArray("POST") << QByteArray("application/json")
                                       << "expired" << DeliveryStatus::Expired << "5";
    QTest::newRow("rejected") << QByteArray("GET") << QByteArray() << "rejected"
                              << DeliveryStatus::Rejected << "7";
    QTest::newRow("accepted") << QByteArray("GET") << QByteArray() << "accepted"
                              << DeliveryStatus::Accepted << "";
    QTest::newRow("buffered") << QByteArray("GET") << QByteArray() << "buffered"
                              << DeliveryStatus::Buffered << "";
    QTest::newRow("unknown") << QByteArray("GET") << QByteArray() << "unknown"
                             << DeliveryStatus::Unknown << "99";
}

void tst_VonageProvider::deliveryReceipt()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, vonageStatus);
    QFETCH(DeliveryStatus, status);
    QFETCH(QString, errorCode);
    VonageProvider provider(config(QUrl(QStringLiteral("https://rest.nexmo.com"))), &m_network);
    const QList<QPair<QString, QString>> fields = {
        {"msisdn", "33612345678"}, {"to", "CMartin2027"},
        {"network-code", "20801"}, {"messageId", "0A0000000123ABCD1"},
        {"price", "0.03330000"},   {"status", vonageStatus},
        {"scts", "2611301205"},    {"err-code", errorCode.isEmpty() ? "0" : errorCode},
        {"client-ref", "t-42-ab"}, {"message-timestamp", "2026-11-30 12:05:11"}};
    CallbackRequest request;
    request.method = method;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:8088/hooks/vonage/9/dlr?ref=t-42-ab"));
    QUrlQuery query;
    for (const auto &[key, value] : fields)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (method == "GET") {
        request.url.setQuery(query.query(QUrl::FullyEncoded) + QStringLiteral("&ref=t-42-ab"));
    } else if (contentType == "application/json") {
        QJsonObject json;
        for (const auto &[key, value] : fields)
            json.insert(key, value);
        request.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    } else {
        request.body = query.query(QUrl::FullyEncoded).toUtf8();
    }
    if (!contentType.isEmpty())
        request.headers.insert("content-type", contentType);
    const CallbackResult result = provider.handleCallback(request);
    QVERIFY(result.handled);
    QVERIFY2(result.status == 200, qPrintable(result.errorString));
    QCOMPARE(result.reports.size(), 1);
    const DeliveryReport &report = result.reports.at(0);
    QCOMPARE(report.clientRef, QStringLiteral("t-42-ab"));
    QCOMPARE(report.providerMessageId, QStringLiteral("0A0000000123ABCD1"));
    QCOMPARE(report.phone, QStringLiteral("+33612345678"));
    QCOMPARE(report.status, status);
    QCOMPARE(report.errorCode, errorCode);
    QVERIFY(report.raw.contains("0A0000000123ABCD1"));
    QVERIFY(result.inbound.isEmpty());

    // Without our ref in the URL, client-ref names the message.
    if (method == "POST") {
        request.url.setQuery(QString());
        QCOMPARE(provider.handleCallback(request).reports.value(0).clientRef,
                 QStringLiteral("t-42-ab"));
    }
}

void tst_VonageProvider::inbound()
{
    VonageProvider provider(config(QUrl(QStringLiteral("https://rest.nexmo.com"))), &m_network);
    QCOMPARE(provider.inboundUrl(),
             QUrl(QStringLiteral("https://tribune.example.org/hooks/vonage/9/inbound")));
    CallbackRequest request;
    request.method = "GET";
    request.url = QUrl(QStringLiteral(
        "http://127.0.0.1:8088/hooks/vonage/9/inbound?msisdn=33612345678&to=33757000000"
        "&messageId=0B00000012345678&text=STOP+merci%20%C3%A9lu&type=text&keyword=STOP"
        "&message-timestamp=2026-11-30+12%3A05%3A11"));
    CallbackResult result = provider.handleCallback(request);
    QVERIFY(result.handled);
    QVERIFY2(result.status == 200, qPrintable(result.errorString));
    QCOMPARE(result.inbound.size(), 1);
    const InboundMessage &m = result.inbound.at(0);
    QCOMPARE(m.from, QStringLiteral("+33612345678"));
    QCOMPARE(m.to, QStringLiteral("+33757000000"));
    QCOMPARE(m.text, QStringLiteral("STOP merci élu"));
    QCOMPARE(m.providerMessageId, QStringLiteral("0B00000012345678"));
    QVERIFY(!m.stop); // Vonage does not report opt-outs itself: Receipts reads the keyword

    // Vonage's check of a new webhook URL (no parameters) is answered 200, recorded nowhere.
    request.url.setQuery(QString());
    result = provider.handleCallback(request);
    QVERIFY(result.handled);
    QCOMPARE(result.status, 200);
    QVERIFY(result.inbound.isEmpty());
    // A broken one is refused.
    request.url.setQuery(QStringLiteral("text=hello"));
    QCOMPARE(provider.handleCallback(request).status, 400);
}

void tst_VonageProvider::otherPathsNotHandled()
{
    VonageProvider provider(config(QUrl(QStringLiteral("https://rest.nexmo.com"))), &m_network);
    CallbackRequest request;
    request.method = "GET";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:8088/hooks/vonage/10/dlr?messageId=x"));
    QVERIFY(!provider.handleCallback(request).handled);
    request.url = QUrl(QStringLiteral("http://127.0.0.1:8088/hooks/twilio/9/status"));
    QVERIFY(!provider.handleCallback(request).handled);
}

QTEST_GUILESS_MAIN(tst_VonageProvider)
#include "tst_vonageprovider.moc"
