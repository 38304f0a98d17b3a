// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignstore.h"
#include "consent/consentledger.h"
#include "demo/demodataloader.h"
#include "reports/campaignstats.h"
#include "sending/receipts.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// CampaignStats against a campaign whose messages, replies and opt-outs were written at known
// times, the figures computed by hand, on both backends.
class tst_CampaignStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bucketFor();
    void prefixLabel();
    void figures_data() { addBackendRows(); }
    void figures();
    void dayBucketsAcrossDst_data() { addBackendRows(); }
    void dayBucketsAcrossDst();
    void shortCampaign_data() { addBackendRows(); }
    void shortCampaign();
    void emptyCampaign_data() { addBackendRows(); }
    void emptyCampaign();
};

namespace {

const QString kDemoCampaign = QStringLiteral("Démo — Demande de consentement");
const QString kElection = QStringLiteral("Élection de démonstration 2027");

// 2026-03-10 09:00 UTC: no daylight-saving change near it.
const qint64 kT0 = QDateTime(QDate(2026, 3, 10), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
constexpr qint64 kMinute = 60 * 1000;

struct Row
{
    QString phone;
    QString state;
    int parts = 1;
    qint64 costMc = 0;
    QVariant submitted; // ms since the epoch, or null
    QVariant accepted;
    QVariant final;
};

QVariant at(qint64 offset)
{
    return QVariant(kT0 + offset);
}

const QVariant none(QMetaType(QMetaType::LongLong));

qint64 insertCampaign(Database &db, const QString &name, const QString &kind, qint64 electionId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO campaigns (name, kind, state, election_id, "
                                 "created_at, updated_at) VALUES (?, ?, 'done', ?, 0, 0)"));
    query.addBindValue(name);
    query.addBindValue(kind);
    query.addBindValue(electionId > 0 ? QVariant(electionId) : none);
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return 0;
    }
    return CampaignStore(&db).findByName(name).value_or(Campaign()).id;
}

// Inserts the rows; returns their ids in order (empty on error).
QList<qint64> insertMessages(Database &db, qint64 campaignId, const QList<Row> &rows)
{
    QList<qint64> ids;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO messages (campaign_id, phone, body, encoding, parts, state, client_ref, "
        "queued_at, submitted_at, accepted_at, final_at, cost_mc) VALUES (?, ?, 'Bonjour', "
        "'GSM-7', ?, ?, ?, ?, ?, ?, ?, ?)"));
    static int serial = 0;
    for (const Row &row : rows) {
        query.addBindValue(campaignId);
        query.addBindValue(row.phone);
        query.addBindValue(row.parts);
        query.addBindValue(row.state);
        query.addBindValue(QStringLiteral("ref-%1").arg(++serial));
        query.addBindValue(row.submitted.isNull() ? kT0 : row.submitted.toLongLong());
        query.addBindValue(row.submitted);
        query.addBindValue(row.accepted);
        query.addBindValue(row.final);
        query.addBindValue(row.costMc);
        if (!query.exec()) {
            qWarning() << query.lastError().text();
            return {};
        }
        QSqlQuery id(db.connection());
        id.prepare(QStringLiteral("SELECT id FROM messages WHERE campaign_id = ? AND phone = ?"));
        id.addBindValue(campaignId);
        id.addBindValue(row.phone);
        if (!id.exec() || !id.next())
            return {};
        ids.append(id.value(0).toLongLong());
    }
    return ids;
}

bool reply(Database &db, const QString &phone, const QString &text, qint64 offset)
{
    Sending::InboundMessage message;
    message.from = phone;
    message.text = text;
    message.at = QDateTime::fromMSecsSinceEpoch(kT0 + offset, QTimeZone::utc());
    QString error;
    const bool ok = Receipts(&db).recordInbound(0, {message}, &error);
    if (!ok)
        qWarning() << error;
    return ok;
}

} // namespace

