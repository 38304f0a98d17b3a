// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/keysetpagedmodel.h"

#include <QDateTime>

#include <memory>

class Database;
namespace Consent {
class SuppressionList;
}

// The global suppression list (numbers never to be messaged again). Opposition lists can hold
// millions of numbers, so rows are fetched lazily in pages ordered by number (keyset paging),
// all of them or those starting with a search prefix.
struct SuppressionListRow
{
    QString phone;
    QString reason;
    QString source;
    QString note;
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
    ~SuppressionListModel() override;

    // Drops what was fetched and starts again from the first number.
    bool reload();
    // Shows only the numbers starting with `prefix` ("06 12", "+33612"; normalised as far as
    // it goes), from the first one; an empty prefix shows them all.
    bool setPrefix(const QString &prefix);
    QString prefix() const { return m_prefix; }
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
    std::unique_ptr<Consent::SuppressionList> m_list;
    QString m_prefix;
};
