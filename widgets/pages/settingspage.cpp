// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "providers/callbackpanel.h"
#include "providers/providerspanel.h"
#include "settings/auditlogpanel.h"
#include "settings/electionspanel.h"
#include "settings/priceplanspanel.h"
#include "settings/sendingwindowpanel.h"
#include "settings/userspanel.h"

#include "backgroundtask.h"
#include "demo/demodataloader.h"
#include "i18n/languagemanager.h"
#include "settings/appsettings.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>

namespace {
struct TestOutcome
{
    bool ok = false;
    QString message;
};
} // namespace

SettingsPage::SettingsPage(Database *database, AppSettings *settings, LanguageManager *languages,
                           QWidget *parent)
    : Page(parent)
    , m_database(database)
    , m_settings(settings)
    , m_languages(languages)
    , m_languageGroup(new QGroupBox(this))
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new QComboBox(this))
    , m_databaseGroup(new QGroupBox(this))
    , m_databaseInUse(new QLabel(this))
    , m_databaseUrlLabel(new QLabel(this))
    , m_databaseUrl(new QLineEdit(this))
    , m_testButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_databaseStatus(new QLabel(this))
    , m_databaseHint(new QLabel(this))
    , m_folderGroup(new QGroupBox(this))
    , m_folderPath(new QLabel(this))
    , m_openFolderButton(new QPushButton(this))
    , m_changeFolderButton(new QPushButton(this))
    , m_folderStatus(new QLabel(this))
    , m_appearanceGroup(new QGroupBox(this))
    , m_appearanceLabel(new QLabel(this))
    , m_demoGroup(new QGroupBox(this))
    , m_providersGroup(new QGroupBox(this))
    , m_providers(new ProvidersPanel(database, this))
    , m_callbacksGroup(new QGroupBox(this))
    , m_callbacks(new CallbackPanel(database, this))
    , m_pricePlansGroup(new QGroupBox(this))
    , m_pricePlans(new PricePlansPanel(database, this))
    , m_sendingWindowGroup(new QGroupBox(this))
    , m_sendingWindow(new SendingWindowPanel(database, this))
    , m_electionsGroup(new QGroupBox(this))
    , m_elections(new ElectionsPanel(database, this))
    , m_usersGroup(new QGroupBox(this))
    , m_users(new UsersPanel(database, this))
    , m_auditLogGroup(new QGroupBox(this))
    , m_auditLog(new AuditLogPanel(database, this))
    , m_demoLabel(new QLabel(this))
    , m_demoButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("settingsPage"));

    // Language
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->addItem(QString(), QString());
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_languageLabel->setBuddy(m_languageCombo);
    auto *languageLayout = new QHBoxLayout(m_languageGroup);
    languageLayout->addWidget(m_languageLabel);
    languageLayout->addWidget(m_languageCombo);
    languageLayout->addStretch();

    // Database
    m_databaseInUse->setObjectName(QStringLiteral("databaseInUse"));
    m_databaseInUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseInUse->setWordWrap(true);
    m_databaseUrl->setObjectName(QStringLiteral("databaseUrlEdit"));
    m_databaseUrl->setClearButtonEnabled(true);
    m_databaseUrlLabel->setBuddy(m_databaseUrl);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_saveButton->setObjectName(QStringLiteral("saveDatabaseButton"));
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseStatus->setWordWrap(true);
    m_databaseStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseHint->setWordWrap(true);
    m_databaseHint->setForegroundRole(QPalette::PlaceholderText);
    auto *databaseLayout = new QGridLayout(m_databaseGroup);
    databaseLayout->addWidget(m_databaseInUse, 0, 0, 1, 4);
    databaseLayout->addWidget(m_databaseUrlLabel, 1, 0);
    databaseLayout->addWidget(m_databaseUrl, 1, 1);
    databaseLayout->addWidget(m_testButton, 1, 2);
    databaseLayout->addWidget(m_saveButton, 1, 3);
    databaseLayout->addWidget(m_databaseStatus, 2, 1, 1, 3);
    databaseLayout->addWidget(m_databaseHint, 3, 1, 1, 3);
    databaseLayout->setColumnStretch(1, 1);

    // Data folder
    m_folderPath->setObjectName(QStringLiteral("dataFolderPath"));
    m_folderPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderPath->setWordWrap(true);
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_changeFolderButton->setObjectName(QStringLiteral("changeFolderButton"));
    m_folderStatus->setWordWrap(true);
    auto *folderLayout = new QGridLayout(m_folderGroup);
    folderLayout->addWidget(m_folderPath, 0, 0);
    folderLayout->addWidget(m_openFolderButton, 0, 1);
    folderLayout->addWidget(m_changeFolderButton, 0, 2);
    folderLayout->addWidget(m_folderStatus, 1, 0, 1, 3);
    folderLayout->setColumnStretch(0, 1);

    // Appearance
    m_appearanceLabel->setWordWrap(true);
    auto *appearanceLayout = new QVBoxLayout(m_appearanceGroup);
    appearanceLayout->addWidget(m_appearanceLabel);

    // Demo data
    m_demoLabel->setWordWrap(true);
    m_demoButton->setObjectName(QStringLiteral("settingsDemoButton"));
    auto *demoLayout = new QHBoxLayout(m_demoGroup);
    demoLayout->addWidget(m_demoLabel, 1);
    demoLayout->addWidget(m_demoButton);

    // SMS providers
    auto *providersLayout = new QVBoxLayout(m_providersGroup);
    providersLayout->addWidget(m_providers);
    connect(m_providers, &ProvidersPanel::providersChanged, this, &SettingsPage::providersChanged);
    m_callbacksGroup->setObjectName(QStringLiteral("callbacksGroup"));
    auto *callbacksLayout = new QVBoxLayout(m_callbacksGroup);
    callbacksLayout->addWidget(m_callbacks);
    m_pricePlansGroup->setObjectName(QStringLiteral("pricePlansGroup"));
    auto *pricePlansLayout = new QVBoxLayout(m_pricePlansGroup);
    pricePlansLayout->addWidget(m_pricePlans);
    // A plan's "Used by" follows the providers, and the providers' dialog offers the plans.
    connect(m_providers, &ProvidersPanel::providersChanged, m_pricePlans, &PricePlansPanel::reload);
    connect(m_pricePlans, &PricePlansPanel::planSaved, m_providers, &ProvidersPanel::reload);
    m_sendingWindowGroup->setObjectName(QStringLiteral("sendingWindowGroup"));
    auto *sendingWindowLayout = new QVBoxLayout(m_sendingWindowGroup);
    sendingWindowLayout->addWidget(m_sendingWindow);
    m_electionsGroup->setObjectName(QStringLiteral("electionsGroup"));
    auto *electionsLayout = new QVBoxLayout(m_electionsGroup);
    electionsLayout->addWidget(m_elections);
    m_usersGroup->setObjectName(QStringLiteral("usersGroup"));
    auto *usersLayout = new QVBoxLayout(m_usersGroup);
    usersLayout->addWidget(m_users);
    m_auditLogGroup->setObjectName(QStringLiteral("auditLogGroup"));
    auto *auditLogLayout = new QVBoxLayout(m_auditLogGroup);
    auditLogLayout->addWidget(m_auditLog);

    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 8, 0);
    bodyLayout->setSpacing(12);
    for (QGroupBox *group : {m_languageGroup, m_providersGroup, m_pricePlansGroup, m_callbacksGroup,
                             m_sendingWindowGroup, m_electionsGroup, m_databaseGroup, m_folderGroup,
                             m_appearanceGroup, m_demoGroup, m_usersGroup, m_auditLogGroup})
        bodyLayout->addWidget(group);
    bodyLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    contentLayout()->addWidget(scroll, 1);

    connect(m_languageCombo, &QComboBox::activated, this, &SettingsPage::languageSelected);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsPage::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsPage::saveDatabaseUrl);
    connect(m_databaseUrl, &QLineEdit::returnPressed, this, &SettingsPage::testConnection);
    connect(m_openFolderButton, &QPushButton::clicked, this, [this]() {
        QDir().mkpath(m_settings->dataFolder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_settings->dataFolder()));
    });
    connect(m_changeFolderButton, &QPushButton::clicked, this, &SettingsPage::chooseDataFolder);
    connect(m_demoButton, &QPushButton::clicked, this, &SettingsPage::demoDataRequested);

    m_databaseUrl->setText(m_settings->databaseUrl());
    retranslateUi();
}

