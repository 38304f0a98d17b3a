// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignstore.h"
#include "consent/consentgate.h"
#include "consent/stopconfirmation.h"
#include "sending/outbox.h"
#include "sending/receipts.h"
#include "sending/stopconfirmationsender.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/sendingfixtures.h"
#include "support/testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Sending;

// The optional message confirming a STOP: off by default; when on, one per number and provider,
// ever, let through to the suppressed number only, and sent without anyone pressing Send.
class tst_StopConfirmation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offByDefault_data() { addBackendRows(); }
    void offByDefault();
    void oneConfirmationPerNumber_data() { addBackendRows(); }
    void oneConfirmationPerNumber();
    void claimIsTheInverseOfTheGate_data() { addBackendRows(); }
    void claimIsTheInverseOfTheGate();
    void sentOnceWithoutAHuman_data() { addBackendRows(); }
    void sentOnceWithoutAHuman();
};

namespace {

const QString kSandbox = QStringLiteral("Sandbox (démo)");

QStringList phones(Database &db, int limit)
{
    QStringList list;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT phone FROM contacts ORDER BY id LIMIT %1").arg(limit));
    while (query.next())
        list.append(query.value(0).toString());
    return list;
}

bool turnOn(Database &db)
{
    Consent::Settings settings = Consent::Settings::load(&db);
    settings.stopConfirmation = true;
    return settings.save(&db);
}

// The demo audience and a campaign to it in the outbox, sending, nothing claimed yet.
Campaign queuedCampaign(Database &db, int contacts)
{
    if (!SendingFixtures::loadDemoForSending(&db, contacts))
        return {};
    Campaign c = SendingFixtures::approvedDemoCampaign(&db, QStringLiteral("Relance"),
                                                       QStringLiteral("Réunion jeudi."));
    if (c.id == 0 || !CampaignStore(&db).setState(&c, Campaign::State::Sending)
        || Outbox(&db).enqueue(c, 6).added != contacts)
        return {};
    return c;
}

bool reply(Database &db, const QString &from, const QString &text)
{
    InboundMessage message;
    message.from = from;
    message.text = text;
    message.at = QDateTime::currentDateTimeUtc();
    QString error;
    const bool ok =
        Receipts(&db).recordInbound(CampaignStore(&db).providerId(kSandbox), {message}, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

qint64 confirmations(Database &db, const QString &phone = QString())
{
    return queryScalar(db,
                       QStringLiteral("SELECT COUNT(*) FROM messages m JOIN campaigns c ON c.id = "
                                      "m.campaign_id WHERE c.system_kind = 'stop_confirmation'%1")
                           .arg(phone.isEmpty() ? QString()
                                                : QStringLiteral(" AND m.phone = '%1'").arg(phone)))
        .toLongLong();
}

qint64 confirmationCampaign(Database &db)
{
    return queryScalar(db,
                       QStringLiteral("SELECT id FROM campaigns WHERE system_kind = "
                                      "'stop_confirmation'"))
        .toLongLong();
}

} // namespace

void tst_StopConfirmation::offByDefault()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(queuedCampaign(db, 5).id > 0);
    QVERIFY(!Consent::Settings::load(&db).stopConfirmation);
    const QString phone = phones(db, 1).value(0);
    QVERIFY(reply(db, phone, QStringLiteral("STOP")));
    QCOMPARE(
        queryScalar(
            db, QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE phone = '%1'").arg(phone))
            .toLongLong(),
        1);
    QCOMPARE(confirmations(db), 0);
    QCOMPARE(confirmationCampaign(db), 0);
}

void tst_StopConfirmation::oneConfirmationPerNumber()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const Campaign campaign = queuedCampaign(db, 5);
    QVERIFY(campaign.id > 0);
    QVERIFY(turnOn(db));
    const QStringList numbers = phones(db, 2);

    // The provider refuses the message to the second number: it objected (STOP by the operator).
    Outbox outbox(&db);
    const Outbox::Claim claim = outbox.claim(campaign.id, 10, QStringLiteral("t"));
    QVERIFY(claim.ok);
    QCOMPARE(claim.messages.size(), 5);
    QList<SubmitResult> results;
    for (const OutgoingMessage &m : claim.messages) {
        SubmitResult r;
        r.messageId = m.id;
        r.outcome = m.phone == numbers.at(1) ? SubmitOutcome::Failed : SubmitOutcome::Accepted;
        r.optedOut = m.phone == numbers.at(1);
        r.errorCode = r.optedOut ? QStringLiteral("21610") : QString();
        r.providerMessageId = QStringLiteral("P-") + m.clientRef;
        results.append(r);
    }
    QVERIFY2(outbox.record(results, &error), qPrintable(error));
    QCOMPARE(confirmations(db, numbers.at(1)), 1);

    // A STOP reply queues one; a second STOP of the same number none.
    QVERIFY(reply(db, numbers.at(0), QStringLiteral("STOP")));
    QCOMPARE(confirmations(db, numbers.at(0)), 1);
    QVERIFY(reply(db, numbers.at(0), QStringLiteral("stop svp")));
    QCOMPARE(confirmations(db, numbers.at(0)), 1);
    QCOMPARE(confirmations(db), 2);

    // One campaign for the provider, ready to send, with the text and no footer.
    CampaignStore store(&db);
    const std::optional<Campaign> system = store.find(confirmationCampaign(db));
    QVERIFY(system);
    QCOMPARE(system->name, QStringLiteral("Confirmations STOP — Sandbox (démo)"));
    QCOMPARE(system->systemKind, Consent::StopConfirmation::systemKind());
    QCOMPARE(system->state, Campaign::State::Sending);
    QCOMPARE(system->providerId, store.providerId(kSandbox));
    QVERIFY(system->footer.isEmpty());
    QCOMPARE(queryScalar(db,
                         QStringLiteral("SELECT body FROM messages WHERE campaign_id = %1 AND "
                                        "phone = '%2'")
                             .arg(system->id)
                             .arg(numbers.at(0)))
                 .toString(),
             Consent::Settings::defaultStopConfirmationText());
    QCOMPARE(queryScalar(db,
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE object_type = "
                                        "'campaign' AND object_id = %1")
                             .arg(system->id))
                 .toLongLong(),
             1);
}

