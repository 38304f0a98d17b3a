// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class Database;

namespace Consent {

// The one message confirming a STOP, when the team's consent rules ask for it (off by default:
// the STOP itself is honoured either way). Each provider has a system campaign
// (campaigns.system_kind 'stop_confirmation', created on first use, already approved and
// sending) holding at most one confirmation per number, ever; the outbox sends it only to a
// number that is suppressed, and the send engine sends it like any campaign.
class StopConfirmation
{
public:
    static QString systemKind(); // "stop_confirmation"

    // Queues the confirmation to `phone` through the provider, in the caller's transaction.
    // Does nothing when the setting is off, the provider is unknown or the number was already
    // sent one through this provider. False with *error on a database error, everything of it
    // undone (a savepoint) and the caller's transaction still usable: the STOP stands.
    static bool queue(Database *database, const QString &phone, qint64 providerId, QString *error);

    struct Pending
    {
        qint64 campaignId = 0;
        qint64 providerId = 0;
    };
    // The confirmation campaigns with queued messages; those a finished run closed ('done') or
    // the end of the sending window paused are opened again ('sending'), so that a send engine
    // takes them without anyone's help.
    static QList<Pending> pending(Database *database, QString *error);

private:
    static bool queueInTransaction(Database *database, const QString &text, const QString &phone,
                                   qint64 providerId, QString *error);
};

} // namespace Consent
