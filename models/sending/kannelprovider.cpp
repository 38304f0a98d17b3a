// SPDX-License-Identifier: GPL-3.0-or-later
#include "kannelprovider.h"

#include "sending/httpsubmission.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

#include <algorithm>

namespace Sending {

namespace {

// Kannel's dlr-mask bits: delivered, undelivered, buffered, accepted by the SMSC, rejected.
constexpr int DlrDelivered = 1;
constexpr int DlrUndelivered = 2;
constexpr int DlrBuffered = 4;
constexpr int DlrSmscAccepted = 8;
constexpr int DlrSmscRejected = 16;
constexpr int DlrAll = 31;

// Header values cannot hold line breaks or other control characters.
bool isHeaderSafe(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(),
                        [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

bool isUrlSafe(const QString &text)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._~-]+$"));
    return safe.match(text).hasMatch();
}

// A query as Kannel writes it: '+' stands for a space, a real '+' is %2B.
QUrlQuery kannelQuery(const QUrl &url)
{
    QString query = url.query(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrlQuery(query);
}

QString value(const QUrlQuery &query, const char *key)
{
    return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

// Numbers as SMS centres hand them over: "+33612345678", "0033612345678", "33612345678" or a
// national "0612345678" (France).
QString toE164(const QString &number)
{
    QString digits = number.trimmed();
    digits.remove(QLatin1Char(' '));
    if (digits.startsWith(QLatin1Char('+')))
        return digits;
    if (digits.startsWith(QLatin1String("00")))
        return QLatin1Char('+') + digits.mid(2);
    if (digits.size() == 10 && digits.startsWith(QLatin1Char('0')))
        return QStringLiteral("+33") + digits.mid(1);
    if (digits.size() >= 11 && !digits.startsWith(QLatin1Char('0')))
        return QLatin1Char('+') + digits;
    return digits; // a short code or a sender name: kept as received
}

DeliveryStatus statusFromMask(int value)
{
    if (value & DlrDelivered)
        return DeliveryStatus::Delivered;
    if (value & DlrUndelivered)
        return DeliveryStatus::Failed;
    if (value & DlrSmscRejected)
        return DeliveryStatus::Rejected;
    if (value & DlrBuffered)
        return DeliveryStatus::Buffered;
    if (value & DlrSmscAccepted)
        return DeliveryStatus::Accepted;
    return DeliveryStatus::Unknown;
}

QByteArray rawRequest(const CallbackRequest &request)
{
    QByteArray raw = request.method + ' ' + request.url.toEncoded();
    if (!request.body.isEmpty())
        raw += '\n' + request.body;
    return raw;
}

CallbackResult badRequest(const QString &why)
{
    CallbackResult result;
    result.handled = true;
    result.status = 400;
    result.errorString = why;
    result.responseBody = why.toUtf8();
    return result;
}

} // namespace

KannelProvider::KannelProvider(ProviderConfig config, QNetworkAccessManager *network,
                               QObject *parent)
    : Provider(std::move(config), parent)
    , m_http(this, network)
{ }

KannelProvider::~KannelProvider()
{
    // abort() finishes each reply at once: its callback runs (Unknown) while we still exist.
    m_http.abortAll();
}

Capabilities KannelProvider::capabilities() const
{
    Capabilities capabilities;
    capabilities.maxBatch = std::max(1, config().options.value(QLatin1String("maxBatch")).toInt(1));
    capabilities.batchNeedsSameText = true;
    capabilities.callbacks = true;
    capabilities.polling = false;
    capabilities.lookupByClientRef = false;
    capabilities.dryRun = true; // sendsms without a receiver: 400 with good credentials
    return capabilities;
}

QUrl KannelProvider::sendsmsEndpoint() const
{
    QUrl url = config().endpoint;
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QStringLiteral("/cgi-bin/sendsms"));
    url.setQuery(QString());
    return url;
}

QString KannelProvider::unsafeParameterText()
{
    return tr("The user name, password, sender or number holds a line break or another control "
              "character, which cannot be sent to the gateway.");
}

QString KannelProvider::deliveryReportUrl(const QList<OutgoingMessage> &batch) const
{
    if (!config().callbackBase.isValid() || batch.isEmpty())
        return {};
    QString base = config().callbackBase.toString(QUrl::FullyEncoded | QUrl::RemoveQuery);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // Kannel replaces %d (status), %p (receiver), %T (unix time); our own ids go in literally,
    // so they must not contain '%' themselves.
    QString url = base
        + QStringLiteral("/kannel/dlr?provider=%1&campaign=%2")
              .arg(config().id)
              .arg(batch.constFirst().campaignId);
    if (batch.size() == 1) {
        const QString &ref = batch.constFirst().clientRef;
        if (isUrlSafe(ref))
            url += QStringLiteral("&ref=") + ref;
        else
            url += QStringLiteral("&ref64=")
                + QString::fromLatin1(ref.toUtf8().toBase64(QByteArray::Base64UrlEncoding
                                                            | QByteArray::OmitTrailingEquals));
    }
    url += QStringLiteral("&status=%d&to=%p&at=%T");
    return url;
}

std::optional<QNetworkRequest> KannelProvider::baseRequest(QString *errorString) const
{
    if (!isHeaderSafe(config().account) || !isHeaderSafe(config().secret)) {
        *errorString = unsafeParameterText();
        return std::nullopt;
    }
    // Kannel's POST form: the text is the body, every parameter a header. The password then
    // travels in a header, not in a URL that gateways and proxies write to their logs.
    QNetworkRequest request(sendsmsEndpoint());
    request.setTransferTimeout(config().options.value(QLatin1String("timeoutMs")).toInt(30000));
    // Without the charset Kannel reads the body as Latin-1 and a UCS-2 text arrives garbled.
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain; charset=UTF-8"));
    request.setRawHeader("X-Kannel-Username", config().account.toUtf8());
    request.setRawHeader("X-Kannel-Password", config().secret.toUtf8());
    return request;
}

std::optional<QNetworkRequest> KannelProvider::sendRequest(const QList<OutgoingMessage> &batch,
                                                           QString *errorString) const
{
    std::optional<QNetworkRequest> request = baseRequest(errorString);
    if (!request)
        return std::nullopt;
    const OutgoingMessage &first = batch.constFirst();
    QStringList numbers;
    for (const OutgoingMessage &message : batch)
        numbers.append(message.phone);
    const QString sender = first.sender.isEmpty() ? config().senderId : first.sender;
    const QString to = numbers.join(QLatin1Char(' '));
    if (!isHeaderSafe(sender) || !isHeaderSafe(to)) {
        *errorString = unsafeParameterText();
        return std::nullopt;
    }
    // Header values are taken as they are: no percent-encoding, a '+' stays a '+'.
    if (!sender.isEmpty())
        request->setRawHeader("X-Kannel-From", sender.toUtf8());
    request->setRawHeader("X-Kannel-To", to.toUtf8());
    // The text is always UTF-8 on the wire; coding 2 asks Kannel for UCS-2 on the air.
    request->setRawHeader("X-Kannel-Coding", first.encoding == Sms::Encoding::Ucs2 ? "2" : "0");
    const QString dlrUrl = deliveryReportUrl(batch);
    if (!dlrUrl.isEmpty()) {
        request->setRawHeader("X-Kannel-DLR-Mask", QByteArray::number(DlrAll));
        request->setRawHeader("X-Kannel-DLR-URL", dlrUrl.toUtf8());
    }
    return request;
}

void KannelProvider::submit(const QList<OutgoingMessage> &batch, SubmitCallback done)
{
    QList<SubmitResult> refused;
    QList<OutgoingMessage> toSend;
    for (const OutgoingMessage &message : batch) {
        // Kannel cuts a text longer than the user's max-messages and still answers 202.
        const int parts = std::max(message.parts, Sms::analyse(message.body).parts);
        if (parts > config().maxParts) {
            SubmitResult result;
            result.messageId = message.id;
            result.outcome = SubmitOutcome::Failed;
            result.errorCode = QStringLiteral("too-long");
            result.errorText = tr("The message has %1 parts; this gateway sends at most %2 (it "
                                  "would cut the rest silently).")
                                   .arg(parts)
                                   .arg(config().maxParts);
            refused.append(result);
        } else {
            toSend.append(message);
        }
    }
    if (toSend.isEmpty()) {
        done(refused);
        return;
    }

    QString error;
    const std::optional<QNetworkRequest> request = sendRequest(toSend, &error);
    if (!request) {
        for (const OutgoingMessage &message : std::as_const(toSend)) {
            SubmitResult result;
            result.messageId = message.id;
            result.outcome = SubmitOutcome::Failed;
            result.errorCode = QStringLiteral("bad-parameter");
            result.errorText = error;
            refused.append(result);
        }
        done(refused);
        return;
    }
    // The body cannot be rewound: Qt reports a dropped connection or an unreadable answer as an
    // error (Unknown) instead of sending the message a second time by itself.
    m_http.onFinished(m_http.post(*request, toSend.constFirst().body.toUtf8()),
                      [this, toSend, refused, done](QNetworkReply *reply) {
                          QList<SubmitResult> results = refused;
                          results += readReply(reply, toSend);
                          done(results);
                      });
}

QList<SubmitResult> KannelProvider::readReply(QNetworkReply *reply,
                                              const QList<OutgoingMessage> &batch) const
{
    SubmitResult common;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QByteArray body = reply->isOpen() ? reply->readAll().trimmed() : QByteArray();
    common.errorText = QString::fromUtf8(body);

    if (status == 0) {
        common.errorCode = QString::number(int(reply->error()));
        common.errorText = reply->errorString();
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
            // Nothing left this computer: safe to send again.
            common.outcome = SubmitOutcome::Retry;
            break;
        default:
            // Timeout after sending, dropped connection, unreadable reply, our own abort: Kannel
            // may have taken the message.
            common.outcome = SubmitOutcome::Unknown;
            break;
        }
    } else {
        common.errorCode = status / 100 == 2 ? QString() : QString::number(status);
        if (status / 100 == 2) {
            // "0: Accepted for delivery", "3: Queued for later delivery"; any 2xx is accepted.
            common.outcome = SubmitOutcome::Accepted;
            common.errorText.clear();
        } else if (status == 401 || status == 403) {
            // Every other message would be refused the same way: the send engine pauses.
            common.outcome = SubmitOutcome::Retry;
            common.accountError = true;
            common.errorText = tr("The gateway refused the user name or password (%1).")
                                   .arg(QString::fromUtf8(body));
        } else if (status == 503) {
            common.outcome = SubmitOutcome::Retry;
        } else if (status / 100 == 4) {
            common.outcome = SubmitOutcome::Failed;
        } else {
            common.outcome = SubmitOutcome::Unknown;
        }
    }

