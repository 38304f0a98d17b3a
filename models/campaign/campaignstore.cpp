// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignstore.h"

#include "audience/sensitivecolumns.h"
#include "campaign/recipientquery.h"
#include "consent/consentrequestcheck.h"
#include "sms/messagetemplate.h"
#include "sms/smsencoding.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/useraccount.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const QString kColumns = QStringLiteral(
    "id, name, kind, state, election_id, audience_id, segment, message, footer, sender_id, "
    "provider_id, scheduled_at, budget_cap_mc, revision, created_at, updated_at, "
    "approved_revision, approved_at, system_kind");

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong());
}

QVariant toMs(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch())
                           : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// Binds, in this order: name, kind, election_id, audience_id, segment, message, footer,
// sender_id, provider_id, scheduled_at, budget_cap_mc — the fields an edit may change.
// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

void bindEditableFields(QSqlQuery &query, const Campaign &campaign)
{
    query.addBindValue(campaign.name);
    query.addBindValue(Campaign::kindKey(campaign.kind));
    query.addBindValue(idOrNull(campaign.electionId));
    query.addBindValue(campaign.audienceId);
    query.addBindValue(notNull(campaign.segment.toJson()));
    query.addBindValue(notNull(campaign.message));
    query.addBindValue(notNull(campaign.footer));
    query.addBindValue(notNull(campaign.senderId));
    query.addBindValue(idOrNull(campaign.providerId));
    query.addBindValue(toMs(campaign.scheduledAt));
    query.addBindValue(campaign.budgetCapMc > 0 ? QVariant(campaign.budgetCapMc)
                                                : QVariant(QMetaType(QMetaType::LongLong)));
}

Campaign readCampaign(const QSqlQuery &query)
{
    Campaign c;
    c.id = query.value(0).toLongLong();
    c.name = query.value(1).toString();
    Campaign::kindFromKey(query.value(2).toString(), &c.kind);
    Campaign::stateFromKey(query.value(3).toString(), &c.state);
    c.electionId = query.value(4).toLongLong();
    c.audienceId = query.value(5).toLongLong();
    c.segment = Segment::fromJson(query.value(6).toString(), &c.segmentError);
    c.message = query.value(7).toString();
    c.footer = query.value(8).toString();
    c.senderId = query.value(9).toString();
    c.providerId = query.value(10).toLongLong();
    c.scheduledAt = fromMs(query.value(11));
    c.budgetCapMc = query.value(12).toLongLong();
    c.revision = query.value(13).toInt();
    c.createdAt = fromMs(query.value(14));
    c.updatedAt = fromMs(query.value(15));
    c.approvedRevision = query.value(16).toInt();
    c.approvedAt = fromMs(query.value(17));
    c.systemKind = query.value(18).toString();
    return c;
}

} // namespace

CampaignStore::CampaignStore(Database *database, QString actor)
    : m_database(database)
    , m_actor(actor.isEmpty() ? database->actor() : std::move(actor))
{ }

QList<Campaign> CampaignStore::list()
{
    QList<Campaign> campaigns;
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM campaigns ORDER BY updated_at DESC, id DESC")
                        .arg(kColumns))) {
        m_errorString = query.lastError().text();
        return campaigns;
    }
    while (query.next())
        campaigns.append(readCampaign(query));
    return campaigns;
}

std::optional<Campaign> CampaignStore::find(qint64 id)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM campaigns WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readCampaign(query);
}

std::optional<Campaign> CampaignStore::findByName(const QString &name)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM campaigns WHERE name = ?").arg(kColumns));
    query.addBindValue(name.trimmed());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readCampaign(query);
}

