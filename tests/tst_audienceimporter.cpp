// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience/audienceimporter.h"
#include "audience/audiencepurge.h"
#include "audience/importcontactsorter.h"
#include "audience/importrowbuilder.h"
#include "campaign/recipientquery.h"
#include "reports/csvwriter.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <QRandomGenerator>

#include <algorithm>
#include <atomic>

class tst_AudienceImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsAndRejects_data() { addBackendRows(); }
    void importsAndRejects();
    void reimportNeverResurrectsStop_data() { addBackendRows(); }
    void reimportNeverResurrectsStop();
    void malformedFiles_data();
    void malformedFiles();
    void windows1252WithoutHeader_data() { addBackendRows(); }
    void windows1252WithoutHeader();
    void overseasRegion();
    void purgeKeepsTheProof_data() { addBackendRows(); }
    void purgeKeepsTheProof();
    void cancelLeavesNothing_data() { addBackendRows(); }
    void cancelLeavesNothing();
    void cancelledReimportLeavesTheAudienceAsItWas_data() { addBackendRows(); }
    void cancelledReimportLeavesTheAudienceAsItWas();
    void cancelWhileStoringLeavesNothing_data() { addBackendRows(); }
    void cancelWhileStoringLeavesNothing();
    void sorterMergesRuns_data();
    void sorterMergesRuns();
    void isoDate_data();
    void isoDate();
    void optInDatesBecomeIso_data() { addBackendRows(); }
    void optInDatesBecomeIso();
    void attributesAsQJsonDocumentWritesThem_data() { addBackendRows(); }
    void attributesAsQJsonDocumentWritesThem();
    void sqliteFastPathStoresWhatQtSqlStores_data();
    void sqliteFastPathStoresWhatQtSqlStores();
    void foreignKeysStayEnforced_data() { addBackendRows(); }
    void foreignKeysStayEnforced();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

const QByteArray kBrokerFile =
    "Civilit\xC3\xA9;Pr\xC3\xA9nom;Nom;T\xC3\xA9l\xC3\xA9phone;Code postal;Commune;Tranche "
    "d'\xC3\xA2ge;Source\n"
    "Mme;Marie;Muller;06 12 34 56 78;67000;Strasbourg;35-49;Jeu\n"
    "M.;Jean;Klein;+33612345679;68100;Mulhouse;50-64;Newsletter\n"
    "M.;Luc;Weber;0033 6 12 34 56 80;57000;Metz;25-34;Jeu\n"
    "Mme;Anne;Huber;03 88 12 34 56;67000;Strasbourg;65+;Jeu\n"
    "Mme;Zo\xC3\xA9;Koenig;06.12.34.56.78;67300;Schiltigheim;18-24;Jeu\n"
    "M.;Paul;Meyer;12345;67000;Strasbourg;35-49;Jeu\n"
    "Mme;L\xC3\xA9"
    "a;\"Dupont; dite \"\"Lili\"\"\";33 6 12 34 56 81;67400;Illkirch;25-34;Newsletter\n"
    "M.;Th\xC3\xA9o;Roux;09 70 12 34 56;67000;Strasbourg;25-34;Newsletter\n";

// Every stored value of an audience's contacts and of its imports' rejected rows, one line per
// row, in file order: what two import paths must agree on.
QStringList storedRows(Database &db, qint64 audienceId)
{
    QStringList rows;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "SELECT phone, line_type, first_name, last_name, postal_code, commune, department, "
        "age_bracket, opt_in_date, attributes, source_row FROM contacts WHERE audience_id = ? "
        "ORDER BY source_row"));
    query.addBindValue(audienceId);
    if (!query.exec())
        return {QStringLiteral("query failed")};
    const auto line = [&query] {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells.append(query.isNull(i) ? QStringLiteral("<null>") : query.value(i).toString());
        return cells.join(QLatin1Char('|'));
    };
    while (query.next())
        rows.append(line());
    query.prepare(QStringLiteral(
        "SELECT r.row_number, r.raw_value, r.reason, r.detail FROM import_rejects r "
        "JOIN imports i ON i.id = r.import_id WHERE i.audience_id = ? ORDER BY r.row_number"));
    query.addBindValue(audienceId);
    if (!query.exec())
        return {QStringLiteral("query failed")};
    while (query.next())
        rows.append(QStringLiteral("reject ") + line());
    return rows;
}

QStringList counts(const AudienceImporter::Result &r)
{
    return {QString::number(r.rows),      QString::number(r.imported),
            QString::number(r.updated),   QString::number(r.duplicates),
            QString::number(r.invalid),   QString::number(r.fixedLine),
            QString::number(r.notMobile), QString::number(r.suppressed),
            QString::number(r.malformed), QString::number(r.badEncoding)};
}

