// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"

#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>

class AppSettings;
class Database;
class LanguageManager;
class Page;
class QLabel;
class QListWidget;
class QProgressDialog;
class QStackedWidget;

// Tribune's main window: a sidebar of pages (Campaigns, Audiences, Compose, Consent, Reports,
// Settings) and a status bar naming the database and the active provider.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum PageIndex {
        CampaignsPage,
        AudiencesPage,
        ComposePage,
        ConsentPage,
        ReportsPage,
        SettingsPage,
        PageCount
    };

    MainWindow(Database *database, AppSettings *settings, LanguageManager *languages,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(int index);
    int currentPage() const;
    Page *page(int index) const;
    // Stable English identifier of a page, used for screenshot file names.
    static QString pageKey(int index);

    // Offers the demo data if the database is empty and the welcome was never answered.
    void showWelcomeIfEmpty();
    // Loads the demo data on a worker thread with a cancellable progress dialog.
    void loadDemoData();
    bool isLoadingDemoData() const { return m_demoJob.isBusy(); }
    void refreshAll();
    // Whether a campaign is sending from this window (closing then stops it first).
    bool isSending() const;

Q_SIGNALS:
    void demoDataLoaded(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void updateStatusBar();

    Database *m_database;
    AppSettings *m_settings;
    LanguageManager *m_languages;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QLabel *m_databaseLabel;
    QLabel *m_providerLabel;
    QPointer<QProgressDialog> m_progress;
    bool m_closeAfterSending = false; // close() again once the sending has stopped
    BackgroundJob m_demoJob;
    std::shared_ptr<std::atomic_bool> m_cancelDemo;
};