void SettingsPage::retranslateUi()
{
    setHeader(tr("Settings"),
              tr("Preferences of this computer and the database Tribune works on."));
    m_languageGroup->setTitle(tr("Language"));
    m_languageLabel->setText(tr("&Interface language:"));
    m_languageCombo->setItemText(0,
                                 tr("System language (%1)")
                                     .arg(LanguageManager::systemLanguage() == QLatin1String("fr")
                                              ? QStringLiteral("Français")
                                              : QStringLiteral("English")));
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(m_settings->language())));

    m_databaseGroup->setTitle(tr("Database"));
    m_databaseUrlLabel->setText(tr("&Connection URL:"));
    m_databaseUrl->setPlaceholderText(
        tr("Empty: the embedded database. Team: postgresql://user@host:5432/tribune"));
    m_testButton->setText(tr("&Test connection"));
    m_saveButton->setText(tr("&Save"));
    m_databaseHint->setText(
        tr("A saved URL is used the next time Tribune starts. Passwords are never written to "
           "the settings: PostgreSQL reads them from ~/.pgpass or the PGPASSWORD variable."));

    m_folderGroup->setTitle(tr("Data folder"));
    m_openFolderButton->setText(tr("&Open"));
    m_changeFolderButton->setText(tr("C&hange…"));

    m_appearanceGroup->setTitle(tr("Appearance"));
    m_appearanceLabel->setText(
        tr("Tribune follows the light or dark theme and the fonts of your system."));

    m_demoGroup->setTitle(tr("Demo data"));
    m_providersGroup->setTitle(tr("SMS providers"));
    m_callbacksGroup->setTitle(tr("Delivery reports and replies"));
    m_pricePlansGroup->setTitle(tr("Price plans"));
    m_sendingWindowGroup->setTitle(tr("Sending window"));
    m_electionsGroup->setTitle(tr("Elections"));
    m_usersGroup->setTitle(tr("Users"));
    m_auditLogGroup->setTitle(tr("Audit log"));
    m_demoLabel->setText(
        tr("A fictional rented audience (numbers from the block reserved for fiction), an "
           "opposition list, the offline Sandbox provider and a draft consent request."));
    m_demoButton->setText(tr("&Load demo data"));
    refresh();
}