// A file with a bit of everything a broker sends: number formats, duplicates, fixed and VoIP
// lines, values padded with spaces and no-break spaces, accents, quotes and JSON-special
// characters, dates in several shapes, ragged and malformed rows.
QByteArray mixedFile(int extraRows)
{
    QByteArray content = "civilite;prenom;nom;telephone;code_postal;commune;departement;"
                         "tranche_age;date_optin;source;note\n"
                         "Mme; Marie ;Muller;06 12 34 56 78;67000;Strasbourg;;35-49;"
                         "13/05/2024;Jeu;\"a \"\"quoted\"\" note; with ; inside\"\n"
                         "M.;Jean;Klein;+33612345679;\xC2\xA0"
                         "68100\xC2\xA0;Mulhouse;;50-64;"
                         "2024-05-13 14:30:00;News\\letter;tab\there\n"
                         "M.;Luc;Weber;0033 6 12 34 56 80;97400;Saint-Denis;;25-34;1/2/24;Jeu;"
                         "\x01"
                         "control\x1f\n"
                         "Mme;Anne;Huber;03 88 12 34 56;67000;Strasbourg;;65+;;Jeu;\n"
                         "Mme;Zo\xC3\xA9;Koenig;06.12.34.56.78;67300;Schiltigheim;;18-24;;Jeu;\n"
                         "M.;Paul;Meyer;12345;67000;Strasbourg;;35-49;;Jeu;\n"
                         "Mme;L\xC3\xA9"
                         "a;\"Dupont; dite \"\"Lili\"\"\";33 6 12 34 56 81;67400;"
                         "Illkirch;67;25-34;31.12.1999;Newsletter;\xF0\x9F\x98\x80 emoji\n"
                         "M.;Th\xC3\xA9o;Roux;09 70 12 34 56;67000;Strasbourg;;25-34;;News;\n"
                         "M.;Hugo;Ragged;0612345682\n"
                         "Mme;Ines;\"Bad\"quote;0612345683;67000;Strasbourg;;25-34;;Jeu;\n"
                         "Mme;Eve;Late;07 12 34 56 84;  ;   ;;25-34;not a date;Jeu;  \xC2\xA0\n";
    for (int i = 0; i < extraRows; ++i) {
        content += QStringLiteral("M.;P%1;N%1;06 %2;%3;Ville %1;;25-34;%4/0%5/2023;Jeu;n%1\n")
                       .arg(i)
                       .arg(20000000 + (i * 7919) % 70000000)
                       .arg(10000 + i % 80000)
                       .arg(1 + i % 28)
                       .arg(1 + i % 9)
                       .toUtf8();
    }
    return content;
}

} // namespace

