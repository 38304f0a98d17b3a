// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience/audienceimporter.h"
#include "campaign/campaignstore.h"
#include "campaign/recipientquery.h"
#include "consent/consentgate.h"
#include "consent/consentledger.h"
#include "consent/consentrequestcheck.h"
#include "consent/reviewqueue.h"
#include "demo/demodataloader.h"
#include "sending/outbox.h"
#include "sending/receipts.h"
#include "storage/database.h"
#include "support/sendingfixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace Sending;
using Consent::Ledger;

// The first-contact consent flow through the outbox, the replies and the ledger: who may be
// asked, who may be messaged, and the proof of each decision.
class tst_ConsentFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nextState_data();
    void nextState();
    void requestCheck_data();
    void requestCheck();
    void approvalNeedsACompleteRequest();
    void requestRepliesAndLedger_data() { addBackendRows(); }
    void requestRepliesAndLedger();
    void claimRechecksTheGate_data() { addBackendRows(); }
    void claimRechecksTheGate();
    void reviewQueue_data() { addBackendRows(); }
    void reviewQueue();
    void ownProof_data() { addBackendRows(); }
    void ownProof();
    void stopIsForever();
    void historyInRecordingOrder();
};

namespace {

const QString kAudience = QStringLiteral("Démo — Fichier loué Alsace-Moselle");
const QString kFooter = QStringLiteral("Camille Martin 2027 - STOP au 36105");
const QString kRequest = QStringLiteral(
    "Bonjour, Camille Martin souhaite vous écrire pendant la campagne. Votre numéro nous a été "
    "loué par Fictibase. Acceptez-vous ? Répondez OUI ou NON.");

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QStringList phones(Database &db, int limit, int offset = 0)
{
    QStringList list;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT phone FROM contacts ORDER BY id LIMIT %1 OFFSET %2")
                   .arg(limit)
                   .arg(offset));
    while (query.next())
        list.append(query.value(0).toString());
    return list;
}

// Demo data (a rented audience, no consent proof) and an open sending window.
bool loadRentedDemo(Database &db, int contacts)
{
    DemoDataLoader::Options options;
    options.contacts = contacts;
    return DemoDataLoader(&db).load(options).ok && SendingFixtures::openSendingWindowAllDay(&db);
}

Campaign startCampaign(Database &db, const QString &name, Campaign::Kind kind,
                       const QString &message)
{
    CampaignStore store(&db);
    Campaign c;
    c.name = name;
    c.kind = kind;
    c.audienceId = store.audienceId(kAudience);
    c.message = message;
    c.footer = kFooter;
    c.senderId = QStringLiteral("CMartin2027");
    c.providerId = store.providerId(QStringLiteral("Sandbox (démo)"));
    if (!store.create(&c) || !store.setState(&c, Campaign::State::Approved)
        || !store.setState(&c, Campaign::State::Sending))
        return {};
    return c;
}

// Enqueues, claims everything claimable and records each claimed message as `outcome`.
// Returns the phones claimed.
QStringList sendAll(Database &db, const Campaign &c,
                    SubmitOutcome outcome = SubmitOutcome::Accepted)
{
    Outbox outbox(&db);
    if (!outbox.enqueue(c, 6).ok)
        return {QStringLiteral("enqueue failed")};
    QStringList sent;
    for (;;) {
        const Outbox::Claim claim = outbox.claim(c.id, 100, QStringLiteral("t"));
        if (!claim.ok || claim.messages.isEmpty())
            break;
        QList<SubmitResult> results;
        for (const OutgoingMessage &m : claim.messages) {
            SubmitResult r;
            r.messageId = m.id;
            r.outcome = outcome;
            r.providerMessageId = QStringLiteral("P-") + m.clientRef;
            results.append(r);
            sent.append(m.phone);
        }
        if (!outbox.record(results))
            return {QStringLiteral("record failed")};
    }
    return sent;
}

