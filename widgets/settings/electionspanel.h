// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compliance/electionstore.h"
#include "settingstablepanel.h"

// "Elections", in Settings: the election calendar with, for each election, its rounds, when
// polls close, its L52-11 ceiling, its sponsor and the electoral silence its rounds impose
// (L49: from 00:00 the day before each round until polls close, Paris time), so that staff see
// what will be blocked. An administrator adds and edits elections; everyone else reads. Reads
// and writes run off the GUI thread through ElectionStore.
class ElectionsPanel final : public SettingsTablePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElectionsPanel)
public:
    enum Column { NameColumn, RoundsColumn, SilenceColumn, CapColumn, SponsorColumn, ColumnCount };

    explicit ElectionsPanel(Database *database, QWidget *parent = nullptr);

    void reload();
    const QList<ElectionStore::Election> &elections() const { return m_elections; }

    // Opens the dialog for a new election, or for the selected one; saves it when accepted.
    void addElection();
    void editSelected() override;

Q_SIGNALS:
    void electionSaved(qint64 id);

private:
    struct Outcome
    {
        QList<ElectionStore::Election> elections;
        bool editable = false;
        QString notEditableReason;
        QString errorString;
    };

    void retranslateUi() override;
    void fillTable() override;
    void openDialog(const ElectionStore::Election &election);

    QList<ElectionStore::Election> m_elections;
};