QString tst_AudienceImporter::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void tst_AudienceImporter::importsAndRejects()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    AudienceImporter::Options options;
    options.filePath = write(QStringLiteral("fichier.csv"), kBrokerFile);
    options.audienceName = QStringLiteral("Fichier loué 67");
    options.broker = QStringLiteral("Broker X");
    options.consentTerms = QStringLiteral("opt-in partenaires");
    const AudienceImporter::Result r = AudienceImporter(&db, QStringLiteral("alice")).run(options);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QCOMPARE(r.rows, 8);
    QCOMPARE(r.imported, 4); // Marie, Jean, Luc, and Léa ("33 6 …": libphonenumber reads +33)
    QCOMPARE(r.duplicates, 1); // Zoé has Marie's number
    QCOMPARE(r.fixedLine, 1);
    QCOMPARE(r.notMobile, 1); // 09: VoIP
    QCOMPARE(r.imported + r.updated + r.duplicates + r.invalid + r.fixedLine + r.notMobile
                 + r.suppressed + r.malformed + r.badEncoding,
             r.rows);
    QCOMPARE(r.sha256.size(), 64);

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT phone, first_name, department, attributes FROM contacts ORDER BY source_row")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("+33612345678"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("Marie"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("67")); // derived from the postal code
    const QJsonObject attributes =
        QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    QCOMPARE(attributes.value(QStringLiteral("civilite")).toString(), QStringLiteral("Mme"));
    QCOMPARE(attributes.value(QStringLiteral("source")).toString(), QStringLiteral("Jeu"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT contact_count FROM audiences")), r.imported);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts")), r.imported);

    // Every rejected row is kept with its row number (header = row 1) and reason.
    QVERIFY(query.exec(QStringLiteral(
        "SELECT row_number, reason, raw_value FROM import_rejects ORDER BY row_number")));
    QStringList rejects;
    while (query.next())
        rejects.append(
            QStringLiteral("%1:%2").arg(query.value(0).toString(), query.value(1).toString()));
    QVERIFY2(rejects.contains(QStringLiteral("5:fixed_line")),
             qPrintable(rejects.join(QLatin1Char(' '))));
    QVERIFY(rejects.contains(QStringLiteral("6:duplicate")));
    QVERIFY(rejects.contains(QStringLiteral("7:invalid_number")));
    QVERIFY(rejects.contains(QStringLiteral("9:not_mobile")));

    // Provenance.
    QVERIFY(query.exec(QStringLiteral(
        "SELECT a.broker, a.consent_terms, a.origin, a.retention_until, i.file_name, "
        "i.file_sha256, i.state, i.rows_total FROM audiences a JOIN imports i "
        "ON i.audience_id = a.id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Broker X"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("opt-in partenaires"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("rented"));
    QVERIFY(!query.value(3).isNull());
    QCOMPARE(query.value(4).toString(), QStringLiteral("fichier.csv"));
    QCOMPARE(query.value(5).toString(), r.sha256);
    QCOMPARE(query.value(6).toString(), QStringLiteral("done"));
    QCOMPARE(query.value(7).toLongLong(), r.rows);
    QVERIFY(
        RecipientQuery::availableFields(&db, r.audienceId).contains(QStringLiteral("civilite")));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'audience.import' AND actor = 'alice'")),
             1);

    // The reject report, for this import and for the whole audience (with the file name).
    QBuffer one;
    QVERIFY(one.open(QIODevice::WriteOnly));
    CsvWriter oneWriter(&one, CsvWriter::Options());
    QCOMPARE(AudienceImporter::writeRejectReport(&db, r.audienceId, r.importId, &oneWriter, &error),
             4);
    QVERIFY(one.data().startsWith("Row,Value,Reason,Detail\r\n5,03 88 12 34 56,Fixed line"));
    QBuffer all;
    QVERIFY(all.open(QIODevice::WriteOnly));
    CsvWriter allWriter(&all, CsvWriter::Options());
    QCOMPARE(AudienceImporter::writeRejectReport(&db, r.audienceId, 0, &allWriter, &error), 4);
    QVERIFY(all.data().startsWith("File,Row,Value,Reason,Detail\r\nfichier.csv,5,"));
}

void tst_AudienceImporter::reimportNeverResurrectsStop()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    AudienceImporter::Options options;
    options.filePath = write(QStringLiteral("v1.csv"), kBrokerFile);
    options.audienceName = QStringLiteral("Fichier");
    const AudienceImporter::Result first = AudienceImporter(&db).run(options);
    QVERIFY(first.ok);
    // Jean answers STOP.
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE phone = '+33612345679'"))
            == 1);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO suppressions (phone, reason, added_at) VALUES "
                                      "('+33612345679', 'stop_reply', 1)")));

    // The broker's updated file: Jean is still in it, Marie moved, one new contact.
    QByteArray v2 = kBrokerFile;
    v2.replace("Mme;Marie;Muller;06 12 34 56 78;67000;Strasbourg",
               "Mme;Marie;Muller;06 12 34 56 78;68000;Colmar");
    v2.append("Mme;Nina;Wolff;06 98 76 54 32;57100;Thionville;25-34;Jeu\n");
    options.filePath = write(QStringLiteral("v2.csv"), v2);
    const AudienceImporter::Result second = AudienceImporter(&db).run(options);
    QVERIFY2(second.ok, qPrintable(second.errorString));
    QVERIFY(second.reimport);
    QCOMPARE(second.audienceId, first.audienceId);
    QCOMPARE(second.suppressed, 1);
    QCOMPARE(second.imported, 1); // Nina
    QCOMPARE(second.updated, first.imported - 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM imports")), 2);
    QVERIFY(query.exec(QStringLiteral("SELECT commune FROM contacts WHERE phone = '+33612345678'"))
            && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Colmar"));
    // Jean's number is never a recipient again, whatever the imports.
    RecipientQuery recipients(&db, first.audienceId, Segment(), Consent::Purpose::ConsentRequest);
    QVERIFY(recipients.exec());
    RecipientQuery::Recipient recipient;
    while (recipients.next(&recipient))
        QVERIFY(recipient.phone != QStringLiteral("+33612345679"));
    QCOMPARE(recipients.count(), first.imported); // Marie, Luc, (Léa,) Nina — minus Jean
}

void tst_AudienceImporter::malformedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("malformed");
    QTest::addColumn<int>("badEncoding");
    const QByteArray header = "prenom;telephone\n";
    QTest::newRow("empty") << QByteArray() << 0 << 0 << 0;
    QTest::newRow("header only") << header << 0 << 0 << 0;
    QTest::newRow("unclosed quote at the end")
        << header + "Marie;0612345678\n\"Jean;0612345679\nLuc;0612345680" << 2 << 1 << 0;
    QTest::newRow("nul byte") << header
            + QByteArrayLiteral("Marie;0612345678\nJe\0an;0612345679\nLuc;0612345680\n")
                              << 2 << 0 << 1;
    QTest::newRow("ragged rows") << header + "Marie;0612345678;extra\nJean\nLuc;0612345680\n"
                                 << 2 << 0 << 0;
    QTest::newRow("10 MB field") << header + "Marie;0612345678\n\""
            + QByteArray(10 * 1024 * 1024, 'x') + "\";0612345679\nLuc;0612345680\n"
                                 << 2 << 1 << 0;
}

