// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/provider.h"

#include <QSet>

namespace Sending {

// The offline provider built into Tribune (kind "sandbox"), so the whole product can be tried
// without a contract: accepts every message after a short delay, then reports it delivered or
// failed and simulates replies (OUI / NON / STOP) through the Provider signals.
// Options: accept_delay_ms (5), delivery_delay_ms (2000), failure_rate (0),
// reply_rates {"oui","non","stop"}, reply_delay_ms (= delivery_delay_ms), max_batch (1),
// seed (outcomes drawn per message from seed and client reference: reproducible in tests),
// submission_log (a file every submission is appended to, one "client_ref phone" line, before
// it is accepted; also lets lookup() tell after a crash whether a message was taken).
class SandboxProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxProvider)
public:
    explicit SandboxProvider(ProviderConfig config, QObject *parent = nullptr);
    ~SandboxProvider() override;

    Capabilities capabilities() const override;
    void submit(const QList<OutgoingMessage> &batch, SubmitCallback done) override;
    void testConnection(TestCallback done) override;
    void lookup(const OutgoingMessage &message, LookupCallback done) override;

    qint64 submitted() const { return m_submitted; }

private:
    double option(const char *name, double fallback) const;
    bool appendToLog(const QList<OutgoingMessage> &batch);
    void scheduleOutcome(const OutgoingMessage &message, const QString &providerId);

    qint64 m_submitted = 0;
    int m_acceptDelayMs = 5;
    int m_deliveryDelayMs = 2000;
    int m_replyDelayMs = 2000;
    double m_failureRate = 0;
    double m_ouiRate = 0;
    double m_nonRate = 0;
    double m_stopRate = 0;
    quint64 m_seed = 0;
    bool m_seeded = false;
    QString m_logPath;
};

} // namespace Sending