qint64 CampaignStore::idByName(const QString &table, const QString &name)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE name = ?").arg(table));
    query.addBindValue(name.trimmed());
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QString CampaignStore::nameById(const QString &table, qint64 id)
{
    if (id <= 0)
        return {};
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

qint64 CampaignStore::audienceId(const QString &name)
{
    return idByName(QStringLiteral("audiences"), name);
}
qint64 CampaignStore::electionId(const QString &name)
{
    return idByName(QStringLiteral("elections"), name);
}
qint64 CampaignStore::providerId(const QString &name)
{
    return idByName(QStringLiteral("providers"), name);
}
QString CampaignStore::audienceName(qint64 id)
{
    return nameById(QStringLiteral("audiences"), id);
}
QString CampaignStore::electionName(qint64 id)
{
    return nameById(QStringLiteral("elections"), id);
}
QString CampaignStore::providerName(qint64 id)
{
    return nameById(QStringLiteral("providers"), id);
}

bool CampaignStore::validate(const Campaign &campaign)
{
    if (!campaign.segmentError.isEmpty()) {
        // An unreadable segment reads as "everyone": never let that through.
        m_errorString =
            tr("The segment of this campaign cannot be read: %1").arg(campaign.segmentError);
        return false;
    }
    if (campaign.name.trimmed().isEmpty()) {
        m_errorString = tr("A campaign needs a name.");
        return false;
    }
    if (campaign.audienceId <= 0 || audienceName(campaign.audienceId).isEmpty()) {
        m_errorString = tr("Choose the audience the campaign writes to.");
        return false;
    }
    if (campaign.electionId > 0 && electionName(campaign.electionId).isEmpty()) {
        m_errorString = tr("The chosen election does not exist.");
        return false;
    }
    if (campaign.providerId > 0 && providerName(campaign.providerId).isEmpty()) {
        m_errorString = tr("The chosen provider does not exist.");
        return false;
    }
    if (!campaign.senderId.isEmpty()) {
        const Sms::SenderIdCheck check = Sms::validateSenderId(campaign.senderId);
        if (!check.ok) {
            m_errorString = check.errorString;
            return false;
        }
    }
    const QStringList known = RecipientQuery::availableFields(m_database, campaign.audienceId);
    const QList<MessageTemplate::Error> errors = MessageTemplate(campaign.message).errors(known);
    if (!errors.isEmpty()) {
        m_errorString = errors.constFirst().message;
        return false;
    }
    for (const Segment::Filter &filter : campaign.segment.filters) {
        if (!known.contains(filter.column)) {
            m_errorString =
                tr("The filter column \"%1\" is not a column of this audience.").arg(filter.column);
            return false;
        }
        const QString refusal =
            SensitiveColumns::refusalFor(m_database, campaign.audienceId, filter.column);
        if (!refusal.isEmpty()) {
            m_errorString = refusal;
            return false;
        }
    }
    return true;
}

bool CampaignStore::audit(const QString &action, const Campaign &campaign, const QString &details)
{
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, object_type, object_id, details) "
                       "VALUES (?, ?, ?, 'campaign', ?, ?)"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(m_actor);
    query.addBindValue(action);
    query.addBindValue(campaign.id);
    query.addBindValue(details);
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        return false;
    }
    return true;
}

bool CampaignStore::create(Campaign *campaign)
{
    campaign->name = campaign->name.trimmed();
    if (!validate(*campaign))
        return false;
    if (findByName(campaign->name)) {
        m_errorString = tr("A campaign named \"%1\" already exists.").arg(campaign->name);
        return false;
    }
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch());
    QSqlQuery query(db);
    QString sql = QStringLiteral(
        "INSERT INTO campaigns (name, kind, state, election_id, audience_id, segment, message, "
        "footer, sender_id, provider_id, scheduled_at, budget_cap_mc, revision, created_at, "
        "updated_at) VALUES (?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
    if (m_database->isPostgreSql())
        sql += QStringLiteral(" RETURNING id");
    query.prepare(sql);
    bindEditableFields(query, *campaign);
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec()) {
        m_errorString = tr("Cannot save the campaign: %1").arg(query.lastError().text());
        return false;
    }
    campaign->id = m_database->isPostgreSql() ? (query.next() ? query.value(0).toLongLong() : 0)
                                              : query.lastInsertId().toLongLong();
    campaign->state = Campaign::State::Draft;
    campaign->revision = 1;
    campaign->createdAt = now;
    campaign->updatedAt = now;
    campaign->approvedRevision = 0;
    campaign->approvedAt = QDateTime();
    if (!audit(
            QStringLiteral("campaign.create"), *campaign,
            QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("name"), campaign->name}})
                                  .toJson(QJsonDocument::Compact))))
        return false;
    if (!transaction.commit()) {
        m_errorString = transaction.errorString();
        return false;
    }
    return true;
}

bool CampaignStore::update(Campaign *campaign)
{
    campaign->name = campaign->name.trimmed();
    const std::optional<Campaign> stored = find(campaign->id);
    if (!stored) {
        m_errorString = tr("This campaign no longer exists.");
        return false;
    }
    if (!Campaign::isEditable(stored->state)) {
        m_errorString = tr("A campaign that is %1 can no longer be edited.")
                            .arg(Campaign::stateLabel(stored->state).toLower());
        return false;
    }
    if (!validate(*campaign))
        return false;
    const std::optional<Campaign> sameName = findByName(campaign->name);
    if (sameName && sameName->id != campaign->id) {
        m_errorString = tr("A campaign named \"%1\" already exists.").arg(campaign->name);
        return false;
    }
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(db);
    // Any edit voids an approval: the approver approved another text. The state check in the
    // WHERE clause makes a concurrent start of sending win over a late edit.
    query.prepare(QStringLiteral(
        "UPDATE campaigns SET name = ?, kind = ?, state = 'draft', election_id = ?, audience_id = "
        "?, "
        "segment = ?, message = ?, footer = ?, sender_id = ?, provider_id = ?, scheduled_at = ?, "
        "budget_cap_mc = ?, revision = revision + 1, updated_at = ?, approved_by = NULL, "
        "approved_revision = NULL, approved_at = NULL WHERE id = ? AND state IN ('draft', "
        "'approved')"));
    bindEditableFields(query, *campaign);
    query.addBindValue(now);
    query.addBindValue(campaign->id);
    if (!query.exec()) {
        m_errorString = tr("Cannot save the campaign: %1").arg(query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_errorString = tr("The campaign changed state meanwhile and can no longer be edited.");
        return false;
    }
    const bool wasApproved = stored->state == Campaign::State::Approved;
    const QJsonObject details {{QStringLiteral("revision"), stored->revision + 1},
                               {QStringLiteral("approval_voided"), wasApproved}};
    if (!audit(QStringLiteral("campaign.edit"), *campaign,
               QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))))
        return false;
    if (!transaction.commit()) {
        m_errorString = transaction.errorString();
        return false;
    }
    const std::optional<Campaign> saved = find(campaign->id);
    if (saved)
        *campaign = *saved;
    return true;
}

