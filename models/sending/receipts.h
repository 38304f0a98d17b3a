// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/consentledger.h"
#include "consent/replyinterpreter.h"
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
    // by provider_message_id, else by campaign and phone) to delivered, failed or expired. A final
    // state never changes again; the same report received twice is stored once.
    bool recordReports(qint64 providerId, const QList<Sending::DeliveryReport> &reports,
                       QString *errorString = nullptr);
    // Stores each reply in inbound_messages with its interpretation (Consent::ReplyInterpreter)
    // and applies it to the number's consent through the ledger, in the same transaction: a
    // STOP (reported by the provider or written in any wording) adds the number to the
    // suppression list with an 'opted_out' event; a yes to a consent request grants; a no
    // refuses; an ambiguous reply waits in the review queue (handled_at NULL). A reply already
    // stored (same provider message id) is ignored.
    bool recordInbound(qint64 providerId, const QList<Sending::InboundMessage> &messages,
                       QString *errorString = nullptr);

    // The reply objects to further messages (STOP, ARRÊTEZ, DÉSABONNEZ-MOI, "oui stop", "ne plus
    // recevoir"...): Consent::ReplyInterpreter reads it as a Stop.
    static bool isStopKeyword(const QString &text);
    // Database value of a delivery status ("delivered", "failed"...).
    static QString statusKey(Sending::DeliveryStatus status);

private:
    // What a reply does to the number's consent (caller's transaction).
    static bool applyAnswer(Consent::Ledger *ledger, Consent::Ledger::Record record,
                            Consent::ReplyKind kind, bool answersSomething);

    Database *m_database;
};
