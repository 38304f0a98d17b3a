// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kDatabaseUrl = QStringLiteral("database/url");
const QString kDataFolder = QStringLiteral("storage/dataFolder");
const QString kWelcomeDone = QStringLiteral("welcome/done/");
const QString kGeometry = QStringLiteral("ui/mainWindowGeometry");

QString urlKey(const DatabaseUrl &url)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(url.toDisplayString().toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{ }

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

QString AppSettings::language() const
{
    const QString code = m_settings->value(kLanguage).toString();
    return code == QLatin1String("fr") || code == QLatin1String("en") ? code : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings->setValue(kLanguage, code);
}

QString AppSettings::databaseUrl() const
{
    return m_settings->value(kDatabaseUrl).toString();
}

void AppSettings::setDatabaseUrl(const QString &url)
{
    // Never store a password in the settings file: libpq reads ~/.pgpass and PGPASSWORD.
    const DatabaseUrl parsed = DatabaseUrl::parse(url);
    m_settings->setValue(kDatabaseUrl, parsed.isValid() ? parsed.toDisplayString() : QString());
}

QString AppSettings::defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppSettings::dataFolder() const
{
    const QString folder = m_settings->value(kDataFolder).toString();
    return folder.isEmpty() ? defaultDataFolder() : folder;
}

void AppSettings::setDataFolder(const QString &folder)
{
    if (QDir::cleanPath(folder) == QDir::cleanPath(defaultDataFolder()))
        m_settings->remove(kDataFolder);
    else
        m_settings->setValue(kDataFolder, QDir::cleanPath(folder));
}

DatabaseUrl AppSettings::effectiveDatabaseUrl(const QString &override, QString *errorString) const
{
    if (!override.trimmed().isEmpty())
        return DatabaseUrl::parse(override, errorString);
    const QString configured = databaseUrl();
    if (!configured.isEmpty())
        return DatabaseUrl::parse(configured, errorString);
    return DatabaseUrl::sqliteFile(QDir(dataFolder()).filePath(embeddedDatabaseFileName()));
}

bool AppSettings::isWelcomeDone(const DatabaseUrl &url) const
{
    return m_settings->value(kWelcomeDone + urlKey(url), false).toBool();
}

void AppSettings::setWelcomeDone(const DatabaseUrl &url, bool done)
{
    m_settings->setValue(kWelcomeDone + urlKey(url), done);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

void AppSettings::sync()
{
    m_settings->sync();
}
