// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignstore.h"
#include "compliance/electionstore.h"
#include "consent/consentledger.h"
#include "demo/demodataloader.h"
#include "reports/exporter.h"
#include "reports/transparencyrecord.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using Reports::TransparencyRecord;

// The transparency record of a sent campaign (EU regulation 2024/900): figures that match the
// outbox, a missing sponsor flagged with how to fix it, the authors and the approver, the
// targeting in words (sensitive columns named), and the same record as CSV, HTML and PDF.
class tst_TransparencyRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sentCampaign_data() { addBackendRows(); }
    void sentCampaign();
    void sensitiveColumnAndOwnAudience_data() { addBackendRows(); }
    void sensitiveColumnAndOwnAudience();
    void htmlPdfAndCsv_data() { addBackendRows(); }
    void htmlPdfAndCsv();
    void unknownCampaign_data() { addBackendRows(); }
    void unknownCampaign();
};

namespace {

const QString kMessage =
    QStringLiteral("Bonjour {prenom}, <b>meeting</b> jeudi & vendredi à 19h \"place Kléber\"\n"
                   "Venez nombreux !");
const QString kDemoAudience = QStringLiteral("Démo — Fichier loué Alsace-Moselle");
const QString kDemoElection = QStringLiteral("Élection de démonstration 2027");

struct Fixture
{
    qint64 campaignId = 0;
    qint64 audienceId = 0;
    QStringList sentPhones;
};

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
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

// The demo data, two accounts, a campaign written by Alice and approved by Chloé, and its
// outbox as a send leaves it: delivered, accepted, refused at submission, cancelled.
bool buildFixture(Database &db, Fixture *f)
{
    DemoDataLoader::Options options;
    options.contacts = 20;
    if (!DemoDataLoader(&db).load(options).ok)
        return false;
    QSqlQuery query(db.connection());
    if (!exec(query,
              QStringLiteral("INSERT INTO users (login, display_name, role, created_at) VALUES "
                             "('alice', 'Alice Durand', 'composer', 0), "
                             "('chloe', 'Chloé Weber', 'administrator', 0)")))
        return false;
    CampaignStore alice(&db, QStringLiteral("alice"));
    CampaignStore chloe(&db, QStringLiteral("chloe"));
    Campaign c;
    c.name = QStringLiteral("Réunion <Strasbourg>");
    c.audienceId = alice.audienceId(kDemoAudience);
    c.electionId = alice.electionId(kDemoElection);
    c.providerId = alice.providerId(QStringLiteral("Sandbox (démo)"));
    c.message = kMessage;
    c.footer = QStringLiteral("Camille Martin 2027 - STOP au 36105");
    c.senderId = QStringLiteral("CMartin2027");
    c.segment.filters.append(Segment::Filter(QStringLiteral("departement"), {"67"}));
    c.segment.filters.append(
        Segment::Filter(QStringLiteral("tranche_age"), Segment::Operator::NotIn, {"18-24"}));
    if (!alice.create(&c)) {
        qWarning() << alice.errorString();
        return false;
    }
    if (!chloe.setState(&c, Campaign::State::Approved)
        || !chloe.setState(&c, Campaign::State::Sending)
        || !chloe.setState(&c, Campaign::State::Done)) {
        qWarning() << chloe.errorString();
        return false;
    }
    f->campaignId = c.id;
    f->audienceId = c.audienceId;

    if (!exec(query, QStringLiteral("SELECT phone FROM contacts WHERE audience_id = ? ORDER BY id"),
              {c.audienceId}))
        return false;
    QStringList phones;
    while (query.next())
        phones.append(query.value(0).toString());
    if (phones.size() < 8)
        return false;
    // state, parts, cost, accepted
    struct Outcome
    {
        const char *state;
        int parts;
        qint64 cost;
        bool accepted;
    };
    const QList<Outcome> outcomes = {
        {"delivered", 2, 31000, true}, {"delivered", 2, 31000, true}, {"delivered", 2, 31000, true},
        {"delivered", 1, 15500, true}, {"expired", 1, 15500, true},   {"accepted", 2, 31000, true},
        {"failed", 1, 0, false},       {"cancelled", 1, 0, false},
    };
    const qint64 t0 = QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < outcomes.size(); ++i) {
        const Outcome &o = outcomes.at(i);
        const QString state = QString::fromLatin1(o.state);
        const bool submitted = state != QLatin1String("cancelled");
        const bool final = state == QLatin1String("delivered") || state == QLatin1String("expired")
            || state == QLatin1String("failed") || state == QLatin1String("cancelled");
        const QVariant none(QMetaType(QMetaType::LongLong));
        if (!exec(
                query,
                QStringLiteral("INSERT INTO messages (campaign_id, phone, body, encoding, parts, "
                               "state, client_ref, queued_at, submitted_at, accepted_at, "
                               "final_at, cost_mc) VALUES (?, ?, ?, 'UCS-2', ?, ?, ?, ?, ?, ?, ?, "
                               "?)"),
                {c.id, phones.at(i), kMessage, o.parts, state, QStringLiteral("ref-%1").arg(i),
                 t0 - 60000, submitted ? QVariant(t0 + i * 1000) : none,
                 o.accepted ? QVariant(t0 + i * 1000 + 500) : none,
                 final ? QVariant(t0 + 3600000 + i * 1000) : none, o.cost}))
            return false;
        if (o.accepted)
            f->sentPhones.append(phones.at(i));
    }
    // Two recipients agreed before their message left; a third only after it.
    Consent::Ledger ledger(&db);
    for (int i = 0; i < 3; ++i) {
        Consent::Ledger::Record yes;
        yes.phone = phones.at(i);
        yes.event = Consent::Ledger::Event::Granted;
        yes.audienceId = c.audienceId;
        yes.at = QDateTime::fromMSecsSinceEpoch(i < 2 ? t0 - 86400000 : t0 + 86400000, Qt::UTC);
        if (!ledger.append(yes))
            return false;
    }
    Consent::Ledger::Record asked;
    asked.phone = phones.at(5);
    asked.event = Consent::Ledger::Event::Requested;
    asked.audienceId = c.audienceId;
    return ledger.append(asked);
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

const TransparencyRecord::Field *findField(const QList<TransparencyRecord::Section> &sections,
                                           const QString &label)
{
    for (const TransparencyRecord::Section &section : sections) {
        for (const TransparencyRecord::Field &field : section.fields) {
            if (field.label == label)
                return &field;
        }
    }
    return nullptr;
}

} // namespace

