// SPDX-License-Identifier: GPL-3.0-or-later
#include "consent/consentledger.h"
#include "reports/consentproof.h"
#include "reports/exporter.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Consent::Ledger;
using Reports::ConsentProof;

// The consent proof of a number or an audience, read back with an independent CSV parser
// (Python's csv module): every event in recording order, where the number came from, the state
// each event left, and nothing about numbers outside the scope.
class tst_ConsentProof : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void oneNumber_data() { addBackendRows(); }
    void oneNumber();
    void audience_data() { addBackendRows(); }
    void audience();
    void ownProofAudience_data() { addBackendRows(); }
    void ownProofAudience();
    void errorsAndCancel_data() { addBackendRows(); }
    void errorsAndCancel();

private:
    QString m_python;
};

namespace {

// Numbers of the fixture.
const QString kA = QStringLiteral("+33612345601"); // asked, OUI, STOP, then OUI again
const QString kB = QStringLiteral("+33612345602"); // asked, NON, then an override to yes
const QString kC = QStringLiteral("+33612345603"); // asked, no answer
const QString kD = QStringLiteral("+33612345604"); // member of the party's own list only
const QString kE = QStringLiteral("+33612345605"); // another audience's number
const QString kSha =
    QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
const QString kRequest =
    QStringLiteral("Bonjour, acceptez-vous de recevoir les messages de Camille Martin ?\n"
                   "Répondez OUI ; STOP au 36105");

struct Fixture
{
    qint64 rented = 0; // audience 1: a rented file (contacts A, B, C)
    qint64 members = 0; // audience 2: the party's own list (contacts A, D), own proof
    qint64 other = 0; // audience 3: contact E
    qint64 adminId = 0;
};

qint64 insertId(Database &db, const QString &table, const QString &name)
{
    QSqlQuery id(db.connection());
    id.prepare(QStringLiteral("SELECT MAX(id) FROM %1 WHERE %2 = ?")
                   .arg(table,
                        table == QLatin1String("imports") ? QStringLiteral("file_name")
                                                          : QStringLiteral("name")));
    id.addBindValue(name);
    return id.exec() && id.next() ? id.value(0).toLongLong() : 0;
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

bool addAudience(Database &db, const QString &name, const QString &broker, const QString &file,
                 const QStringList &phones, qint64 *audienceId)
{
    QSqlQuery query(db.connection());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!exec(query,
              QStringLiteral("INSERT INTO audiences (name, broker, consent_terms, created_at) "
                             "VALUES (?, ?, ?, ?)"),
              {name, broker, QStringLiteral("opt-in partenaires"), now}))
        return false;
    *audienceId = insertId(db, QStringLiteral("audiences"), name);
    qint64 importId = 0;
    if (!file.isEmpty()) {
        if (!exec(query,
                  QStringLiteral("INSERT INTO imports (audience_id, file_name, file_sha256, state, "
                                 "started_at, finished_at) VALUES (?, ?, ?, 'done', ?, ?)"),
                  {*audienceId, file, kSha, now - 60000, now - 30000}))
            return false;
        importId = insertId(db, QStringLiteral("imports"), file);
    }
    for (const QString &phone : phones) {
        if (!exec(query,
                  QStringLiteral("INSERT INTO contacts (audience_id, phone, import_id, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?)"),
                  {*audienceId, phone,
                   importId > 0 ? QVariant(importId) : QVariant(QMetaType(QMetaType::LongLong)),
                   now, now}))
            return false;
    }
    return *audienceId > 0;
}

Ledger::Record record(const QString &phone, Ledger::Event event, qint64 audienceId,
                      const QString &audienceName)
{
    Ledger::Record r;
    r.phone = phone;
    r.event = event;
    r.audienceId = audienceId;
    r.audienceName = audienceName;
    return r;
}

bool buildFixture(Database &db, Fixture *f)
{
    if (!addAudience(db, QStringLiteral("Fichier loué « Alsace »"),
                     QStringLiteral("Courtier \"Data\", SA"), QStringLiteral("loue;67.csv"),
                     {kA, kB, kC}, &f->rented)
        || !addAudience(db, QStringLiteral("Adhérents"), QString(), QString(), {kA, kD},
                        &f->members)
        || !addAudience(db, QStringLiteral("Autre fichier"), QStringLiteral("Autre courtier"),
                        QStringLiteral("autre.csv"), {kE}, &f->other))
        return false;
    QSqlQuery query(db.connection());
    if (!exec(query,
              QStringLiteral("INSERT INTO users (login, display_name, role, created_at) VALUES "
                             "('admin', 'Alex Admin', 'administrator', ?)"),
              {QDateTime::currentMSecsSinceEpoch()}))
        return false;
    f->adminId =
        queryScalar(db, QStringLiteral("SELECT id FROM users WHERE login = 'admin'")).toLongLong();

    Ledger ledger(&db);
    const QString rentedName = QStringLiteral("Fichier loué « Alsace »");
    const QDateTime t0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    const auto append = [&](Ledger::Record r, int minutes) {
        r.at = t0.addSecs(minutes * 60);
        if (!ledger.append(r)) {
            qWarning() << ledger.errorString();
            return false;
        }
        return true;
    };
    Ledger::Record asked = record(kA, Ledger::Event::Requested, f->rented, rentedName);
    asked.textSent = kRequest;
    asked.messageId = 41;
    asked.providerMessageId = QStringLiteral("sbx-41");
    Ledger::Record yes = record(kA, Ledger::Event::Granted, f->rented, rentedName);
    yes.textReceived = QStringLiteral("Oui, d'accord");
    yes.actor = QStringLiteral("recipient");
    yes.providerMessageId = QStringLiteral("sbx-in-7");
    if (!append(asked, 0) || !append(yes, 5))
        return false;
    Ledger::Record stop = record(kA, Ledger::Event::OptedOut, f->rented, rentedName);
    stop.at = t0.addSecs(60 * 60);
    stop.textReceived = QStringLiteral("STOP");
    stop.actor = QStringLiteral("recipient");
    if (!ledger.suppress(stop, QStringLiteral("stop_reply"), QStringLiteral("sandbox"))) {
        qWarning() << ledger.errorString();
        return false;
    }
    Ledger::Record again = yes;
    again.textReceived = QStringLiteral("OUI");
    if (!append(again, 120)) // STOP wins: the state stays opted out
        return false;

    Ledger::Record askedB = record(kB, Ledger::Event::Requested, f->rented, rentedName);
    askedB.textSent = kRequest;
    Ledger::Record no = record(kB, Ledger::Event::Refused, f->rented, rentedName);
    no.textReceived = QStringLiteral("non merci");
    no.actor = QStringLiteral("recipient");
    Ledger::Record override = record(kB, Ledger::Event::Override, f->rented, rentedName);
    override.state = QStringLiteral("granted");
    override.note = QStringLiteral("called back; said =yes");
    override.actor = QStringLiteral("admin");
    override.userId = f->adminId;
    Ledger::Record askedC = record(kC, Ledger::Event::Requested, f->rented, rentedName);
    askedC.textSent = kRequest;
    Ledger::Record askedE =
        record(kE, Ledger::Event::Requested, f->other, QStringLiteral("Autre fichier"));
    Ledger::Record yesE =
        record(kE, Ledger::Event::Granted, f->other, QStringLiteral("Autre fichier"));
    if (!append(askedB, 1) || !append(no, 7) || !append(override, 200) || !append(askedC, 2)
        || !append(askedE, 3) || !append(yesE, 4))
        return false;
    if (!ledger.setOwnProof(f->members, QStringLiteral("Formulaire d'adhésion signé, 2025"),
                            QStringLiteral("admin"), f->adminId)) {
        qWarning() << ledger.errorString();
        return false;
    }
    return true;
}

// Opens the database of the current backend row and builds the fixture.
#define OPEN_FIXTURE(db, fixture)                                                                  \
    TRIBUNE_TEST_DATABASE(testDb);                                                                 \
    Database db(testDb.url());                                                                     \
    {                                                                                              \
        QString openError;                                                                         \
        QVERIFY2(db.openAndMigrate(&openError), qPrintable(openError));                            \
    }                                                                                              \
    Fixture fixture;                                                                               \
    QVERIFY(buildFixture(db, &fixture))

// A cell as written, without the apostrophe that protects cells starting with '+' from being
// read as formulas.
QString unprotected(const QString &cell)
{
    return cell.startsWith(QLatin1Char('\'')) ? cell.mid(1) : cell;
}

QString paris(const QDateTime &utc)
{
    return Reports::TimestampFormatter().format(utc.toMSecsSinceEpoch());
}

enum Column {
    Number,
    Time,
    EventLabel,
    EventCode,
    StateLabel,
    StateCode,
    AudienceName,
    Broker,
    SourceFile,
    SourceSha,
    Imported,
    TextSent,
    TextReceived,
    ProviderId,
    MessageId,
    RecordedBy,
    Note,
    ColumnCount
};

} // namespace

