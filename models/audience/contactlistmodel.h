// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/keysetpagedmodel.h"

#include <type_traits>

class Database;

// The contacts of one audience, for browsing: millions of rows, so they are fetched lazily in
// pages ordered by id (keyset paging: every page costs the same, however far the user scrolls).
struct ContactListRow
{
    qint64 id = 0;
    QString fields[7]; // phone, first name, last name, postal code, commune, department, age
    bool suppressed = false;
};

class ContactListModel final : public KeysetPagedModel<ContactListRow, qint64>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactListModel)
public:
    enum Column {
        PhoneColumn,
        FirstNameColumn,
        LastNameColumn,
        PostalCodeColumn,
        CommuneColumn,
        DepartmentColumn,
        AgeBracketColumn,
        SuppressedColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, PhoneRole };

    explicit ContactListModel(Database *database, QObject *parent = nullptr);

    // Shows the contacts of this audience (0: none), from the first one.
    bool setAudience(qint64 audienceId);
    qint64 audienceId() const { return m_audienceId; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVector<ContactListRow> fetchPage(const qint64 &afterId, bool *ok) override;
    qint64 keyOf(const ContactListRow &row) const override { return row.id; }
    int pageSize() const override;

private:
    static_assert(ColumnCount - 1 == std::extent_v<decltype(ContactListRow::fields)>);
    Database *m_database;
    qint64 m_audienceId = 0;
};
