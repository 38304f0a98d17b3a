// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "consent/reviewqueue.h"

#include <QSet>
#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// The replies to the consent request that Tribune could not read with certainty ("oui mais qui
// êtes-vous ?"), oldest first, each decided in one click or one key: yes, no, STOP (final: the
// number goes on the suppression list for good, so it is confirmed first) or dismiss. Each
// decision is written to the consent ledger in the name of the current user. Loading and
// deciding run off the GUI thread; decisions made in a row are applied in that order.
class ReviewQueuePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueuePanel)
public:
    using Decision = Consent::ReviewQueue::Decision;

    explicit ReviewQueuePanel(Database *database, QWidget *parent = nullptr);

    void reload();
    bool isBusy() const { return m_job.isBusy() || m_writeJob.isBusy() || !m_queued.isEmpty(); }
    // Replies waiting for a decision (-1 until loaded).
    qint64 pendingCount() const { return m_count; }
    QTableWidget *table() const { return m_table; }
    QPushButton *button(Decision decision) const;

    // Decides the selected reply; a STOP asks for confirmation first.
    void decideSelected(Decision decision);
    // Decides a reply without asking.
    void decide(qint64 inboundId, Decision decision);

Q_SIGNALS:
    void countChanged(qint64 count);
    // Decisions were written (the ledger and perhaps the suppression list changed).
    void decided(const QStringList &phones);
    void historyRequested(const QString &phone);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Request
    {
        qint64 inboundId = 0;
        QString phone;
        Decision decision = Decision::Dismiss;
    };

    void retranslateUi();
    void showItems(const QList<Consent::ReviewQueue::Item> &items, qint64 count);
    void setCount(qint64 count);
    void updateButtons();
    void showDetails();
    void flush();
    int selectedRow() const;

    Database *m_database;
    QLabel *m_intro;
    QLabel *m_empty;
    QTableWidget *m_table;
    QLabel *m_details;
    QPushButton *m_yesButton;
    QPushButton *m_noButton;
    QPushButton *m_stopButton;
    QPushButton *m_dismissButton;
    QPushButton *m_historyButton;
    QLabel *m_status;
    QList<Consent::ReviewQueue::Item> m_items;
    QList<Request> m_queued;
    QSet<qint64> m_deciding; // queued or being written: hidden from the table meanwhile
    qint64 m_count = -1;
    BackgroundJob m_job;
    BackgroundJob m_writeJob;
};
