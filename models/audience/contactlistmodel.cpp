// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactlistmodel.h"

#include "consent/suppressionlistmodel.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
constexpr int kPageSize = 500;
}

ContactListModel::ContactListModel(Database *database, QObject *parent)
    : KeysetPagedModel(parent)
    , m_database(database)
{ }

QVector<ContactListRow> ContactListModel::fetchPage(const qint64 &afterId, bool *ok)
{
    QVector<ContactListRow> rows;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
                      "SELECT c.id, c.phone, c.first_name, c.last_name, c.postal_code, c.commune, "
                      "c.department, c.age_bracket, "
                      "EXISTS (SELECT 1 FROM suppressions s WHERE s.phone = c.phone) "
                      "FROM contacts c WHERE c.audience_id = ? AND c.id > ? ORDER BY c.id LIMIT %1")
                      .arg(kPageSize));
    query.addBindValue(m_audienceId);
    query.addBindValue(afterId);
    *ok = query.exec();
    if (!*ok) {
        m_errorString = query.lastError().text();
        return rows;
    }
    rows.reserve(kPageSize);
    while (query.next()) {
        ContactListRow row;
        row.id = query.value(0).toLongLong();
        for (int c = 0; c < ColumnCount - 1; ++c)
            row.fields[c] = query.value(c + 1).toString();
        row.suppressed = query.value(8).toBool();
        rows.append(row);
    }
    return rows;
}

bool ContactListModel::setAudience(qint64 audienceId)
{
    m_audienceId = audienceId;
    return resetRows(audienceId > 0);
}

int ContactListModel::pageSize() const
{
    return kPageSize;
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactListRow &row = rowAt(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case PhoneRole:
        return row.fields[PhoneColumn];
    case Qt::DisplayRole:
        if (index.column() == PhoneColumn)
            return SuppressionListModel::formatPhone(row.fields[PhoneColumn]);
        if (index.column() == SuppressedColumn)
            return row.suppressed ? tr("STOP / opposed") : QString();
        return row.fields[index.column()];
    case Qt::ToolTipRole:
        return row.suppressed ? tr("On the suppression list: never messaged.") : QVariant();
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PhoneColumn:
        return tr("Number");
    case FirstNameColumn:
        return tr("First name");
    case LastNameColumn:
        return tr("Last name");
    case PostalCodeColumn:
        return tr("Postal code");
    case CommuneColumn:
        return tr("Commune");
    case DepartmentColumn:
        return tr("Département");
    case AgeBracketColumn:
        return tr("Age bracket");
    case SuppressedColumn:
        return tr("Suppressed");
    case ColumnCount:
        break;
    }
    return {};
}
