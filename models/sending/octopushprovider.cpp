// SPDX-License-Identifier: GPL-3.0-or-later
#include "octopushprovider.h"

#include "core/tribuneversion.h"
#include "sending/httpsubmission.h"

#include <QCryptographicHash>
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

QString jsonText(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

// A webhook's fields, from a JSON body or, should Octopush send one, a form.
QJsonObject callbackFields(const CallbackRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (document.isObject())
        return document.object();
    QJsonObject fields;
    const QList<QPair<QString, QString>> items = request.form().queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        fields.insert(key, value);
    return fields;
}

} // namespace

OctopushProvider::OctopushProvider(ProviderConfig config, QNetworkAccessManager *network,
                                   QObject *parent)
    : Provider(std::move(config), parent)
    , m_http(this, network)
{ }

OctopushProvider::~OctopushProvider() = default;

std::unique_ptr<Provider> OctopushProvider::create(const ProviderConfig &config,
                                                   QNetworkAccessManager *network,
                                                   QString *errorString)
{
    if (config.account.isEmpty() || config.secret.isEmpty()) {
        *errorString = tr("The Octopush provider \"%1\" needs its login (e-mail) and its API "
                          "key (stored in the system keychain).")
                           .arg(config.name);
        return nullptr;
    }
    return std::make_unique<OctopushProvider>(config, network);
}

Capabilities OctopushProvider::capabilities() const
{
    Capabilities c;
    c.maxBatch = maxBatch;
    c.batchNeedsSameText = true;
    c.callbacks = true;
    c.dryRun = true; // simulation_mode
    return c;
}

QUrl OctopushProvider::sendUrl() const
{
    return endpointUrl(QStringLiteral("/v1/public/sms-campaign/send"));
}

QString OctopushProvider::requestId(const QList<OutgoingMessage> &batch)
{
    QStringList refs;
    for (const OutgoingMessage &message : batch)
        refs.append(message.clientRef);
    refs.sort();
    const QByteArray hash =
        QCryptographicHash::hash(refs.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
            .toHex();
    return QStringLiteral("tribune-") + QString::fromLatin1(hash.left(32));
}

QString OctopushProvider::e164(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.isEmpty())
        return {};
    if (number.trimmed().startsWith(QLatin1Char('+')))
        return QLatin1Char('+') + digits;
    if (digits.startsWith(QLatin1String("00")))
        return QLatin1Char('+') + digits.mid(2);
    if (digits.startsWith(QLatin1Char('0')) && digits.size() == 10)
        return QStringLiteral("+33") + digits.mid(1); // a French national number
    return QLatin1Char('+') + digits;
}

QString OctopushProvider::providerMessageId(const QString &ticket, const QString &phone)
{
    return ticket + QLatin1Char('/') + e164(phone);
}

