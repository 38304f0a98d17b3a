// SPDX-License-Identifier: GPL-3.0-or-later
// `tribune-cli send` against a real Kannel (bearerbox + smsbox + fakesmsc on loopback), as a
// process: with --listen it receives the gateway's delivery reports itself and every message
// ends delivered; without options it gives Kannel the address stored in the callback settings,
// where `tribune-cli listen` records the reports and a STOP reply. A port in use or a bad
// --callback-url stops it before anything is sent.
#include "sending/callbacksettings.h"
#include "storage/database.h"
#include "support/kannelgateway.h"
#include "support/sendingfixtures.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <memory>

class tst_CliSend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listenDuringTheSend();
    void storedSettingsWithTheListenCommand();
    void listenPortInUse();
    void badCallbackUrl();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run cli(const QStringList &arguments, int timeoutMs = 120000);
    QStringList global() const;
    // An approved campaign to the demo audience through the Kannel provider.
    qint64 campaign(const QString &name);
    // (messages, delivered, messages with a delivery_reports row) of a campaign.
    QList<int> outcome(qint64 campaignId);
    QString campaignState(qint64 campaignId);
    static quint16 freePort();

    std::unique_ptr<KannelGateway> m_gateway;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    quint16 m_settingsPort = 0; // the stored callback port, where Kannel also sends replies
};

quint16 tst_CliSend::freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

QStringList tst_CliSend::global() const
{
    return {QStringLiteral("--database"), m_testDb->url().toString(), QStringLiteral("--json")};
}

tst_CliSend::Run tst_CliSend::cli(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(TRIBUNE_CLI_PATH), global() + arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void tst_CliSend::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString missing = KannelGateway::missingBinaries();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));

    m_settingsPort = freePort();
    QVERIFY(m_settingsPort != 0);
    m_gateway = std::make_unique<KannelGateway>();
    QString error;
    QVERIFY2(
        m_gateway->start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_settingsPort)), &error),
        qPrintable(error));

    m_testDb = std::make_unique<TestDatabase>(DatabaseUrl::Backend::Sqlite);
    QVERIFY(m_testDb->isReady());
    m_db = std::make_unique<Database>(m_testDb->url());
    QVERIFY2(m_db->openAndMigrate(&error), qPrintable(error));
    QVERIFY(SendingFixtures::loadDemoForSending(m_db.get(), 60));

    // The provider as a user adds it: its password through standard input into the keychain.
    QProcess add;
    add.start(QStringLiteral(TRIBUNE_CLI_PATH),
              global()
                  + QStringList {QStringLiteral("provider"), QStringLiteral("add"),
                                 QStringLiteral("--name"), QStringLiteral("Kannel local"),
                                 QStringLiteral("--kind"), QStringLiteral("kannel"),
                                 QStringLiteral("--endpoint"), m_gateway->sendsmsUrl().toString(),
                                 QStringLiteral("--account"), m_gateway->username(),
                                 QStringLiteral("--rate"), QStringLiteral("100"),
                                 QStringLiteral("--secret-stdin")});
    QVERIFY(add.waitForStarted());
    add.write(m_gateway->password().toUtf8());
    add.closeWriteChannel();
    QVERIFY(add.waitForFinished(20000));
    QVERIFY2(add.exitCode() == 0,
             (add.readAllStandardOutput() + add.readAllStandardError()).constData());
}

void tst_CliSend::cleanupTestCase()
{
    if (m_gateway)
        m_gateway->stop();
    m_db.reset();
    m_testDb.reset();
}

qint64 tst_CliSend::campaign(const QString &name)
{
    const Campaign c = SendingFixtures::approvedDemoCampaign(
        m_db.get(), name,
        QStringLiteral("Bonjour {prenom|Madame, Monsieur}, réunion publique "
                       "jeudi à 19 h."),
        QStringLiteral("Kannel local"));
    return c.id;
}

QList<int> tst_CliSend::outcome(qint64 campaignId)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral(
        "SELECT COUNT(*), SUM(CASE WHEN state = 'delivered' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN EXISTS (SELECT 1 FROM delivery_reports r WHERE r.message_id = m.id) "
        "THEN 1 ELSE 0 END) FROM messages m WHERE campaign_id = ?"));
    query.addBindValue(campaignId);
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()};
}

QString tst_CliSend::campaignState(qint64 campaignId)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT state FROM campaigns WHERE id = ?"));
    query.addBindValue(campaignId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void tst_CliSend::listenDuringTheSend()
{
    const qint64 id = campaign(QStringLiteral("Relance écoute"));
    QVERIFY(id > 0);
    const quint16 port = freePort();
    const Run run =
        cli({QStringLiteral("send"), QStringLiteral("--campaign"), QStringLiteral("Relance écoute"),
             QStringLiteral("--listen"), QString::number(port), QStringLiteral("--drain-ms"),
             QStringLiteral("15000")});
    QVERIFY2(run.exitCode == 0, run.out + run.err + m_gateway->logTail().toUtf8());
    const QJsonObject summary = run.json();
    QCOMPARE(summary.value(QStringLiteral("result")).toString(), QStringLiteral("done"));
    QCOMPARE(summary.value(QStringLiteral("callback_url")).toString(),
             QStringLiteral("http://127.0.0.1:%1").arg(port));
    const int submitted = summary.value(QStringLiteral("submitted")).toInt();
    QVERIFY2(submitted >= 40, run.out.constData());

    // Every message's delivery report came back to the send's own listener.
    const QList<int> counts = outcome(id);
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts.at(0), submitted);
    QVERIFY2(counts.at(1) == counts.at(0) && counts.at(2) == counts.at(0),
             qPrintable(QStringLiteral("%1 messages, %2 delivered, %3 with a report\n%4")
                            .arg(counts.at(0))
                            .arg(counts.at(1))
                            .arg(counts.at(2))
                            .arg(m_gateway->logTail())));
    QVERIFY(summary.value(QStringLiteral("reports")).toInt() >= submitted);
}

