// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignstore.h"
#include "demo/demodataloader.h"
#include "sending/receipts.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Sending;

class tst_Receipts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stopKeyword_data();
    void stopKeyword();
    void reports_data() { addBackendRows(); }
    void reports();
    void inbound_data() { addBackendRows(); }
    void inbound();
};

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// A demo database with one campaign and three outbox rows in the given states.
qint64 prepare(Database &db)
{
    DemoDataLoader::Options options;
    options.contacts = 20;
    if (!DemoDataLoader(&db).load(options).ok)
        return 0;
    const std::optional<Campaign> campaign = CampaignStore(&db).list().value(0);
    if (!campaign)
        return 0;
    QSqlQuery query(db.connection());
    const QStringList rows = {
        QStringLiteral("('+33639980001', 'r-1', 'submitting', NULL)"),
        QStringLiteral("('+33639980002', 'r-2', 'accepted', 'P-2')"),
        QStringLiteral("('+33639980003', 'r-3', 'unknown', NULL)"),
    };
    for (const QString &row : rows) {
        const QString sql =
            QStringLiteral("INSERT INTO messages (campaign_id, phone, client_ref, state, "
                           "provider_message_id, body, encoding, parts, queued_at) "
                           "SELECT %1, v.* , 'Bonjour', 'GSM-7', 1, 0 FROM (SELECT %2) v")
                .arg(campaign->id)
                .arg(row.mid(1, row.size() - 2));
        if (!query.exec(sql)) {
            qWarning() << query.lastError().text() << sql;
            return 0;
        }
    }
    return campaign->id;
}

DeliveryReport report(const QString &clientRef, const QString &providerId, DeliveryStatus status)
{
    DeliveryReport r;
    r.clientRef = clientRef;
    r.providerMessageId = providerId;
    r.status = status;
    r.at = QDateTime::currentDateTimeUtc();
    r.raw = "raw";
    return r;
}

} // namespace

void tst_Receipts::stopKeyword_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("stop");
    QTest::newRow("STOP") << QStringLiteral("STOP") << true;
    QTest::newRow("stop lower") << QStringLiteral("stop") << true;
    QTest::newRow("spaces punct") << QStringLiteral("  Stop ! ") << true;
    QTest::newRow("stop sms") << QStringLiteral("STOP SMS") << true;
    QTest::newRow("stop.sms") << QStringLiteral("stop.sms") << true;
    QTest::newRow("arrêt") << QStringLiteral("Arrêt") << true;
    QTest::newRow("ARRET") << QStringLiteral("ARRET") << true;
    QTest::newRow("désabonner") << QStringLiteral("désabonner.") << true;
    QTest::newRow("unsubscribe") << QStringLiteral("Unsubscribe") << true;
    QTest::newRow("emoji") << QStringLiteral("STOP 🛑") << true;
    QTest::newRow("oui") << QStringLiteral("OUI") << false;
    QTest::newRow("sentence") << QStringLiteral("stop or not, I vote") << false;
    QTest::newRow("stopper le bruit") << QStringLiteral("ne stop pas") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("stops") << QStringLiteral("STOPS") << false;
}

void tst_Receipts::stopKeyword()
{
    QFETCH(QString, text);
    QFETCH(bool, stop);
    QCOMPARE(Receipts::isStopKeyword(text), stop);
}

