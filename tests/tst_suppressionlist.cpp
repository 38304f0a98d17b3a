// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience/csvreader.h"
#include "consent/suppressionlist.h"
#include "demo/demodataloader.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Consent::SuppressionList;

// The global suppression list: numbers added one by one or from opposition lists, normalised,
// never removed, searched page by page and exported.
class tst_SuppressionList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addNormalisesAndAudits_data() { addBackendRows(); }
    void addNormalisesAndAudits();
    void badNumbers_data();
    void badNumbers();
    void demoContactsCanBeSuppressed_data() { addBackendRows(); }
    void demoContactsCanBeSuppressed();
    void importWithHeaderAndBadRows_data() { addBackendRows(); }
    void importWithHeaderAndBadRows();
    void importOneNumberPerLine_data() { addBackendRows(); }
    void importOneNumberPerLine();
    void importCancelLeavesTheListAsItWas_data() { addBackendRows(); }
    void importCancelLeavesTheListAsItWas();
    void exportRoundTrip_data() { addBackendRows(); }
    void exportRoundTrip();
    void searchPages_data() { addBackendRows(); }
    void searchPages();
    void rowsAreNeverDeleted_data() { addBackendRows(); }
    void rowsAreNeverDeleted();
};

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList phonesOf(const QList<SuppressionList::Entry> &entries)
{
    QStringList phones;
    for (const SuppressionList::Entry &entry : entries)
        phones.append(entry.phone);
    return phones;
}

} // namespace

#define OPEN_DATABASE(db)                                                                          \
    TRIBUNE_TEST_DATABASE(testDb);                                                                 \
    Database db(testDb.url());                                                                     \
    {                                                                                              \
        QString openError;                                                                         \
        QVERIFY2(db.openAndMigrate(&openError), qPrintable(openError));                            \
    }

void tst_SuppressionList::addNormalisesAndAudits()
{
    OPEN_DATABASE(db);
    SuppressionList list(&db);
    QCOMPARE(list.count(), 0);
    QVERIFY2(list.add(QStringLiteral(" 06 12 34 56 78 "), QStringLiteral("camille"),
                      QStringLiteral("called the office")),
             qPrintable(list.errorString()));
    QVERIFY(list.contains(QStringLiteral("+33612345678")));
    QVERIFY(!list.contains(QStringLiteral("+33612345679")));

    const std::optional<SuppressionList::Entry> entry =
        list.find(QStringLiteral("+33 6 12 34 56 78"));
    QVERIFY(entry);
    QCOMPARE(entry->phone, QStringLiteral("+33612345678"));
    QCOMPARE(entry->reason, QStringLiteral("manual"));
    QCOMPARE(entry->note, QStringLiteral("called the office"));
    QVERIFY(qAbs(entry->addedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(!list.find(QStringLiteral("06 12 34 56 79")));

    // The same number again, written otherwise: accepted, nothing changes, nothing audited.
    QVERIFY(list.add(QStringLiteral("0033612345678"), QStringLiteral("camille")));
    QVERIFY(list.add(QStringLiteral("+33612345678"), QStringLiteral("camille"),
                     QStringLiteral("another note"), QStringLiteral("stop_reply")));
    QCOMPARE(list.count(), 1);
    QCOMPARE(list.find(QStringLiteral("0612345678"))->reason, QStringLiteral("manual"));
    QCOMPARE(queryScalar(db,
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                        "'suppression.add' AND actor = 'camille'"))
                 .toInt(),
             1);
    QVERIFY(queryScalar(db,
                        QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                       "'suppression.add'"))
                .toString()
                .contains(QLatin1String("+33612345678")));

    // A valid fixed line (opposition lists hold them) and a foreign mobile.
    QVERIFY2(list.add(QStringLiteral("01 42 68 53 00"), QString()), qPrintable(list.errorString()));
    QVERIFY(list.contains(QStringLiteral("+33142685300")));
    QVERIFY2(list.add(QStringLiteral("+49 1512 3456789"), QString()),
             qPrintable(list.errorString()));
    QVERIFY(list.contains(QStringLiteral("+4915123456789")));
    QCOMPARE(list.count(), 3);
}