void tst_TransparencyRecord::sentCampaign()
{
    OPEN_FIXTURE(db, f);
    QString error;
    const std::optional<TransparencyRecord> r = TransparencyRecord::load(&db, f.campaignId, &error);
    QVERIFY2(r, qPrintable(error));

    // The figures are the outbox's.
    QCOMPARE(r->amountExclVatMc,
             queryScalar(db,
                         QStringLiteral("SELECT SUM(cost_mc) FROM messages WHERE campaign_id = %1")
                             .arg(f.campaignId))
                 .toLongLong());
    QCOMPARE(r->amountExclVatMc, 155000);
    const int vatPoints =
        queryScalar(db,
                    QStringLiteral("SELECT p.vat_basis_points FROM price_plans p JOIN "
                                   "providers v ON v.price_plan_id = p.id WHERE v.name = "
                                   "'Sandbox (démo)'"))
            .toInt();
    QCOMPARE(r->vatBasisPoints, vatPoints);
    QCOMPARE(r->vatMc, 155000 * vatPoints / 10000);
    QCOMPARE(r->amountInclVatMc(), 155000 + 155000 * vatPoints / 10000);
    QCOMPARE(r->messagesSent, 6); // the refused and the cancelled one never left
    QCOMPARE(r->partsSent, 10);
    QCOMPARE(r->messagesDelivered, 4);
    const qint64 t0 = QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(r->firstSubmission.toMSecsSinceEpoch(), t0);
    QCOMPARE(r->lastActivity.toMSecsSinceEpoch(), t0 + 3600000 + 4000); // the expired one
    // Done: one message still awaits its delivery report, but nothing is left to send.
    QVERIFY(!r->inProgress);

    // The election, without a sponsor yet.
    QCOMPARE(r->electionName, kDemoElection);
    QCOMPARE(r->firstRound, QDate(2027, 3, 14));
    QVERIFY(!r->sponsorDeclared());
    const QList<TransparencyRecord::Section> sections = r->sections(false);
    const TransparencyRecord::Field *sponsor = findField(sections, QStringLiteral("Sponsor"));
    QVERIFY(sponsor);
    QVERIFY(sponsor->warning);
    QVERIFY2(sponsor->value.contains(QLatin1String("NOT DECLARED"))
                 && sponsor->value.contains(QStringLiteral("Settings → Elections")),
             qPrintable(sponsor->value));

    // Targeting and provenance.
    QCOMPARE(r->audienceName, kDemoAudience);
    QVERIFY2(r->segmentDescription.contains(QLatin1String("67")),
             qPrintable(r->segmentDescription));
    QVERIFY(r->sensitiveColumns.isEmpty());
    QVERIFY(!r->ownAudience);
    QCOMPARE(r->broker, QStringLiteral("Fictibase SAS (courtier fictif)"));
    QVERIFY(r->consentTerms.contains(QLatin1String("partenaires")));
    QCOMPARE(r->imports.size(), 1);
    QCOMPARE(r->imports.at(0).fileName, QStringLiteral("fictibase_alsace-moselle_2026-10.csv"));
    QCOMPARE(r->imports.at(0).rows, 20);

    // Consent: two recipients had said yes before their message (a third only after it); one
    // number was asked, and a yes without a request is not counted as an answer to one.
    QCOMPARE(r->recipientsWithYes, 2);
    QCOMPARE(r->numbersAsked, 1);
    QCOMPARE(r->numbersAgreed, 0);

    // Approval: Alice wrote it, Chloé approved it.
    QCOMPARE(r->authors, QStringList {QStringLiteral("Alice Durand (alice)")});
    QCOMPARE(r->approver, QStringLiteral("Chloé Weber (chloe)"));
    QCOMPARE(r->approvedRevision, 1);
    QVERIFY(findField(sections, QStringLiteral("Two-person rule"))
                ->value.startsWith(QLatin1String("respected")));
    QCOMPARE(r->message, kMessage);

    // Once the sponsor is recorded, nothing is flagged.
    ElectionStore elections(&db, QStringLiteral("chloe"));
    std::optional<ElectionStore::Election> election = elections.findByName(kDemoElection);
    QVERIFY(election);
    election->sponsor = QStringLiteral("Camille Martin, candidate; mandataire : Paul Roth");
    election->sponsorContact = QStringLiteral("12 rue des Juifs, 67000 Strasbourg");
    QVERIFY2(elections.save(&*election), qPrintable(elections.errorString()));
    const std::optional<TransparencyRecord> again =
        TransparencyRecord::load(&db, f.campaignId, &error);
    QVERIFY(again);
    QVERIFY(again->sponsorDeclared());
    for (const TransparencyRecord::Section &section : again->sections(false)) {
        for (const TransparencyRecord::Field &field : section.fields)
            QVERIFY2(!field.warning, qPrintable(field.label + QStringLiteral(": ") + field.value));
    }
    QCOMPARE(findField(again->sections(false), QStringLiteral("Sponsor contact"))->value,
             QStringLiteral("12 rue des Juifs, 67000 Strasbourg"));
    QVERIFY(!again->toHtml().contains(QLatin1String("Incomplete record")));
}

