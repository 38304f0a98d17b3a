// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewqueue.h"

#include "consent/consentledger.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Consent;

namespace {
// Pending replies with what they answer; %1 is the extra condition.
const QLatin1String kSelect("SELECT i.id, i.phone, i.body, i.received_at, m.body, a.name, cs.state "
                            "FROM inbound_messages i LEFT JOIN messages m ON m.id = i.in_reply_to "
                            "LEFT JOIN campaigns c ON c.id = m.campaign_id "
                            "LEFT JOIN audiences a ON a.id = c.audience_id "
                            "LEFT JOIN consent_states cs ON cs.phone = i.phone "
                            "WHERE i.interpretation = 'ambiguous' AND i.handled_at IS NULL%1 "
                            "ORDER BY i.received_at, i.id");
} // namespace

ReviewQueue::ReviewQueue(Database *database)
    : m_database(database)
{ }

bool ReviewQueue::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

QString ReviewQueue::decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::Yes:
        return QStringLiteral("yes");
    case Decision::No:
        return QStringLiteral("no");
    case Decision::Stop:
        return QStringLiteral("stop");
    case Decision::Dismiss:
        return QStringLiteral("dismiss");
    }
    return QString();
}

QList<ReviewQueue::Item> ReviewQueue::pending(int limit)
{
    QList<Item> items;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QString(kSelect).arg(QString()) + QStringLiteral(" LIMIT ?"));
    query.addBindValue(qMax(1, limit));
    if (!query.exec()) {
        fail(tr("Cannot read the replies to review: %1").arg(query.lastError().text()));
        return items;
    }
    while (query.next()) {
        Item item;
        item.inboundId = query.value(0).toLongLong();
        item.phone = query.value(1).toString();
        item.text = query.value(2).toString();
        item.receivedAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        item.textSent = query.value(4).toString();
        item.audienceName = query.value(5).toString();
        item.state = query.value(6).toString();
        items.append(item);
    }
    return items;
}

qint64 ReviewQueue::pendingCount()
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM inbound_messages WHERE interpretation = "
                                   "'ambiguous' AND handled_at IS NULL"))
        || !query.next()) {
        fail(query.lastError().text());
        return -1;
    }
    return query.value(0).toLongLong();
}

bool ReviewQueue::decide(qint64 inboundId, Decision decision, const QString &actor, qint64 userId,
                         const QString &note)
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return fail(transaction.errorString());
    QSqlQuery query(db);
    query.prepare(QString(kSelect).arg(QStringLiteral(" AND i.id = ?")));
    query.addBindValue(inboundId);
    if (!query.exec())
        return fail(query.lastError().text());
    if (!query.next())
        return fail(tr("This reply was already decided, or no longer exists."));
    Ledger::Record record;
    record.phone = query.value(1).toString();
    record.textReceived = query.value(2).toString();
    record.textSent = query.value(4).toString();
    record.audienceName = query.value(5).toString();
    const QString state = query.value(6).toString();
    query.finish();
    record.userId = userId;
    record.actor = actor;
    record.note = note.isEmpty() ? tr("decided after reading the reply") : note;

    Ledger ledger(m_database);
    switch (decision) {
    case Decision::Yes:
    case Decision::No:
        if (state == QLatin1String("opted_out"))
            return fail(
                tr("%1 said STOP: nothing can make it a yes or a no again.").arg(record.phone));
        record.event = Ledger::Event::Override;
        record.state =
            decision == Decision::Yes ? QStringLiteral("granted") : QStringLiteral("refused");
        if (!ledger.append(record))
            return fail(ledger.errorString());
        break;
    case Decision::Stop:
        if (!ledger.suppress(record, QStringLiteral("stop_reply"), QStringLiteral("review")))
            return fail(ledger.errorString());
        break;
    case Decision::Dismiss:
        break;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.prepare(QStringLiteral("UPDATE inbound_messages SET handled_at = ? WHERE id = ? AND "
                                 "handled_at IS NULL"));
    query.addBindValue(now);
    query.addBindValue(inboundId);
    if (!query.exec() || query.numRowsAffected() != 1)
        return fail(tr("This reply was already decided, or no longer exists."));
    QString error;
    if (!AuditLog::append(m_database, actor, QStringLiteral("consent.review"),
                          QStringLiteral("inbound_message"), inboundId,
                          {{QStringLiteral("decision"), decisionKey(decision)},
                           {QStringLiteral("phone"), record.phone}},
                          &error, userId))
        return fail(error);
    return transaction.commit() || fail(transaction.errorString());
}
