// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

namespace Consent {

// What a message is for: the first message asking a number for its consent, or a campaign
// message. They reach different contacts of the same audience.
enum class Purpose { ConsentRequest, Campaign };

// The team-wide consent rules (app_settings consent.*).
struct Settings
{
    Q_DECLARE_TR_FUNCTIONS(ConsentSettings)
public:
    // Campaign messages to a rented audience go only to numbers that answered yes. On by
    // default; an administrator may turn it off (audited).
    bool gate = true;
    // A consent request left unanswered this many days expires: the number is not asked again
    // and gets no campaign message.
    int expiryDays = 7;
    // One message confirming a STOP (off by default: the STOP itself is honoured either way),
    // sent once per number and provider (Consent::StopConfirmation).
    bool stopConfirmation = false;
    QString stopConfirmationText = defaultStopConfirmationText();

    // The text when none was set: French, like the people it goes to.
    static QString defaultStopConfirmationText();

    static Settings load(Database *database);
    bool save(Database *database, QString *errorString = nullptr) const;
    // Saves as `actor`, with an audit entry, in one transaction: refused unless `actor` may
    // change the team's rules (UserAccount::mayAdminister). False with *errorString.
    bool saveAs(Database *database, const QString &actor, QString *errorString) const;
};

// Who may receive what. The single definition of the consent gate, shared by the segment counts,
// the recipient queries that fill the outbox and the re-check before each submission:
// - nobody on the suppression list receives anything;
// - a consent request goes only to numbers never asked (no consent state, or 'unknown');
// - a campaign message to a gated audience (rented, or own without a recorded proof, while the
//   gate is on) goes only to numbers whose consent is 'granted';
// - a campaign message to an ungated audience goes to every number that has not refused or
//   withdrawn its consent.
class Gate
{
    Q_DECLARE_TR_FUNCTIONS(ConsentGate)
public:
    enum class Verdict { Allowed, Suppressed, NotGranted, AlreadyAsked, Refused };

    // Whether campaign messages to this audience need granted consent.
    static bool isGated(Database *database, qint64 audienceId);
    static bool isGated(const QString &origin, const QString &ownConsentProof, bool gateSetting);

    // SQL condition on contacts aliased `c` (suppression list included).
    static QString sqlCondition(Purpose purpose, bool gated);
    // The decision for one number: whether it is suppressed and its consent state ("" when it
    // has none).
    static Verdict check(Purpose purpose, bool gated, bool suppressed, const QString &state);
    // Database value of Verdict (messages.error_code of a cancelled message).
    static QString verdictKey(Verdict verdict);
    static QString verdictLabel(Verdict verdict); // translated
};

} // namespace Consent
