// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

namespace {
constexpr qsizetype kFlushAt = 1 << 20;
}

CsvWriter::Options CsvWriter::Options::excelFrance()
{
    Options options;
    options.delimiter = QLatin1Char(';');
    options.byteOrderMark = true;
    options.crlf = true;
    return options;
}

CsvWriter::CsvWriter(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
{
    m_buffer.reserve(kFlushAt + 4096);
    // The delimiters a CSV dialect uses (',', ';', tab, '|') are ASCII.
    m_delimiter = m_options.delimiter.toLatin1();
}

CsvWriter::~CsvWriter()
{
    flush();
}

QString CsvWriter::escapeCell(const QString &cell, const Options &options)
{
    QString text = cell;
    if (options.protectFormulas && !text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t')
            || first == QLatin1Char('\r'))
            text.prepend(QLatin1Char('\''));
    }
    const bool needsQuotes = text.contains(options.delimiter) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    if (!m_errorString.isEmpty())
        return false;
    if (m_options.byteOrderMark && !m_wroteBom) {
        m_buffer.append("\xEF\xBB\xBF");
        m_wroteBom = true;
    }
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_options.delimiter;
        line += escapeCell(cells.at(i), m_options);
    }
    line += m_options.crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    m_buffer.append(line.toUtf8());
    ++m_rows;
    if (m_buffer.size() >= kFlushAt)
        return flush();
    return true;
}

void CsvWriter::startCell()
{
    if (m_cellsInRow == 0 && m_options.byteOrderMark && !m_wroteBom) {
        m_buffer.append("\xEF\xBB\xBF");
        m_wroteBom = true;
    }
    if (m_cellsInRow++ > 0)
        m_buffer.append(m_delimiter);
}

void CsvWriter::appendCell(QStringView cell)
{
    startCell();
    m_buffer.append(escapeCell(cell.toString(), m_options).toUtf8());
}

void CsvWriter::appendUtf8Cell(const char *data, qsizetype size)
{
    if (size == 0) {
        startCell();
        return;
    }
    const auto first = static_cast<unsigned char>(data[0]);
    const auto last = static_cast<unsigned char>(data[size - 1]);
    // Non-ASCII at either end may be a Unicode space (quoted by escapeCell): the slow path.
    if (first >= 0x80 || last >= 0x80) {
        appendCell(QString::fromUtf8(data, size));
        return;
    }
    startCell();
    const bool protect = m_options.protectFormulas
        && (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
            || first == '\r');
    const auto isSpace = [](unsigned char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    };
    // As escapeCell: leading space counts after the protecting apostrophe, which is no space.
    bool quote = (!protect && isSpace(first)) || isSpace(last);
    for (qsizetype i = 0; !quote && i < size; ++i) {
        const char c = data[i];
        quote = c == m_delimiter || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
        if (protect)
            m_buffer.append('\'');
        m_buffer.append(data, size);
        return;
    }
    m_buffer.append('"');
    if (protect)
        m_buffer.append('\'');
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '"')
            m_buffer.append('"');
        m_buffer.append(data[i]);
    }
    m_buffer.append('"');
}

void CsvWriter::appendSafeCell(const char *data, qsizetype size)
{
    startCell();
    m_buffer.append(data, size);
}

void CsvWriter::appendSafeCell(qint64 number)
{
    char digits[24];
    char *end = digits + sizeof digits;
    char *p = end;
    quint64 magnitude = number < 0 ? 0 - quint64(number) : quint64(number);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (number < 0)
        *--p = '-';
    appendSafeCell(p, end - p);
}

bool CsvWriter::endRow()
{
    if (m_cellsInRow == 0)
        startCell(); // an empty row is one empty cell
    m_cellsInRow = 0;
    if (m_options.crlf)
        m_buffer.append("\r\n", 2);
    else
        m_buffer.append('\n');
    ++m_rows;
    if (!m_errorString.isEmpty())
        return false;
    if (m_buffer.size() >= kFlushAt)
        return flush();
    return true;
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty() || !m_errorString.isEmpty())
        return m_errorString.isEmpty();
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_errorString = tr("Cannot write the CSV file: %1").arg(m_device->errorString());
        return false;
    }
    m_buffer.clear();
    return true;
}
