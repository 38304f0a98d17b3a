// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientquery.h"

#include "sms/messagetemplate.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace {
// Column order of selectSql().
const char *const kStandardFields[] = {"prenom",      "nom",         "commune",   "code_postal",
                                       "departement", "tranche_age", "date_optin"};
constexpr int kFirstFieldColumn = 2;
constexpr int kAttributesColumn = kFirstFieldColumn + 7;
} // namespace

QString RecipientQuery::Recipient::label() const
{
    QString name =
        (value(QStringLiteral("prenom")) + QLatin1Char(' ') + value(QStringLiteral("nom")))
            .trimmed();
    const QString commune = value(QStringLiteral("commune"));
    if (name.isEmpty())
        name = phone;
    return commune.isEmpty() ? name : name + QStringLiteral(", ") + commune;
}

RecipientQuery::RecipientQuery(Database *database, qint64 audienceId, const Segment &segment,
                               Consent::Purpose purpose)
    : m_database(database)
    , m_audienceId(audienceId)
    , m_segment(segment)
    , m_purpose(purpose)
    , m_gated(Consent::Gate::isGated(database, audienceId))
{ }

QString RecipientQuery::selectSql(const QString &extraCondition, const QString &order, int limit,
                                  QVariantList *values) const
{
    values->append(m_audienceId);
    const QString segmentCondition = m_segment.sqlCondition(m_database->isPostgreSql(), values);
    QString sql =
        QStringLiteral("SELECT c.id, c.phone, c.first_name, c.last_name, c.commune, c.postal_code, "
                       "c.department, c.age_bracket, c.opt_in_date, c.attributes FROM contacts c "
                       "WHERE c.audience_id = ? AND %1 AND %2%3 ORDER BY c.id %4")
            .arg(segmentCondition, Consent::Gate::sqlCondition(m_purpose, m_gated), extraCondition,
                 order);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    return sql;
}

void RecipientQuery::readRow(const QSqlQuery &query, Recipient *recipient,
                             bool parseAttributes) const
{
    recipient->contactId = query.value(0).toLongLong();
    recipient->phone = query.value(1).toString();
    recipient->values.clear();
    if (parseAttributes) {
        const QJsonObject attributes =
            QJsonDocument::fromJson(query.value(kAttributesColumn).toString().toUtf8()).object();
        for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it)
            recipient->values.insert(MessageTemplate::normaliseName(it.key()),
                                     it.value().toVariant().toString());
    }
    for (int i = 0; i < 7; ++i)
        recipient->values.insert(QLatin1String(kStandardFields[i]),
                                 query.value(kFirstFieldColumn + i).toString());
}

bool RecipientQuery::exec(const QStringList &fields)
{
    m_parseAttributes = fields.isEmpty();
    for (const QString &field : fields) {
        if (Segment::standardColumn(field).isEmpty())
            m_parseAttributes = true;
    }
    QVariantList values;
    m_query = QSqlQuery(m_database->connection());
    m_query.setForwardOnly(true);
    if (!m_query.prepare(selectSql(QString(), QStringLiteral("ASC"), 0, &values))) {
        m_errorString = m_query.lastError().text();
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (!m_query.exec()) {
        m_errorString = tr("Cannot read the recipients: %1").arg(m_query.lastError().text());
        return false;
    }
    return true;
}

bool RecipientQuery::next(Recipient *recipient)
{
    if (!m_query.next())
        return false;
    readRow(m_query, recipient, m_parseAttributes);
    return true;
}

qint64 RecipientQuery::count()
{
    QVariantList values;
    values.append(m_audienceId);
    const QString condition = m_segment.sqlCondition(m_database->isPostgreSql(), &values);
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM contacts c WHERE c.audience_id = ? AND %1 AND %2")
            .arg(condition, Consent::Gate::sqlCondition(m_purpose, m_gated)));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec() || !query.next()) {
        m_errorString = tr("Cannot count the recipients: %1").arg(query.lastError().text());
        return -1;
    }
    return query.value(0).toLongLong();
}

std::optional<RecipientQuery::Recipient> RecipientQuery::neighbour(qint64 contactId, bool forward)
{
    QVariantList values;
    const QString sql =
        selectSql(forward ? QStringLiteral(" AND c.id > ?") : QStringLiteral(" AND c.id < ?"),
                  forward ? QStringLiteral("ASC") : QStringLiteral("DESC"), 1, &values);
    values.append(contactId);
    QSqlQuery query(m_database->connection());
    query.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Recipient recipient;
    readRow(query, &recipient, true);
    return recipient;
}

std::optional<RecipientQuery::Recipient> RecipientQuery::byContactId(qint64 contactId)
{
    std::optional<Recipient> recipient = neighbour(contactId - 1, true);
    if (recipient && recipient->contactId != contactId)
        recipient.reset();
    return recipient;
}

QStringList RecipientQuery::availableFields(Database *database, qint64 audienceId)
{
    QStringList fields = MessageTemplate::standardFields();
    fields.append(QStringLiteral("date_optin"));
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral(
        "SELECT name FROM audience_columns WHERE audience_id = ? ORDER BY position"));
    query.addBindValue(audienceId);
    if (query.exec()) {
        while (query.next()) {
            const QString name = MessageTemplate::normaliseName(query.value(0).toString());
            if (!fields.contains(name))
                fields.append(name);
        }
    }
    return fields;
}
