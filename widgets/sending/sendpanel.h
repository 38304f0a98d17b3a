// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "campaign/campaign.h"
#include "sending/outbox.h"
#include "sending/sendengine.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class Database;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

// The sending controls of the Campaigns page for the selected campaign: its state, approval,
// Send now / Pause / Resume / Cancel the rest, progress and the outcome. The provider's
// configuration is read on a worker thread (its secret comes from the keychain) and the
// SendEngine runs in its own thread; one campaign sends at a time in this window.
class SendPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendPanel)
public:
    explicit SendPanel(Database *database, QWidget *parent = nullptr);
    ~SendPanel() override;

    // Shows this campaign (0: none); reads its row again.
    void setCampaign(qint64 campaignId);
    // Reads the shown campaign's counts again (delivery reports arrived), on a worker thread;
    // a campaign this window sends follows its engine's progress instead.
    void refreshCounts();
    qint64 campaignId() const { return m_campaign ? m_campaign->id : 0; }
    // The campaign this window is sending (or about to send); 0 when idle.
    qint64 sendingCampaignId() const { return m_sendingId; }
    bool isSending() const { return m_sendingId != 0; }
    bool isPaused() const { return m_paused; }
    // The outcome of the last run of this window.
    std::optional<SendEngine::Summary> lastSummary() const { return m_summary; }
    QString errorString() const { return m_errorString; }

    // The confirmed actions; the buttons ask for confirmation first and then call these.
    // Draft -> approved (validated by CampaignStore). False with errorString().
    bool approveSelected();
    // Starts (or resumes) sending the selected campaign; sendingFinished() tells the end.
    bool sendSelected();
    void pause();
    void resume();
    // Queued messages are cancelled, then the campaign; what is in flight still completes.
    void cancelRest();
    // Stops after the messages in flight and leaves the campaign paused (closing the window).
    void stop();

Q_SIGNALS:
    // The campaign's state or figures changed (approved, started, paused, finished...).
    void campaignChanged(qint64 campaignId);
    void sendingStarted(qint64 campaignId);
    void sendingFinished(const SendEngine::Summary &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Overview; // what the confirmation dialogs state, read on a worker

    void retranslateUi();
    void updateView();
    void showCounts(const Outbox::Counts &counts);
    void loadCounts();
    void askApprove();
    void askSend();
    void askCancel();
    void withOverview(const std::function<void(const Overview &)> &done);
    void startEngine(const Sending::ProviderConfig &config);
    void onProgress(const SendEngine::Progress &progress);
    void onPausedChanged(bool paused);
    void onFinished(const SendEngine::Summary &summary);
    void endRun(const SendEngine::Summary &summary);
    void describeOutcome(const SendEngine::Summary &summary);
    void disposeEngine();
    QString stateText() const;
    bool isSelectedRunning() const;
    static QString durationText(int seconds);

    Database *m_database;
    std::optional<Campaign> m_campaign;
    Outbox::Counts m_counts;
    bool m_hasCounts = false;
    int m_countsRequest = 0;

    qint64 m_sendingId = 0;
    QString m_sendingName;
    bool m_starting = false; // reading the provider's configuration
    bool m_abortStart = false;
    bool m_paused = false;
    bool m_busy = false; // a dialog's figures are being read
    QPointer<QThread> m_thread;
    SendEngine *m_engine = nullptr; // lives in m_thread; deleted there
    SendEngine::Progress m_progress;
    bool m_hasProgress = false;
    std::optional<SendEngine::Summary> m_summary;
    qint64 m_summaryId = 0;
    QString m_outcome; // sentence about how the last run of the shown campaign ended
    QString m_errorString;

    QLabel *m_stateLabel;
    QPushButton *m_approveButton;
    QPushButton *m_sendButton;
    QPushButton *m_pauseButton;
    QPushButton *m_resumeButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progressBar;
    QLabel *m_progressLabel;
    QList<QLabel *> m_countCaptions; // queued, accepted, delivered, failed, unknown
    QList<QLabel *> m_countValues;
    QLabel *m_rateLabel;
    QLabel *m_outcomeLabel;
    // Declared last: destroyed first, each waits for its worker (which uses the database).
    BackgroundJob m_countsJob;
    BackgroundJob m_overviewJob;
    BackgroundJob m_configJob;
    BackgroundJob m_outcomeJob;
};