    QList<SubmitResult> results;
    results.reserve(batch.size());
    for (const OutgoingMessage &message : batch) {
        SubmitResult result = common;
        result.messageId = message.id;
        results.append(result);
    }
    return results;
}

void KannelProvider::testConnection(TestCallback done)
{
    // A sendsms without a receiver sends nothing: Kannel checks the credentials first (403),
    // then answers 400 "Missing receiver(s) number(s), rejected".
    QString error;
    const std::optional<QNetworkRequest> request = baseRequest(&error);
    if (!request) {
        done(false, error);
        return;
    }
    m_http.onFinished(m_http.post(*request, "test"), [this, done](QNetworkReply *reply) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString body = QString::fromUtf8(reply->readAll().trimmed());
        if (status == 0) {
            done(false, tr("The gateway cannot be reached: %1").arg(reply->errorString()));
        } else if (status == 403) {
            done(false, tr("The gateway refused the user name or password."));
        } else if (status == 400 && body.contains(QLatin1String("receiver"), Qt::CaseInsensitive)) {
            done(true, tr("Connected to the Kannel gateway; the credentials are accepted."));
        } else {
            done(false,
                 tr("Unexpected answer from the gateway (HTTP %1): %2").arg(status).arg(body));
        }
    });
}

CallbackResult KannelProvider::handleCallback(const CallbackRequest &request)
{
    const QString path = request.url.path();
    const bool dlr = path.endsWith(QLatin1String("/kannel/dlr"));
    const bool mo = path.endsWith(QLatin1String("/kannel/mo"));
    if (!dlr && !mo)
        return {};
    // Several Kannel providers: ours carry provider=<id>; a request without it is anyone's.
    const QString provider = value(kannelQuery(request.url), "provider");
    if (!provider.isEmpty() && provider != QString::number(config().id))
        return {};
    return dlr ? readDeliveryReport(request) : readInbound(request);
}

