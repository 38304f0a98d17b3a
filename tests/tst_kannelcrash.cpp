// SPDX-License-Identifier: GPL-3.0-or-later
// Kills `tribune-cli send` with SIGKILL at random moments while it sends a campaign through a
// real Kannel (bearerbox + smsbox + fakesmsc on loopback), restarts it until the campaign is
// done, and checks with what the fake SMS centre received that no recipient got its message
// twice and that every message the outbox does not mark "unknown" arrived exactly once.
#include "storage/database.h"
#include "support/kannelgateway.h"
#include "support/sendingfixtures.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

class tst_KannelCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killAndRestart();
};

namespace {

// The text of one copy of a message, its parts in order; empty when parts are missing.
QString reassemble(QList<KannelGateway::Message> parts, bool ucs2)
{
    std::sort(parts.begin(), parts.end(),
              [](const auto &a, const auto &b) { return a.partIndex < b.partIndex; });
    QString text;
    for (int i = 0; i < parts.size(); ++i) {
        const KannelGateway::Message &part = parts.at(i);
        if (part.partIndex != i + 1 || part.partCount != parts.size())
            return {};
        // UCS-2 parts come as UTF-16BE bytes, GSM ones as UTF-8 text.
        text += ucs2 ? part.textAsUcs2() : part.textAsUtf8();
    }
    return text;
}

struct Row
{
    QString phone;
    QString state;
    QString body;
    QString encoding;
    int parts = 1;
};

} // namespace

