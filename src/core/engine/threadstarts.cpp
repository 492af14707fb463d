#include "threadstarts.h"

#include <QString>
#include <QThread>
#include <QtGlobal>

#include <mutex>

namespace TaskLanes {

namespace {

thread_local int *t_failures = nullptr; // the innermost watch on this thread
thread_local std::function<void()> t_onRefusal;
QtMessageHandler g_next = nullptr;

void countThreadStartFailures(QtMsgType type, const QMessageLogContext &context,
                              const QString &message)
{
    if ((t_failures || t_onRefusal) && (type == QtWarningMsg || type == QtCriticalMsg) &&
        message.startsWith(QLatin1String("QThread::start: Thread creation error"))) {
        if (t_failures)
            ++*t_failures;
        else
            t_onRefusal();
        return;
    }
    if (g_next) // (Qt hands back its own handler when none was installed)
        g_next(type, context, message);
}

void install()
{
    static std::once_flag installed;
    std::call_once(installed, [] { g_next = qInstallMessageHandler(countThreadStartFailures); });
}

} // namespace

ThreadStartWatch::ThreadStartWatch()
{
    install();
    m_outer = t_failures;
    t_failures = &m_failures;
}

ThreadStartWatch::~ThreadStartWatch()
{
    t_failures = m_outer;
}

void ThreadStartWatch::onRefusalInThisThread(std::function<void()> callback)
{
    install();
    t_onRefusal = std::move(callback);
}

bool startThread(QThread &thread)
{
    const ThreadStartWatch watch;
    thread.start();
    // A thread may already have done its work and finished by the time this thread looks
    // (a run whose only page is refused at once, on a loaded machine): that is a start.
    // Qt leaves a thread it could not create neither running nor finished.
    return watch.failures() == 0 && (thread.isRunning() || thread.isFinished());
}

} // namespace TaskLanes
