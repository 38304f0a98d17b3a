// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerspanel.h"

#include "sending/credentialstore.h"
#include "sending/provider.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QEventLoop>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

enum Column {
    NameColumn,
    KindColumn,
    EndpointColumn,
    SenderColumn,
    RateColumn,
    SecretColumn,
    ActiveColumn,
    ColumnCount
};

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("sandbox"))
        return ProvidersPanel::tr("Sandbox (offline, nothing is sent)");
    if (kind == QLatin1String("kannel"))
        return ProvidersPanel::tr("Kannel gateway");
    if (kind == QLatin1String("twilio"))
        return QStringLiteral("Twilio");
    if (kind == QLatin1String("vonage"))
        return QStringLiteral("Vonage");
    if (kind == QLatin1String("octopush"))
        return QStringLiteral("Octopush");
    if (kind == QLatin1String("smsfactor"))
        return QStringLiteral("SMSFactor");
    return kind;
}

} // namespace

ProviderDialog::ProviderDialog(const Sending::ProviderStore::Entry &entry, QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
    , m_name(new QLineEdit(entry.name, this))
    , m_kind(new QComboBox(this))
    , m_endpoint(new QLineEdit(entry.endpoint.toString(), this))
    , m_sender(new QLineEdit(entry.senderId, this))
    , m_rate(new QDoubleSpinBox(this))
    , m_maxParts(new QSpinBox(this))
    , m_account(new QLineEdit(entry.account, this))
    , m_secret(new QLineEdit(this))
    , m_secretHint(new QLabel(this))
{
    setObjectName(QStringLiteral("providerDialog"));
    setWindowTitle(entry.id > 0 ? tr("Edit the provider") : tr("Add a provider"));
    m_name->setObjectName(QStringLiteral("providerName"));
    m_kind->setObjectName(QStringLiteral("providerKind"));
    for (const QString &kind : Sending::ProviderStore::kinds())
        m_kind->addItem(kindLabel(kind), kind);
    const int kindIndex = m_kind->findData(entry.kind);
    m_kind->setCurrentIndex(kindIndex >= 0 ? kindIndex : 0);
    m_kind->setEnabled(entry.id == 0); // the kind decides the secret's meaning
    m_endpoint->setObjectName(QStringLiteral("providerEndpoint"));
    m_sender->setObjectName(QStringLiteral("providerSender"));
    m_sender->setMaxLength(20);
    m_rate->setObjectName(QStringLiteral("providerRate"));
    m_rate->setRange(0.1, 10000);
    m_rate->setDecimals(1);
    m_rate->setValue(entry.ratePerSecond > 0 ? entry.ratePerSecond : 10);
    m_rate->setSuffix(tr(" messages/s"));
    m_maxParts->setObjectName(QStringLiteral("providerMaxParts"));
    m_maxParts->setRange(1, 10);
    m_maxParts->setValue(entry.maxParts > 0 ? entry.maxParts : 6);
    m_account->setObjectName(QStringLiteral("providerAccount"));
    m_secret->setObjectName(QStringLiteral("providerSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretHint->setWordWrap(true);
    m_secretHint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Address:"), m_endpoint);
    form->addRow(tr("&Sender id:"), m_sender);
    form->addRow(tr("&Rate limit:"), m_rate);
    form->addRow(tr("&Parts per message at most:"), m_maxParts);
    form->addRow(tr("A&ccount:"), m_account);
    form->addRow(tr("S&ecret:"), m_secret);
    form->addRow(QString(), m_secretHint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProviderDialog::updateForKind);
    updateForKind();
}

void ProviderDialog::updateForKind()
{
    const QString kind = m_kind->currentData().toString();
    const bool needsEndpoint = Sending::ProviderStore::needsEndpoint(kind);
    m_endpoint->setEnabled(needsEndpoint);
    const QUrl fallback = Sending::ProviderStore::defaultEndpoint(kind);
    m_endpoint->setPlaceholderText(
        needsEndpoint ? (fallback.isEmpty() ? tr("https://… (plain http only on this computer)")
                                            : fallback.toString())
                      : QString());
    const bool sandbox = kind == QLatin1String("sandbox");
    m_account->setEnabled(!sandbox);
    m_secret->setEnabled(!sandbox);
    m_account->setPlaceholderText(kind == QLatin1String("twilio")       ? tr("Account SID")
                                      : kind == QLatin1String("kannel") ? tr("sendsms user name")
                                                                        : tr("Login or API key"));
    m_secretHint->setText(
        sandbox ? tr("The sandbox needs no credentials.")
            : m_entry.hasSecret()
            ? tr("A secret is stored in the system keychain. Leave the field empty to keep "
                 "it.")
            : tr("Stored in the system keychain only: never in the database, the settings or "
                 "the logs."));
}

Sending::ProviderStore::Entry ProviderDialog::entry() const
{
    Sending::ProviderStore::Entry entry = m_entry;
    entry.name = m_name->text().trimmed();
    entry.kind = m_kind->currentData().toString();
    entry.endpoint = QUrl(m_endpoint->text().trimmed());
    entry.senderId = m_sender->text().trimmed();
    entry.ratePerSecond = m_rate->value();
    entry.maxParts = m_maxParts->value();
    entry.account = m_account->text().trimmed();
    return entry;
}

QString ProviderDialog::secret() const
{
    return m_secret->text().isEmpty() ? QString() : m_secret->text();
}

ProvidersPanel::ProvidersPanel(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_activateButton(new QPushButton(this))
    , m_testButton(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("providersPanel"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("providerTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(120);
    m_addButton->setObjectName(QStringLiteral("addProviderButton"));
    m_editButton->setObjectName(QStringLiteral("editProviderButton"));
    m_removeButton->setObjectName(QStringLiteral("removeProviderButton"));
    m_activateButton->setObjectName(QStringLiteral("activateProviderButton"));
    m_testButton->setObjectName(QStringLiteral("testProviderButton"));
    m_status->setObjectName(QStringLiteral("providerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button :
         {m_addButton, m_editButton, m_removeButton, m_activateButton, m_testButton})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProvidersPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this]() { edit(false); });
    connect(m_addButton, &QPushButton::clicked, this, [this]() { edit(true); });
    connect(m_editButton, &QPushButton::clicked, this, [this]() { edit(false); });
    connect(m_removeButton, &QPushButton::clicked, this, [this]() {
        const auto answer = QMessageBox::question(
            this, tr("Remove the provider"),
            tr("Remove this provider and its secret from the keychain? Providers that "
               "campaigns or received messages refer to cannot be removed."));
        if (answer == QMessageBox::Yes)
            removeSelected();
    });
    connect(m_activateButton, &QPushButton::clicked, this, &ProvidersPanel::activateSelected);
    connect(m_testButton, &QPushButton::clicked, this, &ProvidersPanel::testSelected);
    retranslateUi();
}

void ProvidersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProvidersPanel::retranslateUi()
{
    m_intro->setText(tr("The services that send the SMS. Passwords and API secrets are kept in "
                        "the system keychain, never in the database; addresses must use HTTPS "
                        "except for a gateway on this computer."));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Address"), tr("Sender id"),
                                        tr("Rate"), tr("Secret"), tr("Active")});
    m_addButton->setText(tr("&Add…"));
    m_editButton->setText(tr("&Edit…"));
    m_removeButton->setText(tr("&Remove"));
    m_activateButton->setText(tr("Use for &new campaigns"));
    m_testButton->setText(tr("&Test the connection"));
    showEntries(m_entries);
}

QString ProvidersPanel::statusText() const
{
    return m_status->text();
}

qint64 ProvidersPanel::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : 0;
}

void ProvidersPanel::updateButtons()
{
    const bool selected = selectedId() > 0;
    const bool idle = !m_job.isBusy();
    m_addButton->setEnabled(idle);
    m_editButton->setEnabled(idle && selected);
    m_removeButton->setEnabled(idle && selected);
    m_activateButton->setEnabled(idle && selected && !m_entries.at(m_table->currentRow()).isActive);
    m_testButton->setEnabled(idle && selected);
}

void ProvidersPanel::showEntries(const QList<Sending::ProviderStore::Entry> &entries)
{
    const qint64 selected = selectedId();
    m_entries = entries;
    m_table->setRowCount(int(entries.size()));
    const QLocale locale;
    for (int row = 0; row < entries.size(); ++row) {
        const Sending::ProviderStore::Entry &entry = entries.at(row);
        const QStringList texts {entry.name,
                                 kindLabel(entry.kind),
                                 entry.endpoint.toDisplayString(),
                                 entry.senderId,
                                 tr("%1/s").arg(locale.toString(entry.ratePerSecond, 'g', 4)),
                                 entry.kind == QLatin1String("sandbox") ? QString()
                                     : entry.hasSecret()                ? tr("in the keychain")
                                                                        : tr("none"),
                                 entry.isActive ? tr("yes") : QString()};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
        if (entry.id == selected)
            m_table->setCurrentCell(row, 0);
    }
    updateButtons();
}

void ProvidersPanel::run(const QString &progress, Operation operation, bool changes)
{
    m_status->setText(progress);
    Database *database = m_database;
    m_job.run<Outcome>(
        this,
        [database, operation, changes]() {
            Outcome outcome;
            {
                Sending::CredentialStore credentials;
                Sending::ProviderStore store(database, &credentials);
                outcome.ok = !operation || operation(store, &outcome.message);
                outcome.changed = changes && outcome.ok;
                outcome.entries = store.list();
            }
            database->closeThreadConnection();
            return outcome;
        },
        [this](const Outcome &outcome) {
            showEntries(outcome.entries);
            m_status->setText(outcome.message);
            if (outcome.changed)
                Q_EMIT providersChanged();
            Q_EMIT finished();
        });
    updateButtons();
}

void ProvidersPanel::reload()
{
    run(QString(), {}, false);
}

void ProvidersPanel::edit(bool create)
{
    Sending::ProviderStore::Entry entry;
    if (!create) {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_entries.size())
            return;
        entry = m_entries.at(row);
    } else {
        entry.kind = QStringLiteral("kannel");
    }
    ProviderDialog dialog(entry, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    save(dialog.entry(), dialog.secret());
}

void ProvidersPanel::save(const Sending::ProviderStore::Entry &entry, const QString &secret)
{
    run(
        tr("Saving…"),
        [entry, secret](Sending::ProviderStore &store, QString *message) {
            Sending::ProviderStore::Entry copy = entry;
            const bool ok = copy.id > 0 ? store.update(&copy, secret) : store.add(&copy, secret);
            *message = ok ? (store.warningString().isEmpty() ? tr("Saved \"%1\".").arg(copy.name)
                                                             : store.warningString())
                          : store.errorString();
            return ok;
        },
        true);
}

void ProvidersPanel::removeSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    run(
        tr("Removing…"),
        [id](Sending::ProviderStore &store, QString *message) {
            const bool ok = store.remove(id);
            *message = ok
                ? (store.warningString().isEmpty() ? tr("Removed.") : store.warningString())
                : store.errorString();
            return ok;
        },
        true);
}

void ProvidersPanel::activateSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    run(
        QString(),
        [id](Sending::ProviderStore &store, QString *message) {
            const bool ok = store.setActive(id, true);
            *message = ok ? tr("New campaigns will use this provider.") : store.errorString();
            return ok;
        },
        true);
}

void ProvidersPanel::testSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    run(
        tr("Testing the connection…"),
        [id](Sending::ProviderStore &store, QString *message) {
            QString error;
            const std::optional<Sending::ProviderConfig> config = store.config(id, &error);
            if (!config) {
                *message = error;
                return false;
            }
            QNetworkAccessManager network;
            std::unique_ptr<Sending::Provider> provider =
                Sending::Provider::create(*config, &network, &error);
            if (!provider) {
                *message = error;
                return false;
            }
            QEventLoop loop;
            bool ok = false;
            bool answered = false;
            provider->testConnection([&](bool success, const QString &text) {
                ok = success;
                answered = true;
                *message = success ? tr("Connection works: %1").arg(text)
                                   : tr("Connection failed: %1").arg(text);
                loop.quit();
            });
            if (!answered) {
                QTimer::singleShot(30000, &loop, &QEventLoop::quit);
                loop.exec();
            }
            if (!answered)
                *message = tr("Connection failed: no answer within 30 s.");
            return ok;
        },
        false);
}
