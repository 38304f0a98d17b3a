// SPDX-License-Identifier: GPL-3.0-or-later
#include "audiencepurge.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

AudiencePurge::AudiencePurge(Database *database, QString actor)
    : m_database(database)
    , m_actor(actor.isEmpty() ? Database::localActor() : std::move(actor))
{ }

QList<AudiencePurge::Candidate> AudiencePurge::expired(const QDateTime &now)
{
    QList<Candidate> candidates;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT id, name, retention_until, contact_count FROM audiences "
                                 "WHERE purged_at IS NULL AND retention_until IS NOT NULL "
                                 "AND retention_until < ? ORDER BY retention_until"));
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec())
        return candidates;
    while (query.next()) {
        candidates.append({query.value(0).toLongLong(), query.value(1).toString(),
                           QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong()),
                           query.value(3).toLongLong()});
    }
    return candidates;
}

AudiencePurge::Result AudiencePurge::purge(qint64 audienceId)
{
    Result result;
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive()) {
        result.errorString = transaction.errorString();
        return result;
    }
    QSqlQuery query(db);
    const auto fail = [&]() {
        result.errorString = tr("Purging the audience failed: %1").arg(query.lastError().text());
        return result;
    };
    query.prepare(QStringLiteral("SELECT name FROM audiences WHERE id = ? AND purged_at IS NULL"));
    query.addBindValue(audienceId);
    if (!query.exec())
        return fail();
    if (!query.next()) {
        result.errorString = tr("This audience does not exist or was already purged.");
        return result;
    }
    const QString name = query.value(0).toString();

    query.prepare(QStringLiteral("DELETE FROM import_rejects WHERE import_id IN "
                                 "(SELECT id FROM imports WHERE audience_id = ?)"));
    query.addBindValue(audienceId);
    if (!query.exec())
        return fail();
    result.rejectsDeleted = query.numRowsAffected();
    query.prepare(QStringLiteral("DELETE FROM contacts WHERE audience_id = ?"));
    query.addBindValue(audienceId);
    if (!query.exec())
        return fail();
    result.contactsDeleted = query.numRowsAffected();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.prepare(
        QStringLiteral("UPDATE audiences SET purged_at = ?, contact_count = 0 WHERE id = ?"));
    query.addBindValue(now);
    query.addBindValue(audienceId);
    if (!query.exec())
        return fail();
    const QJsonObject details {{QStringLiteral("name"), name},
                               {QStringLiteral("contacts"), result.contactsDeleted},
                               {QStringLiteral("rejects"), result.rejectsDeleted}};
    query.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, object_type, object_id, details) "
                       "VALUES (?, ?, 'audience.purge', 'audience', ?, ?)"));
    query.addBindValue(now);
    query.addBindValue(m_actor);
    query.addBindValue(audienceId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return fail();
    if (!transaction.commit()) {
        result.errorString = transaction.errorString();
        return result;
    }
    result.ok = true;
    return result;
}