void tst_CampaignStats::bucketFor()
{
    using B = CampaignStats::Bucket;
    QCOMPARE(CampaignStats::bucketFor(0), B::TenSeconds);
    QCOMPARE(CampaignStats::bucketFor(15 * kMinute), B::TenSeconds);
    QCOMPARE(CampaignStats::bucketFor(15 * kMinute + 1), B::Minute);
    QCOMPARE(CampaignStats::bucketFor(3 * 60 * kMinute), B::Minute);
    QCOMPARE(CampaignStats::bucketFor(3 * 60 * kMinute + 1), B::Hour);
    QCOMPARE(CampaignStats::bucketFor(4 * 24 * 60 * kMinute), B::Hour);
    QCOMPARE(CampaignStats::bucketFor(4 * 24 * 60 * kMinute + 1), B::Day);
}

void tst_CampaignStats::prefixLabel()
{
    QCOMPARE(CampaignStats::prefixLabel(QStringLiteral("0612")), QStringLiteral("06 12"));
    QCOMPARE(CampaignStats::prefixLabel(QString()), QStringLiteral("Other numbers"));
    QCOMPARE(CampaignStats::prefixLabel(QStringLiteral("*")), QStringLiteral("Other prefixes"));
}

void tst_CampaignStats::figures()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options demo;
    demo.contacts = 20;
    QVERIFY(DemoDataLoader(&db).load(demo).ok);
    CampaignStore store(&db);
    const qint64 campaignId = store.findByName(kDemoCampaign).value_or(Campaign()).id;
    const qint64 electionId = store.electionId(kElection);
    QVERIFY(campaignId > 0 && electionId > 0);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE campaigns SET budget_cap_mc = 1000000, state = "
                                      "'done' WHERE id = %1")
                           .arg(campaignId)));

    // Messages in every state; the comments give what each one counts for.
    const QList<Row> rows = {
        {QStringLiteral("+33639980001"), QStringLiteral("queued"), 1, 0, none, none, none},
        {QStringLiteral("+33639980002"), QStringLiteral("cancelled"), 1, 0, none, none,
         at(kMinute)},
        {QStringLiteral("+33639980003"), QStringLiteral("submitting"), 1, 15000, at(2 * kMinute),
         none, none},
        {QStringLiteral("+33639980004"), QStringLiteral("accepted"), 1, 15000, at(0), at(10000),
         none},
        {QStringLiteral("+33639980005"), QStringLiteral("delivered"), 1, 15000, at(0), at(10000),
         at(5 * kMinute)},
        {QStringLiteral("+33639980006"), QStringLiteral("delivered"), 2, 30000, at(kMinute),
         at(kMinute), at(30 * kMinute)},
        // refused at submission: sent, failed, no cost
        {QStringLiteral("+33639980007"), QStringLiteral("failed"), 1, 0, at(kMinute), none,
         at(kMinute)},
        {QStringLiteral("+33639980008"), QStringLiteral("failed"), 1, 15000, at(2 * kMinute),
         at(2 * kMinute), at(10 * kMinute)},
        {QStringLiteral("+33639980009"), QStringLiteral("expired"), 1, 15000, at(3 * kMinute),
         at(3 * kMinute), at(90 * kMinute)},
        {QStringLiteral("+33712345678"), QStringLiteral("unknown"), 1, 15000, at(3 * kMinute), none,
         none},
        {QStringLiteral("+32470123456"), QStringLiteral("delivered"), 1, 15000, at(3 * kMinute),
         at(3 * kMinute), at(4 * kMinute)},
        // waiting for a retry: submitted once, back in the queue, not sent
        {QStringLiteral("+33639980012"), QStringLiteral("queued"), 1, 0, at(2 * kMinute), none,
         none},
    };
    const QList<qint64> ids = insertMessages(db, campaignId, rows);
    QCOMPARE(ids.size(), rows.size());

    // Another campaign of the same election, and one of another campaign's number.
    const qint64 otherId =
        insertCampaign(db, QStringLiteral("Relance"), QStringLiteral("campaign"), electionId);
    QVERIFY(otherId > 0);
    const QList<qint64> otherIds =
        insertMessages(db, otherId,
                       {{QStringLiteral("+33639980050"), QStringLiteral("delivered"), 1, 50000,
                         at(0), at(0), at(kMinute)}});
    QCOMPARE(otherIds.size(), 1);

    // The consent requests that left, as the outbox records them.
    Consent::Ledger ledger(&db);
    const auto event = [&](int row, Consent::Ledger::Event kind, qint64 messageId) {
        Consent::Ledger::Record record;
        record.phone = rows.at(row).phone;
        record.event = kind;
        record.messageId = messageId;
        record.at = QDateTime::fromMSecsSinceEpoch(kT0, QTimeZone::utc());
        return ledger.append(record);
    };
    for (int row : {3, 4, 5, 7, 8, 10})
        QVERIFY(event(row, Consent::Ledger::Event::Requested, ids.at(row)));
    QVERIFY(event(10, Consent::Ledger::Event::Expired, 0));

    // Replies: yes, no, STOP, one to read, one from a number whose message failed (it answers
    // nothing, but came from a recipient after the message), and two that do not count.
    QVERIFY(reply(db, QStringLiteral("+33639980005"), QStringLiteral("OUI"), 20 * kMinute));
    QVERIFY(reply(db, QStringLiteral("+33639980004"), QStringLiteral("non"), 21 * kMinute));
    QVERIFY(reply(db, QStringLiteral("+33639980006"), QStringLiteral("STOP"), 40 * kMinute));
    QVERIFY(
        reply(db, QStringLiteral("+33639980009"), QStringLiteral("Qui êtes-vous ?"), 41 * kMinute));
    QVERIFY(reply(db, QStringLiteral("+33639980007"), QStringLiteral("Oui"), 42 * kMinute));
    QVERIFY(reply(db, QStringLiteral("+33639980099"), QStringLiteral("Oui"), 43 * kMinute));
    QVERIFY(reply(db, QStringLiteral("+33639980001"), QStringLiteral("non"), 44 * kMinute));
    // A STOP the provider reported for one of its messages, and one for the other campaign.
    Consent::Ledger::Record stop;
    stop.phone = rows.at(9).phone;
    stop.messageId = ids.at(9);
    stop.actor = QStringLiteral("provider");
    QVERIFY(ledger.suppress(stop, QStringLiteral("provider_stop"), QStringLiteral("provider")));
    stop.phone = QStringLiteral("+33639980050");
    stop.messageId = otherIds.at(0);
    QVERIFY(ledger.suppress(stop, QStringLiteral("provider_stop"), QStringLiteral("provider")));

    CampaignStats::Options options;
    options.maxPrefixes = 1;
    QElapsedTimer timer;
    timer.start();
    const CampaignStats stats = CampaignStats::compute(&db, campaignId, options);
    QVERIFY2(stats.ok, qPrintable(stats.errorString));
    QCOMPARE(stats.name, kDemoCampaign);
    QVERIFY(stats.isConsentRequest());
    QCOMPARE(stats.electionName, kElection);

    QCOMPARE(stats.messages, 12);
    const QMap<QString, qint64> byState = {
        {QStringLiteral("queued"), 2},     {QStringLiteral("cancelled"), 1},
        {QStringLiteral("submitting"), 1}, {QStringLiteral("accepted"), 1},
        {QStringLiteral("delivered"), 3},  {QStringLiteral("failed"), 2},
        {QStringLiteral("expired"), 1},    {QStringLiteral("unknown"), 1}};
    QCOMPARE(stats.byState, byState);
    QCOMPARE(stats.sent, 9);
    QCOMPARE(stats.sentParts, 10);
    QCOMPARE(stats.firstSent.toMSecsSinceEpoch(), kT0);
    QCOMPARE(stats.lastActivity.toMSecsSinceEpoch(), kT0 + 90 * kMinute);

    // Timeline: minutes (90 minutes of span), every minute from the first to the last.
    const CampaignStats::Timeline &t = stats.timeline;
    QCOMPARE(t.bucket, CampaignStats::Bucket::Minute);
    QCOMPARE(t.starts.size(), 91);
    QCOMPARE(t.starts.first().toMSecsSinceEpoch(), kT0);
    QCOMPARE(t.starts.last().toMSecsSinceEpoch(), kT0 + 90 * kMinute);
    using S = CampaignStats::Series;
    QCOMPARE(t.perBucket[S::Sent].mid(0, 5), (QList<qint64> {2, 2, 2, 3, 0}));
    QCOMPARE(t.cumulative[S::Sent].last(), 9);
    QCOMPARE(t.perBucket[S::Accepted].mid(0, 4), (QList<qint64> {2, 1, 1, 2}));
    QCOMPARE(t.cumulative[S::Accepted].last(), 6);
    QCOMPARE(t.cumulative[S::Delivered].at(3), 0);
    QCOMPARE(t.cumulative[S::Delivered].at(4), 1);
    QCOMPARE(t.cumulative[S::Delivered].at(5), 2);
    QCOMPARE(t.cumulative[S::Delivered].at(29), 2);
    QCOMPARE(t.cumulative[S::Delivered].at(30), 3);
    QCOMPARE(t.cumulative[S::Failed].at(0), 0);
    QCOMPARE(t.cumulative[S::Failed].at(1), 1);
    QCOMPARE(t.cumulative[S::Failed].at(10), 2);
    QCOMPARE(t.cumulative[S::Expired].at(89), 0);
    QCOMPARE(t.cumulative[S::Expired].at(90), 1);

    // Replies and opt-outs attributed to this campaign only.
    QCOMPARE(stats.replies, 5);
    QCOMPARE(stats.repliesByKind.value(QStringLiteral("yes")), 2);
    QCOMPARE(stats.repliesByKind.value(QStringLiteral("no")), 1);
    QCOMPARE(stats.repliesByKind.value(QStringLiteral("stop")), 1);
    QCOMPARE(stats.repliesByKind.value(QStringLiteral("ambiguous")), 1);
    QCOMPARE(stats.repliesToReview, 1);
    QCOMPARE(stats.optOuts, 2);

    // Cost: what the messages hold, against the cap and the election's ceiling.
    QCOMPARE(stats.costMc, 7 * 15000 + 30000);
    QVERIFY(stats.budget.ok);
    QCOMPARE(stats.budget.campaign.capMc, 1000000);
    QCOMPARE(stats.budget.campaign.spentMc, 135000);
    QCOMPARE(stats.budget.election.capMc, qint64(50000) * 100000);
    // The election's ceiling against spending including VAT (20 %), as the outbox checks it.
    QCOMPARE(stats.budget.election.spentMc, 162000 + 60000);
    const BudgetCheck reference = BudgetCheck::check(&db, campaignId, 0);
    QVERIFY(reference.ok);
    QCOMPARE(stats.budget.election.spentMc, reference.election.spentMc);
    QCOMPARE(stats.budget.campaign.spentMc, reference.campaign.spentMc);
    QCOMPARE(stats.budget.vatBasisPoints, reference.vatBasisPoints);

    // By prefix: 06 39 (7 sent), the rest of the French mobiles, then the foreign number.
    QCOMPARE(stats.byPrefix.size(), 3);
    const CampaignStats::PrefixRow &p0639 = stats.byPrefix.at(0);
    QCOMPARE(p0639.prefix, QStringLiteral("0639"));
    QCOMPARE(p0639.sent, 7);
    QCOMPARE(p0639.delivered, 2);
    QCOMPARE(p0639.failed, 2);
    QCOMPARE(p0639.expired, 1);
    QCOMPARE(p0639.pending, 2);
    QCOMPARE(p0639.deliveryRate(), 2.0 / 7.0);
    QCOMPARE(stats.byPrefix.at(1).prefix, QStringLiteral("*"));
    QCOMPARE(stats.byPrefix.at(1).sent, 1);
    QCOMPARE(stats.byPrefix.at(1).pending, 1);
    QCOMPARE(stats.byPrefix.at(2).prefix, QString());
    QCOMPARE(stats.byPrefix.at(2).delivered, 1);
    const CampaignStats wide = CampaignStats::compute(&db, campaignId);
    QCOMPARE(wide.byPrefix.size(), 3);
    QCOMPARE(wide.byPrefix.at(1).prefix, QStringLiteral("0712"));

    // Consent funnel: the six numbers it reached (accepted, delivered, expired, unknown).
    const CampaignStats::ConsentFunnel &f = stats.funnel;
    QCOMPARE(f.asked, 6);
    QCOMPARE(f.yes, 1); // +…05
    QCOMPARE(f.no, 1); // +…04
    QCOMPARE(f.stop, 2); // +…06 (reply), +33 7 (provider)
    QCOMPARE(f.expired, 1); // +32
    QCOMPARE(f.awaiting, 1); // +…09 (its reply is to read)
    QCOMPARE(f.answered, 4);

    // The other campaign: no funnel, its own figures.
    const CampaignStats other = CampaignStats::compute(&db, otherId);
    QVERIFY(other.ok);
    QVERIFY(!other.isConsentRequest());
    QCOMPARE(other.funnel.asked, 0);
    QCOMPARE(other.optOuts, 1);
    QCOMPARE(other.replies, 0);
    QCOMPARE(other.costMc, 50000);
    QCOMPARE(other.budget.campaign.spentMc, 50000);
    QCOMPARE(other.budget.election.spentMc, 222000);

    // Overview: spend per campaign and per election.
    const CampaignStats::Overview overview = CampaignStats::overview(&db);
    QVERIFY2(overview.ok, qPrintable(overview.errorString));
    QCOMPARE(overview.spentMc, 185000);
    QCOMPARE(overview.campaigns.size(), 2);
    QCOMPARE(overview.campaigns.at(0).name, QStringLiteral("Relance")); // newest first
    QCOMPARE(overview.campaigns.at(1).spentMc, 135000);
    QCOMPARE(overview.campaigns.at(1).capMc, 1000000);
    QCOMPARE(overview.campaigns.at(1).messages, 12);
    QCOMPARE(overview.campaigns.at(1).sent, 9);
    QCOMPARE(overview.elections.size(), 1);
    QCOMPARE(overview.elections.at(0).name, kElection);
    QCOMPARE(overview.elections.at(0).spentMc, 222000); // including VAT
    QCOMPARE(overview.elections.at(0).campaigns, 2);

    // No such campaign: an error, not zeros.
    const CampaignStats missing = CampaignStats::compute(&db, 999999);
    QVERIFY(!missing.ok);
    QVERIFY(!missing.errorString.isEmpty());
}

