// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "compliance/electionstore.h"

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// "Elections", in Settings: the election calendar with, for each election, its rounds, when
// polls close, its L52-11 ceiling, its sponsor and the electoral silence its rounds impose
// (L49: from 00:00 the day before each round until polls close, Paris time), so that staff see
// what will be blocked. An administrator adds and edits elections; everyone else reads. Reads
// and writes run off the GUI thread through ElectionStore.
class ElectionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElectionsPanel)
public:
    enum Column { NameColumn, RoundsColumn, SilenceColumn, CapColumn, SponsorColumn, ColumnCount };

    explicit ElectionsPanel(Database *database, QWidget *parent = nullptr);

    void reload();
    bool isBusy() const { return m_job.isBusy(); }
    bool isEditable() const { return m_editable; }
    QTableWidget *table() const { return m_table; }
    QLabel *status() const { return m_status; }
    const QList<ElectionStore::Election> &elections() const { return m_elections; }

    // Opens the dialog for a new election, or for the selected one; saves it when accepted.
    void addElection();
    void editSelected();

Q_SIGNALS:
    void reloaded();
    void electionSaved(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        QList<ElectionStore::Election> elections;
        bool editable = false;
        QString notEditableReason;
        QString errorString;
    };

    void retranslateUi();
    void updateButtons();
    void fillTable();
    void openDialog(const ElectionStore::Election &election);

    Database *m_database;
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QLabel *m_status;
    QList<ElectionStore::Election> m_elections;
    bool m_editable = false;
    bool m_loaded = false;
    QString m_notEditableReason;
    BackgroundJob m_job;
};
