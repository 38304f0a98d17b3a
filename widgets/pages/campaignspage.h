// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

class CampaignListModel;
class Database;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

// Lists the campaigns with their kind, state, audience and election, and shows the text of the
// selected one.
class CampaignsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)
public:
    explicit CampaignsPage(Database *database, QWidget *parent = nullptr);

    void refresh() override;
    QTableView *view() const { return m_view; }

protected:
    void retranslateUi() override;

private:
    void showSelected();

    CampaignListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QTableView *m_view;
    QLabel *m_messageLabel;
    QPlainTextEdit *m_message;
};