bool reply(Database &db, const QString &from, const QString &text, bool providerStop = false)
{
    InboundMessage message;
    message.from = from;
    message.text = text;
    message.stop = providerStop;
    message.at = QDateTime::currentDateTimeUtc();
    QString error;
    const bool ok = Receipts(&db).recordInbound(0, {message}, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

QStringList events(Ledger &ledger, const QString &phone)
{
    QStringList list;
    for (const Ledger::Record &r : ledger.history(phone))
        list.append(Ledger::eventKey(r.event));
    return list;
}

} // namespace

void tst_ConsentFlow::nextState_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *current, const char *event, const char *target,
                        const char *expected) {
        QTest::addRow("%s+%s%s%s", *current ? current : "none", event, *target ? "->" : "", target)
            << QString::fromLatin1(current) << QString::fromLatin1(event)
            << QString::fromLatin1(target) << QString::fromLatin1(expected);
    };
    row("", "requested", "", "requested");
    row("unknown", "requested", "", "requested");
    row("granted", "requested", "", "granted");
    row("refused", "requested", "", "refused");
    row("requested", "granted", "", "granted");
    row("expired", "granted", "", "granted"); // a late yes
    row("refused", "granted", "", "granted"); // a change of mind
    row("granted", "refused", "", "refused"); // a withdrawal
    row("requested", "expired", "", "expired");
    row("granted", "expired", "", "granted");
    row("granted", "opted_out", "", "opted_out");
    row("opted_out", "granted", "", "opted_out"); // STOP wins forever
    row("opted_out", "refused", "", "opted_out");
    row("opted_out", "override", "granted", "opted_out");
    row("opted_out", "correction", "unknown", "opted_out");
    row("refused", "correction", "granted", "granted");
    row("requested", "own_proof", "", "requested");
}

void tst_ConsentFlow::nextState()
{
    QFETCH(QString, current);
    QFETCH(QString, event);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    const std::optional<Ledger::Event> e = Ledger::eventFromKey(event);
    QVERIFY(e);
    QCOMPARE(Ledger::nextState(current, *e, target), expected);
}

void tst_ConsentFlow::requestCheck_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("footer");
    QTest::addColumn<QString>("broker");
    QTest::addColumn<bool>("rented");
    QTest::addColumn<QStringList>("failed");
    const QString demo = QStringLiteral(
        "Bonjour {prenom|Madame, Monsieur}, Camille Martin, candidate (fictive) à l'élection de "
        "démonstration 2027, souhaite vous écrire pendant la campagne. Votre numéro provient du "
        "fichier loué à Fictibase. Acceptez-vous ? Répondez OUI ou NON.");
    const QString broker = QStringLiteral("Fictibase SAS (courtier fictif)");
    QTest::newRow("demo") << demo << kFooter << broker << true << QStringList();
    QTest::newRow("no footer") << demo << QString() << broker << true
                               << QStringList {QStringLiteral("identity"),
                                               QStringLiteral("objection")};
    QTest::newRow("footer without a name") << demo << QStringLiteral("STOP au 36105") << broker
                                           << true << QStringList {QStringLiteral("identity")};
    QTest::newRow("other broker") << demo << kFooter << QStringLiteral("Datafrance") << true
                                  << QStringList {QStringLiteral("source")};
    QTest::newRow("no broker recorded")
        << demo << kFooter << QString() << true << QStringList {QStringLiteral("source")};
    QTest::newRow("own list needs no source")
        << demo << kFooter << QString() << false << QStringList();
    QTest::newRow("no purpose") << QStringLiteral(
        "Camille Martin souhaite vous écrire. Numéro loué par Fictibase. "
        "Répondez OUI ou NON.") << kFooter
                                << broker << true << QStringList {QStringLiteral("purpose")};
    QTest::newRow("no answer") << QStringLiteral(
        "Pendant la campagne, Camille Martin (numéro loué par Fictibase) "
        "souhaite vous écrire. D'accord ?")
                               << kFooter << broker << true
                               << QStringList {QStringLiteral("answer")};
    QTest::newRow("template left as is")
        << QStringLiteral("Bonjour, [candidat ou parti] souhaite vous écrire pendant la campagne "
                          "[élection]. Votre numéro nous a été loué par [courtier]. Répondez OUI "
                          "ou NON.")
        << kFooter << broker << true
        << QStringList {QStringLiteral("source"), QStringLiteral("placeholders")};
    QTest::newRow("accents and case")
        << QStringLiteral("ÉLECTION : fichier FICTIBASE. oui / non ?")
        << QStringLiteral("C. Martin — stop 36105") << broker << true << QStringList();
}

