// SPDX-License-Identifier: GPL-3.0-or-later
// The first-contact consent flow end to end through a real Kannel (bearerbox + smsbox +
// fakesmsc on loopback): the consent request leaves through the send engine, the answers come
// back as MO messages through the callback listener, and the campaign message that follows
// reaches only the numbers that said yes; the ledger proves each decision.
#include "campaign/campaignstore.h"
#include "campaign/templatestore.h"
#include "consent/consentledger.h"
#include "demo/demodataloader.h"
#include "sending/callbacklistener.h"
#include "sending/kannelprovider.h"
#include "sending/sendengine.h"
#include "sms/smsencoding.h"
#include "storage/database.h"
#include "support/kannelgateway.h"
#include "support/sendingfixtures.h"
#include "support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Sending;
using Consent::Ledger;

class tst_ConsentKannel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void consentThenCampaign();
};

namespace {

const QString kFooter = QStringLiteral("Camille Martin 2027 - STOP au 36105");
const QString kSender = QStringLiteral("CMartin2027");

// What each number was sent through the outbox for one campaign: phone -> (body, encoding).
QHash<QString, QPair<QString, QString>> outbox(Database &db, qint64 campaignId)
{
    QHash<QString, QPair<QString, QString>> sent;
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("SELECT phone, body, encoding FROM messages WHERE campaign_id = ?"));
    query.addBindValue(campaignId);
    query.exec();
    while (query.next())
        sent.insert(query.value(0).toString(),
                    {query.value(1).toString(), query.value(2).toString()});
    return sent;
}

// The messages fakesmsc received, per number, each reassembled from its parts (a number that
// got the same message twice shows it twice).
QHash<QString, QStringList> reassembled(const QList<KannelGateway::Message> &received,
                                        const QHash<QString, QPair<QString, QString>> &sent)
{
    QHash<QString, QList<KannelGateway::Message>> byNumber;
    for (const KannelGateway::Message &m : received)
        byNumber[m.to].append(m);
    QHash<QString, QStringList> texts;
    for (auto it = byNumber.cbegin(); it != byNumber.cend(); ++it) {
        const bool ucs2 = sent.value(it.key()).second == QLatin1String("UCS-2");
        // Single parts stand alone; the others are grouped by their reference.
        QMap<int, QList<KannelGateway::Message>> groups;
        for (const KannelGateway::Message &m : it.value()) {
            if (m.partCount == 1)
                texts[it.key()].append(ucs2 ? m.textAsUcs2() : m.textAsUtf8());
            else
                groups[m.partReference].append(m);
        }
        for (QList<KannelGateway::Message> parts : std::as_const(groups)) {
            std::sort(parts.begin(), parts.end(),
                      [](const auto &a, const auto &b) { return a.partIndex < b.partIndex; });
            QString text;
            for (int i = 0; i < parts.size(); ++i) {
                if (parts.at(i).partIndex != i + 1 || parts.at(i).partCount != parts.size())
                    text = QStringLiteral("<parts out of order>");
                else
                    text += ucs2 ? parts.at(i).textAsUcs2() : parts.at(i).textAsUtf8();
            }
            texts[it.key()].append(text);
        }
    }
    return texts;
}

// Approves a new campaign of the demo audience through the Kannel provider.
Campaign approvedCampaign(Database &db, const QString &name, Campaign::Kind kind,
                          const QString &message, qint64 providerId)
{
    CampaignStore store(&db);
    Campaign c;
    c.name = name;
    c.kind = kind;
    c.audienceId = store.audienceId(QStringLiteral("Démo — Fichier loué Alsace-Moselle"));
    c.message = message;
    c.footer = kFooter;
    c.senderId = kSender;
    c.providerId = providerId;
    if (!store.create(&c) || !store.setState(&c, Campaign::State::Approved)) {
        qWarning("%s", qPrintable(store.errorString()));
        return {};
    }
    return c;
}

// Runs the send engine in its own thread until the campaign is done.
SendEngine::Summary send(Database &db, qint64 campaignId, const ProviderConfig &provider)
{
    SendEngine::Options options;
    options.campaignId = campaignId;
    options.provider = provider;
    options.instanceId = QStringLiteral("tst_consentkannel");
    QThread thread;
    auto *engine = new SendEngine(&db, options);
    engine->moveToThread(&thread);
    SendEngine::Summary summary;
    bool finished = false;
    QObject::connect(
        engine, &SendEngine::finished, &thread,
        [&](const SendEngine::Summary &s) {
            summary = s;
            finished = true;
        },
        Qt::DirectConnection);
    QObject::connect(&thread, &QThread::started, engine, &SendEngine::start);
    thread.start();
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return finished; }, 30000);
    QMetaObject::invokeMethod(
        engine,
        [engine, &db]() {
            delete engine;
            db.closeThreadConnection(); // the next run's thread may get this one's address
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    thread.wait();
    if (!done)
        summary.errorString = QStringLiteral("the send engine did not finish");
    return summary;
}

} // namespace

