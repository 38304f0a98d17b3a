// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnreviewpanel.h"

#include "audience/sensitivecolumns.h"
#include "recordtableview.h"
#include "storage/database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { LabelColumn, NameColumn, SuggestsColumn, StateColumn, ReviewColumn, ColumnCount };
constexpr int NameRole = Qt::UserRole;
constexpr int SensitiveRole = Qt::UserRole + 1;
constexpr int CategoryRole = Qt::UserRole + 2;
} // namespace

ColumnReviewPanel::ColumnReviewPanel(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_allowButton(new QPushButton(this))
    , m_blockButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("columnReviewPanel"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("columnReviewTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_allowButton->setObjectName(QStringLiteral("allowColumnButton"));
    m_blockButton->setObjectName(QStringLiteral("blockColumnButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_allowButton);
    buttons->addWidget(m_blockButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ColumnReviewPanel::updateButtons);
    connect(m_allowButton, &QPushButton::clicked, this, [this]() { reviewSelected(false); });
    connect(m_blockButton, &QPushButton::clicked, this, [this]() { reviewSelected(true); });
    retranslateUi();
}

void ColumnReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ColumnReviewPanel::retranslateUi()
{
    m_intro->setText(
        tr("Columns of the broker's file beyond the standard fields. Segments cannot filter on a "
           "column whose name suggests religion, origin, political opinions, union membership, "
           "health, sex life or convictions (GDPR art. 9) until an administrator has checked "
           "its content and allowed it; every decision is kept in the audit log."));
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Field"), tr("Name suggests"),
                                        tr("In segments"), tr("Reviewed")});
    m_allowButton->setText(tr("&Allow in segments…"));
    m_allowButton->setToolTip(tr("You checked the content: this column is not sensitive."));
    m_blockButton->setText(tr("&Block in segments…"));
    reload();
}

void ColumnReviewPanel::setAudience(qint64 audienceId)
{
    m_audienceId = audienceId;
    reload();
}

void ColumnReviewPanel::reload()
{
    const QString selected = m_table->currentItem()
        ? m_table->item(m_table->currentRow(), LabelColumn)->data(NameRole).toString()
        : QString();
    const QList<SensitiveColumns::Column> columns = m_audienceId > 0
        ? SensitiveColumns::columns(m_database, m_audienceId)
        : QList<SensitiveColumns::Column>();
    m_table->setRowCount(int(columns.size()));
    int row = 0;
    for (const SensitiveColumns::Column &column : columns) {
        const bool blocked = column.sensitive
            || (column.category != SensitiveColumns::Category::None
                && !column.reviewedAt.isValid());
        const QString review = column.reviewedAt.isValid()
            ? (column.reviewedBy.isEmpty()
                   ? QLocale().toString(column.reviewedAt.toLocalTime(), QLocale::ShortFormat)
                   : tr("%1 by %2")
                         .arg(QLocale().toString(column.reviewedAt.toLocalTime(),
                                                 QLocale::ShortFormat),
                              column.reviewedBy))
            : tr("not reviewed");
        const QStringList texts {column.label, column.name,
                                 column.category == SensitiveColumns::Category::None
                                     ? tr("nothing sensitive")
                                     : SensitiveColumns::categoryLabel(column.category),
                                 blocked ? tr("Blocked") : tr("Allowed"), review};
        for (int i = 0; i < ColumnCount; ++i) {
            auto *item = new QTableWidgetItem(texts.at(i));
            if (i == StateColumn && blocked)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, i, item);
        }
        QTableWidgetItem *first = m_table->item(row, LabelColumn);
        first->setData(NameRole, column.name);
        first->setData(SensitiveRole, blocked);
        first->setData(CategoryRole, int(column.category));
        if (column.name == selected)
            m_table->setCurrentCell(row, 0);
        ++row;
    }
    updateButtons();
}

void ColumnReviewPanel::updateButtons()
{
    const QTableWidgetItem *item =
        m_table->currentItem() ? m_table->item(m_table->currentRow(), LabelColumn) : nullptr;
    const bool blocked = item && item->data(SensitiveRole).toBool();
    m_allowButton->setEnabled(item && blocked);
    m_blockButton->setEnabled(item && !blocked);
}

bool ColumnReviewPanel::reviewSelected(bool sensitive)
{
    if (!m_table->currentItem())
        return false;
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), LabelColumn);
    const QString column = item->data(NameRole).toString();
    const QString prompt = sensitive
        ? tr("Why should segments no longer filter on \"%1\"? The reason goes to the audit log.")
              .arg(column)
        : tr("Allow segments on \"%1\" only if you checked its values: it must not reveal "
             "religion, origin, political opinions, union membership, health, sex life or "
             "convictions. What does it hold? The reason goes to the audit log.")
              .arg(column);
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, sensitive ? tr("Block a column") : tr("Allow a column"), prompt, QString(), &ok);
    if (!ok)
        return false;
    return review(column, sensitive, reason);
}

bool ColumnReviewPanel::review(const QString &column, bool sensitive, const QString &reason)
{
    QString error;
    if (!SensitiveColumns::review(m_database, m_audienceId, column, sensitive, reason,
                                  m_database->actor(), &error)) {
        QMessageBox::warning(this, tr("Column review"), error);
        return false;
    }
    reload();
    Q_EMIT reviewed();
    return true;
}