void tst_SuppressionList::badNumbers_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("number");
    for (const QString &backend : TestDatabase::backendNames()) {
        for (const char *number : {"06 12", "bonjour", "", "+33 6 12 34 56 78 90 12", "123"})
            QTest::addRow("%s/%s", qPrintable(backend), number)
                << backend << QString::fromLatin1(number);
    }
}

void tst_SuppressionList::badNumbers()
{
    QFETCH(QString, number);
    OPEN_DATABASE(db);
    SuppressionList list(&db);
    QVERIFY(!list.add(number, QStringLiteral("camille")));
    // The message names the number that was refused.
    QVERIFY2(list.errorString().contains(QLatin1Char('"') + number.trimmed() + QLatin1Char('"')),
             qPrintable(list.errorString()));
    QVERIFY(list.errorString().contains(QLatin1String("not a phone number")));
    QCOMPARE(list.count(), 0);
    QCOMPARE(queryScalar(db,
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE "
                                        "'suppression.%'"))
                 .toInt(),
             0);
}

void tst_SuppressionList::demoContactsCanBeSuppressed()
{
    OPEN_DATABASE(db);
    DemoDataLoader::Options options;
    options.contacts = 20;
    QVERIFY(DemoDataLoader(&db).load(options).ok);
    // Numbers of the fiction block are not valid for libphonenumber; a contact's number can be
    // suppressed all the same, typed in the national form.
    const QString phone =
        queryScalar(db, QStringLiteral("SELECT phone FROM contacts ORDER BY id LIMIT 1"))
            .toString();
    QVERIFY(phone.startsWith(QLatin1String("+3363998")));
    SuppressionList list(&db);
    const qint64 before = list.count();
    const QString national = QLatin1Char('0') + phone.mid(3, 1) + QLatin1Char(' ') + phone.mid(4);
    QVERIFY2(list.add(national, QStringLiteral("camille")), qPrintable(list.errorString()));
    QVERIFY(list.contains(phone));
    QCOMPARE(list.count(), before + 1);
    // Another number of the block that no contact has stays refused.
    QVERIFY(!list.add(QStringLiteral("06 39 97 00 00"), QStringLiteral("camille")));

    // The demo's opposition list (numbers of the block, not contacts) reads back whole from
    // an export: those numbers are listed already.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(list.exportCsv(path, QStringLiteral("camille")));
    const SuppressionList::ImportResult result =
        list.importFile(path, QStringLiteral("export"), QStringLiteral("camille"));
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.invalid, 0);
    QCOMPARE(result.alreadyListed, before + 1);
    QCOMPARE(result.added, 0);
}

