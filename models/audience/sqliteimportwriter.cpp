// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteimportwriter.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace {

// Page cache of the import's connection, in KiB (SQLite's negative cache_size). The contacts
// indexes are what an import of millions of rows keeps reading back; the importer feeds them in
// phone order, window by window, so this much keeps most of them in memory within the 1 GiB
// the whole import may use.
constexpr int kImportCacheKiB = 384 * 1024;
// Contacts per INSERT statement, and the parameters each row binds (phone ... source_row).
constexpr int kRowsPerStatement = 256;
constexpr int kRowValues = 11;

int pragmaValue(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    int value = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

void bindSpan(sqlite3_stmt *statement, int index, const ImportBatch &batch, ImportBatch::Span span)
{
    if (span.isNull())
        sqlite3_bind_null(statement, index);
    else // the batch outlives the step: no copy
        sqlite3_bind_text(statement, index, batch.bytes.constData() + span.offset, span.size,
                          SQLITE_STATIC);
}

} // namespace

sqlite3 *SqliteImportWriter::handle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

SqliteImportWriter::SqliteImportWriter(sqlite3 *db, qint64 audienceId, qint64 importId, qint64 now)
    : m_db(db)
    , m_audienceId(audienceId)
    , m_importId(importId)
    , m_now(now)
    , m_contacts(kRowsPerStatement + 1, nullptr)
    , m_rejects(kRowsPerStatement + 1, nullptr)
{
    m_cacheSize = pragmaValue(m_db, "PRAGMA cache_size");
    const QByteArray cache = "PRAGMA cache_size=-" + QByteArray::number(kImportCacheKiB);
    sqlite3_exec(m_db, cache.constData(), nullptr, nullptr, nullptr);
}

SqliteImportWriter::~SqliteImportWriter()
{
    for (sqlite3_stmt *statement : m_contacts)
        sqlite3_finalize(statement);
    for (sqlite3_stmt *statement : m_rejects)
        sqlite3_finalize(statement);
    const QByteArray cache = "PRAGMA cache_size=" + QByteArray::number(m_cacheSize);
    sqlite3_exec(m_db, cache.constData(), nullptr, nullptr, nullptr);
}

bool SqliteImportWriter::fail()
{
    m_errorString = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

// INSERT ... VALUES (...), (...) for `rows` rows: one statement execution opens the table's and
// the indexes' cursors once for all of them, which a statement per row would do every time.
// ?1 ?2 ?3 are the audience, the import and the time; then kRowValues parameters per row.
sqlite3_stmt *SqliteImportWriter::contactStatement(int rows)
{
    sqlite3_stmt *&statement = m_contacts[size_t(rows)];
    if (statement)
        return statement;
    QByteArray sql = "INSERT INTO contacts (audience_id, phone, line_type, first_name, last_name, "
                     "postal_code, commune, department, age_bracket, opt_in_date, attributes, "
                     "import_id, source_row, created_at, updated_at) VALUES ";
    for (int r = 0; r < rows; ++r) {
        const int p = 4 + r * kRowValues;
        sql += r == 0 ? "(?1" : ",(?1";
        for (int v = 0; v < kRowValues - 1; ++v)
            sql += ",?" + QByteArray::number(p + v);
        sql += ",?2,?" + QByteArray::number(p + kRowValues - 1) + ",?3,?3)";
    }
    // Same conflict rule as the QtSql path (BulkInserter): a number already in the audience
    // gets the file's values.
    sql += " ON CONFLICT (audience_id, phone) DO UPDATE SET line_type = excluded.line_type, "
           "first_name = excluded.first_name, last_name = excluded.last_name, "
           "postal_code = excluded.postal_code, commune = excluded.commune, "
           "department = excluded.department, age_bracket = excluded.age_bracket, "
           "opt_in_date = excluded.opt_in_date, attributes = excluded.attributes, "
           "import_id = excluded.import_id, source_row = excluded.source_row, "
           "updated_at = excluded.updated_at";
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr)
        != SQLITE_OK) {
        fail();
        sqlite3_finalize(statement);
        statement = nullptr;
        return nullptr;
    }
    sqlite3_bind_int64(statement, 1, m_audienceId);
    sqlite3_bind_int64(statement, 2, m_importId);
    sqlite3_bind_int64(statement, 3, m_now);
    return statement;
}

