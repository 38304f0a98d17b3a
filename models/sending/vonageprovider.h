// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/httpsubmission.h"
#include "sending/provider.h"

#include <QCoreApplication>

class QNetworkReply;
class QNetworkRequest;

namespace Sending {

// Vonage's (Nexmo's) SMS API: one message per form POST to {endpoint}/sms/json, delivery
// receipts and inbound messages by webhook (GET or POST) under {callbackBase}/vonage/{id}/.
//
// Options: timeout_ms (per request, default 30000).
//
// Outcomes. Vonage answers HTTP 200 with one entry per part in "messages":
// - every part "0": Accepted (message-id of the first part, prices summed);
// - "1" throttled: Retry (Vonage took nothing);
// - "5" internal error: Unknown (Vonage cannot say whether it went out);
// - 2, 3, 6, 7, 12, 15, 29 and any other code: Failed;
// - 4 (bad credentials), 8 (account barred), 9 (no credit): Retry marked accountError — every
//   following message would be refused the same way, so the send engine pauses on them;
// - a multi-part reply where some parts are "0" and others not: Failed (the accepted parts
//   went out; resending would send them twice).
// HTTP 429 and 503 are Retry, 401 and 403 Retry marked accountError; other non-200 answers,
// timeouts and dropped connections after the request was written, and an unreadable 200 are Unknown
// (Vonage has no idempotency key).
class VonageProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VonageProvider)
public:
    VonageProvider(ProviderConfig config, QNetworkAccessManager *network,
                   QObject *parent = nullptr);
    ~VonageProvider() override;

    // nullptr with errorString when the API key or the API secret is missing.
    static std::unique_ptr<Provider> create(const ProviderConfig &config,
                                            QNetworkAccessManager *network, QString *errorString);

    Capabilities capabilities() const override;
    void submit(const QList<OutgoingMessage> &batch, SubmitCallback done) override;
    // GET {endpoint}/account/get-balance: checks the credentials, sends nothing.
    void testConnection(TestCallback done) override;
    // Delivery receipts on {callbackBase}/vonage/{id}/dlr (sent with each message) and inbound
    // messages on {callbackBase}/vonage/{id}/inbound (the number's webhook in Vonage's
    // dashboard); GET query, form POST or JSON POST.
    CallbackResult handleCallback(const CallbackRequest &request) override;

    static constexpr int defaultTimeoutMs = 30000;
    static constexpr int maxClientRefLength = 40;

    static DeliveryStatus deliveryStatus(const QString &vonageStatus);
    // Status codes meaning the account itself is refused: 4, 8, 9.
    static bool isAccountError(const QString &statusCode);
    // "0.03330000" (EUR) to millicents (3330); -1 when unreadable.
    static qint64 priceToMillicents(const QString &price);

    QUrl smsUrl() const;
    QUrl deliveryReceiptUrl(const QString &clientRef) const;
    QUrl inboundUrl() const;

private:
    QNetworkRequest request(const QUrl &url) const;
    SubmitResult readSubmitReply(QNetworkReply *reply) const;

    HttpSubmission m_http;
};

} // namespace Sending
