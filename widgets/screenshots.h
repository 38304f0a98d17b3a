// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class Database;
class MainWindow;

// Saves a PNG of the welcome dialog and of every main-window page into a folder (README
// pictures, and a way to look at the screens without a display). Given the database (a
// throw-away demo database), it also plays the demo consent request with replies so that the
// Consent page shows a flow under way.
class ScreenshotRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotRunner)
public:
    ScreenshotRunner(MainWindow *window, const QString &folder, Database *database = nullptr,
                     QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void capturePage(int index);
    void captureUcs2Example(const QString &baseName);
    void captureSegmentExample(const QString &baseName);
    void prepareConsentExample();
    void captureConsentExamples(const QString &baseName);
    void captureCampaignDashboard(const QString &baseName);
    void captureSettingsRules(const QString &baseName);
    void prepareReportsExample();
    bool save(QWidget *widget, const QString &name);
    // Runs `then` once `busy` has stayed false for a poll, and the screen had time to settle.
    void whenIdle(const std::function<bool()> &busy, const std::function<void()> &then);

    MainWindow *m_window;
    QString m_folder;
    Database *m_database;
    bool m_consentPrepared = false;
    QString m_historyPhone; // a number of the demo consent request, for the History tab
    QStringList m_demoAsked; // the numbers the demo consent request reached, in order
    qint64 m_demoCampaignId = 0;
    bool m_reportsPrepared = false;
    QStringList m_saved;
    QString m_error;
};
