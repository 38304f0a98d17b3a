// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/segment.h"
#include "consent/consentgate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class Database;

// Live segment counts over millions of contacts: one compressed bitmap (CRoaring) of contact ids
// per (audience, column, value), persisted in the database (table segment_index) and combined
// in memory, so a count costs a few bitmap operations instead of a scan of the contacts. The
// numbers that may not be messaged (suppression list, refused or withdrawn consent) are kept as
// a bitmap too, topped up at each count with what arrived since the build (a STOP counts at
// once, without a rebuild). Columns with too many distinct values (names...) are not bitmapped:
// their filters run as SQL. Counts agree with Segment::sqlCondition(), which is what campaigns
// send to. Use in one thread (Database gives each thread its own connection); build() and every
// call that may build are slow at millions of contacts and belong on a worker thread.
class SegmentIndex final
{
    Q_DECLARE_TR_FUNCTIONS(SegmentIndex)
    Q_DISABLE_COPY_MOVE(SegmentIndex)
public:
    explicit SegmentIndex(Database *database);
    ~SegmentIndex();

    struct Progress
    {
        qint64 rows = 0;
        qint64 totalRows = 0;
    };
    using ProgressCallback = std::function<void(const Progress &)>;

    // True when the stored bitmaps reflect the audience's contacts: no import finished and no
    // purge happened since they were built.
    bool isCurrent(qint64 audienceId);
    // (Re)builds the audience's bitmaps if they are not current (or always, with `force`).
    // Cancellable; on failure or cancel the previous index stays as it was.
    bool build(qint64 audienceId, const ProgressCallback &progress = {},
               const std::atomic_bool *cancel = nullptr, bool force = false);

    struct Count
    {
        bool ok = false;
        QString errorString;
        qint64 count = 0; // contacts of the segment that may be messaged
        qint64 sendable = 0; // contacts of the whole audience that may be messaged
        // Of `count`: the numbers that agreed to campaign messages, and those never asked for
        // their consent (who a consent request may go to).
        qint64 granted = 0;
        qint64 neverAsked = 0;
        bool gated =
            false; // campaign messages to this audience need granted consent (Consent::Gate)
        double milliseconds = 0; // the count itself, without any build before it
        int sqlFilters = 0; // filters that ran as SQL (columns not bitmapped)
        bool built = false; // the index was (re)built first
    };
    // Contacts of the segment that can be messaged: not on the suppression list, consent not
    // refused nor withdrawn. Builds first if not current. Refuses unknown columns and columns
    // that reveal sensitive data (SensitiveColumns), with errorString.
    Count count(qint64 audienceId, const Segment &segment);
    // What a message for `purpose` reaches in a count: neverAsked for a consent request;
    // granted, or count when the audience is not gated, for a campaign message.
    static qint64 recipients(const Count &count, Consent::Purpose purpose);

    struct Value
    {
        QString value;
        qint64 contacts = 0;
    };
    // Filterable columns (normalised names): the standard fields that have values, in
    // Segment::standardFields() order, then the audience's own columns. Sensitive columns are
    // included (a builder shows them disabled). Builds first if not current.
    QStringList columns(qint64 audienceId);
    // The values of a column, most frequent first, for value pickers. Refused (empty, with
    // errorString) for a sensitive column. Builds first if not current.
    QList<Value> values(qint64 audienceId, const QString &column, int limit = 200);

    QString errorString() const { return m_errorString; }

    // Columns with more distinct values than this are not bitmapped (default 50,000): a bitmap
    // per first name costs more than it saves.
    void setMaxDistinctValues(int count) { m_maxDistinctValues = count; }
    int maxDistinctValues() const { return m_maxDistinctValues; }

    // Empties the process-wide cache of loaded bitmaps (benchmarks measure cold counts).
    static void clearCache();

private:
    struct Meta;
    struct Loaded;
    bool readMeta(qint64 audienceId, Meta *meta);
    bool ensureCurrent(qint64 audienceId, Meta *meta, bool *built);
    bool buildIndex(qint64 audienceId, const ProgressCallback &progress,
                    const std::atomic_bool *cancel);
    Count sqlCount(qint64 audienceId, const Segment &segment);
    bool checkColumns(qint64 audienceId, const Segment &segment, QString *errorString);
    bool fail(const QString &message);

    Database *m_database;
    int m_maxDistinctValues = 50000;
    QString m_errorString;
};
