#include "workerpool.h"

#include "canceltoken.h"
#include "compute.h"
#include "fetch.h"
#include "runcontext.h"

#include <QCoroSignal>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>
#include <thread>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

QString g_program;
constexpr QByteArrayView greeting = "tasklanes-worker 1";
// A worker that has not said ready by then is not going to.
std::chrono::milliseconds g_readyDeadline{10'000};

using Kind = ItemError::Kind;

class WorkerPool : public QObject
{
    Q_OBJECT
public:
    explicit WorkerPool(RunContext &ctx) : m_ctx(ctx), m_unitOps(ctx.computeOpsPerUnit())
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
        QTimer *readyTimer = nullptr;
        int lane = 0;
        bool ready = false;
        qint32 item = -1;
        qint32 span = -1;
        QByteArray pending;
        bool done = false;
        // Why the worker is gone, when the parent ended it (it did not follow the protocol).
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
        w.process->setProcessChannelMode(QProcess::SeparateChannels);
        w.process->setReadChannel(QProcess::StandardOutput);
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
        w.readyTimer = new QTimer(this);
        w.readyTimer->setSingleShot(true);
        connect(w.readyTimer, &QTimer::timeout, this, [this, lane, program] {
            refuse(m_workers[lane],
                   {Kind::WorkerSilent,
                    {program, QString::number(double(g_readyDeadline.count()) / 1000)}});
        });
        w.readyTimer->start(g_readyDeadline);
        w.process->start(program, {u"worker"_s});
        const qint64 origin = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                  m_ctx.recorder().origin().time_since_epoch())
                                  .count();
        const qint64 unitMs =
            std::chrono::duration_cast<std::chrono::milliseconds>(m_ctx.unit()).count();
        w.process->write("hello " + QByteArray::number(origin) + ' ' +
                         QByteArray::number(m_unitOps) + ' ' + QByteArray::number(unitMs) + ' ' +
                         QByteArray::number(m_ctx.timeoutMs()) + '\n');
    }

    // Ends a worker that broke the protocol; its item fails with the reason.
    void refuse(Worker &w, const ItemError &why)
    {
        if (w.done)
            return;
        w.verdict = why;
        w.process->kill();
    }

    void dispatch(Worker &w)
    {
        const auto item = m_ctx.cancelled() ? std::nullopt : m_ctx.take();
        if (!item) {
            w.process->write("quit\n");
            w.process->closeWriteChannel();
            return;
        }
        w.item = *item;
        w.span = -1;
        const WorkItem &work = m_ctx.item(*item);
        w.process->write("item " + QByteArray::number(*item) + ' ' + kindName(work.kind).toUtf8() +
                         ' ' + work.valueText().toUtf8() + '\n');
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
        if (w.pending.size() > 64 * 1024) // a line that never ends is not a line
            refuse(w, {Kind::WorkerLineTooLong, {}});
    }

    // One line from a worker; false when it does not follow the protocol.
    bool handle(Worker &w, const QByteArray &line)
    {
        bool ok = false;
        if (!w.ready) {
            // ready tasklanes-worker 1 <pid>
            if (!line.startsWith("ready ") || !line.mid(6).startsWith(greeting))
                return false;
            const qint64 pid = line.mid(6 + greeting.size()).trimmed().toLongLong(&ok);
            if (!ok || pid <= 0)
                return false;
            w.ready = true;
            w.readyTimer->stop();
            m_ctx.recorder().setLaneWorker(w.lane, pid, u"pid"_s);
            dispatch(w);
            return true;
        }
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 3 && f[0] == "begin") {
            bool timeOk = false;
            const qint32 item = f[1].toInt(&ok);
            const qint64 t = f[2].toLongLong(&timeOk);
            if (!ok || !timeOk || item != w.item || w.span >= 0 || t < 0)
                return false;
            const WorkItem &work = m_ctx.item(item);
            m_ctx.sayStart(w.lane, item);
            w.span = m_ctx.recorder().beginSpanAt(
                w.lane, item,
                work.kind == WorkKind::Compute ? SpanState::Running : SpanState::Blocked, t);
            return true;
        }
        if (f.size() >= 4 && f[0] == "end") {
            bool timeOk = false;
            const qint32 item = f[1].toInt(&ok);
            const qint64 t = f[2].toLongLong(&timeOk);
            if (!ok || !timeOk || item != w.item || w.span < 0 || t < 0 ||
                (f[3] != "ok" && f[3] != "fail"))
                return false;
            std::optional<ItemError> error;
            if (f[3] == "fail") {
                // end <i> <ns> fail <kind>[TAB<detail>]...
                const QStringList fields =
                    QString::fromUtf8(line.mid(line.indexOf(" fail ") + 6)).split(u'\t');
                const auto kind = ItemError::kindFromName(fields.first());
                if (!kind)
                    return false;
                error = ItemError{*kind, fields.mid(1)};
            }
            m_ctx.recorder().endSpanAt(w.span, t);
            m_ctx.finishItem(w.lane, {w.span, error});
            w.item = -1;
            w.span = -1;
            dispatch(w);
            return true;
        }
        return false;
    }

    void failCurrent(Worker &w, const ItemError &reason)
    {
        if (w.item < 0)
            return;
        if (w.span < 0)
            w.span = m_ctx.beginSpan(w.lane, w.item, SpanState::Running);
        m_ctx.finishItem(w.lane, {w.span, reason});
        w.item = -1;
        w.span = -1;
    }

    void exited(Worker &w, int code, QProcess::ExitStatus status)
    {
        if (w.done)
            return;
        w.done = true;
        if (w.readyTimer)
            w.readyTimer->stop();
        // A worker that never said ready fails the item it would have taken, so that the
        // reason it could not start is on the timeline.
        if (w.item < 0 && !w.ready && !m_ctx.cancelled()) {
            if (const auto item = m_ctx.take())
                w.item = *item;
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
            while (const auto item = m_ctx.cancelled() ? std::nullopt : m_ctx.take()) {
                const qint32 span = m_ctx.beginSpan(w.lane, *item, SpanState::Failed);
                m_ctx.failSpan(span, {Kind::NoWorker, {}});
                m_ctx.recorder().itemDone();
            }
            Q_EMIT finished();
        }
    }

    RunContext &m_ctx;
    quint64 m_unitOps;
    QList<Worker> m_workers;
};

