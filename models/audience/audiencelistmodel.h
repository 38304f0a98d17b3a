// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QVector>

class Database;

// The audiences of the database with their provenance (broker, file, terms, retention).
// Audiences are few (tens), so the model holds them all and reloads on demand.
class AudienceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudienceListModel)
public:
    enum Column {
        NameColumn,
        OriginColumn,
        BrokerColumn,
        ContactsColumn,
        ImportedColumn,
        SourceFileColumn,
        RetentionColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, SortRole, TermsRole, RetentionRole };

    explicit AudienceListModel(Database *database, QObject *parent = nullptr);

    bool reload();
    QString errorString() const { return m_errorString; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString origin;
        QString broker;
        QString terms;
        qint64 contacts = 0;
        QDateTime created;
        QString sourceFile;
        QDateTime retentionUntil;
        bool isDemo = false;
    };

    Database *m_database;
    QVector<Row> m_rows;
    QString m_errorString;
};
