// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QVector>

// A table over millions of rows, fetched lazily in pages ordered by a unique key (keyset
// paging: "WHERE key > last ORDER BY key LIMIT n", so every page costs the same however far
// the user scrolls). Subclasses run the page query; this class keeps the rows and answers the
// view's fetchMore() calls.
template<typename Row, typename Key> class KeysetPagedModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_atEnd;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_atEnd)
            return;
        bool ok = false;
        const QVector<Row> rows =
            fetchPage(m_rows.isEmpty() ? Key() : keyOf(m_rows.constLast()), &ok);
        if (!ok || rows.size() < pageSize())
            m_atEnd = true;
        if (rows.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        endInsertRows();
    }

    QString errorString() const { return m_errorString; }

protected:
    // The page after `after` (a default-constructed Key: the first page); false in `ok` with
    // m_errorString set on failure.
    virtual QVector<Row> fetchPage(const Key &after, bool *ok) = 0;
    virtual Key keyOf(const Row &row) const = 0;
    virtual int pageSize() const = 0;

    // Starts again from the first page (none when `load` is false).
    bool resetRows(bool load)
    {
        bool ok = true;
        QVector<Row> rows;
        if (load)
            rows = fetchPage(Key(), &ok);
        this->beginResetModel();
        m_rows = std::move(rows);
        m_atEnd = !ok || m_rows.size() < pageSize();
        this->endResetModel();
        return ok;
    }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    QString m_errorString;

private:
    QVector<Row> m_rows;
    bool m_atEnd = true;
};
