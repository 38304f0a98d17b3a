// SPDX-License-Identifier: GPL-3.0-or-later
// TwilioProvider against a fake Twilio on 127.0.0.1 that speaks the Messages API's format and
// injects faults (429, 500, 503, timeouts, dropped connections, unreadable JSON, error codes).
#include "sending/twilioprovider.h"
#include "support/fakehttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>
#include <QTest>

using namespace Sending;

namespace {

const QString kSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("auth-token-0123");

QByteArray created(const QJsonValue &price)
{
    return QJsonDocument(QJsonObject {{"sid", "SM0123456789abcdef0123456789abcdef"},
                                      {"status", "queued"},
                                      {"num_segments", "1"},
                                      {"price", price},
                                      {"price_unit", "EUR"},
                                      {"error_code", QJsonValue()},
                                      {"error_message", QJsonValue()},
                                      {"direction", "outbound-api"},
                                      {"from", "CMartin2027"},
                                      {"to", "+33612345678"},
                                      {"body", "Bonjour"},
                                      {"uri",
                                       "/2010-04-01/Accounts/" + kSid
                                           + "/Messages/SM0123456789abcdef0123456789abcdef.json"}})
        .toJson(QJsonDocument::Compact);
}

QByteArray twilioError(int code, const QString &message, int status)
{
    return QJsonDocument(
               QJsonObject {
                   {"code", code},
                   {"message", message},
                   {"more_info", QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
                   {"status", status}})
        .toJson(QJsonDocument::Compact);
}

ProviderConfig config(const QUrl &endpoint)
{
    ProviderConfig c;
    c.id = 7;
    c.name = QStringLiteral("Twilio test");
    c.kind = QStringLiteral("twilio");
    c.endpoint = endpoint;
    c.senderId = QStringLiteral("CMartin2027");
    c.account = kSid;
    c.secret = kToken;
    c.callbackBase = QUrl(QStringLiteral("https://tribune.example.org/hooks"));
    c.options.insert(QStringLiteral("timeout_ms"), 1500);
    return c;
}

OutgoingMessage message()
{
    OutgoingMessage m;
    m.id = 42;
    m.campaignId = 3;
    m.clientRef = QStringLiteral("t-42-ab");
    m.phone = QStringLiteral("+33612345678");
    m.body = QStringLiteral("Bonjour Élise, votez le 12 !\nSTOP au 36105");
    m.encoding = Sms::Encoding::Ucs2;
    return m;
}

} // namespace

Q_DECLARE_METATYPE(FakeHttpServer::Fault)
Q_DECLARE_METATYPE(Sending::SubmitOutcome)

class tst_TwilioProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createNeedsCredentials();
    void requestFormat();
    void outcomes_data();
    void outcomes();
    void connectionRefusedIsRetry();
    void testConnection();
    void signatureKnownVectors_data();
    void signatureKnownVectors();
    void statusCallback();
    void statusCallbackRefusedWithBadSignature();
    void inboundCallback();
    void otherPathsNotHandled();
    void lookup();
    void poll();
    void statuses();

private:
    QNetworkAccessManager m_network;
    static QList<SubmitResult> submitAndWait(TwilioProvider &provider, const OutgoingMessage &m);
};

QList<SubmitResult> tst_TwilioProvider::submitAndWait(TwilioProvider &provider,
                                                      const OutgoingMessage &m)
{
    QList<SubmitResult> results;
    int calls = 0;
    provider.submit({m}, [&](const QList<SubmitResult> &r) {
        results = r;
        ++calls;
    });
    [&]() {
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    }();
    return results;
}

void tst_TwilioProvider::createNeedsCredentials()
{
    QString error;
    ProviderConfig c = config(QUrl(QStringLiteral("https://api.twilio.com")));
    std::unique_ptr<Provider> provider = Provider::create(c, &m_network, &error);
    QVERIFY2(provider, qPrintable(error));
    QVERIFY(qobject_cast<TwilioProvider *>(provider.get()));
    QCOMPARE(provider->capabilities().maxBatch, 1);
    c.secret.clear();
    QVERIFY(!Provider::create(c, &m_network, &error));
    QVERIFY(error.contains(QLatin1String("auth token")));
    c = config(QUrl(QStringLiteral("http://api.twilio.com")));
    QVERIFY(!Provider::create(c, &m_network, &error));
    QVERIFY(error.contains(QLatin1String("HTTPS")));
}

