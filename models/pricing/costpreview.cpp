// SPDX-License-Identifier: GPL-3.0-or-later
#include "costpreview.h"

#include "campaign/campaign.h"
#include "consent/consentledger.h"
#include "pricing/priceplanstore.h"
#include "sms/smsencoding.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>
#include <utility>

namespace {

// x at a rate in basis points, rounded to the nearest whole (x >= 0).
qint64 atRate(qint64 x, int basisPoints)
{
    return (x * basisPoints + 5000) / 10000;
}

QString gsmSafe(const QString &text)
{
    return Sms::applyRewrites(text, Sms::gsmSafeRewrites(text));
}

} // namespace

CostPreview CostPreview::compute(Database *database, const Request &request,
                                 const std::atomic_bool *cancel, const Progress &progress)
{
    CostPreview preview;
    QElapsedTimer timer;
    timer.start();
    preview.plan = request.plan;
    const auto failed = [&preview](const CampaignPreview &pass) {
        preview.cancelled = pass.cancelled;
        preview.errorString = pass.errorString;
        return preview;
    };

    preview.rewrittenMessage = gsmSafe(request.message);
    preview.rewrittenFooter = gsmSafe(request.footer);
    preview.rewriteAvailable =
        preview.rewrittenMessage != request.message || preview.rewrittenFooter != request.footer;
    QList<CampaignPreview::Message> messages {{request.message, request.footer}};
    if (preview.rewriteAvailable)
        messages.append({preview.rewrittenMessage, preview.rewrittenFooter});
    const QList<CampaignPreview> previews = CampaignPreview::computeEach(
        database, request.audienceId, request.segment, request.purpose, messages, cancel, progress);
    preview.message = previews.constFirst();
    if (!preview.message.ok)
        return failed(preview.message);
    preview.cost = request.plan.cost(preview.message.gsm7Parts, preview.message.ucs2Parts);
    if (preview.rewriteAvailable) {
        preview.rewritten = previews.at(1);
        preview.rewrittenCost =
            request.plan.cost(preview.rewritten.gsm7Parts, preview.rewritten.ucs2Parts);
    } else {
        preview.rewrittenMessage = request.message;
        preview.rewrittenFooter = request.footer;
    }

    Forecast &forecast = preview.forecast;
    if (!request.forecast) {
        forecast.unavailableReason = tr("No forecast was asked for.");
    } else if (request.purpose != Consent::Purpose::Campaign) {
        forecast.unavailableReason = tr("This message is the consent request itself.");
    } else if (!Consent::Gate::isGated(database, request.audienceId)) {
        forecast.unavailableReason =
            tr("Campaign messages to this audience need no consent request first.");
    } else if (request.consentRequest.text.trimmed().isEmpty()) {
        forecast.unavailableReason =
            tr("There is no consent request to price: write one for this audience first.");
    } else {
        Consent::Ledger ledger(database);
        const std::optional<Consent::Ledger::Funnel> funnel =
            ledger.funnel(request.audienceId, Consent::Settings::load(database).expiryDays);
        if (!funnel) {
            preview.errorString = ledger.errorString();
            return preview;
        }
        forecast.historyGranted = funnel->granted;
        forecast.historyAnswered =
            funnel->granted + funnel->refused + funnel->optedOut + funnel->expired;
        if (request.consentRateBasisPoints >= 0) {
            forecast.rateBasisPoints = qMin(request.consentRateBasisPoints, 10000);
        } else if (forecast.historyAnswered >= MinimumConsentHistory) {
            forecast.rateBasisPoints =
                int((forecast.historyGranted * 10000 + forecast.historyAnswered / 2)
                    / forecast.historyAnswered);
            forecast.rateFromHistory = true;
        } else {
            forecast.rateBasisPoints = DefaultConsentRateBasisPoints;
        }
        // The never-asked numbers of the segment, each rendered twice (three times with a
        // rewrite): the consent request they get now, the campaign message they get if they
        // agree.
        const qint64 before = preview.message.recipients;
        QList<CampaignPreview::Message> toAsk {request.consentRequest};
        toAsk.append(messages);
        const QList<CampaignPreview> asked = CampaignPreview::computeEach(
            database, request.audienceId, request.segment, Consent::Purpose::ConsentRequest, toAsk,
            cancel, [&progress, before](qint64 done) {
                if (progress)
                    progress(before + done);
            });
        if (!asked.constFirst().ok)
            return failed(asked.constFirst());
        forecast.consentRequest = asked.at(0);
        forecast.consentCost =
            request.plan.cost(forecast.consentRequest.gsm7Parts, forecast.consentRequest.ucs2Parts);
        const int rate = forecast.rateBasisPoints;
        // Parts of the campaign message: to those who agreed already, and to the never-asked
        // at the rate.
        const auto atRateParts = [rate](const CampaignPreview &granted,
                                        const CampaignPreview &agreeing) {
            return std::make_pair(granted.gsm7Parts + atRate(agreeing.gsm7Parts, rate),
                                  granted.ucs2Parts + atRate(agreeing.ucs2Parts, rate));
        };
        std::tie(forecast.campaignGsm7Parts, forecast.campaignUcs2Parts) =
            atRateParts(preview.message, asked.at(1));
        forecast.campaignRecipients =
            preview.message.recipients + atRate(asked.at(1).recipients, rate);
        forecast.campaignCost =
            request.plan.cost(forecast.campaignGsm7Parts, forecast.campaignUcs2Parts);
        forecast.total = forecast.consentCost + forecast.campaignCost;
        if (preview.rewriteAvailable) {
            const auto [gsm7, ucs2] = atRateParts(preview.rewritten, asked.at(2));
            forecast.rewriteSavings = forecast.campaignCost - request.plan.cost(gsm7, ucs2);
        }
        forecast.available = true;
    }
    preview.ok = true;
    preview.seconds = double(timer.nsecsElapsed()) / 1e9;
    return preview;
}