void tst_ConsentProof::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
}

// The file read back by Python's csv module; header first.
static QList<QStringList> parseCsv(const QString &python, const QString &path, QChar delimiter)
{
    QList<QStringList> rows;
    QProcess process;
    process.start(
        python,
        {QStringLiteral("-c"),
         QStringLiteral("import csv,json,sys\n"
                        "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                        "    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2]))))"),
         path, QString(delimiter)});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << process.readAllStandardError();
        return rows;
    }
    const QJsonArray array = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    for (const QJsonValue &row : array) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells.append(cell.toString());
        rows.append(cells);
    }
    return rows;
}

void tst_ConsentProof::oneNumber()
{
    if (m_python.isEmpty())
        QSKIP("python3 is not installed");
    OPEN_FIXTURE(db, f);
    QTemporaryDir dir;
    for (const bool excel : {false, true}) {
        Reports::ExportRequest request;
        request.kind = Reports::ExportKind::Consent;
        request.path = dir.filePath(QStringLiteral("proof-a.csv"));
        request.format =
            excel ? Reports::ExportFormat::excelFrance() : Reports::ExportFormat::standard();
        request.phone = QStringLiteral("06 12 34 56 01"); // as people type it
        QList<qint64> progress;
        const Reports::ExportResult result =
            Reports::exportConsentProof(&db, request, [&](qint64 done, qint64 total) {
                progress.append(done);
                progress.append(total);
                return true;
            });
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        // A's four events and the own proof of the members' list, which A belongs to.
        QCOMPARE(result.rows, 5);
        QCOMPARE(progress.mid(progress.size() - 2), (QList<qint64> {5, 5}));

        QFile file(request.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), excel);

        const QList<QStringList> rows =
            parseCsv(m_python, request.path, excel ? QLatin1Char(';') : QLatin1Char(','));
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.at(0), ConsentProof::header(QStringLiteral("Europe/Paris")));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), int(ColumnCount));

        // The party's own proof for every contact of its list comes first.
        QVERIFY(rows.at(1).at(Number).startsWith(QLatin1Char('*')));
        QCOMPARE(rows.at(1).at(EventCode), QStringLiteral("own_proof"));
        QCOMPARE(rows.at(1).at(AudienceName), QStringLiteral("Adhérents"));
        QCOMPARE(rows.at(1).at(Note), QStringLiteral("Formulaire d'adhésion signé, 2025"));
        QCOMPARE(rows.at(1).at(RecordedBy), QStringLiteral("admin (Alex Admin)"));

        // Then A's events in the order they were recorded, each with the state it left.
        const QStringList codes = {rows.at(2).at(EventCode), rows.at(3).at(EventCode),
                                   rows.at(4).at(EventCode), rows.at(5).at(EventCode)};
        QCOMPARE(codes, QStringList({"requested", "granted", "opted_out", "granted"}));
        const QStringList states = {rows.at(2).at(StateCode), rows.at(3).at(StateCode),
                                    rows.at(4).at(StateCode), rows.at(5).at(StateCode)};
        QCOMPARE(states, QStringList({"requested", "granted", "opted_out", "opted_out"}));
        QCOMPARE(rows.at(5).at(StateLabel), Ledger::stateLabel(QStringLiteral("opted_out")));
        QCOMPARE(rows.at(5).at(StateCode), Ledger(&db).state(kA));
        for (int i = 2; i <= 5; ++i) {
            // The number in full, whatever the format's masking.
            QCOMPARE(unprotected(rows.at(i).at(Number)), kA);
            QCOMPARE(rows.at(i).at(AudienceName), QStringLiteral("Fichier loué « Alsace »"));
            QCOMPARE(rows.at(i).at(Broker), QStringLiteral("Courtier \"Data\", SA"));
            QCOMPARE(rows.at(i).at(SourceFile), QStringLiteral("loue;67.csv"));
            QCOMPARE(rows.at(i).at(SourceSha), kSha);
            QVERIFY(!rows.at(i).at(Imported).isEmpty());
        }
        const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        QCOMPARE(rows.at(2).at(Time), paris(t0));
        QCOMPARE(rows.at(2).at(Time), QStringLiteral("2026-03-02 10:00:00")); // CET
        QCOMPARE(rows.at(3).at(Time), paris(t0.addSecs(300)));
        QCOMPARE(rows.at(2).at(TextSent), kRequest); // the line break and ';' survive
        QCOMPARE(rows.at(2).at(ProviderId), QStringLiteral("sbx-41"));
        QCOMPARE(rows.at(2).at(MessageId), QStringLiteral("41"));
        QCOMPARE(rows.at(3).at(TextReceived), QStringLiteral("Oui, d'accord"));
        QCOMPARE(rows.at(3).at(RecordedBy), QStringLiteral("recipient"));
        QCOMPARE(rows.at(4).at(TextReceived), QStringLiteral("STOP"));
        QCOMPARE(rows.at(4).at(EventLabel), Ledger::eventLabel(Ledger::Event::OptedOut));

        // No other number.
        for (const QString &other : {kB, kC, kD, kE})
            QVERIFY(!bytes.contains(other.toUtf8()));
    }

    // The override: B's proof ends in the state an administrator set, with the reason.
    Reports::ExportRequest request;
    request.kind = Reports::ExportKind::Consent;
    request.path = dir.filePath(QStringLiteral("proof-b.csv"));
    request.format = Reports::ExportFormat::standard();
    request.format.fullNumbers = false; // a proof shows the number anyway
    request.phone = kB;
    const Reports::ExportResult result = Reports::exportConsentProof(&db, request, {});
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    const QList<QStringList> rows = parseCsv(m_python, request.path, QLatin1Char(','));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(unprotected(rows.at(1).at(Number)), kB);
    QCOMPARE(rows.at(2).at(StateCode), QStringLiteral("refused"));
    QCOMPARE(rows.at(3).at(EventCode), QStringLiteral("override"));
    QCOMPARE(rows.at(3).at(StateCode), QStringLiteral("granted"));
    QCOMPARE(rows.at(3).at(StateCode), Ledger(&db).state(kB));
    QCOMPARE(rows.at(3).at(RecordedBy), QStringLiteral("admin (Alex Admin)"));
    // The note keeps its text; '=' inside a cell is no formula.
    QCOMPARE(rows.at(3).at(Note), QStringLiteral("granted: called back; said =yes"));

    // A number without any event: a header, no row.
    request.phone = QStringLiteral("+33612345699");
    request.path = dir.filePath(QStringLiteral("proof-none.csv"));
    const Reports::ExportResult none = Reports::exportConsentProof(&db, request, {});
    QVERIFY2(none.ok(), qPrintable(none.errorString));
    QCOMPARE(none.rows, 0);
    QCOMPARE(parseCsv(m_python, request.path, QLatin1Char(',')).size(), 1);
}

