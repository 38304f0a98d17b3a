// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/campaignexports.h"
#include "reports/exporter.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using Reports::ExportFormat;
using Reports::ExportKind;
using Reports::ExportRequest;
using Reports::ExportResult;

// The CSV exports of issue #8 through Reports::runExport, read back with an independent CSV
// parser (Python's csv module) in both dialects: quoting, accents, masking, formula protection,
// amounts that add up to the database's sums, permissions and the audit entry, and cancel.
class tst_Exports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void report_data();
    void report();
    void summary_data() { addBackendRows(); }
    void summary();
    void spend_data() { addBackendRows(); }
    void spend();
    void fullNumbers_data() { addBackendRows(); }
    void fullNumbers();
    void records_data() { addBackendRows(); }
    void records();
    void cancelLeavesNoFile();
    void badRequests();

private:
    QString m_python;
};

namespace {

struct Fixture
{
    qint64 electionId = 0;
    qint64 campaignA = 0; // election, provider "Sandbox" (VAT 20 %)
    qint64 campaignB = 0; // election, provider "Octopush" (VAT 10 %)
    qint64 campaignC = 0; // no election
    qint64 firstMessage = 0;
};

// 2027-03-28 00:30 UTC: Paris changes to summer time at 01:00 UTC that day.
const qint64 kSpringMs =
    QDateTime(QDate(2027, 3, 28), QTime(0, 30), QTimeZone::utc()).toMSecsSinceEpoch();
// 2027-10-30 23:30 UTC: 2027-10-31 01:30 in Paris (summer time), a different date than UTC's.
const qint64 kAutumnMs =
    QDateTime(QDate(2027, 10, 30), QTime(23, 30), QTimeZone::utc()).toMSecsSinceEpoch();

qint64 insert(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db.connection());
    query.prepare(sql + (db.isPostgreSql() ? QStringLiteral(" RETURNING id") : QString()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning() << sql << query.lastError().text();
        return 0;
    }
    if (db.isPostgreSql())
        return query.next() ? query.value(0).toLongLong() : 0;
    return query.lastInsertId().toLongLong();
}

struct Message
{
    qint64 campaign;
    QString phone;
    QString state;
    QString encoding;
    int parts;
    qint64 acceptedAt; // 0: none
    qint64 costMc;
    QString providerId;
    QString errorText;
};

bool buildFixture(Database &db, Fixture *f)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    f->electionId =
        insert(db, QStringLiteral("INSERT INTO elections (name, created_at) VALUES (?, ?)"),
               {QStringLiteral("Municipales 2027"), now});
    const qint64 plan20 = insert(
        db,
        QStringLiteral("INSERT INTO price_plans (name, gsm7_part_mc, ucs2_part_mc, min_part_mc, "
                       "max_part_mc, vat_basis_points, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {QStringLiteral("Standard"), 4500, 4500, 4500, 4500, 2000, now});
    const qint64 plan10 = insert(
        db,
        QStringLiteral("INSERT INTO price_plans (name, gsm7_part_mc, ucs2_part_mc, min_part_mc, "
                       "max_part_mc, vat_basis_points, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {QStringLiteral("Reduced"), 3333, 3333, 3333, 3333, 1000, now});
    const QString provider = QStringLiteral(
        "INSERT INTO providers (name, kind, price_plan_id, created_at) VALUES (?, ?, ?, ?)");
    const qint64 sandbox =
        insert(db, provider, {QStringLiteral("Sandbox"), QStringLiteral("sandbox"), plan20, now});
    const qint64 octopush =
        insert(db, provider, {QStringLiteral("Octopush"), QStringLiteral("octopush"), plan10, now});
    const QString campaign = QStringLiteral(
        "INSERT INTO campaigns (name, kind, state, election_id, provider_id, budget_cap_mc, "
        "created_at, updated_at) VALUES (?, 'campaign', 'done', ?, ?, ?, ?, ?)");
    const QVariant noElection(QMetaType(QMetaType::LongLong));
    f->campaignA = insert(db, campaign,
                          {QStringLiteral("Réunion publique; \"mairie\""), f->electionId, sandbox,
                           5000000, kSpringMs, kSpringMs});
    f->campaignB = insert(db, campaign,
                          {QStringLiteral("=Relance"), f->electionId, octopush,
                           QVariant(QMetaType(QMetaType::LongLong)), kSpringMs + 1, kSpringMs});
    f->campaignC = insert(db, campaign,
                          {QStringLiteral("Hors élection"), noElection, sandbox,
                           QVariant(QMetaType(QMetaType::LongLong)), kSpringMs + 2, kSpringMs});
    if (!f->electionId || !f->campaignA || !f->campaignB || !f->campaignC)
        return false;

    const QList<Message> messages = {
        {f->campaignA, QStringLiteral("+33612345678"), QStringLiteral("delivered"),
         QStringLiteral("GSM-7"), 1, kSpringMs, 4500, QStringLiteral("=1+1"), QString()},
        {f->campaignA, QStringLiteral("+447911123456"), QStringLiteral("failed"),
         QStringLiteral("UCS-2"), 2, kSpringMs + 3600 * 1000, 9000, QStringLiteral("+cmd"),
         QStringLiteral("Numéro injoignable; réessayer \"plus tard\"\nligne 2")},
        {f->campaignA, QStringLiteral("+33698765432"), QStringLiteral("failed"),
         QStringLiteral("GSM-7"), 1, 0, 0, QString(), QStringLiteral("-2+3")},
        {f->campaignA, QStringLiteral("+33700000001"), QStringLiteral("queued"),
         QStringLiteral("GSM-7"), 3, 0, 0, QString(), QStringLiteral("@SUM(A1)")},
        {f->campaignA, QStringLiteral("+33611111111"), QStringLiteral("expired"),
         QStringLiteral("GSM-7"), 1, kAutumnMs, 4501, QStringLiteral("abc"), QString()},
        {f->campaignB, QStringLiteral("+33622222222"), QStringLiteral("delivered"),
         QStringLiteral("UCS-2"), 3, kAutumnMs, 9999, QStringLiteral("b1"), QString()},
        {f->campaignB, QStringLiteral("+33633333333"), QStringLiteral("accepted"),
         QStringLiteral("GSM-7"), 1, kAutumnMs + 60000, 3333, QStringLiteral("b2"), QString()},
        {f->campaignB, QStringLiteral("+33644444444"), QStringLiteral("cancelled"),
         QStringLiteral("GSM-7"), 1, 0, 0, QString(), QString()},
        {f->campaignC, QStringLiteral("+33655555555"), QStringLiteral("delivered"),
         QStringLiteral("GSM-7"), 1, kSpringMs, 4500, QStringLiteral("c1"), QString()},
    };
    int ref = 0;
    for (const Message &m : messages) {
        const QVariant noTime(QMetaType(QMetaType::LongLong));
        const qint64 id = insert(
            db,
            QStringLiteral("INSERT INTO messages (campaign_id, phone, body, encoding, parts, "
                           "state, client_ref, provider_message_id, queued_at, submitted_at, "
                           "accepted_at, final_at, error_text, cost_mc) "
                           "VALUES (?, ?, 'Bonjour', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {m.campaign, m.phone, m.encoding, m.parts, m.state, QStringLiteral("ref-%1").arg(++ref),
             m.providerId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : m.providerId,
             kSpringMs - 60000, m.acceptedAt ? QVariant(m.acceptedAt - 1000) : noTime,
             m.acceptedAt ? QVariant(m.acceptedAt) : noTime,
             m.state == QLatin1String("delivered") ? QVariant(m.acceptedAt + 5000) : noTime,
             m.errorText.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : m.errorText,
             m.costMc});
        if (!id)
            return false;
        if (!f->firstMessage)
            f->firstMessage = id;
    }
    // Two replies to campaign A's first message's number, one a STOP; one STOP to B.
    const QString inbound = QStringLiteral(
        "INSERT INTO inbound_messages (phone, body, received_at, interpretation, in_reply_to) "
        "VALUES (?, ?, ?, ?, ?)");
    return insert(db, inbound,
                  {QStringLiteral("+33612345678"), QStringLiteral("Merci"), now,
                   QStringLiteral("yes"), f->firstMessage})
        && insert(db, inbound,
                  {QStringLiteral("+33612345678"), QStringLiteral("STOP"), now,
                   QStringLiteral("stop"), f->firstMessage})
        && insert(db, inbound,
                  {QStringLiteral("+33622222222"), QStringLiteral("stop"), now,
                   QStringLiteral("stop"), f->firstMessage + 5});
}

#define OPEN_FIXTURE(db, fixture)                                                                  \
    TRIBUNE_TEST_DATABASE(testDb);                                                                 \
    Database db(testDb.url());                                                                     \
    {                                                                                              \
        QString openError;                                                                         \
        QVERIFY2(db.openAndMigrate(&openError), qPrintable(openError));                            \
    }                                                                                              \
    Fixture fixture;                                                                               \
    QVERIFY(buildFixture(db, &fixture))

struct Parsed
{
    QList<QStringList> rows; // header first
    bool bom = false;
    bool crlf = false; // every record ends with CRLF
    QString error;
};

// Reads `path` with Python's csv module (the BOM stripped by utf-8-sig).
Parsed parse(const QString &python, const QString &path, QChar delimiter)
{
    static const char *script = R"(
import csv, json, sys
raw = open(sys.argv[1], 'rb').read()
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    rows = list(csv.reader(f, delimiter=sys.argv[2], strict=True))
# A record ends with CRLF: the line ends outside quotes, counted by the csv module's own reader
# fed line by line.
crlf = raw.endswith(b'\r\n') and raw.count(b'\r\n') >= len(rows)
print(json.dumps({'rows': rows, 'bom': raw.startswith(b'\xef\xbb\xbf'), 'crlf': crlf}))
)";
    Parsed parsed;
    QProcess process;
    process.start(python,
                  {QStringLiteral("-c"), QString::fromUtf8(script), path, QString(delimiter)});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        parsed.error = QString::fromUtf8(process.readAllStandardError());
        return parsed;
    }
    const QJsonObject object = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    for (const QJsonValue &row : object.value(QStringLiteral("rows")).toArray()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells.append(cell.toString());
        parsed.rows.append(cells);
    }
    parsed.bom = object.value(QStringLiteral("bom")).toBool();
    parsed.crlf = object.value(QStringLiteral("crlf")).toBool();
    return parsed;
}

// "0.04500" / "0,04500" back to millicents.
qint64 millicents(const QString &text)
{
    QString digits = text;
    digits.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? value : -1;
}

QString paris(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone("Europe/Paris"))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

int auditCount(Database &db)
{
    return queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
}

qint64 sqlSum(Database &db, const QString &sql)
{
    return queryScalar(db, sql).toLongLong();
}

ExportResult run(Database &db, const ExportRequest &request, const QString &actor = {})
{
    return Reports::runExport(&db, request, {}, actor.isEmpty() ? db.actor() : actor);
}

} // namespace

void tst_Exports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!m_python.isEmpty(), "python3 is needed to read the exports back");
}

