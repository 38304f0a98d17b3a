// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databaseurl.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

// The user's local preferences, typed: the one place that knows the QSettings keys.
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)
public:
    // The platform's usual settings store for Tribune.
    AppSettings();
    // An INI file (tests, portable installs).
    explicit AppSettings(const QString &iniFile);
    ~AppSettings();

    // "" follows the system locale; otherwise "fr" or "en".
    QString language() const;
    void setLanguage(const QString &code);

    // The database chosen in Settings; empty means the embedded SQLite file in dataFolder().
    QString databaseUrl() const;
    void setDatabaseUrl(const QString &url);

    QString dataFolder() const;
    void setDataFolder(const QString &folder);
    static QString defaultDataFolder();
    static QString embeddedDatabaseFileName() { return QStringLiteral("tribune.db"); }

    // The URL to open: a command-line override wins, then Settings, then the embedded default.
    DatabaseUrl effectiveDatabaseUrl(const QString &override, QString *errorString = nullptr) const;

    // Whether the first-start welcome was answered for this database.
    bool isWelcomeDone(const DatabaseUrl &url) const;
    void setWelcomeDone(const DatabaseUrl &url, bool done);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