void tst_TwilioProvider::requestFormat()
{
    FakeHttpServer fake;
    fake.reply(201, created(QStringLiteral("-0.07580")));
    TwilioProvider provider(config(fake.url()), &m_network);
    const QList<SubmitResult> results = submitAndWait(provider, message());
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).messageId, 42);
    QCOMPARE(results.at(0).outcome, SubmitOutcome::Accepted);
    QCOMPARE(results.at(0).providerMessageId, QStringLiteral("SM0123456789abcdef0123456789abcdef"));
    QCOMPARE(results.at(0).costMc, 7580);

    QCOMPARE(fake.requests.size(), 1);
    const FakeHttpRequest &r = fake.requests.at(0);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, ("/2010-04-01/Accounts/" + kSid + "/Messages.json").toUtf8());
    QCOMPARE(r.headers.value("authorization"),
             "Basic " + (kSid + QLatin1Char(':') + kToken).toUtf8().toBase64());
    QVERIFY(r.headers.value("content-type").startsWith("application/x-www-form-urlencoded"));
    // '+' of the number must arrive as '+', not as a space.
    QVERIFY(r.body.contains("To=%2B33612345678"));
    const QUrlQuery form = r.form();
    QCOMPARE(form.queryItemValue("To", QUrl::FullyDecoded), QStringLiteral("+33612345678"));
    QCOMPARE(form.queryItemValue("From", QUrl::FullyDecoded), QStringLiteral("CMartin2027"));
    QCOMPARE(form.queryItemValue("Body", QUrl::FullyDecoded), message().body);
    QCOMPARE(form.queryItemValue("StatusCallback", QUrl::FullyDecoded),
             QStringLiteral("https://tribune.example.org/hooks/twilio/7/status?ref=t-42-ab"));
    QVERIFY(!form.hasQueryItem("MessagingServiceSid"));

    // Price not known yet at creation (Twilio's usual null): cost unknown, still accepted.
    fake.reply(201, created(QJsonValue()));
    const QList<SubmitResult> second = submitAndWait(provider, message());
    QCOMPARE(second.at(0).outcome, SubmitOutcome::Accepted);
    QCOMPARE(second.at(0).costMc, -1);
}

void tst_TwilioProvider::outcomes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<QByteArray>>("headers");
    QTest::addColumn<FakeHttpServer::Fault>("fault");
    QTest::addColumn<SubmitOutcome>("outcome");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<bool>("optedOut");
    QTest::addColumn<int>("retryAfterMs");
    using F = FakeHttpServer::Fault;
    using O = SubmitOutcome;
    const QList<QByteArray> none;

    QTest::newRow("429 Retry-After")
        << 429 << twilioError(20429, "Too Many Requests", 429)
        << QList<QByteArray> {"Retry-After: 7"} << F::None << O::Retry << "20429" << false << 7000;
    QTest::newRow("429 without body")
        << 429 << QByteArray() << none << F::None << O::Retry << "429" << false << -1;
    QTest::newRow("503 Retry-After")
        << 503 << twilioError(20503, "Service Unavailable", 503)
        << QList<QByteArray> {"Retry-After: 2"} << F::None << O::Retry << "20503" << false << 2000;
    QTest::newRow("500 may have created it")
        << 500 << twilioError(20500, "Internal Server Error", 500) << none << F::None << O::Unknown
        << "20500" << false << -1;
    QTest::newRow("502 gateway") << 502 << QByteArray("<html>Bad Gateway</html>") << none << F::None
                                 << O::Unknown << "502" << false << -1;
    QTest::newRow("21610 STOP") << 400
                                << twilioError(21610, "Attempt to send to unsubscribed recipient",
                                               400)
                                << none << F::None << O::Failed << "21610" << true << -1;
    QTest::newRow("21211 invalid To")
        << 400 << twilioError(21211, "The 'To' number +3361234 is not a valid phone number.", 400)
        << none << F::None << O::Failed << "21211" << false << -1;
    QTest::newRow("21614 not mobile")
        << 400 << twilioError(21614, "'To' number is not a valid mobile number", 400) << none
        << F::None << O::Failed << "21614" << false << -1;
    QTest::newRow("21635 landline")
        << 400 << twilioError(21635, "'To' number cannot be a landline", 400) << none << F::None
        << O::Failed << "21635" << false << -1;
    // Rows named "account: ..." are about the account, not the message (accountError).
    QTest::newRow("account: 20003 authenticate")
        << 401 << twilioError(20003, "Authenticate", 401) << none << F::None << O::Retry << "20003"
        << false << -1;
    QTest::newRow("account: 401 without body")
        << 401 << QByteArray() << none << F::None << O::Retry << "401" << false << -1;
    QTest::newRow("account: 403") << 403 << QByteArray("<html>Forbidden</html>") << none << F::None
                                  << O::Retry << "403" << false << -1;
    QTest::newRow("account: 20005 not active")
        << 401 << twilioError(20005, "Account not active", 401) << none << F::None << O::Retry
        << "20005" << false << -1;
    QTest::newRow("account: 10001 not active")
        << 400 << twilioError(10001, "Account is not active", 400) << none << F::None << O::Retry
        << "10001" << false << -1;
    QTest::newRow("malformed JSON") << 201 << QByteArray("{\"sid\": \"SM01\", \"status\": ") << none
                                    << F::None << O::Unknown << "201" << false << -1;
    QTest::newRow("201 without sid") << 201 << QByteArray("{\"status\":\"queued\"}") << none
                                     << F::None << O::Unknown << "201" << false << -1;
    QTest::newRow("timeout after sending")
        << 201 << QByteArray() << none << F::NoAnswer << O::Unknown << "timeout" << false << -1;
    QTest::newRow("dropped before the reply") << 201 << QByteArray() << none << F::DropBeforeReply
                                              << O::Unknown << "network" << false << -1;
    QTest::newRow("dropped mid-reply")
        << 201 << QByteArray() << none << F::DropMidReply << O::Unknown << "201" << false << -1;
}

