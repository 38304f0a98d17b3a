// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentindex.h"

#include "audience/sensitivecolumns.h"
#include "consent/consentgate.h"
#include "sms/messagetemplate.h"
#include "storage/bulkinserter.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <roaring/roaring.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

namespace {

// Contacts that may be messaged, on contacts aliased `c`.
const QLatin1String
    kSendableCondition("NOT EXISTS (SELECT 1 FROM suppressions s WHERE s.phone = c.phone) "
                       "AND NOT EXISTS (SELECT 1 FROM consent_states cs WHERE cs.phone = c.phone "
                       "AND cs.state IN ('refused', 'opted_out'))");

// Reserved column names (filter columns are [a-z0-9_]).
const QLatin1String kAllColumn("#all");
const QLatin1String kUnsendableColumn("#unsendable");
const QLatin1String kReservedValue("*");

// Suppressions and consent changes stamped up to this long before the build are re-read at
// every count: the stamps come from the clocks of every client of a team database.
constexpr qint64 kUnsendableMarginMs = 15 * 60 * 1000;
// Loaded bitmaps kept in memory across counts, all audiences and databases together.
constexpr qint64 kCacheBudgetBytes = qint64(384) << 20;
constexpr qint64 kProgressRows = 1 << 16;
// Rows per keyset page when contacts are read through QtSql (PostgreSQL).
constexpr int kPageRows = 50000;
// Values per "value IN (...)" when loading bitmaps.
constexpr int kValuesPerQuery = 400;

struct BitmapDeleter
{
    void operator()(roaring_bitmap_t *bitmap) const { roaring_bitmap_free(bitmap); }
};
using BitmapPtr = std::unique_ptr<roaring_bitmap_t, BitmapDeleter>;
using SharedBitmap = std::shared_ptr<const roaring_bitmap_t>;

BitmapPtr newBitmap()
{
    return BitmapPtr(roaring_bitmap_create());
}

BitmapPtr copyOf(const roaring_bitmap_t *bitmap)
{
    return BitmapPtr(roaring_bitmap_copy(bitmap));
}

QByteArray serialise(roaring_bitmap_t *bitmap)
{
    roaring_bitmap_run_optimize(bitmap);
    roaring_bitmap_shrink_to_fit(bitmap);
    QByteArray bytes(qsizetype(roaring_bitmap_portable_size_in_bytes(bitmap)), Qt::Uninitialized);
    roaring_bitmap_portable_serialize(bitmap, bytes.data());
    return bytes;
}

SharedBitmap deserialise(const QByteArray &bytes)
{
    roaring_bitmap_t *bitmap =
        roaring_bitmap_portable_deserialize_safe(bytes.constData(), size_t(bytes.size()));
    return SharedBitmap(bitmap ? bitmap : roaring_bitmap_create(), BitmapDeleter());
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Calls `sink(key, keySize, value, valueSize)` for each string member of a flat JSON object
// ({"civilite":"Mme","source":"jeu"}), escapes decoded. Members whose value is not a string are
// skipped (the importer writes strings only). False on malformed text.
template<typename Sink>
bool parseFlatObject(const char *p, const char *end, std::string *key, std::string *value,
                     const Sink &sink)
{
    const auto skipSpace = [&]() {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    };
    const auto appendUtf8 = [](std::string *out, uint32_t cp) {
        if (cp < 0x80) {
            out->push_back(char(cp));
        } else if (cp < 0x800) {
            out->push_back(char(0xC0 | (cp >> 6)));
            out->push_back(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out->push_back(char(0xE0 | (cp >> 12)));
            out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out->push_back(char(0x80 | (cp & 0x3F)));
        } else {
            out->push_back(char(0xF0 | (cp >> 18)));
            out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
            out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out->push_back(char(0x80 | (cp & 0x3F)));
        }
    };
    const auto hex4 = [&](uint32_t *cp) {
        if (end - p < 4)
            return false;
        uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = p[i];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= uint32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= uint32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= uint32_t(c - 'A' + 10);
            else
                return false;
        }
        p += 4;
        *cp = v;
        return true;
    };
    // Reads a string at p (on its opening quote) into out.
    const auto readString = [&](std::string *out) {
        out->clear();
        ++p;
        while (p < end) {
            const char *start = p;
            while (p < end && *p != '"' && *p != '\\')
                ++p;
            out->append(start, size_t(p - start));
            if (p >= end)
                return false;
            if (*p == '"') {
                ++p;
                return true;
            }
            ++p; // backslash
            if (p >= end)
                return false;
            const char e = *p++;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                out->push_back(e);
                break;
            case 'b':
                out->push_back('\b');
                break;
            case 'f':
                out->push_back('\f');
                break;
            case 'n':
                out->push_back('\n');
                break;
            case 'r':
                out->push_back('\r');
                break;
            case 't':
                out->push_back('\t');
                break;
            case 'u': {
                uint32_t cp = 0;
                if (!hex4(&cp))
                    return false;
                if (cp >= 0xD800 && cp < 0xDC00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                    p += 2;
                    uint32_t low = 0;
                    if (!hex4(&low))
                        return false;
                    if (low >= 0xDC00 && low < 0xE000)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    else
                        cp = 0xFFFD;
                } else if (cp >= 0xD800 && cp < 0xE000) {
                    cp = 0xFFFD;
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                return false;
            }
        }
        return false;
    };
    // Skips a non-string value (number, literal, nested object or array).
    const auto skipValue = [&]() {
        int depth = 0;
        while (p < end) {
            const char c = *p;
            if (c == '"') {
                std::string ignored;
                if (!readString(&ignored))
                    return false;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return true;
                --depth;
            } else if (c == ',' && depth == 0) {
                return true;
            }
            ++p;
        }
        return false;
    };
    skipSpace();
    if (p >= end || *p != '{')
        return false;
    ++p;
    skipSpace();
    if (p < end && *p == '}')
        return true;
    while (p < end) {
        skipSpace();
        if (p >= end || *p != '"' || !readString(key))
            return false;
        skipSpace();
        if (p >= end || *p != ':')
            return false;
        ++p;
        skipSpace();
        if (p < end && *p == '"') {
            if (!readString(value))
                return false;
            sink(key->data(), key->size(), value->data(), value->size());
        } else if (!skipValue()) {
            return false;
        }
        skipSpace();
        if (p < end && *p == ',') {
            ++p;
            continue;
        }
        return p < end && *p == '}';
    }
    return false;
}

// The bitmaps of one column while the index is built: one per distinct value, until the column
// has too many values to be worth it.
class ColumnBuilder
{
public:
    explicit ColumnBuilder(const QString &name_)
        : name(name_)
        , utf8Name(name_.toUtf8())
    { }

    QString name;
    QByteArray utf8Name;
    std::vector<QByteArray> values;
    std::vector<BitmapPtr> bitmaps;
    std::vector<qint64> counts;
    bool hasValues = false;
    bool overflow = false;

    void add(const char *data, size_t size, uint32_t offset, int maxDistinct)
    {
        if (size == 0)
            return;
        hasValues = true;
        if (overflow)
            return;
        const uint32_t index = lookup(data, size, maxDistinct);
        if (overflow)
            return;
        m_pendingCodes.push_back(index);
        m_pendingOffsets.push_back(offset);
        ++counts[index];
    }

    // Moves the rows added since the last flush into the bitmaps, value by value: contacts
    // arrive in id order but with values in random order, and adding them one by one to
    // thousands of bitmaps costs a cache miss each.
    void flush()
    {
        if (m_pendingCodes.empty())
            return;
        m_positions.resize(values.size(), 0);
        m_touched.clear();
        for (const uint32_t code : m_pendingCodes) {
            if (m_positions[code]++ == 0)
                m_touched.push_back(code);
        }
        uint32_t position = 0;
        for (const uint32_t code : m_touched) {
            const uint32_t n = m_positions[code];
            m_positions[code] = position;
            position += n;
        }
        m_sorted.resize(m_pendingCodes.size());
        for (size_t i = 0; i < m_pendingCodes.size(); ++i)
            m_sorted[m_positions[m_pendingCodes[i]]++] = m_pendingOffsets[i];
        uint32_t start = 0;
        for (const uint32_t code : m_touched) {
            const uint32_t end = m_positions[code];
            roaring_bitmap_add_many(bitmaps[code].get(), end - start, m_sorted.data() + start);
            start = end;
            m_positions[code] = 0;
        }
        m_pendingCodes.clear();
        m_pendingOffsets.clear();
    }

    // Frees everything but the name and the flags (after writing, or on overflow).
    void release()
    {
        std::vector<QByteArray>().swap(values);
        std::vector<BitmapPtr>().swap(bitmaps);
        std::vector<qint64>().swap(counts);
        std::vector<uint64_t>().swap(m_slotHashes);
        std::vector<uint32_t>().swap(m_slots);
        std::vector<uint32_t>().swap(m_pendingCodes);
        std::vector<uint32_t>().swap(m_pendingOffsets);
        std::vector<uint32_t>().swap(m_positions);
        std::vector<uint32_t>().swap(m_sorted);
    }

private:
    static constexpr uint32_t kEmpty = UINT32_MAX;

    // Open addressing on the value's hash: the dictionary sees every field of every contact.
    uint32_t lookup(const char *data, size_t size, int maxDistinct)
    {
        if (m_slots.empty()) {
            m_slots.assign(1024, kEmpty);
            m_slotHashes.assign(1024, 0);
        }
        const uint64_t hash = uint64_t(qHashBits(data, size, 0x5eed));
        size_t mask = m_slots.size() - 1;
        size_t slot = size_t(hash) & mask;
        for (;;) {
            const uint32_t index = m_slots[slot];
            if (index == kEmpty)
                break;
            if (m_slotHashes[slot] == hash) {
                const QByteArray &value = values[index];
                if (size_t(value.size()) == size && std::memcmp(value.constData(), data, size) == 0)
                    return index;
            }
            slot = (slot + 1) & mask;
        }
        if (int(values.size()) >= maxDistinct) {
            overflow = true;
            release();
            return 0;
        }
        const uint32_t index = uint32_t(values.size());
        values.emplace_back(data, qsizetype(size));
        bitmaps.push_back(newBitmap());
        counts.push_back(0);
        m_slots[slot] = index;
        m_slotHashes[slot] = hash;
        if (values.size() * 2 > m_slots.size()) {
            // Grow and re-insert.
            std::vector<uint32_t> grown(m_slots.size() * 2, kEmpty);
            std::vector<uint64_t> hashes(grown.size(), 0);
            mask = grown.size() - 1;
            for (size_t i = 0; i < m_slots.size(); ++i) {
                if (m_slots[i] == kEmpty)
                    continue;
                size_t s = size_t(m_slotHashes[i]) & mask;
                while (grown[s] != kEmpty)
                    s = (s + 1) & mask;
                grown[s] = m_slots[i];
                hashes[s] = m_slotHashes[i];
            }
            m_slots.swap(grown);
            m_slotHashes.swap(hashes);
        }
        return index;
    }

    std::vector<uint64_t> m_slotHashes;
    std::vector<uint32_t> m_slots;
    std::vector<uint32_t> m_pendingCodes;
    std::vector<uint32_t> m_pendingOffsets;
    std::vector<uint32_t> m_positions;
    std::vector<uint32_t> m_touched;
    std::vector<uint32_t> m_sorted;
};

// The process-wide cache of loaded bitmaps. A shared cache (not per SegmentIndex) so that the
// GUI's count thread, which makes a new SegmentIndex per request, counts warm. Keyed by
// database, audience and build generation; least recently used bitmaps go first.
class BitmapCache final
{
public:
    struct Audience
    {
        qint64 generation = 0;
        struct Entry
        {
            SharedBitmap bitmap;
            qint64 bytes = 0;
            quint64 lastUse = 0;
        };
        QHash<QString, Entry> bitmaps; // column + '\x1f' + value
        QHash<QString, std::shared_ptr<const QList<SegmentIndex::Value>>> values; // by column
    };

    static BitmapCache &instance()
    {
        static BitmapCache cache;
        return cache;
    }

    SharedBitmap bitmap(const QString &audienceKey, qint64 generation, const QString &key)
    {
        const QMutexLocker locker(&m_mutex);
        Audience *audience = find(audienceKey, generation);
        if (!audience)
            return {};
        const auto it = audience->bitmaps.find(key);
        if (it == audience->bitmaps.end())
            return {};
        it->lastUse = ++m_clock;
        return it->bitmap;
    }

    void insert(const QString &audienceKey, qint64 generation, const QString &key,
                const SharedBitmap &bitmap)
    {
        const QMutexLocker locker(&m_mutex);
        Audience &audience = findOrCreate(audienceKey, generation);
        const qint64 bytes = qint64(roaring_bitmap_size_in_bytes(bitmap.get())) + 64;
        auto it = audience.bitmaps.find(key);
        if (it != audience.bitmaps.end())
            m_bytes -= it->bytes;
        audience.bitmaps.insert(key, {bitmap, bytes, ++m_clock});
        m_bytes += bytes;
        if (m_bytes > kCacheBudgetBytes)
            evict();
    }

    std::shared_ptr<const QList<SegmentIndex::Value>>
    values(const QString &audienceKey, qint64 generation, const QString &column)
    {
        const QMutexLocker locker(&m_mutex);
        Audience *audience = find(audienceKey, generation);
        return audience ? audience->values.value(column) : nullptr;
    }

    void insertValues(const QString &audienceKey, qint64 generation, const QString &column,
                      const std::shared_ptr<const QList<SegmentIndex::Value>> &values)
    {
        const QMutexLocker locker(&m_mutex);
        findOrCreate(audienceKey, generation).values.insert(column, values);
    }

    void clear()
    {
        const QMutexLocker locker(&m_mutex);
        m_audiences.clear();
        m_bytes = 0;
    }

private:
    Audience *find(const QString &audienceKey, qint64 generation)
    {
        const auto it = m_audiences.find(audienceKey);
        return it != m_audiences.end() && it->generation == generation ? &*it : nullptr;
    }

    Audience &findOrCreate(const QString &audienceKey, qint64 generation)
    {
        Audience &audience = m_audiences[audienceKey];
        if (audience.generation != generation) {
            for (const Audience::Entry &entry : std::as_const(audience.bitmaps))
                m_bytes -= entry.bytes;
            audience = Audience();
            audience.generation = generation;
        }
        return audience;
    }

    // Drops the least recently used bitmaps down to three quarters of the budget.
    void evict()
    {
        std::vector<quint64> uses;
        for (const Audience &audience : std::as_const(m_audiences)) {
            for (const Audience::Entry &entry : audience.bitmaps)
                uses.push_back(entry.lastUse);
        }
        std::sort(uses.begin(), uses.end());
        // Remove about half of the entries by age, then check the bytes again.
        const quint64 threshold = uses.empty() ? 0 : uses[uses.size() / 2];
        for (Audience &audience : m_audiences) {
            for (auto it = audience.bitmaps.begin(); it != audience.bitmaps.end();) {
                if (it->lastUse <= threshold && m_bytes > kCacheBudgetBytes * 3 / 4) {
                    m_bytes -= it->bytes;
                    it = audience.bitmaps.erase(it);
                } else {
                    ++it;
                }
            }
        }
    }

    QMutex m_mutex;
    QHash<QString, Audience> m_audiences;
    qint64 m_bytes = 0;
    quint64 m_clock = 0;
};

QString audienceCacheKey(const Database *database, qint64 audienceId)
{
    return database->url().toDisplayString() + QChar(0x1f) + QString::number(audienceId);
}

QString bitmapKey(const QString &column, const QString &value)
{
    return column + QChar(0x1f) + value;
}

} // namespace

// Consent states of an audience's contacts as bitmaps (offsets from the index's base id).
struct ConsentBitmaps
{
    SharedBitmap granted;
    SharedBitmap asked;
};

// Per audience and index generation: the consent bitmaps and when they were read. Consent
// changes arrive all along a consent campaign, so each count re-reads only the states changed
// since the last read (with the same clock margin as the suppressions).
class ConsentCache final
{
public:
    struct Entry
    {
        qint64 generation = 0;
        qint64 readAt = 0;
        SharedBitmap granted;
        SharedBitmap asked;
    };
    static ConsentCache &instance()
    {
        static ConsentCache cache;
        return cache;
    }
    std::optional<Entry> find(const QString &audienceKey, qint64 generation)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(audienceKey);
        if (it == m_entries.cend() || it->generation != generation)
            return std::nullopt;
        return *it;
    }
    void store(const QString &audienceKey, const Entry &entry)
    {
        QMutexLocker lock(&m_mutex);
        m_entries.insert(audienceKey, entry);
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_entries.clear();
    }

private:
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

struct SegmentIndex::Meta
{
    bool audienceExists = false;
    // The audience now.
    qint64 lastImportId = 0;
    qint64 contactCount = 0;
    qint64 purgedAt = 0;
    // The index (exists when generation != 0).
    qint64 generation = 0;
    qint64 builtLastImportId = 0;
    qint64 builtContactCount = 0;
    qint64 builtPurgedAt = 0;
    qint64 baseId = 0;
    qint64 contacts = 0;
    qint64 unsendableSince = 0;
    struct Column
    {
        qint64 values = 0;
        bool indexed = false;
    };
    QHash<QString, Column> columns;

    bool isCurrent() const
    {
        return audienceExists && generation != 0 && lastImportId == builtLastImportId
            && contactCount == builtContactCount && purgedAt == builtPurgedAt;
    }
};

// What one count loads: bitmaps through the cache, remembering whether the database was read
// (then a concurrent rebuild is checked for).
struct SegmentIndex::Loaded
{
    SegmentIndex *index;
    qint64 audienceId;
    const Meta *meta;
    QString audienceKey;
    bool readDatabase = false;
    QString errorString;

    SharedBitmap single(const QString &column, const QString &value)
    {
        const QList<SharedBitmap> list = many(column, {value});
        return list.isEmpty() ? nullptr : list.constFirst();
    }

    // The bitmaps of some values of a column (an empty bitmap for a value without contacts);
    // an empty list on a database error.
    QList<SharedBitmap> many(const QString &column, const QStringList &values)
    {
        BitmapCache &cache = BitmapCache::instance();
        QList<SharedBitmap> result(values.size());
        QStringList missing;
        QHash<QString, qsizetype> positions;
        for (qsizetype i = 0; i < values.size(); ++i) {
            result[i] = cache.bitmap(audienceKey, meta->generation, bitmapKey(column, values[i]));
            if (!result[i]) {
                missing.append(values[i]);
                positions.insert(values[i], i);
            }
        }
        for (qsizetype start = 0; start < missing.size(); start += kValuesPerQuery) {
            const QStringList chunk = missing.mid(start, kValuesPerQuery);
            QSqlQuery query(index->m_database->connection());
            query.setForwardOnly(true);
            QStringList marks;
            for (qsizetype i = 0; i < chunk.size(); ++i)
                marks.append(QStringLiteral("?"));
            query.prepare(QStringLiteral("SELECT value, bitmap FROM segment_index WHERE "
                                         "audience_id = ? AND column_name = ? AND generation = ? "
                                         "AND value IN (%1)")
                              .arg(marks.join(QLatin1Char(','))));
            query.addBindValue(audienceId);
            query.addBindValue(column);
            query.addBindValue(meta->generation);
            for (const QString &value : chunk)
                query.addBindValue(value);
            if (!query.exec()) {
                errorString = query.lastError().text();
                return {};
            }
            readDatabase = true;
            while (query.next()) {
                const QString value = query.value(0).toString();
                const SharedBitmap bitmap = deserialise(query.value(1).toByteArray());
                cache.insert(audienceKey, meta->generation, bitmapKey(column, value), bitmap);
                const auto it = positions.constFind(value);
                if (it != positions.cend())
                    result[*it] = bitmap;
            }
        }
        for (SharedBitmap &bitmap : result) {
            if (!bitmap)
                bitmap = SharedBitmap(roaring_bitmap_create(), BitmapDeleter());
        }
        return result;
    }

    // The contacts of a filter on a column without bitmaps, selected with SQL.
    BitmapPtr sqlFilterBitmap(const Segment::Filter &filter);
    // Adds the numbers suppressed or refused since the build, removes those whose consent
    // came back.
    bool applyUnsendableChanges(roaring_bitmap_t *unsendable);
    // The audience's numbers whose consent is granted, and those ever asked (any consent state
    // but 'unknown'), kept in memory per process and topped up with the changes since.
    std::optional<ConsentBitmaps> consentBitmaps();

    // Every value of an indexed column with its number of contacts, sorted by value.
    std::shared_ptr<const QList<Value>> valueList(const QString &column)
    {
        BitmapCache &cache = BitmapCache::instance();
        std::shared_ptr<const QList<Value>> list =
            cache.values(audienceKey, meta->generation, column);
        if (list)
            return list;
        QSqlQuery query(index->m_database->connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT value, contacts FROM segment_index WHERE "
                                     "audience_id = ? AND column_name = ? AND generation = ?"));
        query.addBindValue(audienceId);
        query.addBindValue(column);
        query.addBindValue(meta->generation);
        if (!query.exec()) {
            errorString = query.lastError().text();
            return nullptr;
        }
        readDatabase = true;
        auto values = std::make_shared<QList<Value>>();
        while (query.next())
            values->append({query.value(0).toString(), query.value(1).toLongLong()});
        cache.insertValues(audienceKey, meta->generation, column, values);
        return values;
    }
};

SegmentIndex::SegmentIndex(Database *database)
    : m_database(database)
{ }

SegmentIndex::~SegmentIndex() = default;

bool SegmentIndex::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

void SegmentIndex::clearCache()
{
    BitmapCache::instance().clear();
    ConsentCache::instance().clear();
}

bool SegmentIndex::readMeta(qint64 audienceId, Meta *meta)
{
    *meta = Meta();
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "SELECT a.contact_count, COALESCE(a.purged_at, 0), "
        "(SELECT COALESCE(MAX(i.id), 0) FROM imports i WHERE i.audience_id = a.id "
        "AND i.state = 'done'), "
        "m.generation, m.last_import_id, m.audience_contact_count, COALESCE(m.purged_at, 0), "
        "m.base_id, m.contacts, m.unsendable_since, m.columns "
        "FROM audiences a LEFT JOIN segment_index_meta m ON m.audience_id = a.id WHERE a.id = ?"));
    query.addBindValue(audienceId);
    if (!query.exec())
        return fail(tr("Cannot read the segment index: %1").arg(query.lastError().text()));
    if (!query.next())
        return fail(tr("This audience does not exist."));
    meta->audienceExists = true;
    meta->contactCount = query.value(0).toLongLong();
    meta->purgedAt = query.value(1).toLongLong();
    meta->lastImportId = query.value(2).toLongLong();
    if (query.value(3).isNull())
        return true;
    meta->generation = query.value(3).toLongLong();
    meta->builtLastImportId = query.value(4).toLongLong();
    meta->builtContactCount = query.value(5).toLongLong();
    meta->builtPurgedAt = query.value(6).toLongLong();
    meta->baseId = query.value(7).toLongLong();
    meta->contacts = query.value(8).toLongLong();
    meta->unsendableSince = query.value(9).toLongLong();
    const QJsonArray columns = QJsonDocument::fromJson(query.value(10).toString().toUtf8()).array();
    for (const auto &item : columns) {
        const QJsonObject object = item.toObject();
        meta->columns.insert(object.value(QStringLiteral("name")).toString(),
                             {object.value(QStringLiteral("values")).toInteger(),
                              object.value(QStringLiteral("indexed")).toBool()});
    }
    return true;
}

