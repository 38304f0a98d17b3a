// SPDX-License-Identifier: GPL-3.0-or-later
#include "twilioprovider.h"

#include "core/tribuneversion.h"
#include "sending/httpsubmission.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cmath>
#include <memory>

namespace Sending {

namespace {

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    // Percent-encode everything but the unreserved characters: a '+' left as is (as QUrlQuery
    // does) would reach Twilio as a space, and "+33612345678" as " 33612345678".
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QString jsonText(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

TwilioProvider::TwilioProvider(ProviderConfig config, QNetworkAccessManager *network,
                               QObject *parent)
    : Provider(std::move(config), parent)
    , m_http(this, network)
{ }

std::unique_ptr<Provider> TwilioProvider::create(const ProviderConfig &config,
                                                 QNetworkAccessManager *network,
                                                 QString *errorString)
{
    if (config.account.isEmpty() || config.secret.isEmpty()) {
        *errorString = tr("The Twilio provider \"%1\" needs its Account SID and its auth token "
                          "(stored in the system keychain).")
                           .arg(config.name);
        return nullptr;
    }
    return std::make_unique<TwilioProvider>(config, network);
}

TwilioProvider::~TwilioProvider() = default;

Capabilities TwilioProvider::capabilities() const
{
    Capabilities c;
    c.maxBatch = 1;
    c.callbacks = true;
    c.polling = true; // GET .../Messages/{sid}.json
    c.lookupByClientRef = false;
    c.dryRun = true; // testConnection reads the account, sends nothing
    return c;
}

QUrl TwilioProvider::accountUrl() const
{
    return endpointUrl(QStringLiteral("/2010-04-01/Accounts/%1.json").arg(config().account));
}

QUrl TwilioProvider::messagesUrl() const
{
    QUrl url = accountUrl();
    QString path = url.path();
    path.chop(5); // ".json"
    url.setPath(path + QStringLiteral("/Messages.json"));
    return url;
}

QUrl TwilioProvider::messageUrl(const QString &sid) const
{
    QUrl url = messagesUrl();
    QString path = url.path();
    path.chop(5); // ".json"
    url.setPath(path + QLatin1Char('/') + sid + QStringLiteral(".json"));
    return url;
}

QUrl TwilioProvider::statusCallbackUrl(const QString &clientRef) const
{
    return callbackUrl(QStringLiteral("status"),
                       clientRef.isNull() ? QStringLiteral("") : clientRef);
}

QUrl TwilioProvider::inboundUrl() const
{
    return callbackUrl(QStringLiteral("inbound"));
}

QNetworkRequest TwilioProvider::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader(
        "Authorization",
        "Basic " + (config().account + QLatin1Char(':') + config().secret).toUtf8().toBase64());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Tribune/" TRIBUNE_VERSION));
    // A redirected POST could be sent a second time somewhere else: never follow.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    const int timeout = config().options.value(QStringLiteral("timeout_ms")).toInt(0);
    request.setTransferTimeout(timeout > 0 ? timeout : defaultTimeoutMs);
    return request;
}

void TwilioProvider::submit(const QList<OutgoingMessage> &batch, SubmitCallback done)
{
    if (batch.isEmpty()) {
        done({});
        return;
    }
    // One request per message (maxBatch is 1, but a longer batch still works).
    struct State
    {
        QList<SubmitResult> results;
        qsizetype remaining = 0;
        SubmitCallback done;
    };
    auto state = std::make_shared<State>();
    state->remaining = batch.size();
    state->done = std::move(done);

    const QString service =
        config().options.value(QStringLiteral("messaging_service_sid")).toString();
    const int validity = config().options.value(QStringLiteral("validity_period")).toInt(0);
    for (const OutgoingMessage &message : batch) {
        QList<QPair<QString, QString>> fields;
        fields.append({QStringLiteral("To"), message.phone});
        const QString from = message.sender.isEmpty() ? config().senderId : message.sender;
        if (!service.isEmpty())
            fields.append({QStringLiteral("MessagingServiceSid"), service});
        if (!from.isEmpty())
            fields.append({QStringLiteral("From"), from});
        fields.append({QStringLiteral("Body"), message.body});
        const QUrl callback = statusCallbackUrl(message.clientRef);
        if (callback.isValid())
            fields.append(
                {QStringLiteral("StatusCallback"), callback.toString(QUrl::FullyEncoded)});
        if (validity > 0)
            fields.append({QStringLiteral("ValidityPeriod"), QString::number(validity)});

        QNetworkRequest req = request(messagesUrl());
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
        const qint64 messageId = message.id;
        m_http.onFinished(m_http.post(req, formBody(fields)),
                          [this, messageId, state](QNetworkReply *reply) {
                              SubmitResult result = readSubmitReply(reply);
                              result.messageId = messageId;
                              state->results.append(result);
                              if (--state->remaining == 0)
                                  state->done(state->results);
                          });
    }
}

SubmitResult TwilioProvider::readSubmitReply(QNetworkReply *reply) const
{
    SubmitResult result;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return HttpSubmission::networkFailure(reply); // no HTTP answer at all
    const int status = statusAttribute.toInt();
    const QByteArray body = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject json = document.object();
    const bool readable = parseError.error == QJsonParseError::NoError && document.isObject();
    const bool complete = reply->error() == QNetworkReply::NoError
        || (status >= 400 && reply->error() != QNetworkReply::RemoteHostClosedError);

    if (status >= 200 && status < 300) {
        const QString sid = json.value(QStringLiteral("sid")).toString();
        if (!readable || !complete || sid.isEmpty()) {
            // Twilio answered "created" (or so it seems) and we cannot tell the message id:
            // the message was most likely taken, and must not be sent again blindly.
            result.outcome = SubmitOutcome::Unknown;
            result.errorCode = QString::number(status);
            result.errorText =
                TwilioProvider::tr("Twilio's answer could not be read (HTTP %1): %2")
                    .arg(status)
                    .arg(reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                  : parseError.errorString());
            return result;
        }
        result.outcome = SubmitOutcome::Accepted;
        result.providerMessageId = sid;
        result.costMc = priceToMillicents(json.value(QStringLiteral("price")));
        return result;
    }

    const QString code = readable ? jsonText(json, QStringLiteral("code")) : QString();
    result.errorCode = code.isEmpty() ? QString::number(status) : code;
    result.errorText = readable ? json.value(QStringLiteral("message")).toString() : QString();
    if (result.errorText.isEmpty())
        result.errorText = TwilioProvider::tr("Twilio answered HTTP %1.").arg(status);

    if (status == 429 || code == QLatin1String("20429")) {
        result.outcome = SubmitOutcome::Retry;
        result.retryAfterMs = HttpSubmission::retryAfterMs(reply);
    } else if (status == 503) {
        result.outcome = SubmitOutcome::Retry;
        result.retryAfterMs = HttpSubmission::retryAfterMs(reply);
    } else if (status == 401 || status == 403 || isAccountError(code)) {
        // The credentials or the account refused before anything was created: the same answer
        // awaits every other message.
        result.outcome = SubmitOutcome::Retry;
        result.accountError = true;
    } else if (status == 408 || (status >= 300 && status < 400)) {
        // Request timeout, or a redirect we do not follow: nothing was created.
        result.outcome = SubmitOutcome::Retry;
    } else if (status >= 400 && status < 500) {
        result.outcome = SubmitOutcome::Failed;
        result.optedOut = code == QLatin1String("21610");
    } else {
        result.outcome = SubmitOutcome::Unknown;
    }
    return result;
}

void TwilioProvider::testConnection(TestCallback done)
{
    if (config().account.isEmpty() || config().secret.isEmpty()) {
        done(false, tr("The Account SID or the auth token is missing."));
        return;
    }
    m_http.onFinished(
        m_http.get(request(accountUrl())), [this, done = std::move(done)](QNetworkReply *reply) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 0) {
                done(false, tr("Cannot reach Twilio: %1").arg(reply->errorString()));
                return;
            }
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            if (status == 401 || status == 403) {
                done(false,
                     tr("Twilio refused the Account SID or the auth token (HTTP %1).").arg(status));
                return;
            }
            if (status != 200 || json.isEmpty()) {
                done(false,
                     tr("Twilio answered HTTP %1: %2")
                         .arg(status)
                         .arg(json.value(QStringLiteral("message")).toString()));
                return;
            }
            const QString accountStatus = json.value(QStringLiteral("status")).toString();
            const QString name = json.value(QStringLiteral("friendly_name")).toString();
            if (accountStatus != QLatin1String("active")) {
                done(false, tr("The Twilio account \"%1\" is %2.").arg(name, accountStatus));
                return;
            }
            done(true, tr("Connected to the Twilio account \"%1\" (active).").arg(name));
        });
}

