// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientquery.h"

#include "sms/messagetemplate.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <sqlite3.h>

namespace {
constexpr int kFirstFieldColumn = 2; // after id and phone

// The fields every contact has (Segment's standard columns), made once: the keys of
// Recipient::values and their columns.
const QStringList &standardFields()
{
    static const QStringList fields = Segment::standardFields();
    return fields;
}
const QStringList &standardColumns()
{
    static const QStringList columns = [] {
        QStringList list;
        for (const QString &field : standardFields())
            list.append(Segment::standardColumn(field));
        return list;
    }();
    return columns;
}
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

RecipientQuery::~RecipientQuery() = default;
RecipientQuery::RecipientQuery(RecipientQuery &&) noexcept = default;
RecipientQuery &RecipientQuery::operator=(RecipientQuery &&) noexcept = default;

RecipientQuery::Columns RecipientQuery::allColumns()
{
    Columns columns;
    for (int i = 0; i < standardFields().size(); ++i)
        columns.standard.append(i);
    return columns;
}

QString RecipientQuery::selectSql(const Columns &columns, const QString &extraCondition,
                                  const QString &order, int limit, QVariantList *values) const
{
    values->append(m_audienceId);
    const QString segmentCondition = m_segment.sqlCondition(m_database->isPostgreSql(), values);
    QString selected = QStringLiteral("c.id, c.phone");
    for (int index : columns.standard)
        selected += QStringLiteral(", c.") + standardColumns().at(index);
    if (columns.attributes)
        selected += QStringLiteral(", c.attributes");
    QString sql = QStringLiteral("SELECT %1 FROM contacts c WHERE c.audience_id = ? AND %2 AND "
                                 "%3%4 ORDER BY c.id %5")
                      .arg(selected, segmentCondition,
                           Consent::Gate::sqlCondition(m_purpose, m_gated), extraCondition, order);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    return sql;
}

template<typename Text>
void RecipientQuery::readRow(qint64 contactId, const Text &text, const Columns &columns,
                             Recipient *recipient) const
{
    recipient->contactId = contactId;
    recipient->phone = text(1);
    // Attribute keys vary from row to row; standard ones do not, and are overwritten in place.
    if (columns.attributes || recipient->values.size() != columns.standard.size())
        recipient->values.clear();
    if (columns.attributes) {
        const QJsonObject attributes =
            QJsonDocument::fromJson(text(kFirstFieldColumn + int(columns.standard.size())).toUtf8())
                .object();
        for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it)
            recipient->values.insert(MessageTemplate::normaliseName(it.key()),
                                     it.value().toVariant().toString());
    }
    for (int i = 0; i < columns.standard.size(); ++i)
        recipient->values.insert(standardFields().at(columns.standard.at(i)),
                                 text(kFirstFieldColumn + i));
}

void RecipientQuery::readRow(const QSqlQuery &query, const Columns &columns,
                             Recipient *recipient) const
{
    readRow(
        query.value(0).toLongLong(),
        [&query](int column) { return query.value(column).toString(); }, columns, recipient);
}

bool RecipientQuery::exec(const std::optional<QStringList> &fields)
{
    m_errorString.clear();
    m_columns = allColumns();
    if (fields) {
        m_columns.standard.clear();
        m_columns.attributes = false;
        for (int i = 0; i < standardFields().size(); ++i) {
            if (fields->contains(standardFields().at(i)))
                m_columns.standard.append(i);
        }
        for (const QString &field : *fields) {
            if (Segment::standardColumn(field).isEmpty())
                m_columns.attributes = true;
        }
    }
    QVariantList values;
    QString sql = selectSql(m_columns, QString(), QStringLiteral("ASC"), 0, &values);
    QSqlDatabase db = m_database->connection();
    m_statement.reset();
    if (sqlite3 *handle = SqliteStatement::handle(db)) {
        // As SegmentIndex reads: a table holding mostly this audience in rowid order, without
        // a lookup from the audience index to the table for every contact.
        QSqlQuery sizes(db);
        sizes.prepare(QStringLiteral("SELECT (SELECT contact_count FROM audiences WHERE id = ?) "
                                     "* 4 >= (SELECT SUM(contact_count) FROM audiences)"));
        sizes.addBindValue(m_audienceId);
        if (sizes.exec() && sizes.next() && sizes.value(0).toBool())
            sql.replace(QStringLiteral("FROM contacts c "),
                        QStringLiteral("FROM contacts c NOT INDEXED "));
        m_statement = std::make_unique<SqliteStatement>(handle, sql);
        if (!m_statement->isValid() || !m_statement->bind(values)) {
            m_errorString = tr("Cannot read the recipients: %1").arg(m_statement->errorString());
            m_statement.reset();
            return false;
        }
        return true;
    }
    m_query = QSqlQuery(db);
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
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
    if (m_statement) {
        sqlite3_stmt *statement = m_statement->get();
        const int rc = sqlite3_step(statement);
        if (rc != SQLITE_ROW) {
            if (rc != SQLITE_DONE)
                m_errorString =
                    tr("Cannot read the recipients: %1").arg(m_statement->errorString());
            m_statement.reset();
            return false;
        }
        const auto text = [statement](int column) {
            return QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                sqlite3_column_bytes(statement, column));
        };
        readRow(sqlite3_column_int64(statement, 0), text, m_columns, recipient);
        return true;
    }
    if (!m_query.next()) {
        if (m_query.lastError().isValid())
            m_errorString = tr("Cannot read the recipients: %1").arg(m_query.lastError().text());
        return false;
    }
    readRow(m_query, m_columns, recipient);
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
    const Columns columns = allColumns();
    const QString sql = selectSql(
        columns, forward ? QStringLiteral(" AND c.id > ?") : QStringLiteral(" AND c.id < ?"),
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
    readRow(query, columns, &recipient);
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
