// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "page.h"

class AppSettings;
class AuditLogPanel;
class CallbackPanel;
class Database;
class ElectionsPanel;
class LanguageManager;
class PricePlansPanel;
class ProvidersPanel;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SendingWindowPanel;
class UsersPanel;

// Language, SMS providers and their price plans, delivery reports, the sending window and the
// election calendar, database connection (with a test), data folder, appearance, demo data,
// the user accounts and the audit log.
class SettingsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    SettingsPage(Database *database, AppSettings *settings, LanguageManager *languages,
                 QWidget *parent = nullptr);

    void refresh() override;
    ProvidersPanel *providers() const { return m_providers; }
    CallbackPanel *callbacks() const { return m_callbacks; }
    AuditLogPanel *auditLog() const { return m_auditLog; }
    UsersPanel *users() const { return m_users; }
    PricePlansPanel *pricePlans() const { return m_pricePlans; }
    ElectionsPanel *elections() const { return m_elections; }
    SendingWindowPanel *sendingWindow() const { return m_sendingWindow; }

Q_SIGNALS:
    void demoDataRequested();
    void providersChanged();

protected:
    void retranslateUi() override;

private:
    void languageSelected(int index);
    void testConnection();
    void saveDatabaseUrl();
    void chooseDataFolder();

    Database *m_database;
    AppSettings *m_settings;
    LanguageManager *m_languages;

    QGroupBox *m_languageGroup;
    QLabel *m_languageLabel;
    QComboBox *m_languageCombo;

    QGroupBox *m_databaseGroup;
    QLabel *m_databaseInUse;
    QLabel *m_databaseUrlLabel;
    QLineEdit *m_databaseUrl;
    QPushButton *m_testButton;
    QPushButton *m_saveButton;
    QLabel *m_databaseStatus;
    QLabel *m_databaseHint;
    BackgroundJob m_testJob;

    QGroupBox *m_folderGroup;
    QLabel *m_folderPath;
    QPushButton *m_openFolderButton;
    QPushButton *m_changeFolderButton;
    QLabel *m_folderStatus;

    QGroupBox *m_appearanceGroup;
    QLabel *m_appearanceLabel;

    QGroupBox *m_demoGroup;
    QGroupBox *m_providersGroup;
    ProvidersPanel *m_providers;
    QGroupBox *m_callbacksGroup;
    CallbackPanel *m_callbacks;
    QGroupBox *m_pricePlansGroup;
    PricePlansPanel *m_pricePlans;
    QGroupBox *m_sendingWindowGroup;
    SendingWindowPanel *m_sendingWindow;
    QGroupBox *m_electionsGroup;
    ElectionsPanel *m_elections;
    QGroupBox *m_usersGroup;
    UsersPanel *m_users;
    QGroupBox *m_auditLogGroup;
    AuditLogPanel *m_auditLog;
    QLabel *m_demoLabel;
    QPushButton *m_demoButton;
};
