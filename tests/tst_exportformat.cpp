// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/exportformat.h"

#include <QBuffer>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using Reports::ExportFormat;
using Reports::TimestampFormatter;

// The core of every export: amounts from millicents (rounding, negatives, decimal comma),
// Paris timestamps against QDateTime across 2027's clock changes, masked numbers, and the
// cell-by-cell CsvWriter path agreeing with writeRow().
class tst_ExportFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void amount_data();
    void amount();
    void timestampsAcrossDst();
    void maskPhone_data();
    void maskPhone();
    void cellsMatchWriteRow_data();
    void cellsMatchWriteRow();
};

void tst_ExportFormat::amount_data()
{
    QTest::addColumn<qint64>("millicents");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("point");
    QTest::addColumn<QString>("comma");
    QTest::newRow("exact 5") << qint64(15500) << 5 << "0.15500"
                             << "0,15500";
    QTest::newRow("cent down") << qint64(15499) << 2 << "0.15"
                               << "0,15";
    QTest::newRow("half up") << qint64(15500) << 2 << "0.16"
                             << "0,16";
    QTest::newRow("zero") << qint64(0) << 2 << "0.00"
                          << "0,00";
    QTest::newRow("euros") << qint64(123456789) << 2 << "1234.57"
                           << "1234,57";
    QTest::newRow("no decimals") << qint64(150000) << 0 << "2"
                                 << "2";
    QTest::newRow("negative half") << qint64(-15500) << 2 << "-0.16"
                                   << "-0,16";
    QTest::newRow("negative exact") << qint64(-1) << 5 << "-0.00001"
                                    << "-0,00001";
    QTest::newRow("negative to zero") << qint64(-400) << 2 << "0.00"
                                      << "0,00";
    QTest::newRow("large") << qint64(9007199254740993) << 5 << "90071992547.40993"
                           << "90071992547,40993";
}

void tst_ExportFormat::amount()
{
    QFETCH(qint64, millicents);
    QFETCH(int, decimals);
    QFETCH(QString, point);
    QFETCH(QString, comma);
    QCOMPARE(ExportFormat::standard().amount(millicents, decimals), point);
    QCOMPARE(ExportFormat::excelFrance().amount(millicents, decimals), comma);
}

