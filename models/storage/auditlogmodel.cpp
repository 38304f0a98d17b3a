// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogmodel.h"

#include <QLocale>

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditLogModel::setEntries(const QList<AuditLog::Entry> &entries)
{
    // A reload replaces every row: the newest entries shift all the others down.
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditLog::Entry &entry = m_entries.at(index.row());
    if (role == IdRole)
        return entry.id;
    if (role == SortRole && index.column() == TimeColumn)
        return entry.at.toMSecsSinceEpoch();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case ActorColumn:
        return entry.actor;
    case ActionColumn:
        return entry.action;
    case ObjectColumn:
        if (entry.objectType.isEmpty())
            return QString();
        return entry.objectId > 0
            ? QStringLiteral("%1 #%2").arg(entry.objectType).arg(entry.objectId)
            : entry.objectType;
    case DetailsColumn:
        return entry.details;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case DetailsColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}