void tst_ConsentFlow::requestCheck()
{
    QFETCH(QString, message);
    QFETCH(QString, footer);
    QFETCH(QString, broker);
    QFETCH(bool, rented);
    QFETCH(QStringList, failed);
    const QList<Consent::RequestCheck::Item> items =
        Consent::RequestCheck::check(message, footer, broker, rented);
    QStringList actual;
    for (const Consent::RequestCheck::Item &item : items) {
        QVERIFY(!item.explanation.isEmpty());
        if (!item.passed)
            actual.append(item.key);
    }
    QCOMPARE(actual, failed);
    QCOMPARE(Consent::RequestCheck::failures(items).isEmpty(), failed.isEmpty());
}

void tst_ConsentFlow::approvalNeedsACompleteRequest()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(loadRentedDemo(db, 5));
    CampaignStore store(&db);
    Campaign c;
    c.name = QStringLiteral("Demande incomplète");
    c.kind = Campaign::Kind::ConsentRequest;
    c.audienceId = store.audienceId(kAudience);
    c.message = QStringLiteral("Acceptez-vous nos messages ? OUI ou NON");
    c.footer = kFooter;
    QVERIFY(store.create(&c)); // a draft may be incomplete
    QVERIFY(!store.setState(&c, Campaign::State::Approved));
    QVERIFY(store.errorString().contains(QLatin1String("Fictibase")));
    QCOMPARE(store.find(c.id)->state, Campaign::State::Draft);
    c.message = kRequest;
    QVERIFY(store.update(&c));
    QVERIFY2(store.setState(&c, Campaign::State::Approved), qPrintable(store.errorString()));
    // The demo's own consent request passes as loaded.
    std::optional<Campaign> demo =
        store.findByName(QStringLiteral("Démo — Demande de consentement"));
    QVERIFY(demo);
    QVERIFY2(store.setState(&*demo, Campaign::State::Approved), qPrintable(store.errorString()));
}

