// SPDX-License-Identifier: GPL-3.0-or-later
#include "smsfactorprovider.h"

#include "core/tribuneversion.h"
#include "sending/httpsubmission.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace Sending {

namespace {

QString text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

// A webhook's fields, from the query, a form or a JSON body.
QJsonObject callbackFields(const CallbackRequest &request)
{
    QJsonObject fields;
    QString query = request.url.query(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QStringLiteral("%20"));
    QList<QPair<QString, QString>> items = QUrlQuery(query).queryItems(QUrl::FullyDecoded);
    if (request.method == "POST") {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (document.isObject()) {
            const QJsonObject json = document.object();
            for (auto it = json.constBegin(); it != json.constEnd(); ++it)
                fields.insert(it.key(), it.value());
        } else {
            items += request.form().queryItems(QUrl::FullyDecoded);
        }
    }
    for (const auto &[key, value] : std::as_const(items)) {
        if (!fields.contains(key))
            fields.insert(key, value);
    }
    return fields;
}

QString e164(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.isEmpty())
        return {};
    if (digits.startsWith(QLatin1String("00")))
        return QLatin1Char('+') + digits.mid(2);
    if (digits.startsWith(QLatin1Char('0')) && digits.size() == 10)
        return QStringLiteral("+33") + digits.mid(1);
    return QLatin1Char('+') + digits;
}

} // namespace

SmsFactorProvider::SmsFactorProvider(ProviderConfig config, QNetworkAccessManager *network,
                                     QObject *parent)
    : Provider(std::move(config), parent)
    , m_http(this, network)
{ }

SmsFactorProvider::~SmsFactorProvider() = default;

std::unique_ptr<Provider> SmsFactorProvider::create(const ProviderConfig &config,
                                                    QNetworkAccessManager *network,
                                                    QString *errorString)
{
    if (config.secret.isEmpty()) {
        *errorString = tr("The SMSFactor provider \"%1\" needs its API token (stored in the "
                          "system keychain).")
                           .arg(config.name);
        return nullptr;
    }
    return std::make_unique<SmsFactorProvider>(config, network);
}

Capabilities SmsFactorProvider::capabilities() const
{
    Capabilities c;
    c.maxBatch = maxBatch;
    c.batchNeedsSameText = true;
    c.callbacks = true;
    c.dryRun = true; // /send/simulate
    return c;
}

QUrl SmsFactorProvider::sendUrl(bool simulate) const
{
    return endpointUrl(simulate ? QStringLiteral("/send/simulate") : QStringLiteral("/send"));
}

