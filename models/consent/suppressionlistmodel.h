// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/keysetpagedmodel.h"

#include <QDateTime>

class Database;

// The global suppression list (numbers never to be messaged again). Opposition lists can hold
// millions of numbers, so rows are fetched lazily in pages ordered by number (keyset paging).
struct SuppressionListRow
{
    QString phone;
    QString reason;
    QString source;
    QDateTime added;
};

class SuppressionListModel final : public KeysetPagedModel<SuppressionListRow, QString>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuppressionListModel)
public:
    enum Column { PhoneColumn, ReasonColumn, SourceColumn, AddedColumn, ColumnCount };
    enum Role { PhoneRole = Qt::UserRole };

    explicit SuppressionListModel(Database *database, QObject *parent = nullptr);

    // Drops what was fetched and starts again from the first number.
    bool reload();
    static QString reasonLabel(const QString &reason);
    static QString formatPhone(const QString &e164);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVector<SuppressionListRow> fetchPage(const QString &after, bool *ok) override;
    QString keyOf(const SuppressionListRow &row) const override { return row.phone; }
    int pageSize() const override;

private:
    Database *m_database;
};
