// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/languagemanager.h"
#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_AppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void defaultsToEmbeddedDatabase();
    void precedence();
    void passwordNeverStored();
    void welcomePerDatabase();
    void languageSwitchLoadsFrench();

private:
    QTemporaryDir m_dir;
};

void tst_AppSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_AppSettings::defaultsToEmbeddedDatabase()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("a.ini")));
    const DatabaseUrl url = settings.effectiveDatabaseUrl(QString());
    QCOMPARE(url.backend(), DatabaseUrl::Backend::Sqlite);
    QCOMPARE(url.filePath(),
             QDir(AppSettings::defaultDataFolder()).filePath(QStringLiteral("tribune.db")));

    settings.setDataFolder(m_dir.filePath(QStringLiteral("elsewhere")));
    QCOMPARE(settings.effectiveDatabaseUrl(QString()).filePath(),
             m_dir.filePath(QStringLiteral("elsewhere/tribune.db")));
}

void tst_AppSettings::precedence()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("b.ini")));
    settings.setDatabaseUrl(QStringLiteral("postgresql://equipe@db.local/tribune"));
    QCOMPARE(settings.effectiveDatabaseUrl(QString()).host(), QStringLiteral("db.local"));
    // The command line wins over Settings.
    QCOMPARE(settings.effectiveDatabaseUrl(QStringLiteral("/tmp/override.db")).filePath(),
             QStringLiteral("/tmp/override.db"));
    settings.setDatabaseUrl(QString());
    QCOMPARE(settings.effectiveDatabaseUrl(QString()).backend(), DatabaseUrl::Backend::Sqlite);
}

void tst_AppSettings::passwordNeverStored()
{
    const QString path = m_dir.filePath(QStringLiteral("c.ini"));
    {
        AppSettings settings(path);
        settings.setDatabaseUrl(
            QStringLiteral("postgresql://equipe:TopSecret42@db.local:5433/tribune"));
        QCOMPARE(settings.databaseUrl(),
                 QStringLiteral("postgresql://equipe@db.local:5433/tribune"));
        settings.sync();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("db.local"));
    QVERIFY(!content.contains("TopSecret42"));
}

void tst_AppSettings::welcomePerDatabase()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("d.ini")));
    const DatabaseUrl a = DatabaseUrl::sqliteFile(QStringLiteral("/tmp/a.db"));
    const DatabaseUrl b = DatabaseUrl::sqliteFile(QStringLiteral("/tmp/b.db"));
    QVERIFY(!settings.isWelcomeDone(a));
    settings.setWelcomeDone(a, true);
    QVERIFY(settings.isWelcomeDone(a));
    QVERIFY(!settings.isWelcomeDone(b));
}

void tst_AppSettings::languageSwitchLoadsFrench()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("fr")));
    QCOMPARE(languages.currentLanguage(), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("AudienceListModel", "Contacts"),
             QStringLiteral("Contacts"));
    QCOMPARE(QCoreApplication::translate("AudienceListModel", "Keep until"),
             QStringLiteral("Conserver jusqu'au"));
    QCOMPARE(QLocale().language(), QLocale::French);
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("AudienceListModel", "Keep until"),
             QStringLiteral("Keep until"));
    // "" follows the system.
    languages.setLanguage(QString());
    QCOMPARE(languages.requestedLanguage(), QString());
    QCOMPARE(languages.currentLanguage(), LanguageManager::systemLanguage());
}

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"
