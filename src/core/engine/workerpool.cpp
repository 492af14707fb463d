#include "workerpool.h"

#include "canceltoken.h"
#include "compute.h"
#include "fetch.h"
#include "runcontext.h"
#include "workerprotocol.h"

#include <QCoroSignal>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <iostream>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

QString g_program;
Workers::Deadlines g_deadlines;

using Kind = ItemError::Kind;
using Ms = std::chrono::milliseconds;

QString seconds(Ms ms)
{
    return QString::number(double(ms.count()) / 1000);
}

} // namespace

// The parent's side of the workers. As the processes model, each worker is a task that
// takes items from the queue itself; as a process pool (offload), the workers run the CPU
// items the event loop's tasks submit, each reported on the submitting task's lane.
class WorkerPool : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ItemOutcome &)>;

    WorkerPool(RunContext &ctx, bool offload)
        : m_ctx(ctx), m_unitOps(ctx.computeOpsPerUnit()), m_offload(offload)
    {
        connect(&ctx, &RunContext::wakeRequested, this, &WorkerPool::stop);
    }
    ~WorkerPool() override
    {
        for (Worker &w : m_workers) {
            if (w.process && w.process->state() != QProcess::NotRunning) {
                w.process->kill();
                w.process->waitForFinished(1000);
            }
        }
    }

    void start()
    {
        m_workers.resize(m_ctx.tasks());
        for (int lane = 0; lane < m_ctx.tasks(); ++lane)
            m_workers[lane].lane = lane;
        for (Worker &w : m_workers)
            startWorker(w);
    }

    // Whether finished() came already (every worker may fail to start within start()).
    bool isFinished() const { return m_finished; }

    // Offload: runs a CPU item in the next free worker (the workers start with the first);
    // done is called, on a later pass of the loop, with its span and how it went.
    void submit(int lane, qint32 item, Done done)
    {
        if (!m_started) {
            m_started = true;
            start();
        }
        // The task awaits a free worker (and, the first time, the workers' start).
        m_jobs.push_back(
            {lane, item, m_ctx.beginSpan(lane, item, SpanState::Awaiting), std::move(done)});
        if (m_finished) { // no worker left
            failPending();
            return;
        }
        for (Worker &w : m_workers) {
            if (m_jobs.empty())
                break;
            if (w.ready && !w.done && w.item < 0 && !w.verdict)
                dispatch(w);
        }
    }

    // Offload: no more items; the workers are told to quit, and finished() comes when all
    // have (at once when none was ever started).
    void close()
    {
        m_closing = true;
        if (!m_started) {
            m_finished = true;
            return;
        }
        for (Worker &w : m_workers) {
            if (w.ready && !w.done && w.item < 0)
                dispatch(w);
        }
    }

    void stop()
    {
        for (Worker &w : m_workers) {
            if (w.process && w.process->state() != QProcess::NotRunning)
                w.process->kill();
        }
    }

Q_SIGNALS:
    void finished();

