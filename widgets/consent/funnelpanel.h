// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "consent/consentledger.h"

#include <QWidget>

class AudienceListModel;
class Database;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

// One audience's way through the first-contact consent flow: how many contacts were never
// asked, asked, and what came of it (awaiting, agreed, refused, STOP, no answer), as a funnel
// chart and as text; whether campaign messages to the audience need a yes (the consent gate)
// or the party recorded its own proof of consent, which an administrator records or removes
// here. Figures are computed off the GUI thread.
class FunnelPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelPanel)
public:
    // The funnel's stages, top to bottom.
    enum Stage {
        ContactsStage,
        NeverAskedStage,
        RequestedStage,
        AwaitingStage,
        GrantedStage,
        RefusedStage,
        OptedOutStage,
        ExpiredStage,
        SuppressedStage, // shown as text only: not a step of the flow
        StageCount
    };

    explicit FunnelPanel(Database *database, QWidget *parent = nullptr);

    // Reloads the audiences, then the selected audience's figures.
    void reload();
    // Recomputes the selected audience's figures (a reply arrived, a decision was made).
    void reloadFigures();
    void setAudience(qint64 audienceId);
    qint64 audienceId() const;
    bool isComputing() const { return m_job.isBusy() || m_writeJob.isBusy(); }
    // Whether the current user may record or remove a proof of consent.
    void setAdministrator(bool administrator);

    // The figures shown (valid once figuresReady() was emitted).
    const Consent::Ledger::Funnel &funnel() const { return m_snapshot.funnel; }
    bool isGated() const { return m_snapshot.gated; }
    QComboBox *audienceCombo() const { return m_audience; }
    QChartView *chartView() const { return m_chartView; }
    // The text of a stage's figure, as shown.
    QString figureText(Stage stage) const;

    // Asks for the proof's description, then records it; removing asks for confirmation.
    void recordOwnProofInteractive();
    void removeOwnProofInteractive();
    // Records (or, with an empty text, removes) the audience's own proof of consent, as the
    // current user, off the GUI thread.
    void setOwnProof(const QString &proof);

Q_SIGNALS:
    void figuresReady();
    void ownProofChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Snapshot
    {
        bool ok = false;
        QString errorString;
        qint64 audienceId = 0;
        Consent::Ledger::Funnel funnel;
        bool gateSetting = true;
        bool gated = true;
        QString origin;
        QString proof;
        int expiryDays = 7;
    };

    void retranslateUi();
    void showSnapshot();
    void showChart();
    void updateButtons();
    static QString stageLabel(Stage stage);
    qint64 stageValue(Stage stage) const;

    Database *m_database;
    AudienceListModel *m_audiences;
    QLabel *m_audienceLabel;
    QComboBox *m_audience;
    QLabel *m_gateStatus;
    QPushButton *m_proofButton;
    QPushButton *m_removeProofButton;
    QChartView *m_chartView;
    QLabel *m_figuresTitle;
    QGridLayout *m_figures;
    QLabel *m_stageNames[StageCount];
    QLabel *m_stageValues[StageCount];
    QLabel *m_stageShares[StageCount];
    QLabel *m_status;
    Snapshot m_snapshot;
    bool m_administrator = false;
    BackgroundJob m_job;
    BackgroundJob m_writeJob; // apart: a reload must never replace a pending write
};