bool SegmentIndex::isCurrent(qint64 audienceId)
{
    Meta meta;
    return readMeta(audienceId, &meta) && meta.isCurrent();
}

bool SegmentIndex::build(qint64 audienceId, const ProgressCallback &progress,
                         const std::atomic_bool *cancel, bool force)
{
    if (!force && isCurrent(audienceId))
        return true;
    return buildIndex(audienceId, progress, cancel);
}

bool SegmentIndex::ensureCurrent(qint64 audienceId, Meta *meta, bool *built)
{
    if (!readMeta(audienceId, meta))
        return false;
    if (meta->isCurrent())
        return true;
    if (!buildIndex(audienceId, {}, nullptr))
        return false;
    *built = true;
    return readMeta(audienceId, meta) && meta->generation != 0;
}

bool SegmentIndex::buildIndex(qint64 audienceId, const ProgressCallback &progress,
                              const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    // Before anything is read: suppressions and consent changes from now on are re-read at
    // count time.
    const qint64 startedAt = nowMs();
    Meta meta;
    if (!readMeta(audienceId, &meta))
        return false;
    QSqlDatabase db = m_database->connection();
    const auto cancelled = [cancel]() {
        return cancel && cancel->load();
    };

    // Standard fields, in Segment::standardFields() order, then attribute columns by JSON key.
    std::vector<ColumnBuilder> columns;
    for (const QString &field : Segment::standardFields())
        columns.emplace_back(field);
    const size_t standardCount = columns.size();
    BitmapPtr all = newBitmap();
    qint64 baseId = -1;
    qint64 rows = 0;
    bool tooSparse = false;
    uint32_t chunk = 0; // the 65,536-id block being filled (one roaring container per value)
    const int maxDistinct = m_maxDistinctValues;
    std::string key;
    std::string value;

    // One contact: its id and the standard fields (as UTF-8), then its attributes JSON.
    const auto addRow = [&](qint64 id, const std::array<std::pair<const char *, size_t>, 7> &fields,
                            const char *attributes, size_t attributesSize) {
        if (baseId < 0)
            baseId = id;
        const qint64 offset64 = id - baseId;
        if (offset64 < 0 || offset64 > qint64(UINT32_MAX)) {
            tooSparse = true;
            return;
        }
        const uint32_t offset = uint32_t(offset64);
        if (offset >> 16 != chunk) {
            for (ColumnBuilder &column : columns)
                column.flush();
            chunk = offset >> 16;
        }
        roaring_bitmap_add(all.get(), offset);
        for (size_t i = 0; i < fields.size(); ++i)
            columns[i].add(fields[i].first, fields[i].second, offset, maxDistinct);
        if (attributesSize == 0)
            return;
        parseFlatObject(attributes, attributes + attributesSize, &key, &value,
                        [&](const char *k, size_t kSize, const char *v, size_t vSize) {
                            ColumnBuilder *column = nullptr;
                            for (size_t c = standardCount; c < columns.size(); ++c) {
                                const QByteArray &name = columns[c].utf8Name;
                                if (size_t(name.size()) == kSize
                                    && std::memcmp(name.constData(), k, kSize) == 0) {
                                    column = &columns[c];
                                    break;
                                }
                            }
                            if (!column) {
                                columns.emplace_back(QString::fromUtf8(k, qsizetype(kSize)));
                                column = &columns.back();
                            }
                            column->add(v, vSize, offset, maxDistinct);
                        });
    };
    const auto reportProgress = [&]() {
        if (progress)
            progress({rows, meta.contactCount});
    };

    const QString selectColumns =
        QStringLiteral("id, department, postal_code, commune, age_bracket, opt_in_date, "
                       "first_name, last_name, attributes");
    if (sqlite3 *handle = SqliteStatement::handle(db)) {
        // A contacts table holding mostly this audience is read in rowid order (sequential);
        // a small audience among big ones through the audience index.
        QSqlQuery total(db);
        total.exec(QStringLiteral("SELECT COALESCE(SUM(contact_count), 0) FROM audiences"));
        const qint64 allContacts = total.next() ? total.value(0).toLongLong() : 0;
        const bool scan = meta.contactCount * 4 >= allContacts;
        SqliteStatement statement(
            handle,
            QStringLiteral("SELECT %1 FROM contacts %2 WHERE audience_id = ? ORDER BY id")
                .arg(selectColumns, scan ? QStringLiteral("NOT INDEXED") : QString()));
        if (!statement.isValid() || !statement.bind({audienceId}))
            return fail(tr("Cannot read the contacts: %1").arg(statement.errorString()));
        sqlite3_stmt *stmt = statement.get();
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            std::array<std::pair<const char *, size_t>, 7> fields;
            for (int i = 0; i < 7; ++i) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i + 1));
                fields[size_t(i)] = {text, text ? size_t(sqlite3_column_bytes(stmt, i + 1)) : 0};
            }
            const auto *attributes = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 8));
            addRow(sqlite3_column_int64(stmt, 0), fields, attributes,
                   attributes ? size_t(sqlite3_column_bytes(stmt, 8)) : 0);
            if (tooSparse)
                break;
            if (++rows % kProgressRows == 0) {
                if (cancelled())
                    return fail(tr("Cancelled."));
                reportProgress();
            }
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return fail(tr("Cannot read the contacts: %1").arg(statement.errorString()));
    } else {
        // Keyset pages: QtSql's PostgreSQL driver would hold a whole result in memory.
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT %1 FROM contacts WHERE audience_id = ? AND id > ? "
                                     "ORDER BY id LIMIT %2")
                          .arg(selectColumns)
                          .arg(kPageRows));
        qint64 lastId = -1;
        std::array<QByteArray, 8> texts;
        for (;;) {
            query.bindValue(0, audienceId);
            query.bindValue(1, lastId);
            if (!query.exec())
                return fail(tr("Cannot read the contacts: %1").arg(query.lastError().text()));
            int pageRows = 0;
            while (query.next()) {
                ++pageRows;
                lastId = query.value(0).toLongLong();
                std::array<std::pair<const char *, size_t>, 7> fields;
                for (int i = 0; i < 8; ++i)
                    texts[size_t(i)] = query.value(i + 1).toString().toUtf8();
                for (size_t i = 0; i < 7; ++i)
                    fields[i] = {texts[i].constData(), size_t(texts[i].size())};
                addRow(lastId, fields, texts[7].constData(), size_t(texts[7].size()));
                if (tooSparse)
                    break;
                if (++rows % kProgressRows == 0) {
                    if (cancelled())
                        return fail(tr("Cancelled."));
                    reportProgress();
                }
            }
            query.finish();
            if (tooSparse || pageRows < kPageRows)
                break;
        }
    }
    if (tooSparse)
        return fail(tr("The contact ids of this audience are too far apart for the segment index: "
                       "counts run as SQL."));
    if (cancelled())
        return fail(tr("Cancelled."));
    reportProgress();
    for (ColumnBuilder &column : columns)
        column.flush();
    if (baseId < 0)
        baseId = 0;

    // Numbers that may not be messaged, as of `startedAt`.
    BitmapPtr unsendable = newBitmap();
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        for (const QString &sql :
             {QStringLiteral("SELECT c.id FROM suppressions s CROSS JOIN contacts c "
                             "WHERE c.audience_id = ? AND c.phone = s.phone"),
              QStringLiteral("SELECT c.id FROM consent_states cs CROSS JOIN contacts c "
                             "WHERE c.audience_id = ? AND c.phone = cs.phone "
                             "AND cs.state IN ('refused', 'opted_out')")}) {
            query.prepare(sql);
            query.addBindValue(audienceId);
            if (!query.exec())
                return fail(
                    tr("Cannot read the suppression list: %1").arg(query.lastError().text()));
            while (query.next()) {
                const qint64 offset = query.value(0).toLongLong() - baseId;
                if (offset >= 0 && offset <= qint64(UINT32_MAX))
                    roaring_bitmap_add(unsendable.get(), uint32_t(offset));
            }
        }
        roaring_bitmap_and_inplace(unsendable.get(), all.get());
    }

    // Written in one transaction: readers see the old index or the new one, never a mix.
    const qint64 generation = qint64(QRandomGenerator::global()->generate64() >> 2) + 1;
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return fail(tr("Cannot write the segment index: %1").arg(transaction.errorString()));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM segment_index WHERE audience_id = ?"));
    query.addBindValue(audienceId);
    if (!query.exec())
        return fail(tr("Cannot write the segment index: %1").arg(query.lastError().text()));
    BulkInserter inserter(db, QStringLiteral("segment_index"),
                          {QStringLiteral("audience_id"), QStringLiteral("column_name"),
                           QStringLiteral("value"), QStringLiteral("generation"),
                           QStringLiteral("contacts"), QStringLiteral("bitmap")});
    const auto write = [&](const QString &column, const QString &text, roaring_bitmap_t *bitmap,
                           qint64 contacts) {
        return inserter.addRow({audienceId, column, text, generation, contacts, serialise(bitmap)});
    };
    QJsonArray columnsJson;
    const qint64 contacts = qint64(roaring_bitmap_get_cardinality(all.get()));
    if (!write(kAllColumn, kReservedValue, all.get(), contacts)
        || !write(kUnsendableColumn, kReservedValue, unsendable.get(),
                  qint64(roaring_bitmap_get_cardinality(unsendable.get()))))
        return fail(tr("Cannot write the segment index: %1").arg(inserter.errorString()));
    for (ColumnBuilder &column : columns) {
        if (!column.hasValues)
            continue;
        if (cancelled())
            return fail(tr("Cancelled."));
        columnsJson.append(
            QJsonObject {{QStringLiteral("name"), column.name},
                         {QStringLiteral("values"),
                          column.overflow ? qint64(maxDistinct) + 1 : qint64(column.values.size())},
                         {QStringLiteral("indexed"), !column.overflow}});
        for (size_t i = 0; i < column.values.size(); ++i) {
            if (!write(column.name, QString::fromUtf8(column.values[i]), column.bitmaps[i].get(),
                       column.counts[i]))
                return fail(tr("Cannot write the segment index: %1").arg(inserter.errorString()));
            column.bitmaps[i].reset();
        }
        column.release();
    }
    if (!inserter.flush())
        return fail(tr("Cannot write the segment index: %1").arg(inserter.errorString()));
    query.prepare(QStringLiteral("DELETE FROM segment_index_meta WHERE audience_id = ?"));
    query.addBindValue(audienceId);
    if (!query.exec())
        return fail(tr("Cannot write the segment index: %1").arg(query.lastError().text()));
    query.prepare(QStringLiteral(
        "INSERT INTO segment_index_meta (audience_id, generation, last_import_id, "
        "audience_contact_count, purged_at, base_id, contacts, unsendable_since, built_at, "
        "build_milliseconds, columns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &bound :
         {QVariant(audienceId), QVariant(generation), QVariant(meta.lastImportId),
          QVariant(meta.contactCount),
          meta.purgedAt ? QVariant(meta.purgedAt) : QVariant(QMetaType(QMetaType::LongLong)),
          QVariant(baseId), QVariant(contacts), QVariant(startedAt), QVariant(nowMs()),
          QVariant(timer.elapsed()),
          QVariant(QString::fromUtf8(QJsonDocument(columnsJson).toJson(QJsonDocument::Compact)))})
        query.addBindValue(bound);
    if (!query.exec())
        return fail(tr("Cannot write the segment index: %1").arg(query.lastError().text()));
    if (!transaction.commit())
        return fail(tr("Cannot write the segment index: %1").arg(transaction.errorString()));
    return true;
}

