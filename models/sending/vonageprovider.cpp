// SPDX-License-Identifier: GPL-3.0-or-later
#include "vonageprovider.h"

#include "core/tribuneversion.h"
#include "sending/httpsubmission.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cmath>

namespace Sending {

namespace {

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    // Everything but the unreserved characters percent-encoded: a bare '+' would arrive as a
    // space.
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

// The webhook's parameters, whichever way Vonage sent them (GET query, form or JSON POST).
QHash<QString, QString> callbackParameters(const CallbackRequest &request)
{
    QHash<QString, QString> parameters;
    const auto addQuery = [&parameters](const QUrlQuery &query) {
        const QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items)
            parameters.insert(key, value);
    };
    // Vonage's GET webhooks encode spaces as '+', as in a form.
    QString query = request.url.query(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QStringLiteral("%20"));
    addQuery(QUrlQuery(query));
    if (request.method != "POST")
        return parameters;
    if (request.header("content-type").startsWith("application/json")) {
        const QJsonObject json = QJsonDocument::fromJson(request.body).object();
        for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
            const QJsonValue value = it.value();
            parameters.insert(it.key(),
                              value.isDouble() ? QString::number(value.toDouble(), 'g', 15)
                                               : value.toVariant().toString());
        }
    } else {
        addQuery(request.form());
    }
    return parameters;
}

QString e164(const QString &msisdn)
{
    if (msisdn.isEmpty() || msisdn.startsWith(QLatin1Char('+')))
        return msisdn;
    return QLatin1Char('+') + msisdn;
}

} // namespace

VonageProvider::VonageProvider(ProviderConfig config, QNetworkAccessManager *network,
                               QObject *parent)
    : Provider(std::move(config), parent)
    , m_http(this, network)
{ }

VonageProvider::~VonageProvider() = default;

std::unique_ptr<Provider> VonageProvider::create(const ProviderConfig &config,
                                                 QNetworkAccessManager *network,
                                                 QString *errorString)
{
    if (config.account.isEmpty() || config.secret.isEmpty()) {
        *errorString = tr("The Vonage provider \"%1\" needs its API key and its API secret "
                          "(stored in the system keychain).")
                           .arg(config.name);
        return nullptr;
    }
    return std::make_unique<VonageProvider>(config, network);
}

Capabilities VonageProvider::capabilities() const
{
    Capabilities c;
    c.maxBatch = 1;
    c.callbacks = true;
    c.dryRun = true; // the balance call
    return c;
}

QUrl VonageProvider::smsUrl() const
{
    return endpointUrl(QStringLiteral("/sms/json"));
}

QUrl VonageProvider::deliveryReceiptUrl(const QString &clientRef) const
{
    // Vonage echoes client-ref, but only up to 40 characters: the URL carries it in any case.
    return callbackUrl(QStringLiteral("dlr"), clientRef.isNull() ? QStringLiteral("") : clientRef);
}

QUrl VonageProvider::inboundUrl() const
{
    return callbackUrl(QStringLiteral("inbound"));
}

QNetworkRequest VonageProvider::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Tribune/" TRIBUNE_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    const int timeout = config().options.value(QStringLiteral("timeout_ms")).toInt(0);
    request.setTransferTimeout(timeout > 0 ? timeout : defaultTimeoutMs);
    return request;
}

