// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;
struct Campaign;

namespace Consent {

// What a consent request must say (CNIL's first message; GDPR art. 14 and 21) before it may be
// approved: who writes (the footer names the party or candidate), why (political messages of a
// campaign), where the number comes from (the broker of a rented file), how to answer (OUI /
// NON), how to object (STOP), and no template placeholder left unfilled ("[candidat]").
// Checked on the text every recipient gets before merge fields (message and footer), ignoring
// case and accents.
class RequestCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRequestCheck)
public:
    struct Item
    {
        QString key; // identity, purpose, source, answer, objection, placeholders
        bool passed = false;
        QString explanation; // translated: what is checked, and how to fix it when it fails
    };

    // `broker`: the audience's broker; empty with `rented` true fails the source check.
    static QList<Item> check(const QString &message, const QString &footer, const QString &broker,
                             bool rented);
    // The same for a campaign, reading its audience.
    static QList<Item> check(Database *database, const Campaign &campaign);
    // The failures joined in one message; empty when everything passes.
    static QString failures(const QList<Item> &items);
};

} // namespace Consent