bool SegmentIndex::checkColumns(qint64 audienceId, const Segment &segment, QString *errorString)
{
    if (segment.filters.isEmpty())
        return true;
    QStringList known = Segment::standardFields();
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT name FROM audience_columns WHERE audience_id = ?"));
    query.addBindValue(audienceId);
    if (!query.exec()) {
        *errorString = query.lastError().text();
        return false;
    }
    while (query.next())
        known.append(MessageTemplate::normaliseName(query.value(0).toString()));
    for (const Segment::Filter &filter : segment.filters) {
        if (!known.contains(filter.column)) {
            *errorString =
                tr("The filter column \"%1\" is not a column of this audience.").arg(filter.column);
            return false;
        }
        const QString refusal = SensitiveColumns::refusalFor(m_database, audienceId, filter.column);
        if (!refusal.isEmpty()) {
            *errorString = refusal;
            return false;
        }
    }
    return true;
}

SegmentIndex::Count SegmentIndex::sqlCount(qint64 audienceId, const Segment &segment)
{
    Count result;
    QElapsedTimer timer;
    timer.start();
    result.gated = Consent::Gate::isGated(m_database, audienceId);
    const auto countWhere = [&](const Segment &s, qint64 *count,
                                const QString &sendable = kSendableCondition) {
        QVariantList values {audienceId};
        const QString condition = s.sqlCondition(m_database->isPostgreSql(), &values);
        QSqlQuery query(m_database->connection());
        query.prepare(
            QStringLiteral("SELECT COUNT(*) FROM contacts c WHERE c.audience_id = ? AND %1 AND %2")
                .arg(condition, sendable));
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec() || !query.next()) {
            result.errorString = tr("Cannot count the contacts: %1").arg(query.lastError().text());
            return false;
        }
        *count = query.value(0).toLongLong();
        return true;
    };
    if (!countWhere(segment, &result.count) || !countWhere(Segment(), &result.sendable)
        || !countWhere(segment, &result.granted,
                       Consent::Gate::sqlCondition(Consent::Purpose::Campaign, true))
        || !countWhere(segment, &result.neverAsked,
                       Consent::Gate::sqlCondition(Consent::Purpose::ConsentRequest, false)))
        return result;
    result.sqlFilters = int(segment.filters.size());
    result.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    result.ok = true;
    return result;
}