void tst_ExportFormat::timestampsAcrossDst()
{
    const QTimeZone paris("Europe/Paris");
    TimestampFormatter formatter;
    QCOMPARE(formatter.zoneName(), QStringLiteral("Europe/Paris"));
    QCOMPARE(formatter.format(0), QString());
    // Every 7 minutes (plus a second) through the days around 2027's changes (28 March,
    // 31 October), forward and back, so the hour cache is crossed both ways.
    for (const QDate day : {QDate(2027, 3, 27), QDate(2027, 10, 30), QDate(2027, 1, 1)}) {
        const qint64 start = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        for (qint64 ms = start; ms < start + 3 * 24 * 3600 * 1000; ms += 7 * 60 * 1000 + 1001) {
            const QString expected = QDateTime::fromMSecsSinceEpoch(ms, paris).toString(
                QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            QCOMPARE(formatter.format(ms), expected);
        }
        for (qint64 ms = start + 3 * 24 * 3600 * 1000; ms > start; ms -= 11 * 60 * 1000 + 7) {
            const QString expected = QDateTime::fromMSecsSinceEpoch(ms, paris).toString(
                QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            QCOMPARE(formatter.format(ms), expected);
        }
    }
    // 02:30 does not exist on 28 March 2027; 01:00 UTC is 03:00 in Paris.
    QCOMPARE(formatter.format(
                 QDateTime(QDate(2027, 3, 28), QTime(1, 0), QTimeZone::utc()).toMSecsSinceEpoch()),
             QStringLiteral("2027-03-28 03:00:00"));
    // 02:30 happens twice on 31 October 2027.
    QCOMPARE(
        formatter.format(
            QDateTime(QDate(2027, 10, 31), QTime(0, 30), QTimeZone::utc()).toMSecsSinceEpoch()),
        QStringLiteral("2027-10-31 02:30:00"));
    QCOMPARE(
        formatter.format(
            QDateTime(QDate(2027, 10, 31), QTime(1, 30), QTimeZone::utc()).toMSecsSinceEpoch()),
        QStringLiteral("2027-10-31 02:30:00"));
    char bytes[19];
    QVERIFY(!formatter.formatTo(-5, bytes));
}

void tst_ExportFormat::maskPhone_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("masked");
    QTest::newRow("France mobile") << "+33612345678"
                                   << "+33 6 12 ** ** 78";
    QTest::newRow("France fixed") << "+33142685300"
                                  << "+33 1 42 ** ** 00";
    QTest::newRow("UK mobile") << "+447911123456"
                               << "+44 791* ****56";
    QTest::newRow("US") << "+12025550143"
                        << "+1 202-***-**43";
    QTest::newRow("not a number") << "hello world"
                                  << "*********ld";
    QTest::newRow("short") << "ab"
                           << "**";
}

void tst_ExportFormat::maskPhone()
{
    QFETCH(QString, number);
    QFETCH(QString, masked);
    QCOMPARE(ExportFormat::maskPhone(number), masked);
    QCOMPARE(ExportFormat::excelFrance().phone(number), masked);
    ExportFormat full = ExportFormat::standard();
    full.fullNumbers = true;
    QCOMPARE(full.phone(number), number);
    // The allocation-free French path agrees, or declines.
    const QByteArray utf8 = number.toUtf8();
    char out[32];
    const int length = ExportFormat::maskFrenchPhoneTo(utf8.constData(), utf8.size(), out);
    if (number.startsWith(QLatin1String("+33")))
        QCOMPARE(QString::fromLatin1(out, length), masked);
    else
        QCOMPARE(length, -1);
}

void tst_ExportFormat::cellsMatchWriteRow_data()
{
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "abc";
    QTest::newRow("empty") << "";
    QTest::newRow("delimiter") << "a;b,c";
    QTest::newRow("quotes") << "dit \"oui\"";
    QTest::newRow("newline") << "ligne 1\nligne 2";
    QTest::newRow("cr") << "a\rb";
    QTest::newRow("formula") << "=SUM(A1:A2)";
    QTest::newRow("plus") << "+33612345678";
    QTest::newRow("minus") << "-2+3";
    QTest::newRow("at") << "@cmd";
    QTest::newRow("tab") << "\tx";
    QTest::newRow("formula quoted") << "=\"a\";b";
    QTest::newRow("leading space") << " a";
    QTest::newRow("trailing space") << "a ";
    QTest::newRow("accents") << "Élection à Besançon";
    QTest::newRow("accent last") << "café";
    QTest::newRow("nbsp") << QString(QChar(0xA0)) + QStringLiteral("x");
}

void tst_ExportFormat::cellsMatchWriteRow()
{
    QFETCH(QString, cell);
    for (const CsvWriter::Options &options :
         {CsvWriter::Options(), CsvWriter::Options::excelFrance()}) {
        QBuffer rowBuffer;
        rowBuffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&rowBuffer, options);
            QVERIFY(writer.writeRow({cell, QStringLiteral("x"), cell}));
        }
        QBuffer cellBuffer;
        cellBuffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&cellBuffer, options);
            const QByteArray utf8 = cell.toUtf8();
            writer.appendUtf8Cell(utf8.constData(), utf8.size());
            writer.appendSafeCell("x", 1);
            writer.appendCell(cell);
            QVERIFY(writer.endRow());
            QCOMPARE(writer.rowsWritten(), 1);
        }
        QCOMPARE(cellBuffer.data(), rowBuffer.data());
    }
}

QTEST_GUILESS_MAIN(tst_ExportFormat)
#include "tst_exportformat.moc"
