// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

// For GUI tests: answers the next modal dialog named `objectName` (a QMessageBox's exec()
// blocks the test) by clicking its button whose text, without mnemonic, is `buttonText`.
// Returns the watching timer, gone once the dialog was answered (QTRY_VERIFY(!timer)).
// Header-only: the test support library does not link QtWidgets.
namespace ModalDialogs {

inline QPointer<QTimer> answer(const QString &objectName, const QString &buttonText)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, objectName, buttonText]() {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName)
            return;
        timer->stop();
        timer->deleteLater();
        const QList<QPushButton *> buttons = modal->findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->text().remove(QLatin1Char('&')) == buttonText) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        qWarning("no button %s in %s", qPrintable(buttonText), qPrintable(objectName));
        modal->close();
    });
    timer->start();
    return timer;
}

} // namespace ModalDialogs
