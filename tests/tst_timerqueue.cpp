#include "engine/timerqueue.h"

#include <QCoroTask>
#include <QTest>

#include <memory>
#include <thread>

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

// Coroutines that each wait once on the queue and note, in the order they are resumed,
// their name (their position among them, from 1) and the time.
struct Waiters
{
    TimerQueue &queue;
    std::vector<std::pair<int, Clock::time_point>> log;
    std::vector<QCoro::Task<>> tasks;

    void add(std::optional<Clock::time_point> deadline)
    {
        tasks.push_back(wait(deadline, int(tasks.size()) + 1));
    }
    QCoro::Task<> wait(std::optional<Clock::time_point> deadline, int name)
    {
        co_await At{queue, deadline};
        log.emplace_back(name, Clock::now());
    }
    QList<int> order() const
    {
        QList<int> out;
        for (const auto &[name, when] : log)
            out.append(name);
        return out;
    }
    bool allResumed() const { return log.size() == tasks.size(); }
};

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
        Waiters w{queue, {}, {}};
        const Clock::time_point t0 = Clock::now();
        const Clock::time_point later = t0 + 30ms;
        for (const auto deadline : {std::optional(later), std::optional(t0 + 12500us),
                                    std::optional(later), std::optional<Clock::time_point>(),
                                    std::optional(t0 + 2ms), std::optional<Clock::time_point>()})
            w.add(deadline);
        QCOMPARE(queue.waiting(), 6);
        QVERIFY(w.log.empty()); // nothing runs before the loop does
        QTRY_VERIFY_WITH_TIMEOUT(w.allResumed(), 5000);
        QCOMPARE(w.order(), (QList<int>{4, 6, 5, 2, 1, 3}));
        const Clock::time_point due[] = {t0, t0, t0 + 2ms, t0 + 12500us, later, later};
        for (size_t i = 0; i < w.log.size(); ++i)
            QVERIFY2(w.log[i].second >= due[i], qPrintable(QString::number(w.log[i].first)));
        QCOMPARE(queue.waiting(), 0);
    }

    // Waits spin at their end only while no more threads wait than there are cores.
    void waitsSpinOnlyWhileACoreIsFreeForEach()
    {
        const int cores = std::max(1, int(std::thread::hardware_concurrency()));
        std::vector<std::unique_ptr<TimedWait>> waits;
        for (int i = 0; i < cores; ++i) {
            waits.push_back(std::make_unique<TimedWait>());
            QVERIFY(waits.back()->maySpin());
        }
        waits.push_back(std::make_unique<TimedWait>());
        QVERIFY(!waits.front()->maySpin());
        waits.pop_back();
        QVERIFY(waits.front()->maySpin());
    }

    // A stop resumes every waiter at once, in deadline order.
    void wakeAllResumesEveryone()
    {
        TimerQueue queue;
        Waiters w{queue, {}, {}};
        const Clock::time_point t0 = Clock::now();
        w.add(t0 + 3600s);
        w.add(t0 + 60s);
        w.add(std::nullopt);
        queue.wakeAll();
        QTRY_VERIFY_WITH_TIMEOUT(w.allResumed(), 5000);
        QCOMPARE(w.order(), (QList<int>{3, 2, 1}));
        QVERIFY(w.log.back().second - t0 < 50s);
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
        Waiters w{queue, {}, {}};
        const Clock::time_point t0 = Clock::now();
        w.add(t0 + 7500us);
        w.add(t0 + 1500us);
        w.add(std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(w.allResumed(), 5000);
        QCOMPARE(w.order(), (QList<int>{3, 2, 1}));
        QVERIFY(w.log[1].second >= t0 + 1500us);
        QVERIFY(w.log[2].second >= t0 + 7500us);
    }
};

QTEST_GUILESS_MAIN(TestTimerQueue)
#include "tst_timerqueue.moc"
