// SPDX-License-Identifier: GPL-3.0-or-later
// SmsFactorProvider against a fake api.smsfactor.com on 127.0.0.1 that speaks its JSON API and
// injects faults (429, 500, 503, timeouts, dropped connections, unreadable JSON, refused and
// partly sent batches).
#include "sending/smsfactorprovider.h"
#include "support/fakehttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace Sending;

namespace {

const QString kToken = QStringLiteral("eyJ0eXAiOiJKV1Qi.token");

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

QByteArray sent(int total, int sentCount, int blacklisted = 0, int invalid = 0)
{
    return QJsonDocument(QJsonObject {{"status", 1},
                                      {"message", "OK"},
                                      {"ticket", "14672"},
                                      {"cost", sentCount},
                                      {"credits", 642},
                                      {"total", total},
                                      {"sent", sentCount},
                                      {"blacklisted", blacklisted},
                                      {"duplicated", 0},
                                      {"invalid", invalid},
                                      {"npai", 0}})
        .toJson(QJsonDocument::Compact);
}

ProviderConfig config(const QUrl &endpoint)
{
    ProviderConfig c;
    c.id = 13;
    c.name = QStringLiteral("SMSFactor test");
    c.kind = QStringLiteral("smsfactor");
    c.endpoint = endpoint;
    c.senderId = QStringLiteral("CMartin");
    c.secret = kToken;
    c.callbackBase = QUrl(QStringLiteral("https://tribune.example.org/hooks"));
    c.options.insert(QStringLiteral("timeout_ms"), 1000);
    return c;
}

QList<OutgoingMessage> batch(int n, Sms::Encoding encoding = Sms::Encoding::Ucs2)
{
    QList<OutgoingMessage> messages;
    for (int i = 0; i < n; ++i) {
        OutgoingMessage m;
        m.id = 200 + i;
        m.campaignId = 3;
        m.clientRef = QStringLiteral("t-%1-cd").arg(200 + i);
        m.phone = QStringLiteral("+3361234567%1").arg(i);
        m.body = encoding == Sms::Encoding::Ucs2 ? QStringLiteral("Votez Élise le 12 !")
                                                 : QStringLiteral("Votez le 12");
        m.encoding = encoding;
        messages.append(m);
    }
    return messages;
}

} // namespace

Q_DECLARE_METATYPE(FakeHttpServer::Fault)
Q_DECLARE_METATYPE(Sending::SubmitOutcome)

class tst_SmsFactorProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createNeedsToken();
    void requestFormat();
    void gsmAndMarketing();
    void outcomes_data();
    void outcomes();
    void batchSentInPart();
    void connectionRefusedIsRetry();
    void testConnection();
    void deliveryReport_data();
    void deliveryReport();
    void repliesAndStop();
    void otherPathsNotHandled();

private:
    QNetworkAccessManager m_network;
    static QList<SubmitResult> submitAndWait(SmsFactorProvider &provider,
                                             const QList<OutgoingMessage> &messages);
};