void tst_TwilioProvider::outcomes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QList<QByteArray>, headers);
    QFETCH(FakeHttpServer::Fault, fault);
    QFETCH(SubmitOutcome, outcome);
    QFETCH(QString, errorCode);
    QFETCH(bool, optedOut);
    QFETCH(int, retryAfterMs);

    FakeHttpServer fake;
    fake.reply(status, body, headers);
    fake.fault(fault);
    fake.setTruncatedReply(201, "{\"sid\": \"SM0123");
    TwilioProvider provider(config(fake.url()), &m_network);
    const QList<SubmitResult> results = submitAndWait(provider, message());
    QCOMPARE(results.size(), 1);
    const SubmitResult &r = results.at(0);
    QCOMPARE(r.messageId, 42);
    QCOMPARE(r.outcome, outcome);
    QCOMPARE(r.errorCode, errorCode);
    QCOMPARE(r.optedOut, optedOut);
    QCOMPARE(r.retryAfterMs, retryAfterMs);
    QVERIFY(!r.errorText.isEmpty());
    QVERIFY(r.providerMessageId.isEmpty());
    QCOMPARE(r.accountError, QByteArray(QTest::currentDataTag()).startsWith("account:"));
    // The request reached the server exactly once: Qt did not resend it on its own.
    QCOMPARE(fake.requests.size(), 1);
}

void tst_TwilioProvider::connectionRefusedIsRetry()
{
    // A port nobody listens on: the request never left.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    TwilioProvider provider(config(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))),
                            &m_network);
    const QList<SubmitResult> results = submitAndWait(provider, message());
    QCOMPARE(results.at(0).outcome, SubmitOutcome::Retry);
    QCOMPARE(results.at(0).errorCode, QStringLiteral("network"));
}