void tst_ConsentFlow::requestRepliesAndLedger()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(loadRentedDemo(db, 40));
    const qint64 audienceId = CampaignStore(&db).audienceId(kAudience);
    QVERIFY(Consent::Gate::isGated(&db, audienceId));

    // Before anyone is asked: a campaign message reaches nobody, a consent request everyone.
    const Campaign early = startCampaign(db, QStringLiteral("Trop tôt"), Campaign::Kind::Message,
                                         QStringLiteral("Votez Camille Martin !"));
    QVERIFY(early.id > 0);
    QCOMPARE(sendAll(db, early), QStringList());

    const Campaign request =
        startCampaign(db, QStringLiteral("Demande"), Campaign::Kind::ConsentRequest, kRequest);
    QVERIFY(request.id > 0);
    const QStringList asked = sendAll(db, request);
    QCOMPARE(asked.size(), 40);
    Ledger ledger(&db);
    for (const QString &phone : asked)
        QCOMPARE(ledger.state(phone), QStringLiteral("requested"));
    QCOMPARE(events(ledger, asked.at(0)), QStringList {QStringLiteral("requested")});
    const Ledger::Record first = ledger.history(asked.at(0)).constFirst();
    QVERIFY(first.textSent.contains(QLatin1String("Acceptez-vous")));
    QVERIFY(first.textSent.contains(kFooter));
    QCOMPARE(first.audienceName, kAudience);
    QVERIFY(first.messageId > 0);
    QVERIFY(first.providerMessageId.startsWith(QLatin1String("P-")));

    // A second consent request asks nobody twice.
    const Campaign again =
        startCampaign(db, QStringLiteral("Demande bis"), Campaign::Kind::ConsentRequest, kRequest);
    QCOMPARE(sendAll(db, again), QStringList());

    // Replies.
    QVERIFY(reply(db, asked.at(0), QStringLiteral("Oui merci")));
    QVERIFY(reply(db, asked.at(1), QStringLiteral("non merci")));
    QVERIFY(reply(db, asked.at(2), QStringLiteral("STOP!!")));
    QVERIFY(reply(db, asked.at(3), QStringLiteral("Oui mais qui êtes-vous ?")));
    QVERIFY(reply(db, asked.at(4), QStringLiteral("👍")));
    QVERIFY(reply(db, asked.at(5), QStringLiteral("OUI")));
    QVERIFY(reply(db, asked.at(5), QStringLiteral("Arrêtez de m'envoyer des messages")));
    QVERIFY(reply(db, asked.at(6), QStringLiteral("ok")));
    QVERIFY(reply(db, asked.at(6), QStringLiteral("finalement non")));
    QVERIFY(reply(db, asked.at(7), QString(), true)); // the provider's own STOP notification
    QCOMPARE(ledger.state(asked.at(0)), QStringLiteral("granted"));
    QCOMPARE(ledger.state(asked.at(1)), QStringLiteral("refused"));
    QCOMPARE(ledger.state(asked.at(2)), QStringLiteral("opted_out"));
    QCOMPARE(ledger.state(asked.at(3)), QStringLiteral("requested")); // for a human to read
    QCOMPARE(ledger.state(asked.at(4)), QStringLiteral("granted"));
    QCOMPARE(ledger.state(asked.at(5)), QStringLiteral("opted_out")); // withdrawal by STOP
    QCOMPARE(ledger.state(asked.at(6)), QStringLiteral("refused")); // withdrawal by NON
    QCOMPARE(ledger.state(asked.at(7)), QStringLiteral("opted_out"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM inbound_messages WHERE "
                                   "interpretation = 'ambiguous' AND handled_at IS NULL"))
                 .toInt(),
             1);
    for (int i : {2, 5, 7})
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE phone = '%1'")
                            .arg(asked.at(i)))
                     .toInt(),
                 1);
    QCOMPARE(
        scalar(
            db,
            QStringLiteral("SELECT reason FROM suppressions WHERE phone = '%1'").arg(asked.at(7)))
            .toString(),
        QStringLiteral("provider_stop"));
    // The ledger proves each decision, with the texts exchanged.
    QCOMPARE(events(ledger, asked.at(5)),
             (QStringList {QStringLiteral("requested"), QStringLiteral("granted"),
                           QStringLiteral("opted_out")}));
    const Ledger::Record withdrawal = ledger.history(asked.at(5)).constLast();
    QCOMPARE(withdrawal.textReceived, QStringLiteral("Arrêtez de m'envoyer des messages"));
    QVERIFY(withdrawal.textSent.contains(QLatin1String("Acceptez-vous")));
    QCOMPARE(withdrawal.actor, QStringLiteral("recipient"));
    QVERIFY(withdrawal.note.startsWith(QLatin1String("stop/")));
    // The ledger is append-only.
    QSqlQuery tamper(db.connection());
    QVERIFY(!tamper.exec(QStringLiteral("UPDATE consent_events SET event = 'granted'")));
    QVERIFY(!tamper.exec(QStringLiteral("DELETE FROM consent_events")));

    // Campaign messages now go to those who agreed, and only them.
    const Campaign campaign = startCampaign(db, QStringLiteral("Campagne"), Campaign::Kind::Message,
                                            QStringLiteral("Merci ! Réunion publique jeudi."));
    QStringList reached = sendAll(db, campaign);
    reached.sort();
    QStringList agreed {asked.at(0), asked.at(4)};
    agreed.sort();
    QCOMPARE(reached, agreed);

    // Funnel, then expiry a week later.
    std::optional<Ledger::Funnel> funnel = ledger.funnel(request.audienceId, 7);
    QVERIFY2(funnel, qPrintable(ledger.errorString()));
    QCOMPARE(funnel->contacts, 40);
    QCOMPARE(funnel->requested, 40);
    QCOMPARE(funnel->granted, 2);
    QCOMPARE(funnel->refused, 2);
    QCOMPARE(funnel->optedOut, 3);
    QCOMPARE(funnel->awaiting, 33);
    QCOMPARE(funnel->expired, 0);
    QCOMPARE(funnel->neverAsked, 0);
    QCOMPARE(ledger.expire(7, QDateTime::currentDateTimeUtc().addDays(8)), 33);
    QCOMPARE(ledger.state(asked.at(3)), QStringLiteral("expired"));
    QCOMPARE(events(ledger, asked.at(3)),
             (QStringList {QStringLiteral("requested"), QStringLiteral("expired")}));
    QCOMPARE(ledger.history(asked.at(3)).constLast().audienceName, kAudience);
    QCOMPARE(ledger.expire(7, QDateTime::currentDateTimeUtc().addDays(9)), 0);
    // A late yes still counts.
    QVERIFY(reply(db, asked.at(3), QStringLiteral("oui")));
    QCOMPARE(ledger.state(asked.at(3)), QStringLiteral("granted"));
    funnel = ledger.funnel(request.audienceId, 7);
    QCOMPARE(funnel->expired, 32);
    QCOMPARE(funnel->granted, 3);
}