QNetworkRequest OctopushProvider::request() const
{
    QNetworkRequest request(sendUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("api-login", config().account.toUtf8());
    request.setRawHeader("api-key", config().secret.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Tribune/" TRIBUNE_VERSION));
    const int timeout = config().options.value(QStringLiteral("timeout_ms")).toInt(0);
    request.setTransferTimeout(timeout > 0 ? timeout : defaultTimeoutMs);
    return request;
}

QNetworkReply *OctopushProvider::post(const QJsonObject &body)
{
    return m_http.post(request(), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void OctopushProvider::submit(const QList<OutgoingMessage> &batch, SubmitCallback done)
{
    if (batch.isEmpty()) {
        done({});
        return;
    }
    const QJsonObject &options = config().options;
    QJsonArray recipients;
    for (const OutgoingMessage &message : batch)
        recipients.append(QJsonObject {{QStringLiteral("phone_number"), message.phone}});
    const OutgoingMessage &first = batch.constFirst();
    QJsonObject body {
        {QStringLiteral("recipients"), recipients},
        {QStringLiteral("text"), first.body},
        {QStringLiteral("type"),
         options.value(QStringLiteral("type")).toString(QStringLiteral("sms_premium"))},
        {QStringLiteral("purpose"),
         options.value(QStringLiteral("purpose")).toString(QStringLiteral("alert"))},
        {QStringLiteral("sender"), first.sender.isEmpty() ? config().senderId : first.sender},
        {QStringLiteral("request_id"), requestId(batch)},
        {QStringLiteral("with_replies"),
         options.value(QStringLiteral("with_replies")).toBool(false)},
    };
    m_http.onFinished(post(body), [this, batch, done = std::move(done)](QNetworkReply *reply) {
        done(readSubmitReply(reply, batch));
    });
}

QList<SubmitResult> OctopushProvider::readSubmitReply(QNetworkReply *reply,
                                                      const QList<OutgoingMessage> &batch) const
{
    SubmitResult common;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    QString ticket;
    int counted = -1;
    if (!statusAttribute.isValid()) {
        common = HttpSubmission::networkFailure(reply);
    } else {
        const int status = statusAttribute.toInt();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
        const QJsonObject json = document.object();
        const bool readable = parseError.error == QJsonParseError::NoError && document.isObject()
            && reply->error() != QNetworkReply::RemoteHostClosedError;
        if (status >= 200 && status < 300) {
            ticket = jsonText(json, QStringLiteral("sms_ticket"));
            if (!readable || ticket.isEmpty()) {
                common.outcome = SubmitOutcome::Unknown;
                common.errorCode = QString::number(status);
                common.errorText =
                    tr("Octopush's answer could not be read (HTTP %1): %2")
                        .arg(status)
                        .arg(reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                      : parseError.errorString());
            } else {
                common.outcome = SubmitOutcome::Accepted;
                counted = json.value(QStringLiteral("number_of_contacts")).toInt(-1);
                const QJsonValue total = json.value(QStringLiteral("total_cost"));
                bool ok = total.isDouble();
                const double cost =
                    total.isString() ? total.toString().toDouble(&ok) : total.toDouble();
                if (ok && std::isfinite(cost))
                    common.costMc = std::llround(cost * 100000.0 / double(batch.size()));
                if (counted >= 0 && counted < batch.size())
                    common.errorText = tr("Octopush took %1 of the %2 numbers; it reports the "
                                          "others as undeliverable.")
                                           .arg(counted)
                                           .arg(batch.size());
            }
        } else {
            const QString code = readable ? jsonText(json, QStringLiteral("code")) : QString();
            common.errorCode = code.isEmpty() ? QString::number(status) : code;
            common.errorText =
                readable ? json.value(QStringLiteral("message")).toString() : QString();
            if (common.errorText.isEmpty())
                common.errorText = tr("Octopush answered HTTP %1.").arg(status);
            if (status == 429 || status == 503) {
                common.outcome = SubmitOutcome::Retry;
                common.retryAfterMs = HttpSubmission::retryAfterMs(reply);
            } else if (status == 401 || status == 402 || status == 403) {
                // The login, the API key or the account's credit refused: nothing was sent.
                common.outcome = SubmitOutcome::Retry;
                common.accountError = true;
            } else if (status == 408 || (status >= 300 && status < 400)) {
                common.outcome = SubmitOutcome::Retry; // not processed, or a redirect not followed
            } else if (status >= 400 && status < 500) {
                common.outcome = SubmitOutcome::Failed;
            } else {
                common.outcome = SubmitOutcome::Unknown;
            }
        }
    }
    QList<SubmitResult> results;
    results.reserve(batch.size());
    for (const OutgoingMessage &message : batch) {
        SubmitResult result = common;
        result.messageId = message.id;
        if (!ticket.isEmpty() && result.outcome == SubmitOutcome::Accepted)
            result.providerMessageId = providerMessageId(ticket, message.phone);
        results.append(result);
    }
    return results;
}

void OctopushProvider::testConnection(TestCallback done)
{
    if (config().account.isEmpty() || config().secret.isEmpty()) {
        done(false, tr("The login or the API key is missing."));
        return;
    }
    const QJsonObject &options = config().options;
    const QJsonObject body {
        {QStringLiteral("recipients"),
         QJsonArray {
             QJsonObject {{QStringLiteral("phone_number"), QStringLiteral("+33600000000")}}}},
        {QStringLiteral("text"), QStringLiteral("Tribune: test de connexion")},
        {QStringLiteral("type"),
         options.value(QStringLiteral("type")).toString(QStringLiteral("sms_premium"))},
        {QStringLiteral("purpose"),
         options.value(QStringLiteral("purpose")).toString(QStringLiteral("alert"))},
        {QStringLiteral("sender"), config().senderId},
        {QStringLiteral("simulation_mode"), true},
    };
    m_http.onFinished(post(body), [this, done = std::move(done)](QNetworkReply *reply) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            done(false, tr("Cannot reach Octopush: %1").arg(reply->errorString()));
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 401 || status == 403) {
            done(false, tr("Octopush refused the login or the API key (HTTP %1).").arg(status));
            return;
        }
        if (status < 200 || status >= 300) {
            done(false,
                 tr("Octopush answered HTTP %1: %2")
                     .arg(status)
                     .arg(json.value(QStringLiteral("message")).toString()));
            return;
        }
        done(true,
             tr("Connected to Octopush (simulation: one message would cost %1).")
                 .arg(QLocale().toCurrencyString(
                     json.value(QStringLiteral("total_cost")).toDouble(), QStringLiteral("€"))));
    });
}

DeliveryStatus OctopushProvider::deliveryStatus(const QString &octopushStatus)
{
    const QString s = octopushStatus.toUpper();
    if (s == QLatin1String("DELIVERED"))
        return DeliveryStatus::Delivered;
    if (s == QLatin1String("ACK"))
        return DeliveryStatus::Buffered; // taken by the operator, no handset receipt yet
    if (s == QLatin1String("NOT_DELIVERED"))
        return DeliveryStatus::Failed;
    if (s == QLatin1String("NOT_ALLOWED") || s == QLatin1String("BAD_DESTINATION")
        || s == QLatin1String("BLACKLISTED_NUMBER"))
        return DeliveryStatus::Rejected;
    return DeliveryStatus::Unknown; // UNKNOWN_DELIVERY, UNDEFINED
}

CallbackResult OctopushProvider::handleCallback(const CallbackRequest &request)
{
    CallbackResult result;
    const QString path = request.url.path();
    const bool isReport = path == callbackPath(QStringLiteral("dlr"));
    const bool isInbound = path == callbackPath(QStringLiteral("inbound"));
    const bool isStop = path == callbackPath(QStringLiteral("stop"));
    if (!isReport && !isInbound && !isStop)
        return result;
    result.handled = true;
    if (request.method != "POST") {
        result.status = 405;
        result.errorString = tr("Octopush callbacks are POST requests.");
        return result;
    }
    const QJsonObject fields = callbackFields(request);
    const QString messageId = jsonText(fields, QStringLiteral("message_id"));
    const QString number = e164(jsonText(fields, QStringLiteral("number")));
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // A STOP posted to the replies URL is still a STOP.
    if (isReport && !fields.contains(QStringLiteral("stop_date"))) {
        const QString status = fields.value(QStringLiteral("status")).toString();
        if (messageId.isEmpty() || number.isEmpty() || status.isEmpty()) {
            result.status = 400;
            result.errorString =
                tr("An Octopush delivery report without message_id, number or status.");
            return result;
        }
        DeliveryReport report;
        report.providerMessageId = providerMessageId(messageId, number);
        report.phone = number;
        report.status = deliveryStatus(status);
        if (report.status != DeliveryStatus::Delivered && report.status != DeliveryStatus::Buffered)
            report.errorCode = status.toUpper();
        report.at = now;
        report.raw = request.body;
        result.reports.append(report);
        return result;
    }

    InboundMessage message;
    message.from = number;
    message.text = fields.value(QStringLiteral("text")).toString();
    message.providerMessageId = messageId;
    message.stop = isStop || fields.contains(QStringLiteral("stop_date"));
    message.at = now;
    message.raw = request.body;
    if (message.from.isEmpty()) {
        result.status = 400;
        result.errorString = tr("An Octopush reply or STOP without number.");
        return result;
    }
    result.inbound.append(message);
    return result;
}

} // namespace Sending