QList<SubmitResult> tst_SmsFactorProvider::submitAndWait(SmsFactorProvider &provider,
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

void tst_SmsFactorProvider::createNeedsToken()
{
    QString error;
    ProviderConfig c = config(QUrl(QStringLiteral("https://api.smsfactor.com")));
    std::unique_ptr<Provider> provider = Provider::create(c, &m_network, &error);
    QVERIFY2(provider, qPrintable(error));
    QVERIFY(qobject_cast<SmsFactorProvider *>(provider.get()));
    QCOMPARE(provider->capabilities().maxBatch, 500);
    QVERIFY(provider->capabilities().batchNeedsSameText);
    c.secret.clear();
    QVERIFY(!Provider::create(c, &m_network, &error));
    QVERIFY(error.contains(QLatin1String("token")));
}

void tst_SmsFactorProvider::requestFormat()
{
    FakeHttpServer fake;
    fake.reply(200, sent(2, 2));
    SmsFactorProvider provider(config(fake.url()), &m_network);
    const QList<OutgoingMessage> messages = batch(2);
    const QList<SubmitResult> results = submitAndWait(provider, messages);
    QCOMPARE(results.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(results.at(i).messageId, 200 + i);
        QCOMPARE(results.at(i).outcome, SubmitOutcome::Accepted);
        QCOMPARE(results.at(i).providerMessageId, QStringLiteral("14672"));
    }
    QCOMPARE(fake.requests.size(), 1);
    const FakeHttpRequest &r = fake.requests.at(0);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/send"));
    QCOMPARE(r.headers.value("authorization"), "Bearer " + kToken.toUtf8());
    QVERIFY(r.headers.value("content-type").startsWith("application/json"));
    const QJsonObject sms = r.json().value("sms").toObject();
    const QJsonObject message = sms.value("message").toObject();
    QCOMPARE(message.value("text").toString(), messages.at(0).body);
    QCOMPARE(message.value("pushtype").toString(), QStringLiteral("alert"));
    QCOMPARE(message.value("sender").toString(), QStringLiteral("CMartin"));
    QCOMPARE(message.value("unicode"), QJsonValue(1));
    const QJsonArray gsm = sms.value("recipients").toObject().value("gsm").toArray();
    QCOMPARE(gsm.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(gsm.at(i).toObject().value("gsmsmsid").toString(), messages.at(i).clientRef);
        QCOMPARE(gsm.at(i).toObject().value("value").toString(),
                 QStringLiteral("3361234567%1").arg(i));
    }
}

void tst_SmsFactorProvider::gsmAndMarketing()
{
    FakeHttpServer fake;
    fake.reply(200, sent(1, 1));
    ProviderConfig c = config(fake.url());
    c.options.insert(QStringLiteral("pushtype"), QStringLiteral("marketing"));
    c.senderId.clear();
    SmsFactorProvider provider(c, &m_network);
    QCOMPARE(submitAndWait(provider, batch(1, Sms::Encoding::Gsm7)).at(0).outcome,
             SubmitOutcome::Accepted);
    const QJsonObject message =
        fake.requests.at(0).json().value("sms").toObject().value("message").toObject();
    QCOMPARE(message.value("unicode"), QJsonValue(0));
    QCOMPARE(message.value("pushtype").toString(), QStringLiteral("marketing"));
    QVERIFY(!message.contains("sender")); // SMSFactor's default sender
}

void tst_SmsFactorProvider::outcomes_data()
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

    QTest::newRow("429 Retry-After") << 429 << QByteArray() << QList<QByteArray> {"Retry-After: 5"}
                                     << F::None << O::Retry << "429" << false << 5000;
    QTest::newRow("503") << 503 << QByteArray() << none << F::None << O::Retry << "503" << false
                         << -1;
    QTest::newRow("500") << 500 << QByteArray("{\"status\":-99}") << none << F::None << O::Unknown
                         << "500" << false << -1;
    // Rows named "account: ..." are about the account, not the batch (accountError).
    QTest::newRow("account: status -1 token")
        << 401 << QByteArray(R"({"status":-1,"message":"Authentication error"})") << none << F::None
        << O::Retry << "-1" << false << -1;
    QTest::newRow("account: status -3 credits")
        << 200 << QByteArray(R"({"status":-3,"message":"Not enough credits"})") << none << F::None
        << O::Retry << "-3" << false << -1;
    QTest::newRow("account: HTTP 403")
        << 403 << QByteArray() << none << F::None << O::Retry << "403" << false << -1;
    QTest::newRow("status -7 data error")
        << 200 << QByteArray(R"({"status":-7,"message":"Data error"})") << none << F::None
        << O::Failed << "-7" << false << -1;
    QTest::newRow("status -8 held for moderation")
        << 200 << QByteArray(R"({"status":-8,"message":"Campaign under moderation","ticket":"T8"})")
        << none << F::None << O::Accepted << "-8" << false << -1;
    QTest::newRow("all blacklisted")
        << 200 << sent(3, 0, 3) << none << F::None << O::Failed << "blacklisted" << true << -1;
    QTest::newRow("all invalid") << 200 << sent(3, 0, 0, 3) << none << F::None << O::Failed
                                 << "invalid" << false << -1;
    QTest::newRow("malformed JSON") << 200 << QByteArray("{\"status\": 1, \"ticket") << none
                                    << F::None << O::Unknown << "200" << false << -1;
    QTest::newRow("timeout") << 200 << QByteArray() << none << F::NoAnswer << O::Unknown
                             << "timeout" << false << -1;
    QTest::newRow("dropped before the reply") << 200 << QByteArray() << none << F::DropBeforeReply
                                              << O::Unknown << "network" << false << -1;
    QTest::newRow("dropped mid-reply")
        << 200 << QByteArray() << none << F::DropMidReply << O::Unknown << "200" << false << -1;
}