void tst_AudienceImporter::malformedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, imported);
    QFETCH(int, malformed);
    QFETCH(int, badEncoding);
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    AudienceImporter::Options options;
    options.filePath = write(QStringLiteral("bad.csv"), content);
    options.audienceName = QStringLiteral("Bad");
    const AudienceImporter::Result r = AudienceImporter(&db).run(options);
    if (content.isEmpty() || content == "prenom;telephone\n") {
        // Nothing to import is not a crash: either a clean empty import or a clear message.
        QVERIFY(r.ok || !r.errorString.isEmpty());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts")), 0);
        return;
    }
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QCOMPARE(r.imported, qint64(imported));
    QCOMPARE(r.malformed, qint64(malformed));
    QCOMPARE(r.badEncoding, qint64(badEncoding));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts")), imported);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM import_rejects WHERE reason IN "
                                   "('malformed_row', 'bad_encoding')")),
             malformed + badEncoding);
}

void tst_AudienceImporter::windows1252WithoutHeader()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    // Latin-1 / Windows-1252 bytes: é = E9, ç = E7, œ = 9C; no header row.
    const QByteArray content = "Mme,H\xE9l\xE8ne,0612345601,S\xE9lestat\n"
                               "M.,Fran\xE7ois,0612345602,C\x9Cur\n"
                               "Mme,No\xEBlle,0612345603,Metz\n";
    AudienceImporter::Options options;
    options.filePath = write(QStringLiteral("latin1.csv"), content);
    options.audienceName = QStringLiteral("Latin");
    const AudienceImporter::Result r = AudienceImporter(&db).run(options);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QCOMPARE(r.dialect.encoding, CsvReader::Encoding::Windows1252);
    QCOMPARE(r.dialect.delimiter, ',');
    QCOMPARE(r.imported, 3);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT attributes FROM contacts ORDER BY source_row")));
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toString().contains(QStringLiteral("Hélène")),
             qPrintable(query.value(0).toString()));
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toString().contains(QStringLiteral("Cœur")),
             qPrintable(query.value(0).toString()));
}

void tst_AudienceImporter::cancelLeavesNothing()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QByteArray content = "prenom;telephone;commune\n";
    for (int i = 0; i < 30000; ++i)
        content += QStringLiteral("P%1;06%2;Metz\n").arg(i).arg(10000000 + i).toLatin1();
    AudienceImporter::Options options;
    options.filePath = write(QStringLiteral("big.csv"), content);
    options.audienceName = QStringLiteral("Big");
    std::atomic_bool cancel {false};
    const AudienceImporter::Result r = AudienceImporter(&db).run(
        options,
        [&](const AudienceImporter::Progress &p) {
            if (p.rows >= 8000)
                cancel = true;
        },
        &cancel);
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    for (const char *table :
         {"audiences", "contacts", "imports", "import_rejects", "audience_columns"})
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                 0);
    // And the same file imports completely afterwards.
    const AudienceImporter::Result again = AudienceImporter(&db).run(options);
    QVERIFY2(again.ok, qPrintable(again.errorString));
    QCOMPARE(again.imported, 30000);
}

void tst_AudienceImporter::overseasRegion()
{
    // A Réunion broker writes its mobiles nationally (0692…): read in region FR they are invalid
    // (libphonenumber maps them to +33 6 92…), read in region RE they are +262 692….
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    AudienceImporter::Options options;
    options.filePath = write(QStringLiteral("reunion.csv"),
                             "prenom;telephone\nMarie;0692 12 34 56\nJean;0692 12 34 57\n");
    options.audienceName = QStringLiteral("La Réunion, region FR");
    const AudienceImporter::Result asFrance = AudienceImporter(&db).run(options);
    QVERIFY(asFrance.ok);
    QCOMPARE(asFrance.imported, 0);
    QCOMPARE(asFrance.invalid, 2);
    options.audienceName = QStringLiteral("La Réunion");
    options.region = QStringLiteral("RE");
    const AudienceImporter::Result asReunion = AudienceImporter(&db).run(options);
    QVERIFY(asReunion.ok);
    QCOMPARE(asReunion.imported, 2);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE phone LIKE '+262692%'")), 2);
}

