// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontactsorter.h"

#include <QDir>
#include <QTemporaryFile>

#include <algorithm>
#include <cstring>

namespace {

constexpr qsizetype kHeaderSize = 8 + 8 + 1 + 2; // key, row, flags, null mask
constexpr qsizetype kRunBufferSize = 2 * 1024 * 1024;

// Reads a varint at `p`; nullptr when it runs past `end`.
const char *readVarint(const char *p, const char *end, quint32 *value)
{
    quint32 v = 0;
    for (int shift = 0; p < end && shift < 35; shift += 7) {
        const uchar byte = uchar(*p++);
        v |= quint32(byte & 0x7f) << shift;
        if (byte < 0x80) {
            *value = v;
            return p;
        }
    }
    return nullptr;
}

// The size of the record at `p`, or -1 when it is not complete before `end`.
qsizetype recordSize(const char *p, const char *end)
{
    if (end - p < kHeaderSize)
        return -1;
    quint16 nulls;
    std::memcpy(&nulls, p + 17, 2);
    const char *q = p + kHeaderSize;
    for (int v = 0; v < ImportBatch::ValueCount; ++v) {
        if (nulls & (1u << v))
            continue;
        quint32 size = 0;
        q = readVarint(q, end, &size);
        if (!q || end - q < qsizetype(size))
            return -1;
        q += size;
    }
    return q - p;
}

quint64 recordKey(const char *p)
{
    quint64 key;
    std::memcpy(&key, p, 8);
    return key;
}

void appendRecord(QByteArray *out, const ImportBatch &batch, const ImportBatch::Contact &contact)
{
    qsizetype most = kHeaderSize;
    for (const ImportBatch::Span &span : contact.values)
        most += 5 + qMax(0, span.size);
    const qsizetype at = out->size();
    if (at + most > out->capacity())
        out->reserve(qMax(2 * out->capacity(), at + most + 4096));
    out->resize(at + most);
    char *p = out->data() + at;
    std::memcpy(p, &contact.key, 8);
    std::memcpy(p + 8, &contact.rowNumber, 8);
    p[16] = char((contact.isMobile ? 1 : 0) | (contact.exists ? 2 : 0));
    quint16 nulls = 0;
    for (int v = 0; v < ImportBatch::ValueCount; ++v) {
        if (contact.values[v].isNull())
            nulls |= quint16(1u << v);
    }
    std::memcpy(p + 17, &nulls, 2);
    p += kHeaderSize;
    const char *bytes = batch.bytes.constData();
    for (const ImportBatch::Span &span : contact.values) {
        if (span.isNull())
            continue;
        quint32 size = quint32(span.size);
        while (size >= 0x80) {
            *p++ = char(size | 0x80);
            size >>= 7;
        }
        *p++ = char(size);
        std::memcpy(p, bytes + span.offset, size_t(span.size));
        p += span.size;
    }
    out->resize(p - out->constData());
}

void decodeRecord(const char *p, ImportBatch *batch)
{
    ImportBatch::Contact contact;
    std::memcpy(&contact.key, p, 8);
    std::memcpy(&contact.rowNumber, p + 8, 8);
    contact.isMobile = p[16] & 1;
    contact.exists = p[16] & 2;
    quint16 nulls;
    std::memcpy(&nulls, p + 17, 2);
    const char *q = p + kHeaderSize;
    for (int v = 0; v < ImportBatch::ValueCount; ++v) {
        if (nulls & (1u << v))
            continue;
        quint32 size = 0;
        q = readVarint(q, q + 5, &size);
        contact.values[v] = batch->append(QByteArrayView(q, qsizetype(size)));
        q += size;
    }
    batch->contacts.push_back(contact);
}

} // namespace

// One sorted run in the temporary file, read through a buffer.
struct ImportContactSorter::Run
{
    qint64 next = 0; // file offset of the bytes after the buffer
    qint64 end = 0;
    QByteArray buffer;
    qsizetype pos = 0; // current record in buffer
    qsizetype size = 0; // its size, -1 when the run is exhausted
};

ImportContactSorter::ImportContactSorter(qsizetype memoryBytes)
    : m_memoryBytes(memoryBytes)
{ }

ImportContactSorter::~ImportContactSorter() = default;

bool ImportContactSorter::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool ImportContactSorter::add(const ImportBatch &batch)
{
    if (m_buffer.capacity() == 0)
        m_buffer.reserve(std::min<qsizetype>(m_memoryBytes, 4 * 1024 * 1024));
    for (const ImportBatch::Contact &contact : batch.contacts) {
        m_entries.push_back({contact.key, m_buffer.size()});
        appendRecord(&m_buffer, batch, contact);
        ++m_count;
    }
    if (m_buffer.size() + qsizetype(m_entries.size() * sizeof(Entry)) >= m_memoryBytes)
        return spill();
    return true;
}

