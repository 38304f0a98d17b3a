// SPDX-License-Identifier: GPL-3.0-or-later
#include "consentledger.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Consent;

namespace {

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

const QStringList &validStates()
{
    static const QStringList states = {QStringLiteral("unknown"),   QStringLiteral("requested"),
                                       QStringLiteral("granted"),   QStringLiteral("refused"),
                                       QStringLiteral("opted_out"), QStringLiteral("expired")};
    return states;
}

} // namespace

Ledger::Ledger(Database *database)
    : m_database(database)
{ }

bool Ledger::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

QString Ledger::eventKey(Event event)
{
    switch (event) {
    case Event::Requested:
        return QStringLiteral("requested");
    case Event::Granted:
        return QStringLiteral("granted");
    case Event::Refused:
        return QStringLiteral("refused");
    case Event::OptedOut:
        return QStringLiteral("opted_out");
    case Event::Expired:
        return QStringLiteral("expired");
    case Event::OwnProof:
        return QStringLiteral("own_proof");
    case Event::Override:
        return QStringLiteral("override");
    case Event::Correction:
        return QStringLiteral("correction");
    }
    return QString();
}

std::optional<Ledger::Event> Ledger::eventFromKey(const QString &key)
{
    for (Event event : {Event::Requested, Event::Granted, Event::Refused, Event::OptedOut,
                        Event::Expired, Event::OwnProof, Event::Override, Event::Correction}) {
        if (eventKey(event) == key)
            return event;
    }
    return std::nullopt;
}

QString Ledger::eventLabel(Event event)
{
    switch (event) {
    case Event::Requested:
        return tr("Consent requested");
    case Event::Granted:
        return tr("Agreed");
    case Event::Refused:
        return tr("Refused");
    case Event::OptedOut:
        return tr("STOP (opted out)");
    case Event::Expired:
        return tr("No answer (expired)");
    case Event::OwnProof:
        return tr("Audience collected by the party (own proof)");
    case Event::Override:
        return tr("Decided by a person");
    case Event::Correction:
        return tr("Correction");
    }
    return QString();
}

QString Ledger::stateLabel(const QString &state)
{
    if (state.isEmpty() || state == QLatin1String("unknown"))
        return tr("never asked");
    if (state == QLatin1String("requested"))
        return tr("awaiting an answer");
    if (state == QLatin1String("granted"))
        return tr("agreed");
    if (state == QLatin1String("refused"))
        return tr("refused");
    if (state == QLatin1String("opted_out"))
        return tr("opted out (STOP)");
    if (state == QLatin1String("expired"))
        return tr("no answer (expired)");
    return state;
}

QString Ledger::nextState(const QString &current, Event event, const QString &target)
{
    const QString optedOut = QStringLiteral("opted_out");
    if (current == optedOut)
        return current; // STOP wins forever
    const bool neverAsked = current.isEmpty() || current == QLatin1String("unknown");
    switch (event) {
    case Event::Requested:
        return neverAsked ? QStringLiteral("requested") : current;
    case Event::Granted:
        return QStringLiteral("granted");
    case Event::Refused:
        return QStringLiteral("refused");
    case Event::OptedOut:
        return optedOut;
    case Event::Expired:
        return current == QLatin1String("requested") ? QStringLiteral("expired") : current;
    case Event::OwnProof:
        return current;
    case Event::Override:
    case Event::Correction:
        return validStates().contains(target) ? target : current;
    }
    return current;
}

bool Ledger::readState(const QString &phone, QString *state)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT state FROM consent_states WHERE phone = ?"));
    query.addBindValue(phone);
    if (!query.exec())
        return fail(tr("Cannot read the consent state: %1").arg(query.lastError().text()));
    *state = query.next() ? query.value(0).toString() : QString();
    return true;
}

QString Ledger::state(const QString &phone)
{
    QString current;
    readState(phone, &current);
    return current;
}