void tst_AudienceImporter::purgeKeepsTheProof()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    AudienceImporter::Options options;
    options.filePath = write(QStringLiteral("purge.csv"), kBrokerFile);
    options.audienceName = QStringLiteral("Expiré");
    options.retentionDays = -1; // deadline already passed
    const AudienceImporter::Result imported = AudienceImporter(&db).run(options);
    QVERIFY(imported.ok);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO suppressions (phone, reason, added_at) VALUES "
                                      "('+33612345679', 'stop_reply', 1)")));
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO consent_events (at, phone, event) VALUES (1, '+33612345679', 'opted_out')")));

    AudiencePurge purge(&db, QStringLiteral("bob"));
    const QList<AudiencePurge::Candidate> expired = purge.expired();
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.constFirst().audienceId, imported.audienceId);
    const AudiencePurge::Result result = purge.purge(imported.audienceId);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.contactsDeleted, imported.imported);
    QVERIFY(result.rejectsDeleted > 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM import_rejects")), 0);
    // The proof stays: provenance, STOP, ledger, audit.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM audiences WHERE purged_at IS NOT NULL")),
        1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM suppressions")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM consent_events")), 1);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'audience.purge' "
                                   "AND actor = 'bob'")),
             1);
    QVERIFY(purge.expired().isEmpty());
    QVERIFY(!purge.purge(imported.audienceId).ok); // once
}

void tst_AudienceImporter::cancelledReimportLeavesTheAudienceAsItWas()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    AudienceImporter::Options options;
    options.filePath = write(QStringLiteral("first.csv"), mixedFile(500));
    options.audienceName = QStringLiteral("Again");
    const AudienceImporter::Result first = AudienceImporter(&db).run(options);
    QVERIFY2(first.ok, qPrintable(first.errorString));
    const QStringList before = storedRows(db, first.audienceId);
    QVERIFY(before.size() > 500);
    const qint64 auditBefore = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    // The broker's next file changes every row and adds many: cancelled half-way through.
    QByteArray next = mixedFile(30000);
    next.replace("Strasbourg", "Colmar");
    options.filePath = write(QStringLiteral("next.csv"), next);
    std::atomic_bool cancel {false};
    qint64 lastRows = 0;
    const AudienceImporter::Result r = AudienceImporter(&db).run(
        options,
        [&](const AudienceImporter::Progress &p) {
            lastRows = p.rows;
            if (p.rows >= 8000)
                cancel = true;
        },
        &cancel);
    QVERIFY(r.cancelled);
    QVERIFY(!r.ok);
    QVERIFY2(lastRows < 30000, "the cancel came after the last row");
    QCOMPARE(storedRows(db, first.audienceId), before);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM imports")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT contact_count FROM audiences")), first.imported);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
}

void tst_AudienceImporter::cancelWhileStoringLeavesNothing()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    AudienceImporter::Options options;
    options.filePath = write(QStringLiteral("storing.csv"), mixedFile(30000));
    options.audienceName = QStringLiteral("Storing");
    std::atomic_bool cancel {false};
    bool sawStoring = false;
    const AudienceImporter::Result r = AudienceImporter(&db).run(
        options,
        [&](const AudienceImporter::Progress &p) {
            // Reading is the first 40 %: past 60 %, contacts are being stored.
            if (p.bytes * 10 > p.totalBytes * 6) {
                sawStoring = true;
                cancel = true;
            }
        },
        &cancel);
    QVERIFY(sawStoring);
    QVERIFY(r.cancelled);
    for (const char *table :
         {"audiences", "contacts", "imports", "import_rejects", "audience_columns"})
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                 0);
}

void tst_AudienceImporter::sorterMergesRuns_data()
{
    QTest::addColumn<int>("memoryBytes");
    QTest::addColumn<int>("contacts");
    QTest::newRow("in memory") << 64 * 1024 * 1024 << 20000;
    QTest::newRow("many runs") << 64 * 1024 << 20000; // ~50 runs in a temporary file
    QTest::newRow("one record per run") << 1 << 300;
    QTest::newRow("nothing") << 1024 << 0;
}

