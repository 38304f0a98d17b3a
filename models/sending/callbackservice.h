// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/callbacksettings.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QUrl>

class Database;

namespace Sending {

class StopConfirmationSender;

// Keeps Tribune's callback listener running as CallbackSettings say, in a thread of its own so
// that recording a burst of delivery reports never holds up the GUI: reload() reads the settings
// and the providers (with their secrets, from the keychain) on a worker thread, then starts the
// listener, moves it when the address or port changed, renews its adapters when the providers
// changed, or stops it when callbacks are turned off. After replies were recorded (and when the
// listener starts) it has the queued STOP confirmations sent (StopConfirmationSender).
class CallbackService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackService)
public:
    enum class Status { Off, Listening, Failed };

    struct State
    {
        Status status = Status::Off;
        CallbackSettings settings;
        QUrl listeningOn; // the listener's own address (Listening)
        QUrl providersCall; // what providers are given (settings.effectiveUrl())
        int providers = 0; // adapters reading callbacks
        QString errorString; // why it does not listen (Failed)
        QStringList warnings; // providers whose callbacks will be refused
    };

    explicit CallbackService(Database *database, QObject *parent = nullptr);
    // Stops the listener and waits for its thread and for a reload in progress.
    ~CallbackService() override;

    // Reads the settings and the providers again and applies them (the latest call wins).
    void reload();
    bool isReloading() const { return m_loading; }
    const State &state() const { return m_state; }
    // Recorded by this listener since it was created.
    qint64 reportsRecorded() const { return m_reports; }
    qint64 repliesRecorded() const { return m_replies; }

Q_SIGNALS:
    void stateChanged(const Sending::CallbackService::State &state);
    // Delivery reports or replies were recorded; the totals since the service was created.
    void receiptsRecorded(qint64 reports, qint64 replies);
    // A callback was refused (malformed, unknown provider, not recorded): nothing was stored.
    void requestRefused(const QString &path, int status, const QString &reason);

private:
    class Host;
    struct Plan;

    void apply(const Plan &plan);
    void setState(const State &state);
    void addReceipts(int reports, int replies);

    Database *m_database;
    QThread m_thread; // where the listener lives
    Host *m_host; // lives in m_thread
    QPointer<QThread> m_loader;
    bool m_loading = false;
    bool m_reloadAgain = false;
    State m_state;
    StopConfirmationSender *m_confirmations;
    qint64 m_reports = 0;
    qint64 m_replies = 0;
};

} // namespace Sending
