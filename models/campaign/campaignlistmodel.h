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
        RecipientsColumn,
        PartsColumn,
        CostColumn,
        ElectionColumn,
        ProviderColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, SortRole, StateRole, MessageRole, FooterRole };

    explicit CampaignListModel(Database *database, QObject *parent = nullptr);

    bool reload();
    QString errorString() const { return m_errorString; }

    // Recipients and SMS parts come from rendering every message (CampaignPreview), which the
    // view computes off the GUI thread and hands in here; until then the cells show "…".
    void setPreview(qint64 campaignId, qint64 recipients, qint64 parts);
    QList<qint64> campaignIds() const;

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
        qint64 costMc = 0;
        qint64 recipients = -1; // -1: not computed yet
        qint64 parts = -1;
    };

    Database *m_database;
    QVector<Row> m_rows;
    QString m_errorString;
};
