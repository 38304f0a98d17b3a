// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

// Runs work on a short-lived worker thread and delivers its result to `done` in the context
// object's thread; `done` is skipped if the context was destroyed meanwhile. Work that touches
// the database must call Database::closeThreadConnection() before returning.
namespace BackgroundTask {

template<typename Result>
QThread *run(QObject *context, std::function<Result()> work, std::function<void(const Result &)> done)
{
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([result, work = std::move(work)]() { *result = work(); });
    QPointer<QObject> guard(context);
    QObject::connect(thread, &QThread::finished, context,
                     [thread, result, guard, done = std::move(done)]() {
                         thread->deleteLater();
                         if (guard)
                             done(*result);
                     });
    thread->start();
    return thread;
}

} // namespace BackgroundTask