SegmentIndex::Count SegmentIndex::count(qint64 audienceId, const Segment &segment)
{
    Count result;
    if (!checkColumns(audienceId, segment, &result.errorString))
        return result;
    Meta meta;
    bool built = false;
    if (!ensureCurrent(audienceId, &meta, &built)) {
        if (!meta.audienceExists) {
            result.errorString = m_errorString;
            return result;
        }
        // No usable index (ids too sparse, or it cannot be written): count with SQL.
        result = sqlCount(audienceId, segment);
        result.built = built;
        return result;
    }

    for (int attempt = 0;; ++attempt) {
        QElapsedTimer timer;
        timer.start();
        Loaded loaded {this,  audienceId, &meta, audienceCacheKey(m_database, audienceId),
                       false, {}};
        result = Count();
        result.built = built;
        const SharedBitmap all = loaded.single(kAllColumn, kReservedValue);
        const SharedBitmap unsendableAtBuild = loaded.single(kUnsendableColumn, kReservedValue);
        if (!all || !unsendableAtBuild) {
            result.errorString = loaded.errorString;
            return result;
        }

        // One filter's contacts.
        const auto evaluate = [&](const Segment::Filter &filter) -> BitmapPtr {
            const auto column = meta.columns.constFind(filter.column);
            const bool negative = filter.op == Segment::Operator::NotIn;
            if (column == meta.columns.cend()) // no contact has a value
                return negative ? copyOf(all.get()) : newBitmap();
            if (!column->indexed) {
                ++result.sqlFilters;
                return loaded.sqlFilterBitmap(filter);
            }
            QStringList values;
            if (filter.op == Segment::Operator::In || negative) {
                for (const QString &v : filter.values) {
                    if (!v.isEmpty())
                        values.append(v);
                }
            } else {
                const auto list = loaded.valueList(filter.column);
                if (!list)
                    return nullptr;
                for (const Value &v : *list) {
                    if (filter.matches(v.value))
                        values.append(v.value);
                }
            }
            const QList<SharedBitmap> bitmaps = loaded.many(filter.column, values);
            if (bitmaps.size() != values.size())
                return nullptr;
            std::vector<const roaring_bitmap_t *> pointers;
            for (const SharedBitmap &bitmap : bitmaps)
                pointers.push_back(bitmap.get());
            BitmapPtr matched(pointers.empty()
                                  ? roaring_bitmap_create()
                                  : roaring_bitmap_or_many(pointers.size(), pointers.data()));
            if (!negative)
                return matched;
            BitmapPtr kept = copyOf(all.get());
            roaring_bitmap_andnot_inplace(kept.get(), matched.get());
            return kept;
        };

        BitmapPtr selected;
        bool failed = false;
        for (const Segment::Filter &filter : segment.filters) {
            if (selected && segment.match == Segment::Match::All
                && roaring_bitmap_is_empty(selected.get()))
                break;
            BitmapPtr bitmap = evaluate(filter);
            if (!bitmap) {
                failed = true;
                break;
            }
            if (!selected)
                selected = std::move(bitmap);
            else if (segment.match == Segment::Match::All)
                roaring_bitmap_and_inplace(selected.get(), bitmap.get());
            else
                roaring_bitmap_or_inplace(selected.get(), bitmap.get());
        }
        if (failed) {
            result.errorString = loaded.errorString;
            return result;
        }
        BitmapPtr unsendable = copyOf(unsendableAtBuild.get());
        if (!loaded.applyUnsendableChanges(unsendable.get())) {
            result.errorString = loaded.errorString;
            return result;
        }
        BitmapPtr sendable = copyOf(selected ? selected.get() : all.get());
        roaring_bitmap_andnot_inplace(sendable.get(), unsendable.get());
        result.count = qint64(roaring_bitmap_get_cardinality(sendable.get()));
        result.sendable = qint64(roaring_bitmap_andnot_cardinality(all.get(), unsendable.get()));
        const std::optional<ConsentBitmaps> consent = loaded.consentBitmaps();
        if (!consent) {
            result.errorString = loaded.errorString;
            return result;
        }
        result.granted =
            qint64(roaring_bitmap_and_cardinality(sendable.get(), consent->granted.get()));
        result.neverAsked =
            qint64(roaring_bitmap_andnot_cardinality(sendable.get(), consent->asked.get()));
        result.gated = Consent::Gate::isGated(m_database, audienceId);
        result.milliseconds = double(timer.nsecsElapsed()) / 1e6;
        result.ok = true;

        // Bitmaps read from the database while another client rebuilt the index may belong to
        // two generations: count again against the new one.
        if (!loaded.readDatabase || attempt > 0)
            return result;
        Meta now;
        if (!readMeta(audienceId, &now) || now.generation == meta.generation)
            return result;
        meta = now;
        if (!meta.isCurrent() && !ensureCurrent(audienceId, &meta, &built))
            return sqlCount(audienceId, segment);
    }
}