void tst_Receipts::reports()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(prepare(db) > 0);
    Receipts receipts(&db);

    // By client_ref; the same report twice is stored once.
    const DeliveryReport delivered =
        report(QStringLiteral("r-1"), QStringLiteral("P-1"), DeliveryStatus::Delivered);
    QVERIFY2(receipts.recordReports(1, {delivered, delivered}, &error), qPrintable(error));
    QVERIFY2(receipts.recordReports(1, {delivered}, &error), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM messages WHERE client_ref = 'r-1'"))
                 .toString(),
             QStringLiteral("delivered"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT provider_message_id FROM messages WHERE "
                                   "client_ref = 'r-1'"))
                 .toString(),
             QStringLiteral("P-1"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM delivery_reports")).toInt(), 1);

    // A final state never goes back.
    QVERIFY(receipts.recordReports(
        1, {report(QStringLiteral("r-1"), QString(), DeliveryStatus::Failed)}, &error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM messages WHERE client_ref = 'r-1'"))
                 .toString(),
             QStringLiteral("delivered"));

    // By provider message id, with an error code.
    DeliveryReport failed = report(QString(), QStringLiteral("P-2"), DeliveryStatus::Rejected);
    failed.errorCode = QStringLiteral("21610");
    QVERIFY(receipts.recordReports(1, {failed}, &error));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT state || ':' || error_code FROM messages WHERE "
                                   "client_ref = 'r-2'"))
                 .toString(),
             QStringLiteral("failed:21610"));

    // An "accepted" report settles a message left unknown; expired is final.
    QVERIFY(receipts.recordReports(
        1, {report(QStringLiteral("r-3"), QStringLiteral("P-3"), DeliveryStatus::Accepted)},
        &error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM messages WHERE client_ref = 'r-3'"))
                 .toString(),
             QStringLiteral("accepted"));
    QVERIFY(receipts.recordReports(
        1, {report(QString(), QStringLiteral("P-3"), DeliveryStatus::Expired)}, &error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM messages WHERE client_ref = 'r-3'"))
                 .toString(),
             QStringLiteral("expired"));

    // A report for one number of a batch (Kannel) names its message by campaign and phone.
    const qint64 campaignId =
        scalar(db, QStringLiteral("SELECT campaign_id FROM messages WHERE client_ref = 'r-2'"))
            .toLongLong();
    {
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO messages (campaign_id, phone, client_ref, state, body, "
                           "encoding, parts, queued_at) VALUES (%1, '+33639980004', 'r-4', "
                           "'accepted', 'Bonjour', 'GSM-7', 1, 0)")
                .arg(campaignId)));
    }
    DeliveryReport batched = report(QString(), QString(), DeliveryStatus::Delivered);
    batched.campaignId = campaignId;
    batched.phone = QStringLiteral("+33639980004");
    QVERIFY2(receipts.recordReports(1, {batched, batched}, &error), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM messages WHERE client_ref = 'r-4'"))
                 .toString(),
             QStringLiteral("delivered"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM delivery_reports r JOIN messages m ON "
                                   "m.id = r.message_id WHERE m.client_ref = 'r-4'"))
                 .toInt(),
             1);

    // A report for a message we do not know is kept, unattached.
    QVERIFY(receipts.recordReports(
        1, {report(QStringLiteral("nope"), QStringLiteral("X"), DeliveryStatus::Delivered)},
        &error));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM delivery_reports WHERE message_id "
                                   "IS NULL"))
                 .toInt(),
             1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM delivery_reports")).toInt(), 7);
}

void tst_Receipts::inbound()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(prepare(db) > 0);
    Receipts receipts(&db);
    const qint64 suppressedBefore =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM suppressions")).toLongLong();

    InboundMessage oui;
    oui.from = QStringLiteral("+33639980002");
    oui.text = QStringLiteral("Oui");
    oui.providerMessageId = QStringLiteral("in-1");
    oui.at = QDateTime::currentDateTimeUtc();
    InboundMessage stop = oui;
    stop.from = QStringLiteral("+33639980001");
    stop.text = QStringLiteral("Arrêt !");
    stop.providerMessageId = QStringLiteral("in-2");
    InboundMessage providerStop = oui;
    providerStop.from = QStringLiteral("+33639980003");
    providerStop.text = QStringLiteral("merci de ne plus m'écrire");
    providerStop.providerMessageId = QStringLiteral("in-3");
    providerStop.stop = true;
    QVERIFY2(receipts.recordInbound(1, {oui, stop, providerStop}, &error), qPrintable(error));
    QVERIFY2(receipts.recordInbound(1, {stop}, &error), qPrintable(error)); // duplicate

    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM inbound_messages")).toInt(), 3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM suppressions")).toLongLong(),
             suppressedBefore + 2);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT reason FROM suppressions WHERE phone = "
                                   "'+33639980001'"))
                 .toString(),
             QStringLiteral("stop_reply"));
    QVERIFY(scalar(db,
                   QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE phone = "
                                  "'+33639980002'"))
                .toInt()
            == 0);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM consent_events WHERE event = "
                                   "'opted_out'"))
                 .toInt(),
             2);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT state FROM consent_states WHERE phone = "
                                   "'+33639980001'"))
                 .toString(),
             QStringLiteral("opted_out"));
    QVERIFY(scalar(db,
                   QStringLiteral("SELECT in_reply_to FROM inbound_messages WHERE "
                                  "provider_message_id = 'in-2'"))
                .toLongLong()
            > 0);

    // A second STOP from an already suppressed number is fine.
    stop.providerMessageId = QStringLiteral("in-4");
    QVERIFY2(receipts.recordInbound(1, {stop}, &error), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM suppressions")).toLongLong(),
             suppressedBefore + 2);
}

QTEST_GUILESS_MAIN(tst_Receipts)
#include "tst_receipts.moc"
