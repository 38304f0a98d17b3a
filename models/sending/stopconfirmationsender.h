// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

class Database;

namespace Sending {

class StopConfirmationWorker;

// Sends the queued STOP confirmations (Consent::StopConfirmation) without anyone pressing Send:
// sendPending() runs a SendEngine, in a thread of its own, for each provider's confirmation
// campaign that has queued messages, one run at a time; a call during a run asks for another
// look once it ends. Outside the sending window it waits for the window to open. The owner of
// the callback listener calls it after replies were recorded.
class StopConfirmationSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopConfirmationSender)
public:
    explicit StopConfirmationSender(Database *database, QObject *parent = nullptr);
    // Stops the run in progress (the messages in flight are recorded) and waits for the thread.
    ~StopConfirmationSender() override;

    void sendPending();

Q_SIGNALS:
    // A run of one confirmation campaign ended ("done", "window", "error"...).
    void runFinished(qint64 campaignId, qint64 submitted, const QString &result);
    // Nothing queued is left to send now (or only what waits for the sending window).
    void idle();

private:
    QThread m_thread;
    StopConfirmationWorker *m_worker; // lives in m_thread
};

} // namespace Sending
