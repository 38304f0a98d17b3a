// SPDX-License-Identifier: GPL-3.0-or-later
// Tribune's GUI: composes settings, translations, the database and the main window.
#include "core/tribuneversion.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/databasestats.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tribune"));
    QApplication::setApplicationName(QStringLiteral(TRIBUNE_APPLICATION_NAME));
    QApplication::setApplicationVersion(QStringLiteral(TRIBUNE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tribune"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tribune.svg")));

    AppSettings settings;
    LanguageManager languages;

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Campaign SMS manager."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QApplication::translate("main",
                                "Database URL (sqlite:///path or postgresql://user@host:port/db)."),
        QStringLiteral("url"));
    const QCommandLineOption demoOption(
        QStringLiteral("load-demo"),
        QApplication::translate("main", "Load the demo data if the database is empty."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Interface language for this run (fr or en)."),
        QStringLiteral("code"));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Save a PNG of every page into a folder, then quit."),
        QStringLiteral("folder"));
    parser.addOptions({databaseOption, demoOption, languageOption, screenshotsOption});
    parser.process(app);

    languages.setLanguage(parser.isSet(languageOption) ? parser.value(languageOption)
                                                       : settings.language());

    QString error;
    const DatabaseUrl url = settings.effectiveDatabaseUrl(parser.value(databaseOption), &error);
    Database database(url);
    if (!url.isValid() || !database.openAndMigrate(&error)) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Tribune"),
            QApplication::translate("main", "Tribune cannot open its database.\n\n%1").arg(error));
        return 1;
    }

    MainWindow window(&database, &settings, &languages);
    window.show();

    const bool screenshots = parser.isSet(screenshotsOption);
    if (screenshots
        || (parser.isSet(demoOption)
            && DatabaseStats::read(&database, DatabaseStats::Detail::Summary).isEmpty())) {
        settings.setWelcomeDone(url, true);
        window.loadDemoData();
    } else {
        QTimer::singleShot(0, &window, &MainWindow::showWelcomeIfEmpty);
    }

    ScreenshotRunner runner(&window, parser.value(screenshotsOption), &database);
    if (screenshots) {
        QObject::connect(&runner, &ScreenshotRunner::finished, &app,
                         [](bool ok, const QString &message) {
                             if (ok)
                                 qInfo("%s", qPrintable(message));
                             else
                                 qCritical("%s", qPrintable(message));
                             QApplication::exit(ok ? 0 : 1);
                         });
        QObject::connect(&window, &MainWindow::demoDataLoaded, &runner, &ScreenshotRunner::start,
                         Qt::SingleShotConnection);
    }
    return QApplication::exec();
}
