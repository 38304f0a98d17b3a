// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendpanel.h"

#include "backgroundtask.h"
#include "campaign/campaignpreview.h"
#include "campaign/campaignstore.h"
#include "compliance/preflight.h"
#include "sending/credentialstore.h"
#include "sending/providerstore.h"
#include "storage/database.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace {

enum CountColumn {
    QueuedCount,
    AcceptedCount,
    DeliveredCount,
    FailedCount,
    UnknownCount,
    CancelledCount,
    CountColumns
};

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// The Sandbox and polling providers hand delivery reports to the engine itself: after the last
// message it waits long enough for the Sandbox's simulated reports and replies.
int drainMsFor(const Sending::ProviderConfig &config)
{
    if (config.kind != QLatin1String("sandbox"))
        return 0;
    const int delivery = config.options.value(QStringLiteral("delivery_delay_ms")).toInt(2000);
    const int reply = config.options.value(QStringLiteral("reply_delay_ms")).toInt(delivery);
    return std::min(30000, std::max(delivery, reply) + 1000);
}

} // namespace

// What the confirmation dialogs state, read on a worker thread.
struct SendPanel::Overview
{
    bool ok = false;
    QString errorString;
    QString name;
    qint64 recipients = 0;
    qint64 parts = 0;
    Outbox::Counts counts;
    QString provider;
    QString providerKind;
    QString sender;
    QString footer;
    // The preflight's failed checks: blocking ones (by key) and notes (the sending window).
    QList<QPair<QString, QString>> problems;
    QStringList notes;

    QStringList problemsExcept(const QString &key) const
    {
        QStringList texts;
        for (const auto &[checkKey, text] : problems) {
            if (checkKey != key)
                texts.append(text);
        }
        return texts;
    }
};