BitmapPtr SegmentIndex::Loaded::sqlFilterBitmap(const Segment::Filter &filter)
{
    // Not-in is every contact but those "in": both treat contacts without a value alike.
    Segment::Filter positive = filter;
    if (filter.op == Segment::Operator::NotIn)
        positive.op = Segment::Operator::In;
    QVariantList values {audienceId};
    const QString condition =
        Segment::filterSqlCondition(positive, index->m_database->isPostgreSql(), &values);
    QSqlDatabase db = index->m_database->connection();
    sqlite3 *handle = SqliteStatement::handle(db);
    // These columns have no database index: on SQLite, read the table in order rather than
    // through the audience index (a random row lookup per contact, ten times slower), unless
    // the audience is a small part of the table.
    bool scan = false;
    if (handle) {
        QSqlQuery total(db);
        total.exec(QStringLiteral("SELECT COALESCE(SUM(contact_count), 0) FROM audiences"));
        scan = total.next() && meta->contacts * 4 >= total.value(0).toLongLong();
    }
    const QString sql =
        QStringLiteral("SELECT c.id FROM contacts c %1 WHERE c.audience_id = ? AND %2")
            .arg(scan ? QStringLiteral("NOT INDEXED") : QString(), condition);
    BitmapPtr bitmap = newBitmap();
    const auto add = [&](qint64 id) {
        const qint64 offset = id - meta->baseId;
        if (offset >= 0 && offset <= qint64(UINT32_MAX))
            roaring_bitmap_add(bitmap.get(), uint32_t(offset));
    };
    if (handle) {
        SqliteStatement statement(handle, sql);
        if (!statement.isValid() || !statement.bind(values)) {
            errorString = tr("Cannot count the contacts: %1").arg(statement.errorString());
            return nullptr;
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW)
            add(sqlite3_column_int64(statement.get(), 0));
        if (rc != SQLITE_DONE) {
            errorString = tr("Cannot count the contacts: %1").arg(statement.errorString());
            return nullptr;
        }
    } else {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec()) {
            errorString = tr("Cannot count the contacts: %1").arg(query.lastError().text());
            return nullptr;
        }
        while (query.next())
            add(query.value(0).toLongLong());
    }
    if (filter.op != Segment::Operator::NotIn)
        return bitmap;
    const SharedBitmap all = single(kAllColumn, kReservedValue);
    if (!all)
        return nullptr;
    BitmapPtr kept = copyOf(all.get());
    roaring_bitmap_andnot_inplace(kept.get(), bitmap.get());
    return kept;
}

