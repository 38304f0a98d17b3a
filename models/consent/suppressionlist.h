// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class Database;
class PhoneNormalizer;

namespace Consent {

// The global suppression list (table suppressions): numbers never to be messaged again, whatever
// the audience or the re-import. Rows are never deleted (a trigger refuses it). Numbers are
// normalised to E.164 like broker files (PhoneNormalizer, default region FR). Use in one thread.
class SuppressionList final
{
    Q_DECLARE_TR_FUNCTIONS(SuppressionList)
    Q_DISABLE_COPY_MOVE(SuppressionList)
public:
    struct Entry
    {
        QString phone; // E.164
        QString reason; // stop_reply, provider_stop, manual, opposition_list, consent_refused
        QString source;
        QString note;
        QDateTime addedAt;
        QString addedBy; // user login, when known
    };

    struct ImportResult
    {
        bool ok = false;
        bool cancelled = false;
        QString errorString;
        qint64 rows = 0; // data rows read
        qint64 added = 0; // new numbers on the list
        qint64 alreadyListed = 0;
        qint64 invalid = 0; // not a phone number
        qint64 duplicates = 0; // a number the file already gave on an earlier row
        qint64 malformed = 0; // rows the CSV reader could not read
        QStringList rejects; // "row 12: \"06 12\" is not a phone number" (first 1,000)
        double seconds = 0;
    };
    // Reading the file counts for the first 80 % of totalBytes, storing the numbers for the rest.
    using Progress = std::function<void(qint64 bytesRead, qint64 totalBytes)>;

    explicit SuppressionList(Database *database);
    ~SuppressionList();

    // Adds one number (reason 'manual' by default), audited; false with errorString for a
    // number that cannot be read. Adding a number already listed succeeds and changes nothing.
    // A number is accepted when libphonenumber deems it valid (of any type: an opposition list
    // may hold fixed lines), or when Tribune knows it already, as a contact's number or on the
    // list (the demo's fiction block, a range newer than libphonenumber's metadata): whoever
    // Tribune may write to can be suppressed, and an exported list reads back whole.
    bool add(const QString &number, const QString &actor, const QString &note = QString(),
             const QString &reason = QStringLiteral("manual"), qint64 userId = 0);
    bool contains(const QString &e164);
    std::optional<Entry> find(const QString &number);
    // Numbers starting with `prefix` (E.164 or national "06 12..." normalised as far as it
    // goes), in number order, after `after`; for search and paging.
    QList<Entry> search(const QString &prefix, const QString &after = QString(), int limit = 200);
    qint64 count();

    // Imports an opposition list (a broker's or the party's): CSV/TSV/one number per line, the
    // phone column found by its header (telephone, phone, mobile, numero...) or, without one,
    // as the first column holding a number on the first row. Dialect and encoding are sniffed
    // as for broker files; a row that is not UTF-8 in a UTF-8 file is read again as
    // Windows-1252 (an accent elsewhere in the row must not lose the number). Numbers are
    // stored in one transaction, in number order; cancel leaves the list as it was. Audited.
    ImportResult importFile(const QString &path, const QString &source, const QString &actor,
                            const QString &reason = QStringLiteral("opposition_list"),
                            const Progress &progress = {},
                            const std::atomic_bool *cancel = nullptr);
    // Writes the whole list as CSV (phone, reason, source, note, added_at ISO 8601 UTC),
    // streaming; audited. Numbers in full: `actor` must administer the database. False with
    // errorString. *rows gets the numbers written.
    bool exportCsv(const QString &path, const QString &actor, qint64 *rows = nullptr);

    QString errorString() const { return m_errorString; }

    // The E.164 form of a number as typed or as a provider reports it ("06 12 34 56 78",
    // "0033612345678", "+33 6 12 34 56 78") when it is one add() accepts; empty with
    // errorString naming it otherwise.
    QString normalize(const QString &number);

private:
    const PhoneNormalizer &normalizer();
    // Of `keys` (ImportRowBuilder::phoneKey), those that are contacts' numbers or listed
    // already, sorted; nullopt on error.
    std::optional<std::vector<quint64>> knownNumbers(const std::vector<quint64> &keys);
    bool fail(const QString &message);

    Database *m_database;
    std::unique_ptr<PhoneNormalizer> m_normalizer; // made at first use (it reads metadata)
    QString m_errorString;
};

} // namespace Consent