SendPanel::SendPanel(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_stateLabel(new QLabel(this))
    , m_approveButton(new QPushButton(this))
    , m_sendButton(new QPushButton(this))
    , m_pauseButton(new QPushButton(this))
    , m_resumeButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_progressBar(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_rateLabel(new QLabel(this))
    , m_outcomeLabel(new QLabel(this))
{
    qRegisterMetaType<SendEngine::Progress>();
    qRegisterMetaType<SendEngine::Summary>();
    setObjectName(QStringLiteral("sendPanel"));

    m_stateLabel->setObjectName(QStringLiteral("sendState"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextFormat(Qt::RichText);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_resumeButton->setObjectName(QStringLiteral("resumeButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelSendingButton"));
    m_sendButton->setDefault(false);
    m_progressBar->setObjectName(QStringLiteral("sendProgress"));
    m_progressBar->setTextVisible(false);
    m_progressLabel->setObjectName(QStringLiteral("sendProgressText"));
    m_rateLabel->setObjectName(QStringLiteral("sendRate"));
    m_outcomeLabel->setObjectName(QStringLiteral("sendOutcome"));
    m_outcomeLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_stateLabel, 1);
    for (QPushButton *button :
         {m_approveButton, m_sendButton, m_pauseButton, m_resumeButton, m_cancelButton})
        top->addWidget(button);
    layout->addLayout(top);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_progressLabel);
    layout->addLayout(progressRow);

    static const char *const names[] = {"countQueued", "countAccepted", "countDelivered",
                                        "countFailed", "countUnknown",  "countCancelled"};
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(0);
    for (int column = 0; column < CountColumns; ++column) {
        auto *caption = new QLabel(this);
        auto *value = new QLabel(this);
        value->setObjectName(QLatin1String(names[column]));
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 1.25);
        font.setBold(true);
        value->setFont(font);
        caption->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(caption, 0, column);
        grid->addWidget(value, 1, column);
        m_countCaptions.append(caption);
        m_countValues.append(value);
    }
    grid->addWidget(m_rateLabel, 0, CountColumns, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
    grid->setColumnStretch(CountColumns, 1);
    layout->addLayout(grid);
    layout->addWidget(m_outcomeLabel);

    connect(m_approveButton, &QPushButton::clicked, this, &SendPanel::askApprove);
    connect(m_sendButton, &QPushButton::clicked, this, &SendPanel::askSend);
    connect(m_pauseButton, &QPushButton::clicked, this, &SendPanel::pause);
    connect(m_resumeButton, &QPushButton::clicked, this, &SendPanel::resume);
    connect(m_cancelButton, &QPushButton::clicked, this, &SendPanel::askCancel);
    retranslateUi();
}

SendPanel::~SendPanel()
{
    // Normally the window waits for finished(); if not, the campaign stays "sending" and the
    // next Send now recovers its messages in flight.
    disposeEngine();
    if (m_thread)
        m_thread->wait();
}

void SendPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SendPanel::retranslateUi()
{
    m_approveButton->setText(tr("&Approve for sending…"));
    m_sendButton->setText(tr("&Send now…"));
    m_pauseButton->setText(tr("&Pause"));
    m_resumeButton->setText(tr("&Resume"));
    m_cancelButton->setText(tr("Cancel the &rest…"));
    const QString captions[] = {tr("Queued"), tr("Accepted"), tr("Delivered"),
                                tr("Failed"), tr("Unknown"),  tr("Cancelled")};
    for (int column = 0; column < CountColumns; ++column)
        m_countCaptions.at(column)->setText(captions[column]);
    const QString unknownTip =
        tr("Unknown: may or may not have been sent; never resent automatically.");
    m_countCaptions.at(UnknownCount)->setToolTip(unknownTip);
    m_countValues.at(UnknownCount)->setToolTip(unknownTip);
    m_countCaptions.at(AcceptedCount)
        ->setToolTip(tr("Accepted by the provider, delivery report not received yet."));
    m_countCaptions.at(QueuedCount)
        ->setToolTip(tr("Not sent yet (including messages waiting for a retry)."));
    updateView();
}

void SendPanel::setCampaign(qint64 campaignId)
{
    m_campaign.reset();
    if (campaignId > 0)
        m_campaign = CampaignStore(m_database).find(campaignId);
    if (!isSelectedRunning()) {
        m_hasCounts = false;
        loadCounts();
    } else {
        m_counts = m_progress.counts;
        m_hasCounts = m_hasProgress;
    }
    updateView();
}

void SendPanel::refreshCounts()
{
    if (!isSelectedRunning())
        loadCounts();
}

bool SendPanel::isSelectedRunning() const
{
    return m_campaign && m_sendingId == m_campaign->id;
}

void SendPanel::loadCounts()
{
    const int request = ++m_countsRequest;
    if (!m_campaign)
        return;
    Database *database = m_database;
    const qint64 id = m_campaign->id;
    m_countsJob.run<Outbox::Counts>(
        this,
        [database, id]() {
            const Outbox::Counts counts = Outbox(database).counts(id);
            database->closeThreadConnection();
            return counts;
        },
        [this, request](const Outbox::Counts &counts) {
            if (request != m_countsRequest || isSelectedRunning())
                return;
            m_counts = counts;
            m_hasCounts = true;
            updateView();
        });
}

QString SendPanel::stateText() const
{
    if (!m_campaign)
        return tr("Select a campaign to approve or send it.");
    QString text;
    if (isSelectedRunning()) {
        if (m_starting)
            text = tr("Starting: reading the provider's settings…");
        else if (m_paused)
            text = tr("Paused: nothing goes out until you resume.");
        else
            text = tr("Sending…");
    } else {
        switch (m_campaign->state) {
        case Campaign::State::Draft:
            text = tr("Draft: approve it before sending.");
            break;
        case Campaign::State::Approved:
            text = tr("Approved: ready to send.");
            break;
        case Campaign::State::Sending:
            text = tr("Marked as sending, but not by this window (interrupted, or another "
                      "Tribune is sending it). Send now resumes it; nothing is sent twice.");
            break;
        case Campaign::State::Paused:
            text = tr("Paused: Send now resumes where it stopped.");
            break;
        case Campaign::State::Done:
            text = tr("Done: every message has been handed to the provider.");
            break;
        case Campaign::State::Cancelled:
            text = tr("Cancelled.");
            break;
        }
        if (isSending() && m_campaign->state != Campaign::State::Done
            && m_campaign->state != Campaign::State::Cancelled
            && m_campaign->state != Campaign::State::Draft)
            text += QLatin1Char(' ')
                + tr("“%1” is sending; one campaign sends at a time.").arg(m_sendingName);
    }
    return QStringLiteral("<b>%1</b> — %2")
        .arg(m_campaign->name.toHtmlEscaped(), text.toHtmlEscaped());
}

QString SendPanel::durationText(int seconds)
{
    if (seconds < 0)
        return QStringLiteral("—");
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

void SendPanel::showCounts(const Outbox::Counts &counts)
{
    const qint64 total = counts.total();
    const qint64 settled = total - counts.queued - counts.submitting;
    // QProgressBar takes ints: scale down the (unlikely) campaigns beyond its range.
    const qint64 scale = total > std::numeric_limits<int>::max() / 2 ? 1000 : 1;
    m_progressBar->setRange(0, int(std::max<qint64>(1, total / scale)));
    m_progressBar->setValue(int(settled / scale));
    m_progressLabel->setText(tr("%1 / %2 messages settled").arg(number(settled), number(total)));
    const qint64 values[] = {counts.queued + counts.submitting, counts.accepted, counts.delivered,
                             counts.failed + counts.expired,    counts.unknown,  counts.cancelled};
    for (int column = 0; column < CountColumns; ++column)
        m_countValues.at(column)->setText(number(values[column]));
    const bool showCancelled = counts.cancelled > 0;
    m_countCaptions.at(CancelledCount)->setVisible(showCancelled);
    m_countValues.at(CancelledCount)->setVisible(showCancelled);
}

void SendPanel::updateView()
{
    m_stateLabel->setText(stateText());
    const bool running = isSelectedRunning();
    const Campaign::State state = m_campaign ? m_campaign->state : Campaign::State::Draft;
    const bool sendable = m_campaign
        && (state == Campaign::State::Approved || state == Campaign::State::Sending
            || state == Campaign::State::Paused);

    m_approveButton->setVisible(m_campaign && !running && state == Campaign::State::Draft);
    m_approveButton->setEnabled(!m_busy);
    m_sendButton->setVisible(sendable && !running);
    m_sendButton->setEnabled(!m_busy && !isSending());
    m_sendButton->setToolTip(
        isSending() && !running
            ? tr("“%1” is sending; one campaign sends at a time.").arg(m_sendingName)
            : QString());
    m_pauseButton->setVisible(running && !m_paused);
    m_pauseButton->setEnabled(m_engine && !m_starting);
    m_resumeButton->setVisible(running && m_paused);
    m_resumeButton->setEnabled(m_engine != nullptr);
    m_cancelButton->setVisible(running || (sendable && !isSending()));
    m_cancelButton->setEnabled(!m_busy && !m_starting);

    const Outbox::Counts counts = running ? m_progress.counts : m_counts;
    const bool hasCounts = running ? m_hasProgress : m_hasCounts;
    const bool showProgress = m_campaign && (running || (hasCounts && counts.total() > 0));
    m_progressBar->setVisible(showProgress);
    m_progressLabel->setVisible(showProgress);
    for (QLabel *label : std::as_const(m_countCaptions))
        label->setVisible(showProgress);
    for (QLabel *label : std::as_const(m_countValues))
        label->setVisible(showProgress);
    m_rateLabel->setVisible(showProgress && running);
    if (showProgress)
        showCounts(counts);
    if (running) {
        if (m_paused)
            m_rateLabel->setText(tr("Paused"));
        else if (!m_hasProgress || m_progress.rate <= 0)
            m_rateLabel->setText(tr("Starting…"));
        else
            m_rateLabel->setText(tr("%1 messages/s · about %2 left")
                                     .arg(QLocale().toString(m_progress.rate, 'f', 1),
                                          durationText(m_progress.etaSeconds)));
    }

    const bool showOutcome = m_campaign && m_summary && m_summaryId == m_campaign->id && !running;
    m_outcomeLabel->setVisible(showOutcome && !m_outcome.isEmpty());
    m_outcomeLabel->setText(showOutcome ? m_outcome : QString());
}

void SendPanel::withOverview(const std::function<void(const Overview &)> &done)
{
    if (!m_campaign || m_busy)
        return;
    m_busy = true;
    updateView();
    Database *database = m_database;
    const qint64 id = m_campaign->id;
    m_overviewJob.run<Overview>(
        this,
        [database, id]() {
            Overview overview;
            CampaignStore store(database);
            const std::optional<Campaign> campaign = store.find(id);
            if (!campaign) {
                overview.errorString = tr("This campaign no longer exists.");
            } else {
                // The same checks as the CLI's preflight and the send engine's.
                const Preflight::Result preflight = Preflight::run(database, *campaign);
                overview.ok = preflight.ok;
                overview.errorString = preflight.errorString;
                overview.name = campaign->name;
                overview.recipients = preflight.exclusions.recipients;
                overview.parts = preflight.parts;
                for (const Preflight::Check &check : preflight.checks) {
                    if (check.passed)
                        continue;
                    if (check.blocking)
                        overview.problems.append({check.key, check.explanation});
                    else
                        overview.notes.append(check.explanation);
                }
                overview.counts = Outbox(database).counts(id);
                overview.footer = campaign->footer;
                overview.sender = campaign->senderId;
                Sending::ProviderStore providers(database, nullptr);
                if (const auto entry = providers.find(campaign->providerId)) {
                    overview.provider = entry->name;
                    overview.providerKind = entry->kind;
                    if (overview.sender.isEmpty())
                        overview.sender = entry->senderId;
                }
            }
            database->closeThreadConnection();
            return overview;
        },
        [this, done](const Overview &overview) {
            m_busy = false;
            updateView();
            if (!overview.ok) {
                QMessageBox::warning(this, tr("Sending"), overview.errorString);
                return;
            }
            done(overview);
        });
}

void SendPanel::askApprove()
{
    withOverview([this](const Overview &o) {
        QMessageBox box(QMessageBox::Question, tr("Approve for sending"),
                        tr("Approve “%1” for sending?").arg(o.name), QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("approveDialog"));
        const QString none = tr("(none)");
        QString text =
            tr("Recipients: %1\nSMS parts: %2\nProvider: %3\nSender: %4\nFooter: %5\n\n"
               "Editing the campaign afterwards withdraws the approval.")
                .arg(number(o.recipients), number(o.parts),
                     o.provider.isEmpty() ? none : o.provider, o.sender.isEmpty() ? none : o.sender,
                     o.footer.isEmpty() ? none : o.footer);
        const QStringList problems = o.problemsExcept(QStringLiteral("approval"));
        if (!problems.isEmpty())
            text += QStringLiteral("\n\n") + tr("To fix before it can be sent:")
                + QStringLiteral("\n• ") + problems.join(QStringLiteral("\n• "));
        box.setInformativeText(text);
        box.addButton(tr("Approve"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.buttonRole(box.clickedButton()) != QMessageBox::AcceptRole)
            return;
        if (!approveSelected())
            QMessageBox::warning(this, tr("Approve for sending"), m_errorString);
    });
}

void SendPanel::askSend()
{
    withOverview([this](const Overview &o) {
        if (!o.problems.isEmpty()) {
            QMessageBox refused(QMessageBox::Warning, tr("Send now"),
                                tr("“%1” cannot be sent yet.").arg(o.name), QMessageBox::Ok, this);
            refused.setObjectName(QStringLiteral("preflightDialog"));
            refused.setInformativeText(QStringLiteral("• ")
                                       + o.problemsExcept(QString()).join(QStringLiteral("\n• ")));
            refused.exec();
            return;
        }
        QMessageBox box(QMessageBox::Question, tr("Send now"), tr("Send “%1” now?").arg(o.name),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("sendDialog"));
        const QString provider = o.provider.isEmpty() ? tr("(no provider)") : o.provider;
        QString text;
        if (o.counts.total() == 0) {
            text = tr("%1 to %2 through %3; nothing is sent twice, STOPs are honoured until "
                      "the last message.")
                       .arg(tr("%Ln messages", "", int(o.parts)),
                            tr("%Ln recipients", "", int(o.recipients)), provider);
        } else {
            const qint64 left = o.counts.queued + o.counts.submitting;
            text = tr("%1 of %2 still to send through %3; nothing is sent twice, STOPs are "
                      "honoured until the last message.")
                       .arg(tr("%Ln messages", "", int(left)),
                            tr("%Ln recipients", "", int(o.counts.total())), provider);
        }
        if (o.providerKind == QLatin1String("sandbox"))
            text += QStringLiteral("\n\n")
                + tr("This provider is the offline sandbox: nothing leaves this computer.");
        for (const QString &note : o.notes)
            text += QStringLiteral("\n\n") + note;
        box.setInformativeText(text);
        box.addButton(tr("Send"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.buttonRole(box.clickedButton()) != QMessageBox::AcceptRole)
            return;
        if (!sendSelected())
            QMessageBox::warning(this, tr("Send now"), m_errorString);
    });
}

void SendPanel::askCancel()
{
    const QString name = m_campaign ? m_campaign->name : QString();
    QMessageBox box(QMessageBox::Warning, tr("Cancel the rest"),
                    tr("Cancel the messages of “%1” not sent yet?").arg(name),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("cancelDialog"));
    box.setInformativeText(tr("Messages already handed to the provider cannot be called back. "
                              "A cancelled campaign cannot be sent again."));
    box.addButton(tr("Cancel the rest"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep sending"), QMessageBox::RejectRole);
    box.exec();
    if (box.buttonRole(box.clickedButton()) == QMessageBox::DestructiveRole)
        cancelRest();
}

bool SendPanel::approveSelected()
{
    m_errorString.clear();
    if (!m_campaign) {
        m_errorString = tr("No campaign is selected.");
        return false;
    }
    CampaignStore store(m_database);
    std::optional<Campaign> campaign = store.find(m_campaign->id);
    if (!campaign || !store.setState(&*campaign, Campaign::State::Approved)) {
        m_errorString = campaign ? store.errorString() : tr("This campaign no longer exists.");
        return false;
    }
    setCampaign(campaign->id);
    Q_EMIT campaignChanged(campaign->id);
    return true;
}

bool SendPanel::sendSelected()
{
    m_errorString.clear();
    if (!m_campaign) {
        m_errorString = tr("No campaign is selected.");
        return false;
    }
    if (isSending()) {
        m_errorString = tr("“%1” is sending; one campaign sends at a time.").arg(m_sendingName);
        return false;
    }
    const Campaign::State state = m_campaign->state;
    if (state != Campaign::State::Approved && state != Campaign::State::Sending
        && state != Campaign::State::Paused) {
        m_errorString = tr("Only an approved, sending or paused campaign can be sent.");
        return false;
    }
    if (m_campaign->providerId <= 0) {
        m_errorString = tr("This campaign has no SMS provider; choose one in the composer.");
        return false;
    }
    m_sendingId = m_campaign->id;
    m_sendingName = m_campaign->name;
    m_starting = true;
    m_abortStart = false;
    m_paused = false;
    m_hasProgress = false;
    m_progress = {};
    m_summary.reset();
    m_outcome.clear();

    struct Fetched
    {
        std::optional<Sending::ProviderConfig> config;
        QString errorString;
    };
    Database *database = m_database;
    const qint64 providerId = m_campaign->providerId;
    // The secret comes from the keychain, which blocks (and may prompt): on a worker.
    m_configJob.run<Fetched>(
        this,
        [database, providerId]() {
            Fetched fetched;
            {
                Sending::CredentialStore credentials;
                Sending::ProviderStore store(database, &credentials);
                fetched.config = store.config(providerId, &fetched.errorString);
            }
            database->closeThreadConnection();
            return fetched;
        },
        [this](const Fetched &fetched) {
            m_starting = false;
            SendEngine::Summary summary;
            if (m_abortStart) {
                summary.ok = true;
                summary.stopReason = QStringLiteral("stopped");
                return endRun(summary);
            }
            if (!fetched.config) {
                summary.stopReason = QStringLiteral("error");
                summary.errorString = fetched.errorString;
                return endRun(summary);
            }
            startEngine(*fetched.config);
        });
    updateView();
    Q_EMIT sendingStarted(m_sendingId);
    return true;
}

void SendPanel::startEngine(const Sending::ProviderConfig &config)
{
    SendEngine::Options options;
    options.campaignId = m_sendingId;
    options.provider = config;
    // As tribune-cli send: a restart on this computer by this user recovers its claims.
    options.instanceId = SendEngine::defaultInstanceId();
    options.drainMs = drainMsFor(config);

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sendEngine"));
    m_engine = new SendEngine(m_database, options);
    m_engine->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_engine, &SendEngine::start);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_engine, &SendEngine::progressChanged, this, &SendPanel::onProgress);
    connect(m_engine, &SendEngine::pausedChanged, this, &SendPanel::onPausedChanged);
    connect(m_engine, &SendEngine::finished, this, &SendPanel::onFinished);
    m_thread->start();
    updateView();
}

void SendPanel::onProgress(const SendEngine::Progress &progress)
{
    const bool first = !m_hasProgress;
    m_progress = progress;
    m_hasProgress = true;
    if (first && m_sendingId) {
        // The engine has moved the campaign to "sending": the list shows it.
        if (isSelectedRunning())
            m_campaign = CampaignStore(m_database).find(m_sendingId);
        Q_EMIT campaignChanged(m_sendingId);
    }
    if (isSelectedRunning())
        updateView();
}

void SendPanel::onPausedChanged(bool paused)
{
    m_paused = paused;
    updateView();
    Q_EMIT campaignChanged(m_sendingId);
}

void SendPanel::pause()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SendEngine::pause);
}

void SendPanel::resume()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SendEngine::resume);
}

void SendPanel::stop()
{
    if (m_starting)
        m_abortStart = true;
    else if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SendEngine::stop);
}

