// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QVector>

class Database;

// The global suppression list (numbers never to be messaged again). Opposition lists can hold
// millions of numbers, so rows are fetched lazily in pages ordered by number (keyset paging).
class SuppressionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuppressionListModel)
public:
    enum Column { PhoneColumn, ReasonColumn, SourceColumn, AddedColumn, ColumnCount };
    enum Role { PhoneRole = Qt::UserRole };

    explicit SuppressionListModel(Database *database, QObject *parent = nullptr);

    // Drops what was fetched and starts again from the first number.
    bool reload();
    QString errorString() const { return m_errorString; }
    static QString reasonLabel(const QString &reason);
    static QString formatPhone(const QString &e164);

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
        QString phone;
        QString reason;
        QString source;
        QDateTime added;
    };
    QVector<Row> fetchPage(const QString &after, bool *ok);

    Database *m_database;
    QVector<Row> m_rows;
    bool m_atEnd = false;
    QString m_errorString;
};
