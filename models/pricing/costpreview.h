// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/segment.h"
#include "campaign/campaignpreview.h"
#include "consent/consentgate.h"
#include "pricing/priceplan.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <optional>

class Database;
struct Campaign;

// What a campaign will cost before it is sent: every recipient's message rendered and measured
// (CampaignPreview), priced with the provider's plan (min / expected / max, VAT apart); what a
// GSM-safe rewrite of the text would save; and, for a campaign message to an audience under the
// consent gate, the consent-first forecast: the consent request to the segment's never-asked
// numbers, then the campaign message to those expected to agree. Runs in the calling thread
// (a worker thread from the GUI), cancellable, with progress.
struct CostPreview
{
    Q_DECLARE_TR_FUNCTIONS(CostPreview)
public:
    // Without history (fewer than MinimumConsentHistory numbers of the audience answered or
    // expired), the forecast assumes that one number asked in ten agrees.
    static constexpr int DefaultConsentRateBasisPoints = 1000;
    static constexpr qint64 MinimumConsentHistory = 20;

    struct Request
    {
        qint64 audienceId = 0;
        Segment segment;
        Consent::Purpose purpose = Consent::Purpose::Campaign;
        QString message;
        QString footer;
        PricePlan plan = PricePlan::fallback();
        // The forecast: the consent request that goes first (no forecast without one), and the
        // share of the numbers asked that agree, in basis points (-1: the audience's observed
        // rate, see Forecast::rateFromHistory).
        bool forecast = true;
        CampaignPreview::Message consentRequest;
        int consentRateBasisPoints = -1;
    };

    struct Forecast
    {
        bool available = false;
        QString unavailableReason; // translated, when not available
        CampaignPreview consentRequest; // the consent request to the never-asked numbers
        PricePlan::Cost consentCost;
        int rateBasisPoints = 0; // share of the asked expected to agree
        bool rateFromHistory = false; // else given, or the default
        // The audience's consent history: numbers that agreed, and all that answered or
        // expired (granted + refused + opted out + expired).
        qint64 historyGranted = 0;
        qint64 historyAnswered = 0;
        // The campaign message after the consent request: to the numbers that agreed already
        // and to the never-asked ones at the rate.
        qint64 campaignRecipients = 0;
        qint64 campaignGsm7Parts = 0;
        qint64 campaignUcs2Parts = 0;
        PricePlan::Cost campaignCost;
        PricePlan::Cost total; // consent request + campaign message
        // What the GSM-safe rewrite would save on that campaign message (nothing without one).
        PricePlan::Cost rewriteSavings;
    };

    CampaignPreview message; // recipients, parts, encodings of the message itself
    PricePlan plan;
    PricePlan::Cost cost;
    // The message and footer with every non-GSM character that has a GSM-safe replacement
    // replaced (Sms::gsmSafeRewrites; recipients' own values, such as names, are left as they
    // are), and what it would take. Without such characters: not available, saving nothing.
    bool rewriteAvailable = false;
    QString rewrittenMessage;
    QString rewrittenFooter;
    CampaignPreview rewritten;
    PricePlan::Cost rewrittenCost;
    PricePlan::Cost savings() const
    {
        return rewriteAvailable ? cost - rewrittenCost : PricePlan::Cost();
    }
    Forecast forecast;

    bool ok = false;
    bool cancelled = false;
    QString errorString;
    double seconds = 0;

    using Progress = CampaignPreview::Progress; // recipients rendered so far, all passes
    static CostPreview compute(Database *database, const Request &request,
                               const std::atomic_bool *cancel = nullptr,
                               const Progress &progress = {});

    // The request for a stored campaign: its audience, segment, purpose, message and footer,
    // its provider's price plan (PricePlan::fallback() without one) and, for a campaign
    // message, the consent request of its audience (consentRequestFor()). Nullopt with
    // *errorString when the plan cannot be read or the segment is unreadable.
    static std::optional<Request> request(Database *database, const Campaign &campaign,
                                          QString *errorString);
    // The consent request that goes first to an audience: the latest consent request campaign
    // of that audience (its message and footer), else the latest consent request template with
    // `footer`; nullopt when there is neither.
    static std::optional<CampaignPreview::Message>
    consentRequestFor(Database *database, qint64 audienceId, const QString &footer);
};