void tst_AudienceImporter::sorterMergesRuns()
{
    QFETCH(int, memoryBytes);
    QFETCH(int, contacts);
    ImportContactSorter sorter(memoryBytes);
    QRandomGenerator random(7);
    std::vector<QString> expected; // "key|row|flags|values", in key order
    ImportBatch batch;
    for (int i = 0; i < contacts; ++i) {
        ImportBatch::Contact contact;
        contact.key = (quint64(random.generate()) << 20) ^ quint64(i); // distinct
        contact.rowNumber = i + 2;
        contact.isMobile = i % 3 != 0;
        contact.exists = i % 5 == 0;
        QString line = QStringLiteral("%1|%2|%3%4")
                           .arg(contact.key)
                           .arg(contact.rowNumber)
                           .arg(contact.isMobile)
                           .arg(contact.exists);
        for (int v = 0; v < ImportBatch::ValueCount; ++v) {
            if ((i + v) % 4 == 0) {
                line += QStringLiteral("|<null>");
                continue;
            }
            // Values of any size, some over 127 bytes (two-byte lengths), some empty.
            const QByteArray value =
                QByteArray::number(i) + QByteArray((i * 7 + v * 13) % 300, char('a' + v));
            contact.values[v] = batch.append((i + v) % 9 == 0 ? QByteArray() : value);
            line += QLatin1Char('|') + QString::fromLatin1(batch.view(contact.values[v]));
        }
        batch.contacts.push_back(contact);
        expected.push_back(line);
        if (batch.contacts.size() == 1000 || i + 1 == contacts) {
            QVERIFY2(sorter.add(batch), qPrintable(sorter.errorString()));
            batch.clear();
        }
    }
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
        return a.section(QLatin1Char('|'), 0, 0).toULongLong()
            < b.section(QLatin1Char('|'), 0, 0).toULongLong();
    });
    QCOMPARE(sorter.count(), contacts);
    std::vector<QString> actual;
    ImportBatch out;
    while (sorter.next(&out, 777)) {
        QVERIFY(out.rowCount() <= 777);
        for (const ImportBatch::Contact &contact : out.contacts) {
            QString line = QStringLiteral("%1|%2|%3%4")
                               .arg(contact.key)
                               .arg(contact.rowNumber)
                               .arg(contact.isMobile)
                               .arg(contact.exists);
            for (const ImportBatch::Span &span : contact.values)
                line += span.isNull() ? QStringLiteral("|<null>")
                                      : QLatin1Char('|') + QString::fromLatin1(out.view(span));
            actual.push_back(line);
        }
    }
    QVERIFY2(sorter.errorString().isEmpty(), qPrintable(sorter.errorString()));
    QCOMPARE(actual.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(actual[i], expected[i]);
}

void tst_AudienceImporter::isoDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("iso"); // empty: not a date, kept as it is
    QTest::newRow("dd/mm/yyyy") << QByteArray("13/05/2024") << QByteArray("2024-05-13");
    QTest::newRow("d/m/yyyy") << QByteArray("3/5/2024") << QByteArray("2024-05-03");
    QTest::newRow("dd-mm-yyyy") << QByteArray("13-05-2024") << QByteArray("2024-05-13");
    QTest::newRow("dd.mm.yyyy") << QByteArray("13.05.2024") << QByteArray("2024-05-13");
    QTest::newRow("yyyy-mm-dd") << QByteArray("2024-05-13") << QByteArray("2024-05-13");
    QTest::newRow("yyyy/mm/dd") << QByteArray("2024/05/13") << QByteArray("2024-05-13");
    QTest::newRow("yyyy-m-d") << QByteArray("2024-5-3") << QByteArray("2024-05-03");
    QTest::newRow("spaces") << QByteArray("  13/05/2024 ") << QByteArray("2024-05-13");
    QTest::newRow("time") << QByteArray("13/05/2024 14:30") << QByteArray("2024-05-13");
    QTest::newRow("seconds") << QByteArray("2024-05-13 14:30:59") << QByteArray("2024-05-13");
    QTest::newRow("iso time") << QByteArray("2024-05-13T14:30:00.123Z") << QByteArray("2024-05-13");
    QTest::newRow("offset") << QByteArray("2024-05-13T14:30:00+02:00") << QByteArray("2024-05-13");
    QTest::newRow("yy this year") << QByteArray("01/02/25") << QByteArray("2025-02-01");
    QTest::newRow("yy past century") << QByteArray("01/02/26") << QByteArray("1926-02-01");
    QTest::newRow("yy 00") << QByteArray("31.12.00") << QByteArray("2000-12-31");
    QTest::newRow("leap day") << QByteArray("29/02/2024") << QByteArray("2024-02-29");
    QTest::newRow("not a leap day") << QByteArray("29/02/2023") << QByteArray();
    QTest::newRow("month 13") << QByteArray("12/13/2024") << QByteArray();
    QTest::newRow("mixed separators") << QByteArray("13/05-2024") << QByteArray();
    QTest::newRow("three-digit year") << QByteArray("13/05/202") << QByteArray();
    QTest::newRow("five-digit year") << QByteArray("13/05/20245") << QByteArray();
    QTest::newRow("year first with dots") << QByteArray("2024.05.13") << QByteArray();
    QTest::newRow("text after") << QByteArray("13/05/2024 environ") << QByteArray();
    QTest::newRow("bad time") << QByteArray("13/05/2024 25:00") << QByteArray();
    QTest::newRow("text") << QByteArray("mai 2024") << QByteArray();
    QTest::newRow("month and year") << QByteArray("05/2024") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void tst_AudienceImporter::isoDate()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, iso);
    QCOMPARE(ImportRowBuilder::isoDate(text, 2025), iso);
}

