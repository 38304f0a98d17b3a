// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignstore.h"
#include "campaign/recipientquery.h"
#include "sending/outbox.h"
#include "sending/sandboxprovider.h"
#include "storage/database.h"
#include "support/sendingfixtures.h"
#include "support/testdatabase.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace Sending;

class tst_Outbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holidays();
    void window();
    void enqueueIdempotent_data() { addBackendRows(); }
    void enqueueIdempotent();
    void claimRechecks_data() { addBackendRows(); }
    void claimRechecks();
    void recordAndBackoff_data() { addBackendRows(); }
    void recordAndBackoff();
    void accountErrorKeepsMessagesQueued_data() { addBackendRows(); }
    void accountErrorKeepsMessagesQueued();
    void awaitingReport_data() { addBackendRows(); }
    void awaitingReport();
    void recovery_data() { addBackendRows(); }
    void recovery();
    void claimExclusive_data() { addBackendRows(); }
    void claimExclusive();
};

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

bool exec(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql);
}

// Demo data, an always-open window and a campaign in "sending" to `contacts` recipients.
Campaign sendingCampaign(Database &db, int contacts)
{
    if (!SendingFixtures::loadDemoForSending(&db, contacts))
        return {};
    Campaign c = SendingFixtures::approvedDemoCampaign(
        &db, QStringLiteral("Relance"),
        QStringLiteral("Bonjour {prenom|Madame, Monsieur}, votez !"),
        QStringLiteral("Sandbox (démo)"), QStringLiteral("Élection de démonstration 2027"));
    if (c.id == 0 || !CampaignStore(&db).setState(&c, Campaign::State::Sending))
        return {};
    return c;
}

const QDateTime kMonday(QDate(2026, 11, 30), QTime(10, 0), QTimeZone("Europe/Paris"));

} // namespace

void tst_Outbox::holidays()
{
    QVERIFY(Outbox::isPublicHoliday(QDate(2027, 3, 29))); // Easter Monday 2027
    QVERIFY(Outbox::isPublicHoliday(QDate(2027, 5, 6))); // Ascension
    QVERIFY(Outbox::isPublicHoliday(QDate(2027, 5, 17))); // Whit Monday
    QVERIFY(Outbox::isPublicHoliday(QDate(2026, 7, 14)));
    QVERIFY(!Outbox::isPublicHoliday(QDate(2026, 12, 26)));
    QVERIFY(Outbox::isPublicHoliday(QDate(2026, 12, 26), true));
    QVERIFY(Outbox::isPublicHoliday(QDate(2027, 3, 26), true)); // Good Friday, Alsace-Moselle
    QVERIFY(!Outbox::isPublicHoliday(QDate(2027, 3, 26)));
}

void tst_Outbox::window()
{
    const Outbox::Window window; // 8h-20h Paris, Monday-Saturday, no holidays
    const QTimeZone paris("Europe/Paris");
    QVERIFY(window.allows(kMonday));
    QVERIFY(!window.allows(QDateTime(QDate(2026, 11, 30), QTime(7, 59), paris)));
    QVERIFY(!window.allows(QDateTime(QDate(2026, 11, 30), QTime(20, 0), paris)));
    QVERIFY(!window.allows(QDateTime(QDate(2026, 11, 29), QTime(10, 0), paris))); // Sunday
    QVERIFY(!window.allows(QDateTime(QDate(2026, 11, 11), QTime(10, 0), paris))); // 11 Nov
    QCOMPARE(window.nextOpening(QDateTime(QDate(2026, 11, 28), QTime(21, 0), paris)),
             QDateTime(QDate(2026, 11, 30), QTime(8, 0), paris).toUTC());
}

