// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "sending/outbox.h"

#include <QDateTime>
#include <QWidget>

class Database;
class QCheckBox;
class QLabel;
class QPushButton;
class QTimeEdit;
class QTimer;

// "Sending window", in Settings: the hours and days campaign messages may go out (Paris time),
// whether French public holidays close it (with Alsace-Moselle's two extra days), a live line
// saying whether it is open now and until when or when it next opens, and the next public
// holidays. Only an administrator saves it (Outbox::Window::save checks it again, and audits
// it); everyone else sees it read-only. Reads and writes run off the GUI thread.
class SendingWindowPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendingWindowPanel)
public:
    explicit SendingWindowPanel(Database *database, QWidget *parent = nullptr);

    void reload();
    void save();
    bool isBusy() const { return m_job.isBusy(); }
    bool isEditable() const { return m_editable; }
    // The window as the form shows it.
    Outbox::Window formWindow() const;
    QString statusText() const;
    QString liveText() const;
    QString holidaysText() const;
    // The moment the live line is computed for; invalid (the default): the clock.
    void setNow(const QDateTime &now);

Q_SIGNALS:
    void finished(); // a read or a save ended (status text updated)
    void windowSaved();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        bool saved = false;
        Outbox::Window window;
        bool editable = false;
        QString notEditableReason;
        QString message;
    };

    void run(const QString &progress, std::function<Outcome()> work);
    void showWindow(const Outbox::Window &window);
    void retranslateUi();
    void updateEditable();
    void updateLive();

    Database *m_database;
    QLabel *m_intro;
    QLabel *m_hoursLabel;
    QTimeEdit *m_start;
    QLabel *m_toLabel;
    QTimeEdit *m_end;
    QLabel *m_midnightHint;
    QLabel *m_daysLabel;
    QList<QCheckBox *> m_days; // Monday first
    QCheckBox *m_skipHolidays;
    QCheckBox *m_alsaceMoselle;
    QPushButton *m_saveButton;
    QLabel *m_status;
    QLabel *m_live;
    QLabel *m_holidays;
    QTimer *m_clock;
    QDateTime m_now;
    Outbox::Window m_saved;
    bool m_editable = false;
    bool m_loaded = false;
    QString m_notEditableReason;
    BackgroundJob m_job;
};
