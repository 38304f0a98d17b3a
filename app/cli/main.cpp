// SPDX-License-Identifier: GPL-3.0-or-later
// tribune-cli: the headless command-line tool over Tribune's models.
#include "cli/commandlineinterface.h"
#include "core/tribuneversion.h"
#include "i18n/languagemanager.h"
#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tribune"));
    QCoreApplication::setApplicationName(QStringLiteral(TRIBUNE_APPLICATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRIBUNE_VERSION));

    AppSettings settings;
    LanguageManager languages;
    languages.setLanguage(settings.language());

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLineInterface cli(&settings, out, err);
    return cli.run(QCoreApplication::arguments());
}