void tst_ConsentProof::audience()
{
    if (m_python.isEmpty())
        QSKIP("python3 is not installed");
    OPEN_FIXTURE(db, f);
    QTemporaryDir dir;
    Reports::ExportRequest request;
    request.kind = Reports::ExportKind::Consent;
    request.path = dir.filePath(QStringLiteral("proof-rented.csv"));
    request.format = Reports::ExportFormat::excelFrance();
    request.audienceId = f.rented;
    const Reports::ExportResult result = Reports::exportConsentProof(&db, request, {});
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.path, request.path);
    const QList<QStringList> rows = parseCsv(m_python, request.path, QLatin1Char(';'));
    // A: 4 events, B: 3, C: 1; the rented file has no own proof.
    QCOMPARE(result.rows, 8);
    QCOMPARE(rows.size(), 9);
    QStringList numbers;
    for (qsizetype i = 1; i < rows.size(); ++i)
        numbers.append(unprotected(rows.at(i).at(Number)));
    QCOMPARE(numbers, QStringList({kA, kA, kA, kA, kB, kB, kB, kC}));
    // Each number's last row holds its current state.
    QCOMPARE(rows.at(4).at(StateCode), Ledger(&db).state(kA));
    QCOMPARE(rows.at(7).at(StateCode), Ledger(&db).state(kB));
    QCOMPARE(rows.at(8).at(StateCode), QStringLiteral("requested"));
    QCOMPARE(rows.at(8).at(StateLabel), Ledger::stateLabel(QStringLiteral("requested")));
    QCOMPARE(rows.at(8).at(SourceFile), QStringLiteral("loue;67.csv"));

    // The members' list: its own proof, then A's events (A is one of its contacts, and its
    // state comes from events recorded under the rented file); D has no event, E is elsewhere.
    request.audienceId = f.members;
    request.format = Reports::ExportFormat::standard();
    request.path = dir.filePath(QStringLiteral("proof-members.csv"));
    const Reports::ExportResult members = Reports::exportConsentProof(&db, request, {});
    QVERIFY2(members.ok(), qPrintable(members.errorString));
    const QList<QStringList> memberRows = parseCsv(m_python, request.path, QLatin1Char(','));
    QCOMPARE(memberRows.size(), 6);
    QCOMPARE(memberRows.at(1).at(EventCode), QStringLiteral("own_proof"));
    for (int i = 2; i < 6; ++i)
        QCOMPARE(unprotected(memberRows.at(i).at(Number)), kA);
    QFile file(request.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const QString &other : {kB, kC, kD, kE})
        QVERIFY(!bytes.contains(other.toUtf8()));

    // The other audience: E only, and not the members' own proof.
    request.audienceId = f.other;
    request.path = dir.filePath(QStringLiteral("proof-other.csv"));
    const Reports::ExportResult other = Reports::exportConsentProof(&db, request, {});
    QVERIFY2(other.ok(), qPrintable(other.errorString));
    const QList<QStringList> otherRows = parseCsv(m_python, request.path, QLatin1Char(','));
    QCOMPARE(otherRows.size(), 3);
    QCOMPARE(unprotected(otherRows.at(1).at(Number)), kE);
    QCOMPARE(otherRows.at(2).at(StateCode), QStringLiteral("granted"));
    QCOMPARE(otherRows.at(2).at(SourceFile), QStringLiteral("autre.csv"));
}

