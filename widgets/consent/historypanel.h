// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "consent/consentledger.h"
#include "consent/suppressionlist.h"

#include <QWidget>

#include <optional>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Why Tribune was allowed to message a number, or not: the number's consent events, oldest
// first (when, what, which audience, the text sent and the reply received, who decided, the
// note), its consent now and its place on the suppression list. The proof the CNIL can ask
// for. Read off the GUI thread.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)
public:
    enum Column {
        DateColumn,
        EventColumn,
        AudienceColumn,
        SentColumn,
        ReceivedColumn,
        ActorColumn,
        NoteColumn,
        ColumnCount
    };

    explicit HistoryPanel(Database *database, QWidget *parent = nullptr);

    // Shows the history of `number` (E.164 or as people write it).
    void showNumber(const QString &number);
    // Looks up the number typed in the field.
    void lookUp();
    // Reads the shown history again if it is one of `phones` (E.164).
    void reloadIfShowing(const QStringList &phones);
    bool isBusy() const { return m_job.isBusy(); }
    QString phone() const { return m_snapshot.phone; } // E.164 of the number shown
    QLineEdit *numberEdit() const { return m_number; }
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    void historyShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Snapshot
    {
        QString input;
        QString phone; // E.164; empty when the input is not a number
        bool ok = false;
        QString errorString;
        QString state;
        QList<Consent::Ledger::Record> records;
        std::optional<Consent::SuppressionList::Entry> suppression;
    };

    void retranslateUi();
    void showSnapshot();
    static QString actorText(const QString &actor);
    static QString noteText(const Consent::Ledger::Record &record, const QString &note);
    void showDetails();

    Database *m_database;
    QLabel *m_numberLabel;
    QLineEdit *m_number;
    QPushButton *m_showButton;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_details;
    Snapshot m_snapshot;
    BackgroundJob m_job;
};