void tst_Exports::report_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("excel");
    for (const QString &backend : TestDatabase::backendNames()) {
        QTest::addRow("%s standard", qPrintable(backend)) << backend << false;
        QTest::addRow("%s excel-fr", qPrintable(backend)) << backend << true;
    }
}

void tst_Exports::report()
{
    QFETCH(bool, excel);
    OPEN_FIXTURE(db, f);
    QTemporaryDir dir;
    ExportRequest request;
    request.kind = ExportKind::Report;
    request.path = dir.filePath(QStringLiteral("report.csv"));
    request.format = excel ? ExportFormat::excelFrance() : ExportFormat::standard();
    request.campaignId = f.campaignA;
    QList<qint64> progress;
    const ExportResult result = Reports::runExport(
        &db, request,
        [&](qint64 done, qint64 total) {
            progress.append(done);
            return total == 5;
        },
        db.actor());
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.rows, 5);
    QCOMPARE(progress.constLast(), 5);

    const Parsed parsed = parse(m_python, request.path, excel ? u';' : u',');
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.bom, excel);
    QVERIFY(parsed.crlf);
    QCOMPARE(parsed.rows.size(), 6);
    const QStringList header = parsed.rows.at(0);
    QCOMPARE(header.size(), 12);
    QCOMPARE(header.at(2), QStringLiteral("Queued (Europe/Paris)"));

    const QStringList french = parsed.rows.at(1);
    // Masked numbers start with '+', protected as any such cell.
    QCOMPARE(french.at(0), QStringLiteral("'+33 6 12 ** ** 78"));
    QCOMPARE(french.at(1), QStringLiteral("Delivered"));
    QCOMPARE(french.at(2), paris(kSpringMs - 60000));
    QCOMPARE(french.at(4), paris(kSpringMs));
    QCOMPARE(french.at(4), QStringLiteral("2027-03-28 01:30:00")); // still winter time
    QCOMPARE(french.at(5), paris(kSpringMs + 5000));
    QCOMPARE(french.at(6), QStringLiteral("1"));
    QCOMPARE(french.at(7), QStringLiteral("GSM-7"));
    QCOMPARE(french.at(8), excel ? QStringLiteral("0,04500") : QStringLiteral("0.04500"));
    QCOMPARE(french.at(9), QStringLiteral("'=1+1")); // a formula, shown as text

    const QStringList british = parsed.rows.at(2);
    QCOMPARE(british.at(0), QStringLiteral("'+44 791* ****56"));
    QCOMPARE(british.at(4), QStringLiteral("2027-03-28 03:30:00")); // summer time from 01:00 UTC
    QCOMPARE(british.at(5), QString()); // no final time recorded
    QCOMPARE(british.at(7), QStringLiteral("UCS-2"));
    QCOMPARE(british.at(9), QStringLiteral("'+cmd"));
    QCOMPARE(british.at(11),
             QStringLiteral("Numéro injoignable; réessayer \"plus tard\"\nligne 2"));
    QCOMPARE(parsed.rows.at(3).at(11), QStringLiteral("'-2+3"));
    QCOMPARE(parsed.rows.at(4).at(11), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(parsed.rows.at(4).at(1), QStringLiteral("Queued"));
    QCOMPARE(parsed.rows.at(4).at(3), QString());
    QCOMPARE(parsed.rows.at(5).at(1), QStringLiteral("Expired"));

    qint64 cost = 0;
    for (qsizetype i = 1; i < parsed.rows.size(); ++i)
        cost += millicents(parsed.rows.at(i).at(8));
    QCOMPARE(cost,
             sqlSum(db,
                    QStringLiteral("SELECT SUM(cost_mc) FROM messages WHERE campaign_id = %1")
                        .arg(f.campaignA)));

    // One audit entry, masked.
    QSqlQuery audit(db.connection());
    QVERIFY(audit.exec(QStringLiteral(
        "SELECT action, object_type, object_id, details FROM audit_log WHERE action LIKE "
        "'export.%' ORDER BY id")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("export.report"));
    QCOMPARE(audit.value(1).toString(), QStringLiteral("campaign"));
    QCOMPARE(audit.value(2).toLongLong(), f.campaignA);
    const QJsonObject details = QJsonDocument::fromJson(audit.value(3).toByteArray()).object();
    QCOMPARE(details.value(QStringLiteral("rows")).toInt(), 5);
    QCOMPARE(details.value(QStringLiteral("file")).toString(), QStringLiteral("report.csv"));
    QCOMPARE(details.value(QStringLiteral("full_numbers")).toBool(), false);
    QCOMPARE(details.value(QStringLiteral("excel_fr")).toBool(), excel);
    QVERIFY(!audit.next());
}

void tst_Exports::summary()
{
    OPEN_FIXTURE(db, f);
    QTemporaryDir dir;
    ExportRequest request;
    request.kind = ExportKind::Summary;
    request.path = dir.filePath(QStringLiteral("summary.csv"));
    request.format = ExportFormat::excelFrance();
    request.electionId = f.electionId;
    const ExportResult result = run(db, request);
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.rows, 2); // campaign C has no election
    const Parsed parsed = parse(m_python, request.path, u';');
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.rows.size(), 3);
    const QStringList header = parsed.rows.at(0);
    const auto cell = [&](int row, const QString &column) {
        const qsizetype index = header.indexOf(column);
        return index < 0 ? QStringLiteral("<no column %1>").arg(column)
                         : parsed.rows.at(row).at(index);
    };
    QCOMPARE(cell(1, QStringLiteral("Campaign")), QStringLiteral("Réunion publique; \"mairie\""));
    QCOMPARE(cell(2, QStringLiteral("Campaign")), QStringLiteral("'=Relance"));
    QCOMPARE(cell(1, QStringLiteral("Election")), QStringLiteral("Municipales 2027"));
    QCOMPARE(cell(1, QStringLiteral("Provider")), QStringLiteral("Sandbox"));
    QCOMPARE(cell(1, QStringLiteral("Recipients")), QStringLiteral("5"));
    QCOMPARE(cell(1, QStringLiteral("Parts")), QStringLiteral("8"));
    QCOMPARE(cell(1, QStringLiteral("Accepted by the provider")), QStringLiteral("3"));
    QCOMPARE(cell(1, QStringLiteral("Delivered")), QStringLiteral("1"));
    QCOMPARE(cell(1, QStringLiteral("Failed")), QStringLiteral("2"));
    QCOMPARE(cell(1, QStringLiteral("Expired")), QStringLiteral("1"));
    QCOMPARE(cell(1, QStringLiteral("Replies")), QStringLiteral("2"));
    QCOMPARE(cell(1, QStringLiteral("Opt-outs")), QStringLiteral("1"));
    QCOMPARE(cell(2, QStringLiteral("Cancelled")), QStringLiteral("1"));
    QCOMPARE(cell(2, QStringLiteral("Replies")), QStringLiteral("1"));
    QCOMPARE(cell(2, QStringLiteral("Opt-outs")), QStringLiteral("1"));
    // A: 4500 + 9000 + 4501 accepted; VAT 20 % of 18001 = 3600.2 -> 3600.
    QCOMPARE(cell(1, QStringLiteral("Spend excl. VAT (EUR)")), QStringLiteral("0,18001"));
    QCOMPARE(cell(1, QStringLiteral("VAT (EUR)")), QStringLiteral("0,03600"));
    QCOMPARE(cell(1, QStringLiteral("Spend incl. VAT (EUR)")), QStringLiteral("0,21601"));
    QCOMPARE(cell(1, QStringLiteral("Budget cap (EUR)")), QStringLiteral("50,00000"));
    QCOMPARE(cell(2, QStringLiteral("Budget cap (EUR)")), QString());
    QCOMPARE(cell(1, QStringLiteral("First sent (Europe/Paris)")), paris(kSpringMs - 1000));
}

