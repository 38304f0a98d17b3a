// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/httpsubmission.h"
#include "sending/provider.h"

#include <QCoreApplication>
#include <QPointer>

class QNetworkReply;
class QNetworkRequest;

namespace Sending {

// Twilio's Programmable Messaging API (2010-04-01): one message per request, status callbacks
// and inbound messages signed with X-Twilio-Signature.
//
// Options (ProviderConfig::options): messaging_service_sid (sent instead of From),
// validity_period (seconds), timeout_ms (per request, default 30000).
//
// What may be resent (SubmitOutcome::Retry) is only what Twilio certainly did not take:
// - the request never left (connection refused, host not found, TLS failure, timeout before
//   the request was written);
// - 429 or Twilio error 20429 (too many requests: refused before processing);
// - 401 or 403, and Twilio errors 20003 (authentication), 20005 and 10001 (account not active):
//   refused before processing and marked accountError, so that the send engine pauses;
// - 503 (Service Unavailable: by definition the request was not handled).
// Every other 5xx (500, 502, 504...) is Unknown: Twilio creates the message before it answers
// and a 500 or a gateway error can come after the message was created — resending could send
// it twice, and Twilio has no idempotency key for the Messages API. Timeouts and dropped
// connections after the request was written, and a 2xx whose JSON cannot be read, are Unknown
// too. Other 4xx are Failed (Twilio never creates a message it answers 4xx to); 21610 (the
// recipient replied STOP) also sets optedOut.
//
// Polling: GET .../Messages/{MessageSid}.json tells where an accepted message stands (for a
// desktop without a public callback address).
class TwilioProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TwilioProvider)
public:
    TwilioProvider(ProviderConfig config, QNetworkAccessManager *network,
                   QObject *parent = nullptr);
    ~TwilioProvider() override;

    // The adapter, or nullptr with errorString when the Account SID or the auth token is
    // missing (every request would be refused).
    static std::unique_ptr<Provider> create(const ProviderConfig &config,
                                            QNetworkAccessManager *network, QString *errorString);

    Capabilities capabilities() const override;
    void submit(const QList<OutgoingMessage> &batch, SubmitCallback done) override;
    void testConnection(TestCallback done) override;
    // Status callbacks on {callbackBase}/twilio/{provider id}/status?ref={clientRef} and incoming
    // messages on {callbackBase}/twilio/{provider id}/inbound (the number's webhook in Twilio's
    // console); both refused with 403 when X-Twilio-Signature does not match.
    CallbackResult handleCallback(const CallbackRequest &request) override;
    // Twilio cannot be searched by our client reference: with the provider's message id (a
    // message accepted but not yet recorded as such) the message is fetched, otherwise Unknown.
    void lookup(const OutgoingMessage &message, LookupCallback done) override;
    // One GET per message with a providerMessageId; the statuses read become delivery reports.
    void poll(const QList<OutgoingMessage> &messages, PollCallback done) override;

    static constexpr int defaultTimeoutMs = 30000;

    // base64(HMAC-SHA1(authToken, url + each parameter's name and value sorted by name)).
    static QByteArray signature(const QString &authToken, const QString &url,
                                const QList<QPair<QString, QString>> &parameters);
    // Maps a Twilio message status (queued, sent, delivered, undelivered...).
    static DeliveryStatus deliveryStatus(const QString &twilioStatus);
    // Twilio's "-0.07580" in currency units to millicents (7580), -1 when absent or unreadable.
    static qint64 priceToMillicents(const QJsonValue &price);
    // Twilio error codes about the account rather than the message (20003, 20005, 10001).
    static bool isAccountError(const QString &code);

    QUrl messagesUrl() const;
    // .../Messages/{sid}.json
    QUrl messageUrl(const QString &sid) const;
    QUrl accountUrl() const;
    QUrl statusCallbackUrl(const QString &clientRef) const;
    QUrl inboundUrl() const;

private:
    QNetworkRequest request(const QUrl &url) const;
    SubmitResult readSubmitReply(QNetworkReply *reply) const;
    bool verifySignature(const CallbackRequest &request,
                         const QList<QPair<QString, QString>> &parameters) const;

    HttpSubmission m_http;
};

} // namespace Sending
