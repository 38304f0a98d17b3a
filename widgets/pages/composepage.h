// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "campaign/campaign.h"
#include "campaign/campaignpreview.h"
#include "campaign/recipientquery.h"
#include "page.h"
#include "sms/smsencoding.h"

#include <atomic>
#include <memory>
#include <optional>

class CostPanel;
class Database;
class PhoneBubble;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;
class SmsHighlighter;

// The composer: edit a campaign (audience, segment, sender, footer, message with merge fields),
// watch the SMS counter and the characters that force UCS-2, fix them in one click, and preview
// the message as a phone shows it for real recipients, including the one with the most parts.
class ComposePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposePage)
public:
    explicit ComposePage(Database *database, QWidget *parent = nullptr);
    ~ComposePage() override;

    void refresh() override;
    // Loads a campaign into the editor (0: a new, empty campaign).
    void openCampaign(qint64 campaignId);
    // A new campaign to a segment built on the Audiences page.
    void newCampaignFor(qint64 audienceId, const Segment &segment);
    qint64 currentCampaignId() const { return m_campaign.id; }
    bool hasUnsavedChanges() const { return m_dirty; }
    bool save();

    // For tests and screenshots.
    bool isComputingTotals() const { return m_totalsJob.isBusy() || m_totalsPending; }
    const CampaignPreview &totals() const { return m_totals; }

Q_SIGNALS:
    void campaignSaved(qint64 campaignId);
    void totalsReady();

protected:
    void retranslateUi() override;

private:
    void fillChoices();
    void editSegment();
    void loadIntoForm(const Campaign &campaign);
    Campaign campaignFromForm(QString *errorString) const;
    void markDirty();
    void updateCounter();
    void updateSenderCheck();
    void updatePreview();
    void scheduleTotals();
    void computeTotals();
    void showRecipient(bool forward);
    void showWorstCase();
    void fixAll();
    void applyFix(const Sms::Rewrite &rewrite);
    void loadTemplate(const QString &body);
    void saveAsTemplate();
    QStringList knownFields() const;

    Database *m_database;
    Campaign m_campaign;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_opened = false; // a campaign (or a new one) was opened at least once

    QComboBox *m_campaignCombo;
    QPushButton *m_newButton;
    QPushButton *m_saveButton;
    QLabel *m_saveStatus;

    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_audience;
    QLineEdit *m_filters;
    QPushButton *m_segmentButton;
    QComboBox *m_election;
    QComboBox *m_provider;
    QLineEdit *m_sender;
    QLabel *m_senderCheck;
    QLineEdit *m_footer;
    QCheckBox *m_scheduled;
    QDateTimeEdit *m_scheduleTime;

    QLabel *m_messageLabel;
    QToolButton *m_templateButton;
    QPlainTextEdit *m_editor;
    SmsHighlighter *m_highlighter;
    QLabel *m_footerPreview;
    QLabel *m_counter;
    QLabel *m_ucs2Notice;
    QToolButton *m_fixButton;
    QLabel *m_templateErrors;

    QLabel *m_previewTitle;
    QLabel *m_recipientLabel;
    QPushButton *m_previousButton;
    QPushButton *m_nextButton;
    QPushButton *m_worstButton;
    PhoneBubble *m_bubble;
    QLabel *m_recipientCounter;
    QLabel *m_totalsLabel;

    std::optional<RecipientQuery::Recipient> m_recipient;
    CampaignPreview m_totals;
    QTimer *m_totalsTimer;
    CostPanel *m_costPanel;
    BackgroundJob m_totalsJob;
    BackgroundJob m_recipientJob;
    std::shared_ptr<std::atomic_bool> m_cancelTotals;
    bool m_totalsPending = false;
};
