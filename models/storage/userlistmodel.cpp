// SPDX-License-Identifier: GPL-3.0-or-later
#include "userlistmodel.h"

UserListModel::UserListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UserListModel::setUsers(const QList<UserStore::User> &users)
{
    // A team has a handful of accounts: a reload replaces them all.
    beginResetModel();
    m_users = users;
    endResetModel();
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserStore::User &user = m_users.at(index.row());
    switch (role) {
    case LoginRole:
        return user.login;
    case RoleKeyRole:
        return user.role;
    case DisabledRole:
        return user.isDisabled;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case LoginColumn:
        return user.login;
    case NameColumn:
        return user.displayName;
    case RoleColumn:
        return UserStore::roleLabel(user.role);
    case StatusColumn:
        return user.isDisabled ? tr("Disabled") : tr("Active");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}
