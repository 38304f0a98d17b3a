// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sms/smsencoding.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QNetworkAccessManager;

// What the send engine, the callback listener and the provider adapters (Sandbox, Kannel,
// Twilio, Vonage, Octopush, SMSFactor) exchange. An adapter speaks one provider's wire format
// and nothing else: the outbox decides what to send and records what happened.
namespace Sending {

// One outbox row as a provider sends it.
struct OutgoingMessage
{
    qint64 id = 0; // messages.id
    qint64 campaignId = 0; // (campaign, phone) is unique in the outbox
    // messages.client_ref: our own id for this message, unique across the database. Adapters
    // put it wherever the provider echoes it back (callback URL, client-ref, gsmsmsid...).
    QString clientRef;
    QString phone; // E.164, "+33612345678"
    QString sender; // alphanumeric sender id or number
    QString body; // the final text, footer included
    Sms::Encoding encoding = Sms::Encoding::Gsm7; // decided by Tribune, never by the provider
    int parts = 1;
    // messages.provider_message_id when already known (reconciliation after a crash: an
    // adapter that cannot search by clientRef may still fetch the message by this id).
    QString providerMessageId;
};

enum class SubmitOutcome {
    Accepted, // the provider took the message (a delivery report may follow)
    Retry, // certainly not taken (429, 503 before acceptance, connection refused): resend later
    Failed, // refused for good (invalid number, barred, STOP...)
    Unknown, // may have been taken (timeout after the request left, dropped connection,
             // unreadable reply): never resend blindly
};

struct SubmitResult
{
    qint64 messageId = 0;
    SubmitOutcome outcome = SubmitOutcome::Unknown;
    QString providerMessageId;
    QString errorCode; // the provider's own code ("21610", "7", "403"...)
    QString errorText;
    bool optedOut = false; // the provider says the recipient objected (Twilio 21610...)
    int retryAfterMs = -1; // the provider's Retry-After, -1 when none
    qint64 costMc = -1; // price the provider reported, millicents; -1 when unknown
    // The provider refused the account, not this message (credentials refused, account
    // suspended, no credit left): the send engine stops until a human has fixed the account.
    // The outcome is then Retry and the attempt does not count against the message (Failed
    // only when part of the message went out before the refusal).
    bool accountError = false;
};

enum class DeliveryStatus { Accepted, Buffered, Delivered, Failed, Expired, Rejected, Unknown };

struct DeliveryReport
{
    QString clientRef; // ours, when the provider echoes it
    QString providerMessageId;
    // A report for one number of a batch (Kannel: several `to` in one request, one callback
    // URL) names its message by (campaign, phone) instead of clientRef.
    qint64 campaignId = 0;
    QString phone; // E.164
    DeliveryStatus status = DeliveryStatus::Unknown;
    QString errorCode;
    QDateTime at;
    QByteArray raw; // the request as received, for the delivery_reports table
};

struct InboundMessage
{
    QString from; // E.164
    QString to;
    QString text;
    QString providerMessageId;
    QDateTime at;
    bool stop = false; // the provider itself reports an opt-out (Octopush, SMSFactor STOP hooks)
    QByteArray raw;
};

// An HTTP request received by the callback listener, independent of the HTTP server used.
struct CallbackRequest
{
    QByteArray method; // "GET", "POST"
    QUrl url; // as the provider called it, with the query
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QUrlQuery query() const { return QUrlQuery(url); }
    // application/x-www-form-urlencoded body, '+' read as space.
    QUrlQuery form() const;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct CallbackResult
{
    bool handled = false; // the request was meant for this provider
    int status = 200; // HTTP status to answer
    QByteArray responseBody;
    QString errorString; // why a request meant for us was refused (bad signature...)
    QList<DeliveryReport> reports;
    QList<InboundMessage> inbound;
};

struct Capabilities
{
    int maxBatch = 1; // messages per request
    bool batchNeedsSameText = false; // a batch carries one text for many numbers (Kannel `to`)
    bool callbacks = false; // delivery reports / replies by HTTP callback
    bool polling = false; // delivery reports / replies can be fetched
    bool lookupByClientRef = false; // can tell after a crash whether a message was taken
    bool dryRun = false; // has a harmless test call
};

// A configured provider (providers table) with its secret from the OS keychain.
struct ProviderConfig
{
    qint64 id = 0;
    QString name;
    QString kind; // sandbox, kannel, twilio, vonage, octopush, smsfactor
    QUrl endpoint; // https required except on loopback
    QString senderId;
    double ratePerSecond = 10;
    int maxParts = 6;
    QJsonObject options; // kind-specific (Sandbox rates, Octopush type/purpose...)
    QString account; // user name / account SID / API key / login, not secret
    QString secret; // password / auth token / API secret, from the keychain; never logged
    QUrl callbackBase; // where the local callback listener is reachable, if any
};

// One provider adapter. Lives in the send engine's thread; every callback is called exactly
// once, in that thread.
class Provider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Provider)
public:
    using SubmitCallback = std::function<void(const QList<SubmitResult> &)>;
    using TestCallback = std::function<void(bool ok, const QString &message)>;
    using LookupCallback = std::function<void(const SubmitResult &)>;
    using PollCallback = std::function<void()>;