void tst_CliSend::storedSettingsWithTheListenCommand()
{
    // The team's setting: callbacks on, on the port Kannel also sends replies to.
    Sending::CallbackSettings settings;
    settings.enabled = true;
    settings.port = m_settingsPort;
    QString error;
    QVERIFY2(settings.save(m_db.get(), Database::localActor(), &error), qPrintable(error));

    // `listen` without options listens where the settings say.
    QProcess listen;
    listen.start(QStringLiteral(TRIBUNE_CLI_PATH),
                 global() + QStringList {QStringLiteral("listen")});
    QVERIFY(listen.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(listen.canReadLine() || listen.state() != QProcess::Running, 20000);
    const QJsonObject started = QJsonDocument::fromJson(listen.readLine()).object();
    QCOMPARE(started.value(QStringLiteral("listening")).toString(),
             QStringLiteral("http://127.0.0.1:%1").arg(m_settingsPort));

    const qint64 id = campaign(QStringLiteral("Relance réglages"));
    QVERIFY(id > 0);
    const Run run = cli({QStringLiteral("send"), QStringLiteral("--campaign"),
                         QStringLiteral("Relance réglages"), QStringLiteral("--drain-ms"),
                         QStringLiteral("15000")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QJsonObject summary = run.json();
    QCOMPARE(summary.value(QStringLiteral("result")).toString(), QStringLiteral("done"));
    QCOMPARE(summary.value(QStringLiteral("callback_url")).toString(),
             QStringLiteral("http://127.0.0.1:%1").arg(m_settingsPort));
    const int submitted = summary.value(QStringLiteral("submitted")).toInt();
    QVERIFY(submitted >= 40);
    QList<int> counts;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (counts = outcome(id)).value(1) == submitted,
        qPrintable(QStringLiteral("%1 delivered of %2").arg(counts.value(1)).arg(submitted)),
        20000);
    QCOMPARE(counts.value(2), submitted);

    // A recipient answers STOP through the gateway: recorded, and the number is suppressed.
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT phone FROM messages WHERE campaign_id = ? LIMIT 1"));
    query.addBindValue(id);
    QVERIFY(query.exec() && query.next());
    const QString phone = query.value(0).toString();
    query.finish(); // an open read would keep this connection on an old snapshot (WAL)
    QVERIFY2(m_gateway->injectMo(phone, QStringLiteral("36105"), QStringLiteral("STOP"), &error),
             qPrintable(error));
    const auto suppressed = [&]() {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM suppressions WHERE phone = ?"));
        q.addBindValue(phone);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };
    const auto replies = [&]() {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM inbound_messages WHERE phone = ?"));
        q.addBindValue(phone);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(suppressed() == 1,
                              qPrintable(QStringLiteral("%1 replies from %2 recorded\n%3\n%4")
                                             .arg(replies())
                                             .arg(phone)
                                             .arg(QString::fromUtf8(listen.readAllStandardError()))
                                             .arg(m_gateway->logTail())),
                              20000);

    listen.terminate(); // SIGTERM to this child's pid
    QVERIFY(listen.waitForFinished(20000));
    QCOMPARE(listen.exitCode(), 0);
    const QJsonObject stopped = QJsonDocument::fromJson(listen.readAllStandardOutput()).object();
    QVERIFY2(stopped.value(QStringLiteral("reports")).toInt() >= submitted,
             QJsonDocument(stopped).toJson().constData());
    QCOMPARE(stopped.value(QStringLiteral("replies")).toInt(), 1);

    // Back to off for the other tests.
    settings.enabled = false;
    QVERIFY2(settings.save(m_db.get(), Database::localActor(), &error), qPrintable(error));
}

void tst_CliSend::listenPortInUse()
{
    const qint64 id = campaign(QStringLiteral("Relance port pris"));
    QVERIFY(id > 0);
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const Run run = cli({QStringLiteral("send"), QStringLiteral("--campaign"),
                         QStringLiteral("Relance port pris"), QStringLiteral("--listen"),
                         QString::number(squatter.serverPort())});
    QCOMPARE(run.exitCode, 1);
    const QString message = run.json().value(QStringLiteral("error")).toString();
    QVERIFY2(message.contains(QString::number(squatter.serverPort())), run.out.constData());
    // Nothing was sent: the campaign is still only approved, its outbox empty.
    QCOMPARE(campaignState(id), QStringLiteral("approved"));
    QCOMPARE(outcome(id).value(0), 0);
}

void tst_CliSend::badCallbackUrl()
{
    const qint64 id = campaign(QStringLiteral("Relance mauvaise adresse"));
    QVERIFY(id > 0);
    const Run run = cli({QStringLiteral("send"), QStringLiteral("--campaign"),
                         QStringLiteral("Relance mauvaise adresse"),
                         QStringLiteral("--callback-url"), QStringLiteral("ftp://example.org")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(
        run.json().value(QStringLiteral("error")).toString().contains(QLatin1String("https://")),
        run.out.constData());
    QCOMPARE(campaignState(id), QStringLiteral("approved"));
}

QTEST_GUILESS_MAIN(tst_CliSend)
#include "tst_clisend.moc"
