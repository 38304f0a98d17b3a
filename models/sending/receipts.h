// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/provider.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Records what providers tell us after a submission: delivery reports move outbox messages to
// their final state, replies are stored and a STOP reply suppresses the number at once (before
// the next claim of the send engine re-checks it). Safe to call from any thread that may use
// the Database; each call is one transaction.
class Receipts final
{
    Q_DECLARE_TR_FUNCTIONS(Receipts)
    Q_DISABLE_COPY_MOVE(Receipts)
public:
    explicit Receipts(Database *database);

    // Stores each report in delivery_reports and moves its message (found by client_ref, else
    // by provider_message_id) to delivered, failed or expired. A final state never changes
    // again; the same report received twice is stored once.
    bool recordReports(qint64 providerId, const QList<Sending::DeliveryReport> &reports,
                       QString *errorString = nullptr);
    // Stores each reply in inbound_messages. A STOP (reported by the provider or a STOP
    // keyword) adds the number to suppressions ('stop_reply') with an 'opted_out' consent
    // event, in the same transaction. A reply already stored (same provider message id) is
    // ignored.
    bool recordInbound(qint64 providerId, const QList<Sending::InboundMessage> &messages,
                       QString *errorString = nullptr);

    // The reply objects to further messages (STOP, ARRÊTEZ, DÉSABONNEZ-MOI, "oui stop", "ne plus
    // recevoir"...): Consent::ReplyInterpreter reads it as a Stop.
    static bool isStopKeyword(const QString &text);
    // Database value of a delivery status ("delivered", "failed"...).
    static QString statusKey(Sending::DeliveryStatus status);

private:
    Database *m_database;
};
