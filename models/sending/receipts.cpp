// SPDX-License-Identifier: GPL-3.0-or-later
#include "receipts.h"

#include "consent/replyinterpreter.h"
#include "consent/stopconfirmation.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Sending;

namespace {

bool fail(QString *errorString, const QString &message)
{
    if (errorString)
        *errorString = message;
    return false;
}

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

// The state a report moves its message to; empty when the message keeps its state.
QString finalState(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Delivered:
        return QStringLiteral("delivered");
    case DeliveryStatus::Failed:
    case DeliveryStatus::Rejected:
        return QStringLiteral("failed");
    case DeliveryStatus::Expired:
        return QStringLiteral("expired");
    case DeliveryStatus::Accepted:
    case DeliveryStatus::Buffered:
    case DeliveryStatus::Unknown:
        break;
    }
    return {};
}

qint64 millis(const QDateTime &at)
{
    return at.isValid() ? at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// A null QString binds as NULL, which equals nothing.
QString notNull(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("") : text;
}

} // namespace

Receipts::Receipts(Database *database)
    : m_database(database)
{ }

QString Receipts::statusKey(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Accepted:
        return QStringLiteral("accepted");
    case DeliveryStatus::Buffered:
        return QStringLiteral("buffered");
    case DeliveryStatus::Delivered:
        return QStringLiteral("delivered");
    case DeliveryStatus::Failed:
        return QStringLiteral("failed");
    case DeliveryStatus::Expired:
        return QStringLiteral("expired");
    case DeliveryStatus::Rejected:
        return QStringLiteral("rejected");
    case DeliveryStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool Receipts::isStopKeyword(const QString &text)
{
    // One keyword list for the whole application: the consent flow's.
    return Consent::ReplyInterpreter::interpret(text).kind == Consent::ReplyKind::Stop;
}

bool Receipts::recordReports(qint64 providerId, const QList<DeliveryReport> &reports,
                             QString *errorString)
{
    Q_UNUSED(providerId) // delivery_reports has no provider column: the message names it
    if (reports.isEmpty())
        return true;
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return fail(errorString, transaction.errorString());
    QSqlQuery byRef(db);
    byRef.prepare(
        QStringLiteral("SELECT id, provider_message_id FROM messages WHERE client_ref = ?"));
    QSqlQuery byProviderId(db);
    byProviderId.prepare(
        QStringLiteral("SELECT id, provider_message_id FROM messages WHERE provider_message_id = ? "
                       "ORDER BY id DESC LIMIT 1"));
    // A report for one number of a batch (Kannel) names its message by (campaign, phone),
    // unique in the outbox.
    QSqlQuery byCampaignPhone(db);
    byCampaignPhone.prepare(QStringLiteral("SELECT id, provider_message_id FROM messages WHERE "
                                           "campaign_id = ? AND phone = ?"));
    QSqlQuery seen(db);
    seen.prepare(QStringLiteral(
        "SELECT 1 FROM delivery_reports WHERE (message_id = ? OR (message_id IS NULL AND "
        "COALESCE(provider_message_id, '') = ?)) AND status = ? AND COALESCE(error_code, '') = ?"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO delivery_reports (message_id, provider_message_id, status, error_code, raw, "
        "received_at) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE messages SET state = ?, final_at = ?, error_code = COALESCE(?, error_code), "
        "provider_message_id = COALESCE(provider_message_id, ?) "
        "WHERE id = ? AND state IN ('submitting', 'accepted', 'unknown')"));
    QSqlQuery accept(db);
    accept.prepare(QStringLiteral(
        "UPDATE messages SET state = 'accepted', accepted_at = COALESCE(accepted_at, ?), "
        "provider_message_id = COALESCE(provider_message_id, ?) "
        "WHERE id = ? AND state IN ('submitting', 'unknown')"));

    for (const DeliveryReport &report : reports) {
        QVariant messageId(QMetaType(QMetaType::LongLong));
        QString providerMessageId = report.providerMessageId;
        QSqlQuery &find = report.clientRef.isEmpty() ? byProviderId : byRef;
        if (!report.clientRef.isEmpty() || !report.providerMessageId.isEmpty()) {
            find.addBindValue(report.clientRef.isEmpty() ? report.providerMessageId
                                                         : report.clientRef);
            if (!find.exec())
                return fail(errorString, sqlError(find));
            if (find.next()) {
                messageId = find.value(0).toLongLong();
                if (providerMessageId.isEmpty())
                    providerMessageId = find.value(1).toString();
            }
            find.finish();
        }
        if (messageId.isNull() && report.campaignId > 0 && !report.phone.isEmpty()) {
            byCampaignPhone.addBindValue(report.campaignId);
            byCampaignPhone.addBindValue(report.phone);
            if (!byCampaignPhone.exec())
                return fail(errorString, sqlError(byCampaignPhone));
            if (byCampaignPhone.next()) {
                messageId = byCampaignPhone.value(0).toLongLong();
                if (providerMessageId.isEmpty())
                    providerMessageId = byCampaignPhone.value(1).toString();
            }
            byCampaignPhone.finish();
        }
        const QString status = statusKey(report.status);
        seen.addBindValue(messageId.isNull() ? QVariant(qint64(-1)) : messageId);
        seen.addBindValue(notNull(providerMessageId));
        seen.addBindValue(status);
        seen.addBindValue(notNull(report.errorCode));
        if (!seen.exec())
            return fail(errorString, sqlError(seen));
        const bool duplicate = seen.next();
        seen.finish();
        if (duplicate)
            continue;
        const qint64 at = millis(report.at);
        insert.addBindValue(messageId);
        insert.addBindValue(nullable(providerMessageId));
        insert.addBindValue(status);
        insert.addBindValue(nullable(report.errorCode));
        insert.addBindValue(QString::fromUtf8(report.raw));
        insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!insert.exec())
            return fail(errorString, sqlError(insert));
        if (messageId.isNull())
            continue;
        const QString state = finalState(report.status);
        if (!state.isEmpty()) {
            update.addBindValue(state);
            update.addBindValue(at);
            update.addBindValue(nullable(report.errorCode));
            update.addBindValue(nullable(report.providerMessageId));
            update.addBindValue(messageId);
            if (!update.exec())
                return fail(errorString, sqlError(update));
        } else if (report.status == DeliveryStatus::Accepted
                   || report.status == DeliveryStatus::Buffered) {
            // The provider has it: a message left "unknown" by a crash is settled.
            accept.addBindValue(at);
            accept.addBindValue(nullable(report.providerMessageId));
            accept.addBindValue(messageId);
            if (!accept.exec())
                return fail(errorString, sqlError(accept));
        }
    }
    if (!transaction.commit())
        return fail(errorString, transaction.errorString());
    return true;
}

bool Receipts::recordInbound(qint64 providerId, const QList<InboundMessage> &messages,
                             QString *errorString)
{
    if (messages.isEmpty())
        return true;
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return fail(errorString, transaction.errorString());
    const QVariant provider =
        providerId > 0 ? QVariant(providerId) : QVariant(QMetaType(QMetaType::LongLong));
    QSqlQuery seen(db);
    seen.prepare(QStringLiteral("SELECT 1 FROM inbound_messages WHERE provider_message_id = ? "
                                "AND phone = ?"));
    QSqlQuery lastSent(db);
    lastSent.prepare(QStringLiteral(
        "SELECT m.id, m.campaign_id, c.audience_id, a.name, m.body, m.provider_message_id "
        "FROM messages m JOIN campaigns c ON c.id = m.campaign_id "
        "LEFT JOIN audiences a ON a.id = c.audience_id "
        "WHERE m.phone = ? AND m.state IN ('accepted', 'delivered', 'unknown', 'submitting') "
        "ORDER BY m.id DESC LIMIT 1"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO inbound_messages (provider_id, phone, recipient, body, provider_message_id, "
        "received_at, interpretation, in_reply_to, handled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    Consent::Ledger ledger(m_database);

    for (const InboundMessage &message : messages) {
        if (message.from.isEmpty())
            continue;
        if (!message.providerMessageId.isEmpty()) {
            seen.addBindValue(message.providerMessageId);
            seen.addBindValue(message.from);
            if (!seen.exec())
                return fail(errorString, sqlError(seen));
            const bool duplicate = seen.next();
            seen.finish();
            if (duplicate)
                continue;
        }
        // What the reply answers: the last message this number was sent.
        Consent::Ledger::Record record;
        record.at = QDateTime::fromMSecsSinceEpoch(millis(message.at), Qt::UTC);
        record.phone = message.from;
        record.textReceived = message.text;
        record.actor = message.stop ? QStringLiteral("provider") : QStringLiteral("recipient");
        lastSent.addBindValue(message.from);
        if (!lastSent.exec())
            return fail(errorString, sqlError(lastSent));
        const bool answersSomething = lastSent.next();
        if (answersSomething) {
            record.messageId = lastSent.value(0).toLongLong();
            record.audienceId = lastSent.value(2).toLongLong();
            record.audienceName = lastSent.value(3).toString();
            record.textSent = lastSent.value(4).toString();
        }
        lastSent.finish();
        record.providerMessageId = message.providerMessageId;

        Consent::Interpretation meaning;
        if (message.stop) {
            meaning.kind = Consent::ReplyKind::Stop;
            meaning.reason = QStringLiteral("provider");
        } else {
            meaning = Consent::ReplyInterpreter::interpret(message.text);
        }
        record.note = meaning.toString();
        const bool needsReview = meaning.kind == Consent::ReplyKind::Ambiguous;
        const qint64 at = record.at.toMSecsSinceEpoch();
        insert.addBindValue(provider);
        insert.addBindValue(message.from);
        insert.addBindValue(nullable(message.to));
        insert.addBindValue(notNull(message.text)); // a provider STOP may carry no text
        insert.addBindValue(nullable(message.providerMessageId));
        insert.addBindValue(at);
        insert.addBindValue(Consent::ReplyInterpreter::kindKey(meaning.kind));
        insert.addBindValue(record.messageId > 0 ? QVariant(record.messageId)
                                                 : QVariant(QMetaType(QMetaType::LongLong)));
        insert.addBindValue(needsReview ? QVariant(QMetaType(QMetaType::LongLong))
                                        : QVariant(QDateTime::currentMSecsSinceEpoch()));
        if (!insert.exec())
            return fail(errorString, sqlError(insert));
        if (!applyAnswer(&ledger, record, meaning.kind, answersSomething))
            return fail(errorString, ledger.errorString());
        QString error;
        if (meaning.kind == Consent::ReplyKind::Stop
            && !Consent::StopConfirmation::queue(m_database, record.phone, providerId, &error))
            qWarning("Receipts: cannot queue the STOP confirmation: %s", qPrintable(error));
    }
    if (!transaction.commit())
        return fail(errorString, transaction.errorString());
    return true;
}

bool Receipts::applyAnswer(Consent::Ledger *ledger, Consent::Ledger::Record record,
                           Consent::ReplyKind kind, bool answersSomething)
{
    using Consent::Ledger;
    QString current;
    if (!ledger->readState(record.phone, &current))
        return false;
    switch (kind) {
    case Consent::ReplyKind::Stop:
        return ledger->suppress(
            record,
            record.actor == QLatin1String("provider") ? QStringLiteral("provider_stop")
                                                      : QStringLiteral("stop_reply"),
            record.actor == QLatin1String("provider") ? QStringLiteral("provider")
                                                      : QStringLiteral("reply"));
    case Consent::ReplyKind::Yes:
        // A yes counts as consent only as an answer to a consent request (late answers and a
        // change of mind after a refusal included); STOP stays final (Ledger::nextState).
        if (current != QLatin1String("requested") && current != QLatin1String("expired")
            && current != QLatin1String("refused"))
            return true;
        record.event = Ledger::Event::Granted;
        return ledger->append(record);
    case Consent::ReplyKind::No:
        // A no to any message we sent: refused (a withdrawal after a yes too).
        if (current == QLatin1String("refused") || current == QLatin1String("opted_out")
            || (current.isEmpty() && !answersSomething))
            return true;
        record.event = Ledger::Event::Refused;
        return ledger->append(record);
    case Consent::ReplyKind::Empty:
    case Consent::ReplyKind::Ambiguous:
        break; // the review queue (inbound_messages.handled_at IS NULL) has it
    }
    return true;
}