void tst_Exports::spend()
{
    OPEN_FIXTURE(db, f);
    QTemporaryDir dir;
    ExportRequest request;
    request.kind = ExportKind::Spend;
    request.path = dir.filePath(QStringLiteral("spend.csv"));
    request.format = ExportFormat::standard();
    request.electionId = f.electionId;
    const ExportResult result = run(db, request);
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    const Parsed parsed = parse(m_python, request.path, u',');
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    // A on 2027-03-28 (two hours, one Paris date), A and B on 2027-10-31 (Paris), then TOTAL.
    QCOMPARE(parsed.rows.size(), 5);
    QCOMPARE(result.rows, 3);
    QCOMPARE(parsed.rows.at(1),
             QStringList({QStringLiteral("2027-03-28"), QStringLiteral("Sandbox"),
                          QStringLiteral("Réunion publique; \"mairie\""), QStringLiteral("3"),
                          QStringLiteral("0.13500"), QStringLiteral("0.02700"),
                          QStringLiteral("0.16200")}));
    QCOMPARE(parsed.rows.at(2).mid(0, 4),
             QStringList({QStringLiteral("2027-10-31"), QStringLiteral("Octopush"),
                          QStringLiteral("'=Relance"), QStringLiteral("4")}));
    // 9999 + 3333 = 13332 at 10 %: 1333.2 -> 1333.
    QCOMPARE(parsed.rows.at(2).mid(4),
             QStringList({QStringLiteral("0.13332"), QStringLiteral("0.01333"),
                          QStringLiteral("0.14665")}));
    QCOMPARE(parsed.rows.at(3).mid(0, 2),
             QStringList({QStringLiteral("2027-10-31"), QStringLiteral("Sandbox")}));
    const QStringList total = parsed.rows.at(4);
    QCOMPARE(total.at(0), QStringLiteral("TOTAL"));
    const qint64 dbParts = sqlSum(
        db,
        QStringLiteral("SELECT SUM(m.parts) FROM messages m JOIN campaigns c ON c.id = "
                       "m.campaign_id WHERE m.accepted_at IS NOT NULL AND c.election_id = %1")
            .arg(f.electionId));
    const qint64 dbNet = sqlSum(
        db,
        QStringLiteral("SELECT SUM(m.cost_mc) FROM messages m JOIN campaigns c ON c.id = "
                       "m.campaign_id WHERE m.accepted_at IS NOT NULL AND c.election_id = %1")
            .arg(f.electionId));
    QCOMPARE(total.at(3).toLongLong(), dbParts);
    QCOMPARE(millicents(total.at(4)), dbNet);
    qint64 net = 0, vat = 0, gross = 0;
    for (qsizetype i = 1; i < parsed.rows.size() - 1; ++i) {
        net += millicents(parsed.rows.at(i).at(4));
        vat += millicents(parsed.rows.at(i).at(5));
        gross += millicents(parsed.rows.at(i).at(6));
    }
    QCOMPARE(millicents(total.at(4)), net);
    QCOMPARE(millicents(total.at(5)), vat);
    QCOMPARE(millicents(total.at(6)), gross);
    QCOMPARE(net + vat, gross);

    // One campaign alone.
    request.electionId = 0;
    request.campaignId = f.campaignC;
    QVERIFY(run(db, request).ok());
    const Parsed one = parse(m_python, request.path, u',');
    QCOMPARE(one.rows.size(), 3);
    QCOMPARE(one.rows.at(2).at(4), QStringLiteral("0.04500"));
}