void tst_Outbox::enqueueIdempotent()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const Campaign c = sendingCampaign(db, 120);
    QVERIFY(c.id > 0);
    const qint64 recipients =
        RecipientQuery(&db, c.audienceId, c.segment, c.consentPurpose()).count();
    QVERIFY(recipients > 100);

    Outbox outbox(&db);
    Outbox::EnqueueResult refused = outbox.enqueue(c, 0);
    QVERIFY(!refused.ok);
    QVERIFY(refused.errorString.contains(QLatin1String("at most 0")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages")).toLongLong(), 0);

    Outbox::EnqueueResult first = outbox.enqueue(c, 6);
    QVERIFY2(first.ok, qPrintable(first.errorString));
    QCOMPARE(first.added, recipients);
    Outbox::EnqueueResult second = outbox.enqueue(c, 6);
    QVERIFY2(second.ok, qPrintable(second.errorString));
    QCOMPARE(second.added, 0);
    QCOMPARE(second.total, recipients);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(DISTINCT client_ref) FROM messages")).toLongLong(),
        recipients);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM messages WHERE body LIKE "
                                   "'Bonjour %, votez !\nCamille Martin 2027 - STOP au "
                                   "36105' AND parts >= 1 AND state = 'queued'"))
                 .toLongLong(),
             recipients);
    QCOMPARE(outbox.counts(c.id).queued, recipients);
}

void tst_Outbox::claimRechecks()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    Campaign c = sendingCampaign(db, 40);
    QVERIFY(c.id > 0);
    Outbox outbox(&db);
    QVERIFY(outbox.enqueue(c, 6).ok);
    const QString first = scalar(db,
                                 QStringLiteral("SELECT phone FROM messages ORDER BY id "
                                                "LIMIT 1"))
                              .toString();
    const QString second = scalar(db,
                                  QStringLiteral("SELECT phone FROM messages ORDER BY id "
                                                 "LIMIT 1 OFFSET 1"))
                               .toString();
    // A STOP and a refusal arrive after the enqueue.
    QVERIFY(exec(db,
                 QStringLiteral("INSERT INTO suppressions (phone, reason, added_at) VALUES "
                                "('%1', 'stop_reply', 0)")
                     .arg(first)));
    QVERIFY(exec(db,
                 QStringLiteral("INSERT INTO consent_states (phone, state, changed_at) "
                                "VALUES ('%1', 'refused', 0)")
                     .arg(second)));

    // Electoral silence: the day before the first round (14 March 2027) and the day itself
    // until 20:00; nothing is claimed or changed.
    const QTimeZone paris("Europe/Paris");
    Outbox::Claim silence = outbox.claim(c.id, 10, QStringLiteral("a"),
                                         QDateTime(QDate(2027, 3, 13), QTime(0, 0), paris));
    QVERIFY(silence.ok);
    QCOMPARE(silence.block, Outbox::Block::Silence);
    QCOMPARE(silence.blockedUntil, QDateTime(QDate(2027, 3, 14), QTime(20, 0), paris).toUTC());
    QCOMPARE(outbox
                 .claim(c.id, 10, QStringLiteral("a"),
                        QDateTime(QDate(2027, 3, 21), QTime(19, 59), paris))
                 .block,
             Outbox::Block::Silence);
    QVERIFY(
        !Outbox::isSilence(&db, c.electionId, QDateTime(QDate(2027, 3, 12), QTime(23, 59), paris)));
    QVERIFY(
        !Outbox::isSilence(&db, c.electionId, QDateTime(QDate(2027, 3, 14), QTime(20, 0), paris)));

    // Sending window (default): a Sunday is refused.
    Outbox::Window::load(&db); // default-constructible round trip
    Outbox::Window strict;
    QVERIFY(strict.save(&db, QStringLiteral("test")));
    Outbox::Claim sunday = outbox.claim(c.id, 10, QStringLiteral("a"),
                                        QDateTime(QDate(2026, 11, 29), QTime(10, 0), paris));
    QCOMPARE(sunday.block, Outbox::Block::Window);
    QCOMPARE(sunday.blockedUntil, QDateTime(QDate(2026, 11, 30), QTime(8, 0), paris).toUTC());

    // Suppressed and refused numbers are cancelled at the claim, the others go out.
    Outbox::Claim monday = outbox.claim(c.id, 10, QStringLiteral("a"), kMonday);
    QVERIFY2(monday.ok, qPrintable(monday.errorString));
    QCOMPARE(monday.block, Outbox::Block::None);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT error_code FROM messages WHERE phone = '%1'").arg(first))
            .toString(),
        QStringLiteral("suppressed"));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT error_code FROM messages WHERE phone = '%1'").arg(second))
            .toString(),
        QStringLiteral("consent"));
    QCOMPARE(monday.cancelled + monday.messages.size(), 10);
    QCOMPARE(monday.messages.size(), 10 - monday.cancelled);
    for (const OutgoingMessage &m : std::as_const(monday.messages)) {
        QVERIFY(m.phone != first && m.phone != second);
        QCOMPARE(m.sender, QStringLiteral("CMartin2027"));
    }
    QCOMPARE(outbox.counts(c.id).submitting, monday.messages.size());

    // Budget: the demo plan has no exact price, so each part reserves the maximum (30,000 mc).
    QVERIFY(exec(db,
                 QStringLiteral("UPDATE campaigns SET budget_cap_mc = %1 WHERE id = %2")
                     .arg(outbox.counts(c.id).costMc + 3 * 30000)
                     .arg(c.id)));
    Outbox::Claim budget = outbox.claim(c.id, 5, QStringLiteral("a"), kMonday);
    QVERIFY(budget.ok);
    QCOMPARE(budget.messages.size(), 3);
    QVERIFY(budget.budgetReached);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM messages WHERE error_code = "
                                   "'budget'"))
                 .toInt(),
             2);

    // A paused campaign claims nothing.
    CampaignStore store(&db);
    QVERIFY(store.setState(&c, Campaign::State::Paused));
    QCOMPARE(outbox.claim(c.id, 5, QStringLiteral("a"), kMonday).block, Outbox::Block::NotSending);
}

