// SPDX-License-Identifier: GPL-3.0-or-later
#include "stopconfirmation.h"

#include "consent/consentgate.h"
#include "sending/outbox.h"
#include "sms/smsencoding.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Consent;

namespace {

bool fail(QString *error, const QSqlQuery &query)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

QString StopConfirmation::systemKind()
{
    return QStringLiteral("stop_confirmation");
}

bool StopConfirmation::queue(Database *database, const QString &phone, qint64 providerId,
                             QString *error)
{
    const Settings settings = Settings::load(database);
    const QString text = settings.stopConfirmationText.trimmed();
    if (!settings.stopConfirmation || text.isEmpty() || phone.isEmpty() || providerId <= 0)
        return true;
    // A savepoint, so that a failure here never takes the STOP itself down with it.
    QSqlQuery savepoint(database->connection());
    if (!savepoint.exec(QStringLiteral("SAVEPOINT stop_confirmation")))
        return fail(error, savepoint);
    if (queueInTransaction(database, text, phone, providerId, error))
        return savepoint.exec(QStringLiteral("RELEASE SAVEPOINT stop_confirmation"))
            || fail(error, savepoint);
    savepoint.exec(QStringLiteral("ROLLBACK TO SAVEPOINT stop_confirmation"));
    savepoint.exec(QStringLiteral("RELEASE SAVEPOINT stop_confirmation"));
    return false;
}

bool StopConfirmation::queueInTransaction(Database *database, const QString &text,
                                          const QString &phone, qint64 providerId, QString *error)
{
    QSqlDatabase db = database->connection();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id, state FROM campaigns WHERE system_kind = ? AND "
                                "provider_id = ? ORDER BY id LIMIT 1"));
    find.addBindValue(systemKind());
    find.addBindValue(providerId);
    if (!find.exec())
        return fail(error, find);
    qint64 campaignId = 0;
    QString state;
    if (find.next()) {
        campaignId = find.value(0).toLongLong();
        state = find.value(1).toString();
    }
    find.finish();

    if (campaignId == 0) {
        QSqlQuery provider(db);
        provider.prepare(QStringLiteral("SELECT name, sender_id FROM providers WHERE id = ?"));
        provider.addBindValue(providerId);
        if (!provider.exec())
            return fail(error, provider);
        if (!provider.next())
            return true; // the provider is gone: nobody to send it through
        // Campaign names are the team's data, in French like the rest of it; a name a person
        // already took gets the provider's id.
        QString name = QStringLiteral("Confirmations STOP — %1").arg(provider.value(0).toString());
        const QVariant sender = provider.value(1);
        provider.finish();
        QSqlQuery taken(db);
        taken.prepare(QStringLiteral("SELECT 1 FROM campaigns WHERE name = ?"));
        taken.addBindValue(name);
        if (!taken.exec())
            return fail(error, taken);
        if (taken.next())
            name += QStringLiteral(" #%1").arg(providerId);
        taken.finish();
        QSqlQuery insert(db);
        QString sql = QStringLiteral(
            "INSERT INTO campaigns (name, kind, state, message, footer, sender_id, provider_id, "
            "revision, approved_revision, approved_at, created_at, updated_at, system_kind) "
            "VALUES (?, 'campaign', 'sending', ?, '', ?, ?, 1, 1, ?, ?, ?, ?)");
        if (database->isPostgreSql())
            sql += QStringLiteral(" RETURNING id");
        insert.prepare(sql);
        insert.addBindValue(name);
        insert.addBindValue(text);
        insert.addBindValue(sender.toString().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                        : sender);
        insert.addBindValue(providerId);
        insert.addBindValue(now);
        insert.addBindValue(now);
        insert.addBindValue(now);
        insert.addBindValue(systemKind());
        if (!insert.exec())
            return fail(error, insert);
        campaignId = database->isPostgreSql() ? (insert.next() ? insert.value(0).toLongLong() : 0)
                                              : insert.lastInsertId().toLongLong();
        insert.finish();
        QString auditError;
        if (!AuditLog::append(database, QStringLiteral("tribune"),
                              QStringLiteral("campaign.create"), QStringLiteral("campaign"),
                              campaignId,
                              {{QStringLiteral("name"), name},
                               {QStringLiteral("system_kind"), systemKind()},
                               {QStringLiteral("provider_id"), providerId}},
                              &auditError)) {
            if (error)
                *error = auditError;
            return false;
        }
    }

    const Sms::Measure measure = Sms::measure(text);
    QString digits = phone;
    digits.remove(QLatin1Char('+'));
    QSqlQuery message(db);
    message.prepare(QStringLiteral(
        "INSERT INTO messages (campaign_id, phone, body, encoding, parts, state, client_ref, "
        "queued_at) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?) "
        "ON CONFLICT (campaign_id, phone) DO NOTHING"));
    message.addBindValue(campaignId);
    message.addBindValue(phone);
    message.addBindValue(text);
    message.addBindValue(Sms::encodingName(measure.encoding));
    message.addBindValue(measure.parts);
    message.addBindValue(Outbox::clientRef(campaignId, digits, Outbox::newRunSuffix()));
    message.addBindValue(now);
    if (!message.exec())
        return fail(error, message);
    if (message.numRowsAffected() > 0 && state == QLatin1String("done")) {
        // A finished run closed the campaign; a new confirmation opens it again.
        QSqlQuery reopen(db);
        reopen.prepare(QStringLiteral("UPDATE campaigns SET state = 'sending', updated_at = ? "
                                      "WHERE id = ? AND state = 'done'"));
        reopen.addBindValue(now);
        reopen.addBindValue(campaignId);
        if (!reopen.exec())
            return fail(error, reopen);
    }
    return true;
}

QList<StopConfirmation::Pending> StopConfirmation::pending(Database *database, QString *error)
{
    QList<Pending> campaigns;
    QSqlDatabase db = database->connection();
    QSqlQuery reopen(db);
    reopen.prepare(QStringLiteral(
        "UPDATE campaigns SET state = 'sending', updated_at = ? WHERE system_kind = ? AND "
        "state IN ('done', 'paused') AND EXISTS (SELECT 1 FROM messages m WHERE m.campaign_id = "
        "campaigns.id "
        "AND m.state = 'queued')"));
    reopen.addBindValue(QDateTime::currentMSecsSinceEpoch());
    reopen.addBindValue(systemKind());
    if (!reopen.exec()) {
        fail(error, reopen);
        return campaigns;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT c.id, c.provider_id FROM campaigns c WHERE c.system_kind = ? AND c.state = "
        "'sending' AND c.provider_id IS NOT NULL AND EXISTS (SELECT 1 FROM messages m WHERE "
        "m.campaign_id = c.id AND m.state = 'queued') ORDER BY c.id"));
    query.addBindValue(systemKind());
    if (!query.exec()) {
        fail(error, query);
        return campaigns;
    }
    while (query.next())
        campaigns.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return campaigns;
}
