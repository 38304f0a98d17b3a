// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"

#include <QWidget>

#include <atomic>
#include <memory>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class SuppressionListModel;

// The global suppression list: numbers never to be messaged again. Search by the start of a
// number (typed as people write it: "06 12", "+33 6 12"), add one number by hand with a note,
// import an opposition list (progress, cancel, a summary with the rejected rows) and export the
// list as CSV. The table pages through millions of numbers; adding, importing and exporting run
// off the GUI thread.
class SuppressionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuppressionPanel)
public:
    explicit SuppressionPanel(Database *database, QWidget *parent = nullptr);

    void reload();
    bool isBusy() const { return m_writeJob.isBusy(); }
    QTableView *view() const { return m_view; }
    SuppressionListModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *addStatus() const { return m_addStatus; }

    // Adds the number typed in the form, after confirmation (a listed number stays listed).
    void addInteractive();
    // Adds a number without asking.
    void addNumber(const QString &number, const QString &note);
    void importInteractive();
    void importFile(const QString &path);
    void exportInteractive();
    void exportTo(const QString &path);

Q_SIGNALS:
    void listChanged();
    void historyRequested(const QString &phone);
    // An add, an import or an export ended; `ok` false with a message shown.
    void operationFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    QString selectedPhone() const;

    Database *m_database;
    SuppressionListModel *m_model;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_numberLabel;
    QLineEdit *m_number;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QPushButton *m_addButton;
    QLabel *m_addStatus;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QPushButton *m_historyButton;
    QLabel *m_status;
    QTimer *m_searchTimer;
    std::shared_ptr<std::atomic_bool> m_cancelImport;
    BackgroundJob m_writeJob;
};
