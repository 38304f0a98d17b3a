// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignlistmodel.h"

#include "campaign/campaign.h"
#include "storage/database.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

CampaignListModel::CampaignListModel(Database *database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{ }

void CampaignListModel::setPreview(qint64 campaignId, qint64 recipients, qint64 parts)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id != campaignId)
            continue;
        m_rows[row].recipients = recipients;
        m_rows[row].parts = parts;
        Q_EMIT dataChanged(index(row, RecipientsColumn), index(row, PartsColumn));
        return;
    }
}

QList<qint64> CampaignListModel::campaignIds() const
{
    QList<qint64> ids;
    for (const Row &row : m_rows)
        ids.append(row.id);
    return ids;
}

bool CampaignListModel::reload()
{
    QSqlQuery query(m_database->connection());
    const bool ok = query.exec(QStringLiteral(
        "SELECT c.id, c.name, c.kind, c.state, a.name, e.name, p.name, c.message, c.footer, "
        " c.updated_at, (SELECT COALESCE(SUM(m.cost_mc), 0) FROM messages m WHERE m.campaign_id = "
        "c.id "
        "   AND m.state IN ('accepted', 'delivered')) "
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
        row.costMc = query.value(10).toLongLong();
        // Keep figures already computed for this campaign; the page recomputes them.
        for (const Row &old : std::as_const(m_rows)) {
            if (old.id == row.id) {
                row.recipients = old.recipients;
                row.parts = old.parts;
            }
        }
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
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case RecipientsColumn:
        case PartsColumn:
        case CostColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case UpdatedColumn:
            return row.updated;
        case RecipientsColumn:
            return row.recipients;
        case PartsColumn:
            return row.parts;
        case CostColumn:
            return row.costMc;
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return row.name;
        case KindColumn: {
            Campaign::Kind kind;
            return Campaign::kindFromKey(row.kind, &kind) ? Campaign::kindLabel(kind) : row.kind;
        }
        case StateColumn: {
            Campaign::State state;
            return Campaign::stateFromKey(row.state, &state) ? Campaign::stateLabel(state)
                                                             : row.state;
        }
        case RecipientsColumn:
            return row.recipients < 0 ? QStringLiteral("…") : QLocale().toString(row.recipients);
        case PartsColumn:
            return row.parts < 0 ? QStringLiteral("…") : QLocale().toString(row.parts);
        case CostColumn:
            // Millicents: 100,000 per euro.
            return QLocale().toCurrencyString(double(row.costMc) / 100000.0, QStringLiteral("€"));
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
    case RecipientsColumn:
        return tr("Recipients");
    case PartsColumn:
        return tr("SMS parts");
    case CostColumn:
        return tr("Cost so far");
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
