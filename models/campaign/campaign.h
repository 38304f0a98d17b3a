// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/segment.h"
#include "consent/consentgate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// What a campaign is: who it writes to (audience and segment), what it says (message, footer,
// sender id), through which provider, for which election, and where it stands in its life.
struct Campaign
{
    Q_DECLARE_TR_FUNCTIONS(Campaign)
public:
    enum class Kind { ConsentRequest, Message };
    // draft -> approved -> sending <-> paused -> done; cancelled from any state before done.
    enum class State { Draft, Approved, Sending, Paused, Done, Cancelled };

    qint64 id = 0;
    QString name;
    Kind kind = Kind::Message;
    State state = State::Draft;
    qint64 electionId = 0; // 0: none
    qint64 audienceId = 0;
    Segment segment;
    // Set when the stored segment could not be read (written by a newer Tribune): the campaign
    // cannot be saved, approved or sent until its segment is set again.
    QString segmentError;
    QString message;
    QString footer;
    QString senderId;
    qint64 providerId = 0;
    QDateTime scheduledAt; // invalid: send when started
    qint64 budgetCapMc = 0; // 0: no cap of its own
    int revision = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
    int approvedRevision = 0;
    QDateTime approvedAt;
    // Empty for a campaign a person wrote; "stop_confirmation" for the one Tribune keeps per
    // provider to confirm STOPs (Consent::StopConfirmation): no footer, written to suppressed
    // numbers only.
    QString systemKind;

    bool isSystem() const { return !systemKind.isEmpty(); }

    // The text every recipient gets before merge fields are filled in.
    QString fullText() const;
    // Whom the consent gate lets this campaign write to.
    Consent::Purpose consentPurpose() const
    {
        return kind == Kind::ConsentRequest ? Consent::Purpose::ConsentRequest
                                            : Consent::Purpose::Campaign;
    }

    static QString kindKey(Kind kind); // "consent_request" / "campaign" (database values)
    static bool kindFromKey(const QString &key, Kind *kind);
    static QString stateKey(State state); // "draft", "approved", ...
    static bool stateFromKey(const QString &key, State *state);
    static QString kindLabel(Kind kind); // translated
    static QString stateLabel(State state); // translated

    static bool canTransition(State from, State to);
    // Message, footer, audience, segment, sender and provider may change only before sending.
    static bool isEditable(State state);
};
