#include "engine/timerqueue.h"

#include <QCoroTask>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

using namespace TaskLanes;
using namespace std::chrono_literals;
using Clock = TimerQueue::Clock;

namespace {

struct At
{
    TimerQueue &queue;
    std::optional<Clock::time_point> deadline; // none: at once, after the ready ones
    bool await_ready() const { return false; }
    void await_suspend(std::coroutine_handle<> c) const
    {
        deadline ? queue.resumeAt(*deadline, c) : queue.resumeSoon(c);
    }
    void await_resume() const {}
};

// Waits once and notes its name and the time it was resumed.
QCoro::Task<> waiter(TimerQueue &queue, std::optional<Clock::time_point> deadline, int name,
                     std::vector<std::pair<int, Clock::time_point>> &log)
{
    co_await At{queue, deadline};
    log.emplace_back(name, Clock::now());
}

QList<int> names(const std::vector<std::pair<int, Clock::time_point>> &log)
{
    QList<int> out;
    for (const auto &[name, when] : log)
        out.append(name);
    return out;
}

} // namespace

class TestTimerQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Deadlines in their order, ties in the order they began (asyncio's call_later); a
    // zero wait after the ones already ready; no wake-up before its deadline.
    void resumesInDeadlineOrderNeverEarly()
    {
        TimerQueue queue;
        QVERIFY(queue.isPrecise());
        std::vector<std::pair<int, Clock::time_point>> log;
        const Clock::time_point t0 = Clock::now();
        const Clock::time_point later = t0 + 30ms;
        std::vector<QCoro::Task<>> tasks;
        tasks.push_back(waiter(queue, later, 1, log));
        tasks.push_back(waiter(queue, t0 + 12500us, 2, log));
        tasks.push_back(waiter(queue, later, 3, log));
        tasks.push_back(waiter(queue, std::nullopt, 4, log));
        tasks.push_back(waiter(queue, t0 + 2ms, 5, log));
        tasks.push_back(waiter(queue, std::nullopt, 6, log));
        QCOMPARE(queue.waiting(), 6);
        QVERIFY(log.empty()); // nothing runs before the loop does
        QTRY_COMPARE_WITH_TIMEOUT(log.size(), size_t(6), 5000);
        QCOMPARE(names(log), (QList<int>{4, 6, 5, 2, 1, 3}));
        const Clock::time_point due[] = {t0, t0, t0 + 2ms, t0 + 12500us, later, later};
        for (size_t i = 0; i < log.size(); ++i)
            QVERIFY2(log[i].second >= due[i], qPrintable(QString::number(log[i].first)));
        QCOMPARE(queue.waiting(), 0);
    }

    // A stop resumes every waiter at once, in deadline order.
    void wakeAllResumesEveryone()
    {
        TimerQueue queue;
        std::vector<std::pair<int, Clock::time_point>> log;
        const Clock::time_point t0 = Clock::now();
        std::vector<QCoro::Task<>> tasks;
        tasks.push_back(waiter(queue, t0 + 3600s, 1, log));
        tasks.push_back(waiter(queue, t0 + 60s, 2, log));
        tasks.push_back(waiter(queue, std::nullopt, 3, log));
        queue.wakeAll();
        QTRY_COMPARE_WITH_TIMEOUT(log.size(), size_t(3), 5000);
        QCOMPARE(names(log), (QList<int>{3, 2, 1}));
        QVERIFY(log.back().second - t0 < 50s);
    }

    // With no file descriptor to spare for its timerfd, the queue takes a millisecond
    // timer instead.
    void withoutADescriptorItTakesATimer()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("the sanitizers' runtime needs files of its own: not at the open-file limit");
#endif
        rlimit saved = {};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &saved), 0);
        // Every descriptor below the lowest free one is taken: that one becomes the limit.
        const int lowestFree = ::dup(0);
        QVERIFY(lowestFree > 0);
        ::close(lowestFree);
        rlimit tight = saved;
        tight.rlim_cur = rlim_t(lowestFree);
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &tight), 0);
        auto queue = std::make_unique<TimerQueue>();
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &saved), 0);
        QVERIFY(!queue->isPrecise());
    }

    // That timer wakes everyone too: late at worst, never early, never lost.
    void theMillisecondTimerStillWakes()
    {
        TimerQueue queue(nullptr, false);
        QVERIFY(!queue.isPrecise());
        std::vector<std::pair<int, Clock::time_point>> log;
        const Clock::time_point t0 = Clock::now();
        std::vector<QCoro::Task<>> tasks;
        tasks.push_back(waiter(queue, t0 + 7500us, 1, log));
        tasks.push_back(waiter(queue, t0 + 1500us, 2, log));
        tasks.push_back(waiter(queue, std::nullopt, 3, log));
        QTRY_COMPARE_WITH_TIMEOUT(log.size(), size_t(3), 5000);
        QCOMPARE(names(log), (QList<int>{3, 2, 1}));
        QVERIFY(log[1].second >= t0 + 1500us);
        QVERIFY(log[2].second >= t0 + 7500us);
    }
};

QTEST_GUILESS_MAIN(TestTimerQueue)
#include "tst_timerqueue.moc"
