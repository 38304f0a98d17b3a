// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "page.h"

class ConsentRulesPanel;
class Database;
class FunnelPanel;
class HistoryPanel;
class QLabel;
class QTabWidget;
class QTimer;
class ReviewQueuePanel;
class SuppressionPanel;

// Where campaign staff run and prove the first-contact consent flow: each audience's consent
// funnel and gate (with the rules, for administrators), the ambiguous replies waiting for a
// person, the suppression list, and the consent history of any number.
class ConsentPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentPage)
public:
    enum Tab { FunnelTab, ReviewTab, SuppressionTab, HistoryTab, TabCount };

    explicit ConsentPage(Database *database, QWidget *parent = nullptr);

    void refresh() override;
    // Replies were recorded (by this window's callback listener): the queue and the figures
    // change. Read again now if the page is shown, else when it is.
    void repliesArrived();
    // Opens the History tab on `phone` (E.164 or as typed).
    void showHistory(const QString &phone);

    QTabWidget *tabs() const { return m_tabs; }
    FunnelPanel *funnel() const { return m_funnel; }
    ConsentRulesPanel *rules() const { return m_rules; }
    ReviewQueuePanel *reviewQueue() const { return m_review; }
    SuppressionPanel *suppressions() const { return m_suppressions; }
    HistoryPanel *history() const { return m_history; }
    // Something is being read or written.
    bool isBusy() const;
    // Whether the current user may change the consent rules and proofs (known after refresh()).
    bool isAdministrator() const { return m_administrator; }

Q_SIGNALS:
    // The user's rights were read after a refresh().
    void accessKnown();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refreshSummary();
    void updateReviewTab();

    Database *m_database;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    FunnelPanel *m_funnel;
    ConsentRulesPanel *m_rules;
    ReviewQueuePanel *m_review;
    SuppressionPanel *m_suppressions;
    HistoryPanel *m_history;
    QTimer *m_pollTimer;
    // As last counted: the figures are computed again when they change.
    qint64 m_consentEvents = -1;
    qint64 m_suppressed = -1;
    bool m_administrator = false;
    bool m_stale = false;
    BackgroundJob m_countJob;
    BackgroundJob m_accessJob;
};