QNetworkReply *SmsFactorProvider::post(const QUrl &url, const QJsonObject &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + config().secret.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Tribune/" TRIBUNE_VERSION));
    const int timeout = config().options.value(QStringLiteral("timeout_ms")).toInt(0);
    request.setTransferTimeout(timeout > 0 ? timeout : defaultTimeoutMs);
    return m_http.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject SmsFactorProvider::requestBody(const QList<OutgoingMessage> &batch) const
{
    const OutgoingMessage &first = batch.constFirst();
    QJsonArray gsm;
    bool unicode = false;
    for (const OutgoingMessage &message : batch) {
        QString number = message.phone;
        if (number.startsWith(QLatin1Char('+')))
            number.remove(0, 1);
        gsm.append(QJsonObject {{QStringLiteral("gsmsmsid"), message.clientRef},
                                {QStringLiteral("value"), number}});
        unicode = unicode || message.encoding == Sms::Encoding::Ucs2;
    }
    QJsonObject text {
        {QStringLiteral("text"), first.body},
        {QStringLiteral("pushtype"),
         config().options.value(QStringLiteral("pushtype")).toString(QStringLiteral("alert"))},
        {QStringLiteral("unicode"), unicode ? 1 : 0},
    };
    const QString sender = first.sender.isEmpty() ? config().senderId : first.sender;
    if (!sender.isEmpty())
        text.insert(QStringLiteral("sender"), sender);
    return {
        {QStringLiteral("sms"),
         QJsonObject {{QStringLiteral("message"), text},
                      {QStringLiteral("recipients"), QJsonObject {{QStringLiteral("gsm"), gsm}}}}}};
}

void SmsFactorProvider::submit(const QList<OutgoingMessage> &batch, SubmitCallback done)
{
    if (batch.isEmpty()) {
        done({});
        return;
    }
    m_http.onFinished(post(sendUrl(), requestBody(batch)),
                      [this, batch, done = std::move(done)](QNetworkReply *reply) {
                          done(readSubmitReply(reply, batch));
                      });
}

QList<SubmitResult> SmsFactorProvider::readSubmitReply(QNetworkReply *reply,
                                                       const QList<OutgoingMessage> &batch) const
{
    SubmitResult common;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const qsizetype size = batch.size();
    if (!statusAttribute.isValid()) {
        common = HttpSubmission::networkFailure(reply);
    } else {
        const int status = statusAttribute.toInt();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
        const QJsonObject json = document.object();
        const bool readable = parseError.error == QJsonParseError::NoError && document.isObject()
            && reply->error() != QNetworkReply::RemoteHostClosedError;
        const QString apiStatus = readable ? text(json, QStringLiteral("status")) : QString();
        const QString message = json.value(QStringLiteral("message")).toString();
        if (status == 429 || status == 503 || status == 408) {
            common.outcome = SubmitOutcome::Retry;
            common.errorCode = QString::number(status);
            common.retryAfterMs = HttpSubmission::retryAfterMs(reply);
        } else if (status >= 500 || (status >= 200 && status < 300 && apiStatus.isEmpty())) {
            common.outcome = SubmitOutcome::Unknown;
            common.errorCode = QString::number(status);
            common.errorText = status >= 500
                ? tr("SMSFactor answered HTTP %1.").arg(status)
                : tr("SMSFactor's answer could not be read (HTTP %1): %2")
                      .arg(status)
                      .arg(reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                    : parseError.errorString());
        } else if (status >= 300 && status < 400) {
            common.outcome = SubmitOutcome::Retry; // a redirect we do not follow: not sent
            common.errorCode = QString::number(status);
        } else if (status == 401 || status == 402 || status == 403 || isAccountError(apiStatus)) {
            // The token or the account's credit refused: nothing was sent.
            common.outcome = SubmitOutcome::Retry;
            common.accountError = true;
            common.errorCode = apiStatus.isEmpty() ? QString::number(status) : apiStatus;
        } else if (apiStatus == QLatin1String("-8")) {
            // Held for SMSFactor's moderation, sent after it: taken, never to be sent again.
            common.outcome = SubmitOutcome::Accepted;
            common.providerMessageId = text(json, QStringLiteral("ticket"));
            common.errorCode = apiStatus;
            common.errorText = tr("SMSFactor holds the messages for moderation before sending "
                                  "them.");
        } else if (apiStatus != QLatin1String("1")) {
            // Refused as a whole (bad sender, bad request...).
            common.outcome = SubmitOutcome::Failed;
            common.errorCode = apiStatus.isEmpty() ? QString::number(status) : apiStatus;
            common.errorText = message.isEmpty()
                ? tr("SMSFactor refused the messages (HTTP %1).").arg(status)
                : tr("SMSFactor refused the messages: %1").arg(message);
        } else {
            common.providerMessageId = text(json, QStringLiteral("ticket"));
            const int sentCount = json.value(QStringLiteral("sent")).toInt(int(size));
            const int blacklisted = json.value(QStringLiteral("blacklisted")).toInt(0);
            const int invalid = json.value(QStringLiteral("invalid")).toInt(0);
            const int npai = json.value(QStringLiteral("npai")).toInt(0);
            const QString counts =
                tr("%1 sent, %2 on the blacklist, %3 invalid, %4 undeliverable (NPAI)")
                    .arg(sentCount)
                    .arg(blacklisted)
                    .arg(invalid)
                    .arg(npai);
            if (sentCount >= size) {
                common.outcome = SubmitOutcome::Accepted;
            } else if (sentCount <= 0) {
                common.outcome = SubmitOutcome::Failed;
                common.providerMessageId.clear();
                common.optedOut = blacklisted >= size;
                common.errorCode = common.optedOut ? QStringLiteral("blacklisted")
                    : invalid >= size              ? QStringLiteral("invalid")
                                                   : QStringLiteral("not_sent");
                common.errorText = tr("SMSFactor sent none of the messages: %1.").arg(counts);
            } else {
                // Which ones were left out is not said: their reports will tell.
                common.outcome = SubmitOutcome::Unknown;
                common.errorCode = QStringLiteral("partial");
                common.errorText = tr("SMSFactor sent only some of the batch: %1.").arg(counts);
            }
        }
        if (common.errorText.isEmpty() && common.outcome != SubmitOutcome::Accepted)
            common.errorText =
                message.isEmpty() ? tr("SMSFactor answered HTTP %1.").arg(status) : message;
    }
    QList<SubmitResult> results;
    results.reserve(size);
    for (const OutgoingMessage &message : batch) {
        SubmitResult result = common;
        result.messageId = message.id;
        results.append(result);
    }
    return results;
}

void SmsFactorProvider::testConnection(TestCallback done)
{
    if (config().secret.isEmpty()) {
        done(false, tr("The API token is missing."));
        return;
    }
    OutgoingMessage probe;
    probe.clientRef = QStringLiteral("tribune-test");
    probe.phone = QStringLiteral("+33600000000");
    probe.body = QStringLiteral("Tribune: test de connexion");
    m_http.onFinished(
        post(sendUrl(true), requestBody({probe})),
        [this, done = std::move(done)](QNetworkReply *reply) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 0) {
                done(false, tr("Cannot reach SMSFactor: %1").arg(reply->errorString()));
                return;
            }
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            if (status == 401 || status == 403) {
                done(false, tr("SMSFactor refused the API token (HTTP %1).").arg(status));
                return;
            }
            if (status != 200 || text(json, QStringLiteral("status")) != QLatin1String("1")) {
                done(false,
                     tr("SMSFactor answered HTTP %1: %2")
                         .arg(status)
                         .arg(json.value(QStringLiteral("message")).toString()));
                return;
            }
            done(true,
                 tr("Connected to SMSFactor (simulation accepted; %1 credits left).")
                     .arg(text(json, QStringLiteral("credits"))));
        });
}