private:
    struct Worker
    {
        QProcess *process = nullptr;
        // The deadline of what the worker owes next: its ready line, an item's begin, its end.
        QTimer *deadline = nullptr;
        int lane = 0;
        bool ready = false;
        qint32 item = -1;
        qint32 span = -1;
        QByteArray pending;
        bool done = false;
        int spanLane = 0;     // offload: the task whose item it runs,
        qint32 waitSpan = -1; // the span it awaited a worker in,
        Done finished;        // and the task's callback
        // Why the worker is gone, when the parent ended it (it broke the protocol or a
        // deadline).
        std::optional<ItemError> verdict;
    };

    void startWorker(Worker &w)
    {
        const int lane = w.lane;
        const QString program = Workers::program();
        if (program.isEmpty()) {
            w.verdict = ItemError{Kind::WorkerNotSet, {}};
            QTimer::singleShot(0, this,
                               [this, lane] { exited(m_workers[lane], -1, QProcess::CrashExit); });
            return;
        }
        w.process = new QProcess(this);
        // Its stderr goes where the parent's goes: never into a pipe nobody reads.
        w.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        w.process->setReadChannel(QProcess::StandardOutput);
        // The worker dies with the thread that starts it, however that thread's process
        // dies; if it died before the worker was even running, the worker does not start.
        const pid_t parent = ::getpid();
        w.process->setChildProcessModifier([parent] {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != parent)
                ::_exit(1);
        });
        connect(w.process, &QProcess::readyReadStandardOutput, this,
                [this, lane] { read(m_workers[lane]); });
        connect(w.process, &QProcess::finished, this,
                [this, lane](int code, QProcess::ExitStatus status) {
                    exited(m_workers[lane], code, status);
                });
        connect(w.process, &QProcess::errorOccurred, this, [this, lane](QProcess::ProcessError e) {
            if (e != QProcess::FailedToStart)
                return;
            Worker &w = m_workers[lane];
            w.verdict = ItemError{Kind::WorkerNotStarted, {w.process->errorString()}};
            exited(w, -1, QProcess::CrashExit);
        });
        w.deadline = new QTimer(this);
        w.deadline->setSingleShot(true);
        expect(w, g_deadlines.ready, {Kind::WorkerSilent, {program, seconds(g_deadlines.ready)}});
        w.process->start(program, {u"worker"_s});
        const WorkerProtocol::Hello hello{
            std::chrono::duration_cast<std::chrono::nanoseconds>(
                m_ctx.recorder().origin().time_since_epoch())
                .count(),
            m_unitOps, std::chrono::duration_cast<Ms>(m_ctx.unit()).count(), m_ctx.timeoutMs()};
        w.process->write(WorkerProtocol::hello(hello) + '\n');
    }

    // The worker owes something within the time: if it says nothing by then, it is ended
    // and its item fails with the reason.
    void expect(Worker &w, Ms within, const ItemError &otherwise)
    {
        w.deadline->disconnect();
        const int lane = w.lane;
        connect(w.deadline, &QTimer::timeout, this,
                [this, lane, otherwise] { refuse(m_workers[lane], otherwise); });
        w.deadline->start(within);
    }

    // How long an item may take once begun: its own length (compute shares the cores
    // with the other workers) several times over, plus a margin.
    Ms endDeadline(const WorkItem &work) const
    {
        const Ms unit = std::chrono::duration_cast<Ms>(m_ctx.unit());
        Ms length{m_ctx.timeoutMs()};
        if (work.kind == WorkKind::Sleep)
            length = unit * work.units;
        else if (isCpuWork(work.kind))
            length = unit * work.units *
                     std::max<qint64>(1, (m_ctx.tasks() + idealCores() - 1) / idealCores());
        return length * g_deadlines.endFactor + g_deadlines.endMargin;
    }

    // Ends a worker that broke the protocol or a deadline; its item fails with the reason.
    void refuse(Worker &w, const ItemError &why)
    {
        if (w.done || w.verdict)
            return;
        w.verdict = why;
        w.deadline->stop();
        w.process->kill();
    }

    void quit(Worker &w)
    {
        w.deadline->stop();
        w.process->write(WorkerProtocol::quit.toByteArray() + '\n');
        w.process->closeWriteChannel();
    }

    void dispatch(Worker &w)
    {
        std::optional<qint32> item;
        if (m_offload) {
            if (m_ctx.cancelled() || (m_closing && m_jobs.empty())) {
                quit(w);
                return;
            }
            if (m_jobs.empty()) { // idle until a task submits
                w.deadline->stop();
                w.item = -1;
                return;
            }
            Job job = std::move(m_jobs.front());
            m_jobs.pop_front();
            item = job.item;
            w.spanLane = job.lane;
            w.waitSpan = job.waitSpan;
            w.finished = std::move(job.done);
        } else {
            item = m_ctx.cancelled() ? std::nullopt : m_ctx.take();
            if (!item) {
                quit(w);
                return;
            }
            w.spanLane = w.lane;
        }
        w.item = *item;
        w.span = -1;
        expect(w, g_deadlines.begin, {Kind::WorkerNoBegin, {seconds(g_deadlines.begin)}});
        w.process->write(WorkerProtocol::item(*item, m_ctx.item(*item)) + '\n');
    }

    void read(Worker &w)
    {
        w.pending += w.process->readAllStandardOutput();
        qsizetype newline;
        while (!w.done && !w.verdict && (newline = w.pending.indexOf('\n')) >= 0) {
            const QByteArray line = w.pending.left(newline);
            w.pending.remove(0, newline + 1);
            if (!handle(w, line)) {
                const QString said = QString::fromUtf8(line.left(80));
                refuse(w, w.ready ? ItemError{Kind::WorkerOutput, {said}}
                                  : ItemError{Kind::NotAWorker, {Workers::program(), said}});
                return;
            }
        }
        if (w.pending.size() > WorkerProtocol::maxLine) // a line that never ends is not a line
            refuse(w, {Kind::WorkerLineTooLong, {}});
    }

    // One line from a worker; false when it does not follow the protocol.
    bool handle(Worker &w, const QByteArray &line)
    {
        using Message = WorkerProtocol::Message;
        const std::optional<Message> m = WorkerProtocol::parseMessage(line);
        if (!m || (m->type == Message::Ready) == w.ready)
            return false; // ready first, and only first
        switch (m->type) {
        case Message::Ready:
            w.ready = true;
            if (!m_offload) // a pool's workers serve every task: no lane is theirs
                m_ctx.recorder().setLaneWorker(w.lane, m->pid, u"pid"_s);
            dispatch(w);
            return true;
        case Message::Begin: {
            if (m->item != w.item || w.span >= 0)
                return false;
            const WorkItem &work = m_ctx.item(m->item);
            if (!m_offload) // a submitting task has said its line already
                m_ctx.sayStart(w.lane, m->item);
            if (w.waitSpan >= 0)
                m_ctx.recorder().endSpanAt(w.waitSpan, m->ns);
            w.span = m_ctx.recorder().beginSpanAt(
                w.spanLane, m->item, isCpuWork(work.kind) ? SpanState::Running : SpanState::Blocked,
                m->ns);
            const Ms within = endDeadline(work);
            expect(w, within, {Kind::WorkerNoEnd, {seconds(within)}});
            return true;
        }
        case Message::End:
            if (m->item != w.item || w.span < 0)
                return false;
            m_ctx.recorder().endSpanAt(w.span, m->ns);
            finishJob(w, {w.span, m->error});
            dispatch(w);
            return true;
        }
        return false;
    }

    // The item is over: the worker's task finishes it, or the task that submitted it is
    // told (on a later pass of the loop: it may submit again at once).
    void finishJob(Worker &w, const ItemOutcome &outcome)
    {
        if (m_offload) {
            // The task measures the item from when it submitted it; the worker's span
            // carries a failure too.
            if (outcome.error && w.span >= 0 && w.span != w.waitSpan)
                m_ctx.failSpan(w.span, *outcome.error);
            const ItemOutcome told{w.waitSpan, outcome.error};
            QMetaObject::invokeMethod(
                this, [done = std::move(w.finished), told] { done(told); }, Qt::QueuedConnection);
            w.finished = nullptr;
            w.waitSpan = -1;
        } else {
            m_ctx.finishItem(w.lane, w.item, outcome);
        }
        w.item = -1;
        w.span = -1;
    }

    void failCurrent(Worker &w, const ItemError &reason)
    {
        if (w.item < 0)
            return;
        if (w.span < 0 && !m_offload)
            w.span = m_ctx.beginSpan(w.spanLane, w.item, SpanState::Running);
        finishJob(w, {w.span, reason});
    }

    // Offload with no worker left: every submitted item fails, on its own task's lane.
    void failPending()
    {
        while (!m_jobs.empty()) {
            Job job = std::move(m_jobs.front());
            m_jobs.pop_front();
            const qint32 span = job.waitSpan;
            const ItemError why =
                m_ctx.cancelled() ? ItemError::stopped() : ItemError{Kind::NoWorker, {}};
            QMetaObject::invokeMethod(
                this,
                [done = std::move(job.done), span, why] {
                    done({span, why});
                },
                Qt::QueuedConnection);
        }
    }

    void exited(Worker &w, int code, QProcess::ExitStatus status)
    {
        if (w.done)
            return;
        w.done = true;
        if (w.deadline)
            w.deadline->stop();
        // A worker that never said ready fails the item it would have taken, so that the
        // reason it could not start is on the timeline.
        if (w.item < 0 && !w.ready && !m_ctx.cancelled()) {
            if (m_offload && !m_jobs.empty()) {
                Job job = std::move(m_jobs.front());
                m_jobs.pop_front();
                w.item = job.item;
                w.spanLane = job.lane;
                w.waitSpan = job.waitSpan;
                w.finished = std::move(job.done);
            } else if (!m_offload) {
                if (const auto item = m_ctx.take())
                    w.item = *item;
            }
        }
        if (w.item >= 0) {
            failCurrent(w, m_ctx.cancelled() ? ItemError::stopped()
                           : w.verdict       ? *w.verdict
                           : status == QProcess::CrashExit
                               ? ItemError{Kind::WorkerCrashed, {w.process->errorString()}}
                               : ItemError{Kind::WorkerExited, {QString::number(code)}});
        }
        if (std::all_of(m_workers.begin(), m_workers.end(),
                        [](const Worker &x) { return x.done; })) {
            // If every worker died, what is left of the queue fails rather than vanishes.
            failPending();
            while (const auto item = m_offload || m_ctx.cancelled() ? std::nullopt : m_ctx.take()) {
                const qint32 span = m_ctx.beginSpan(w.lane, *item, SpanState::Failed);
                m_ctx.failSpan(span, {Kind::NoWorker, {}});
                m_ctx.recorder().itemDone();
            }
            m_finished = true;
            Q_EMIT finished();
        }
    }

    struct Job
    {
        int lane;
        qint32 item;
        qint32 waitSpan;
        Done done;
    };

    RunContext &m_ctx;
    quint64 m_unitOps;
    const bool m_offload;
    QList<Worker> m_workers;
    std::deque<Job> m_jobs;
    bool m_started = false;
    bool m_closing = false;
    bool m_finished = false;
};

