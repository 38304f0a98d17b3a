// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QVector>

class Database;

// The contacts of one audience, for browsing: millions of rows, so they are fetched lazily in
// pages ordered by id (keyset paging: every page costs the same, however far the user scrolls).
class ContactListModel final : public QAbstractTableModel
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
    QString errorString() const { return m_errorString; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        qint64 id = 0;
        QString fields[ColumnCount - 1];
        bool suppressed = false;
    };
    QVector<Row> fetchPage(qint64 afterId, bool *ok);

    Database *m_database;
    qint64 m_audienceId = 0;
    QVector<Row> m_rows;
    bool m_atEnd = true;
    QString m_errorString;
};
