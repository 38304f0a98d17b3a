// SPDX-License-Identifier: GPL-3.0-or-later
// tribune-cli export through the real binary, as a treasurer or an administrator scripts it:
// the JSON result, the files, masked and full numbers by role, and clear usage errors.
#include "storage/database.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_CliExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exports();

private:
    CliRun cliAs(const QString &login, const QStringList &arguments);

    QTemporaryDir m_home;
    DatabaseUrl m_url;
};

void tst_CliExport::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(TRIBUNE_CLI_PATH)));
}

CliRun tst_CliExport::cliAs(const QString &login, const QStringList &arguments)
{
    qputenv("USER", login.toUtf8());
    return runCli(
        QStringLiteral(TRIBUNE_CLI_PATH), m_home.path(),
        QStringList {QStringLiteral("--database"), m_url.toString(), QStringLiteral("--json")}
            + arguments);
}

void tst_CliExport::exports()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    m_url = testDb.url();
    Database db(m_url);
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery sql(db.connection());
    for (const QString &statement :
         {QStringLiteral("INSERT INTO users (login, display_name, role, created_at) VALUES "
                         "('alice', 'Alice', 'administrator', %1), "
                         "('bob', 'Bob', 'composer', %1)"),
          QStringLiteral("INSERT INTO elections (id, name, created_at) VALUES "
                         "(1, 'Législatives', %1)"),
          QStringLiteral("INSERT INTO campaigns (id, name, kind, state, election_id, "
                         "created_at, updated_at) VALUES (1, 'Tractage', 'campaign', 'done', "
                         "1, %1, %1)"),
          QStringLiteral("INSERT INTO messages (campaign_id, phone, body, encoding, parts, "
                         "state, client_ref, queued_at, accepted_at, cost_mc) VALUES "
                         "(1, '+33612345678', 'x', 'GSM-7', 1, 'delivered', 'a', %1, %1, "
                         "4500), (1, '+33687654321', 'x', 'GSM-7', 2, 'accepted', 'b', %1, "
                         "%1, 9000)")}) {
        QVERIFY2(sql.exec(statement.arg(now)), qPrintable(statement));
    }
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report.csv"));
    const auto exportAs = [&](const QString &login, const QString &kind,
                              const QStringList &arguments) {
        return cliAs(login, QStringList {QStringLiteral("export"), kind} + arguments);
    };

    // A composer: masked numbers.
    CliRun run = exportAs(QStringLiteral("bob"), QStringLiteral("report"),
                          {QStringLiteral("--campaign"), QStringLiteral("Tractage"),
                           QStringLiteral("--out"), report});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(run.json().value(QStringLiteral("kind")).toString(), QStringLiteral("report"));
    QCOMPARE(run.json().value(QStringLiteral("rows")).toInt(), 2);
    QCOMPARE(run.json().value(QStringLiteral("out")).toString(), report);
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray content = file.readAll();
    file.close();
    QVERIFY2(content.contains("'+33 6 12 ** ** 78"), content);
    QVERIFY(!content.contains("+33612345678"));

    // Full numbers: refused to the composer (the earlier file stays), granted to alice.
    run = exportAs(QStringLiteral("bob"), QStringLiteral("report"),
                   {QStringLiteral("--campaign"), QStringLiteral("Tractage"),
                    QStringLiteral("--out"), report, QStringLiteral("--full-numbers")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.json()
                 .value(QStringLiteral("error"))
                 .toString()
                 .contains(QLatin1String("Only an administrator may export full phone numbers")),
             run.out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    file.close();
    run =
        exportAs(QStringLiteral("alice"), QStringLiteral("report"),
                 {QStringLiteral("--campaign"), QStringLiteral("Tractage"), QStringLiteral("--out"),
                  report, QStringLiteral("--full-numbers"), QStringLiteral("--excel-fr")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY(file.open(QIODevice::ReadOnly));
    content = file.readAll();
    file.close();
    QVERIFY(content.startsWith("\xEF\xBB\xBF"));
    QVERIFY2(content.contains("'+33612345678;"), content);
    QVERIFY(content.contains(";0,04500;"));

    // Spend of the election, summary, and what the audit log recorded.
    const QString spend = dir.filePath(QStringLiteral("spend.csv"));
    run = exportAs(QStringLiteral("bob"), QStringLiteral("spend"),
                   {QStringLiteral("--election"), QStringLiteral("Législatives"),
                    QStringLiteral("--out"), spend});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(run.json().value(QStringLiteral("rows")).toInt(), 1);
    QFile spendFile(spend);
    QVERIFY(spendFile.open(QIODevice::ReadOnly));
    QVERIFY2(spendFile.readAll().contains("TOTAL,,,3,0.13500,0.02700,0.16200"), "spend total");
    QSqlQuery audit(db.connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT actor, action, details FROM audit_log WHERE action "
                                      "LIKE 'export.%' ORDER BY id")));
    QStringList seen;
    while (audit.next()) {
        const QJsonObject details = QJsonDocument::fromJson(audit.value(2).toByteArray()).object();
        seen.append(QStringLiteral("%1 %2 %3")
                        .arg(audit.value(0).toString(), audit.value(1).toString(),
                             details.value(QStringLiteral("full_numbers")).toBool()
                                 ? QStringLiteral("full")
                                 : QStringLiteral("masked")));
    }
    QCOMPARE(seen,
             QStringList({QStringLiteral("bob export.report masked"),
                          QStringLiteral("alice export.report full"),
                          QStringLiteral("bob export.spend masked")}));

    // Clear errors.
    run =
        exportAs(QStringLiteral("bob"), QStringLiteral("spend"), {QStringLiteral("--out"), spend});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(
        run.json().value(QStringLiteral("error")).toString().contains(QLatin1String("--election")),
        run.out);
    run = exportAs(QStringLiteral("bob"), QStringLiteral("summary"),
                   {QStringLiteral("--election"), QStringLiteral("Européennes"),
                    QStringLiteral("--out"), spend});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("no election named \"Européennes\""));
    run = exportAs(QStringLiteral("bob"), QStringLiteral("report"),
                   {QStringLiteral("--campaign"), QStringLiteral("Tractage")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.json().value(QStringLiteral("error")).toString().contains(QLatin1String("--out")));
    run = exportAs(QStringLiteral("bob"), QStringLiteral("report"),
                   {QStringLiteral("--campaign"), QStringLiteral("Porte-à-porte"),
                    QStringLiteral("--out"), report});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.json()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QLatin1String("no campaign named")));
    run = exportAs(QStringLiteral("bob"), QStringLiteral("consent"),
                   {QStringLiteral("--phone"), QStringLiteral("+33612345678"),
                    QStringLiteral("--out"), dir.filePath(QStringLiteral("proof.csv"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.json()
                 .value(QStringLiteral("error"))
                 .toString()
                 .contains(QLatin1String("Only an administrator may export a consent proof")),
             run.out);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("proof.csv"))));
    run = exportAs(QStringLiteral("alice"), QStringLiteral("consent"),
                   {QStringLiteral("--phone"), QStringLiteral("+33612345678"),
                    QStringLiteral("--out"), dir.filePath(QStringLiteral("proof.csv"))});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("proof.csv"))));

    // The transparency record, as CSV and as a readable page.
    const QString page = dir.filePath(QStringLiteral("record.html"));
    run =
        exportAs(QStringLiteral("bob"), QStringLiteral("transparency"),
                 {QStringLiteral("--campaign"), QStringLiteral("Tractage"), QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("record.csv")), QStringLiteral("--html"), page});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY(run.json().value(QStringLiteral("rows")).toInt() > 0);
    QCOMPARE(run.json().value(QStringLiteral("html")).toString(), page);
    QFile html(page);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(html.readAll()).contains(QStringLiteral("Tractage")));

    // The dialect follows Tribune's language, as in the GUI, unless the script names it.
    {
        const QString conf = QDir(m_home.path()).filePath(QStringLiteral("config/Tribune"));
        QVERIFY(QDir().mkpath(conf));
        QFile settings(QDir(conf).filePath(QStringLiteral("Tribune.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[ui]\nlanguage=fr\n");
        settings.close();
        const QString summary = dir.filePath(QStringLiteral("resume.csv"));
        run = exportAs(QStringLiteral("bob"), QStringLiteral("summary"),
                       {QStringLiteral("--out"), summary});
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        QFile french(summary);
        QVERIFY(french.open(QIODevice::ReadOnly));
        const QByteArray frenchText = french.readAll();
        QVERIFY(frenchText.startsWith("\xEF\xBB\xBF"));
        QVERIFY(frenchText.contains(';'));
        french.close();
        run = exportAs(QStringLiteral("bob"), QStringLiteral("summary"),
                       {QStringLiteral("--out"), summary, QStringLiteral("--standard")});
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        QVERIFY(french.open(QIODevice::ReadOnly));
        QVERIFY(!french.readAll().startsWith("\xEF\xBB\xBF"));
        run = exportAs(QStringLiteral("bob"), QStringLiteral("summary"),
                       {QStringLiteral("--out"), summary, QStringLiteral("--standard"),
                        QStringLiteral("--excel-fr")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(settings.remove());
    }

    // And as a PDF: tribune-cli lays it out on the offscreen platform, without a display.
    const QString pdf = dir.filePath(QStringLiteral("record.pdf"));
    run =
        exportAs(QStringLiteral("bob"), QStringLiteral("transparency"),
                 {QStringLiteral("--campaign"), QStringLiteral("Tractage"), QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("record2.csv")), QStringLiteral("--pdf"), pdf});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(run.json().value(QStringLiteral("pdf")).toString(), pdf);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.readAll().startsWith("%PDF-"));
}

QTEST_GUILESS_MAIN(tst_CliExport)
#include "tst_cliexport.moc"
