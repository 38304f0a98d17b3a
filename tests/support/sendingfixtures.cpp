// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendingfixtures.h"

#include "campaign/campaignstore.h"
#include "consent/consentledger.h"
#include "demo/demodataloader.h"
#include "sending/outbox.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace SendingFixtures {

bool openSendingWindowAllDay(Database *database)
{
    Outbox::Window always;
    always.startMinute = 0;
    always.endMinute = 1440;
    always.days = QStringLiteral("1234567");
    always.skipHolidays = false;
    return always.save(database, QStringLiteral("test"));
}

bool loadDemoForSending(Database *database, int contacts)
{
    DemoDataLoader::Options options;
    options.contacts = contacts;
    if (!DemoDataLoader(database).load(options).ok || !openSendingWindowAllDay(database))
        return false;
    // These tests are about sending: campaign messages may go to every demo contact, as to an
    // audience the party collected itself. The consent gate has its own tests.
    const qint64 audienceId =
        CampaignStore(database).audienceId(QStringLiteral("Démo — Fichier loué Alsace-Moselle"));
    return Consent::Ledger(database).setOwnProof(
        audienceId, QStringLiteral("Test fixture: consent proven out of band"),
        QStringLiteral("test"));
}

Campaign approvedDemoCampaign(Database *database, const QString &name, const QString &message,
                              const QString &provider, const QString &election)
{
    CampaignStore store(database);
    Campaign c;
    c.name = name;
    c.audienceId = store.audienceId(QStringLiteral("Démo — Fichier loué Alsace-Moselle"));
    c.message = message;
    c.footer = QStringLiteral("Camille Martin 2027 - STOP au 36105");
    c.senderId = QStringLiteral("CMartin2027");
    if (!election.isEmpty())
        c.electionId = store.electionId(election);
    c.providerId = store.providerId(provider);
    if (!store.create(&c) || !store.setState(&c, Campaign::State::Approved))
        return {};
    return c;
}

bool setSandboxOptions(Database *database, const QJsonObject &options, double ratePerSecond)
{
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral("UPDATE providers SET options = ?, rate_limit_per_second = ? "
                                 "WHERE kind = 'sandbox'"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)));
    query.addBindValue(ratePerSecond);
    return query.exec();
}

} // namespace SendingFixtures
