// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// The demo's consent request under way, for the screenshots and the GUI tests of the consent
// page: the draft consent request of the demo data is approved and its first messages go
// through the outbox as if the Sandbox had accepted them (the ledger records each request),
// then replies are recorded as if the recipients had answered, through the same path as the
// provider callbacks (Receipts). Nothing leaves the computer. Refused once the consent ledger
// holds anything: fake replies must never mix with real proof.
class DemoConsentRequest final
{
    Q_DECLARE_TR_FUNCTIONS(DemoConsentRequest)
public:
    struct Reply
    {
        int contact = 0; // index into Result::asked
        QString text;
    };

    struct Result
    {
        bool ok = false;
        QString errorString;
        qint64 campaignId = 0;
        QStringList asked; // E.164 numbers the request reached, in sending order
    };

    // Sends the demo consent request to its first `contacts` recipients and leaves the
    // campaign paused; the replies are then recorded (a reply to an index out of range is
    // skipped).
    static Result run(Database *database, int contacts, const QList<Reply> &replies);
    // A mix of clear answers (yes, no, STOP) and ambiguous ones a person must read.
    static QList<Reply> sampleReplies();
    // Records one reply from `phone` as received now.
    static bool reply(Database *database, const QString &phone, const QString &text,
                      QString *errorString = nullptr);
};
