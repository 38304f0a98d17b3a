// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/httpsubmission.h"
#include "sending/provider.h"

#include <QCoreApplication>

class QNetworkReply;
class QNetworkRequest;

namespace Sending {

// SMSFactor's JSON API: one text for up to 500 numbers per POST to {endpoint}/send, each
// number carrying our client reference as gsmsmsid (echoed as message_id in delivery reports);
// webhooks for reports, replies and STOPs under {callbackBase}/smsfactor/{id}/.
//
// Options: pushtype (alert, default, or marketing — SMSFactor only sends marketing 8h–20h
// Monday to Saturday), timeout_ms (default 30000).
//
// Outcomes: {"status":1} with every number sent is Accepted for all. Status 1 with none sent
// is Failed for all (opted out when they were all blacklisted); with some sent and some not,
// the answer only gives counts, not which ones, so all are Unknown (their reports settle the
// sent ones; the rest wait for a human). HTTP 401, 402 and 403, and SMSFactor's status -1
// (authentication error) and -3 (not enough credits) are Retry marked accountError: the send
// engine pauses. Any other status is Failed with SMSFactor's message.
// HTTP 429, 503 and 408, and requests that never left, are Retry; other 5xx, timeouts and dropped
// connections after the request left, and an unreadable answer are Unknown (SMSFactor has no
// idempotency key).
class SmsFactorProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmsFactorProvider)
public:
    SmsFactorProvider(ProviderConfig config, QNetworkAccessManager *network,
                      QObject *parent = nullptr);
    ~SmsFactorProvider() override;

    // nullptr with errorString when the API token is missing.
    static std::unique_ptr<Provider> create(const ProviderConfig &config,
                                            QNetworkAccessManager *network, QString *errorString);

    Capabilities capabilities() const override;
    void submit(const QList<OutgoingMessage> &batch, SubmitCallback done) override;
    // The same request to {endpoint}/send/simulate with one number: sends nothing.
    void testConnection(TestCallback done) override;
    // {callbackBase}/smsfactor/{id}/dlr, .../mo and .../stop (the URLs to set in SMSFactor's
    // account), GET query, form or JSON POST; a STOP becomes an InboundMessage with stop set.
    CallbackResult handleCallback(const CallbackRequest &request) override;

    static constexpr int maxBatch = 500;
    static constexpr int defaultTimeoutMs = 30000;

    // SMSFactor's report status 0..12.
    static DeliveryStatus deliveryStatus(int status);
    // SMSFactor's answer status about the account rather than the messages: -1 (authentication
    // error), -3 (not enough credits).
    static bool isAccountError(const QString &apiStatus);

    QUrl sendUrl(bool simulate = false) const;

private:
    QNetworkReply *post(const QUrl &url, const QJsonObject &body);
    QJsonObject requestBody(const QList<OutgoingMessage> &batch) const;
    QList<SubmitResult> readSubmitReply(QNetworkReply *reply,
                                        const QList<OutgoingMessage> &batch) const;

    HttpSubmission m_http;
};

} // namespace Sending