namespace {

// The worker's lines from its parent, read on a thread of their own: the end of stdin —
// the parent is gone, or has given up on it — is noticed while an item is under way, and
// cancels it (sleeping, computing and fetching all watch the token).
class ParentLink
{
public:
    ParentLink()
    {
        // Left to run when the worker exits (it is blocked reading); the process ends it.
        try {
            std::thread([this] { readLines(); }).detach();
        } catch (const std::system_error &) {
            m_noThread = true;
        }
    }
    // The system would not start the reading thread.
    bool noThread() const { return m_noThread; }

    // The next line; none once the parent is gone.
    std::optional<std::string> next()
    {
        std::unique_lock lock(m_mutex);
        m_arrived.wait(lock, [this] { return !m_lines.empty() || m_gone.isCancelled(); });
        if (m_lines.empty())
            return std::nullopt;
        std::string line = std::move(m_lines.front());
        m_lines.pop_front();
        return line;
    }
    CancelToken &gone() { return m_gone; }

private:
    void readLines()
    {
        // Lines are cut at the protocol's limit: a longer one is passed on as it is so far
        // (it cannot parse) and nothing after it is read.
        std::string line;
        bool tooLong = false;
        for (int c; !tooLong && (c = std::getchar()) != EOF;) {
            if (c != '\n') {
                line.push_back(char(c));
                tooLong = qsizetype(line.size()) > WorkerProtocol::maxLine;
                if (!tooLong)
                    continue;
            }
            {
                std::lock_guard lock(m_mutex);
                m_lines.push_back(std::move(line));
            }
            line.clear();
            m_arrived.notify_all();
        }
        if (tooLong)
            return;
        {
            std::lock_guard lock(m_mutex);
            m_gone.cancel();
        }
        m_arrived.notify_all();
    }

