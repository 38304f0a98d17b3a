// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbackpanel.h"

#include "storage/database.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

CallbackPanel::CallbackPanel(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_intro(new QLabel(this))
    , m_enabled(new QCheckBox(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_publicUrlLabel(new QLabel(this))
    , m_publicUrl(new QLineEdit(this))
    , m_publicUrlHint(new QLabel(this))
    , m_saveButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("callbackPanel"));
    m_intro->setWordWrap(true);
    m_enabled->setObjectName(QStringLiteral("callbackEnabled"));
    m_address->setObjectName(QStringLiteral("callbackAddress"));
    m_address->setMaximumWidth(220);
    m_addressLabel->setBuddy(m_address);
    m_port->setObjectName(QStringLiteral("callbackPort"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);
    m_portLabel->setBuddy(m_port);
    m_publicUrl->setObjectName(QStringLiteral("callbackPublicUrl"));
    m_publicUrl->setClearButtonEnabled(true);
    m_publicUrlLabel->setBuddy(m_publicUrl);
    m_publicUrlHint->setWordWrap(true);
    m_publicUrlHint->setForegroundRole(QPalette::PlaceholderText);
    m_saveButton->setObjectName(QStringLiteral("saveCallbackButton"));
    m_status->setObjectName(QStringLiteral("callbackStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(QStringLiteral("callbackState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout;
    grid->addWidget(m_enabled, 0, 0, 1, 4);
    grid->addWidget(m_addressLabel, 1, 0);
    grid->addWidget(m_address, 1, 1);
    grid->addWidget(m_portLabel, 1, 2);
    grid->addWidget(m_port, 1, 3);
    grid->addWidget(m_publicUrlLabel, 2, 0);
    grid->addWidget(m_publicUrl, 2, 1, 1, 3);
    grid->addWidget(m_publicUrlHint, 3, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addLayout(buttons);
    layout->addWidget(m_state);

    connect(m_saveButton, &QPushButton::clicked, this, &CallbackPanel::save);
    connect(m_address, &QLineEdit::textChanged, this, &CallbackPanel::updatePlaceholder);
    connect(m_port, &QSpinBox::valueChanged, this, &CallbackPanel::updatePlaceholder);
    showSettings(Sending::CallbackSettings());
    updateEditable();
    retranslateUi();
}

void CallbackPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CallbackPanel::retranslateUi()
{
    m_intro->setText(
        tr("Kannel and the online providers report each message's delivery and pass on the "
           "replies (STOP among them) by calling Tribune back over HTTP. Tribune listens while "
           "it runs; the command tribune-cli listen does the same without the window."));
    m_enabled->setText(tr("&Receive delivery reports and replies"));
    m_addressLabel->setText(tr("Listen on &address:"));
    m_address->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_portLabel->setText(tr("P&ort:"));
    m_publicUrlLabel->setText(tr("&Public address:"));
    m_publicUrlHint->setText(
        tr("What providers are given to call, the same for the whole team. Leave it empty for "
           "a gateway on this computer; for an online provider, give the HTTPS address of a "
           "reverse proxy or a tunnel that leads to the port above."));
    m_saveButton->setText(tr("Sa&ve"));
    updatePlaceholder();
    updateEditable();
    updateState();
}

void CallbackPanel::updatePlaceholder()
{
    Sending::CallbackSettings settings;
    settings.address = m_address->text().trimmed().isEmpty() ? settings.address : m_address->text();
    settings.port = m_port->value();
    m_publicUrl->setPlaceholderText(tr("Empty: %1").arg(settings.listenUrl().toString()));
}

void CallbackPanel::updateEditable()
{
    const bool editable = m_editable && !m_job.isBusy();
    for (QWidget *widget :
         std::initializer_list<QWidget *> {m_enabled, m_address, m_port, m_publicUrl, m_saveButton})
        widget->setEnabled(editable);
    const QString tip = m_loaded && !m_editable ? m_notEditableReason : QString();
    for (QWidget *widget :
         std::initializer_list<QWidget *> {m_enabled, m_address, m_port, m_publicUrl, m_saveButton})
        widget->setToolTip(tip);
}

Sending::CallbackSettings CallbackPanel::formSettings() const
{
    Sending::CallbackSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.address = m_address->text().trimmed();
    if (settings.address.isEmpty())
        settings.address = Sending::CallbackSettings().address;
    settings.port = m_port->value();
    settings.publicUrl = QUrl(m_publicUrl->text().trimmed(), QUrl::StrictMode);
    return settings;
}

void CallbackPanel::showSettings(const Sending::CallbackSettings &settings)
{
    m_enabled->setChecked(settings.enabled);
    m_address->setText(settings.address);
    m_port->setValue(settings.port);
    m_publicUrl->setText(settings.publicUrl.toString());
}

QString CallbackPanel::statusText() const
{
    return m_status->text();
}

QString CallbackPanel::stateText() const
{
    return m_state->text();
}

void CallbackPanel::run(const QString &progress, std::function<Outcome()> work)
{
    m_status->setText(progress);
    m_job.run<Outcome>(this, std::move(work), [this](const Outcome &outcome) {
        m_loaded = true;
        m_editable = outcome.editable;
        m_notEditableReason = outcome.notEditableReason;
        if (outcome.ok)
            showSettings(outcome.settings);
        m_status->setText(outcome.message);
        updateEditable();
        if (outcome.saved)
            Q_EMIT settingsChanged();
        Q_EMIT finished();
    });
    updateEditable();
}

void CallbackPanel::reload()
{
    Database *database = m_database;
    run(QString(), [database]() {
        Outcome outcome;
        outcome.settings = Sending::CallbackSettings::load(database);
        outcome.ok = true;
        outcome.editable = Sending::CallbackSettings::mayChange(database, database->actor(),
                                                                &outcome.notEditableReason);
        if (!outcome.editable)
            outcome.message = outcome.notEditableReason;
        database->closeThreadConnection();
        return outcome;
    });
}

void CallbackPanel::save()
{
    const Sending::CallbackSettings settings = formSettings();
    QString error;
    if (!m_publicUrl->text().trimmed().isEmpty() && settings.publicUrl.isEmpty())
        error = tr("The public address is not a valid address.");
    if (error.isEmpty())
        settings.validate(&error);
    if (!error.isEmpty()) {
        m_status->setText(tr("Not saved: %1").arg(error));
        Q_EMIT finished();
        return;
    }
    Database *database = m_database;
    run(tr("Saving…"), [database, settings]() {
        Outcome outcome;
        QString saveError;
        outcome.saved = settings.save(database, database->actor(), &saveError);
        outcome.editable = Sending::CallbackSettings::mayChange(database, database->actor(),
                                                                &outcome.notEditableReason);
        outcome.settings = Sending::CallbackSettings::load(database);
        outcome.ok = outcome.saved;
        outcome.message = outcome.saved ? tr("Saved.") : tr("Not saved: %1").arg(saveError);
        database->closeThreadConnection();
        return outcome;
    });
}

void CallbackPanel::showState(const Sending::CallbackService::State &state)
{
    m_serviceState = state;
    updateState();
}

void CallbackPanel::showReceipts(qint64 reports, qint64 replies)
{
    m_reports = reports;
    m_replies = replies;
    updateState();
}

void CallbackPanel::showRefusal(const QString &path, int status, const QString &reason)
{
    m_lastRefusal = tr("Last refused call: %1 (HTTP %2): %3").arg(path).arg(status).arg(reason);
    updateState();
}

void CallbackPanel::updateState()
{
    if (!m_serviceState) {
        m_state->clear();
        return;
    }
    using Status = Sending::CallbackService::Status;
    const Sending::CallbackService::State &state = *m_serviceState;
    QStringList lines;
    switch (state.status) {
    case Status::Off:
        lines.append(tr("Not listening: providers are given no address to call back, so "
                        "delivery reports and replies from Kannel and the online providers do "
                        "not reach Tribune."));
        break;
    case Status::Listening:
        lines.append(
            tr("Listening on %1 for %n provider(s); providers call %2.", nullptr, state.providers)
                .arg(state.listeningOn.toString(), state.providersCall.toString()));
        break;
    case Status::Failed:
        lines.append(tr("Not listening: %1").arg(state.errorString));
        break;
    }
    lines.append(state.warnings);
    if (m_reports > 0 || m_replies > 0)
        lines.append(tr("Recorded since Tribune started: %1 and %2.")
                         .arg(tr("%n delivery report(s)", nullptr, int(m_reports)),
                              tr("%n incoming message(s)", nullptr, int(m_replies))));
    if (!m_lastRefusal.isEmpty())
        lines.append(m_lastRefusal);
    m_state->setText(lines.join(QLatin1Char('\n')));
}
