// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include "mainwindow.h"
#include "pages/reportspage.h"
#include "welcomedialog.h"

#include <QDir>
#include <QPixmap>
#include <QStatusBar>
#include <QTimer>

namespace {
constexpr int kSettleMs = 200;
}

ScreenshotRunner::ScreenshotRunner(MainWindow *window, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_folder(folder)
{ }

bool ScreenshotRunner::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        m_error = tr("Cannot write %1").arg(path);
        return false;
    }
    m_saved.append(path);
    return true;
}

void ScreenshotRunner::start()
{
    if (!QDir().mkpath(m_folder)) {
        Q_EMIT finished(false, tr("Cannot create the folder %1").arg(m_folder));
        return;
    }
    m_window->statusBar()->clearMessage(); // show the database and provider, not a transient note
    WelcomeDialog welcome(m_window);
    welcome.adjustSize();
    welcome.show();
    const bool ok = save(&welcome, QStringLiteral("00-welcome"));
    welcome.hide();
    if (!ok) {
        Q_EMIT finished(false, m_error);
        return;
    }
    capturePage(0);
}

void ScreenshotRunner::capturePage(int index)
{
    if (index >= MainWindow::PageCount) {
        Q_EMIT finished(true, m_saved.join(QLatin1Char('\n')));
        return;
    }
    m_window->showPage(index);
    QTimer::singleShot(kSettleMs, this, [this, index]() {
        auto *reports = qobject_cast<ReportsPage *>(m_window->page(index));
        if (reports && reports->isComputing()) {
            connect(
                reports, &ReportsPage::breakdownReady, this,
                [this, index]() {
                    QTimer::singleShot(kSettleMs, this, [this, index]() { capturePage(index); });
                },
                Qt::SingleShotConnection);
            return;
        }
        const QString name = QStringLiteral("%1-%2")
                                 .arg(index + 1, 2, 10, QLatin1Char('0'))
                                 .arg(MainWindow::pageKey(index));
        if (!save(m_window, name)) {
            Q_EMIT finished(false, m_error);
            return;
        }
        capturePage(index + 1);
    });
}