void tst_Exports::fullNumbers()
{
    OPEN_FIXTURE(db, f);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString user = QStringLiteral(
        "INSERT INTO users (login, display_name, role, created_at) VALUES (?, ?, ?, ?)");
    const qint64 alice = insert(
        db, user,
        {QStringLiteral("alice"), QStringLiteral("Alice"), QStringLiteral("administrator"), now});
    QVERIFY(alice);
    QVERIFY(insert(
        db, user, {QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("composer"), now}));
    QTemporaryDir dir;
    ExportRequest request;
    request.kind = ExportKind::Report;
    request.path = dir.filePath(QStringLiteral("full.csv"));
    request.format = ExportFormat::standard();
    request.format.fullNumbers = true;
    request.campaignId = f.campaignA;
    const int audited = auditCount(db);

    const ExportResult refused = run(db, request, QStringLiteral("bob"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorString.contains(QStringLiteral("administrator")),
             qPrintable(refused.errorString));
    QVERIFY(!QFile::exists(request.path));
    QCOMPARE(auditCount(db), audited);

    // Masked, bob may.
    request.format.fullNumbers = false;
    QVERIFY(run(db, request, QStringLiteral("bob")).ok());

    request.format.fullNumbers = true;
    const ExportResult allowed = run(db, request, QStringLiteral("alice"));
    QVERIFY2(allowed.ok(), qPrintable(allowed.errorString));
    const Parsed parsed = parse(m_python, request.path, u',');
    QCOMPARE(parsed.rows.at(1).at(0), QStringLiteral("'+33612345678"));
    QCOMPARE(parsed.rows.at(2).at(0), QStringLiteral("'+447911123456"));

    QSqlQuery audit(db.connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT actor, user_id, details FROM audit_log "
                                      "WHERE action = 'export.report' ORDER BY id")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("bob"));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("alice"));
    QCOMPARE(audit.value(1).toLongLong(), alice);
    QVERIFY(QJsonDocument::fromJson(audit.value(2).toByteArray())
                .object()
                .value(QStringLiteral("full_numbers"))
                .toBool());
}