void SettingsPage::refresh()
{
    m_providers->reload();
    m_callbacks->reload();
    m_pricePlans->reload();
    m_sendingWindow->reload();
    m_elections->reload();
    m_users->reload();
    m_auditLog->reload();
    const DatabaseUrl &url = m_database->url();
    m_databaseInUse->setText(tr("In use: %1 — %2")
                                 .arg(url.backend() == DatabaseUrl::Backend::Sqlite
                                          ? tr("embedded SQLite database")
                                          : tr("PostgreSQL server"),
                                      url.toDisplayString()));
    m_folderPath->setText(QDir::toNativeSeparators(m_settings->dataFolder()));
    const bool loaded = DemoDataLoader::isLoaded(m_database);
    m_demoButton->setEnabled(!loaded);
    m_demoButton->setToolTip(loaded ? tr("The demo data is already in this database.") : QString());
}

void SettingsPage::languageSelected(int index)
{
    const QString code = m_languageCombo->itemData(index).toString();
    m_settings->setLanguage(code);
    m_languages->setLanguage(code);
}

void SettingsPage::testConnection()
{
    if (m_testJob.isBusy())
        return;
    QString error;
    const DatabaseUrl url = m_settings->effectiveDatabaseUrl(m_databaseUrl->text(), &error);
    if (!url.isValid()) {
        m_databaseStatus->setText(tr("Not valid: %1").arg(error));
        return;
    }
    m_testButton->setEnabled(false);
    m_databaseStatus->setText(tr("Connecting to %1…").arg(url.toDisplayString()));
    m_testJob.run<TestOutcome>(
        this,
        [url]() {
            TestOutcome outcome;
            outcome.ok = Database::testConnection(url, &outcome.message);
            return outcome;
        },
        [this, url](const TestOutcome &outcome) {
            m_testButton->setEnabled(true);
            m_databaseStatus->setText(outcome.ok
                                          ? tr("Connection to %1 works.").arg(url.toDisplayString())
                                          : tr("Connection failed: %1").arg(outcome.message));
        });
}

void SettingsPage::saveDatabaseUrl()
{
    const QString text = m_databaseUrl->text().trimmed();
    if (!text.isEmpty()) {
        QString error;
        const DatabaseUrl url = DatabaseUrl::parse(text, &error);
        if (!url.isValid()) {
            m_databaseStatus->setText(tr("Not saved: %1").arg(error));
            return;
        }
        m_settings->setDatabaseUrl(text);
        m_databaseUrl->setText(url.toDisplayString());
        m_databaseStatus->setText(
            tr("Saved. Tribune will use %1 the next time it starts.").arg(url.toDisplayString()));
    } else {
        m_settings->setDatabaseUrl(QString());
        m_databaseStatus->setText(
            tr("Saved. Tribune will use the embedded database the next time it starts."));
    }
    m_settings->sync();
}

void SettingsPage::chooseDataFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the data folder"),
                                                             m_settings->dataFolder());
    if (folder.isEmpty())
        return;
    m_settings->setDataFolder(folder);
    m_settings->sync();
    m_folderPath->setText(QDir::toNativeSeparators(m_settings->dataFolder()));
    m_folderStatus->setText(tr("From the next start, the embedded database lives in this folder. "
                               "The current database file is not moved."));
}
