// SPDX-License-Identifier: GPL-3.0-or-later
#include "audienceimporter.h"

#include "audience/importbatch.h"
#include "audience/importcontactsorter.h"
#include "audience/importrowbuilder.h"
#include "audience/phonenormalizer.h"
#include "audience/sensitivecolumns.h"
#include "audience/sqliteimportwriter.h"
#include "reports/recordexports.h"
#include "storage/bulkinserter.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace {

// Reads through to a file while hashing every byte, so the checksum costs no second pass. The
// reading thread only keeps a copy of what it read; hash() and hashPending(), called from the
// storing thread (idle most of the time while reading), do the SHA-256 work.
class HashingDevice final : public QIODevice
{
public:
    explicit HashingDevice(QIODevice *source)
        : m_source(source)
        , m_hash(QCryptographicHash::Sha256)
    { }
    bool isSequential() const override { return true; }
    qint64 size() const override { return m_source->size(); }
    // Hashes what has been read so far.
    void hashPending()
    {
        std::deque<QByteArray> chunks;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            chunks.swap(m_chunks);
        }
        for (const QByteArray &chunk : chunks)
            m_hash.addData(chunk);
    }
    QByteArray hash()
    {
        hashPending();
        return m_hash.result().toHex();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_source->read(data, maxSize);
        if (n > 0) {
            QByteArray chunk(data, n);
            std::lock_guard<std::mutex> lock(m_mutex);
            m_chunks.push_back(std::move(chunk));
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
    QCryptographicHash m_hash;
    std::mutex m_mutex;
    std::deque<QByteArray> m_chunks;
};

// Pauses foreign-key enforcement on the import's own SQLite connection for as long as it lives
// (the pragma cannot change inside a transaction, so this one is made before the import's
// transaction begins and ends after it). Every other connection keeps enforcing them. The
// importer checks the few rows whose parents are not its own (foreignKeysHold()); the millions of
// contacts and rejects point to the audience and the import row of this very transaction, which
// nothing can delete before it ends: SQLite's look-ups of those two parents for every row prove
// nothing, and cost about a tenth of the storing.
class ForeignKeyPause final
{
    Q_DISABLE_COPY_MOVE(ForeignKeyPause)
public:
    explicit ForeignKeyPause(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA foreign_keys")) || !query.next()
            || query.value(0).toInt() != 1)
            return;
        query.finish();
        m_paused = query.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    }
    ~ForeignKeyPause()
    {
        if (!m_paused)
            return;
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA foreign_keys=ON"))
            || !query.exec(QStringLiteral("PRAGMA foreign_keys")) || !query.next()
            || query.value(0).toInt() != 1)
            qWarning("Tribune: foreign keys could not be enforced again after an import: %s",
                     qPrintable(query.lastError().text()));
    }
    bool isPaused() const { return m_paused; }

private:
    QSqlDatabase m_db;
    bool m_paused = false;
};

// With foreign keys paused: the rows of `tables` (the import's few rows that point elsewhere
// than to its own audience and import rows, e.g. to the audience's election) have their parents.
bool foreignKeysHold(QSqlQuery &query, std::initializer_list<const char *> tables,
                     QString *errorString)
{
    for (const char *table : tables) {
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check(%1)").arg(QLatin1String(table)))) {
            *errorString = query.lastError().text();
            return false;
        }
        if (query.next()) {
            // SQLite's own words, as when the insert itself fails the check.
            *errorString =
                QStringLiteral("FOREIGN KEY constraint failed (%1)").arg(QLatin1String(table));
            return false;
        }
    }
    return true;
}

// E.164 "+33612345678" as the integer 33612345678: compact keys for millions of numbers.
quint64 phoneKey(QStringView e164)
{
    quint64 key = 0;
    for (const QChar c : e164) {
        if (c.isDigit())
            key = key * 10 + quint64(c.unicode() - u'0');
    }
    return key;
}

std::vector<quint64> sortedKeys(QSqlQuery &query)
{
    std::vector<quint64> keys;
    while (query.next())
        keys.push_back(phoneKey(query.value(0).toString()));
    std::sort(keys.begin(), keys.end());
    return keys;
}

// Rows per batch handed from the reading thread to the storing one (progress and cancel are
// checked between batches), and per slice of sorted contacts stored.
constexpr qsizetype kBatchRows = 4096;
constexpr qsizetype kBatchBytes = 4 * 1024 * 1024;
constexpr qsizetype kSliceRows = 4096;