void SendPanel::cancelRest()
{
    if (m_engine) {
        QMetaObject::invokeMethod(m_engine, &SendEngine::cancel);
        return;
    }
    if (!m_campaign || isSending())
        return;
    // Not sending in this window: cancel the queued messages and the campaign directly (an
    // instance elsewhere stops at its next claim).
    Database *database = m_database;
    const qint64 id = m_campaign->id;
    m_busy = true;
    updateView();
    m_overviewJob.run<QString>(
        this,
        [database, id]() {
            QString error;
            Outbox(database).cancelQueued(id, &error);
            CampaignStore store(database);
            std::optional<Campaign> campaign = store.find(id);
            if (error.isEmpty() && campaign
                && !store.setState(&*campaign, Campaign::State::Cancelled))
                error = store.errorString();
            database->closeThreadConnection();
            return error;
        },
        [this, id](const QString &error) {
            m_busy = false;
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Cancel the rest"), error);
            if (m_campaign && m_campaign->id == id)
                setCampaign(id);
            Q_EMIT campaignChanged(id);
        });
}

void SendPanel::onFinished(const SendEngine::Summary &summary)
{
    disposeEngine();
    endRun(summary);
}

void SendPanel::disposeEngine()
{
    SendEngine *engine = m_engine;
    m_engine = nullptr;
    if (!engine)
        return;
    Database *database = m_database;
    QMetaObject::invokeMethod(
        engine,
        [engine, database]() {
            delete engine;
            database->closeThreadConnection();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
}

void SendPanel::endRun(const SendEngine::Summary &summary)
{
    const qint64 id = m_sendingId;
    m_summary = summary;
    m_summaryId = id;
    m_sendingId = 0;
    m_sendingName.clear();
    m_paused = false;
    m_starting = false;
    describeOutcome(summary);
    if (m_campaign && m_campaign->id == id) {
        // Keep the last figures until the fresh ones arrive.
        m_counts = m_progress.counts;
        m_hasCounts = m_hasProgress;
        setCampaign(id);
    } else {
        updateView();
    }
    Q_EMIT campaignChanged(id);
    Q_EMIT sendingFinished(summary);
}

void SendPanel::describeOutcome(const SendEngine::Summary &summary)
{
    const QString reason = summary.stopReason;
    const QString duration = durationText(int(summary.seconds + 0.5));
    QString text;
    if (!summary.ok) {
        text = tr("Sending stopped on an error: %1 Send now resumes where it stopped.")
                   .arg(summary.errorString);
    } else if (reason == QLatin1String("done")) {
        text = tr("Finished in %1: %2 handed to the provider by this run.")
                   .arg(duration, tr("%Ln messages", "", int(summary.submitted)));
    } else if (reason == QLatin1String("cancelled")) {
        text = tr("Cancelled: the messages not sent yet were cancelled; those already handed "
                  "to the provider cannot be called back.");
    } else if (reason == QLatin1String("stopped") || reason == QLatin1String("paused")) {
        text = tr("Stopped after the messages in flight: the campaign is paused and resumes "
                  "where it stopped when you press Send now.");
    } else if (reason == QLatin1String("silence")) {
        text = tr("Paused for the electoral silence: no campaign message may be sent from the "
                  "day before a round until the polls close (Code électoral, art. L49).");
    } else if (reason == QLatin1String("window")) {
        text = tr("Paused: it is outside the sending window (the hours and days set for "
                  "sending).");
    } else {
        text = tr("Sending ended (%1).").arg(reason);
    }
    if (summary.unknown > 0)
        text += QLatin1Char(' ')
            + tr("%Ln messages are in an unknown state: they may or may not have been sent and "
                 "are never resent automatically.",
                 "", int(summary.unknown));
    m_outcome = text;

    // Say until when the silence or the closed window lasts (read on a worker).
    if (reason != QLatin1String("silence") && reason != QLatin1String("window"))
        return;
    const bool silence = reason == QLatin1String("silence");
    Database *database = m_database;
    const qint64 id = m_summaryId;
    m_outcomeJob.run<QDateTime>(
        this,
        [database, id, silence]() {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QDateTime until;
            if (silence) {
                const std::optional<Campaign> campaign = CampaignStore(database).find(id);
                if (campaign)
                    Outbox::isSilence(database, campaign->electionId, now, &until);
            } else {
                until = Outbox::Window::load(database).nextOpening(now);
            }
            database->closeThreadConnection();
            return until;
        },
        [this, id, silence](const QDateTime &until) {
            if (!until.isValid() || m_summaryId != id)
                return;
            const QDateTime local = until.toLocalTime();
            const QString when = tr("%1 at %2")
                                     .arg(QLocale().toString(local.date(), QLocale::LongFormat),
                                          QLocale().toString(local.time(), QLocale::ShortFormat));
            m_outcome = silence
                ? tr("Paused for the electoral silence until %1: no campaign message may be "
                     "sent from the day before a round until the polls close (Code électoral, "
                     "art. L49). Press Send now after that.")
                      .arg(when)
                : tr("Paused: it is outside the sending window (the hours and days set for "
                     "sending). It opens again on %1; press Send now then.")
                      .arg(when);
            updateView();
        });
}