void TwilioProvider::lookup(const OutgoingMessage &message, LookupCallback done)
{
    if (message.providerMessageId.isEmpty()) {
        Provider::lookup(message, std::move(done));
        return;
    }
    const qint64 messageId = message.id;
    m_http.onFinished(
        m_http.get(request(messageUrl(message.providerMessageId))),
        [this, messageId, done = std::move(done)](QNetworkReply *reply) {
            SubmitResult result;
            result.messageId = messageId;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            const QString sid = json.value(QStringLiteral("sid")).toString();
            if (status == 200 && !sid.isEmpty()) {
                result.outcome = SubmitOutcome::Accepted;
                result.providerMessageId = sid;
                result.costMc = priceToMillicents(json.value(QStringLiteral("price")));
            } else {
                result.outcome = SubmitOutcome::Unknown;
                result.errorText =
                    status == 0 ? reply->errorString() : tr("Twilio answered HTTP %1.").arg(status);
            }
            done(result);
        });
}

void TwilioProvider::poll(const QList<OutgoingMessage> &messages, PollCallback done)
{
    struct State
    {
        QList<DeliveryReport> reports;
        qsizetype remaining = 0;
        PollCallback done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    for (const OutgoingMessage &message : messages) {
        if (!message.providerMessageId.isEmpty())
            ++state->remaining;
    }
    if (state->remaining == 0) {
        state->done();
        return;
    }
    for (const OutgoingMessage &message : messages) {
        if (message.providerMessageId.isEmpty())
            continue;
        const QString clientRef = message.clientRef;
        m_http.onFinished(
            m_http.get(request(messageUrl(message.providerMessageId))),
            [this, clientRef, state](QNetworkReply *reply) {
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray body = reply->readAll();
                const QJsonObject json = QJsonDocument::fromJson(body).object();
                const QString twilioStatus = json.value(QStringLiteral("status")).toString();
                if (status == 200 && !twilioStatus.isEmpty()) {
                    DeliveryReport report;
                    report.clientRef = clientRef;
                    report.providerMessageId = json.value(QStringLiteral("sid")).toString();
                    report.status = deliveryStatus(twilioStatus);
                    report.errorCode = jsonText(json, QStringLiteral("error_code")); // or null
                    report.at = QDateTime::fromString(
                        json.value(QStringLiteral("date_updated")).toString(), Qt::RFC2822Date);
                    if (!report.at.isValid())
                        report.at = QDateTime::currentDateTimeUtc();
                    report.raw = body;
                    state->reports.append(report);
                }
                if (--state->remaining > 0)
                    return;
                if (!state->reports.isEmpty())
                    Q_EMIT deliveryReports(state->reports);
                state->done();
            });
    }
}

bool TwilioProvider::isAccountError(const QString &code)
{
    return code == QLatin1String("20003") || code == QLatin1String("20005")
        || code == QLatin1String("10001");
}

QByteArray TwilioProvider::signature(const QString &authToken, const QString &url,
                                     const QList<QPair<QString, QString>> &parameters)
{
    QList<QPair<QString, QString>> sorted = parameters;
    std::sort(sorted.begin(), sorted.end());
    QByteArray data = url.toUtf8();
    for (const auto &[key, value] : sorted)
        data += key.toUtf8() + value.toUtf8();
    return QMessageAuthenticationCode::hash(data, authToken.toUtf8(), QCryptographicHash::Sha1)
        .toBase64();
}

bool TwilioProvider::verifySignature(const CallbackRequest &request,
                                     const QList<QPair<QString, QString>> &parameters) const
{
    const QByteArray given = request.header("X-Twilio-Signature");
    if (given.isEmpty() || config().secret.isEmpty())
        return false;
    // Twilio signs the URL it called: the public one under callbackBase when Tribune is behind
    // a tunnel or a proxy, else the one the listener saw.
    QStringList candidates = {request.url.toString(QUrl::FullyEncoded)};
    if (config().callbackBase.isValid() && !config().callbackBase.host().isEmpty()) {
        QUrl rebased = config().callbackBase;
        rebased.setPath(request.url.path(QUrl::FullyEncoded), QUrl::StrictMode);
        rebased.setQuery(request.url.query(QUrl::FullyEncoded), QUrl::StrictMode);
        candidates.append(rebased.toString(QUrl::FullyEncoded));
    }
    for (const QString &url : std::as_const(candidates)) {
        if (constantTimeEquals(signature(config().secret, url, parameters), given))
            return true;
    }
    return false;
}

DeliveryStatus TwilioProvider::deliveryStatus(const QString &twilioStatus)
{
    const QString s = twilioStatus.toLower();
    if (s == QLatin1String("delivered") || s == QLatin1String("read"))
        return DeliveryStatus::Delivered;
    if (s == QLatin1String("undelivered"))
        return DeliveryStatus::Failed;
    if (s == QLatin1String("failed") || s == QLatin1String("canceled"))
        return DeliveryStatus::Rejected;
    if (s == QLatin1String("sent"))
        return DeliveryStatus::Buffered; // handed to the carrier, no handset receipt yet
    if (s == QLatin1String("queued") || s == QLatin1String("accepted")
        || s == QLatin1String("sending") || s == QLatin1String("scheduled"))
        return DeliveryStatus::Accepted;
    return DeliveryStatus::Unknown;
}

qint64 TwilioProvider::priceToMillicents(const QJsonValue &price)
{
    bool ok = price.isDouble();
    double value = price.toDouble();
    if (price.isString())
        value = price.toString().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return -1;
    // Twilio reports what was charged as a negative amount in price_unit (USD, EUR...).
    return std::llround(std::fabs(value) * 100000.0);
}

CallbackResult TwilioProvider::handleCallback(const CallbackRequest &request)
{
    CallbackResult result;
    const QString path = request.url.path();
    const bool isStatus = path == callbackPath(QStringLiteral("status"));
    const bool isInbound = path == callbackPath(QStringLiteral("inbound"));
    if (!isStatus && !isInbound)
        return result;
    result.handled = true;
    if (request.method != "POST") {
        result.status = 405;
        result.errorString = tr("Twilio callbacks are POST requests.");
        return result;
    }
    QList<QPair<QString, QString>> parameters = request.form().queryItems(QUrl::FullyDecoded);
    if (!verifySignature(request, parameters)) {
        result.status = 403;
        result.errorString = tr("Refused a Twilio callback whose X-Twilio-Signature does not "
                                "match (wrong auth token, or not sent by Twilio).");
        return result;
    }
    QHash<QString, QString> form;
    for (const auto &[key, value] : std::as_const(parameters))
        form.insert(key, value);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (isStatus) {
        DeliveryReport report;
        report.clientRef =
            request.query().queryItemValue(QStringLiteral("ref"), QUrl::FullyDecoded);
        report.providerMessageId =
            form.value(QStringLiteral("MessageSid"), form.value(QStringLiteral("SmsSid")));
        const QString status =
            form.value(QStringLiteral("MessageStatus"), form.value(QStringLiteral("SmsStatus")));
        report.status = deliveryStatus(status);
        report.errorCode = form.value(QStringLiteral("ErrorCode"));
        report.at = now;
        report.raw = request.body;
        if (report.providerMessageId.isEmpty() || status.isEmpty()) {
            result.status = 400;
            result.errorString = tr("A Twilio status callback without MessageSid or "
                                    "MessageStatus.");
            return result;
        }
        result.reports.append(report);
        return result;
    }

    InboundMessage message;
    message.from = form.value(QStringLiteral("From"));
    message.to = form.value(QStringLiteral("To"));
    message.text = form.value(QStringLiteral("Body"));
    message.providerMessageId =
        form.value(QStringLiteral("MessageSid"), form.value(QStringLiteral("SmsMessageSid")));
    // With Advanced Opt-Out, Twilio itself names the STOP it handled.
    message.stop =
        form.value(QStringLiteral("OptOutType")).compare(QLatin1String("STOP"), Qt::CaseInsensitive)
        == 0;
    message.at = now;
    message.raw = request.body;
    if (message.from.isEmpty()) {
        result.status = 400;
        result.errorString = tr("A Twilio incoming message without From.");
        return result;
    }
    result.inbound.append(message);
    // An empty TwiML answer: Twilio sends no automatic reply.
    result.responseBody = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";
    return result;
}

} // namespace Sending
