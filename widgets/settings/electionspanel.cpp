// SPDX-License-Identifier: GPL-3.0-or-later
#include "electionspanel.h"

#include "electiondialog.h"

#include "pricing/money.h"
#include "storage/database.h"
#include "storage/useraccount.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ElectionsPanel::ElectionsPanel(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("electionsPanel"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("electionsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A handful of rows: the page scrolls, the table need not.
    m_table->setMinimumHeight(100);
    m_table->setMaximumHeight(150);
    m_addButton->setObjectName(QStringLiteral("addElectionButton"));
    m_editButton->setObjectName(QStringLiteral("editElectionButton"));
    m_status->setObjectName(QStringLiteral("electionsStatus"));
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

    connect(m_addButton, &QPushButton::clicked, this, &ElectionsPanel::addElection);
    connect(m_editButton, &QPushButton::clicked, this, &ElectionsPanel::editSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ElectionsPanel::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this]() {
        if (m_editable)
            editSelected();
    });
    retranslateUi();
}

void ElectionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ElectionsPanel::retranslateUi()
{
    m_intro->setText(tr("The election calendar. No campaign message leaves from 00:00 the day "
                        "before a round until polls close (Code électoral L49, Paris time); the "
                        "ceiling, including VAT as the campaign account records it, is shared by "
                        "the campaigns of the election (L52-11)."));
    m_table->setHorizontalHeaderLabels({tr("Election"), tr("Rounds"),
                                        tr("Electoral silence (no messages)"), tr("Ceiling"),
                                        tr("Sponsor")});
    m_addButton->setText(tr("New &election…"));
    m_editButton->setText(tr("Edit electio&n…"));
    fillTable();
    updateButtons();
}

void ElectionsPanel::fillTable()
{
    const qint64 selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_elections.size()
        ? m_elections.at(m_table->currentRow()).id
        : 0;
    m_table->setRowCount(int(m_elections.size()));
    const QLocale locale;
    for (int row = 0; row < m_elections.size(); ++row) {
        const ElectionStore::Election &e = m_elections.at(row);
        QString rounds = locale.toString(e.firstRound, QLocale::ShortFormat);
        if (e.secondRound.isValid())
            rounds += QStringLiteral(", ") + locale.toString(e.secondRound, QLocale::ShortFormat);
        else
            rounds += QLatin1Char(' ') + tr("(single round)");
        const QString silence = ElectionDialog::silenceText(e);
        QString sponsor = e.sponsor.isEmpty() ? tr("not given") : e.sponsor;
        if (!e.sponsorContact.isEmpty())
            sponsor += QStringLiteral(" — ") + e.sponsorContact;
        const QStringList texts = {
            e.name, rounds, silence, // one line per round
            e.spendingCapMc > 0 ? Money::format(e.spendingCapMc) : tr("none"), sponsor};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(Qt::UserRole, e.id);
            m_table->setItem(row, column, item);
        }
        m_table->item(row, SilenceColumn)->setToolTip(silence);
        m_table->item(row, SponsorColumn)->setToolTip(sponsor);
        if (e.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
}

void ElectionsPanel::updateButtons()
{
    const bool idle = !m_job.isBusy();
    m_addButton->setEnabled(idle && m_editable);
    m_editButton->setEnabled(idle && m_editable && m_table->currentRow() >= 0
                             && !m_table->selectedItems().isEmpty());
    const QString tip = m_loaded && !m_editable ? m_notEditableReason : QString();
    m_addButton->setToolTip(tip);
    m_editButton->setToolTip(tip);
}

void ElectionsPanel::reload()
{
    Database *database = m_database;
    m_job.run<Outcome>(
        this,
        [database]() {
            Outcome outcome;
            ElectionStore store(database, database->actor());
            outcome.elections = store.list();
            outcome.errorString = store.errorString();
            outcome.editable =
                ElectionStore::mayChange(database, database->actor(), &outcome.notEditableReason);
            if (!outcome.editable && !outcome.notEditableReason.isEmpty())
                outcome.notEditableReason = tr("Read-only: %1").arg(outcome.notEditableReason);
            database->closeThreadConnection();
            return outcome;
        },
        [this](const Outcome &outcome) {
            m_loaded = true;
            m_elections = outcome.elections;
            m_editable = outcome.editable;
            m_notEditableReason = outcome.notEditableReason;
            fillTable();
            if (!outcome.errorString.isEmpty())
                m_status->setText(outcome.errorString);
            else if (!m_editable)
                m_status->setText(m_notEditableReason);
            updateButtons();
            Q_EMIT reloaded();
        });
    updateButtons();
}

void ElectionsPanel::addElection()
{
    openDialog({});
}

void ElectionsPanel::editSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_elections.size())
        return;
    openDialog(m_elections.at(row));
}

void ElectionsPanel::openDialog(const ElectionStore::Election &election)
{
    if (!m_editable)
        return;
    ElectionDialog dialog(m_database, election, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_status->setText(election.id > 0 ? tr("Election \"%1\" saved.").arg(dialog.election().name)
                                      : tr("Election \"%1\" added.").arg(dialog.election().name));
    Q_EMIT electionSaved(dialog.election().id);
    reload();
}