void tst_Outbox::recordAndBackoff()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const Campaign c = sendingCampaign(db, 20);
    QVERIFY(c.id > 0);
    Outbox::Options options;
    options.maxAttempts = 2;
    Outbox outbox(&db, options);
    QVERIFY(outbox.enqueue(c, 6).ok);
    Outbox::Claim claim = outbox.claim(c.id, 4, QStringLiteral("a"));
    QCOMPARE(claim.messages.size(), 4);

    QList<SubmitResult> results(4);
    for (int i = 0; i < 4; ++i)
        results[i].messageId = claim.messages.at(i).id;
    results[0].outcome = SubmitOutcome::Accepted;
    results[0].providerMessageId = QStringLiteral("P0");
    results[0].costMc = 12345;
    results[1].outcome = SubmitOutcome::Retry;
    results[1].retryAfterMs = 60000;
    results[2].outcome = SubmitOutcome::Failed;
    results[2].optedOut = true;
    results[2].errorCode = QStringLiteral("21610");
    results[3].outcome = SubmitOutcome::Unknown;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(outbox.record(results, &error), qPrintable(error));

    const auto state = [&](int i) {
        return scalar(db,
                      QStringLiteral("SELECT state FROM messages WHERE id = %1")
                          .arg(results[i].messageId))
            .toString();
    };
    QCOMPARE(state(0), QStringLiteral("accepted"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT cost_mc FROM messages WHERE provider_message_id "
                                   "= 'P0'"))
                 .toLongLong(),
             12345);
    QCOMPARE(state(1), QStringLiteral("queued"));
    const qint64 next = scalar(db,
                               QStringLiteral("SELECT next_attempt_at FROM messages WHERE "
                                              "id = %1")
                                   .arg(results[1].messageId))
                            .toLongLong();
    QVERIFY(next >= before + 60000);
    QCOMPARE(state(2), QStringLiteral("failed"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT reason FROM suppressions WHERE phone = '%1'")
                        .arg(claim.messages.at(2).phone))
                 .toString(),
             QStringLiteral("provider_stop"));
    QCOMPARE(state(3), QStringLiteral("unknown"));

    // Unknown is never claimed again; the retry waits for its time, then fails at the cap.
    Outbox::Claim again = outbox.claim(c.id, 100, QStringLiteral("a"));
    for (const OutgoingMessage &m : std::as_const(again.messages))
        QVERIFY(m.id != results[1].messageId && m.id != results[3].messageId);
    Outbox::Claim later =
        outbox.claim(c.id, 100, QStringLiteral("a"), QDateTime::currentDateTimeUtc().addSecs(3600));
    QCOMPARE(later.messages.size(), 1);
    QCOMPARE(later.messages.at(0).id, results[1].messageId);
    SubmitResult retry = results[1];
    retry.retryAfterMs = -1;
    QVERIFY(outbox.record({retry}));
    QCOMPARE(state(1), QStringLiteral("failed"));

    // Backoff grows and stays within [full/2, full].
    for (int attempts = 1; attempts <= 4; ++attempts) {
        const int full = options.baseBackoffMs << (attempts - 1);
        const int delay = outbox.backoffMs(attempts, -1);
        QVERIFY(delay >= full / 2 && delay <= full);
    }
    QCOMPARE(outbox.backoffMs(30, -1) <= options.maxBackoffMs, true);
}