void tst_SmsFactorProvider::outcomes()
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
    fake.setTruncatedReply(200, "{\"messages\": [");
    SmsFactorProvider provider(config(fake.url()), &m_network);
    const QList<SubmitResult> results = submitAndWait(provider, batch(3));
    QCOMPARE(results.size(), 3);
    for (const SubmitResult &r : results) {
        QCOMPARE(r.outcome, outcome);
        QCOMPARE(r.errorCode, errorCode);
        QCOMPARE(r.optedOut, optedOut);
        QCOMPARE(r.retryAfterMs, retryAfterMs);
        QVERIFY(!r.errorText.isEmpty());
        // Only a batch held for moderation is taken, under its ticket.
        QCOMPARE(r.providerMessageId,
                 outcome == SubmitOutcome::Accepted ? QStringLiteral("T8") : QString());
        QCOMPARE(r.accountError, QByteArray(QTest::currentDataTag()).startsWith("account:"));
    }
    QCOMPARE(results.at(2).messageId, 202);
    // The request reached the server exactly once: Qt did not resend it on its own.
    QCOMPARE(fake.requests.size(), 1);
}

void tst_SmsFactorProvider::batchSentInPart()
{
    // Two of three sent, one blacklisted, without saying which: none may be sent again, none
    // is known to be taken.
    FakeHttpServer fake;
    fake.reply(200, sent(3, 2, 1));
    SmsFactorProvider provider(config(fake.url()), &m_network);
    const QList<SubmitResult> results = submitAndWait(provider, batch(3));
    QCOMPARE(results.size(), 3);
    for (const SubmitResult &r : results) {
        QCOMPARE(r.outcome, SubmitOutcome::Unknown);
        QCOMPARE(r.errorCode, QStringLiteral("partial"));
        QVERIFY(r.errorText.contains(QLatin1String("2 sent, 1 on the blacklist")));
    }
}

void tst_SmsFactorProvider::connectionRefusedIsRetry()
{
    SmsFactorProvider provider(config(closedPort()), &m_network);
    const QList<SubmitResult> results = submitAndWait(provider, batch(2));
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).outcome, SubmitOutcome::Retry);
    QCOMPARE(results.at(1).errorCode, QStringLiteral("network"));
}

void tst_SmsFactorProvider::testConnection()
{
    FakeHttpServer fake;
    fake.reply(200, sent(1, 1));
    SmsFactorProvider provider(config(fake.url()), &m_network);
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
    QCOMPARE(fake.requests.at(0).path, QByteArray("/send/simulate")); // the dry run only
    QCOMPARE(fake.requests.at(0).headers.value("authorization"), "Bearer " + kToken.toUtf8());
    QCOMPARE(fake.requests.at(0)
                 .json()
                 .value("sms")
                 .toObject()
                 .value("recipients")
                 .toObject()
                 .value("gsm")
                 .toArray()
                 .size(),
             1);

    fake.reply(401, QByteArray(R"({"status":-1,"message":"Authentication error"})"));
    test();
    QVERIFY(!ok);
    QVERIFY(text.contains(QLatin1String("refused")));
    for (const FakeHttpRequest &r : std::as_const(fake.requests))
        QCOMPARE(r.path, QByteArray("/send/simulate"));
}

void tst_SmsFactorProvider::deliveryReport_data()
{
    QTest::addColumn<int>("smsFactorStatus");
    QTest::addColumn<DeliveryStatus>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("0 not sent") << 0 << DeliveryStatus::Failed << "0";
    QTest::newRow("1 sent") << 1 << DeliveryStatus::Buffered << "";
    QTest::newRow("2 not delivered") << 2 << DeliveryStatus::Failed << "2";
    QTest::newRow("3 delivered") << 3 << DeliveryStatus::Delivered << "";
    QTest::newRow("4 not allowed") << 4 << DeliveryStatus::Rejected << "4";
    QTest::newRow("5 invalid destination") << 5 << DeliveryStatus::Rejected << "5";
    QTest::newRow("6 invalid sender") << 6 << DeliveryStatus::Rejected << "6";
    QTest::newRow("7 no route") << 7 << DeliveryStatus::Failed << "7";
    QTest::newRow("9 rejected") << 9 << DeliveryStatus::Rejected << "9";
    QTest::newRow("11 network") << 11 << DeliveryStatus::Failed << "11";
    QTest::newRow("12 expired") << 12 << DeliveryStatus::Expired << "12";
    QTest::newRow("8 unknown") << 8 << DeliveryStatus::Unknown << "8";
}