void tst_TransparencyRecord::sensitiveColumnAndOwnAudience()
{
    OPEN_FIXTURE(db, f);
    // A segment on a column that looks like religion (allowed by a review, here written
    // directly), on an audience the party collected itself.
    QSqlQuery query(db.connection());
    Segment segment;
    segment.filters.append(Segment::Filter(QStringLiteral("confession"), {"catholique"}));
    QVERIFY(exec(query, QStringLiteral("UPDATE campaigns SET segment = ? WHERE id = ?"),
                 {segment.toJson(), f.campaignId}));
    QVERIFY(Consent::Ledger(&db).setOwnProof(
        f.audienceId, QStringLiteral("Bulletins d'adhésion signés"), QStringLiteral("chloe")));
    QString error;
    const std::optional<TransparencyRecord> r = TransparencyRecord::load(&db, f.campaignId, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->sensitiveColumns.size(), 1);
    QCOMPARE(r->sensitiveColumns.at(0).column, QStringLiteral("confession"));
    const QList<TransparencyRecord::Section> sections = r->sections(false);
    const TransparencyRecord::Field *sensitive =
        findField(sections, QStringLiteral("Sensitive data (GDPR art. 9)"));
    QVERIFY(sensitive && sensitive->warning);
    QVERIFY(sensitive->value.contains(QLatin1String("confession")));
    QVERIFY(r->ownAudience);
    QCOMPARE(r->ownConsentProof, QStringLiteral("Bulletins d'adhésion signés"));
    QVERIFY(r->ownProofRecordedAt.isValid());
    QVERIFY(findField(sections, QStringLiteral("Own proof of consent"))
                ->value.contains(QLatin1String("Bulletins")));
    QVERIFY(findField(sections, QStringLiteral("Basis"))->value.contains(QLatin1String("own")));
}

