// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "page.h"

#include <QHash>

class CampaignListModel;
class Database;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class SendPanel;

// Lists the campaigns with their kind, state, audience and election, shows the text of the
// selected one, and approves, sends, pauses or cancels it (SendPanel).
class CampaignsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)
public:
    explicit CampaignsPage(Database *database, QWidget *parent = nullptr);

    void refresh() override;
    QTableView *view() const { return m_view; }
    SendPanel *sendPanel() const { return m_sendPanel; }
    // Selects the campaign with this id in the list; false if it is not there.
    bool selectCampaign(qint64 campaignId);
    bool isComputingFigures() const { return m_figuresJob.isBusy(); }

Q_SIGNALS:
    void openRequested(qint64 campaignId);
    void figuresReady();

protected:
    void retranslateUi() override;

private:
    void showSelected();
    void computeFigures();
    void openSelected();

    Database *m_database;
    CampaignListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QTableView *m_view;
    QLabel *m_messageLabel;
    QPlainTextEdit *m_message;
    QPushButton *m_openButton;
    SendPanel *m_sendPanel;
    BackgroundJob m_figuresJob;
};
