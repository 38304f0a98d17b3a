// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class MainWindow;

// Saves a PNG of the welcome dialog and of every main-window page into a folder (README
// pictures, and a way to look at the screens without a display).
class ScreenshotRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotRunner)
public:
    ScreenshotRunner(MainWindow *window, const QString &folder, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void capturePage(int index);
    void captureUcs2Example(const QString &baseName);
    void captureSegmentExample(const QString &baseName);
    bool save(QWidget *widget, const QString &name);

    MainWindow *m_window;
    QString m_folder;
    QStringList m_saved;
    QString m_error;
};
