// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxprovider.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTimer>
#include <QtEndian>

namespace Sending {

SandboxProvider::SandboxProvider(ProviderConfig config, QObject *parent)
    : Provider(std::move(config), parent)
{
    m_acceptDelayMs = int(option("accept_delay_ms", 5));
    m_deliveryDelayMs = int(option("delivery_delay_ms", 2000));
    m_replyDelayMs = int(option("reply_delay_ms", m_deliveryDelayMs));
    m_failureRate = option("failure_rate", 0);
    const QJsonObject replies =
        this->config().options.value(QStringLiteral("reply_rates")).toObject();
    m_ouiRate = replies.value(QStringLiteral("oui")).toDouble(0);
    m_nonRate = replies.value(QStringLiteral("non")).toDouble(0);
    m_stopRate = replies.value(QStringLiteral("stop")).toDouble(0);
    m_seeded = this->config().options.contains(QStringLiteral("seed"));
    m_seed = quint64(option("seed", 0));
    m_logPath = this->config().options.value(QStringLiteral("submission_log")).toString();
}

SandboxProvider::~SandboxProvider() = default;

double SandboxProvider::option(const char *name, double fallback) const
{
    return config().options.value(QLatin1String(name)).toDouble(fallback);
}

Capabilities SandboxProvider::capabilities() const
{
    Capabilities capabilities;
    capabilities.maxBatch = std::max(1, int(option("max_batch", 1)));
    capabilities.batchNeedsSameText = false;
    capabilities.callbacks = false;
    capabilities.polling = false;
    capabilities.lookupByClientRef = !m_logPath.isEmpty();
    capabilities.dryRun = true;
    return capabilities;
}

bool SandboxProvider::appendToLog(const QList<OutgoingMessage> &batch)
{
    if (m_logPath.isEmpty())
        return true;
    // Unbuffered append: each line reaches the kernel at once, so a kill -9 of Tribune right
    // after cannot lose it (the file stands for the provider's own record).
    QFile file(m_logPath);
    if (!file.open(QIODevice::Append | QIODevice::Unbuffered))
        return false;
    QByteArray lines;
    for (const OutgoingMessage &message : batch)
        lines += message.clientRef.toUtf8() + ' ' + message.phone.toUtf8() + '\n';
    return file.write(lines) == lines.size();
}

void SandboxProvider::submit(const QList<OutgoingMessage> &batch, SubmitCallback done)
{
    // The request "leaves" now: a crash after this point leaves the message taken.
    const bool logged = appendToLog(batch);
    QTimer::singleShot(m_acceptDelayMs, this, [this, batch, logged, done = std::move(done)]() {
        QList<SubmitResult> results;
        for (const OutgoingMessage &message : batch) {
            SubmitResult result;
            result.messageId = message.id;
            if (!logged) {
                result.outcome = SubmitOutcome::Retry;
                result.errorText = QStringLiteral("sandbox: cannot write the submission log");
            } else {
                ++m_submitted;
                result.outcome = SubmitOutcome::Accepted;
                result.providerMessageId = QStringLiteral("SBX-") + message.clientRef;
                scheduleOutcome(message, result.providerMessageId);
            }
            results.append(result);
        }
        done(results);
    });
}

void SandboxProvider::scheduleOutcome(const OutgoingMessage &message, const QString &providerId)
{
    // One generator per message: the same seed gives each message the same fate, whatever the
    // order or batching of submissions.
    quint64 seed = m_seed;
    if (m_seeded) {
        const QByteArray digest =
            QCryptographicHash::hash(message.clientRef.toUtf8(), QCryptographicHash::Sha1);
        seed ^= qFromLittleEndian<quint64>(digest.constData());
    } else {
        seed = QRandomGenerator::global()->generate64();
    }
    QRandomGenerator random(quint32(seed ^ (seed >> 32)));
    const bool failed = random.generateDouble() < m_failureRate;
    const double replyDraw = random.generateDouble();

    DeliveryReport report;
    report.clientRef = message.clientRef;
    report.providerMessageId = providerId;
    report.status = failed ? DeliveryStatus::Failed : DeliveryStatus::Delivered;
    report.errorCode = failed ? QStringLiteral("sandbox-failure") : QString();
    report.raw = "sandbox " + message.clientRef.toUtf8() + (failed ? " failed" : " delivered");
    QTimer::singleShot(m_deliveryDelayMs, this, [this, report]() mutable {
        report.at = QDateTime::currentDateTimeUtc();
        Q_EMIT deliveryReports({report});
    });
    if (failed)
        return;
    QString text;
    if (replyDraw < m_stopRate)
        text = QStringLiteral("STOP");
    else if (replyDraw < m_stopRate + m_ouiRate)
        text = QStringLiteral("OUI");
    else if (replyDraw < m_stopRate + m_ouiRate + m_nonRate)
        text = QStringLiteral("NON");
    if (text.isEmpty())
        return;
    InboundMessage reply;
    reply.from = message.phone;
    reply.to = message.sender;
    reply.text = text;
    reply.providerMessageId = QStringLiteral("SBX-MO-") + message.clientRef;
    reply.raw = "sandbox reply " + text.toUtf8();
    QTimer::singleShot(m_deliveryDelayMs + m_replyDelayMs, this, [this, reply]() mutable {
        reply.at = QDateTime::currentDateTimeUtc();
        Q_EMIT inboundMessages({reply});
    });
}

void SandboxProvider::testConnection(TestCallback done)
{
    QTimer::singleShot(m_acceptDelayMs, this, [done = std::move(done)]() {
        done(true,
             QCoreApplication::translate("SandboxProvider",
                                         "The sandbox is built in: nothing leaves this "
                                         "computer."));
    });
}

void SandboxProvider::lookup(const OutgoingMessage &message, LookupCallback done)
{
    SubmitResult result;
    result.messageId = message.id;
    result.outcome = SubmitOutcome::Unknown;
    if (!m_logPath.isEmpty()) {
        QFile file(m_logPath);
        if (!file.exists()) {
            result.outcome = SubmitOutcome::Retry; // nothing was ever taken
        } else if (file.open(QIODevice::ReadOnly)) {
            const QByteArray needle = message.clientRef.toUtf8() + ' ';
            result.outcome = SubmitOutcome::Retry;
            while (!file.atEnd()) {
                if (file.readLine().startsWith(needle)) {
                    result.outcome = SubmitOutcome::Accepted;
                    result.providerMessageId = QStringLiteral("SBX-") + message.clientRef;
                    break;
                }
            }
        }
    }
    QTimer::singleShot(0, this, [result, done = std::move(done)]() { done(result); });
}

} // namespace Sending