CallbackResult KannelProvider::readDeliveryReport(const CallbackRequest &request) const
{
    const QUrlQuery query = kannelQuery(request.url);
    bool ok = false;
    const int status = value(query, "status").toInt(&ok);
    if (!ok)
        return badRequest(tr("Delivery report without a status."));

    DeliveryReport report;
    report.clientRef = value(query, "ref");
    const QString ref64 = value(query, "ref64");
    if (report.clientRef.isEmpty() && !ref64.isEmpty())
        report.clientRef = QString::fromUtf8(QByteArray::fromBase64(
            ref64.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    report.campaignId = value(query, "campaign").toLongLong();
    report.phone = toE164(value(query, "to"));
    if (report.clientRef.isEmpty() && (report.campaignId <= 0 || report.phone.isEmpty()))
        return badRequest(tr("Delivery report that names no message."));
    report.status = statusFromMask(status);
    report.errorCode =
        status & (DlrUndelivered | DlrSmscRejected) ? QString::number(status) : QString();
    const qint64 at = value(query, "at").toLongLong(&ok);
    report.at =
        ok && at > 0 ? QDateTime::fromSecsSinceEpoch(at, Qt::UTC) : QDateTime::currentDateTimeUtc();
    report.raw = rawRequest(request);

    CallbackResult result;
    result.handled = true;
    result.reports.append(report);
    return result;
}

CallbackResult KannelProvider::readInbound(const CallbackRequest &request) const
{
    const QUrlQuery query = kannelQuery(request.url);
    InboundMessage message;
    message.from = toE164(value(query, "from"));
    message.to = value(query, "to");
    message.text = value(query, "text");
    if (message.from.isEmpty() || !query.hasQueryItem(QStringLiteral("text")))
        return badRequest(tr("Inbound message without a sender or a text."));
    // %t is "YYYY-MM-DD HH:MM:SS" in UTC.
    QDateTime at = QDateTime::fromString(value(query, "ts"), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (at.isValid())
        at.setTimeSpec(Qt::UTC);
    else
        at = QDateTime::currentDateTimeUtc();
    message.at = at;
    message.raw = rawRequest(request);

    CallbackResult result;
    result.handled = true;
    result.inbound.append(message);
    return result;
}

} // namespace Sending
