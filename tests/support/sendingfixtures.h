// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/campaign.h"

#include <QJsonObject>
#include <QString>

class Database;

// What the sending tests set up the same way: the demo audience, a sending window open at every
// hour (tests run at any time), an approved campaign on it, the Sandbox's options.
namespace SendingFixtures {

// Opens the sending window all day, every day, holidays included.
bool openSendingWindowAllDay(Database *database);

// Demo data with `contacts` contacts and the window above; the demo audience is marked as
// collected by the party (own proof of consent), so campaign messages reach every contact.
bool loadDemoForSending(Database *database, int contacts);

// An approved campaign to the whole demo audience through `provider`, with the demo footer and
// sender id (and `election` when given); a campaign with id 0 on failure.
Campaign approvedDemoCampaign(Database *database, const QString &name, const QString &message,
                              const QString &provider = QStringLiteral("Sandbox (démo)"),
                              const QString &election = QString());

// The Sandbox's options and rate limit.
bool setSandboxOptions(Database *database, const QJsonObject &options, double ratePerSecond);

} // namespace SendingFixtures