void VonageProvider::submit(const QList<OutgoingMessage> &batch, SubmitCallback done)
{
    if (batch.isEmpty()) {
        done({});
        return;
    }
    struct State
    {
        QList<SubmitResult> results;
        qsizetype remaining = 0;
        SubmitCallback done;
    };
    auto state = std::make_shared<State>();
    state->remaining = batch.size();
    state->done = std::move(done);

    for (const OutgoingMessage &message : batch) {
        QString to = message.phone;
        if (to.startsWith(QLatin1Char('+')))
            to.remove(0, 1);
        QList<QPair<QString, QString>> fields = {
            {QStringLiteral("api_key"), config().account},
            {QStringLiteral("api_secret"), config().secret},
            {QStringLiteral("from"), message.sender.isEmpty() ? config().senderId : message.sender},
            {QStringLiteral("to"), to},
            {QStringLiteral("text"), message.body},
            {QStringLiteral("type"),
             message.encoding == Sms::Encoding::Ucs2 ? QStringLiteral("unicode")
                                                     : QStringLiteral("text")},
            {QStringLiteral("status-report-req"), QStringLiteral("1")},
        };
        const QUrl callback = deliveryReceiptUrl(message.clientRef);
        if (callback.isValid())
            fields.append({QStringLiteral("callback"), callback.toString(QUrl::FullyEncoded)});
        if (!message.clientRef.isEmpty())
            fields.append(
                {QStringLiteral("client-ref"), message.clientRef.left(maxClientRefLength)});

        QNetworkRequest req = request(smsUrl());
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

SubmitResult VonageProvider::readSubmitReply(QNetworkReply *reply) const
{
    SubmitResult result;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return HttpSubmission::networkFailure(reply);
    const int status = statusAttribute.toInt();
    if (status != 200) {
        result.errorCode = QString::number(status);
        result.errorText = tr("Vonage answered HTTP %1.").arg(status);
        if (status == 429 || status == 503) {
            result.outcome = SubmitOutcome::Retry;
            result.retryAfterMs = HttpSubmission::retryAfterMs(reply);
        } else if (status == 401 || status == 403) {
            // The credentials refused before anything was sent.
            result.outcome = SubmitOutcome::Retry;
            result.accountError = true;
        } else if (status >= 300 && status < 400) {
            result.outcome = SubmitOutcome::Retry; // a redirect we do not follow: not sent
        } else {
            result.outcome = SubmitOutcome::Unknown;
        }
        return result;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    const QJsonArray messages = document.object().value(QStringLiteral("messages")).toArray();
    if (reply->error() != QNetworkReply::NoError || parseError.error != QJsonParseError::NoError
        || messages.isEmpty()) {
        result.outcome = SubmitOutcome::Unknown;
        result.errorCode = QString::number(status);
        result.errorText =
            tr("Vonage's answer could not be read: %1")
                .arg(reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                              : parseError.errorString());
        return result;
    }

    int accepted = 0;
    qint64 cost = 0;
    bool costKnown = true;
    QJsonObject firstError;
    for (const QJsonValue &value : messages) {
        const QJsonObject part = value.toObject();
        const QJsonValue code = part.value(QStringLiteral("status"));
        const QString text = code.isDouble() ? QString::number(code.toInt()) : code.toString();
        if (text == QLatin1String("0")) {
            ++accepted;
            if (result.providerMessageId.isEmpty())
                result.providerMessageId = part.value(QStringLiteral("message-id")).toString();
            const qint64 price =
                priceToMillicents(part.value(QStringLiteral("message-price")).toString());
            costKnown = costKnown && price >= 0;
            cost += std::max<qint64>(price, 0);
        } else if (firstError.isEmpty()) {
            firstError = part;
            firstError.insert(QStringLiteral("status"), text);
        }
    }
    if (accepted == messages.size()) {
        result.outcome = SubmitOutcome::Accepted;
        result.costMc = costKnown ? cost : -1;
        return result;
    }
    result.errorCode = firstError.value(QStringLiteral("status")).toString();
    result.errorText = firstError.value(QStringLiteral("error-text")).toString();
    if (result.errorText.isEmpty())
        result.errorText = tr("Vonage refused the message (status %1).").arg(result.errorCode);
    if (accepted > 0) {
        // Some parts went out: the message cannot be sent again without repeating them.
        result.outcome = SubmitOutcome::Failed;
        result.errorText = tr("Vonage took %1 of the %2 parts, then refused one: %3")
                               .arg(accepted)
                               .arg(messages.size())
                               .arg(result.errorText);
        result.costMc = costKnown ? cost : -1;
        // Out of credit halfway through: the next messages would meet the same refusal.
        result.accountError = isAccountError(result.errorCode);
        return result;
    }
    result.providerMessageId.clear();
    if (result.errorCode == QLatin1String("1")) {
        result.outcome = SubmitOutcome::Retry;
        result.retryAfterMs = HttpSubmission::retryAfterMs(reply);
    } else if (result.errorCode == QLatin1String("5")) {
        result.outcome = SubmitOutcome::Unknown;
    } else if (isAccountError(result.errorCode)) {
        // Nothing went out and nothing will until the account is fixed.
        result.outcome = SubmitOutcome::Retry;
        result.accountError = true;
    } else {
        result.outcome = SubmitOutcome::Failed;
    }
    return result;
}

bool VonageProvider::isAccountError(const QString &statusCode)
{
    return statusCode == QLatin1String("4") || statusCode == QLatin1String("8")
        || statusCode == QLatin1String("9");
}

qint64 VonageProvider::priceToMillicents(const QString &price)
{
    bool ok = false;
    const double value = price.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return -1;
    return std::llround(std::fabs(value) * 100000.0);
}

void VonageProvider::testConnection(TestCallback done)
{
    if (config().account.isEmpty() || config().secret.isEmpty()) {
        done(false, tr("The API key or the API secret is missing."));
        return;
    }
    QUrl url = config().endpoint;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/account/get-balance"));
    // Vonage's account API takes the credentials in the query (HTTPS keeps them off the wire).
    url.setQuery(QStringLiteral("api_key=%1&api_secret=%2")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(config().account)),
                          QString::fromLatin1(QUrl::toPercentEncoding(config().secret))),
                 QUrl::StrictMode);
    m_http.onFinished(
        m_http.get(request(url)), [this, done = std::move(done)](QNetworkReply *reply) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 0) {
                done(false, tr("Cannot reach Vonage: %1").arg(reply->errorString()));
                return;
            }
            if (status == 401 || status == 403) {
                done(false,
                     tr("Vonage refused the API key or the API secret (HTTP %1).").arg(status));
                return;
            }
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            const QJsonValue value = json.value(QStringLiteral("value"));
            if (status != 200 || !value.isDouble()) {
                done(false, tr("Vonage answered HTTP %1 without a balance.").arg(status));
                return;
            }
            done(true,
                 tr("Connected to Vonage; balance %1.")
                     .arg(QLocale().toCurrencyString(value.toDouble(), QStringLiteral("€"))));
        });
}