void say(const std::string &line)
{
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// What a worker reports for a failure: its kind, then its details, tab-separated (a
// detail never holds a tab or a line break).
std::string failure(const ItemError &error)
{
    QString text = error.kindName();
    for (QString detail : error.args)
        text += u'\t' + detail.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return "fail " + text.toStdString();
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

void setReadyDeadline(std::chrono::milliseconds deadline)
{
    g_readyDeadline = deadline;
}

QCoro::Task<> run(RunContext &ctx)
{
    WorkerPool pool(ctx);
    pool.start();
    co_await qCoro(&pool, &WorkerPool::finished);
}

int serve()
{
    using Clock = std::chrono::steady_clock;
    std::string line;
    if (!std::getline(std::cin, line))
        return 2;
    qint64 origin = 0;
    quint64 unitOps = 0;
    qint64 unitMs = 0;
    int timeoutMs = Limits::defaultTimeoutMs;
    if (std::sscanf(line.c_str(), "hello %lld %llu %lld %d", reinterpret_cast<long long *>(&origin),
                    reinterpret_cast<unsigned long long *>(&unitOps),
                    reinterpret_cast<long long *>(&unitMs), &timeoutMs) != 4)
        return 2;
    auto now = [origin] {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
                   .count() -
               origin;
    };
    say("ready " + std::string(greeting.data(), size_t(greeting.size())) + ' ' +
        std::to_string(::getpid()));
    CancelToken never;
    std::unique_ptr<BlockingFetcher> fetcher;
    while (std::getline(std::cin, line)) {
        if (line == "quit")
            return 0;
        char kind[16] = {};
        long long index = -1;
        int consumed = 0;
        if (std::sscanf(line.c_str(), "item %lld %15s %n", &index, kind, &consumed) < 2)
            return 2;
        const std::string value = line.substr(size_t(consumed));
        say("begin " + std::to_string(index) + ' ' + std::to_string(now()));
        std::string outcome = "ok";
        const auto work = kindFromName(QString::fromLatin1(kind));
        if (work == WorkKind::Sleep) {
            std::this_thread::sleep_for(std::chrono::milliseconds(std::stoll(value) * unitMs));
        } else if (work == WorkKind::Compute) {
            ComputeWork::run(quint64(std::stoll(value)) * unitOps, nullptr);
        } else if (work == WorkKind::Fetch) {
            if (!fetcher)
                fetcher = std::make_unique<BlockingFetcher>(never);
            const FetchResult r = fetcher->get(QString::fromStdString(value), timeoutMs);
            if (!r.ok)
                outcome = failure(r.error);
        } else {
            outcome =
                failure(ItemError::other(u"unknown kind %1"_s.arg(QString::fromLatin1(kind))));
        }
        say("end " + std::to_string(index) + ' ' + std::to_string(now()) + ' ' + outcome);
    }
    return 0;
}

} // namespace Workers

} // namespace TaskLanes

#include "workerpool.moc"