void tst_StopConfirmation::claimIsTheInverseOfTheGate()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const Campaign campaign = queuedCampaign(db, 5);
    QVERIFY(campaign.id > 0);
    QVERIFY(turnOn(db));
    const QStringList numbers = phones(db, 2);
    QVERIFY(reply(db, numbers.at(0), QStringLiteral("STOP")));
    // A confirmation queued to a number that is not suppressed (it never is in practice) is
    // not sent.
    {
        Transaction transaction(db.connection(), Transaction::Mode::Immediate);
        QVERIFY(Consent::StopConfirmation::queue(&db, numbers.at(1),
                                                 CampaignStore(&db).providerId(kSandbox), &error));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(confirmations(db), 2);

    Outbox outbox(&db);
    const Outbox::Claim confirm = outbox.claim(confirmationCampaign(db), 10, QStringLiteral("t"));
    QVERIFY2(confirm.ok, qPrintable(confirm.errorString));
    QCOMPARE(confirm.messages.size(), 1);
    QCOMPARE(confirm.messages.at(0).phone, numbers.at(0));
    QCOMPARE(confirm.cancelled, 1);
    QCOMPARE(queryScalar(db,
                         QStringLiteral("SELECT error_code FROM messages WHERE phone = '%1' "
                                        "AND campaign_id = %2")
                             .arg(numbers.at(1))
                             .arg(confirmationCampaign(db)))
                 .toString(),
             QStringLiteral("not_suppressed"));

    // The campaign message to the number that said STOP is still cancelled.
    const Outbox::Claim normal = outbox.claim(campaign.id, 10, QStringLiteral("t"));
    QVERIFY(normal.ok);
    QCOMPARE(normal.messages.size(), 4);
    QCOMPARE(normal.cancelled, 1);
    for (const OutgoingMessage &m : normal.messages)
        QVERIFY(m.phone != numbers.at(0));
    QCOMPARE(queryScalar(db,
                         QStringLiteral("SELECT error_code FROM messages WHERE phone = '%1' "
                                        "AND campaign_id = %2")
                             .arg(numbers.at(0))
                             .arg(campaign.id))
                 .toString(),
             Consent::Gate::verdictKey(Consent::Gate::Verdict::Suppressed));
}

void tst_StopConfirmation::sentOnceWithoutAHuman()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(queuedCampaign(db, 5).id > 0);
    QVERIFY(turnOn(db));
    const QString phone = phones(db, 1).value(0);
    QVERIFY(reply(db, phone, QStringLiteral("STOP")));
    QCOMPARE(confirmations(db, phone), 1);
    const qint64 campaignId = confirmationCampaign(db);

    {
        StopConfirmationSender sender(&db);
        QSignalSpy runs(&sender, &StopConfirmationSender::runFinished);
        QSignalSpy idle(&sender, &StopConfirmationSender::idle);
        sender.sendPending();
        QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 20000);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0).at(0).toLongLong(), campaignId);
        QCOMPARE(runs.at(0).at(1).toLongLong(), 1);
        QCOMPARE(runs.at(0).at(2).toString(), QStringLiteral("done"));

        // Another STOP of the same number, another look: nothing more is sent.
        QVERIFY(reply(db, phone, QStringLiteral("STOP")));
        sender.sendPending();
        QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 2, 20000);
        QCOMPARE(runs.size(), 1);
    }
    QCOMPARE(queryScalar(db,
                         QStringLiteral("SELECT COUNT(*) FROM messages WHERE campaign_id = %1 "
                                        "AND state IN ('accepted', 'delivered')")
                             .arg(campaignId))
                 .toLongLong(),
             1);
    QCOMPARE(
        queryScalar(
            db,
            QStringLiteral("SELECT attempts FROM messages WHERE campaign_id = %1").arg(campaignId))
            .toLongLong(),
        1);
    QCOMPARE(
        queryScalar(db, QStringLiteral("SELECT state FROM campaigns WHERE id = %1").arg(campaignId))
            .toString(),
        QStringLiteral("done"));

    // A STOP from another number opens the campaign again, and the next look sends it.
    const QString other = phones(db, 2).value(1);
    QVERIFY(reply(db, other, QStringLiteral("STOP")));
    QCOMPARE(
        queryScalar(db, QStringLiteral("SELECT state FROM campaigns WHERE id = %1").arg(campaignId))
            .toString(),
        QStringLiteral("sending"));
    StopConfirmationSender sender(&db);
    QSignalSpy runs(&sender, &StopConfirmationSender::runFinished);
    QSignalSpy idle(&sender, &StopConfirmationSender::idle);
    sender.sendPending();
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 20000);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0).at(1).toLongLong(), 1);
}

QTEST_GUILESS_MAIN(tst_StopConfirmation)
#include "tst_stopconfirmation.moc"