void tst_TransparencyRecord::htmlPdfAndCsv()
{
    OPEN_FIXTURE(db, f);
    QString error;
    const std::optional<TransparencyRecord> r = TransparencyRecord::load(&db, f.campaignId, &error);
    QVERIFY2(r, qPrintable(error));
    QTemporaryDir dir;

    // HTML: escaped, with a language, well-formed (an XML parser reads it to the end).
    const QString html = r->toHtml();
    QVERIFY(html.contains(QLatin1String("&lt;b&gt;meeting&lt;/b&gt; jeudi &amp; vendredi")));
    QVERIFY(!html.contains(QLatin1String("<b>meeting")));
    QVERIFY(html.contains(QStringLiteral("Réunion &lt;Strasbourg&gt;")));
    QVERIFY(html.contains(QLatin1String("Incomplete record")));
    QXmlStreamReader xml(html);
    QString language;
    int tables = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("html"))
            language = xml.attributes().value(QLatin1String("lang")).toString();
        if (xml.isStartElement() && xml.name() == QLatin1String("table"))
            ++tables;
    }
    QVERIFY2(!xml.hasError(),
             qPrintable(xml.errorString() + QStringLiteral(" at line ")
                        + QString::number(xml.lineNumber())));
    QCOMPARE(language, QStringLiteral("en"));
    QVERIFY(tables >= 8);
    {
        QFile file(dir.filePath(QStringLiteral("record.html")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(html.toUtf8());
    }
    const QString keep = qEnvironmentVariable("TRIBUNE_TRANSPARENCY_OUT");

    // PDF.
    const QString pdfPath = dir.filePath(QStringLiteral("record.pdf"));
    QVERIFY2(r->writePdf(pdfPath, &error), qPrintable(error));
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    const int pages = int(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ")
                          + bytes.count("/Type /Page>"));
    QVERIFY2(pages >= 1, bytes.left(400).constData());
    if (!keep.isEmpty()) {
        QFile::remove(keep + QStringLiteral(".pdf"));
        QFile::copy(pdfPath, keep + QStringLiteral(".pdf"));
        QFile::remove(keep + QStringLiteral(".html"));
        QFile::copy(dir.filePath(QStringLiteral("record.html")), keep + QStringLiteral(".html"));
    }
    // No half-written file when the folder does not exist.
    QVERIFY(!r->writePdf(dir.filePath(QStringLiteral("missing/record.pdf")), &error));

    // CSV, read back by Python's csv module.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    for (const bool excel : {false, true}) {
        Reports::ExportRequest request;
        request.kind = Reports::ExportKind::Transparency;
        request.campaignId = f.campaignId;
        request.path = dir.filePath(QStringLiteral("record.csv"));
        request.format =
            excel ? Reports::ExportFormat::excelFrance() : Reports::ExportFormat::standard();
        int calls = 0;
        const Reports::ExportResult result =
            Reports::exportTransparencyCsv(&db, request, [&](qint64 done, qint64 total) {
                ++calls;
                return done == total;
            });
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(calls, 1);
        QProcess process;
        process.start(
            python,
            {QStringLiteral("-c"),
             QStringLiteral("import csv,json,sys\n"
                            "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                            "    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2]))))"),
             request.path, excel ? QStringLiteral(";") : QStringLiteral(",")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonArray rows = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QCOMPARE(rows.size(), result.rows + 1);
        QCOMPARE(rows.at(0).toArray().at(1).toString(), QStringLiteral("Field"));
        QMap<QString, QString> values;
        for (const QJsonValue &row : rows) {
            QCOMPARE(row.toArray().size(), 3);
            values.insert(row.toArray().at(1).toString(), row.toArray().at(2).toString());
        }
        QCOMPARE(values.value(QStringLiteral("Amount excluding VAT, EUR")),
                 excel ? QStringLiteral("1,55") : QStringLiteral("1.55"));
        QCOMPARE(values.value(QStringLiteral("Amount including VAT, EUR")),
                 excel ? QStringLiteral("1,86") : QStringLiteral("1.86"));
        QCOMPARE(values.value(QStringLiteral("SMS parts sent")), QStringLiteral("10"));
        QCOMPARE(values.value(QStringLiteral("First message sent (Europe/Paris)")),
                 QStringLiteral("2026-11-03 10:00:00"));
        QCOMPARE(values.value(QStringLiteral("Text of the message")), kMessage);
        QCOMPARE(values.value(QStringLiteral("Campaign")), QStringLiteral("Réunion <Strasbourg>"));
        QVERIFY(values.value(QStringLiteral("Sponsor")).startsWith(QLatin1String("NOT DECLARED")));
    }
}

void tst_TransparencyRecord::unknownCampaign()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QVERIFY(!TransparencyRecord::load(&db, 4242, &error));
    QVERIFY2(error.contains(QLatin1String("4242")), qPrintable(error));
    QTemporaryDir dir;
    Reports::ExportRequest request;
    request.kind = Reports::ExportKind::Transparency;
    request.campaignId = 4242;
    request.path = dir.filePath(QStringLiteral("record.csv"));
    request.format = Reports::ExportFormat::standard();
    const Reports::ExportResult result = Reports::exportTransparencyCsv(&db, request, {});
    QVERIFY(!result.ok());
    QVERIFY(!QFile::exists(request.path));
}

QTEST_MAIN(tst_TransparencyRecord)
#include "tst_transparencyrecord.moc"