void tst_ConsentFlow::claimRechecksTheGate()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(loadRentedDemo(db, 20));
    const QStringList numbers = phones(db, 10);
    Ledger ledger(&db);
    for (const QString &phone : numbers) {
        Ledger::Record r;
        r.phone = phone;
        r.event = Ledger::Event::Granted;
        QVERIFY(ledger.append(r));
    }
    const Campaign campaign = startCampaign(db, QStringLiteral("Campagne"), Campaign::Kind::Message,
                                            QStringLiteral("Réunion publique jeudi."));
    Outbox outbox(&db);
    QCOMPARE(outbox.enqueue(campaign, 6).added, 10);
    // Between the enqueue and the submission: one says NON, one says STOP.
    QVERIFY(reply(db, numbers.at(0), QStringLiteral("non")));
    QVERIFY(reply(db, numbers.at(1), QStringLiteral("stop")));
    const Outbox::Claim claim = outbox.claim(campaign.id, 10, QStringLiteral("t"));
    QVERIFY(claim.ok);
    QCOMPARE(claim.messages.size(), 8);
    QCOMPARE(claim.cancelled, 2);
    QCOMPARE(
        scalar(
            db,
            QStringLiteral("SELECT error_code FROM messages WHERE phone = '%1'").arg(numbers.at(0)))
            .toString(),
        QStringLiteral("consent"));
    QCOMPARE(
        scalar(
            db,
            QStringLiteral("SELECT error_code FROM messages WHERE phone = '%1'").arg(numbers.at(1)))
            .toString(),
        QStringLiteral("suppressed"));

    // A consent request queued for numbers that another request asked meanwhile: the ten
    // never-asked contacts are queued twice, asked once.
    const Campaign requestA =
        startCampaign(db, QStringLiteral("Demande A"), Campaign::Kind::ConsentRequest, kRequest);
    const Campaign requestB =
        startCampaign(db, QStringLiteral("Demande B"), Campaign::Kind::ConsentRequest, kRequest);
    QCOMPARE(outbox.enqueue(requestA, 6).added, 10);
    QCOMPARE(sendAll(db, requestB).size(), 10);
    const Outbox::Claim late = outbox.claim(requestA.id, 10, QStringLiteral("t"));
    QVERIFY(late.ok);
    QCOMPARE(late.messages.size(), 0);
    QCOMPARE(late.cancelled, 10);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM messages WHERE campaign_id = %1 AND "
                                   "error_code = 'consent_already_asked'")
                        .arg(requestA.id))
                 .toInt(),
             10);
}

