// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/exportformat.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

namespace Reports {

struct ExportRequest;

// The consent proof a party hands to the CNIL (GDPR art. 7(1): who, when, which wording, which
// channel): every consent event of a number, or of every number of an audience, from the ledger,
// with where the number came from (audience, broker, imported file and its SHA-256) and the
// state each event left it in. Numbers are always written in full: a proof needs them, so the
// caller decides who may export one.
class ConsentProof
{
    Q_DECLARE_TR_FUNCTIONS(ConsentProof)
public:
    // The column titles; times are local to `zoneName` (e.g. Europe/Paris).
    static QStringList header(const QString &zoneName);

    // The E.164 form of a number typed for a proof: parsed with the audience's default region
    // (France without an audience), or kept as written when the ledger or an audience holds it
    // (numbers of fiction like the demo's are not valid for libphonenumber). Empty with
    // *errorString naming the number otherwise.
    static QString normalizePhone(Database *database, const QString &number, qint64 audienceId,
                                  QString *errorString);
};

// Writes the consent proof of request.phone (when set) or of request.audienceId to
// request.path: one row per event, the events of each number in the order Tribune recorded
// them, numbers in order; an audience's proof also holds its own-proof records (the party
// collected it itself). Streams (forward-only query, constant memory), reports progress every
// ProgressEveryRows rows. Callable from a worker thread (its own connection). No audit here: the
// dispatcher (runExport) checks permissions and audits.
ExportResult exportConsentProof(Database *database, const ExportRequest &request,
                                const Progress &progress);

} // namespace Reports
