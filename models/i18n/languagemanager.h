// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

// Installs Tribune's and Qt's translations for the chosen language and switches them at run
// time; widgets then receive QEvent::LanguageChange and retranslate themselves.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "" follows the system locale, "fr" or "en" force a language.
    bool setLanguage(const QString &code);
    QString requestedLanguage() const { return m_requested; }
    // The language actually in use: "fr" or "en".
    QString currentLanguage() const { return m_current; }

    static QStringList supportedLanguages();
    // What "" resolves to on this system.
    static QString systemLanguage();

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_requested;
    QString m_current;
    bool m_installed = false;
};