void tst_ConsentFlow::reviewQueue()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(loadRentedDemo(db, 6));
    const Campaign request =
        startCampaign(db, QStringLiteral("Demande"), Campaign::Kind::ConsentRequest, kRequest);
    const QStringList asked = sendAll(db, request);
    QCOMPARE(asked.size(), 6);
    QVERIFY(reply(db, asked.at(0), QStringLiteral("Oui mais qui êtes-vous ?")));
    QVERIFY(reply(db, asked.at(1), QStringLiteral("Où avez-vous eu mon numéro ?")));
    QVERIFY(reply(db, asked.at(2), QStringLiteral("bof")));
    QVERIFY(reply(db, asked.at(3), QStringLiteral("peut-être")));
    QVERIFY(reply(db, asked.at(3), QStringLiteral("STOP")));
    QVERIFY(reply(db, asked.at(4), QStringLiteral("oui"))); // clear: not queued

    Consent::ReviewQueue queue(&db);
    QCOMPARE(queue.pendingCount(), 4);
    const QList<Consent::ReviewQueue::Item> items = queue.pending();
    QCOMPARE(items.size(), 4);
    QCOMPARE(items.at(0).phone, asked.at(0));
    QCOMPARE(items.at(0).text, QStringLiteral("Oui mais qui êtes-vous ?"));
    QVERIFY(items.at(0).textSent.contains(QLatin1String("Acceptez-vous")));
    QCOMPARE(items.at(0).audienceName, kAudience);
    QCOMPARE(items.at(0).state, QStringLiteral("requested"));
    QCOMPARE(items.at(3).state, QStringLiteral("opted_out"));

    QVERIFY2(queue.decide(items.at(0).inboundId, Consent::ReviewQueue::Decision::Yes,
                          QStringLiteral("marie"), 0, QStringLiteral("answered by phone")),
             qPrintable(queue.errorString()));
    QVERIFY(!queue.decide(items.at(0).inboundId, Consent::ReviewQueue::Decision::No,
                          QStringLiteral("marie")));
    QVERIFY(queue.decide(items.at(1).inboundId, Consent::ReviewQueue::Decision::Stop,
                         QStringLiteral("marie")));
    QVERIFY(queue.decide(items.at(2).inboundId, Consent::ReviewQueue::Decision::Dismiss,
                         QStringLiteral("marie")));
    // A STOP is final: the later "peut-être" cannot become a yes.
    QVERIFY(!queue.decide(items.at(3).inboundId, Consent::ReviewQueue::Decision::Yes,
                          QStringLiteral("marie")));
    QVERIFY(queue.errorString().contains(asked.at(3)));
    QCOMPARE(queue.pendingCount(), 1);

    Ledger ledger(&db);
    QCOMPARE(ledger.state(asked.at(0)), QStringLiteral("granted"));
    const Ledger::Record decision = ledger.history(asked.at(0)).constLast();
    QCOMPARE(decision.event, Ledger::Event::Override);
    QCOMPARE(decision.actor, QStringLiteral("marie"));
    QCOMPARE(decision.textReceived, QStringLiteral("Oui mais qui êtes-vous ?"));
    QVERIFY(decision.note.contains(QLatin1String("answered by phone")));
    QCOMPARE(ledger.state(asked.at(1)), QStringLiteral("opted_out"));
    QCOMPARE(
        scalar(
            db,
            QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE phone = '%1'").arg(asked.at(1)))
            .toInt(),
        1);
    QCOMPARE(ledger.state(asked.at(2)), QStringLiteral("requested")); // dismissed: unchanged
    QCOMPARE(events(ledger, asked.at(2)), QStringList {QStringLiteral("requested")});
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'consent.review'"))
                 .toInt(),
             3);
}

