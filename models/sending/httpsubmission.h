// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/provider.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;
class QNetworkRequest;

namespace Sending {

// The request bookkeeping the HTTP provider adapters share: replies still pending, whether each
// request was written (Retry or Unknown when no answer comes), the network-level failure and
// Retry-After. What an HTTP status means stays in each adapter: the providers differ there.
//
// A member of the adapter, whose QObject is the context of every connection; on destruction the
// replies still pending are aborted without calling their handlers.
class HttpSubmission final
{
    Q_DISABLE_COPY_MOVE(HttpSubmission)
public:
    HttpSubmission(QObject *owner, QNetworkAccessManager *network);
    ~HttpSubmission();

    // OneShotBody::post(): the body is sent once, never again by Qt.
    QNetworkReply *post(const QNetworkRequest &request, QByteArray body);
    QNetworkReply *get(const QNetworkRequest &request);

    // Calls handler(reply) once the reply has finished, after handing it to deleteLater() and
    // forgetting it.
    template<typename Handler> void onFinished(QNetworkReply *reply, Handler handler)
    {
        QObject::connect(reply, &QNetworkReply::finished, m_owner,
                         [this, reply, handler = std::move(handler)]() mutable {
                             reply->deleteLater();
                             m_pending.remove(reply);
                             handler(reply);
                         });
    }

    // Aborts the pending replies now: their handlers run (with OperationCanceledError).
    void abortAll();

    // Whether the request was written before the reply finished.
    static bool wasRequestSent(const QNetworkReply *reply);
    // A reply without any HTTP status: Retry when the request never left, else Unknown (it may
    // have been taken); errorCode "timeout" or "network".
    static SubmitResult networkFailure(const QNetworkReply *reply);
    // Retry-After: delay-seconds or an HTTP-date, at most a day; -1 when absent or unreadable.
    static int retryAfterMs(const QNetworkReply *reply);

private:
    QNetworkReply *track(QNetworkReply *reply);

    QObject *m_owner;
    QNetworkAccessManager *m_network;
    QSet<QNetworkReply *> m_pending;
};

} // namespace Sending