void tst_AudienceImporter::optInDatesBecomeIso()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const int yy = QDate::currentDate().year() % 100;
    const QByteArray content = "telephone;date d'opt-in\n"
                               "0612345601;13/05/2024\n"
                               "0612345602;2024-05-13 08:15:00\n"
                               "0612345603;1.2.99\n"
                               "0612345604;01/02/"
        + QByteArray::number(yy).rightJustified(2, '0')
        + "\n"
          "0612345605;printemps 2024\n"
          "0612345606;  \n";
    AudienceImporter::Options options;
    options.filePath = write(QStringLiteral("dates.csv"), content);
    options.audienceName = QStringLiteral("Dates");
    const AudienceImporter::Result r = AudienceImporter(&db).run(options);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QCOMPARE(r.imported, 6);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT opt_in_date FROM contacts ORDER BY source_row")));
    QStringList dates;
    while (query.next())
        dates.append(query.isNull(0) ? QStringLiteral("<null>") : query.value(0).toString());
    QCOMPARE(dates,
             QStringList({QStringLiteral("2024-05-13"), QStringLiteral("2024-05-13"),
                          QStringLiteral("1999-02-01"),
                          QStringLiteral("%1-02-01").arg(QDate::currentDate().year()),
                          QStringLiteral("printemps 2024"), QStringLiteral("<null>")}));
}

void tst_AudienceImporter::attributesAsQJsonDocumentWritesThem()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    // Every ASCII character, quotes, backslashes, accents, an emoji; the keys in an order that
    // is neither the file's nor alphabetical in QJsonObject (shorter keys first).
    QByteArray ascii;
    for (int c = 1; c < 0x80; ++c) {
        if (c != '\n' && c != '\r' && c != ';' && c != '"')
            ascii.append(char(c));
    }
    const QByteArray content = "zz;telephone;a;bbb;aa;lieu\n"
                               "\""
        + ascii
        + "\";0612345601;\"x\"\"y\";b\\c;\xC3\xA9t\xC3\xA9;"
          "\xF0\x9F\x98\x80\n"
          "\"multi\nline\r\nvalue\";0612345602;;  ;\xC2\xA0;ok\n";
    AudienceImporter::Options options;
    options.filePath = write(QStringLiteral("json.csv"), content);
    options.audienceName = QStringLiteral("JSON");
    const AudienceImporter::Result r = AudienceImporter(&db).run(options);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QCOMPARE(r.imported, 2);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT attributes FROM contacts ORDER BY source_row")));
    const QList<QJsonObject> expected = {
        QJsonObject {{QStringLiteral("zz"), QString::fromLatin1(ascii).trimmed()},
                     {QStringLiteral("a"), QStringLiteral("x\"y")},
                     {QStringLiteral("bbb"), QStringLiteral("b\\c")},
                     {QStringLiteral("aa"), QStringLiteral("été")},
                     {QStringLiteral("lieu"), QStringLiteral("😀")}},
        QJsonObject {{QStringLiteral("zz"), QStringLiteral("multi\nline\r\nvalue")},
                     {QStringLiteral("lieu"), QStringLiteral("ok")}}};
    for (const QJsonObject &object : expected) {
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString().toUtf8(),
                 QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
}

void tst_AudienceImporter::sqliteFastPathStoresWhatQtSqlStores_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("encoding");
    // Rows the re-import adds: new numbers among the known ones, in phone order as in file order.
    QTest::addColumn<QByteArray>("more");
    QByteArray more;
    for (int i = 0; i < 600; ++i)
        more += "M.;Neuf;Nouveau;06 " + QByteArray::number(20000003 + i * 37)
            + ";67000;Strasbourg;;25-34;;Jeu;new\n";
    QTest::newRow("UTF-8, header") << mixedFile(3000) << QByteArray("UTF-8") << more;
    QByteArray latin1 = "Mme,H\xE9l\xE8ne,0612345601,S\xE9lestat,\xA0"
                        "Ann\xE9"
                        "e\xA0,13/05/2024\n"
                        "M.,Fran\xE7ois,0612345602,C\x9Cur,\x85,01.02.03\n"
                        "Mme,No\xEBlle,0612345603,Metz,\"q\"\"\",x\n";
    for (int i = 0; i < 100; ++i)
        latin1 += "M.,\xC9mile,06" + QByteArray::number(20000000 + i) + ",Sarreguemines,,\n";
    more.clear();
    for (int i = 0; i < 300; ++i)
        more += "Mme,Nad\xE8ge,06" + QByteArray::number(20000050 + i * 3) + ",Metz,,\n";
    QTest::newRow("Windows-1252, no header") << latin1 << QByteArray("Windows-1252") << more;
}

