// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignlistmodel.h"

#include "storage/database.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

CampaignListModel::CampaignListModel(Database *database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{ }

QString CampaignListModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("consent_request"))
        return tr("Consent request");
    if (kind == QLatin1String("campaign"))
        return tr("Campaign message");
    return kind;
}

QString CampaignListModel::stateLabel(const QString &state)
{
    if (state == QLatin1String("draft"))
        return tr("Draft");
    if (state == QLatin1String("approved"))
        return tr("Approved");
    if (state == QLatin1String("sending"))
        return tr("Sending");
    if (state == QLatin1String("paused"))
        return tr("Paused");
    if (state == QLatin1String("done"))
        return tr("Done");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return state;
}

bool CampaignListModel::reload()
{
    QSqlQuery query(m_database->connection());
    const bool ok = query.exec(QStringLiteral(
        "SELECT c.id, c.name, c.kind, c.state, a.name, e.name, p.name, c.message, c.footer, "
        " c.updated_at "
        "FROM campaigns c "
        "LEFT JOIN audiences a ON a.id = c.audience_id "
        "LEFT JOIN elections e ON e.id = c.election_id "
        "LEFT JOIN providers p ON p.id = c.provider_id "
        "ORDER BY c.updated_at DESC, c.id DESC"));
    if (!ok) {
        m_errorString = query.lastError().text();
        return false;
    }
    QVector<Row> rows;
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.kind = query.value(2).toString();
        row.state = query.value(3).toString();
        row.audience = query.value(4).toString();
        row.election = query.value(5).toString();
        row.provider = query.value(6).toString();
        row.message = query.value(7).toString();
        row.footer = query.value(8).toString();
        row.updated = QDateTime::fromMSecsSinceEpoch(query.value(9).toLongLong());
        rows.append(row);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    m_errorString.clear();
    return true;
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case StateRole:
        return row.state;
    case MessageRole:
        return row.message;
    case FooterRole:
        return row.footer;
    case SortRole:
        if (index.column() == UpdatedColumn)
            return row.updated;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return row.name;
        case KindColumn:
            return kindLabel(row.kind);
        case StateColumn:
            return stateLabel(row.state);
        case AudienceColumn:
            return row.audience;
        case ElectionColumn:
            return row.election;
        case ProviderColumn:
            return row.provider;
        case UpdatedColumn:
            return QLocale().toString(row.updated, QLocale::ShortFormat);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Campaign");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case AudienceColumn:
        return tr("Audience");
    case ElectionColumn:
        return tr("Election");
    case ProviderColumn:
        return tr("Provider");
    case UpdatedColumn:
        return tr("Last change");
    case ColumnCount:
        break;
    }
    return {};
}
