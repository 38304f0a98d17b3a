// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// The audience's own columns (beyond the standard fields) and whether segments may filter on
// them. Columns whose name suggests data of GDPR art. 9 (religion, origin, opinions, health...)
// are blocked; an administrator who checked a column's content can allow it, giving a reason
// that goes to the audit log, and block it again.
class ColumnReviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnReviewPanel)
public:
    explicit ColumnReviewPanel(Database *database, QWidget *parent = nullptr);

    void setAudience(qint64 audienceId);
    QTableWidget *table() const { return m_table; }

    // Asks for the reason and records the review of the selected column; false when cancelled
    // or refused (the message is shown).
    bool reviewSelected(bool sensitive);
    // Records a review without asking (the dialog's second half).
    bool review(const QString &column, bool sensitive, const QString &reason);

Q_SIGNALS:
    void reviewed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void updateButtons();

    Database *m_database;
    qint64 m_audienceId = 0;
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_allowButton;
    QPushButton *m_blockButton;
};