bool CampaignStore::checkApprover(const Campaign &campaign, qint64 *approverId)
{
    QString error;
    const std::optional<UserAccount> me = UserAccount::find(m_database, m_actor, &error);
    if (!me) {
        m_errorString = error;
        return false;
    }
    *approverId = me->id;
    // A database without user accounts has one user, its administrator, who approves alone.
    if (!me->accountsExist)
        return true;
    if (me->id == 0) {
        m_errorString = tr("%1 has no active user account in this database: only approvers and "
                           "administrators may approve a campaign.")
                            .arg(m_actor);
        return false;
    }
    if (me->role != QLatin1String("approver") && me->role != QLatin1String("administrator")) {
        m_errorString = tr("%1 composes campaigns: only an approver or an administrator may "
                           "approve one.")
                            .arg(m_actor);
        return false;
    }
    // Two-person rule: whoever wrote or edited the campaign cannot approve it.
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "SELECT 1 FROM audit_log WHERE object_type = 'campaign' AND object_id = ? AND action IN "
        "('campaign.create', 'campaign.edit') AND actor = ?"));
    query.addBindValue(campaign.id);
    query.addBindValue(m_actor);
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        return false;
    }
    if (query.next()) {
        m_errorString = tr("Two-person rule: %1 wrote or edited this campaign, so another "
                           "approver must approve it.")
                            .arg(m_actor);
        return false;
    }
    return true;
}

bool CampaignStore::setState(Campaign *campaign, Campaign::State state)
{
    const std::optional<Campaign> stored = find(campaign->id);
    if (!stored) {
        m_errorString = tr("This campaign no longer exists.");
        return false;
    }
    if (!Campaign::canTransition(stored->state, state)) {
        m_errorString = tr("A campaign cannot go from %1 to %2.")
                            .arg(Campaign::stateLabel(stored->state).toLower(),
                                 Campaign::stateLabel(state).toLower());
        return false;
    }
    // Approving, scheduling or sending a campaign whose segment cannot be read would write to
    // the whole audience.
    if (state != Campaign::State::Draft && state != Campaign::State::Cancelled
        && !stored->segmentError.isEmpty()) {
        m_errorString =
            tr("The segment of this campaign cannot be read: %1").arg(stored->segmentError);
        return false;
    }
    // A consent request says who writes, why, where the number comes from, how to answer and
    // how to object, or it is not approved.
    if (state == Campaign::State::Approved && stored->kind == Campaign::Kind::ConsentRequest) {
        const QString failures =
            Consent::RequestCheck::failures(Consent::RequestCheck::check(m_database, *stored));
        if (!failures.isEmpty()) {
            m_errorString = tr("This consent request cannot be approved yet. %1").arg(failures);
            return false;
        }
    }
    qint64 approverId = 0;
    if (state == Campaign::State::Approved && !checkApprover(*stored, &approverId))
        return false;
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(db);
    const bool approving = state == Campaign::State::Approved;
    const bool backToDraft = state == Campaign::State::Draft;
    query.prepare(
        QStringLiteral(
            "UPDATE campaigns SET state = ?, updated_at = ?%1 WHERE id = ? AND state = ?")
            .arg(approving ? QStringLiteral(
                     ", approved_revision = revision, approved_at = ?, approved_by = ?")
                     : backToDraft ? QStringLiteral(
                           ", approved_by = NULL, approved_revision = NULL, approved_at = NULL")
                                   : QString()));
    query.addBindValue(Campaign::stateKey(state));
    query.addBindValue(now);
    if (approving) {
        query.addBindValue(now);
        query.addBindValue(approverId > 0 ? QVariant(approverId)
                                          : QVariant(QMetaType(QMetaType::LongLong)));
    }
    query.addBindValue(campaign->id);
    query.addBindValue(Campaign::stateKey(stored->state));
    if (!query.exec() || query.numRowsAffected() != 1) {
        m_errorString = query.lastError().isValid() ? query.lastError().text()
                                                    : tr("The campaign changed state meanwhile.");
        return false;
    }
    const QJsonObject details {{QStringLiteral("from"), Campaign::stateKey(stored->state)},
                               {QStringLiteral("to"), Campaign::stateKey(state)},
                               {QStringLiteral("revision"), stored->revision}};
    if (!audit(QStringLiteral("campaign.state"), *stored,
               QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))))
        return false;
    if (!transaction.commit()) {
        m_errorString = transaction.errorString();
        return false;
    }
    const std::optional<Campaign> saved = find(campaign->id);
    if (saved)
        *campaign = *saved;
    return true;
}