bool SqliteImportWriter::writeContacts(const ImportBatch &batch, qsizetype first, int rows)
{
    sqlite3_stmt *statement = contactStatement(rows);
    if (!statement)
        return false;
    for (int r = 0; r < rows; ++r) {
        const ImportBatch::Contact &contact = batch.contacts[size_t(first + r)];
        const int p = 4 + r * kRowValues;
        bindSpan(statement, p, batch, contact.values[ImportBatch::Phone]);
        if (contact.isMobile)
            sqlite3_bind_text(statement, p + 1, "mobile", 6, SQLITE_STATIC);
        else
            sqlite3_bind_text(statement, p + 1, "fixed_line_or_mobile", 20, SQLITE_STATIC);
        for (int v = ImportBatch::FirstName; v <= ImportBatch::Attributes; ++v)
            bindSpan(statement, p + 2 + v - ImportBatch::FirstName, batch, contact.values[v]);
        sqlite3_bind_int64(statement, p + kRowValues - 1, contact.rowNumber);
    }
    const bool ok = sqlite3_step(statement) == SQLITE_DONE || fail();
    sqlite3_reset(statement);
    return ok;
}

sqlite3_stmt *SqliteImportWriter::rejectStatement(int rows)
{
    sqlite3_stmt *&statement = m_rejects[size_t(rows)];
    if (statement)
        return statement;
    QByteArray sql =
        "INSERT INTO import_rejects (import_id, row_number, raw_value, reason, detail) "
        "VALUES ";
    for (int r = 0; r < rows; ++r) {
        const int p = 2 + r * 4;
        sql += (r == 0 ? "(?1" : ",(?1");
        for (int v = 0; v < 4; ++v)
            sql += ",?" + QByteArray::number(p + v);
        sql += ')';
    }
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr)
        != SQLITE_OK) {
        fail();
        sqlite3_finalize(statement);
        statement = nullptr;
        return nullptr;
    }
    sqlite3_bind_int64(statement, 1, m_importId);
    return statement;
}

bool SqliteImportWriter::writeRejects(const ImportBatch &batch, qsizetype first, int rows)
{
    sqlite3_stmt *statement = rejectStatement(rows);
    if (!statement)
        return false;
    for (int r = 0; r < rows; ++r) {
        const ImportBatch::Reject &reject = batch.rejects[size_t(first + r)];
        const int p = 2 + r * 4;
        sqlite3_bind_int64(statement, p, reject.rowNumber);
        bindSpan(statement, p + 1, batch, reject.raw);
        sqlite3_bind_text(statement, p + 2, ImportBatch::reasonKey(reject.reason), -1,
                          SQLITE_STATIC);
        bindSpan(statement, p + 3, batch, reject.detail);
    }
    const bool ok = sqlite3_step(statement) == SQLITE_DONE || fail();
    sqlite3_reset(statement);
    return ok;
}

bool SqliteImportWriter::write(const ImportBatch &batch, qsizetype first, qsizetype count)
{
    const qsizetype contacts = qsizetype(batch.contacts.size());
    const qsizetype end = first + count;
    for (qsizetype i = first; i < std::min(end, contacts);) {
        const int rows = int(std::min<qsizetype>(kRowsPerStatement, std::min(end, contacts) - i));
        if (!writeContacts(batch, i, rows))
            return false;
        i += rows;
    }
    for (qsizetype i = std::max(first, contacts); i < end;) {
        const int rows = int(std::min<qsizetype>(kRowsPerStatement, end - i));
        if (!writeRejects(batch, i - contacts, rows))
            return false;
        i += rows;
    }
    return true;
}