bool SmsFactorProvider::isAccountError(const QString &apiStatus)
{
    return apiStatus == QLatin1String("-1") || apiStatus == QLatin1String("-3");
}

DeliveryStatus SmsFactorProvider::deliveryStatus(int status)
{
    switch (status) {
    case 1:
        return DeliveryStatus::Buffered; // sent to the operator, no handset receipt yet
    case 3:
        return DeliveryStatus::Delivered;
    case 0:
    case 2:
    case 7:
    case 11:
        return DeliveryStatus::Failed;
    case 4:
    case 5:
    case 6:
    case 9:
        return DeliveryStatus::Rejected;
    case 12:
        return DeliveryStatus::Expired;
    default:
        return DeliveryStatus::Unknown;
    }
}

CallbackResult SmsFactorProvider::handleCallback(const CallbackRequest &request)
{
    CallbackResult result;
    const QString path = request.url.path();
    const bool isReport = path == callbackPath(QStringLiteral("dlr"));
    const bool isReply = path == callbackPath(QStringLiteral("mo"));
    const bool isStop = path == callbackPath(QStringLiteral("stop"));
    if (!isReport && !isReply && !isStop)
        return result;
    result.handled = true;
    if (request.method != "GET" && request.method != "POST") {
        result.status = 405;
        result.errorString = tr("SMSFactor webhooks are GET or POST requests.");
        return result;
    }
    const QJsonObject fields = callbackFields(request);
    const QByteArray raw =
        request.method == "GET" ? request.url.query(QUrl::FullyEncoded).toUtf8() : request.body;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (isReport) {
        bool ok = false;
        const int status = text(fields, QStringLiteral("status")).toInt(&ok);
        DeliveryReport report;
        report.clientRef = text(fields, QStringLiteral("message_id"));
        report.phone = e164(text(fields, QStringLiteral("destination")));
        if (!ok || report.clientRef.isEmpty()) {
            result.status = 400;
            result.errorString = tr("An SMSFactor delivery report without message_id or status.");
            return result;
        }
        report.status = deliveryStatus(status);
        if (status != 1 && status != 3)
            report.errorCode = QString::number(status);
        report.at = now;
        report.raw = raw;
        result.reports.append(report);
        return result;
    }

    InboundMessage message;
    message.from = e164(text(fields, QStringLiteral("from")));
    message.to = text(fields, QStringLiteral("to"));
    message.text = text(fields, QStringLiteral("message"));
    if (message.text.isEmpty())
        message.text = text(fields, QStringLiteral("text"));
    message.providerMessageId =
        text(fields, isStop ? QStringLiteral("last_message_id") : QStringLiteral("message_id"));
    if (message.providerMessageId.isEmpty())
        message.providerMessageId = text(fields, QStringLiteral("id"));
    message.stop = isStop;
    message.at = now;
    message.raw = raw;
    if (message.from.isEmpty()) {
        result.status = 400;
        result.errorString = tr("An SMSFactor reply or STOP without its sender number.");
        return result;
    }
    result.inbound.append(message);
    return result;
}

} // namespace Sending
