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
QThread *run(QObject *context, std::function<Result()> work,
             std::function<void(const Result &)> done)
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

// One background job at a time for a widget: a request made while a job runs is remembered and
// run once the current one ends (the latest request wins), and the destructor waits for a
// running job, so the work never outlives the objects it uses.
class BackgroundJob final
{
    Q_DISABLE_COPY_MOVE(BackgroundJob)
public:
    BackgroundJob() = default;
    ~BackgroundJob()
    {
        if (m_thread)
            m_thread->wait();
    }

    bool isBusy() const { return m_busy; }

    template<typename Result>
    void run(QObject *context, std::function<Result()> work,
             std::function<void(const Result &)> done)
    {
        if (m_busy) {
            m_pending = [this, context, work, done]() {
                run<Result>(context, work, done);
            };
            return;
        }
        m_busy = true;
        m_thread = BackgroundTask::run<Result>(context, std::move(work),
                                               [this, done](const Result &result) {
                                                   m_busy = false;
                                                   done(result);
                                                   if (m_pending && !m_busy) {
                                                       auto next = std::move(m_pending);
                                                       m_pending = nullptr;
                                                       next();
                                                   }
                                               });
    }

private:
    QPointer<QThread> m_thread;
    std::function<void()> m_pending;
    bool m_busy = false;
};
