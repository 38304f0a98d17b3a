// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "consent/consentgate.h"

#include <QGroupBox>

class Database;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// The team's consent rules, for administrators: whether campaign messages to a rented audience
// wait for a yes (the consent gate), and after how many days an unanswered consent request
// counts as "no answer", and whether a STOP is confirmed by one message (with its text). Read and
// saved (audited) off the GUI thread.
class ConsentRulesPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentRulesPanel)
public:
    explicit ConsentRulesPanel(Database *database, QWidget *parent = nullptr);

    void reload();
    void setAdministrator(bool administrator);
    bool isBusy() const { return m_job.isBusy() || m_writeJob.isBusy(); }
    QCheckBox *gateCheck() const { return m_gate; }
    QSpinBox *expiryDays() const { return m_expiry; }
    QCheckBox *stopConfirmationCheck() const { return m_stopConfirmation; }
    QLineEdit *stopConfirmationText() const { return m_stopText; }

    // Saves what the form shows; turning the gate off asks for confirmation first.
    void saveInteractive();
    void save(const Consent::Settings &settings);

Q_SIGNALS:
    void rulesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSettings();
    void showExpirySuffix();
    void updateButtons();

    Database *m_database;
    QCheckBox *m_gate;
    QLabel *m_expiryLabel;
    QSpinBox *m_expiry;
    QCheckBox *m_stopConfirmation;
    QLineEdit *m_stopText;
    QPushButton *m_saveButton;
    QLabel *m_note;
    Consent::Settings m_settings;
    bool m_loaded = false;
    bool m_administrator = false;
    BackgroundJob m_job;
    BackgroundJob m_writeJob; // apart: a reload must never replace a pending save
};