bool Ledger::append(const Record &record, QString *stateAfter)
{
    if (record.phone.isEmpty())
        return fail(tr("A consent event needs a phone number."));
    if ((record.event == Event::Override || record.event == Event::Correction)
        && !validStates().contains(record.state))
        return fail(tr("\"%1\" is not a consent state.").arg(record.state));
    QString current;
    if (record.phone != QLatin1String("*") && !readState(record.phone, &current))
        return false;
    const qint64 at =
        record.at.isValid() ? record.at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    QSqlDatabase db = m_database->connection();
    QSqlQuery insert(db);
    QString sql = QStringLiteral(
        "INSERT INTO consent_events (at, phone, audience_id, audience_name, event, text_sent, "
        "text_received, message_id, provider_message_id, user_id, actor, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (m_database->isPostgreSql())
        sql += QStringLiteral(" RETURNING id");
    insert.prepare(sql);
    insert.addBindValue(at);
    insert.addBindValue(record.phone);
    insert.addBindValue(nullableId(record.audienceId));
    insert.addBindValue(nullableText(record.audienceName));
    insert.addBindValue(eventKey(record.event));
    insert.addBindValue(nullableText(record.textSent));
    insert.addBindValue(nullableText(record.textReceived));
    insert.addBindValue(nullableId(record.messageId));
    insert.addBindValue(nullableText(record.providerMessageId));
    insert.addBindValue(nullableId(record.userId));
    insert.addBindValue(record.actor.isEmpty() ? QStringLiteral("tribune") : record.actor);
    const QString note = record.state.isEmpty() || record.event == Event::OptedOut
        ? record.note
        : (record.note.isEmpty() ? record.state
                                 : record.state + QStringLiteral(": ") + record.note);
    insert.addBindValue(nullableText(note));
    if (!insert.exec())
        return fail(tr("Cannot write to the consent ledger: %1").arg(insert.lastError().text()));
    const qint64 eventId = m_database->isPostgreSql()
        ? (insert.next() ? insert.value(0).toLongLong() : 0)
        : insert.lastInsertId().toLongLong();

    if (record.phone == QLatin1String("*"))
        return true;
    const QString next = nextState(current, record.event, record.state);
    if (stateAfter)
        *stateAfter = next;
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO consent_states (phone, state, changed_at, last_event_id) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (phone) DO UPDATE SET state = excluded.state, changed_at = "
        "excluded.changed_at, last_event_id = excluded.last_event_id"));
    upsert.addBindValue(record.phone);
    upsert.addBindValue(next.isEmpty() ? QStringLiteral("unknown") : next);
    // The state changed now (the event's own time may be the provider's, earlier): counts that
    // top up "changes since" must see it.
    upsert.addBindValue(next == current ? at : qMax(at, QDateTime::currentMSecsSinceEpoch()));
    upsert.addBindValue(eventId);
    if (!upsert.exec())
        return fail(tr("Cannot update the consent state: %1").arg(upsert.lastError().text()));
    return true;
}

bool Ledger::suppress(const Record &record, const QString &reason, const QString &source)
{
    QSqlQuery insert(m_database->connection());
    insert.prepare(
        QStringLiteral("INSERT INTO suppressions (phone, reason, source, note, added_at, added_by) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (phone) DO NOTHING"));
    insert.addBindValue(record.phone);
    insert.addBindValue(reason);
    insert.addBindValue(nullableText(source));
    insert.addBindValue(
        nullableText(record.textReceived.isEmpty() ? record.note : record.textReceived.left(160)));
    insert.addBindValue(record.at.isValid() ? record.at.toMSecsSinceEpoch()
                                            : QDateTime::currentMSecsSinceEpoch());
    insert.addBindValue(nullableId(record.userId));
    if (!insert.exec())
        return fail(tr("Cannot add %1 to the suppression list: %2")
                        .arg(record.phone, insert.lastError().text()));
    Record event = record;
    event.event = Event::OptedOut;
    // Every STOP is proof worth keeping, even a second one.
    return append(event);
}

QList<Ledger::Record> Ledger::history(const QString &phone)
{
    QList<Record> records;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "SELECT id, at, phone, audience_id, audience_name, event, text_sent, text_received, "
        "message_id, provider_message_id, user_id, actor, note FROM consent_events "
        "WHERE phone = ? ORDER BY id"));
    query.addBindValue(phone);
    if (!query.exec()) {
        fail(query.lastError().text());
        return records;
    }
    while (query.next()) {
        Record r;
        r.id = query.value(0).toLongLong();
        r.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        r.phone = query.value(2).toString();
        r.audienceId = query.value(3).toLongLong();
        r.audienceName = query.value(4).toString();
        r.event = eventFromKey(query.value(5).toString()).value_or(Event::Correction);
        r.textSent = query.value(6).toString();
        r.textReceived = query.value(7).toString();
        r.messageId = query.value(8).toLongLong();
        r.providerMessageId = query.value(9).toString();
        r.userId = query.value(10).toLongLong();
        r.actor = query.value(11).toString();
        r.note = query.value(12).toString();
        records.append(r);
    }
    return records;
}

qint64 Ledger::expire(int days, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 cutoff = nowMs - qint64(days) * 24 * 3600 * 1000;
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive()) {
        fail(transaction.errorString());
        return -1;
    }
    // One event per expired request, naming the audience of the request, then the states.
    QSqlQuery events(db);
    events.prepare(QStringLiteral(
        "INSERT INTO consent_events (at, phone, audience_id, audience_name, event, message_id, "
        "actor, note) SELECT ?, cs.phone, e.audience_id, e.audience_name, 'expired', "
        "e.message_id, 'tribune', ? FROM consent_states cs LEFT JOIN consent_events e "
        "ON e.id = cs.last_event_id WHERE cs.state = 'requested' AND cs.changed_at < ?"));
    events.addBindValue(nowMs);
    events.addBindValue(QStringLiteral("no answer after %1 days").arg(days));
    events.addBindValue(cutoff);
    if (!events.exec()) {
        fail(events.lastError().text());
        return -1;
    }
    const qint64 expired = events.numRowsAffected();
    if (expired == 0)
        return 0;
    QSqlQuery states(db);
    states.prepare(QStringLiteral(
        "UPDATE consent_states SET state = 'expired', changed_at = ?, last_event_id = "
        "(SELECT MAX(e.id) FROM consent_events e WHERE e.phone = consent_states.phone) "
        "WHERE state = 'requested' AND changed_at < ?"));
    states.addBindValue(nowMs);
    states.addBindValue(cutoff);
    if (!states.exec()) {
        fail(states.lastError().text());
        return -1;
    }
    if (!transaction.commit()) {
        fail(transaction.errorString());
        return -1;
    }
    return expired;
}

