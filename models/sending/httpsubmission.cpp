// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpsubmission.h"

#include "sending/oneshotbody.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <algorithm>

namespace Sending {

namespace {

const char kSentProperty[] = "tribuneRequestSent";
constexpr qint64 kOneDayMs = 24 * 3600 * 1000;

} // namespace

HttpSubmission::HttpSubmission(QObject *owner, QNetworkAccessManager *network)
    : m_owner(owner)
    , m_network(network)
{ }

HttpSubmission::~HttpSubmission()
{
    // The handlers belong to the owner, who is going away with us: abort without calling them.
    const QSet<QNetworkReply *> pending = std::exchange(m_pending, {});
    for (QNetworkReply *reply : pending) {
        reply->disconnect(m_owner);
        reply->abort();
        reply->deleteLater();
    }
}

QNetworkReply *HttpSubmission::post(const QNetworkRequest &request, QByteArray body)
{
    return track(OneShotBody::post(m_network, request, std::move(body)));
}

QNetworkReply *HttpSubmission::get(const QNetworkRequest &request)
{
    return track(m_network->get(request));
}

void HttpSubmission::abortAll()
{
    // abort() finishes each reply at once, so the set changes under us: iterate over a copy.
    const QSet<QNetworkReply *> pending = m_pending;
    for (QNetworkReply *reply : pending)
        reply->abort();
}

QNetworkReply *HttpSubmission::track(QNetworkReply *reply)
{
    m_pending.insert(reply);
    // Whether the request was written decides between Retry and Unknown when no answer comes.
    QObject::connect(reply, &QNetworkReply::requestSent, m_owner,
                     [reply]() { reply->setProperty(kSentProperty, true); });
    return reply;
}

bool HttpSubmission::wasRequestSent(const QNetworkReply *reply)
{
    return reply->property(kSentProperty).toBool();
}

SubmitResult HttpSubmission::networkFailure(const QNetworkReply *reply)
{
    SubmitResult result;
    result.errorCode = reply->error() == QNetworkReply::TimeoutError
            || reply->error() == QNetworkReply::OperationCanceledError
        ? QStringLiteral("timeout")
        : QStringLiteral("network");
    result.errorText = reply->errorString();
    result.outcome = wasRequestSent(reply) ? SubmitOutcome::Unknown : SubmitOutcome::Retry;
    return result;
}

int HttpSubmission::retryAfterMs(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds * 1000, kOneDayMs));
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(at), 0, kOneDayMs));
}

} // namespace Sending
