// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/csvwriter.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_CsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escape_data();
    void escape();
    void excelFrance();
    void streamsLargeOutput();
    void roundTripThroughPython();
};

void tst_CsvWriter::escape_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Strasbourg"
                           << "Strasbourg";
    QTest::newRow("accents") << "Sélestat"
                             << "Sélestat";
    QTest::newRow("delimiter") << "a,b"
                               << "\"a,b\"";
    QTest::newRow("quote") << "dit \"oui\""
                           << "\"dit \"\"oui\"\"\"";
    QTest::newRow("newline") << "ligne 1\nligne 2"
                             << "\"ligne 1\nligne 2\"";
    QTest::newRow("formula =") << "=HYPERLINK(\"x\")"
                               << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("formula +") << "+33612345678"
                               << "'+33612345678";
    QTest::newRow("formula -") << "-2+3"
                               << "'-2+3";
    QTest::newRow("formula @") << "@SUM(A1)"
                               << "'@SUM(A1)";
    QTest::newRow("leading tab") << "\tx"
                                 << "'\tx";
    QTest::newRow("leading space kept by quoting") << " x"
                                                   << "\" x\"";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_CsvWriter::escape()
{
    QFETCH(QString, cell);
    QTEST(CsvWriter::escapeCell(cell, CsvWriter::Options()), "expected");
}

void tst_CsvWriter::excelFrance()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        CsvWriter writer(&buffer, CsvWriter::Options::excelFrance());
        QVERIFY(writer.writeRow({QStringLiteral("Commune"), QStringLiteral("Coût (€)")}));
        QVERIFY(
            writer.writeRow({QStringLiteral("Saint-Louis; Haut-Rhin"), QStringLiteral("12,50")}));
        QVERIFY(writer.flush());
        QCOMPARE(writer.rowsWritten(), 2);
    }
    const QByteArray expected = "\xEF\xBB\xBF"
                                "Commune;Co\xC3\xBBt (\xE2\x82\xAC)\r\n"
                                "\"Saint-Louis; Haut-Rhin\";12,50\r\n";
    QCOMPARE(buffer.data(), expected);
}

void tst_CsvWriter::streamsLargeOutput()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, CsvWriter::Options());
    for (int i = 0; i < 100000; ++i)
        QVERIFY(writer.writeRow({QString::number(i), QStringLiteral("ligne, %1").arg(i)}));
    // Most of it reached the device before the end: the writer does not keep everything.
    QVERIFY(buffer.size() > 1000000);
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data().count('\n'), 100000);
}

void tst_CsvWriter::roundTripThroughPython()
{
    // An independent parser: Python's csv module.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    const QList<QStringList> rows = {
        {"Nom", "Commune", "Note"},
        {"Lefèvre", "Saint-Louis; Haut-Rhin", "dit \"oui\"\npuis \"non\""},
        {"=cmd|' /C calc'!A0", "+33612345678", "@x"},
        {"", " espace ", "virgule, point-virgule; tab\tfin"},
    };
    for (const bool excel : {false, true}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer(&file, excel ? CsvWriter::Options::excelFrance() : CsvWriter::Options());
        for (const QStringList &row : rows)
            QVERIFY(writer.writeRow(row));
        QVERIFY(writer.flush());
        file.close();
        QProcess process;
        process.start(
            python,
            {QStringLiteral("-c"),
             QStringLiteral("import csv,json,sys\n"
                            "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                            "    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2]))))"),
             path, excel ? QStringLiteral(";") : QStringLiteral(",")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        // What a spreadsheet user reads: the same cells, formulas neutralised by one apostrophe.
        QVERIFY2(output.contains(QStringLiteral("\"Saint-Louis; Haut-Rhin\"")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("\"dit \\\"oui\\\"\\npuis \\\"non\\\"\"")),
                 qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("\"'=cmd|' /C calc'!A0\"")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("\"'+33612345678\"")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("\" espace \"")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("Lef\\u00e8vre")), qPrintable(output));
    }
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
