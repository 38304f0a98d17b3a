// SPDX-License-Identifier: GPL-3.0-or-later
#include "democonsentrequest.h"

#include "campaign/campaignstore.h"
#include "sending/outbox.h"
#include "sending/receipts.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace {
// The demo's draft consent request (resources/demo/demo.json).
const QString kCampaign = QStringLiteral("Démo — Demande de consentement");
constexpr int kMaxParts = 6;
} // namespace

QList<DemoConsentRequest::Reply> DemoConsentRequest::sampleReplies()
{
    return {
        {0, QStringLiteral("Oui")},
        {1, QStringLiteral("oui bien sûr")},
        {2, QStringLiteral("NON")},
        {3, QStringLiteral("STOP")},
        {4, QStringLiteral("Oui mais qui êtes-vous ?")},
        {5, QStringLiteral("Où avez-vous eu mon numéro ?")},
        {6, QStringLiteral("ok")},
        {7, QStringLiteral("Je ne vote pas en Alsace")},
        {8, QStringLiteral("non merci")},
        {9, QStringLiteral("Oui !")},
        {10, QStringLiteral("peut-être, envoyez le programme")},
        {11, QStringLiteral("d'accord")},
    };
}

bool DemoConsentRequest::reply(Database *database, const QString &phone, const QString &text,
                               QString *errorString)
{
    Sending::InboundMessage message;
    message.from = phone;
    message.text = text;
    message.at = QDateTime::currentDateTimeUtc();
    return Receipts(database).recordInbound(0, {message}, errorString);
}

DemoConsentRequest::Result DemoConsentRequest::run(Database *database, int contacts,
                                                   const QList<Reply> &replies)
{
    Result result;
    // Fake replies must never mix with real proof of consent.
    QSqlQuery query(database->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM consent_events")) || !query.next()
        || query.value(0).toLongLong() > 0) {
        result.errorString = tr("The consent ledger is not empty: the demo consent request "
                                "only plays on a fresh demo database.");
        return result;
    }
    query.finish();
    CampaignStore store(database);
    std::optional<Campaign> campaign = store.findByName(kCampaign);
    if (!campaign) {
        result.errorString = tr("The demo data has no consent request \"%1\".").arg(kCampaign);
        return result;
    }
    if (!store.setState(&*campaign, Campaign::State::Approved)
        || !store.setState(&*campaign, Campaign::State::Sending)) {
        result.errorString = store.errorString();
        return result;
    }
    result.campaignId = campaign->id;
    Outbox outbox(database);
    const Outbox::EnqueueResult queued = outbox.enqueue(*campaign, kMaxParts);
    if (!queued.ok) {
        result.errorString = queued.errorString;
        return result;
    }
    // As if sent at the next moment the sending window and the electoral silence allow.
    QDateTime at = Outbox::Window::load(database).nextOpening(QDateTime::currentDateTimeUtc());
    QDateTime silenceEnd;
    if (Outbox::isSilence(database, campaign->electionId, at, &silenceEnd))
        at = silenceEnd;
    while (result.asked.size() < contacts) {
        const Outbox::Claim claim = outbox.claim(campaign->id, contacts - int(result.asked.size()),
                                                 QStringLiteral("demo"), at);
        if (!claim.ok) {
            result.errorString = claim.errorString;
            return result;
        }
        if (claim.messages.isEmpty())
            break;
        QList<Sending::SubmitResult> accepted;
        for (const Sending::OutgoingMessage &message : claim.messages) {
            Sending::SubmitResult submitted;
            submitted.messageId = message.id;
            submitted.outcome = Sending::SubmitOutcome::Accepted;
            submitted.providerMessageId = QStringLiteral("SBX-") + message.clientRef;
            accepted.append(submitted);
            result.asked.append(message.phone);
        }
        if (!outbox.record(accepted, &result.errorString))
            return result;
    }
    if (!store.setState(&*campaign, Campaign::State::Paused)) {
        result.errorString = store.errorString();
        return result;
    }
    for (const Reply &r : replies) {
        if (r.contact >= 0 && r.contact < result.asked.size()
            && !reply(database, result.asked.at(r.contact), r.text, &result.errorString))
            return result;
    }
    result.ok = true;
    return result;
}