void tst_Exports::records()
{
    OPEN_FIXTURE(db, f);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO suppressions (phone, reason, source, note, "
                                      "added_at) VALUES ('+33612345678', 'stop_reply', 'sms', "
                                      "'dit \"non\"; merci', %1)")
                           .arg(now)));
    QTemporaryDir dir;
    ExportRequest request;
    request.kind = ExportKind::Suppression;
    request.path = dir.filePath(QStringLiteral("suppressions.csv"));
    request.format = ExportFormat::standard();
    ExportResult result = run(db, request);
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    Parsed parsed = parse(m_python, request.path, u',');
    QCOMPARE(parsed.rows.size(), 2);
    QCOMPARE(parsed.rows.at(1).at(0), QStringLiteral("'+33 6 12 ** ** 78"));
    QCOMPARE(parsed.rows.at(1).at(3), QStringLiteral("dit \"non\"; merci"));

    request.kind = ExportKind::Audit;
    request.path = dir.filePath(QStringLiteral("audit.csv"));
    const int audited = auditCount(db);
    result = run(db, request);
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.rows, audited);
    parsed = parse(m_python, request.path, u',');
    QCOMPARE(parsed.rows.at(0), AuditLog::csvHeader());
    QCOMPARE(parsed.rows.constLast().at(3), QStringLiteral("export.suppression")); // oldest first

    // AuditLog::exportCsv (Settings -> Audit log) is the same export, audited its own way.
    QString error;
    const QString legacy = dir.filePath(QStringLiteral("legacy.csv"));
    QCOMPARE(
        AuditLog::exportCsv(&db, legacy, CsvWriter::Options(), QStringLiteral("camille"), &error),
        audited + 1);
    QCOMPARE(parse(m_python, legacy, u',').rows.size(), audited + 2);
}