    std::mutex m_mutex;
    std::condition_variable m_arrived;
    std::deque<std::string> m_lines;
    CancelToken m_gone;
    bool m_noThread = false;
};

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// A line the parent should not have sent: said in one line on stderr, exit status 2.
int refuse(qint64 number, const std::string &line, const char *expected)
{
    const QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
    std::fprintf(stderr, "tasklanes worker: line %lld is not %s: \"%s\"\n", qlonglong(number),
                 expected, shown(text, 120).toUtf8().constData());
    return 2;
}

// Runs the worker's side of the protocol; the exit status.
int serveParent(ParentLink &parent)
{
    using Clock = std::chrono::steady_clock;
    const auto first = parent.next();
    if (!first)
        return 3; // the parent left before it said anything
    const auto hello = WorkerProtocol::parseHello(*first);
    if (!hello)
        return refuse(1, *first,
                      "a valid hello (hello <origin ns> <ops per unit> <unit ms> <timeout ms>)");
    auto now = [origin = hello->originNs] {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
                   .count() -
               origin;
    };
    say(WorkerProtocol::ready(::getpid()));
    CancelToken &gone = parent.gone();
    std::unique_ptr<BlockingFetcher> fetcher;
    qint64 number = 1;
    while (const auto line = parent.next()) {
        ++number;
        if (*line == WorkerProtocol::quit)
            return 0;
        const auto item = WorkerProtocol::parseItem(*line);
        if (!item)
            return refuse(number, *line,
                          "an item (item <index> <sleep|compute|count> <units from 0> or item "
                          "<index> fetch <http or https URL>) or quit");
        say(WorkerProtocol::begin(item->index, now()));
        std::optional<ItemError> error;
        const WorkItem &work = item->work;
        if (work.kind == WorkKind::Sleep) {
            gone.waitUntil(Clock::now() + Ms(work.units * hello->unitMs));
        } else if (work.kind == WorkKind::Fetch) {
            if (!fetcher)
                fetcher = std::make_unique<BlockingFetcher>(gone);
            const FetchResult r = fetcher->get(work.url, hello->timeoutMs);
            if (!r.ok)
                error = r.error;
        } else { // counting is computing, for a worker
            ComputeWork::run(quint64(work.units) * hello->unitOps, &gone);
        }
        if (gone.isCancelled())
            return 3; // nobody is listening any more
        say(WorkerProtocol::end(item->index, now(), error));
    }
    return 3;
}

} // namespace