void tst_SmsFactorProvider::deliveryReport()
{
    QFETCH(int, smsFactorStatus);
    QFETCH(DeliveryStatus, status);
    QFETCH(QString, errorCode);
    SmsFactorProvider provider(config(QUrl(QStringLiteral("https://api.smsfactor.com"))),
                               &m_network);
    QCOMPARE(provider.callbackUrl(QStringLiteral("dlr")),
             QUrl(QStringLiteral("https://tribune.example.org/hooks/smsfactor/13/dlr")));
    // As JSON...
    CallbackRequest request;
    request.method = "POST";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:8088/hooks/smsfactor/13/dlr"));
    request.headers.insert("content-type", "application/json");
    request.body = QJsonDocument(QJsonObject {{"date", "2026-11-30 12:05:11"},
                                              {"status", smsFactorStatus},
                                              {"destination", "33612345671"},
                                              {"message_id", "t-201-cd"},
                                              {"campaign_id", 14672}})
                       .toJson(QJsonDocument::Compact);
    CallbackResult result = provider.handleCallback(request);
    QVERIFY(result.handled);
    QVERIFY2(result.status == 200, qPrintable(result.errorString));
    QCOMPARE(result.reports.size(), 1);
    QCOMPARE(result.reports.at(0).clientRef, QStringLiteral("t-201-cd"));
    QCOMPARE(result.reports.at(0).phone, QStringLiteral("+33612345671"));
    QCOMPARE(result.reports.at(0).status, status);
    QCOMPARE(result.reports.at(0).errorCode, errorCode);
    QVERIFY(result.reports.at(0).raw.contains("t-201-cd"));
    // ...and as a GET query.
    request.method = "GET";
    request.body.clear();
    request.url.setQuery(
        QStringLiteral("date=2026-11-30+12%3A05%3A11&status=%1&destination=33612345671"
                       "&message_id=t-201-cd&campaign_id=14672")
            .arg(smsFactorStatus));
    result = provider.handleCallback(request);
    QCOMPARE(result.reports.size(), 1);
    QCOMPARE(result.reports.at(0).clientRef, QStringLiteral("t-201-cd"));
    QCOMPARE(result.reports.at(0).status, status);
}

void tst_SmsFactorProvider::repliesAndStop()
{
    SmsFactorProvider provider(config(QUrl(QStringLiteral("https://api.smsfactor.com"))),
                               &m_network);
    CallbackRequest stop;
    stop.method = "POST";
    stop.url = QUrl(QStringLiteral("http://127.0.0.1:8088/hooks/smsfactor/13/stop"));
    stop.headers.insert("content-type", "application/x-www-form-urlencoded");
    stop.body = "date=2026-11-30+12%3A07%3A00&message=STOP&from=33612345672"
                "&last_message_id=t-202-cd";
    CallbackResult result = provider.handleCallback(stop);
    QVERIFY2(result.status == 200, qPrintable(result.errorString));
    QCOMPARE(result.inbound.size(), 1);
    QCOMPARE(result.inbound.at(0).from, QStringLiteral("+33612345672"));
    QCOMPARE(result.inbound.at(0).text, QStringLiteral("STOP"));
    QCOMPARE(result.inbound.at(0).providerMessageId, QStringLiteral("t-202-cd"));
    QVERIFY(result.inbound.at(0).stop);

    CallbackRequest reply;
    reply.method = "POST";
    reply.url = QUrl(QStringLiteral("http://127.0.0.1:8088/hooks/smsfactor/13/mo"));
    reply.headers.insert("content-type", "application/json");
    reply.body = QJsonDocument(QJsonObject {{"date", "2026-11-30 12:08:00"},
                                            {"message", "Oui à la réunion"},
                                            {"from", "33612345673"},
                                            {"to", "38181"},
                                            {"message_id", 99812}})
                     .toJson(QJsonDocument::Compact);
    result = provider.handleCallback(reply);
    QVERIFY2(result.status == 200, qPrintable(result.errorString));
    QCOMPARE(result.inbound.size(), 1);
    QCOMPARE(result.inbound.at(0).from, QStringLiteral("+33612345673"));
    QCOMPARE(result.inbound.at(0).text, QStringLiteral("Oui à la réunion"));
    QCOMPARE(result.inbound.at(0).providerMessageId, QStringLiteral("99812"));
    QVERIFY(!result.inbound.at(0).stop);

    reply.body = "{}";
    QCOMPARE(provider.handleCallback(reply).status, 400);
}

void tst_SmsFactorProvider::otherPathsNotHandled()
{
    SmsFactorProvider provider(config(QUrl(QStringLiteral("https://api.smsfactor.com"))),
                               &m_network);
    CallbackRequest request;
    request.method = "POST";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:8088/hooks/smsfactor/14/dlr"));
    QVERIFY(!provider.handleCallback(request).handled);
    request.url = QUrl(QStringLiteral("http://127.0.0.1:8088/hooks/octopush/13/dlr"));
    QVERIFY(!provider.handleCallback(request).handled);
}

QTEST_GUILESS_MAIN(tst_SmsFactorProvider)
#include "tst_smsfactorprovider.moc"
