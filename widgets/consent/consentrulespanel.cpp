// SPDX-License-Identifier: GPL-3.0-or-later
#include "consentrulespanel.h"

#include "storage/database.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
struct Outcome
{
    bool ok = false;
    QString errorString;
    Consent::Settings settings;
};
} // namespace

ConsentRulesPanel::ConsentRulesPanel(Database *database, QWidget *parent)
    : QGroupBox(parent)
    , m_database(database)
    , m_gate(new QCheckBox(this))
    , m_expiryLabel(new QLabel(this))
    , m_expiry(new QSpinBox(this))
    , m_stopConfirmation(new QCheckBox(this))
    , m_stopText(new QLineEdit(this))
    , m_saveButton(new QPushButton(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("consentRulesPanel"));
    m_gate->setObjectName(QStringLiteral("consentGateCheck"));
    m_expiry->setObjectName(QStringLiteral("consentExpirySpin"));
    m_expiry->setRange(1, 365);
    m_expiryLabel->setBuddy(m_expiry);
    m_stopConfirmation->setObjectName(QStringLiteral("stopConfirmationCheck"));
    m_stopText->setObjectName(QStringLiteral("stopConfirmationText"));
    m_saveButton->setObjectName(QStringLiteral("saveConsentRulesButton"));
    m_note->setObjectName(QStringLiteral("consentRulesNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    // Two short rows rather than one long one: the French labels are long.
    auto *row = new QHBoxLayout;
    row->addWidget(m_expiryLabel);
    row->addWidget(m_expiry);
    row->addSpacing(16);
    row->addWidget(m_note, 1);
    row->addWidget(m_saveButton);
    auto *stopRow = new QHBoxLayout;
    stopRow->addWidget(m_stopConfirmation);
    stopRow->addWidget(m_stopText, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_gate);
    layout->addLayout(stopRow);
    layout->addLayout(row);

    connect(m_gate, &QCheckBox::toggled, this, &ConsentRulesPanel::updateButtons);
    connect(m_expiry, &QSpinBox::valueChanged, this, &ConsentRulesPanel::updateButtons);
    connect(m_stopConfirmation, &QCheckBox::toggled, this, &ConsentRulesPanel::updateButtons);
    connect(m_stopText, &QLineEdit::textChanged, this, &ConsentRulesPanel::updateButtons);
    connect(m_expiry, &QSpinBox::valueChanged, this, &ConsentRulesPanel::showExpirySuffix);
    connect(m_saveButton, &QPushButton::clicked, this, &ConsentRulesPanel::saveInteractive);
    retranslateUi();
}

void ConsentRulesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void ConsentRulesPanel::retranslateUi()
{
    setTitle(tr("Consent rules (administrators)"));
    m_gate->setText(tr("&Campaign messages to a rented audience only to the numbers that agreed"));
    m_gate->setToolTip(tr("The CNIL asks that the numbers of a rented or bought file first "
                          "receive one message asking for their consent to political "
                          "messages. Keep this on."));
    m_stopConfirmation->setText(tr("Confirm a &STOP with one message:"));
    m_stopConfirmation->setToolTip(
        tr("A number that answers STOP is put on the suppression list at once either way. When "
           "this is on, it also receives this one message, once, through the provider it wrote "
           "to, without a STOP footer."));
    m_stopText->setPlaceholderText(tr("The confirmation sent after a STOP"));
    m_expiryLabel->setText(tr("No answer af&ter:"));
    showExpirySuffix();
    m_saveButton->setText(tr("Sa&ve the rules"));
    updateButtons();
}

void ConsentRulesPanel::showExpirySuffix()
{
    m_expiry->setSuffix(QLatin1Char(' ')
                        + tr("day(s)", "after the number of days", m_expiry->value()));
}

void ConsentRulesPanel::setAdministrator(bool administrator)
{
    m_administrator = administrator;
    updateButtons();
}

void ConsentRulesPanel::updateButtons()
{
    const bool editable = m_loaded && m_administrator && !m_writeJob.isBusy();
    m_gate->setEnabled(editable);
    m_expiry->setEnabled(editable);
    m_stopConfirmation->setEnabled(editable);
    m_stopText->setEnabled(editable && m_stopConfirmation->isChecked());
    const bool changed = m_gate->isChecked() != m_settings.gate
        || m_expiry->value() != m_settings.expiryDays
        || m_stopConfirmation->isChecked() != m_settings.stopConfirmation
        || m_stopText->text().trimmed() != m_settings.stopConfirmationText;
    const bool textOk = !m_stopConfirmation->isChecked() || !m_stopText->text().trimmed().isEmpty();
    m_saveButton->setEnabled(editable && changed && textOk);
    if (m_loaded && !m_administrator)
        m_note->setText(tr("Only an administrator can change these rules."));
    else if (m_loaded && !m_settings.gate)
        m_note->setText(tr("The consent gate is off: rented numbers that never agreed can receive "
                           "campaign messages. Every change is kept in the audit log."));
    else
        m_note->setText(tr("Every change is kept in the audit log."));
}

void ConsentRulesPanel::showSettings()
{
    const QSignalBlocker gateBlocker(m_gate);
    const QSignalBlocker expiryBlocker(m_expiry);
    const QSignalBlocker stopBlocker(m_stopConfirmation);
    const QSignalBlocker textBlocker(m_stopText);
    m_gate->setChecked(m_settings.gate);
    m_expiry->setValue(m_settings.expiryDays);
    m_stopConfirmation->setChecked(m_settings.stopConfirmation);
    m_stopText->setText(m_settings.stopConfirmationText);
    showExpirySuffix();
    updateButtons();
}

void ConsentRulesPanel::reload()
{
    Database *database = m_database;
    m_job.run<Outcome>(
        this,
        [database]() {
            Outcome outcome;
            outcome.settings = Consent::Settings::load(database);
            outcome.ok = true;
            database->closeThreadConnection();
            return outcome;
        },
        [this](const Outcome &outcome) {
            m_settings = outcome.settings;
            m_loaded = true;
            showSettings();
        });
    updateButtons();
}

void ConsentRulesPanel::saveInteractive()
{
    Consent::Settings settings = m_settings;
    settings.gate = m_gate->isChecked();
    settings.expiryDays = m_expiry->value();
    settings.stopConfirmation = m_stopConfirmation->isChecked();
    const QString text = m_stopText->text().trimmed();
    settings.stopConfirmationText =
        text.isEmpty() ? Consent::Settings::defaultStopConfirmationText() : text;
    if (m_settings.gate && !settings.gate) {
        QMessageBox box(QMessageBox::Warning, tr("Turn the consent gate off"),
                        tr("Campaign messages will then reach the numbers of rented files that "
                           "never agreed to political messages. The CNIL asks for their consent "
                           "first, and the candidate must be able to prove it, number by "
                           "number. Turn the gate off anyway?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("gateOffDialog"));
        QPushButton *off = box.addButton(tr("Turn it off"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != off) {
            showSettings();
            return;
        }
    }
    save(settings);
}

void ConsentRulesPanel::save(const Consent::Settings &settings)
{
    Database *database = m_database;
    m_writeJob.run<Outcome>(
        this,
        [database, settings]() {
            Outcome outcome;
            outcome.ok = settings.saveAs(database, database->actor(), &outcome.errorString);
            outcome.settings = Consent::Settings::load(database);
            database->closeThreadConnection();
            return outcome;
        },
        [this](const Outcome &outcome) {
            m_settings = outcome.settings;
            showSettings();
            if (!outcome.ok)
                QMessageBox::warning(this, tr("Consent rules"), outcome.errorString);
            else
                Q_EMIT rulesChanged();
        });
    updateButtons();
}