std::optional<CostPreview::Request>
CostPreview::request(Database *database, const Campaign &campaign, QString *errorString)
{
    if (!campaign.segmentError.isEmpty()) {
        *errorString =
            tr("The segment of this campaign cannot be read: %1").arg(campaign.segmentError);
        return std::nullopt;
    }
    Request request;
    request.audienceId = campaign.audienceId;
    request.segment = campaign.segment;
    request.purpose = campaign.consentPurpose();
    request.message = campaign.message;
    request.footer = campaign.footer;
    if (campaign.providerId > 0) {
        PricePlanStore plans(database);
        const std::optional<PricePlan> plan = plans.forProvider(campaign.providerId);
        if (!plans.errorString().isEmpty()) {
            *errorString = plans.errorString();
            return std::nullopt;
        }
        if (plan)
            request.plan = *plan;
    }
    if (request.purpose == Consent::Purpose::Campaign) {
        if (const auto consent = consentRequestFor(database, campaign.audienceId, campaign.footer))
            request.consentRequest = *consent;
    }
    return request;
}

std::optional<CampaignPreview::Message>
CostPreview::consentRequestFor(Database *database, qint64 audienceId, const QString &footer)
{
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral("SELECT message, footer FROM campaigns WHERE audience_id = ? "
                                 "AND kind = 'consent_request' ORDER BY id DESC LIMIT 1"));
    query.addBindValue(audienceId);
    if (query.exec() && query.next())
        return CampaignPreview::Message {query.value(0).toString(), query.value(1).toString()};
    if (query.exec(QStringLiteral("SELECT body FROM templates WHERE kind = 'consent_request' "
                                  "ORDER BY updated_at DESC, id DESC LIMIT 1"))
        && query.next())
        return CampaignPreview::Message {query.value(0).toString(), footer};
    return std::nullopt;
}
