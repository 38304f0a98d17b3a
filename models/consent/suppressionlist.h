// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class Database;

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
        QStringList rejects; // "row 12: \"06 12\" is not a phone number" (first 1,000)
        double seconds = 0;
    };
    using Progress = std::function<void(qint64 bytesRead, qint64 totalBytes)>;

    explicit SuppressionList(Database *database);

    // Adds one number (reason 'manual' by default), audited; false with errorString for a
    // number that cannot be read. Adding a number already listed succeeds and changes nothing.
    bool add(const QString &number, const QString &actor, const QString &note = QString(),
             const QString &reason = QStringLiteral("manual"), qint64 userId = 0);
    bool contains(const QString &e164);
    std::optional<Entry> find(const QString &number);
    // Numbers starting with `prefix` (E.164 or national "06 12..." normalised as far as it
    // goes), in number order, after `after`; for search and paging.
    QList<Entry> search(const QString &prefix, const QString &after = QString(), int limit = 200);
    qint64 count();

    // Imports an opposition list (a broker's or the party's): CSV/TSV/one number per line, the
    // phone column found by its header (telephone, phone, mobile, numero...) or the first
    // column. One transaction; cancel leaves the list as it was. Audited.
    ImportResult importFile(const QString &path, const QString &source, const QString &actor,
                            const QString &reason = QStringLiteral("opposition_list"),
                            const Progress &progress = {},
                            const std::atomic_bool *cancel = nullptr);
    // Writes the whole list as CSV (phone, reason, source, note, added_at ISO 8601 UTC),
    // streaming; audited. False with errorString.
    bool exportCsv(const QString &path, const QString &actor);

    QString errorString() const { return m_errorString; }

private:
    Database *m_database;
    QString m_errorString;
};

} // namespace Consent
