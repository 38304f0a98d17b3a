// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/httpsubmission.h"
#include "sending/provider.h"

#include <QCoreApplication>

class QNetworkReply;
class QNetworkRequest;

namespace Sending {

// Octopush's SMS campaign API (v1): up to 500 numbers with the same text per JSON POST to
// {endpoint}/v1/public/sms-campaign/send, delivery reports, replies and STOPs by webhook under
// {callbackBase}/octopush/{id}/.
//
// Options: type (sms_premium, default, or sms_low_cost), purpose (alert, default, or
// wholesale — Octopush then appends "STOP au XXXXX" itself when the text has none, which can
// add a part), with_replies (false by default), timeout_ms (default 30000).
//
// Each request carries request_id, derived from the batch's client references (sorted), which
// Octopush uses to refuse the same request twice within 24 hours. That guard only helps if
// exactly the same batch is sent again — the send engine re-batches retried messages with
// others, so a resent message would get another request_id. Hence, as for the other adapters,
// only what Octopush certainly did not take is Retry (the request never left, 429, 503, 408);
// timeouts and dropped connections after the request was written, other 5xx and an unreadable
// 2xx are Unknown for the whole batch. 401, 402 and 403 (login or API key refused, no credit)
// are Retry marked accountError: the send engine pauses. Other 4xx refuse the whole batch
// (Failed).
//
// Octopush names the message in its reports by the campaign's sms_ticket and the number, so
// each message's provider id is "<sms_ticket>/<+E.164 number>", rebuilt the same way from each
// report. A 2xx counting fewer contacts than the batch (numbers Octopush removed) is still
// Accepted for all: Octopush reports the removed ones (BAD_DESTINATION, BLACKLISTED_NUMBER).
class OctopushProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OctopushProvider)
public:
    OctopushProvider(ProviderConfig config, QNetworkAccessManager *network,
                     QObject *parent = nullptr);
    ~OctopushProvider() override;

    // nullptr with errorString when the login or the API key is missing.
    static std::unique_ptr<Provider> create(const ProviderConfig &config,
                                            QNetworkAccessManager *network, QString *errorString);

    Capabilities capabilities() const override;
    void submit(const QList<OutgoingMessage> &batch, SubmitCallback done) override;
    // The same call in simulation_mode with one recipient: checks the credentials and the
    // sender, sends nothing.
    void testConnection(TestCallback done) override;
    // POST JSON on {callbackBase}/octopush/{id}/dlr, .../inbound and .../stop (the URLs to set
    // in Octopush's account); a STOP becomes an InboundMessage with stop set.
    CallbackResult handleCallback(const CallbackRequest &request) override;

    static constexpr int maxBatch = 500;
    static constexpr int defaultTimeoutMs = 30000;

    // Stable for a set of client references, whatever their order.
    static QString requestId(const QList<OutgoingMessage> &batch);
    static DeliveryStatus deliveryStatus(const QString &octopushStatus);
    // "+33612345678", "33612345678", "0033612345678" or "0612345678" to E.164.
    static QString e164(const QString &number);
    static QString providerMessageId(const QString &ticket, const QString &phone);

    QUrl sendUrl() const;

private:
    QNetworkRequest request() const;
    QNetworkReply *post(const QJsonObject &body);
    QList<SubmitResult> readSubmitReply(QNetworkReply *reply,
                                        const QList<OutgoingMessage> &batch) const;

    HttpSubmission m_http;
};

} // namespace Sending
