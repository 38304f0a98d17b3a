// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/userstore.h"

#include <QAbstractTableModel>

// The team's user accounts as a table (login, name, role, status), filled with accounts read off
// the GUI thread (UserStore::list).
class UserListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserListModel)
public:
    enum Column { LoginColumn, NameColumn, RoleColumn, StatusColumn, ColumnCount };
    enum Role { LoginRole = Qt::UserRole, RoleKeyRole, DisabledRole };

    explicit UserListModel(QObject *parent = nullptr);

    void setUsers(const QList<UserStore::User> &users);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<UserStore::User> m_users;
};