void tst_ConsentFlow::ownProof()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(loadRentedDemo(db, 30));
    const qint64 audienceId = CampaignStore(&db).audienceId(kAudience);
    Ledger ledger(&db);
    QVERIFY(ledger.setOwnProof(audienceId,
                               QStringLiteral("Formulaire d'adhésion signé, registre 2026"),
                               QStringLiteral("admin")));
    QVERIFY(!Consent::Gate::isGated(&db, audienceId));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM consent_events WHERE event = "
                                   "'own_proof' AND phone = '*' AND audience_id = %1")
                        .arg(audienceId))
                 .toInt(),
             1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("consent.own_proof"));
    const QStringList numbers = phones(db, 2);
    QVERIFY(reply(db, numbers.at(0), QStringLiteral("STOP")));
    const Campaign campaign =
        startCampaign(db, QStringLiteral("Adhérents"), Campaign::Kind::Message,
                      QStringLiteral("Assemblée générale samedi."));
    const QStringList reached = sendAll(db, campaign);
    QCOMPARE(reached.size(), 29); // everyone but the STOP
    QVERIFY(!reached.contains(numbers.at(0)));
    // A "non" to a campaign message of the party's own list is a refusal too.
    QVERIFY(reply(db, numbers.at(1), QStringLiteral("Non merci")));
    QCOMPARE(ledger.state(numbers.at(1)), QStringLiteral("refused"));
    QCOMPARE(RecipientQuery(&db, audienceId, Segment(), Consent::Purpose::Campaign).count(), 28);

    // Taking the proof back puts the audience under the gate again.
    QVERIFY(ledger.setOwnProof(audienceId, QString(), QStringLiteral("admin")));
    QVERIFY(Consent::Gate::isGated(&db, audienceId));
    QCOMPARE(RecipientQuery(&db, audienceId, Segment(), Consent::Purpose::Campaign).count(), 0);
}

// Property: after a STOP, no sequence of re-imports, consent requests, campaigns, replies,
// overrides, retries or restarts gets that number a message out of the outbox.
void tst_ConsentFlow::stopIsForever()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    QRandomGenerator random(1405);
    for (int trial = 0; trial < 4; ++trial) {
        const QString file = testDb.folder() + QStringLiteral("/broker-%1.csv").arg(trial);
        {
            QFile csv(file);
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("prenom;telephone\n");
            for (int i = 0; i < 30; ++i)
                csv.write(QStringLiteral("P%1;06 12 34 56 %2\n")
                              .arg(i)
                              .arg(10 + i, 2, 10, QLatin1Char('0'))
                              .toUtf8());
        }
        const QString dbFile = testDb.folder() + QStringLiteral("/t%1.db").arg(trial);
        const QString stopped = QStringLiteral("+336123456%1").arg(10 + int(random.bounded(30)));
        int step = 0;
        for (int restart = 0; restart < 3; ++restart) {
            // Each restart opens the database anew, as a new Tribune process would.
            Database db(DatabaseUrl::sqliteFile(dbFile));
            QString error;
            QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
            QVERIFY(SendingFixtures::openSendingWindowAllDay(&db));
            if (restart == 0) {
                DemoDataLoader::Options demo;
                demo.contacts = 5;
                QVERIFY(DemoDataLoader(&db).load(demo).ok); // the Sandbox provider
            }
            for (int i = 0; i < 8; ++i, ++step) {
                // First the file, then the STOP, then anything.
                const int action = step == 0 ? 0 : step == 1 ? 99 : int(random.bounded(7));
                const QString name = QStringLiteral("C%1-%2").arg(trial).arg(step);
                AudienceImporter::Options import;
                import.filePath = file;
                import.audienceName = QStringLiteral("Fichier %1").arg(random.bounded(2));
                import.broker = QStringLiteral("Fictibase");
                switch (action) {
                case 99: // the STOP, early in each trial
                    QVERIFY(reply(db, stopped, QStringLiteral("STOP")));
                    break;
                case 0:
                case 1: // (re-)import the broker's file, the STOP number included
                    QVERIFY(AudienceImporter(&db).run(import).ok);
                    break;
                case 2: { // a consent request to an audience
                    CampaignStore store(&db);
                    if (store.audienceId(import.audienceName) <= 0)
                        QVERIFY(AudienceImporter(&db).run(import).ok);
                    Campaign c;
                    c.name = name;
                    c.kind = Campaign::Kind::ConsentRequest;
                    c.audienceId = store.audienceId(import.audienceName);
                    c.message = kRequest;
                    c.footer = kFooter;
                    c.providerId = store.providerId(QStringLiteral("Sandbox (démo)"));
                    QVERIFY(store.create(&c));
                    QVERIFY(store.setState(&c, Campaign::State::Approved));
                    QVERIFY(store.setState(&c, Campaign::State::Sending));
                    sendAll(db, c,
                            random.bounded(3) == 0 ? SubmitOutcome::Unknown
                                                   : SubmitOutcome::Accepted);
                    break;
                }
                case 3: { // a campaign message, to an own audience (no gate) or a rented one
                    CampaignStore store(&db);
                    if (store.audienceId(import.audienceName) <= 0)
                        QVERIFY(AudienceImporter(&db).run(import).ok);
                    const qint64 audienceId = store.audienceId(import.audienceName);
                    if (random.bounded(2))
                        QVERIFY(Ledger(&db).setOwnProof(audienceId, QStringLiteral("Formulaire"),
                                                        QStringLiteral("test")));
                    Campaign c;
                    c.name = name;
                    c.audienceId = audienceId;
                    c.message = QStringLiteral("Réunion jeudi");
                    c.footer = kFooter;
                    c.providerId = store.providerId(QStringLiteral("Sandbox (démo)"));
                    QVERIFY(store.create(&c));
                    QVERIFY(store.setState(&c, Campaign::State::Approved));
                    QVERIFY(store.setState(&c, Campaign::State::Sending));
                    sendAll(db, c);
                    break;
                }
                case 4: // everyone answers yes, the STOP number too
                    for (int n = 0; n < 30; ++n)
                        QVERIFY(reply(db, QStringLiteral("+336123456%1").arg(10 + n),
                                      QStringLiteral("OUI")));
                    break;
                case 5: { // an administrator tries to override the STOP
                    Ledger::Record r;
                    r.phone = stopped;
                    r.event = Ledger::Event::Override;
                    r.state = QStringLiteral("granted");
                    r.actor = QStringLiteral("admin");
                    QVERIFY(Ledger(&db).append(r));
                    break;
                }
                case 6: { // queued messages left by earlier campaigns are retried
                    QSqlQuery sending(db.connection());
                    QVERIFY(sending.exec(QStringLiteral("SELECT id FROM campaigns WHERE state = "
                                                        "'sending'")));
                    QList<qint64> ids;
                    while (sending.next())
                        ids.append(sending.value(0).toLongLong());
                    for (qint64 id : std::as_const(ids)) {
                        const std::optional<Campaign> c = CampaignStore(&db).find(id);
                        QVERIFY(c);
                        sendAll(db, *c);
                    }
                    break;
                }
                }
                if (step < 1)
                    continue;
                QCOMPARE(Ledger(&db).state(stopped), QStringLiteral("opted_out"));
                // Nothing for the STOP number ever left the outbox after the STOP.
                QCOMPARE(scalar(db,
                                QStringLiteral("SELECT COUNT(*) FROM messages WHERE phone = "
                                               "'%1' AND state NOT IN ('queued', "
                                               "'cancelled')")
                                    .arg(stopped))
                             .toInt(),
                         0);
            }
            db.closeThreadConnection();
        }
    }
}

