// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/provider.h"

#include <QPointer>
#include <QSet>

class QNetworkReply;

namespace Sending {

// Sends through a Kannel gateway's HTTP sendsms interface and reads its delivery-report
// (dlr-url) and inbound (sms-service get-url) callbacks.
//
// Options (ProviderConfig::options): "timeoutMs" (reply timeout, default 30000), "maxBatch"
// (numbers per request when the text is the same, default 1: reports for a batch name their
// message by campaign and phone, which Receipts does not match yet).
class KannelProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KannelProvider)
public:
    KannelProvider(ProviderConfig config, QNetworkAccessManager *network,
                   QObject *parent = nullptr);
    ~KannelProvider() override;

    Capabilities capabilities() const override;
    void submit(const QList<OutgoingMessage> &batch, SubmitCallback done) override;
    void testConnection(TestCallback done) override;
    CallbackResult handleCallback(const CallbackRequest &request) override;

    // The sendsms URL for a batch (one text, one or more numbers); exposed for tests.
    QUrl sendUrl(const QList<OutgoingMessage> &batch) const;
    // The dlr-url Kannel calls back for a batch, with its %-placeholders.
    QString deliveryReportUrl(const QList<OutgoingMessage> &batch) const;

private:
    QUrl sendsmsEndpoint() const;
    QList<SubmitResult> readReply(QNetworkReply *reply, const QList<OutgoingMessage> &batch) const;
    CallbackResult readDeliveryReport(const CallbackRequest &request) const;
    CallbackResult readInbound(const CallbackRequest &request) const;

    QNetworkAccessManager *m_network;
    QSet<QNetworkReply *> m_pending;
};

} // namespace Sending