void tst_Outbox::accountErrorKeepsMessagesQueued()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const Campaign c = sendingCampaign(db, 5);
    QVERIFY(c.id > 0);
    Outbox::Options options;
    options.maxAttempts = 2;
    Outbox outbox(&db, options);
    QVERIFY(outbox.enqueue(c, 6).ok);
    // Refused three times for the account (more than maxAttempts): the message is still queued,
    // due at once, and none of those attempts counts against it.
    qint64 id = 0;
    for (int round = 0; round < 3; ++round) {
        const Outbox::Claim claim = outbox.claim(c.id, 1, QStringLiteral("a"));
        QCOMPARE(claim.messages.size(), 1);
        QVERIFY(id == 0 || claim.messages.at(0).id == id);
        id = claim.messages.at(0).id;
        SubmitResult result;
        result.messageId = id;
        result.outcome = SubmitOutcome::Retry;
        result.accountError = true;
        result.errorCode = QStringLiteral("20003");
        result.errorText = QStringLiteral("Authenticate");
        QVERIFY2(outbox.record({result}, &error), qPrintable(error));
    }
    const QString row = QStringLiteral("FROM messages WHERE id = %1").arg(id);
    QCOMPARE(scalar(db, QStringLiteral("SELECT state ") + row).toString(),
             QStringLiteral("queued"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT attempts ") + row).toInt(), 0);
    QVERIFY(scalar(db, QStringLiteral("SELECT next_attempt_at ") + row).isNull());
    QCOMPARE(scalar(db, QStringLiteral("SELECT error_code ") + row).toString(),
             QStringLiteral("20003"));
    QCOMPARE(outbox.counts(c.id).failed, 0);
}

void tst_Outbox::awaitingReport()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const Campaign c = sendingCampaign(db, 10);
    QVERIFY(c.id > 0);
    Outbox outbox(&db);
    QVERIFY(outbox.enqueue(c, 6).ok);
    const Outbox::Claim claim = outbox.claim(c.id, 4, QStringLiteral("a"));
    QCOMPARE(claim.messages.size(), 4);
    QList<SubmitResult> results(4);
    for (int i = 0; i < 4; ++i) {
        results[i].messageId = claim.messages.at(i).id;
        results[i].outcome = SubmitOutcome::Accepted;
        results[i].providerMessageId = QStringLiteral("SM%1").arg(i);
    }
    results[3].outcome = SubmitOutcome::Failed; // final: never asked about
    QVERIFY2(outbox.record(results, &error), qPrintable(error));
    QVERIFY(exec(db,
                 QStringLiteral("UPDATE messages SET state = 'delivered' WHERE id = %1")
                     .arg(results[2].messageId)));

    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
    QList<OutgoingMessage> due = outbox.awaitingReport(c.id, later, 0, 10);
    QCOMPARE(due.size(), 2); // the two accepted ones, in id order
    QCOMPARE(due.at(0).id, results[0].messageId);
    QCOMPARE(due.at(0).providerMessageId, QStringLiteral("SM0"));
    QCOMPARE(due.at(0).clientRef, claim.messages.at(0).clientRef);
    QCOMPARE(due.at(1).id, results[1].messageId);
    // Paged by id; nothing accepted after the given time.
    due = outbox.awaitingReport(c.id, later, results[0].messageId, 10);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).id, results[1].messageId);
    QCOMPARE(outbox.awaitingReport(c.id, later, 0, 1).size(), 1);
    QVERIFY(
        outbox.awaitingReport(c.id, QDateTime::currentDateTimeUtc().addSecs(-60), 0, 10).isEmpty());
}