void tst_KannelCrash::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_KannelCrash::killAndRestart()
{
    const QString missing = KannelGateway::missingBinaries();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));

    KannelGateway gateway;
    QString error;
    // No inbound messages in this test: the MO callback points at a closed port.
    QVERIFY2(gateway.start(QUrl(QStringLiteral("http://127.0.0.1:9")), &error), qPrintable(error));

    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    QVERIFY(testDb.isReady());
    const QStringList global = {QStringLiteral("--database"), testDb.url().toString(),
                                QStringLiteral("--json")};
    {
        Database db(testDb.url());
        QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
        QVERIFY(SendingFixtures::loadDemoForSending(&db, 400));
    }

    // The provider as a user adds it: its password through standard input into the keychain.
    {
        QProcess add;
        add.start(QStringLiteral(TRIBUNE_CLI_PATH),
                  global
                      + QStringList {QStringLiteral("provider"), QStringLiteral("add"),
                                     QStringLiteral("--name"), QStringLiteral("Kannel local"),
                                     QStringLiteral("--kind"), QStringLiteral("kannel"),
                                     QStringLiteral("--endpoint"), gateway.sendsmsUrl().toString(),
                                     QStringLiteral("--account"), gateway.username(),
                                     QStringLiteral("--rate"), QStringLiteral("60"),
                                     QStringLiteral("--secret-stdin")});
        QVERIFY(add.waitForStarted());
        add.write(gateway.password().toUtf8());
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(20000));
        QVERIFY2(add.exitCode() == 0,
                 (add.readAllStandardOutput() + add.readAllStandardError()).constData());
    }

    qint64 campaignId = 0;
    {
        Database db(testDb.url());
        QVERIFY(db.open());
        // Long enough for two or three parts; first names outside the GSM alphabet make some
        // messages UCS-2.
        const Campaign c = SendingFixtures::approvedDemoCampaign(
            &db, QStringLiteral("Relance Kannel"),
            QStringLiteral(
                "Bonjour {prenom|Madame, Monsieur}, le premier tour a lieu dimanche 11 avril : "
                "les bureaux de vote ouvrent à 8 h et ferment à 20 h. Notre équipe vous attend "
                "aussi samedi matin au marché couvert pour répondre à vos questions."),
            QStringLiteral("Kannel local"));
        QVERIFY(c.providerId > 0);
        QVERIFY(c.id > 0);
        campaignId = c.id;
    }

    const QStringList arguments = global
        + QStringList {QStringLiteral("send"), QStringLiteral("--campaign"),
                       QStringLiteral("Relance Kannel"), QStringLiteral("--instance"),
                       QStringLiteral("kannel-crash")};
    QRandomGenerator random(20270411);
    int kills = 0;
    int runs = 0;
    bool done = false;
    while (!done && runs < 40) {
        ++runs;
        QProcess process;
        process.start(QStringLiteral(TRIBUNE_CLI_PATH), arguments);
        QVERIFY(process.waitForStarted());
        if (kills < 12) {
            // A random moment: start-up, enqueue, recovery or in the middle of the requests.
            if (!process.waitForFinished(int(random.bounded(80, 900)))) {
                process.kill(); // SIGKILL to this child's pid only
                QVERIFY(process.waitForFinished(10000));
                ++kills;
                continue;
            }
        } else {
            QVERIFY(process.waitForFinished(40000));
        }
        const QByteArray out = process.readAllStandardOutput();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, (out + process.readAllStandardError()).constData());
        const QJsonObject summary = QJsonDocument::fromJson(out).object();
        done = summary.value(QStringLiteral("result")).toString() == QLatin1String("done");
    }
    QVERIFY(done);
    QVERIFY2(kills >= 10, qPrintable(QString::number(kills)));

    // The outbox's view of every message.
    QList<Row> rows;
    {
        Database db(testDb.url());
        QVERIFY(db.open());
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT phone, state, body, encoding, parts FROM messages "
                                     "WHERE campaign_id = ?"));
        query.addBindValue(campaignId);
        QVERIFY(query.exec());
        while (query.next()) {
            rows.append({query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString(),
                         query.value(4).toInt()});
        }
    }
    QVERIFY(rows.size() > 300);
    int expectedParts = 0;
    for (const Row &row : std::as_const(rows)) {
        if (row.state != QLatin1String("unknown"))
            expectedParts += row.parts;
    }

    // Kannel forwards what it accepted asynchronously: wait until every part of every message
    // the outbox took as accepted has reached the SMS centre, then a little more for strays.
    QElapsedTimer waited;
    waited.start();
    qsizetype seen = -1;
    QElapsedTimer stable;
    stable.start();
    while (waited.elapsed() < 20000) {
        const qsizetype now = gateway.received().size();
        if (now != seen) {
            seen = now;
            stable.restart();
        } else if (now >= expectedParts && stable.elapsed() > 1000) {
            break;
        }
        QTest::qWait(100);
    }

    QHash<QString, QList<KannelGateway::Message>> byPhone;
    const QList<KannelGateway::Message> received = gateway.received();
    for (const KannelGateway::Message &m : received)
        byPhone[m.to].append(m);

    int ucs2Messages = 0;
    int multiPart = 0;
    int unknownReceived = 0;
    int unknownNotReceived = 0;
    QStringList problems;
    QSet<QString> phones;
    for (const Row &row : std::as_const(rows)) {
        phones.insert(row.phone);
        const bool ucs2 = row.encoding.contains(QLatin1String("ucs"), Qt::CaseInsensitive);
        if (ucs2)
            ++ucs2Messages;
        if (row.parts > 1)
            ++multiPart;
        const QList<KannelGateway::Message> got = byPhone.value(row.phone);
        // Every copy of a message starts with part 1 (or is a single part).
        const int copies = int(std::count_if(got.cbegin(), got.cend(),
                                             [](const auto &m) { return m.partIndex == 1; }));
        const bool unknown = row.state == QLatin1String("unknown");
        if (unknown) {
            if (copies == 0 && got.isEmpty())
                ++unknownNotReceived;
            else if (copies == 1 && got.size() == row.parts)
                ++unknownReceived;
            else
                problems.append(QStringLiteral("%1 (unknown): %2 copies, %3 parts received")
                                    .arg(row.phone)
                                    .arg(copies)
                                    .arg(got.size()));
            continue;
        }
        if (row.state != QLatin1String("accepted") && row.state != QLatin1String("delivered")) {
            problems.append(QStringLiteral("%1: state %2").arg(row.phone, row.state));
            continue;
        }
        if (copies != 1 || got.size() != row.parts) {
            problems.append(QStringLiteral("%1 (%2): %3 copies, %4 parts received, %5 expected")
                                .arg(row.phone, row.state)
                                .arg(copies)
                                .arg(got.size())
                                .arg(row.parts));
            continue;
        }
        const QString text = reassemble(got, ucs2);
        if (text != row.body)
            problems.append(QStringLiteral("%1: text \"%2\"").arg(row.phone, text));
    }
    // Nothing reached a number that is not a recipient.
    for (auto it = byPhone.cbegin(); it != byPhone.cend(); ++it) {
        if (!phones.contains(it.key()))
            problems.append(QStringLiteral("%1 is not a recipient").arg(it.key()));
    }
    QCOMPARE(phones.size(), rows.size()); // one message per recipient
    qInfo("%lld messages (%d UCS-2, %d multi-part), %lld parts received, %d kills, %d runs; "
          "unknown: %d received once, %d not received",
          qlonglong(rows.size()), ucs2Messages, multiPart, qlonglong(received.size()), kills, runs,
          unknownReceived, unknownNotReceived);
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems.mid(0, 20).join(QLatin1Char('\n')) + QLatin1Char('\n')
                        + gateway.logTail()));
}

QTEST_GUILESS_MAIN(tst_KannelCrash)
#include "tst_kannelcrash.moc"