void tst_TwilioProvider::testConnection()
{
    FakeHttpServer fake;
    fake.reply(200,
               QJsonDocument(QJsonObject {{"sid", kSid},
                                          {"friendly_name", "Campagne 2027"},
                                          {"status", "active"},
                                          {"type", "Full"}})
                   .toJson());
    TwilioProvider provider(config(fake.url()), &m_network);
    int calls = 0;
    bool ok = false;
    QString text;
    const auto test = [&]() {
        calls = 0;
        provider.testConnection([&](bool success, const QString &message) {
            ok = success;
            text = message;
            ++calls;
        });
        QTRY_COMPARE(calls, 1);
    };
    test();
    QVERIFY2(ok, qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Campagne 2027")));
    QCOMPARE(fake.requests.at(0).method, QByteArray("GET"));
    QCOMPARE(fake.requests.at(0).path, ("/2010-04-01/Accounts/" + kSid + ".json").toUtf8());
    QVERIFY(fake.requests.at(0).headers.value("authorization").startsWith("Basic "));

    fake.reply(401, twilioError(20003, "Authenticate", 401));
    test();
    QVERIFY(!ok);
    QVERIFY(text.contains(QLatin1String("refused")));

    fake.reply(200,
               QJsonDocument(QJsonObject {{"sid", kSid},
                                          {"friendly_name", "Campagne 2027"},
                                          {"status", "suspended"}})
                   .toJson());
    test();
    QVERIFY(!ok);
    QVERIFY(text.contains(QLatin1String("suspended")));
    // Nothing was ever sent.
    for (const FakeHttpRequest &r : std::as_const(fake.requests))
        QCOMPARE(r.method, QByteArray("GET"));
}

void tst_TwilioProvider::signatureKnownVectors_data()
{
    // Twilio's documented example (auth token 12345) in its two published variants.
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("+14158675309") << "+14158675309" << QByteArray("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    QTest::newRow("+14158675310") << "+14158675310" << QByteArray("GvWf1cFY/Q7PnoempGyD5oXAezc=");
}

void tst_TwilioProvider::signatureKnownVectors()
{
    QFETCH(QString, caller);
    QFETCH(QByteArray, expected);
    const QString url = QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=2");
    // In Twilio's order of presentation, not sorted: the function sorts.
    const QList<QPair<QString, QString>> params = {{"To", "+18005551212"},
                                                   {"Digits", "1234"},
                                                   {"CallSid", "CA1234567890ABCDE"},
                                                   {"From", caller},
                                                   {"Caller", caller}};
    QCOMPARE(TwilioProvider::signature(QStringLiteral("12345"), url, params), expected);
    // By hand, from the documented algorithm: URL, then each name and value sorted by name.
    const QByteArray data = url.toUtf8() + "CallSid" + "CA1234567890ABCDE" + "Caller"
        + caller.toUtf8() + "Digits" + "1234" + "From" + caller.toUtf8() + "To" + "+18005551212";
    QCOMPARE(QMessageAuthenticationCode::hash(data, "12345", QCryptographicHash::Sha1).toBase64(),
             expected);
    QVERIFY(TwilioProvider::signature(QStringLiteral("54321"), url, params) != expected);
}

namespace {

CallbackRequest signedPost(const QString &path, const QList<QPair<QString, QString>> &fields,
                           const QString &token, const QString &signedUrlBase)
{
    CallbackRequest request;
    request.method = "POST";
    // The listener sees its local address; Twilio signed the public one (callbackBase).
    request.url = QUrl(QStringLiteral("http://127.0.0.1:8088") + path);
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    request.body = body;
    request.headers.insert("content-type", "application/x-www-form-urlencoded");
    request.headers.insert("x-twilio-signature",
                           TwilioProvider::signature(token, signedUrlBase + path, fields));
    return request;
}

} // namespace

void tst_TwilioProvider::statusCallback()
{
    TwilioProvider provider(config(QUrl(QStringLiteral("https://api.twilio.com"))), &m_network);
    const QString path = QStringLiteral("/hooks/twilio/7/status?ref=t-42-ab");
    const QList<QPair<QString, QString>> fields = {
        {"MessageSid", "SM0123456789abcdef0123456789abcdef"},
        {"SmsSid", "SM0123456789abcdef0123456789abcdef"},
        {"MessageStatus", "undelivered"},
        {"SmsStatus", "undelivered"},
        {"ErrorCode", "30003"},
        {"AccountSid", kSid},
        {"From", "CMartin2027"},
        {"To", "+33612345678"},
        {"ApiVersion", "2010-04-01"}};
    const CallbackResult result = provider.handleCallback(
        signedPost(path, fields, kToken, QStringLiteral("https://tribune.example.org")));
    QVERIFY(result.handled);
    QVERIFY2(result.status == 200, qPrintable(result.errorString));
    QCOMPARE(result.reports.size(), 1);
    const DeliveryReport &report = result.reports.at(0);
    QCOMPARE(report.clientRef, QStringLiteral("t-42-ab"));
    QCOMPARE(report.providerMessageId, QStringLiteral("SM0123456789abcdef0123456789abcdef"));
    QCOMPARE(report.status, DeliveryStatus::Failed);
    QCOMPARE(report.errorCode, QStringLiteral("30003"));
    QVERIFY(report.raw.contains("MessageStatus=undelivered"));
    QVERIFY(result.inbound.isEmpty());

    // Signed with the URL the listener saw (no proxy, no tunnel) is accepted too.
    const CallbackResult local = provider.handleCallback(
        signedPost(path, fields, kToken, QStringLiteral("http://127.0.0.1:8088")));
    QCOMPARE(local.status, 200);
}

void tst_TwilioProvider::statusCallbackRefusedWithBadSignature()
{
    TwilioProvider provider(config(QUrl(QStringLiteral("https://api.twilio.com"))), &m_network);
    const QString path = QStringLiteral("/hooks/twilio/7/status?ref=t-42-ab");
    const QList<QPair<QString, QString>> fields = {{"MessageSid", "SM01"},
                                                   {"MessageStatus", "delivered"}};
    // Wrong token.
    CallbackResult result =
        provider.handleCallback(signedPost(path, fields, QStringLiteral("not-the-token"),
                                           QStringLiteral("https://tribune.example.org")));
    QVERIFY(result.handled);
    QCOMPARE(result.status, 403);
    QVERIFY(result.reports.isEmpty());
    QVERIFY(!result.errorString.isEmpty());
    // Tampered parameters (a forged "delivered").
    CallbackRequest tampered =
        signedPost(path, fields, kToken, QStringLiteral("https://tribune.example.org"));
    tampered.body.replace("delivered", "failed");
    result = provider.handleCallback(tampered);
    QCOMPARE(result.status, 403);
    QVERIFY(result.reports.isEmpty());
    // Another client reference in the URL than the one signed.
    CallbackRequest otherRef =
        signedPost(path, fields, kToken, QStringLiteral("https://tribune.example.org"));
    otherRef.url.setQuery(QStringLiteral("ref=t-43-cd"));
    QCOMPARE(provider.handleCallback(otherRef).status, 403);
    // No signature at all.
    CallbackRequest unsigned_ =
        signedPost(path, fields, kToken, QStringLiteral("https://tribune.example.org"));
    unsigned_.headers.remove("x-twilio-signature");
    QCOMPARE(provider.handleCallback(unsigned_).status, 403);
}

void tst_TwilioProvider::inboundCallback()
{
    TwilioProvider provider(config(QUrl(QStringLiteral("https://api.twilio.com"))), &m_network);
    QCOMPARE(provider.inboundUrl(),
             QUrl(QStringLiteral("https://tribune.example.org/hooks/twilio/7/inbound")));
    const QList<QPair<QString, QString>> fields = {
        {"MessageSid", "SMabc"},  {"SmsMessageSid", "SMabc"}, {"AccountSid", kSid},
        {"From", "+33612345678"}, {"To", "+33757000000"},     {"Body", "STOP merci"},
        {"NumMedia", "0"},        {"OptOutType", "STOP"}};
    const CallbackResult result =
        provider.handleCallback(signedPost(QStringLiteral("/hooks/twilio/7/inbound"), fields,
                                           kToken, QStringLiteral("https://tribune.example.org")));
    QVERIFY(result.handled);
    QVERIFY2(result.status == 200, qPrintable(result.errorString));
    QCOMPARE(result.inbound.size(), 1);
    const InboundMessage &m = result.inbound.at(0);
    QCOMPARE(m.from, QStringLiteral("+33612345678"));
    QCOMPARE(m.to, QStringLiteral("+33757000000"));
    QCOMPARE(m.text, QStringLiteral("STOP merci"));
    QCOMPARE(m.providerMessageId, QStringLiteral("SMabc"));
    QVERIFY(m.stop);
    QVERIFY(result.responseBody.contains("<Response>"));
}

void tst_TwilioProvider::otherPathsNotHandled()
{
    TwilioProvider provider(config(QUrl(QStringLiteral("https://api.twilio.com"))), &m_network);
    CallbackRequest request;
    request.method = "POST";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:8088/hooks/twilio/8/status"));
    QVERIFY(!provider.handleCallback(request).handled); // another Twilio provider's
    request.url = QUrl(QStringLiteral("http://127.0.0.1:8088/kannel/dlr?ref=x"));
    QVERIFY(!provider.handleCallback(request).handled);
}

void tst_TwilioProvider::lookup()
{
    FakeHttpServer fake;
    fake.reply(200, created(QStringLiteral("-0.05")));
    TwilioProvider provider(config(fake.url()), &m_network);
    SubmitResult result;
    int calls = 0;
    OutgoingMessage m = message();
    provider.lookup(m, [&](const SubmitResult &r) {
        result = r;
        ++calls;
    });
    QTRY_COMPARE(calls, 1);
    QCOMPARE(result.outcome, SubmitOutcome::Unknown); // no id: Twilio cannot search by our ref
    QVERIFY(fake.requests.isEmpty());

    m.providerMessageId = QStringLiteral("SM0123456789abcdef0123456789abcdef");
    provider.lookup(m, [&](const SubmitResult &r) {
        result = r;
        ++calls;
    });
    QTRY_COMPARE(calls, 2);
    QCOMPARE(result.outcome, SubmitOutcome::Accepted);
    QCOMPARE(result.messageId, 42);
    QCOMPARE(result.costMc, 5000);
    QCOMPARE(fake.requests.at(0).method, QByteArray("GET"));
    QCOMPARE(
        fake.requests.at(0).path,
        ("/2010-04-01/Accounts/" + kSid + "/Messages/" + m.providerMessageId + ".json").toUtf8());
}

void tst_TwilioProvider::poll()
{
    FakeHttpServer fake;
    fake.reply(200,
               R"({"sid":"SM01","status":"undelivered","error_code":30003,)"
               R"("date_updated":"Thu, 30 Jul 2015 20:12:33 +0000"})");
    TwilioProvider provider(config(fake.url()), &m_network);
    QVERIFY(provider.capabilities().polling);
    QList<DeliveryReport> reports;
    int emitted = 0;
    connect(&provider, &Provider::deliveryReports, this, [&](const QList<DeliveryReport> &r) {
        reports += r;
        ++emitted;
    });
    OutgoingMessage known = message();
    known.providerMessageId = QStringLiteral("SM01");
    OutgoingMessage withoutId = message();
    withoutId.id = 43;
    withoutId.clientRef = QStringLiteral("t-43-cd");
    int calls = 0;
    provider.poll({known, withoutId}, [&]() { ++calls; });
    QTRY_COMPARE(calls, 1);
    // One GET for the message Twilio can be asked about, none for the other.
    QCOMPARE(fake.requests.size(), 1);
    QCOMPARE(fake.requests.at(0).method, QByteArray("GET"));
    QCOMPARE(fake.requests.at(0).path,
             ("/2010-04-01/Accounts/" + kSid + "/Messages/SM01.json").toUtf8());
    QVERIFY(fake.requests.at(0).headers.value("authorization").startsWith("Basic "));
    QCOMPARE(emitted, 1);
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.at(0).clientRef, QStringLiteral("t-42-ab"));
    QCOMPARE(reports.at(0).providerMessageId, QStringLiteral("SM01"));
    QCOMPARE(reports.at(0).status, DeliveryStatus::Failed);
    QCOMPARE(reports.at(0).errorCode, QStringLiteral("30003"));
    QCOMPARE(reports.at(0).at, QDateTime(QDate(2015, 7, 30), QTime(20, 12, 33), Qt::UTC));

    // A message Twilio does not know (404) gives no report; the round still ends.
    fake.reply(404, twilioError(20404, "The requested resource was not found", 404));
    provider.poll({known}, [&]() { ++calls; });
    QTRY_COMPARE(calls, 2);
    QCOMPARE(emitted, 1);
    // Nothing to ask about: done at once, without a request.
    provider.poll({withoutId}, [&]() { ++calls; });
    QCOMPARE(calls, 3);
    QCOMPARE(fake.requests.size(), 2);
}

void tst_TwilioProvider::statuses()
{
    QCOMPARE(TwilioProvider::deliveryStatus(QStringLiteral("delivered")),
             DeliveryStatus::Delivered);
    QCOMPARE(TwilioProvider::deliveryStatus(QStringLiteral("undelivered")), DeliveryStatus::Failed);
    QCOMPARE(TwilioProvider::deliveryStatus(QStringLiteral("failed")), DeliveryStatus::Rejected);
    QCOMPARE(TwilioProvider::deliveryStatus(QStringLiteral("sent")), DeliveryStatus::Buffered);
    QCOMPARE(TwilioProvider::deliveryStatus(QStringLiteral("queued")), DeliveryStatus::Accepted);
    QCOMPARE(TwilioProvider::deliveryStatus(QStringLiteral("what")), DeliveryStatus::Unknown);
    QCOMPARE(TwilioProvider::priceToMillicents(QJsonValue(QStringLiteral("-0.07580"))), 7580);
    QCOMPARE(TwilioProvider::priceToMillicents(QJsonValue()), -1);
    QCOMPARE(TwilioProvider::priceToMillicents(QJsonValue(QStringLiteral("n/a"))), -1);
}

QTEST_GUILESS_MAIN(tst_TwilioProvider)
#include "tst_twilioprovider.moc"