void tst_AudienceImporter::sqliteFastPathStoresWhatQtSqlStores()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, more);
    const QString path = write(QStringLiteral("same.csv"), content);
    const QString updated = write(QStringLiteral("updated.csv"), content + more);
    QStringList stored[2];
    QStringList results[2];
    for (int fast = 0; fast < 2; ++fast) {
        TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
        Database db(testDb.url());
        QString error;
        QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO suppressions (phone, reason, added_at) "
                                          "VALUES ('+33612345681', 'stop_reply', 1)")));
        AudienceImporter::Options options;
        options.filePath = path;
        options.audienceName = QStringLiteral("Same");
        options.sqliteFastPath = fast == 1;
        AudienceImporter::Result r = AudienceImporter(&db).run(options);
        QVERIFY2(r.ok, qPrintable(r.errorString));
        QCOMPARE(CsvReader::encodingName(r.dialect.encoding), QString::fromLatin1(encoding));
        results[fast] = counts(r);
        // And a re-import of the same file into the same audience: every contact updated.
        r = AudienceImporter(&db).run(options);
        QVERIFY2(r.ok, qPrintable(r.errorString));
        QVERIFY(r.updated > 0);
        QCOMPARE(r.imported, 0);
        results[fast] += counts(r);
        // Then the file with new numbers among the known ones: inserted and updated contacts
        // alternate in the phone order the fast path stores them in.
        options.filePath = updated;
        r = AudienceImporter(&db).run(options);
        QVERIFY2(r.ok, qPrintable(r.errorString));
        QVERIFY(r.updated > 0);
        QVERIFY(r.imported > 0);
        results[fast] += counts(r);
        stored[fast] = storedRows(db, r.audienceId);
        // Every attributes value is what QJsonDocument writes for it.
        QVERIFY(query.exec(QStringLiteral("SELECT attributes FROM contacts "
                                          "WHERE attributes IS NOT NULL")));
        while (query.next()) {
            const QByteArray json = query.value(0).toString().toUtf8();
            QCOMPARE(QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact), json);
        }
    }
    QCOMPARE(results[1], results[0]);
    QCOMPARE(stored[1].size(), stored[0].size());
    for (qsizetype i = 0; i < stored[0].size(); ++i)
        QCOMPARE(stored[1].at(i), stored[0].at(i));
}

// The SQLite import stores its contacts without per-row foreign-key look-ups on its own
// connection: the rows it writes whose parents are not its own are still checked, and the
// connection enforces foreign keys again afterwards, whatever the outcome.
void tst_AudienceImporter::foreignKeysStayEnforced()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const auto enforced = [&db] {
        // A contact in an audience that does not exist must be refused.
        QSqlQuery query(db.connection());
        return !query.exec(
            QStringLiteral("INSERT INTO contacts (audience_id, phone, created_at, updated_at) "
                           "VALUES (987654, '+33600000000', 1, 1)"));
    };
    AudienceImporter::Options options;
    options.filePath = write(QStringLiteral("fk.csv"), mixedFile(2000));
    options.audienceName = QStringLiteral("Election");
    options.electionId = 424242; // no such election
    AudienceImporter::Result r = AudienceImporter(&db).run(options);
    QVERIFY(!r.ok);
    QVERIFY(!r.cancelled);
    for (const char *table :
         {"audiences", "contacts", "imports", "import_rejects", "audience_columns"})
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                 0);
    QVERIFY(enforced());

    options.electionId = 0;
    r = AudienceImporter(&db).run(options);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QVERIFY(enforced());
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM contacts WHERE audience_id = %1 AND "
                                   "import_id = %2")
                        .arg(r.audienceId)
                        .arg(r.importId)),
             r.imported);

    std::atomic_bool cancel {true};
    options.audienceName = QStringLiteral("Cancelled");
    r = AudienceImporter(&db).run(options, {}, &cancel);
    QVERIFY(r.cancelled);
    QVERIFY(enforced());
    if (db.isSqlite())
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
}

QTEST_GUILESS_MAIN(tst_AudienceImporter)
#include "tst_audienceimporter.moc"