void tst_Exports::cancelLeavesNoFile()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QVERIFY(db.openAndMigrate());
    Fixture f;
    QVERIFY(buildFixture(db, &f));
    // Enough messages for progress to be asked mid-way.
    QSqlQuery insertMany(db.connection());
    QVERIFY(insertMany.exec(
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
            "INSERT INTO messages (campaign_id, phone, body, encoding, parts, state, client_ref, "
            "queued_at) SELECT %1, '+3361' || printf('%08d', i), 'x', 'GSM-7', 1, 'queued', "
            "'many-' || i, %2 FROM n")
            .arg(f.campaignB)
            .arg(kSpringMs)));
    QTemporaryDir dir;
    ExportRequest request;
    request.kind = ExportKind::Report;
    request.path = dir.filePath(QStringLiteral("cancelled.csv"));
    request.format = ExportFormat::standard();
    request.campaignId = f.campaignB;
    qint64 seenTotal = 0;
    const int audited = auditCount(db);
    const ExportResult result = Reports::runExport(
        &db, request,
        [&](qint64 done, qint64 total) {
            seenTotal = total;
            return done < Reports::ProgressEveryRows;
        },
        db.actor());
    QVERIFY(result.cancelled);
    QCOMPARE(seenTotal, 10003);
    QVERIFY(!QFile::exists(request.path));
    QCOMPARE(auditCount(db), audited);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // no temporary left either
}

