// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
    }
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString LanguageManager::systemLanguage()
{
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &language : uiLanguages) {
        const QString code = language.left(2).toLower();
        if (supportedLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &code)
{
    const QString effective = supportedLanguages().contains(code) ? code : systemLanguage();
    m_requested = supportedLanguages().contains(code) ? code : QString();
    if (effective == m_current && m_installed)
        return true;

    if (m_installed) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_installed = false;
    }
    const bool loaded = m_appTranslator.load(QStringLiteral(":/i18n/tribune_") + effective);
    if (loaded)
        QCoreApplication::installTranslator(&m_appTranslator);
    // Qt's own strings (standard buttons, dialogs); absent for English, which is fine.
    if (m_qtTranslator.load(QStringLiteral("qtbase_") + effective,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    m_installed = true;

    const QLocale system = QLocale::system();
    if (system.language() == QLocale(effective).language())
        QLocale::setDefault(system);
    else
        QLocale::setDefault(effective == QLatin1String("fr")
                                ? QLocale(QLocale::French, QLocale::France)
                                : QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_current = effective;
    Q_EMIT languageChanged(effective);
    return loaded;
}