// Hands batches from the reading thread to the storing thread; at most two wait, so memory
// stays bounded whichever side is slower. Emptied batches come back to be refilled.
class BatchQueue final
{
public:
    std::unique_ptr<ImportBatch> spare()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_spares.empty())
            return std::make_unique<ImportBatch>();
        std::unique_ptr<ImportBatch> batch = std::move(m_spares.back());
        m_spares.pop_back();
        batch->clear();
        return batch;
    }
    // Waits for room; false when the storing side gave up.
    bool put(std::unique_ptr<ImportBatch> batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_aborted || m_ready.size() < 2; });
        if (m_aborted)
            return false;
        m_ready.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    void finish()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    // The next batch, or nullptr when reading is over.
    std::unique_ptr<ImportBatch> take()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_finished || !m_ready.empty(); });
        if (m_ready.empty())
            return nullptr;
        std::unique_ptr<ImportBatch> batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return batch;
    }
    void recycle(std::unique_ptr<ImportBatch> batch)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_spares.push_back(std::move(batch));
    }
    void abort()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_aborted = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<ImportBatch>> m_ready;
    std::vector<std::unique_ptr<ImportBatch>> m_spares;
    bool m_finished = false;
    bool m_aborted = false;
};

struct ProducerResult
{
    ImportRowBuilder::Counts counts;
    std::optional<ColumnMapping> mapping;
    QString errorString;
    bool cancelled = false;
};

// The reading thread: CSV records -> ImportRowBuilder -> batches sorted by phone -> queue.
void produce(CsvReader *reader, const AudienceImporter::Options &options,
             CsvReader::Encoding encoding, const PhoneNormalizer *normalizer,
             const std::vector<quint64> *suppressed, const std::vector<quint64> *existing,
             qint64 fileSize, BatchQueue *queue, const std::atomic_bool *stop,
             const std::atomic_bool *cancel, ProducerResult *out)
{
    std::optional<ColumnMapping> mapping = options.mapping;
    std::unique_ptr<ImportRowBuilder> builder;
    // Rows read before the mapping is known (files without a header row: the mapping is
    // guessed from the first rows' values).
    struct PendingRow
    {
        qint64 rowNumber = 0;
        std::vector<QByteArray> fields;
        std::optional<CsvReader::Problem> problem;
    };
    std::vector<PendingRow> pending;
    QList<QStringList> sample;
    std::vector<QByteArrayView> views;
    std::unique_ptr<ImportBatch> batch = queue->spare();

    const auto startBuilder = [&]() -> bool {
        QString error;
        if (!mapping->isValid(&error)) {
            out->errorString =
                AudienceImporter::tr("The columns of this file cannot be used: %1").arg(error);
            return false;
        }
        builder = std::make_unique<ImportRowBuilder>(*mapping, encoding, normalizer, suppressed,
                                                     existing, fileSize / 100);
        return true;
    };
    const auto handOver = [&]() -> bool {
        batch->bytesConsumed = reader->bytesConsumed();
        batch->totalBytes = reader->totalSize();
        batch->rowsRead = builder ? builder->counts().rows : 0;
        if (!queue->put(std::move(batch)))
            return false;
        batch = queue->spare();
        return true;
    };
    const auto flushPending = [&]() -> bool {
        if (!mapping)
            mapping = ColumnMapping::guessFromValues(sample);
        if (!startBuilder())
            return false;
        for (const PendingRow &row : pending) {
            if (row.problem) {
                builder->addProblem(*row.problem, batch.get());
                continue;
            }
            views.assign(row.fields.begin(), row.fields.end());
            builder->addRecord(row.rowNumber, views.data(), qsizetype(views.size()), batch.get());
        }
        pending.clear();
        sample.clear();
        return true;
    };
    const auto finish = [&](bool ok) {
        if (ok && builder && batch->rowCount() > 0)
            ok = handOver();
        if (builder)
            out->counts = builder->counts();
        out->mapping = mapping;
        queue->finish();
        return ok;
    };

    if (mapping && !startBuilder()) {
        finish(false);
        return;
    }
    for (qint64 n = 1;; ++n) {
        if ((n & 4095) == 0 && (stop->load() || (cancel && cancel->load()))) {
            out->cancelled = true;
            finish(false);
            return;
        }
        const CsvReader::Status status = reader->readNext();
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error) {
            out->errorString = AudienceImporter::tr("Reading %1 failed: %2")
                                   .arg(options.filePath, reader->errorString());
            finish(false);
            return;
        }
        if (status == CsvReader::Status::Header) {
            if (!mapping) {
                mapping = ColumnMapping::guess(reader->header());
                if (!startBuilder()) {
                    finish(false);
                    return;
                }
            }
            continue;
        }
        if (!builder) {
            PendingRow row;
            row.rowNumber = reader->rowNumber();
            if (status == CsvReader::Status::Problem) {
                row.problem = reader->problem();
            } else {
                QStringList texts;
                for (qsizetype i = 0; i < reader->fieldCount(); ++i) {
                    row.fields.push_back(reader->field(i).toByteArray());
                    texts.append(reader->text(i));
                }
                sample.append(texts);
            }
            pending.push_back(std::move(row));
            if (sample.size() >= 50 && !flushPending()) {
                finish(false);
                return;
            }
            continue;
        }
        if (status == CsvReader::Status::Problem) {
            builder->addProblem(reader->problem(), batch.get());
        } else {
            views.clear();
            for (qsizetype i = 0; i < reader->fieldCount(); ++i)
                views.push_back(reader->field(i));
            builder->addRecord(reader->rowNumber(), views.data(), qsizetype(views.size()),
                               batch.get());
        }
        if ((batch->rowCount() >= kBatchRows || batch->bytes.size() >= kBatchBytes)
            && !handOver()) {
            finish(false);
            return;
        }
    }
    if (!builder && !flushPending()) {
        finish(false);
        return;
    }
    finish(true);
}

