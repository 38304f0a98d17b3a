// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/auditlog.h"

#include <QAbstractTableModel>

// The newest audit log entries as a table (time, who, action, object, details), filled with
// entries read off the GUI thread (AuditLog::read).
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)
public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, ObjectColumn, DetailsColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditLog::Entry> &entries);
    const QList<AuditLog::Entry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditLog::Entry> m_entries;
};
