// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"

#include <QWidget>

class AuditLogModel;
class Database;
class QLabel;
class QPushButton;
class QTableView;

// The audit log in Settings: the newest entries (who did what, when, to what), read off the GUI
// thread, and Export… of the whole log to CSV (the export is audited too).
class AuditLogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPanel)
public:
    // How many of the newest entries the table shows; the export has them all.
    static constexpr int ShownEntries = 500;

    explicit AuditLogPanel(Database *database, QWidget *parent = nullptr);

    void reload();
    void exportInteractive();
    void exportTo(const QString &path);

    bool isBusy() const { return m_loadJob.isBusy() || m_exportJob.isBusy(); }
    QTableView *view() const { return m_view; }
    AuditLogModel *model() const { return m_model; }
    QLabel *status() const { return m_status; }
    QLabel *exportStatus() const { return m_exportStatus; }

Q_SIGNALS:
    void reloaded();
    // An export ended; `ok` false with the reason in exportStatus().
    void exportFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Database *m_database;
    AuditLogModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QLabel *m_exportStatus;
    QPushButton *m_reloadButton;
    QPushButton *m_exportButton;
    BackgroundJob m_loadJob;
    BackgroundJob m_exportJob;
};