// The QtSql side (PostgreSQL, or a SQLite driver without a usable handle): multi-row
// statements through BulkInserter.
class QtSqlBatchWriter final
{
public:
    QtSqlBatchWriter(const QSqlDatabase &db, qint64 audienceId, qint64 importId, qint64 now)
        : m_contacts(
            db, QStringLiteral("contacts"), ColumnMapping::contactInsertColumns(),
            QStringLiteral(
                "ON CONFLICT (audience_id, phone) DO UPDATE SET line_type = excluded.line_type, "
                "first_name = excluded.first_name, last_name = excluded.last_name, "
                "postal_code = excluded.postal_code, commune = excluded.commune, "
                "department = excluded.department, age_bracket = excluded.age_bracket, "
                "opt_in_date = excluded.opt_in_date, attributes = excluded.attributes, "
                "import_id = excluded.import_id, source_row = excluded.source_row, "
                "updated_at = excluded.updated_at"))
        , m_rejects(db, QStringLiteral("import_rejects"),
                    {QStringLiteral("import_id"), QStringLiteral("row_number"),
                     QStringLiteral("raw_value"), QStringLiteral("reason"),
                     QStringLiteral("detail")})
        , m_audienceId(audienceId)
        , m_importId(importId)
        , m_now(now)
    { }

    bool write(const ImportBatch &batch, qsizetype first, qsizetype count)
    {
        const auto text = [&](ImportBatch::Span span) {
            return span.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                 : QVariant(QString::fromUtf8(batch.view(span)));
        };
        const qsizetype contacts = qsizetype(batch.contacts.size());
        for (qsizetype i = first; i < first + count; ++i) {
            if (i < contacts) {
                const ImportBatch::Contact &c = batch.contacts[size_t(i)];
                QVariantList row {m_audienceId, text(c.values[ImportBatch::Phone]),
                                  c.isMobile ? QStringLiteral("mobile")
                                             : QStringLiteral("fixed_line_or_mobile")};
                for (int v = ImportBatch::FirstName; v <= ImportBatch::Attributes; ++v)
                    row.append(text(c.values[v]));
                row << m_importId << c.rowNumber << m_now << m_now;
                if (!m_contacts.addRow(row))
                    return false;
            } else {
                const ImportBatch::Reject &r = batch.rejects[size_t(i - contacts)];
                if (!m_rejects.addRow({m_importId, r.rowNumber, text(r.raw),
                                       QLatin1String(ImportBatch::reasonKey(r.reason)),
                                       text(r.detail)}))
                    return false;
            }
        }
        return true;
    }
    bool flush() { return m_contacts.flush() && m_rejects.flush(); }
    QString errorString() const
    {
        return m_contacts.errorString().isEmpty() ? m_rejects.errorString()
                                                  : m_contacts.errorString();
    }

private:
    BulkInserter m_contacts;
    BulkInserter m_rejects;
    qint64 m_audienceId;
    qint64 m_importId;
    qint64 m_now;
};

} // namespace

