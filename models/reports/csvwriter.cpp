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
