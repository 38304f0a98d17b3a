// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/importbatch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

class QTemporaryFile;

// Puts an import's contacts in phone-number order with bounded memory: they are kept in a
// buffer, sorted and written to a temporary file as a run whenever the buffer is full, and the
// runs are merged on the way out. Stored in that order, the contacts' two phone indexes grow at
// their end instead of at random places: at millions of rows, the difference between an index
// that stays in the page cache and one read back from disk for every row.
class ImportContactSorter final
{
    Q_DECLARE_TR_FUNCTIONS(ImportContactSorter)
    Q_DISABLE_COPY_MOVE(ImportContactSorter)
public:
    explicit ImportContactSorter(qsizetype memoryBytes = 256 * 1024 * 1024);
    ~ImportContactSorter();

    // Takes the batch's contacts (not its rejects). False on a write error.
    bool add(const ImportBatch &batch);
    qint64 count() const { return m_count; }
    // Then: clears `batch` and fills it with the next contacts in key order (at most maxRows);
    // false when there are none left or on a read error (errorString() says which).
    bool next(ImportBatch *batch, qsizetype maxRows);
    QString errorString() const { return m_errorString; }

private:
    struct Entry
    {
        quint64 key;
        qsizetype offset; // of the record in m_buffer
    };
    struct Run;

    bool spill();
    bool startMerge();
    bool fail(const QString &message);

    qsizetype m_memoryBytes;
    QByteArray m_buffer; // records: key, row, flags, null mask, then lengths and bytes
    std::vector<Entry> m_entries;
    std::unique_ptr<QTemporaryFile> m_file;
    std::vector<std::unique_ptr<Run>> m_runs;
    bool m_merging = false;
    size_t m_nextEntry = 0; // when everything stayed in memory
    qint64 m_count = 0;
    QString m_errorString;
};