void tst_ConsentProof::ownProofAudience()
{
    // A number's proof read without an audience still names the own proof of each list it is in,
    // and a number kept by the ledger after its audience was purged is still found.
    OPEN_FIXTURE(db, f);
    QString error;
    QCOMPARE(ConsentProof::normalizePhone(&db, QStringLiteral("0612345604"), 0, &error), kD);
    QCOMPARE(
        ConsentProof::normalizePhone(&db, QStringLiteral("+33 6 12 34 56 04"), f.members, &error),
        kD);
    // A number of fiction (not valid for libphonenumber) that the ledger holds.
    Ledger ledger(&db);
    Ledger::Record fiction = record(QStringLiteral("+33639980001"), Ledger::Event::Requested,
                                    f.rented, QStringLiteral("x"));
    QVERIFY(ledger.append(fiction));
    QCOMPARE(ConsentProof::normalizePhone(&db, QStringLiteral("06 39 98 00 01"), 0, &error),
             QStringLiteral("+33639980001"));
    QVERIFY(ConsentProof::normalizePhone(&db, QStringLiteral("bonjour"), 0, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("bonjour")), qPrintable(error));

    QTemporaryDir dir;
    Reports::ExportRequest request;
    request.kind = Reports::ExportKind::Consent;
    request.path = dir.filePath(QStringLiteral("proof-d.csv"));
    request.format = Reports::ExportFormat::standard();
    request.phone = kD;
    const Reports::ExportResult result = Reports::exportConsentProof(&db, request, {});
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.rows, 1); // the members' own proof, nothing else
}