void tst_ConsentFlow::historyInRecordingOrder()
{
    // A reply carries the provider's time, to the second (Kannel's %t): it may fall before the
    // request it answers. The history still shows the question before the answer.
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QVERIFY(db.openAndMigrate());
    QVERIFY(loadRentedDemo(db, 3));
    const Campaign request =
        startCampaign(db, QStringLiteral("Demande"), Campaign::Kind::ConsentRequest, kRequest);
    QVERIFY(request.id > 0);
    const QStringList asked = sendAll(db, request);
    QCOMPARE(asked.size(), 3);
    InboundMessage message;
    message.from = asked.at(0);
    message.text = QStringLiteral("OUI");
    message.at = QDateTime::currentDateTimeUtc().addSecs(-1);
    QString error;
    QVERIFY2(Receipts(&db).recordInbound(0, {message}, &error), qPrintable(error));
    Ledger ledger(&db);
    QCOMPARE(ledger.state(asked.at(0)), QStringLiteral("granted"));
    QCOMPARE(events(ledger, asked.at(0)),
             (QStringList {QStringLiteral("requested"), QStringLiteral("granted")}));
    QVERIFY(ledger.history(asked.at(0)).constLast().at < ledger.history(asked.at(0)).first().at);
}

QTEST_GUILESS_MAIN(tst_ConsentFlow)
#include "tst_consentflow.moc"