void tst_Outbox::recovery()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const Campaign c = sendingCampaign(db, 20);
    QVERIFY(c.id > 0);
    Outbox outbox(&db);
    QVERIFY(outbox.enqueue(c, 6).ok);

    // Without a provider that can tell: "unknown", for a human.
    Outbox::Claim crashed = outbox.claim(c.id, 3, QStringLiteral("a"));
    QCOMPARE(crashed.messages.size(), 3);
    QCOMPARE(outbox.stranded(c.id, QStringLiteral("b")).size(), 0);
    int stranded = -1;
    outbox.recover(c.id, QStringLiteral("a"), nullptr, [&](int n, bool ok) {
        QVERIFY(ok);
        stranded = n;
    });
    QCOMPARE(stranded, 3);
    QCOMPARE(outbox.counts(c.id).unknown, 3);

    // The sandbox with a submission log can tell: taken -> accepted, not taken -> queued.
    QTemporaryDir dir;
    ProviderConfig config;
    config.kind = QStringLiteral("sandbox");
    config.options.insert(QStringLiteral("submission_log"), dir.filePath(QStringLiteral("log")));
    SandboxProvider sandbox(config);
    Outbox::Claim second = outbox.claim(c.id, 2, QStringLiteral("a"));
    QCOMPARE(second.messages.size(), 2);
    bool submitted = false;
    sandbox.submit({second.messages.at(0)}, [&](const QList<SubmitResult> &) { submitted = true; });
    QTRY_VERIFY(submitted); // the answer is lost, as in a crash
    stranded = -1;
    outbox.recover(c.id, QStringLiteral("a"), &sandbox, [&](int n, bool ok) {
        QVERIFY(ok);
        stranded = n;
    });
    QTRY_COMPARE(stranded, 2);
    const auto state = [&](qint64 id) {
        return scalar(db, QStringLiteral("SELECT state FROM messages WHERE id = %1").arg(id))
            .toString();
    };
    QCOMPARE(state(second.messages.at(0).id), QStringLiteral("accepted"));
    QCOMPARE(state(second.messages.at(1).id), QStringLiteral("queued"));
}

void tst_Outbox::claimExclusive()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const Campaign c = sendingCampaign(db, 400);
    QVERIFY(c.id > 0);
    QVERIFY(Outbox(&db).enqueue(c, 6).ok);
    const qint64 total = Outbox(&db).counts(c.id).queued;

    // Two senders, each with its own connection, claim until nothing is left.
    QList<qint64> claimed[2];
    QString errors[2];
    std::unique_ptr<QThread> threads[2];
    for (int t = 0; t < 2; ++t) {
        threads[t].reset(QThread::create([&, t]() {
            Outbox outbox(&db);
            const QString instance = QStringLiteral("instance-%1").arg(t);
            for (;;) {
                const Outbox::Claim claim = outbox.claim(c.id, 7, instance);
                if (!claim.ok) {
                    errors[t] = claim.errorString;
                    break;
                }
                if (claim.messages.isEmpty())
                    break;
                for (const OutgoingMessage &m : claim.messages)
                    claimed[t].append(m.id);
            }
            db.closeThreadConnection();
        }));
        threads[t]->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
    QSet<qint64> all;
    for (const auto &list : claimed) {
        for (qint64 id : list) {
            QVERIFY2(!all.contains(id), "a message was claimed twice");
            all.insert(id);
        }
    }
    QCOMPARE(qint64(all.size()), total);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM messages WHERE attempts = 1 AND "
                                   "state = 'submitting'"))
                 .toLongLong(),
             total);
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