void tst_ConsentProof::errorsAndCancel()
{
    OPEN_FIXTURE(db, f);
    QTemporaryDir dir;
    Reports::ExportRequest request;
    request.kind = Reports::ExportKind::Consent;
    request.path = dir.filePath(QStringLiteral("proof.csv"));
    request.format = Reports::ExportFormat::standard();

    // Neither a number nor an audience; an audience that does not exist; not a number.
    Reports::ExportResult result = Reports::exportConsentProof(&db, request, {});
    QVERIFY(!result.ok());
    QVERIFY(!result.errorString.isEmpty());
    request.audienceId = 987654;
    result = Reports::exportConsentProof(&db, request, {});
    QVERIFY(result.errorString.contains(QLatin1String("987654")));
    request.audienceId = 0;
    request.phone = QStringLiteral("06 12");
    result = Reports::exportConsentProof(&db, request, {});
    QVERIFY(result.errorString.contains(QLatin1String("06 12")));
    QVERIFY(!QFile::exists(request.path));

    // Enough events for a progress report, cancelled there: no file.
    Ledger ledger(&db);
    const int events = int(Reports::ProgressEveryRows) + 10;
    {
        QVERIFY(db.connection().transaction());
        for (int i = 0; i < events; ++i) {
            Ledger::Record r = record(kC, Ledger::Event::Requested, f.rented, QStringLiteral("x"));
            r.note = QString::number(i);
            QVERIFY(ledger.append(r));
        }
        QVERIFY(db.connection().commit());
    }
    request.phone = kC;
    int calls = 0;
    result = Reports::exportConsentProof(&db, request, [&](qint64 done, qint64 total) {
        ++calls;
        return !(done > 0 && total == events + 1);
    });
    QVERIFY(result.cancelled);
    QCOMPARE(calls, 1);
    QVERIFY(!QFile::exists(request.path));
    // Not cancelled: every event.
    result = Reports::exportConsentProof(&db, request, [](qint64, qint64) { return true; });
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.rows, events + 1);
    QVERIFY(QFile::exists(request.path));
}

QTEST_GUILESS_MAIN(tst_ConsentProof)
#include "tst_consentproof.moc"
