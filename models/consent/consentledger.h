// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

namespace Consent {

// The consent ledger (table consent_events) and the state it proves (consent_states): every
// consent event of every number, appended, never updated in place; a correction is a new event.
// The state of a number follows from its events by these rules:
//   requested   unknown -> requested (the first message left; other states keep)
//   granted     any -> granted, except opted_out (STOP wins forever)
//   refused     any -> refused, except opted_out
//   opted_out   any -> opted_out (with the number on the suppression list)
//   expired     requested -> expired (no answer after Settings::expiryDays)
//   own_proof   no state change: an audience collected by the party with its own proof (phone
//               "*" stands for every contact of the audience)
//   override,   an administrator sets the state (`state` of the record), except out of
//   correction  opted_out
// Methods that take no transaction of their own use the caller's, so that a reply, its
// interpretation and its consequences are committed together. Use in one thread.
class Ledger final
{
    Q_DECLARE_TR_FUNCTIONS(ConsentLedger)
    Q_DISABLE_COPY_MOVE(Ledger)
public:
    enum class Event {
        Requested,
        Granted,
        Refused,
        OptedOut,
        Expired,
        OwnProof,
        Override,
        Correction
    };

    // One event to append, or one read back.
    struct Record
    {
        qint64 id = 0; // when read back
        QDateTime at; // now when invalid
        QString phone; // E.164
        Event event = Event::Requested;
        QString state; // override/correction: the state set
        qint64 audienceId = 0;
        QString audienceName;
        QString textSent; // the message that asked
        QString textReceived; // the reply that answered
        qint64 messageId = 0;
        QString providerMessageId;
        qint64 userId = 0; // who decided, for overrides and review decisions
        QString actor; // "recipient", "provider", "tribune", or a user's login
        QString note;
    };

    struct Funnel
    {
        qint64 contacts = 0; // contacts of the audience
        qint64 requested = 0; // asked, by a consent request of this audience or another
        qint64 awaiting = 0; // asked, no answer yet
        qint64 granted = 0;
        qint64 refused = 0;
        qint64 optedOut = 0;
        qint64 expired = 0;
        qint64 neverAsked = 0; // no consent state (or 'unknown') and not suppressed
        qint64 suppressed = 0; // on the suppression list (STOPs included)
    };

    explicit Ledger(Database *database);

    // Appends the event and moves the number's state by the rules above (caller's transaction).
    // *state gets the number's state afterwards.
    bool append(const Record &record, QString *state = nullptr);
    // Puts the number on the suppression list (reason: stop_reply, provider_stop, manual,
    // opposition_list, consent_refused) and appends `record` as an opted_out event, unless the
    // number was already suppressed and opted out. Caller's transaction.
    bool suppress(const Record &record, const QString &reason, const QString &source);

    // The number's current state ("" when it has none; also on error, see readState).
    QString state(const QString &phone);
    bool readState(const QString &phone, QString *state);
    // Every event of a number in the order Tribune recorded them: why it was allowed to message
    // it, or not. Not by `at`: a reply carries the provider's time, often to the second, which
    // can fall before the request it answers.
    QList<Record> history(const QString &phone);

    // Requests unanswered for `days` days expire (own transaction). Returns how many, -1 on error.
    qint64 expire(int days, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Consent figures of an audience (expires stale requests first).
    std::optional<Funnel> funnel(qint64 audienceId, int expiryDays);

    // Records that an audience was collected by the party with its own proof of consent (a
    // sign-up form, a membership list): campaign messages then need no consent request.
    // An empty proof puts the audience back under the consent gate. Own transaction, audited.
    bool setOwnProof(qint64 audienceId, const QString &proof, const QString &actor,
                     qint64 userId = 0);

    static QString eventKey(Event event); // database value
    static std::optional<Event> eventFromKey(const QString &key);
    static QString eventLabel(Event event); // translated
    static QString stateLabel(const QString &state); // translated; "" -> "never asked"
    // The state after `event` when the number is in `current` ("" for none).
    static QString nextState(const QString &current, Event event, const QString &target = {});

    QString errorString() const { return m_errorString; }

private:
    bool fail(const QString &message);

    Database *m_database;
    QString m_errorString;
};

} // namespace Consent
