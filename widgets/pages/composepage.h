// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

class Database;
class QLabel;
class QListWidget;
class QPlainTextEdit;

// The message templates stored in the database (among them the French first-contact consent
// request), read-only until the composer lands.
class ComposePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposePage)
public:
    explicit ComposePage(Database *database, QWidget *parent = nullptr);

    void refresh() override;

protected:
    void retranslateUi() override;

private:
    Database *m_database;
    QLabel *m_notice;
    QListWidget *m_templates;
    QPlainTextEdit *m_body;
};
