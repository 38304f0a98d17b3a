// SPDX-License-Identifier: GPL-3.0-or-later
// tribune-cli: the headless command-line tool over Tribune's models.
#include "cli/commandlineinterface.h"
#include "core/tribuneversion.h"
#include "i18n/languagemanager.h"
#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// A PDF (the transparency record's) is laid out with fonts, which only a GUI application
// provides: tribune-cli starts one, on the offscreen platform so that no display is needed,
// only when asked for a PDF; every other command stays a plain console application.
bool wantsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (wantsPdf(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
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
