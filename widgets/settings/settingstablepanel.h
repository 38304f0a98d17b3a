// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// The skeleton of a Settings panel listing records in a table that an administrator adds and
// edits in a dialog (price plans, elections): an intro, the read-only table (double-click edits
// when allowed), "New…" and "Edit…" with a status line, the buttons disabled with the reason
// as tooltip for whoever may only read. Subclasses give the texts, the rows and the loading.
class SettingsTablePanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsTablePanel)
public:
    bool isBusy() const { return m_job.isBusy(); }
    bool isEditable() const { return m_editable; }
    QTableWidget *table() const { return m_table; }
    QLabel *status() const { return m_status; }

    // Opens the dialog for the selected record; saves it when accepted.
    virtual void editSelected() = 0;

Q_SIGNALS:
    void reloaded();

protected:
    // The widgets get their object names `<name>Panel`, `<name>Table`, `<name>Status`;
    // the buttons `add<Record>Button` and `edit<Record>Button`.
    SettingsTablePanel(Database *database, int columnCount, const QString &name,
                       const QString &record, QWidget *parent);

    void changeEvent(QEvent *event) override;
    // Sets the intro, headers and button texts, then fills the table again.
    virtual void retranslateUi() = 0;
    // Fills the table from the records loaded (the subclass's), keeping the selection.
    virtual void fillTable() = 0;
    // The id (Qt::UserRole of its items) of the record on the current row; 0 without one.
    qint64 currentId() const;
    void updateButtons();
    // After a reload on the worker thread: the records are in place, these tell the rest.
    void reloadFinished(bool editable, const QString &notEditableReason,
                        const QString &errorString);

    Database *database() const { return m_database; }
    BackgroundJob &job() { return m_job; }
    QLabel *intro() const { return m_intro; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *editButton() const { return m_editButton; }

private:
    Database *m_database;
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QLabel *m_status;
    bool m_editable = false;
    bool m_loaded = false;
    QString m_notEditableReason;
    BackgroundJob m_job;
};
