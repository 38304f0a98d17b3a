// SPDX-License-Identifier: GPL-3.0-or-later
// Two `tribune-cli send` processes with different instance ids send the same campaign from the
// same PostgreSQL database at once: the Sandbox's submission log must show every message
// submitted exactly once overall, and both processes must have done part of the work.
#include "campaign/campaignstore.h"
#include "storage/database.h"
#include "support/sendingfixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>

class tst_TwoInstances : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameCampaign();
};

void tst_TwoInstances::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_TwoInstances::sameCampaign()
{
    TestDatabase testDb(DatabaseUrl::Backend::PostgreSql);
    if (!testDb.errorString().isEmpty())
        QFAIL(qPrintable(testDb.errorString()));
    if (!testDb.skipReason().isEmpty())
        QSKIP(qPrintable(testDb.skipReason()));
    QVERIFY(testDb.isReady());

    QTemporaryDir home;
    const QString log = home.filePath(QStringLiteral("submissions.log"));
    qint64 campaignId = 0;
    {
        Database db(testDb.url());
        QString error;
        QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
        QVERIFY(SendingFixtures::loadDemoForSending(&db, 600));
        const Campaign c = SendingFixtures::approvedDemoCampaign(
            &db, QStringLiteral("Deux postes"),
            QStringLiteral("Bonjour {prenom|Madame, Monsieur}, votez dimanche !"));
        QVERIFY(c.id > 0);
        campaignId = c.id;
        // Each process alone would need about 3 s: long enough for both to overlap.
        const QJsonObject sandboxOptions {{QStringLiteral("accept_delay_ms"), 5},
                                          {QStringLiteral("delivery_delay_ms"), 5},
                                          {QStringLiteral("submission_log"), log}};
        QVERIFY(SendingFixtures::setSandboxOptions(&db, sandboxOptions, 100));
    }

    // Both start at once, while the campaign is still only approved (nothing enqueued yet).
    std::array<std::unique_ptr<QProcess>, 2> processes;
    for (size_t i = 0; i < processes.size(); ++i) {
        processes[i] = std::make_unique<QProcess>();
        processes[i]->start(QStringLiteral(TRIBUNE_CLI_PATH),
                            {QStringLiteral("--database"), testDb.url().toString(),
                             QStringLiteral("--json"), QStringLiteral("send"),
                             QStringLiteral("--campaign"), QStringLiteral("Deux postes"),
                             QStringLiteral("--instance"), QStringLiteral("poste-%1").arg(i + 1)});
    }
    std::array<qint64, 2> submitted {};
    std::array<QString, 2> results;
    QByteArray outputs;
    for (size_t i = 0; i < processes.size(); ++i) {
        QProcess &process = *processes[i];
        QVERIFY(process.waitForFinished(40000));
        const QByteArray out = process.readAllStandardOutput();
        outputs += "poste-" + QByteArray::number(qulonglong(i + 1)) + ": " + out.trimmed() + ' '
            + process.readAllStandardError().trimmed() + '\n';
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, outputs.constData());
        const QJsonObject summary = QJsonDocument::fromJson(out).object();
        results[i] = summary.value(QStringLiteral("result")).toString();
        submitted[i] = summary.value(QStringLiteral("submitted")).toInteger();
    }
    qInfo("%s", outputs.constData());
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
    query.prepare(QStringLiteral("SELECT client_ref, state FROM messages "
                                 "WHERE campaign_id = ?"));
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
    QVERIFY(messages > 400);
    QCOMPARE(submissions.size(), messages); // nothing outside the outbox was submitted
    qInfo("%d messages: poste-1 submitted %lld, poste-2 %lld", messages, submitted[0],
          submitted[1]);
    QCOMPARE(submitted[0] + submitted[1], qint64(messages));
    QVERIFY2(submitted[0] > 0 && submitted[1] > 0, "one instance did all the work");
    // The campaign is done, and both say so: the instance that runs out of work first waits for
    // the other's messages in flight, then finds the campaign closed (done, not "stopped").
    for (const QString &result : results)
        QVERIFY2(result == QLatin1String("done"), outputs.constData());
    const std::optional<Campaign> campaign = CampaignStore(&db).find(campaignId);
    QVERIFY(campaign);
    QCOMPARE(Campaign::stateKey(campaign->state), QStringLiteral("done"));
}

QTEST_GUILESS_MAIN(tst_TwoInstances)
#include "tst_twoinstances.moc"
