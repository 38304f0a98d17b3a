// SPDX-License-Identifier: GPL-3.0-or-later
// Kills `tribune-cli send` with SIGKILL at random moments, restarts it until the campaign is
// done, and checks with the Sandbox's submission log that no message was submitted twice and
// none was lost.
#include "storage/database.h"
#include "support/sendingfixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_SendCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killAndRestart();
};

void tst_SendCrash::killAndRestart()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    QTemporaryDir home;
    const QString log = home.filePath(QStringLiteral("submissions.log"));
    qint64 campaignId = 0;
    {
        Database db(testDb.url());
        QString error;
        QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
        QVERIFY(SendingFixtures::loadDemoForSending(&db, 400));
        const Campaign c = SendingFixtures::approvedDemoCampaign(
            &db, QStringLiteral("Relance"),
            QStringLiteral("Bonjour {prenom|Madame, Monsieur}, votez !"));
        QVERIFY(c.id > 0);
        campaignId = c.id;
        const QJsonObject sandboxOptions {{QStringLiteral("accept_delay_ms"), 3},
                                          {QStringLiteral("delivery_delay_ms"), 5},
                                          {QStringLiteral("submission_log"), log}};
        QVERIFY(SendingFixtures::setSandboxOptions(&db, sandboxOptions, 100));
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const QStringList arguments = {QStringLiteral("--database"), testDb.url().toString(),
                                   QStringLiteral("--json"),     QStringLiteral("send"),
                                   QStringLiteral("--campaign"), QStringLiteral("Relance"),
                                   QStringLiteral("--instance"), QStringLiteral("crash-test")};
    QRandomGenerator random(20270314);
    int kills = 0;
    int runs = 0;
    bool done = false;
    while (!done && runs < 60) {
        ++runs;
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TRIBUNE_CLI_PATH), arguments);
        QVERIFY(process.waitForStarted());
        if (kills < 12) {
            // Kill at a random moment: during start-up, enqueue, recovery or sending.
            if (!process.waitForFinished(int(random.bounded(60, 400)))) {
                process.kill(); // SIGKILL
                QVERIFY(process.waitForFinished(10000));
                ++kills;
                continue;
            }
        } else {
            QVERIFY(process.waitForFinished(60000));
        }
        const QByteArray out = process.readAllStandardOutput();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, out.constData());
        const QJsonObject summary = QJsonDocument::fromJson(out).object();
        done = summary.value(QStringLiteral("result")).toString() == QLatin1String("done");
    }
    QVERIFY(done);
    QVERIFY2(kills >= 10, qPrintable(QString::number(kills)));

    // Every message was submitted exactly once, and every submitted one is recorded as taken.
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QHash<QByteArray, int> submissions;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            ++submissions[line.split(' ').value(0)];
    }
    Database db(testDb.url());
    QVERIFY(db.open());
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT client_ref, state FROM messages WHERE campaign_id = ?"));
    query.addBindValue(campaignId);
    QVERIFY(query.exec());
    int messages = 0;
    while (query.next()) {
        ++messages;
        const QByteArray ref = query.value(0).toString().toUtf8();
        const QString state = query.value(1).toString();
        QVERIFY2(submissions.value(ref) == 1,
                 qPrintable(QStringLiteral("%1 submitted %2 times, state %3")
                                .arg(QString::fromUtf8(ref))
                                .arg(submissions.value(ref))
                                .arg(state)));
        QVERIFY2(state == QLatin1String("accepted") || state == QLatin1String("delivered"),
                 qPrintable(state));
    }
    QVERIFY(messages > 300);
    QCOMPARE(submissions.size(), messages);
    qInfo("%d messages, %d kills, %d runs", messages, kills, runs);
}

QTEST_GUILESS_MAIN(tst_SendCrash)
#include "tst_sendcrash.moc"