AudienceImporter::AudienceImporter(Database *database, QString actor)
    : m_database(database)
    , m_actor(actor.isEmpty() ? Database::localActor() : std::move(actor))
{ }

QString AudienceImporter::reasonLabel(const QString &reason)
{
    if (reason == QLatin1String("invalid_number"))
        return tr("Invalid number");
    if (reason == QLatin1String("fixed_line"))
        return tr("Fixed line (cannot receive SMS)");
    if (reason == QLatin1String("not_mobile"))
        return tr("Not a mobile number");
    if (reason == QLatin1String("duplicate"))
        return tr("Duplicate");
    if (reason == QLatin1String("suppressed"))
        return tr("On the suppression list");
    if (reason == QLatin1String("malformed_row"))
        return tr("Malformed row");
    if (reason == QLatin1String("bad_encoding"))
        return tr("Bad encoding");
    return reason;
}

qint64 AudienceImporter::writeRejectReport(Database *database, qint64 audienceId, qint64 importId,
                                           CsvWriter *writer, QString *errorString)
{
    const Reports::ExportResult result =
        Reports::RecordExports::writeRejects(database, audienceId, importId, *writer);
    if (!result.ok()) {
        *errorString = result.errorString;
        return -1;
    }
    return result.rows;
}

AudienceImporter::Preview
AudienceImporter::preview(const QString &filePath, const std::optional<CsvReader::Dialect> &dialect,
                          int rowCount)
{
    Preview preview;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.errorString = tr("Cannot open %1: %2").arg(filePath, file.errorString());
        return preview;
    }
    preview.fileSize = file.size();
    CsvReader::Options options;
    options.dialect = dialect ? *dialect : CsvReader::sniff(&file);
    preview.dialect = options.dialect;
    CsvReader reader(&file, options);
    while (preview.rows.size() < rowCount) {
        const CsvReader::Status status = reader.readNext();
        if (status == CsvReader::Status::Header) {
            preview.header = reader.header();
        } else if (status == CsvReader::Status::Record) {
            QStringList row;
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                row.append(reader.text(i));
            preview.rows.append(row);
        } else if (status == CsvReader::Status::Problem) {
            continue;
        } else if (status == CsvReader::Status::Error) {
            preview.errorString = reader.errorString();
            return preview;
        } else {
            break;
        }
    }
    preview.mapping = preview.header.isEmpty() ? ColumnMapping::guessFromValues(preview.rows)
                                               : ColumnMapping::guess(preview.header);
    preview.ok = true;
    return preview;
}

