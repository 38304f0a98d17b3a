// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "page.h"

class Database;
class QLabel;
class QTableView;
class SuppressionListModel;

// The numbers Tribune must never message again, and what the consent ledger holds.
class ConsentPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentPage)
public:
    explicit ConsentPage(Database *database, QWidget *parent = nullptr);

    void refresh() override;
    QTableView *view() const { return m_view; }

protected:
    void retranslateUi() override;

private:
    Database *m_database;
    SuppressionListModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
    BackgroundJob m_countJob;
};