DeliveryStatus VonageProvider::deliveryStatus(const QString &vonageStatus)
{
    const QString s = vonageStatus.toLower();
    if (s == QLatin1String("delivered"))
        return DeliveryStatus::Delivered;
    if (s == QLatin1String("expired"))
        return DeliveryStatus::Expired;
    if (s == QLatin1String("failed"))
        return DeliveryStatus::Failed;
    if (s == QLatin1String("rejected"))
        return DeliveryStatus::Rejected;
    if (s == QLatin1String("accepted"))
        return DeliveryStatus::Accepted;
    if (s == QLatin1String("buffered"))
        return DeliveryStatus::Buffered;
    return DeliveryStatus::Unknown;
}

CallbackResult VonageProvider::handleCallback(const CallbackRequest &request)
{
    CallbackResult result;
    const QString path = request.url.path();
    const bool isReceipt = path == callbackPath(QStringLiteral("dlr"));
    const bool isInbound = path == callbackPath(QStringLiteral("inbound"));
    if (!isReceipt && !isInbound)
        return result;
    result.handled = true;
    if (request.method != "GET" && request.method != "POST") {
        result.status = 405;
        result.errorString = tr("Vonage webhooks are GET or POST requests.");
        return result;
    }
    const QHash<QString, QString> p = callbackParameters(request);
    const QByteArray raw =
        request.method == "GET" ? request.url.query(QUrl::FullyEncoded).toUtf8() : request.body;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (isReceipt) {
        DeliveryReport report;
        // The full reference from our URL first: client-ref may be cut at 40 characters.
        report.clientRef = p.value(QStringLiteral("ref"), p.value(QStringLiteral("client-ref")));
        report.providerMessageId = p.value(QStringLiteral("messageId"));
        report.phone = e164(p.value(QStringLiteral("msisdn")));
        const QString status = p.value(QStringLiteral("status"));
        report.status = deliveryStatus(status);
        const QString errorCode = p.value(QStringLiteral("err-code"));
        if (errorCode != QLatin1String("0"))
            report.errorCode = errorCode;
        report.at = now;
        report.raw = raw;
        if (report.providerMessageId.isEmpty() || status.isEmpty()) {
            // Vonage checks a webhook URL with an empty request when it is saved: answer 200.
            if (p.isEmpty())
                return result;
            result.status = 400;
            result.errorString = tr("A Vonage delivery receipt without messageId or status.");
            return result;
        }
        result.reports.append(report);
        return result;
    }

    InboundMessage message;
    message.from = e164(p.value(QStringLiteral("msisdn")));
    message.to = e164(p.value(QStringLiteral("to")));
    message.text = p.value(QStringLiteral("text"));
    message.providerMessageId = p.value(QStringLiteral("messageId"));
    message.at = now;
    message.raw = raw;
    if (message.from.isEmpty()) {
        if (p.isEmpty())
            return result;
        result.status = 400;
        result.errorString = tr("A Vonage inbound message without msisdn.");
        return result;
    }
    result.inbound.append(message);
    return result;
}

} // namespace Sending
