// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign.h"

#include "sms/smsencoding.h"

QString Campaign::fullText() const
{
    return Sms::withFooter(message, footer);
}

QString Campaign::kindKey(Kind kind)
{
    return kind == Kind::ConsentRequest ? QStringLiteral("consent_request")
                                        : QStringLiteral("campaign");
}

bool Campaign::kindFromKey(const QString &key, Kind *kind)
{
    if (key == QLatin1String("consent_request") || key == QLatin1String("consent")) {
        *kind = Kind::ConsentRequest;
        return true;
    }
    if (key == QLatin1String("campaign") || key == QLatin1String("message")) {
        *kind = Kind::Message;
        return true;
    }
    return false;
}

QString Campaign::stateKey(State state)
{
    switch (state) {
    case State::Draft:
        return QStringLiteral("draft");
    case State::Approved:
        return QStringLiteral("approved");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Paused:
        return QStringLiteral("paused");
    case State::Done:
        return QStringLiteral("done");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool Campaign::stateFromKey(const QString &key, State *state)
{
    for (State s : {State::Draft, State::Approved, State::Sending, State::Paused, State::Done,
                    State::Cancelled}) {
        if (stateKey(s) == key) {
            *state = s;
            return true;
        }
    }
    return false;
}

QString Campaign::kindLabel(Kind kind)
{
    return kind == Kind::ConsentRequest ? tr("Consent request") : tr("Campaign message");
}

QString Campaign::stateLabel(State state)
{
    switch (state) {
    case State::Draft:
        return tr("Draft");
    case State::Approved:
        return tr("Approved");
    case State::Sending:
        return tr("Sending");
    case State::Paused:
        return tr("Paused");
    case State::Done:
        return tr("Done");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

bool Campaign::canTransition(State from, State to)
{
    switch (from) {
    case State::Draft:
        return to == State::Approved || to == State::Cancelled;
    case State::Approved:
        return to == State::Draft || to == State::Sending || to == State::Cancelled;
    case State::Sending:
        return to == State::Paused || to == State::Done || to == State::Cancelled;
    case State::Paused:
        return to == State::Sending || to == State::Cancelled;
    case State::Done:
    case State::Cancelled:
        return false;
    }
    return false;
}

bool Campaign::isEditable(State state)
{
    return state == State::Draft || state == State::Approved;
}