void tst_Exports::badRequests()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QVERIFY(db.openAndMigrate());
    QTemporaryDir dir;
    ExportRequest request;
    request.path = dir.filePath(QStringLiteral("x.csv"));
    request.kind = ExportKind::Report;
    const int audited = auditCount(db);
    QVERIFY(run(db, request).errorString.contains(QStringLiteral("choose a campaign")));
    request.kind = ExportKind::Spend;
    QVERIFY(run(db, request).errorString.contains(QStringLiteral("election or a campaign")));
    request.kind = ExportKind::Rejects;
    QVERIFY(run(db, request).errorString.contains(QStringLiteral("choose an audience")));
    request.kind = ExportKind::Audit;
    request.campaignId = 3;
    QVERIFY(run(db, request).errorString.contains(QStringLiteral("not made for one campaign")));
    request.campaignId = 0;
    request.path = dir.filePath(QStringLiteral("no/such/folder/x.csv"));
    QVERIFY(!run(db, request).ok());
    QCOMPARE(auditCount(db), audited);
    for (const ExportKind kind : Reports::ExportKinds::all())
        QVERIFY(Reports::ExportKinds::fromKey(Reports::ExportKinds::key(kind)) == kind);
}

QTEST_GUILESS_MAIN(tst_Exports)
#include "tst_exports.moc"