AudienceImporter::Result AudienceImporter::run(const Options &options,
                                               const ProgressCallback &progress,
                                               const std::atomic_bool *cancel)
{
    Result result;
    QElapsedTimer timer;
    timer.start();
    const auto fail = [&result](const QString &message) {
        result.errorString = message;
        return result;
    };
    if (options.audienceName.trimmed().isEmpty())
        return fail(tr("Give the audience a name."));

    QFile file(options.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open %1: %2").arg(options.filePath, file.errorString()));
    CsvReader::Options readerOptions;
    readerOptions.dialect = options.dialect ? *options.dialect : CsvReader::sniff(&file);
    result.dialect = readerOptions.dialect;
    HashingDevice hashing(&file);
    if (!hashing.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1.").arg(options.filePath));
    CsvReader reader(&hashing, readerOptions);
    const PhoneNormalizer normalizer(options.region);

    QSqlDatabase db = m_database->connection();
    // The raw SQLite path: statements on the driver's handle, without the per-row foreign-key
    // look-ups (the pause must begin before the transaction and end after it).
    sqlite3 *handle =
        m_database->isSqlite() && options.sqliteFastPath ? SqliteImportWriter::handle(db) : nullptr;
    std::optional<ForeignKeyPause> foreignKeys;
    if (handle)
        foreignKeys.emplace(db);
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return fail(tr("Cannot start the import: %1").arg(transaction.errorString()));
    QSqlQuery query(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString name = options.audienceName.trimmed();

    // The audience: found for a re-import, created otherwise.
    query.prepare(
        QStringLiteral("SELECT id, origin FROM audiences WHERE name = ? AND purged_at IS NULL"));
    query.addBindValue(name);
    if (!query.exec())
        return fail(query.lastError().text());
    if (query.next()) {
        result.audienceId = query.value(0).toLongLong();
        result.reimport = true;
    } else {
        QString sql = QStringLiteral(
            "INSERT INTO audiences (name, origin, broker, consent_terms, default_region, "
            "election_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (m_database->isPostgreSql())
            sql += QStringLiteral(" RETURNING id");
        query.prepare(sql);
        query.addBindValue(name);
        query.addBindValue(options.rented ? QStringLiteral("rented") : QStringLiteral("own"));
        query.addBindValue(options.broker.trimmed());
        query.addBindValue(options.consentTerms.trimmed());
        query.addBindValue(options.region);
        query.addBindValue(options.electionId > 0 ? QVariant(options.electionId)
                                                  : QVariant(QMetaType(QMetaType::LongLong)));
        query.addBindValue(now);
        if (!query.exec())
            return fail(tr("Cannot create the audience: %1").arg(query.lastError().text()));
        result.audienceId = m_database->isPostgreSql()
            ? (query.next() ? query.value(0).toLongLong() : 0)
            : query.lastInsertId().toLongLong();
    }

    {
        QString sql = QStringLiteral(
            "INSERT INTO imports (audience_id, file_name, file_size, encoding, delimiter, "
            "state, started_at) VALUES (?, ?, ?, ?, ?, 'running', ?)");
        if (m_database->isPostgreSql())
            sql += QStringLiteral(" RETURNING id");
        query.prepare(sql);
        query.addBindValue(result.audienceId);
        query.addBindValue(QFileInfo(options.filePath).fileName());
        query.addBindValue(file.size());
        query.addBindValue(CsvReader::encodingName(readerOptions.dialect.encoding));
        query.addBindValue(readerOptions.dialect.delimiter == '\t'
                               ? QStringLiteral("tab")
                               : QString(QLatin1Char(readerOptions.dialect.delimiter)));
        query.addBindValue(now);
        if (!query.exec())
            return fail(query.lastError().text());
        result.importId = m_database->isPostgreSql()
            ? (query.next() ? query.value(0).toLongLong() : 0)
            : query.lastInsertId().toLongLong();
    }

    if (foreignKeys && foreignKeys->isPaused()) {
        QString error; // before reading the file, as the insert itself would have failed
        if (!foreignKeysHold(query, {"audiences", "imports"}, &error))
            return fail(tr("Cannot create the audience: %1").arg(error));
    }

    // Numbers that must never be stored as sendable, and those the audience already has.
    if (!query.exec(QStringLiteral("SELECT phone FROM suppressions")))
        return fail(query.lastError().text());
    const std::vector<quint64> suppressed = sortedKeys(query);
    query.prepare(QStringLiteral("SELECT phone FROM contacts WHERE audience_id = ?"));
    query.addBindValue(result.audienceId);
    if (!query.exec())
        return fail(query.lastError().text());
    const std::vector<quint64> existing = sortedKeys(query);
    query.finish();

    // The storage side, in this thread (it owns the connection and the transaction): raw
    // prepared statements on SQLite, QtSql bulk inserts elsewhere. Both write the same batches.
    std::unique_ptr<SqliteImportWriter> sqliteWriter;
    std::unique_ptr<QtSqlBatchWriter> qtSqlWriter;
    if (handle) {
        sqliteWriter =
            std::make_unique<SqliteImportWriter>(handle, result.audienceId, result.importId, now);
        if (!sqliteWriter->isValid())
            return fail(tr("Saving the contacts failed: %1").arg(sqliteWriter->errorString()));
    } else {
        qtSqlWriter =
            std::make_unique<QtSqlBatchWriter>(db, result.audienceId, result.importId, now);
    }
    const auto write = [&](const ImportBatch &batch, qsizetype first, qsizetype count) {
        return sqliteWriter ? sqliteWriter->write(batch, first, count)
                            : qtSqlWriter->write(batch, first, count);
    };
    const auto writeError = [&] {
        return sqliteWriter ? sqliteWriter->errorString() : qtSqlWriter->errorString();
    };

    // Reading, normalising and deduplicating run on a second thread, which hands over batches
    // of rows through a short queue (bounded memory); this thread stores them.
    BatchQueue queue;
    ProducerResult produced;
    std::atomic_bool stopReading {false};
    std::thread reading([&] {
        produce(&reader, options, readerOptions.dialect.encoding, &normalizer, &suppressed,
                &existing, file.size(), &queue, &stopReading, cancel, &produced);
    });
    const auto stopAndJoin = [&] {
        stopReading = true;
        queue.abort();
        reading.join();
    };
    // Rejected rows are stored as they come (file order); contacts go through the sorter and
    // are stored in phone order once the whole file has been read.
    ImportContactSorter sorter;
    const qint64 fileSize = qMax<qint64>(1, file.size());
    // Progress: reading counts for the first 40 % of the bytes, storing for the rest.
    const auto report = [&](qint64 bytes, qint64 rows) {
        if (progress)
            progress({bytes, fileSize, rows});
    };
    const auto cancelled = [&] {
        return cancel && cancel->load();
    };
    for (;;) {
        std::unique_ptr<ImportBatch> batch = queue.take();
        if (!batch)
            break;
        const qsizetype contacts = qsizetype(batch->contacts.size());
        if (!write(*batch, contacts, qsizetype(batch->rejects.size()))) {
            stopAndJoin();
            return fail(tr("Saving the contacts failed: %1").arg(writeError()));
        }
        if (!sorter.add(*batch)) {
            stopAndJoin();
            return fail(tr("Saving the contacts failed: %1").arg(sorter.errorString()));
        }
        if (cancelled()) {
            stopAndJoin();
            result.cancelled = true;
            return fail(tr("The import was cancelled: nothing was saved."));
        }
        report(batch->bytesConsumed * 2 / 5, batch->rowsRead);
        queue.recycle(std::move(batch));
        hashing.hashPending();
    }
    reading.join();
    if (!produced.errorString.isEmpty())
        return fail(produced.errorString);
    if (produced.cancelled || cancelled()) {
        result.cancelled = true;
        return fail(tr("The import was cancelled: nothing was saved."));
    }
    // The merge of the sorted runs goes on the other thread too, a few batches ahead.
    BatchQueue sortedQueue;
    std::thread merging([&] {
        for (;;) {
            std::unique_ptr<ImportBatch> batch = sortedQueue.spare();
            if (!sorter.next(batch.get(), kSliceRows) || !sortedQueue.put(std::move(batch)))
                break;
        }
        sortedQueue.finish();
    });
    const auto stopMerging = [&] {
        sortedQueue.abort();
        merging.join();
    };
    qint64 stored = 0;
    for (;;) {
        std::unique_ptr<ImportBatch> sorted = sortedQueue.take();
        if (!sorted)
            break;
        if (!write(*sorted, 0, qsizetype(sorted->contacts.size()))) {
            stopMerging();
            return fail(tr("Saving the contacts failed: %1").arg(writeError()));
        }
        stored += qint64(sorted->contacts.size());
        if (cancelled()) {
            stopMerging();
            result.cancelled = true;
            return fail(tr("The import was cancelled: nothing was saved."));
        }
        report(fileSize * 2 / 5
                   + qint64(double(fileSize) * 0.6 * double(stored)
                            / double(qMax<qint64>(1, sorter.count()))),
               produced.counts.rows);
        sortedQueue.recycle(std::move(sorted));
    }
    merging.join();
    if (!sorter.errorString().isEmpty())
        return fail(tr("Saving the contacts failed: %1").arg(sorter.errorString()));
    if (qtSqlWriter && !qtSqlWriter->flush())
        return fail(tr("Saving the contacts failed: %1").arg(qtSqlWriter->errorString()));
    sqliteWriter.reset(); // statements finalised, page cache back to normal
    const ImportRowBuilder::Counts &counts = produced.counts;
    result.rows = counts.rows;
    result.imported = counts.imported;
    result.updated = counts.updated;
    result.duplicates = counts.duplicates;
    result.invalid = counts.invalid;
    result.fixedLine = counts.fixedLine;
    result.notMobile = counts.notMobile;
    result.suppressed = counts.suppressed;
    result.malformed = counts.malformed;
    result.badEncoding = counts.badEncoding;
    std::optional<ColumnMapping> mapping = produced.mapping;
    if (!mapping)
        mapping = ColumnMapping();
    result.mapping = *mapping;

    // The audience's own columns, usable in filters and merge fields; sensitive names flagged.
    for (int position = 0; position < mapping->columns.size(); ++position) {
        const ColumnMapping::Column &column = mapping->columns.at(position);
        if (column.field != ColumnMapping::Field::Attribute)
            continue;
        query.prepare(QStringLiteral(
            "INSERT INTO audience_columns (audience_id, name, label, position, is_sensitive) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (audience_id, name) DO NOTHING"));
        query.addBindValue(result.audienceId);
        query.addBindValue(column.attributeName);
        query.addBindValue(column.header.isEmpty() ? column.attributeName : column.header);
        query.addBindValue(position);
        query.addBindValue(SensitiveColumns::looksSensitive(column.attributeName) ? 1 : 0);
        if (!query.exec())
            return fail(query.lastError().text());
    }

    // Retention: the election's last round (or today) plus the configured delay.
    QDate base = QDate::currentDate();
    if (options.electionId > 0) {
        query.prepare(QStringLiteral(
            "SELECT COALESCE(second_round_date, first_round_date) FROM elections WHERE id = ?"));
        query.addBindValue(options.electionId);
        if (query.exec() && query.next()) {
            const QDate round = QDate::fromString(query.value(0).toString(), Qt::ISODate);
            if (round.isValid())
                base = round;
        }
    }
    const qint64 retention =
        base.addDays(options.retentionDays).startOfDay(Qt::UTC).toMSecsSinceEpoch();
    query.prepare(QStringLiteral(
        "UPDATE audiences SET contact_count = contact_count + ?, retention_until = ?, "
        "broker = COALESCE(NULLIF(?, ''), broker), "
        "consent_terms = COALESCE(NULLIF(?, ''), consent_terms) WHERE id = ?"));
    query.addBindValue(result.imported);
    query.addBindValue(retention);
    query.addBindValue(options.broker.trimmed());
    query.addBindValue(options.consentTerms.trimmed());
    query.addBindValue(result.audienceId);
    if (!query.exec())
        return fail(query.lastError().text());

    result.sha256 = QString::fromLatin1(hashing.hash());
    query.prepare(QStringLiteral("UPDATE imports SET state = 'done', finished_at = ?, file_sha256 "
                                 "= ?, rows_total = ?, rows_imported = ?, "
                                 "rows_updated = ?, duplicates = ?, invalid = ?, fixed_line = ?, "
                                 "not_mobile = ?, suppressed = ?, "
                                 "malformed = ?, bad_encoding = ? WHERE id = ?"));
    for (const QVariant &v :
         {QVariant(QDateTime::currentMSecsSinceEpoch()), QVariant(result.sha256),
          QVariant(result.rows), QVariant(result.imported), QVariant(result.updated),
          QVariant(result.duplicates), QVariant(result.invalid), QVariant(result.fixedLine),
          QVariant(result.notMobile), QVariant(result.suppressed), QVariant(result.malformed),
          QVariant(result.badEncoding), QVariant(result.importId)})
        query.addBindValue(v);
    if (!query.exec())
        return fail(query.lastError().text());

    const QJsonObject details {{QStringLiteral("file"), QFileInfo(options.filePath).fileName()},
                               {QStringLiteral("sha256"), result.sha256},
                               {QStringLiteral("rows"), result.rows},
                               {QStringLiteral("imported"), result.imported},
                               {QStringLiteral("updated"), result.updated},
                               {QStringLiteral("reimport"), result.reimport}};
    query.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, object_type, object_id, details) "
                       "VALUES (?, ?, 'audience.import', 'audience', ?, ?)"));
    query.addBindValue(now);
    query.addBindValue(m_actor);
    query.addBindValue(result.audienceId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return fail(query.lastError().text());

    if (foreignKeys && foreignKeys->isPaused()) {
        QString error;
        if (!foreignKeysHold(query, {"audience_columns"}, &error))
            return fail(tr("Saving the import failed: %1").arg(error));
    }
    if (progress)
        progress({reader.bytesConsumed(), reader.totalSize(), result.rows});
    if (!transaction.commit())
        return fail(tr("Saving the import failed: %1").arg(transaction.errorString()));
    result.ok = true;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}
