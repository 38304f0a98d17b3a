// SPDX-License-Identifier: GPL-3.0-or-later
#include "electionspanel.h"

#include "electiondialog.h"

#include "pricing/money.h"
#include "storage/database.h"
#include "storage/useraccount.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

ElectionsPanel::ElectionsPanel(Database *database, QWidget *parent)
    : SettingsTablePanel(database, ColumnCount, QStringLiteral("elections"),
                         QStringLiteral("Election"), parent)
{
    connect(addButton(), &QPushButton::clicked, this, &ElectionsPanel::addElection);
    retranslateUi();
}

void ElectionsPanel::retranslateUi()
{
    intro()->setText(tr("The election calendar. No campaign message leaves from 00:00 the day "
                        "before a round until polls close (Code électoral L49, Paris time); the "
                        "ceiling, including VAT as the campaign account records it, is shared by "
                        "the campaigns of the election (L52-11)."));
    table()->setHorizontalHeaderLabels({tr("Election"), tr("Rounds"),
                                        tr("Electoral silence (no messages)"), tr("Ceiling"),
                                        tr("Sponsor")});
    addButton()->setText(tr("New &election…"));
    editButton()->setText(tr("Edit electio&n…"));
    fillTable();
    updateButtons();
}

void ElectionsPanel::fillTable()
{
    QTableWidget *table = this->table();
    const qint64 selected = currentId();
    table->setRowCount(int(m_elections.size()));
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
            table->setItem(row, column, item);
        }
        table->item(row, SilenceColumn)->setToolTip(silence);
        table->item(row, SponsorColumn)->setToolTip(sponsor);
        if (e.id == selected)
            table->selectRow(row);
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
}

void ElectionsPanel::reload()
{
    Database *database = this->database();
    job().run<Outcome>(
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
            m_elections = outcome.elections;
            reloadFinished(outcome.editable, outcome.notEditableReason, outcome.errorString);
        });
    updateButtons();
}

void ElectionsPanel::addElection()
{
    openDialog({});
}

void ElectionsPanel::editSelected()
{
    const int row = table()->currentRow();
    if (row < 0 || row >= m_elections.size())
        return;
    openDialog(m_elections.at(row));
}

void ElectionsPanel::openDialog(const ElectionStore::Election &election)
{
    if (!isEditable())
        return;
    ElectionDialog dialog(database(), election, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    status()->setText(election.id > 0 ? tr("Election \"%1\" saved.").arg(dialog.election().name)
                                      : tr("Election \"%1\" added.").arg(dialog.election().name));
    Q_EMIT electionSaved(dialog.election().id);
    reload();
}