bool SegmentIndex::Loaded::applyUnsendableChanges(roaring_bitmap_t *unsendable)
{
    const qint64 since = meta->unsendableSince - kUnsendableMarginMs;
    const auto offsetOf = [&](qint64 id, uint32_t *offset) {
        const qint64 value = id - meta->baseId;
        if (value < 0 || value > qint64(UINT32_MAX))
            return false;
        *offset = uint32_t(value);
        return true;
    };
    QSqlQuery query(index->m_database->connection());
    query.setForwardOnly(true);
    // Consent changes first: a number may have refused, or granted again after a refusal
    // (then it leaves the bitmap unless it is suppressed).
    query.prepare(QStringLiteral(
        "SELECT c.id, CASE WHEN cs.state IN ('refused', 'opted_out') OR EXISTS (SELECT 1 FROM "
        "suppressions s WHERE s.phone = cs.phone) THEN 1 ELSE 0 END FROM consent_states cs "
        "CROSS JOIN contacts c WHERE cs.changed_at >= ? AND c.audience_id = ? "
        "AND c.phone = cs.phone"));
    query.addBindValue(since);
    query.addBindValue(audienceId);
    if (!query.exec()) {
        errorString = tr("Cannot read the consent states: %1").arg(query.lastError().text());
        return false;
    }
    uint32_t offset = 0;
    while (query.next()) {
        if (!offsetOf(query.value(0).toLongLong(), &offset))
            continue;
        if (query.value(1).toInt())
            roaring_bitmap_add(unsendable, offset);
        else
            roaring_bitmap_remove(unsendable, offset);
    }
    query.prepare(QStringLiteral("SELECT c.id FROM suppressions s CROSS JOIN contacts c "
                                 "WHERE s.added_at >= ? AND c.audience_id = ? "
                                 "AND c.phone = s.phone"));
    query.addBindValue(since);
    query.addBindValue(audienceId);
    if (!query.exec()) {
        errorString = tr("Cannot read the suppression list: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        if (offsetOf(query.value(0).toLongLong(), &offset))
            roaring_bitmap_add(unsendable, offset);
    }
    return true;
}

qint64 SegmentIndex::recipients(const Count &count, Consent::Purpose purpose)
{
    if (purpose == Consent::Purpose::ConsentRequest)
        return count.neverAsked;
    return count.gated ? count.granted : count.count;
}

std::optional<ConsentBitmaps> SegmentIndex::Loaded::consentBitmaps()
{
    ConsentCache &cache = ConsentCache::instance();
    std::optional<ConsentCache::Entry> cached = cache.find(audienceKey, meta->generation);
    ConsentCache::Entry entry;
    entry.generation = meta->generation;
    entry.readAt = nowMs();
    BitmapPtr granted = cached ? copyOf(cached->granted.get()) : newBitmap();
    BitmapPtr asked = cached ? copyOf(cached->asked.get()) : newBitmap();
    QSqlQuery query(index->m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id, cs.state FROM consent_states cs CROSS JOIN "
                                 "contacts c WHERE c.audience_id = ? AND c.phone = cs.phone%1")
                      .arg(cached ? QStringLiteral(" AND cs.changed_at >= ?") : QString()));
    query.addBindValue(audienceId);
    if (cached)
        query.addBindValue(cached->readAt - kUnsendableMarginMs);
    if (!query.exec()) {
        errorString = tr("Cannot read the consent states: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        const qint64 offset = query.value(0).toLongLong() - meta->baseId;
        if (offset < 0 || offset > qint64(UINT32_MAX))
            continue;
        const QString state = query.value(1).toString();
        if (state == QLatin1String("granted"))
            roaring_bitmap_add(granted.get(), uint32_t(offset));
        else
            roaring_bitmap_remove(granted.get(), uint32_t(offset));
        if (state != QLatin1String("unknown"))
            roaring_bitmap_add(asked.get(), uint32_t(offset));
        else
            roaring_bitmap_remove(asked.get(), uint32_t(offset));
    }
    entry.granted = SharedBitmap(granted.release(), BitmapDeleter());
    entry.asked = SharedBitmap(asked.release(), BitmapDeleter());
    cache.store(audienceKey, entry);
    return ConsentBitmaps {entry.granted, entry.asked};
}

QStringList SegmentIndex::columns(qint64 audienceId)
{
    QStringList result;
    Meta meta;
    bool built = false;
    if (!ensureCurrent(audienceId, &meta, &built) && !meta.audienceExists)
        return result;
    for (const QString &field : Segment::standardFields()) {
        if (meta.generation == 0 || meta.columns.contains(field))
            result.append(field);
    }
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "SELECT name FROM audience_columns WHERE audience_id = ? ORDER BY position"));
    query.addBindValue(audienceId);
    if (!query.exec()) {
        fail(query.lastError().text());
        return result;
    }
    while (query.next()) {
        const QString name = MessageTemplate::normaliseName(query.value(0).toString());
        if (!result.contains(name) && !Segment::standardFields().contains(name))
            result.append(name);
    }
    return result;
}

