// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QStringView>

// Writes CSV as spreadsheets expect it, streamed through a buffer so that exports of millions of
// rows run in constant memory: RFC 4180 quoting (delimiter, quotes, line breaks), UTF-8, and
// protection against formula injection (a cell starting with = + - @, tab or CR gets a leading
// apostrophe, so a spreadsheet shows it as text instead of running it).
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
    Q_DISABLE_COPY_MOVE(CsvWriter)
public:
    struct Options
    {
        QChar delimiter = QLatin1Char(',');
        bool byteOrderMark = false;
        bool crlf = true; // RFC 4180 line ends
        bool protectFormulas = true;

        // "Excel (France)": ';' separator, UTF-8 with BOM (so Excel detects the encoding), CRLF.
        // Decimal commas are the caller's formatting (QLocale of French).
        static Options excelFrance();
    };

    CsvWriter(QIODevice *device, const Options &options);
    ~CsvWriter();

    bool writeRow(const QStringList &cells);

    // A row cell by cell, without building a QStringList, for exports of millions of rows.
    // Cells are escaped as writeRow() does, except appendSafeCell()'s: the caller vouches that
    // the ASCII text needs no quotes and no formula protection (a number, a date, a key).
    void appendCell(QStringView cell);
    void appendUtf8Cell(const char *data, qsizetype size);
    void appendSafeCell(const char *data, qsizetype size);
    void appendSafeCell(qint64 number);
    bool endRow();
    bool flush();
    qint64 rowsWritten() const { return m_rows; }
    QString errorString() const { return m_errorString; }

    // One cell as it appears in the file (quoted and protected as needed).
    static QString escapeCell(const QString &cell, const Options &options);

private:
    QIODevice *m_device;
    Options m_options;
    void startCell();

    QByteArray m_buffer;
    char m_delimiter = ',';
    int m_cellsInRow = 0;
    qint64 m_rows = 0;
    bool m_wroteBom = false;
    QString m_errorString;
};