std::optional<Ledger::Funnel> Ledger::funnel(qint64 audienceId, int expiryDays)
{
    if (expire(expiryDays) < 0)
        return std::nullopt;
    Funnel f;
    QSqlQuery query(m_database->connection());
    const auto run = [&](const QString &sql) {
        query.prepare(sql);
        query.addBindValue(audienceId);
        if (!query.exec()) {
            fail(tr("Cannot read the consent figures: %1").arg(query.lastError().text()));
            return false;
        }
        return true;
    };
    if (!run(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE audience_id = ?"))
        || !query.next())
        return std::nullopt;
    f.contacts = query.value(0).toLongLong();
    // From the consent states to the audience's contacts: proportional to the numbers that
    // have a state, not to the size of the audience.
    if (!run(QStringLiteral("SELECT cs.state, COUNT(*) FROM consent_states cs CROSS JOIN "
                            "contacts c WHERE c.audience_id = ? AND c.phone = cs.phone "
                            "GROUP BY cs.state")))
        return std::nullopt;
    qint64 withState = 0;
    while (query.next()) {
        const QString state = query.value(0).toString();
        const qint64 n = query.value(1).toLongLong();
        if (state == QLatin1String("requested"))
            f.awaiting = n;
        else if (state == QLatin1String("granted"))
            f.granted = n;
        else if (state == QLatin1String("refused"))
            f.refused = n;
        else if (state == QLatin1String("opted_out"))
            f.optedOut = n;
        else if (state == QLatin1String("expired"))
            f.expired = n;
        if (state != QLatin1String("unknown"))
            withState += n;
    }
    if (!run(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM "
                            "consent_states cs WHERE cs.phone = s.phone AND cs.state <> "
                            "'unknown') THEN 0 ELSE 1 END), 0) FROM suppressions s CROSS JOIN "
                            "contacts c WHERE c.audience_id = ? AND c.phone = s.phone"))
        || !query.next())
        return std::nullopt;
    f.suppressed = query.value(0).toLongLong();
    const qint64 suppressedWithoutState = query.value(1).toLongLong();
    f.neverAsked = qMax<qint64>(0, f.contacts - withState - suppressedWithoutState);
    if (!run(QStringLiteral("SELECT COUNT(DISTINCT e.phone) FROM consent_events e WHERE "
                            "e.event = 'requested' AND EXISTS (SELECT 1 FROM contacts c WHERE "
                            "c.audience_id = ? AND c.phone = e.phone)"))
        || !query.next())
        return std::nullopt;
    f.requested = query.value(0).toLongLong();
    return f;
}

bool Ledger::setOwnProof(qint64 audienceId, const QString &proof, const QString &actor,
                         qint64 userId)
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return fail(transaction.errorString());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM audiences WHERE id = ?"));
    query.addBindValue(audienceId);
    if (!query.exec() || !query.next())
        return fail(tr("This audience no longer exists."));
    const QString name = query.value(0).toString();
    const QString trimmed = proof.trimmed();
    query.prepare(
        QStringLiteral("UPDATE audiences SET origin = ?, own_consent_proof = ? WHERE id = ?"));
    query.addBindValue(trimmed.isEmpty() ? QStringLiteral("rented") : QStringLiteral("own"));
    query.addBindValue(nullableText(trimmed));
    query.addBindValue(audienceId);
    if (!query.exec())
        return fail(query.lastError().text());
    if (!trimmed.isEmpty()) {
        Record record;
        record.phone = QStringLiteral("*");
        record.event = Event::OwnProof;
        record.audienceId = audienceId;
        record.audienceName = name;
        record.userId = userId;
        record.actor = actor;
        record.note = trimmed;
        if (!append(record))
            return false;
    }
    QString error;
    if (!AuditLog::append(m_database, actor,
                          trimmed.isEmpty() ? QStringLiteral("consent.gate_restored")
                                            : QStringLiteral("consent.own_proof"),
                          QStringLiteral("audience"), audienceId,
                          {{QStringLiteral("proof"), trimmed}}, &error, userId))
        return fail(error);
    return transaction.commit() || fail(transaction.errorString());
}