void tst_SuppressionList::importWithHeaderAndBadRows()
{
    OPEN_DATABASE(db);
    SuppressionList list(&db);
    QVERIFY(list.add(QStringLiteral("06 11 11 11 11"), QStringLiteral("camille")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("opposition.csv"));
    // Row numbers as a spreadsheet shows them: the header is row 1. More than the sniffer's
    // sample of UTF-8 comes before a row in Windows-1252, which is read again as such.
    QByteArray bytes = "nom;t\xc3\xa9l\xc3\xa9phone;commentaire\r\n" // 1
                       "Muller;06 12 34 56 78;ok\r\n" // 2
                       "Meyer;+33 6 12 34 56 79;\r\n" // 3
                       "Klein;06 12;trop court\r\n" // 4
                       "Weber;\"06 12 34\"56 80;guillemet\r\n" // 5: malformed
                       "Fischer;0612345678;doublon\r\n" // 6: same as row 2
                       "Wagner;;vide\r\n" // 7
                       "Schmitt;06 11 11 11 11;d\xc3\xa9j\xc3\xa0 l\xc3\xa0\r\n"; // 8: listed
    const int filler = 3000; // rows 9 to 3008
    for (int i = 0; i < filler; ++i)
        bytes += "Keller;07 00 00 " + QByteArray::number(10000 + i).right(4)
            + ";rempli \xc3\xa0 la main\r\n";
    bytes += "Zo\xe9;06 12 34 56 81;Windows-1252\r\n" // 3009: not UTF-8
             "Hoffmann;0033 6 12 34 56 82\r\n"; // 3010: a field short
    QVERIFY(bytes.indexOf("Zo\xe9") > CsvReader::SniffSize);
    QVERIFY(writeFile(path, bytes));

    QList<qint64> reported;
    const SuppressionList::ImportResult result =
        list.importFile(path, QStringLiteral("Fictibase"), QStringLiteral("camille"),
                        QStringLiteral("opposition_list"), [&](qint64 done, qint64 total) {
                            QVERIFY(done <= total);
                            reported.append(done);
                        });
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QVERIFY(!result.cancelled);
    QCOMPARE(result.rows, 9 + filler);
    QCOMPARE(result.added, 4 + filler); // rows 2, 3, the filler, 3009, 3010
    QCOMPARE(result.alreadyListed, 1); // row 8
    QCOMPARE(result.duplicates, 1); // row 6
    QCOMPARE(result.invalid, 2); // rows 4 and 7
    QCOMPARE(result.malformed, 1); // row 5
    QVERIFY(!reported.isEmpty());
    QCOMPARE(reported.constLast(), QFileInfo(path).size());
    QCOMPARE(result.rejects.size(), 3);
    QCOMPARE(result.rejects.at(0), QStringLiteral("row 4: \"06 12\" is not a phone number"));
    QVERIFY2(result.rejects.at(1).startsWith(QLatin1String("row 5: ")),
             qPrintable(result.rejects.at(1)));
    QCOMPARE(result.rejects.at(2), QStringLiteral("row 7: no phone number"));

    QCOMPARE(list.count(), 5 + filler);
    for (const char *phone : {"+33612345678", "+33612345679", "+33612345681", "+33612345682"}) {
        const std::optional<SuppressionList::Entry> entry = list.find(QString::fromLatin1(phone));
        QVERIFY2(entry, phone);
        QCOMPARE(entry->reason, QStringLiteral("opposition_list"));
        QCOMPARE(entry->source, QStringLiteral("Fictibase"));
        QCOMPARE(entry->note, QStringLiteral("opposition.csv"));
    }
    // The number listed before keeps its first reason.
    QCOMPARE(list.find(QStringLiteral("0611111111"))->reason, QStringLiteral("manual"));
    const QString details =
        queryScalar(db,
                    QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                   "'suppression.import' AND actor = 'camille'"))
            .toString();
    QVERIFY2(details.contains(QLatin1String("\"added\":3004")), qPrintable(details));
    QVERIFY(details.contains(QLatin1String("opposition.csv")));

    // Importing it again adds nothing.
    const SuppressionList::ImportResult again =
        list.importFile(path, QStringLiteral("Fictibase"), QStringLiteral("camille"));
    QVERIFY(again.ok);
    QCOMPARE(again.added, 0);
    QCOMPARE(again.alreadyListed, 5 + filler);
    QCOMPARE(list.count(), 5 + filler);
}

void tst_SuppressionList::importOneNumberPerLine()
{
    OPEN_DATABASE(db);
    SuppressionList list(&db);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("numbers.txt"));
    QVERIFY(writeFile(path, "0612345678\n0698765432\n\n+33 7 00 00 00 01\nnope\n"));
    const SuppressionList::ImportResult result =
        list.importFile(path, QStringLiteral("Party"), QStringLiteral("camille"));
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.added, 3);
    QCOMPARE(result.invalid, 1);
    QCOMPARE(result.rejects, QStringList {QStringLiteral("row 5: \"nope\" is not a phone number")});
    QCOMPARE(phonesOf(list.search(QString())),
             (QStringList {QStringLiteral("+33612345678"), QStringLiteral("+33698765432"),
                           QStringLiteral("+33700000001")}));

    // Unreadable files say which file.
    const SuppressionList::ImportResult missing = list.importFile(
        dir.filePath(QStringLiteral("missing.csv")), QString(), QStringLiteral("camille"));
    QVERIFY(!missing.ok);
    QVERIFY(missing.errorString.contains(QLatin1String("missing.csv")));
}