void tst_ConsentKannel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<SendEngine::Summary>();
}

void tst_ConsentKannel::consentThenCampaign()
{
    const QString missing = KannelGateway::missingBinaries();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));

    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    QVERIFY(testDb.isReady());
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options demo;
    demo.contacts = 6; // a rented audience: campaign messages need a yes first
    QVERIFY(DemoDataLoader(&db).load(demo).ok);
    QVERIFY(SendingFixtures::openSendingWindowAllDay(&db));
    QSqlQuery query(db.connection());
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO providers (name, kind, endpoint, created_at) "
                                       "VALUES ('kannel-test', 'kannel', 'http://127.0.0.1', 0)")),
             qPrintable(query.lastError().text()));
    const qint64 providerId =
        queryScalar(db, QStringLiteral("SELECT id FROM providers WHERE name = 'kannel-test'"))
            .toLongLong();
    QStringList phones;
    QVERIFY(query.exec(QStringLiteral("SELECT phone FROM contacts ORDER BY id")));
    while (query.next())
        phones.append(query.value(0).toString());
    QCOMPARE(phones.size(), 6);

    CallbackListener listener(&db);
    QVERIFY2(listener.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    KannelGateway gateway;
    QVERIFY2(gateway.start(listener.baseUrl(), &error), qPrintable(error));
    ProviderConfig config;
    config.id = providerId;
    config.name = QStringLiteral("kannel-test");
    config.kind = QStringLiteral("kannel");
    config.endpoint = gateway.sendsmsUrl();
    config.senderId = kSender;
    config.account = gateway.username();
    config.secret = gateway.password();
    config.ratePerSecond = 100;
    config.callbackBase = listener.baseUrl();
    listener.addProvider(std::make_unique<KannelProvider>(config, nullptr));

    // 1. The consent request, with the demo's template, to the whole audience.
    QString requestText;
    for (const TemplateStore::Template &t : TemplateStore(&db).list()) {
        if (t.name == QLatin1String("Demande de consentement (FR)"))
            requestText = t.body;
    }
    QVERIFY(!requestText.isEmpty());
    const Campaign request =
        approvedCampaign(db, QStringLiteral("Demande Kannel"), Campaign::Kind::ConsentRequest,
                         requestText, providerId);
    QVERIFY(request.id > 0);
    SendEngine::Summary summary = send(db, request.id, config);
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.accepted, qint64(6));

    const QHash<QString, QPair<QString, QString>> asked = outbox(db, request.id);
    QCOMPARE(asked.size(), 6);
    int parts = 0;
    for (const QString &phone : std::as_const(phones)) {
        const QString body = asked.value(phone).first;
        QVERIFY2(body.contains(QStringLiteral("Répondez OUI ou NON")), qPrintable(body));
        QVERIFY(body.endsWith(kFooter));
        // In parts, which fakesmsc prints URL-encoded (see the campaign message below).
        QVERIFY(Sms::analyse(body).parts > 1);
        parts += Sms::analyse(body).parts;
    }
    QTRY_COMPARE_WITH_TIMEOUT(gateway.received().size(), parts, 10000);
    QTest::qWait(300); // nothing more arrives
    QList<KannelGateway::Message> received = gateway.received();
    QCOMPARE(received.size(), parts);
    QHash<QString, QStringList> texts = reassembled(received, asked);
    for (const QString &phone : std::as_const(phones)) // each asked exactly once, word for word
        QCOMPARE(texts.value(phone), QStringList {asked.value(phone).first});
    for (const KannelGateway::Message &m : std::as_const(received))
        QCOMPARE(m.from, kSender);

    // 2. The answers, sent from the phones through the fake SMS centre (one written as a
    //    French national number): yes, no, STOP, a question for a person; two stay silent.
    const QList<QPair<QString, QString>> replies = {
        {QLatin1Char('0') + phones.at(0).mid(3), QStringLiteral("OUI")},
        {phones.at(1), QStringLiteral("NON")},
        {phones.at(2), QStringLiteral("STOP")},
        {phones.at(3), QStringLiteral("Oui mais qui etes-vous ?")},
    };
    for (int i = 0; i < replies.size(); ++i) {
        QVERIFY2(gateway.injectMo(replies.at(i).first, QStringLiteral("36105"),
                                  replies.at(i).second, &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(
            queryScalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM inbound_messages WHERE phone = "
                                       "'%1'")
                            .arg(phones.at(i)))
                .toInt(),
            1, 10000);
    }
    Ledger ledger(&db);
    QCOMPARE(ledger.state(phones.at(0)), QStringLiteral("granted"));
    QCOMPARE(ledger.state(phones.at(1)), QStringLiteral("refused"));
    QCOMPARE(ledger.state(phones.at(2)), QStringLiteral("opted_out"));
    QCOMPARE(ledger.state(phones.at(3)), QStringLiteral("requested")); // for a person to read
    QCOMPARE(ledger.state(phones.at(4)), QStringLiteral("requested"));
    QCOMPARE(queryScalar(db,
                         QStringLiteral("SELECT interpretation FROM inbound_messages WHERE "
                                        "phone = '%1' AND handled_at IS NULL")
                             .arg(phones.at(3)))
                 .toString(),
             QStringLiteral("ambiguous"));
    QCOMPARE(
        queryScalar(
            db,
            QStringLiteral("SELECT reason FROM suppressions WHERE phone = '%1'").arg(phones.at(2)))
            .toString(),
        QStringLiteral("stop_reply"));

    // 3. A campaign message to the same audience: only the number that said yes gets it. In
    //    UCS-2 (the ’): fakesmsc prints a GSM text as is, and a line break (before the footer)
    //    would split it into two messages; the UCS-2 form is URL-encoded.
    const QString campaignText =
        QStringLiteral("Merci {prenom|Madame, Monsieur} ! Camille Martin vous attend samedi à 18h "
                       "au meeting de Strasbourg, qu’on se le dise.");
    const Campaign message = approvedCampaign(db, QStringLiteral("Meeting Kannel"),
                                              Campaign::Kind::Message, campaignText, providerId);
    QVERIFY(message.id > 0);
    summary = send(db, message.id, config);
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.accepted, qint64(1));
    const QHash<QString, QPair<QString, QString>> messaged = outbox(db, message.id);
    QCOMPARE(messaged.keys(), QStringList {phones.at(0)});
    const int campaignParts = Sms::analyse(messaged.value(phones.at(0)).first).parts;
    QTRY_COMPARE_WITH_TIMEOUT(gateway.received().size(), parts + campaignParts, 10000);
    QTest::qWait(300);
    received = gateway.received();
    QCOMPARE(received.size(), parts + campaignParts);
    texts = reassembled(received.mid(parts), messaged);
    QCOMPARE(texts.keys(), QStringList {phones.at(0)});
    QCOMPARE(texts.value(phones.at(0)), QStringList {messaged.value(phones.at(0)).first});
    QVERIFY(texts.value(phones.at(0)).constFirst().startsWith(QLatin1String("Merci ")));
    QCOMPARE(messaged.value(phones.at(0)).second, QStringLiteral("UCS-2"));

    // 4. The ledger proves each decision: the request with the text sent, then the answer with
    //    the text received (and the request it answers); no event for those who said nothing.
    const QList<std::optional<QPair<Ledger::Event, QString>>> decisions = {
        {{Ledger::Event::Granted, QStringLiteral("OUI")}},
        {{Ledger::Event::Refused, QStringLiteral("NON")}},
        {{Ledger::Event::OptedOut, QStringLiteral("STOP")}},
        std::nullopt, // the question waits for a person
        std::nullopt,
        std::nullopt,
    };
    for (int i = 0; i < phones.size(); ++i) {
        const QList<Ledger::Record> history = ledger.history(phones.at(i));
        QCOMPARE(history.size(), decisions.at(i) ? 2 : 1);
        const Ledger::Record &requested = history.constFirst();
        QCOMPARE(requested.event, Ledger::Event::Requested);
        QCOMPARE(requested.textSent, asked.value(phones.at(i)).first);
        QVERIFY(requested.messageId > 0);
        if (!decisions.at(i))
            continue;
        const Ledger::Record &decision = history.constLast();
        QCOMPARE(decision.event, decisions.at(i)->first);
        QCOMPARE(decision.textReceived, decisions.at(i)->second);
        QCOMPARE(decision.textSent, requested.textSent);
        QCOMPARE(decision.messageId, requested.messageId);
        QCOMPARE(decision.actor, QStringLiteral("recipient"));
    }
    gateway.stop();
}

QTEST_GUILESS_MAIN(tst_ConsentKannel)
#include "tst_consentkannel.moc"