namespace Workers {

void setProgram(const QString &path)
{
    g_program = path;
}

QString program()
{
    return g_program;
}

void setDeadlines(const Deadlines &deadlines)
{
    g_deadlines = deadlines;
}

Deadlines deadlines()
{
    return g_deadlines;
}

QCoro::Task<> run(RunContext &ctx)
{
    WorkerPool pool(ctx, false);
    pool.start();
    if (!pool.isFinished())
        co_await qCoro(&pool, &WorkerPool::finished);
}

ProcessPool::ProcessPool(RunContext &ctx) : m_pool(std::make_unique<WorkerPool>(ctx, true)) {}

ProcessPool::~ProcessPool() = default;

QCoro::Task<ItemOutcome> ProcessPool::run(int lane, qint32 item)
{
    struct Submitted
    {
        WorkerPool &pool;
        int lane;
        qint32 item;
        ItemOutcome outcome;
        bool await_ready() const { return false; }
        void await_suspend(std::coroutine_handle<> h)
        {
            pool.submit(lane, item, [this, h](const ItemOutcome &o) {
                outcome = o;
                h.resume();
            });
        }
        ItemOutcome await_resume() const { return outcome; }
    };
    co_return co_await Submitted{*m_pool, lane, item, {}};
}

QCoro::Task<> ProcessPool::shutdown()
{
    m_pool->close();
    if (!m_pool->isFinished())
        co_await qCoro(m_pool.get(), &WorkerPool::finished);
}

int serve()
{
    // The parent link's reader thread never ends on its own; leave at once rather than
    // tear down what it uses under it.
    static ParentLink parent;
    if (parent.noThread()) {
        std::fputs("tasklanes worker: the system would not start a thread (is the limit on "
                   "processes and threads, ulimit -u, reached?)\n",
                   stderr);
        ::_exit(2);
    }
    const int status = serveParent(parent);
    std::fflush(stdout);
    ::_exit(status);
}

} // namespace Workers

} // namespace TaskLanes

#include "workerpool.moc"