void tst_SuppressionList::importCancelLeavesTheListAsItWas()
{
    OPEN_DATABASE(db);
    SuppressionList list(&db);
    QVERIFY(list.add(QStringLiteral("06 11 11 11 11"), QStringLiteral("camille")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QByteArray bytes = "telephone\n";
    for (int i = 0; i < 30000; ++i)
        bytes += "06" + QByteArray::number(20000000 + i) + '\n';
    QVERIFY(writeFile(path, bytes));

    // Cancelled while reading, then while storing.
    for (int cancelAt : {10, 85}) {
        std::atomic_bool cancel {false};
        const SuppressionList::ImportResult result = list.importFile(
            path, QString(), QStringLiteral("camille"), QStringLiteral("opposition_list"),
            [&](qint64 done, qint64 total) {
                if (done * 100 >= total * cancelAt)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QCOMPARE(list.count(), 1);
        QCOMPARE(queryScalar(db,
                             QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                            "'suppression.import'"))
                     .toInt(),
                 0);
    }
    const SuppressionList::ImportResult result =
        list.importFile(path, QString(), QStringLiteral("camille"));
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.added, 30000);
    QCOMPARE(list.count(), 30001);
}

void tst_SuppressionList::exportRoundTrip()
{
    OPEN_DATABASE(db);
    SuppressionList list(&db);
    QVERIFY(list.add(QStringLiteral("06 12 34 56 78"), QStringLiteral("camille"),
                     QStringLiteral("a note; with \"quotes\", commas\nand a line")));
    QVERIFY(list.add(QStringLiteral("06 98 76 54 32"), QStringLiteral("camille"),
                     QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("stop_reply")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QVERIFY2(list.exportCsv(path, QStringLiteral("camille")), qPrintable(list.errorString()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader::Options options;
    options.dialect = CsvReader::sniff(&file);
    QVERIFY(options.dialect.hasHeader);
    CsvReader reader(&file, options);
    QCOMPARE(reader.readNext(), CsvReader::Status::Header);
    QCOMPARE(
        reader.header(),
        (QStringList {QStringLiteral("phone"), QStringLiteral("reason"), QStringLiteral("source"),
                      QStringLiteral("note"), QStringLiteral("added_at")}));
    QCOMPARE(reader.readNext(), CsvReader::Status::Record);
    QCOMPARE(reader.text(1), QStringLiteral("manual"));
    QCOMPARE(reader.text(3), QStringLiteral("a note; with \"quotes\", commas\nand a line"));
    QVERIFY(QDateTime::fromString(reader.text(4), Qt::ISODate).isValid());
    QCOMPARE(reader.readNext(), CsvReader::Status::Record);
    QCOMPARE(reader.text(1), QStringLiteral("stop_reply"));
    QVERIFY(reader.text(3).startsWith(QLatin1String("'="))); // no formula for spreadsheets
    QCOMPARE(reader.readNext(), CsvReader::Status::End);
    file.close();
    QCOMPARE(queryScalar(db,
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                        "'suppression.export'"))
                 .toInt(),
             1);

    // Every exported number reads back as the same number.
    TestDatabase otherDb(DatabaseUrl::Backend::Sqlite);
    Database other(otherDb.url());
    QVERIFY(other.openAndMigrate());
    SuppressionList copy(&other);
    const SuppressionList::ImportResult result =
        copy.importFile(path, QStringLiteral("export"), QStringLiteral("camille"));
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.added, 2);
    QCOMPARE(result.invalid + result.malformed, 0);
    QCOMPARE(phonesOf(copy.search(QString())), phonesOf(list.search(QString())));

    // A file that cannot be written says so; the list is untouched.
    QVERIFY(!list.exportCsv(dir.filePath(QStringLiteral("no/such/folder/x.csv")),
                            QStringLiteral("camille")));
    QVERIFY(list.errorString().contains(QLatin1String("x.csv")));

    // Once the database has accounts, numbers in full are an administrator's export.
    QSqlQuery users(db.connection());
    QVERIFY(users.exec(QStringLiteral("INSERT INTO users (login, display_name, role, created_at) "
                                      "VALUES ('chloe', 'Chloé', 'administrator', 1), "
                                      "('alice', 'Alice', 'composer', 1)")));
    QVERIFY(!list.exportCsv(dir.filePath(QStringLiteral("alice.csv")), QStringLiteral("alice")));
    QVERIFY2(list.errorString().contains(QLatin1String("Only an administrator")),
             qPrintable(list.errorString()));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("alice.csv"))));
    QVERIFY2(list.exportCsv(dir.filePath(QStringLiteral("chloe.csv")), QStringLiteral("chloe")),
             qPrintable(list.errorString()));
}

void tst_SuppressionList::searchPages()
{
    OPEN_DATABASE(db);
    SuppressionList list(&db);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QByteArray bytes;
    for (int i = 0; i < 250; ++i)
        bytes += "06 12 00 " + QByteArray::number(1000 + i).right(2) + " "
            + QByteArray::number(10 + i / 100) + '\n';
    bytes += "07 00 00 00 01\n+49 1512 3456789\n";
    QVERIFY(writeFile(path, bytes));
    const SuppressionList::ImportResult result =
        list.importFile(path, QString(), QStringLiteral("camille"));
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(list.count(), 252);

    // Page through the numbers starting with 06 12: every one once, in order.
    QStringList seen;
    QString after;
    for (;;) {
        const QList<SuppressionList::Entry> page = list.search(QStringLiteral("06 12"), after, 40);
        if (page.isEmpty())
            break;
        QVERIFY(page.size() <= 40);
        seen += phonesOf(page);
        after = page.constLast().phone;
    }
    QCOMPARE(seen.size(), 250);
    QStringList sorted = seen;
    sorted.sort();
    QCOMPARE(seen, sorted);
    QCOMPARE(seen.removeDuplicates(), 0);
    for (const QString &phone : std::as_const(seen))
        QVERIFY(phone.startsWith(QLatin1String("+33612")));

    // Prefixes in any form.
    QCOMPARE(phonesOf(list.search(QStringLiteral("07"))),
             QStringList {QStringLiteral("+33700000001")});
    QCOMPARE(phonesOf(list.search(QStringLiteral("+49"))),
             QStringList {QStringLiteral("+4915123456789")});
    QCOMPARE(phonesOf(list.search(QStringLiteral("0049 15"))),
             QStringList {QStringLiteral("+4915123456789")});
    QCOMPARE(phonesOf(list.search(QStringLiteral("+33 6 12 00 10 10"))),
             QStringList {QStringLiteral("+33612001010")});
    QCOMPARE(list.search(QStringLiteral("06 99")).size(), 0);
    QCOMPARE(list.search(QString(), QString(), 1000).size(), 252);
    QCOMPARE(phonesOf(list.search(QString(), QStringLiteral("+33700000001"))),
             QStringList {QStringLiteral("+4915123456789")}); // "+4" sorts after "+3"
    QCOMPARE(list.search(QString(), QStringLiteral("+4915123456789")).size(), 0);
}

void tst_SuppressionList::rowsAreNeverDeleted()
{
    OPEN_DATABASE(db);
    SuppressionList list(&db);
    QVERIFY(list.add(QStringLiteral("06 12 34 56 78"), QStringLiteral("camille")));
    QSqlQuery query(db.connection());
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM suppressions")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM suppressions WHERE phone = '+33612345678'")));
    QCOMPARE(list.count(), 1);
    QVERIFY(list.contains(QStringLiteral("+33612345678")));
    // The audit trail is append-only too.
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(queryScalar(db,
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                        "'suppression.add'"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(tst_SuppressionList)
#include "tst_suppressionlist.moc"