void tst_CampaignStats::dayBucketsAcrossDst()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const qint64 campaignId =
        insertCampaign(db, QStringLiteral("Automne"), QStringLiteral("campaign"), 0);
    QVERIFY(campaignId > 0);
    // Paris leaves summer time on Sunday 26 October 2025 at 03:00 (UTC+2 -> UTC+1).
    const QTimeZone paris("Europe/Paris");
    const auto local = [&](int day, int hour, int minute) {
        return QVariant(
            QDateTime(QDate(2025, 10, day), QTime(hour, minute), paris).toMSecsSinceEpoch());
    };
    const QList<Row> rows = {
        {QStringLiteral("+33639980001"), QStringLiteral("delivered"), 1, 0, local(24, 10, 0),
         local(24, 10, 0), local(24, 10, 5)},
        // 25 Oct 22:30 UTC: already the 26th in Paris
        {QStringLiteral("+33639980002"), QStringLiteral("accepted"), 1, 0, local(26, 0, 30),
         local(26, 0, 30), none},
        // the 26th lasts 25 hours: 23:30 is still the 26th
        {QStringLiteral("+33639980003"), QStringLiteral("accepted"), 1, 0, local(26, 23, 30),
         local(26, 23, 30), none},
        // 22:30 UTC on the 27th: a fixed summer offset would put it on the 28th
        {QStringLiteral("+33639980004"), QStringLiteral("accepted"), 1, 0, local(27, 23, 30),
         local(27, 23, 30), none},
        {QStringLiteral("+33639980005"), QStringLiteral("accepted"), 1, 0, local(29, 12, 0),
         local(29, 12, 0), none},
    };
    QCOMPARE(insertMessages(db, campaignId, rows).size(), rows.size());
    const CampaignStats stats = CampaignStats::compute(&db, campaignId);
    QVERIFY2(stats.ok, qPrintable(stats.errorString));
    const CampaignStats::Timeline &t = stats.timeline;
    QCOMPARE(t.bucket, CampaignStats::Bucket::Day);
    QCOMPARE(t.starts.size(), 6); // 24 to 29 October
    for (int i = 0; i < t.starts.size(); ++i) {
        const QDateTime start = t.starts.at(i).toTimeZone(paris);
        QCOMPARE(start.date(), QDate(2025, 10, 24 + i));
        QCOMPARE(start.time(), QTime(0, 0));
    }
    QCOMPARE(t.starts.at(2).toMSecsSinceEpoch(),
             QDateTime(QDate(2025, 10, 25), QTime(22, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(t.starts.at(3).toMSecsSinceEpoch(),
             QDateTime(QDate(2025, 10, 26), QTime(23, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    using S = CampaignStats::Series;
    QCOMPARE(t.perBucket[S::Sent], (QList<qint64> {1, 0, 2, 1, 0, 1}));
    QCOMPARE(t.perBucket[S::Accepted], (QList<qint64> {1, 0, 2, 1, 0, 1}));
    QCOMPARE(t.cumulative[S::Sent], (QList<qint64> {1, 1, 3, 4, 4, 5}));
    QCOMPARE(t.cumulative[S::Delivered], (QList<qint64> {1, 1, 1, 1, 1, 1}));

    // Hours: the night of the change has its two 02:00-03:00 hours as two buckets.
    const QList<Row> night = {
        {QStringLiteral("+33639980011"), QStringLiteral("accepted"), 1, 0, local(26, 1, 10), none,
         none},
        {QStringLiteral("+33639980012"), QStringLiteral("accepted"), 1, 0,
         QVariant(QDateTime(QDate(2025, 10, 26), QTime(0, 20), QTimeZone::utc())
                      .toMSecsSinceEpoch()), // 02:20 summer time
         none, none},
        {QStringLiteral("+33639980013"), QStringLiteral("accepted"), 1, 0,
         QVariant(QDateTime(QDate(2025, 10, 26), QTime(1, 20), QTimeZone::utc())
                      .toMSecsSinceEpoch()), // 02:20 winter time
         none, none},
        {QStringLiteral("+33639980014"), QStringLiteral("accepted"), 1, 0, local(26, 5, 0), none,
         none},
    };
    const qint64 nightId =
        insertCampaign(db, QStringLiteral("Nuit"), QStringLiteral("campaign"), 0);
    QCOMPARE(insertMessages(db, nightId, night).size(), night.size());
    const CampaignStats hours = CampaignStats::compute(&db, nightId);
    QVERIFY2(hours.ok, qPrintable(hours.errorString));
    QCOMPARE(hours.timeline.bucket, CampaignStats::Bucket::Hour);
    // 01:00 CEST, 02:00 CEST, 02:00 CET, 03:00, 04:00, 05:00 CET: six hours.
    QCOMPARE(hours.timeline.perBucket[S::Sent], (QList<qint64> {1, 1, 1, 0, 0, 1}));
}

void tst_CampaignStats::shortCampaign()
{
    // Sent in 25 seconds, reported within 45: ten-second buckets, not one minute.
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options demo;
    demo.contacts = 20;
    QVERIFY(DemoDataLoader(&db).load(demo).ok);
    const qint64 campaignId = CampaignStore(&db).findByName(kDemoCampaign).value_or(Campaign()).id;
    const QList<Row> rows = {
        {QStringLiteral("+33612000001"), QStringLiteral("delivered"), 1, 15000, at(0), at(1000),
         at(12000)},
        {QStringLiteral("+33612000002"), QStringLiteral("delivered"), 1, 15000, at(9000), at(11000),
         at(25000)},
        {QStringLiteral("+33612000003"), QStringLiteral("failed"), 1, 15000, at(15000), at(16000),
         at(45000)},
        {QStringLiteral("+33612000004"), QStringLiteral("accepted"), 1, 15000, at(25000), at(26000),
         none},
    };
    QCOMPARE(insertMessages(db, campaignId, rows).size(), rows.size());
    const CampaignStats stats = CampaignStats::compute(&db, campaignId);
    QVERIFY2(stats.ok, qPrintable(stats.errorString));
    const CampaignStats::Timeline &t = stats.timeline;
    QCOMPARE(t.bucket, CampaignStats::Bucket::TenSeconds);
    QCOMPARE(t.starts.size(), 5); // 0, 10, 20, 30, 40 s
    QCOMPARE(t.starts.last().toMSecsSinceEpoch(), kT0 + 40000);
    using S = CampaignStats::Series;
    QCOMPARE(t.perBucket[S::Sent], (QList<qint64> {2, 1, 1, 0, 0}));
    QCOMPARE(t.perBucket[S::Accepted], (QList<qint64> {1, 2, 1, 0, 0}));
    QCOMPARE(t.perBucket[S::Delivered], (QList<qint64> {0, 1, 1, 0, 0}));
    QCOMPARE(t.cumulative[S::Failed], (QList<qint64> {0, 0, 0, 0, 1}));
    QCOMPARE(stats.lastActivity.toMSecsSinceEpoch(), kT0 + 45000);
    QCOMPARE(stats.funnel.asked, 3); // not the failure; no answer from any of them
    QCOMPARE(stats.funnel.awaiting, 3);
    QCOMPARE(stats.byPrefix.size(), 1);
    QCOMPARE(stats.byPrefix.at(0).prefix, QStringLiteral("0612"));
    QCOMPARE(stats.byPrefix.at(0).pending, 1);
}

void tst_CampaignStats::emptyCampaign()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options demo;
    demo.contacts = 20;
    QVERIFY(DemoDataLoader(&db).load(demo).ok);
    const qint64 campaignId = CampaignStore(&db).findByName(kDemoCampaign).value_or(Campaign()).id;
    const CampaignStats stats = CampaignStats::compute(&db, campaignId);
    QVERIFY2(stats.ok, qPrintable(stats.errorString));
    QCOMPARE(stats.messages, 0);
    QCOMPARE(stats.sent, 0);
    QVERIFY(stats.timeline.isEmpty());
    QVERIFY(!stats.firstSent.isValid());
    QVERIFY(stats.byPrefix.isEmpty());
    QCOMPARE(stats.funnel.asked, 0);
    QCOMPARE(stats.costMc, 0);
    const CampaignStats::Overview overview = CampaignStats::overview(&db);
    QVERIFY(overview.ok);
    QCOMPARE(overview.campaigns.size(), 1);
    QCOMPARE(overview.campaigns.at(0).spentMc, 0);
    QCOMPARE(overview.elections.size(), 1);
    QCOMPARE(overview.elections.at(0).campaigns, 1);
}

QTEST_GUILESS_MAIN(tst_CampaignStats)
#include "tst_campaignstats.moc"
