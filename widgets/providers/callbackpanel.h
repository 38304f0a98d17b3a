// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "sending/callbackservice.h"
#include "sending/callbacksettings.h"

#include <QWidget>

class Database;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// "Delivery reports and replies", in Settings: whether Tribune listens for the providers'
// callbacks, on which address and port, and the public address providers are given (behind a
// reverse proxy or a tunnel); then how the listener is doing (listening on…, or why not).
// When the database has user accounts, only an administrator can change it. Reads and writes
// on a worker thread.
class CallbackPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackPanel)
public:
    explicit CallbackPanel(Database *database, QWidget *parent = nullptr);

    // Reads the stored settings and whether this user may change them.
    void reload();
    // The settings as the form shows them.
    Sending::CallbackSettings formSettings() const;
    // Validates and saves the form; settingsChanged() once saved.
    void save();
    bool isBusy() const { return m_job.isBusy(); }
    bool isEditable() const { return m_editable; }
    QString statusText() const;
    QString stateText() const;

    // What the main window's CallbackService says.
    void showState(const Sending::CallbackService::State &state);
    void showReceipts(qint64 reports, qint64 replies);
    void showRefusal(const QString &path, int status, const QString &reason);

Q_SIGNALS:
    void settingsChanged();
    void finished(); // a read or a save ended (status text updated)

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        bool ok = false;
        bool saved = false;
        QString message;
        Sending::CallbackSettings settings;
        bool editable = false;
        QString notEditableReason;
    };

    void run(const QString &progress, std::function<Outcome()> work);
    void showSettings(const Sending::CallbackSettings &settings);
    void retranslateUi();
    void updateState();
    void updateEditable();
    void updatePlaceholder();

    Database *m_database;
    QLabel *m_intro;
    QCheckBox *m_enabled;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_publicUrlLabel;
    QLineEdit *m_publicUrl;
    QLabel *m_publicUrlHint;
    QPushButton *m_saveButton;
    QLabel *m_status;
    QLabel *m_state;
    bool m_editable = false;
    bool m_loaded = false;
    QString m_notEditableReason;
    std::optional<Sending::CallbackService::State> m_serviceState;
    qint64 m_reports = 0;
    qint64 m_replies = 0;
    QString m_lastRefusal;
    BackgroundJob m_job;
};
