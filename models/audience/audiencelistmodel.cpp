// SPDX-License-Identifier: GPL-3.0-or-later
#include "audiencelistmodel.h"

#include "storage/database.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong());
}
} // namespace

AudienceListModel::AudienceListModel(Database *database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{ }

bool AudienceListModel::reload()
{
    QSqlQuery query(m_database->connection());
    const bool ok = query.exec(QStringLiteral(
        "SELECT a.id, a.name, a.origin, a.broker, a.consent_terms, a.contact_count, a.created_at, "
        " (SELECT i.file_name FROM imports i WHERE i.audience_id = a.id ORDER BY i.id DESC LIMIT "
        "1),"
        " a.retention_until, a.is_demo "
        "FROM audiences a WHERE a.purged_at IS NULL ORDER BY a.created_at DESC, a.id DESC"));
    if (!ok) {
        m_errorString = query.lastError().text();
        return false;
    }
    QVector<Row> rows;
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.origin = query.value(2).toString();
        row.broker = query.value(3).toString();
        row.terms = query.value(4).toString();
        row.contacts = query.value(5).toLongLong();
        row.created = fromMs(query.value(6));
        row.sourceFile = query.value(7).toString();
        row.retentionUntil = fromMs(query.value(8));
        row.isDemo = query.value(9).toInt() != 0;
        rows.append(row);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    m_errorString.clear();
    return true;
}

int AudienceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AudienceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AudienceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case IdRole:
        return row.id;
    case TermsRole:
        return row.terms;
    case RetentionRole:
        return row.retentionUntil;
    case Qt::ToolTipRole:
        return row.terms.isEmpty() ? QVariant()
                                   : tr("Consent terms stated by the broker: %1").arg(row.terms);
    case Qt::TextAlignmentRole:
        return index.column() == ContactsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
    case SortRole:
        switch (index.column()) {
        case ContactsColumn:
            return row.contacts;
        case ImportedColumn:
            return row.created;
        case RetentionColumn:
            return row.retentionUntil;
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return row.name;
        case OriginColumn:
            return row.origin == QLatin1String("own") ? tr("Collected by the party") : tr("Rented");
        case BrokerColumn:
            return row.broker;
        case ContactsColumn:
            return locale.toString(row.contacts);
        case ImportedColumn:
            return locale.toString(row.created, QLocale::ShortFormat);
        case SourceFileColumn:
            return row.sourceFile;
        case RetentionColumn:
            return row.retentionUntil.isValid()
                ? locale.toString(row.retentionUntil.date(), QLocale::ShortFormat)
                : QString();
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant AudienceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Audience");
    case OriginColumn:
        return tr("Origin");
    case BrokerColumn:
        return tr("Broker / source");
    case ContactsColumn:
        return tr("Contacts");
    case ImportedColumn:
        return tr("Imported");
    case SourceFileColumn:
        return tr("File");
    case RetentionColumn:
        return tr("Keep until");
    case ColumnCount:
        break;
    }
    return {};
}