QList<SegmentIndex::Value> SegmentIndex::values(qint64 audienceId, const QString &column, int limit)
{
    QList<Value> result;
    const QString refusal = SensitiveColumns::refusalFor(m_database, audienceId, column);
    if (!refusal.isEmpty()) {
        fail(refusal);
        return result;
    }
    Meta meta;
    bool built = false;
    const bool indexed = ensureCurrent(audienceId, &meta, &built);
    if (!meta.audienceExists)
        return result;
    const auto info = meta.columns.constFind(column);
    if (indexed && info == meta.columns.cend())
        return result;
    if (indexed && info->indexed) {
        Loaded loaded {this,  audienceId, &meta, audienceCacheKey(m_database, audienceId),
                       false, {}};
        const auto list = loaded.valueList(column);
        if (!list) {
            fail(loaded.errorString);
            return result;
        }
        result = *list;
        std::sort(result.begin(), result.end(), [](const Value &a, const Value &b) {
            return a.contacts != b.contacts ? a.contacts > b.contacts : a.value < b.value;
        });
        if (limit >= 0 && result.size() > limit)
            result.resize(limit);
        return result;
    }
    // A column too varied for bitmaps: group in SQL.
    QVariantList bound;
    const QString standard = Segment::standardColumn(column);
    QString expression = QStringLiteral("c.") + standard;
    if (standard.isEmpty()) {
        expression = m_database->isPostgreSql()
            ? QStringLiteral("(c.attributes::jsonb ->> CAST(? AS TEXT))")
            : QStringLiteral("json_extract(c.attributes, ?)");
        bound.append(m_database->isPostgreSql() ? column : QStringLiteral("$.") + column);
    }
    bound.append(audienceId);
    bound.append(limit);
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT v, COUNT(*) FROM (SELECT %1 AS v FROM contacts c WHERE "
                                 "c.audience_id = ?) t WHERE v IS NOT NULL AND v <> '' "
                                 "GROUP BY v ORDER BY COUNT(*) DESC, v LIMIT ?")
                      .arg(expression));
    for (int i = 0; i < bound.size(); ++i)
        query.bindValue(i, bound.at(i));
    if (!query.exec()) {
        fail(query.lastError().text());
        return result;
    }
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toLongLong()});
    return result;
}
