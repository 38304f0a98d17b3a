// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

// First start on an empty database: says what Tribune is for and offers the demo data.
// Accepted = load the demo data; rejected = start with an empty database.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)
public:
    explicit WelcomeDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_demoButton;
    QPushButton *m_emptyButton;
};
