// SPDX-License-Identifier: GPL-3.0-or-later
#include "suppressionlistmodel.h"

#include "consent/suppressionlist.h"

#include <QLocale>

namespace {
constexpr int kPageSize = 256;
}

SuppressionListModel::SuppressionListModel(Database *database, QObject *parent)
    : KeysetPagedModel(parent)
    , m_database(database)
    , m_list(std::make_unique<Consent::SuppressionList>(database))
{ }

SuppressionListModel::~SuppressionListModel() = default;

QString SuppressionListModel::formatPhone(const QString &e164)
{
    // +33 6 12 34 56 78 for French numbers; other countries as stored until libphonenumber
    // formatting arrives with the importer.
    if (e164.size() == 12 && e164.startsWith(QLatin1String("+33"))) {
        return QStringLiteral("+33 %1 %2 %3 %4 %5")
            .arg(e164.mid(3, 1), e164.mid(4, 2), e164.mid(6, 2), e164.mid(8, 2), e164.mid(10, 2));
    }
    return e164;
}

QString SuppressionListModel::reasonLabel(const QString &reason)
{
    if (reason == QLatin1String("stop_reply"))
        return tr("STOP reply");
    if (reason == QLatin1String("provider_stop"))
        return tr("STOP reported by the provider");
    if (reason == QLatin1String("manual"))
        return tr("Added by hand");
    if (reason == QLatin1String("opposition_list"))
        return tr("Opposition list");
    if (reason == QLatin1String("consent_refused"))
        return tr("Refused consent");
    return reason;
}

QVector<SuppressionListRow> SuppressionListModel::fetchPage(const QString &after, bool *ok)
{
    QVector<SuppressionListRow> rows;
    const QList<Consent::SuppressionList::Entry> entries =
        m_list->search(m_prefix, after, kPageSize);
    *ok = m_list->errorString().isEmpty();
    if (!*ok) {
        m_errorString = m_list->errorString();
        // A fresh list object for the next page: its error string is never cleared.
        m_list = std::make_unique<Consent::SuppressionList>(m_database);
        return rows;
    }
    rows.reserve(entries.size());
    for (const Consent::SuppressionList::Entry &entry : entries)
        rows.append({entry.phone, entry.reason, entry.source, entry.note, entry.addedAt});
    return rows;
}

bool SuppressionListModel::reload()
{
    return resetRows(true);
}

bool SuppressionListModel::setPrefix(const QString &prefix)
{
    m_prefix = prefix.trimmed();
    return resetRows(true);
}

int SuppressionListModel::pageSize() const
{
    return kPageSize;
}

int SuppressionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuppressionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SuppressionListRow &row = rowAt(index.row());
    if (role == PhoneRole)
        return row.phone;
    if (role == Qt::ToolTipRole)
        return row.note.isEmpty() ? QVariant() : QVariant(row.note);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case PhoneColumn:
        return formatPhone(row.phone);
    case ReasonColumn:
        return reasonLabel(row.reason);
    case SourceColumn:
        return row.source;
    case AddedColumn:
        return QLocale().toString(row.added.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SuppressionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PhoneColumn:
        return tr("Number");
    case ReasonColumn:
        return tr("Reason");
    case SourceColumn:
        return tr("Source");
    case AddedColumn:
        return tr("Added");
    case ColumnCount:
        break;
    }
    return {};
}