    explicit Provider(ProviderConfig config, QObject *parent = nullptr);
    ~Provider() override;

    const ProviderConfig &config() const { return m_config; }
    virtual Capabilities capabilities() const = 0;

    // Sends one batch (at most capabilities().maxBatch messages; the same text when
    // batchNeedsSameText). `done` gets one result per message, in any order.
    virtual void submit(const QList<OutgoingMessage> &batch, SubmitCallback done) = 0;
    // A harmless call checking the endpoint and the credentials (dry run, account info).
    virtual void testConnection(TestCallback done) = 0;
    // Reads a callback request; `handled` false when it is not this provider's.
    virtual CallbackResult handleCallback(const CallbackRequest &request);
    // After a crash: whether a message found in "submitting" was taken. Without
    // lookupByClientRef the answer is Unknown (a human decides).
    virtual void lookup(const OutgoingMessage &message, LookupCallback done);
    // With capabilities().polling: asks the provider where each accepted message (named by its
    // providerMessageId) stands, emits what it learnt through deliveryReports(), then calls
    // `done` once. Messages the provider cannot tell about are left out.
    virtual void poll(const QList<OutgoingMessage> &messages, PollCallback done);

    // The adapter for config.kind, using `network` for HTTP; nullptr with errorString for an
    // unknown kind or an endpoint that is not HTTPS outside loopback.
    static std::unique_ptr<Provider> create(const ProviderConfig &config,
                                            QNetworkAccessManager *network, QString *errorString);
    // https, or http on 127.0.0.0/8, ::1 or localhost.
    static bool isAllowedEndpoint(const QUrl &url);

    // The endpoint with `suffix` appended to its path ("https://api.example/v1" + "/send").
    QUrl endpointUrl(const QString &suffix) const;
    // Where the callback listener takes this provider's `leaf` callbacks: callbackBase +
    // "/<kind>/<provider id>/<leaf>", with "?ref=<clientRef>" when given; an empty URL when no
    // listener address is configured.
    QUrl callbackUrl(const QString &leaf, const QString &clientRef = QString()) const;
    // The path of callbackUrl(leaf), to recognise a callback request.
    QString callbackPath(const QString &leaf) const;

Q_SIGNALS:
    // Reports and replies that did not come through the callback listener (Sandbox, polling).
    void deliveryReports(const QList<Sending::DeliveryReport> &reports);
    void inboundMessages(const QList<Sending::InboundMessage> &messages);

private:
    ProviderConfig m_config;
};

} // namespace Sending
