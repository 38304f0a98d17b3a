// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QVector>

class Database;

// The campaigns of the database: what they are, their state, which audience and election.
class CampaignListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignListModel)
public:
    enum Column {
        NameColumn,
        KindColumn,
        StateColumn,
        AudienceColumn,
        ElectionColumn,
        ProviderColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, SortRole, StateRole, MessageRole, FooterRole };

    explicit CampaignListModel(Database *database, QObject *parent = nullptr);

    bool reload();
    QString errorString() const { return m_errorString; }

    static QString kindLabel(const QString &kind);
    static QString stateLabel(const QString &state);

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
        QString kind;
        QString state;
        QString audience;
        QString election;
        QString provider;
        QString message;
        QString footer;
        QDateTime updated;
    };

    Database *m_database;
    QVector<Row> m_rows;
    QString m_errorString;
};