bool ImportContactSorter::spill()
{
    if (m_entries.empty())
        return true;
    if (!m_file) {
        m_file = std::make_unique<QTemporaryFile>(
            QDir(QDir::tempPath()).filePath(QStringLiteral("tribune-import-XXXXXX")));
        if (!m_file->open())
            return fail(tr("Cannot create a temporary file: %1").arg(m_file->errorString()));
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.key < b.key; });
    auto run = std::make_unique<Run>();
    run->next = m_file->pos();
    QByteArray out;
    out.reserve(kRunBufferSize + 64 * 1024);
    const char *data = m_buffer.constData();
    const char *const end = data + m_buffer.size();
    for (const Entry &entry : m_entries) {
        const qsizetype size = recordSize(data + entry.offset, end);
        out.append(data + entry.offset, size);
        if (out.size() >= kRunBufferSize) {
            if (m_file->write(out) != out.size())
                return fail(tr("Cannot write a temporary file: %1").arg(m_file->errorString()));
            out.resize(0);
        }
    }
    if (m_file->write(out) != out.size())
        return fail(tr("Cannot write a temporary file: %1").arg(m_file->errorString()));
    run->end = m_file->pos();
    m_runs.push_back(std::move(run));
    m_buffer.resize(0);
    m_entries.clear();
    return true;
}

bool ImportContactSorter::startMerge()
{
    m_merging = true;
    if (!m_file) {
        // Everything fits in memory: no file, just the sorted entries.
        std::sort(m_entries.begin(), m_entries.end(),
                  [](const Entry &a, const Entry &b) { return a.key < b.key; });
        return true;
    }
    if (!spill())
        return false;
    // The buffer's memory goes back before the storing starts.
    m_buffer = QByteArray();
    m_entries = std::vector<Entry>();
    if (!m_file->flush())
        return fail(tr("Cannot write a temporary file: %1").arg(m_file->errorString()));
    for (const std::unique_ptr<Run> &run : m_runs)
        run->size = 0; // nothing loaded yet
    return true;
}

bool ImportContactSorter::next(ImportBatch *batch, qsizetype maxRows)
{
    batch->clear();
    if (!m_merging && !startMerge())
        return false;
    if (!m_file) {
        const char *data = m_buffer.constData();
        while (m_nextEntry < m_entries.size() && batch->rowCount() < maxRows)
            decodeRecord(data + m_entries[m_nextEntry++].offset, batch);
        return !batch->contacts.empty();
    }
    // Moves a run to its next record (reading more of the file when needed).
    const auto advance = [this](Run *run) -> bool {
        run->pos += run->size;
        for (;;) {
            const char *begin = run->buffer.constData() + run->pos;
            const char *end = run->buffer.constData() + run->buffer.size();
            run->size = recordSize(begin, end);
            if (run->size >= 0)
                return true;
            if (run->next >= run->end) {
                run->size = -1;
                return run->pos == run->buffer.size()
                    || fail(tr("A temporary file was cut short."));
            }
            // Keep the partial record, read the next part of the run after it.
            run->buffer.remove(0, run->pos);
            run->pos = 0;
            const qsizetype kept = run->buffer.size();
            const qsizetype want =
                qsizetype(std::min<qint64>(std::max(kRunBufferSize, kept), run->end - run->next));
            run->buffer.resize(kept + want);
            if (!m_file->seek(run->next) || m_file->read(run->buffer.data() + kept, want) != want)
                return fail(tr("Cannot read a temporary file: %1").arg(m_file->errorString()));
            run->next += want;
        }
    };
    for (const std::unique_ptr<Run> &run : m_runs) {
        if (run->size == 0 && run->buffer.isEmpty() && !advance(run.get()))
            return false;
    }
    while (batch->rowCount() < maxRows) {
        Run *best = nullptr;
        quint64 bestKey = 0;
        for (const std::unique_ptr<Run> &run : m_runs) {
            if (run->size < 0)
                continue;
            const quint64 key = recordKey(run->buffer.constData() + run->pos);
            if (!best || key < bestKey) {
                best = run.get();
                bestKey = key;
            }
        }
        if (!best)
            break;
        decodeRecord(best->buffer.constData() + best->pos, batch);
        if (!advance(best))
            return false;
    }
    return !batch->contacts.empty();
}
