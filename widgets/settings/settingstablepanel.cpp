// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingstablepanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

SettingsTablePanel::SettingsTablePanel(Database *database, int columnCount, const QString &name,
                                       const QString &record, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, columnCount, this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(name + QStringLiteral("Panel"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A handful of rows: the page scrolls, the table need not.
    m_table->setMinimumHeight(100);
    m_table->setMaximumHeight(150);
    m_addButton->setObjectName(QStringLiteral("add") + record + QStringLiteral("Button"));
    m_editButton->setObjectName(QStringLiteral("edit") + record + QStringLiteral("Button"));
    m_status->setObjectName(name + QStringLiteral("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_editButton, &QPushButton::clicked, this, &SettingsTablePanel::editSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SettingsTablePanel::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this]() {
        if (m_editable)
            editSelected();
    });
}

void SettingsTablePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

qint64 SettingsTablePanel::currentId() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void SettingsTablePanel::updateButtons()
{
    const bool idle = !m_job.isBusy();
    m_addButton->setEnabled(idle && m_editable);
    m_editButton->setEnabled(idle && m_editable && m_table->currentRow() >= 0
                             && !m_table->selectedItems().isEmpty());
    const QString tip = m_loaded && !m_editable ? m_notEditableReason : QString();
    m_addButton->setToolTip(tip);
    m_editButton->setToolTip(tip);
}

void SettingsTablePanel::reloadFinished(bool editable, const QString &notEditableReason,
                                        const QString &errorString)
{
    m_loaded = true;
    m_editable = editable;
    m_notEditableReason = notEditableReason;
    fillTable();
    if (!errorString.isEmpty())
        m_status->setText(errorString);
    else if (!m_editable)
        m_status->setText(m_notEditableReason);
    updateButtons();
    Q_EMIT reloaded();
}
