// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/importbatch.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// Writes the importer's batches on the SQLite handle under a QSqlDatabase connection, through
// prepared statements bound straight to the batch's bytes: no QVariant, no parameter lookup, no
// copy. Runs inside the importer's transaction (started with QtSql on the same connection), so a
// cancel or a crash still leaves nothing. While it lives, the connection has a larger page cache.
class SqliteImportWriter final
{
    Q_DISABLE_COPY_MOVE(SqliteImportWriter)
public:
    // The sqlite3 handle of an open QSQLITE connection, or nullptr.
    static sqlite3 *handle(const QSqlDatabase &db);

    SqliteImportWriter(sqlite3 *db, qint64 audienceId, qint64 importId, qint64 now);
    ~SqliteImportWriter();

    // False when the connection cannot be used (errorString()).
    bool isValid() const { return m_errorString.isEmpty(); }
    // Writes rows [first, first + count) of the batch: contacts first, then rejects, both in
    // the batch's order (a row index beyond the contacts counts into the rejects).
    bool write(const ImportBatch &batch, qsizetype first, qsizetype count);
    QString errorString() const { return m_errorString; }

private:
    bool fail();
    sqlite3_stmt *contactStatement(int rows);
    bool writeContacts(const ImportBatch &batch, qsizetype first, int rows);
    sqlite3_stmt *rejectStatement(int rows);
    bool writeRejects(const ImportBatch &batch, qsizetype first, int rows);

    sqlite3 *m_db;
    qint64 m_audienceId;
    qint64 m_importId;
    qint64 m_now;
    // Multi-row INSERTs, by row count (1..kRowsPerStatement), prepared on first use.
    std::vector<sqlite3_stmt *> m_contacts;
    std::vector<sqlite3_stmt *> m_rejects;
    int m_cacheSize = 0; // the connection's own setting, restored at the end
    QString m_errorString;
};
