#include "parallelvariants.h"

#include "compute.h"
#include "runcontext.h"

#include <QCoreApplication>
#include <QCoroSignal>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>
#include <thread>

#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

QString g_workerProgram;

// Operations in one unit of compute work; 0 when the queue has no compute items, so that
// runs that never compute do not pay for calibrating.
quint64 opsPerUnit(const RunContext &ctx)
{
    bool computes = false;
    for (qint32 i = 0; i < ctx.itemCount() && !computes; ++i)
        computes = ctx.item(i).kind == WorkKind::Compute;
    return computes ? quint64(ComputeWork::opsPerMs() *
                              std::chrono::duration<double, std::milli>(ctx.unit()).count())
                    : 0;
}

// One task on its own thread.
void threadLane(RunContext &ctx, int lane, FairLock *gil)
{
    ctx.recorder().setLaneWorker(lane, qint64(::syscall(SYS_gettid)), u"os_tid"_s);
    const quint64 unitOps = opsPerUnit(ctx);
    while (const auto item = ctx.take()) {
        const WorkItem &work = ctx.item(*item);
        ctx.say(lane, work.kind == WorkKind::Fetch ? LineKind::GettingUrl : LineKind::Running,
                *item);
        qint32 first = -1;
        bool ok = true;
        QString error;
        if (work.kind == WorkKind::Sleep) {
            first = ctx.beginSpan(lane, *item, SpanState::Blocked);
            ok = ctx.blockFor(work.units);
            ctx.endSpan(first);
        } else if (work.kind == WorkKind::Fetch) {
            first = ctx.beginSpan(lane, *item, SpanState::Blocked);
            const FetchResult r = ctx.fetchBlocking(work.url);
            ok = r.ok;
            error = r.error;
            if (ok)
                ctx.endSpan(first);
        } else if (!gil) {
            first = ctx.beginSpan(lane, *item, SpanState::Running);
            ok = ComputeWork::run(quint64(work.units) * unitOps, &ctx.cancelToken());
            ctx.endSpan(first);
        } else {
            // Under the GIL the lock changes hands once per unit of work: waiting for it
            // shows as idle, holding it as running.
            if (work.units == 0)
                ctx.endSpan(first = ctx.beginSpan(lane, *item, SpanState::Running));
            for (qint64 u = 0; u < work.units && ok; ++u) {
                const qint32 wait = ctx.beginSpan(lane, *item, SpanState::Idle);
                if (first < 0)
                    first = wait;
                ok = gil->lock(ctx.cancelToken());
                ctx.endSpan(wait);
                if (!ok)
                    break;
                const qint32 run = ctx.beginSpan(lane, *item, SpanState::Running);
                ok = ComputeWork::run(unitOps, &ctx.cancelToken());
                ctx.endSpan(run);
                gil->unlock();
            }
        }
        if (ctx.cancelled())
            return;
        if (!ok)
            ctx.failSpan(first, error);
        ctx.itemDone();
        ctx.say(lane, LineKind::Elapsed, first);
    }
}

// The parent's side of the worker processes: starts one per task, hands out items as
// workers ask, records what they report, and turns crashes, kills and nonsense into
// failed items. Lives on the engine thread; never blocks it.
class WorkerPool : public QObject
{
    Q_OBJECT
public:
    explicit WorkerPool(RunContext &ctx) : m_ctx(ctx), m_unitOps(opsPerUnit(ctx))
    {
        connect(&ctx, &RunContext::wakeRequested, this, &WorkerPool::stop);
    }
    ~WorkerPool() override
    {
        for (Worker &w : m_workers) {
            if (w.process->state() != QProcess::NotRunning) {
                w.process->kill();
                w.process->waitForFinished(1000);
            }
        }
    }

    void start()
    {
        const qint64 origin = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                  m_ctx.recorder().origin().time_since_epoch())
                                  .count();
        m_workers.resize(m_ctx.tasks());
        for (int lane = 0; lane < m_ctx.tasks(); ++lane) {
            Worker &w = m_workers[lane];
            w.lane = lane;
            w.process = new QProcess(this);
            w.process->setProcessChannelMode(QProcess::SeparateChannels);
            w.process->setReadChannel(QProcess::StandardOutput);
            connect(w.process, &QProcess::readyReadStandardOutput, this,
                    [this, lane] { read(m_workers[lane]); });
            connect(w.process, &QProcess::finished, this,
                    [this, lane](int code, QProcess::ExitStatus status) {
                        exited(m_workers[lane], code, status);
                    });
            connect(w.process, &QProcess::errorOccurred, this,
                    [this, lane](QProcess::ProcessError e) {
                        if (e == QProcess::FailedToStart)
                            exited(m_workers[lane], -1, QProcess::CrashExit);
                    });
            w.process->start(workerProgram(), {u"worker"_s});
            w.process->write(
                QByteArray("hello ") + QByteArray::number(origin) + ' ' +
                QByteArray::number(m_unitOps) + ' ' +
                QByteArray::number(qint64(
                    std::chrono::duration_cast<std::chrono::milliseconds>(m_ctx.unit()).count())) +
                ' ' + QByteArray::number(m_ctx.timeoutMs()) + '\n');
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
        int lane = 0;
        qint32 item = -1;
        qint32 span = -1;
        QByteArray pending;
        bool done = false;
    };

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
        while (!w.done && (newline = w.pending.indexOf('\n')) >= 0) {
            const QByteArray line = w.pending.left(newline);
            w.pending.remove(0, newline + 1);
            if (!handle(w, line)) {
                failCurrent(
                    w, u"malformed worker output: \"%1\""_s.arg(QString::fromUtf8(line.left(80))));
                w.process->kill();
                return;
            }
        }
        if (w.pending.size() > 64 * 1024) { // a line that never ends is not a line
            failCurrent(w, u"malformed worker output: a line longer than 64 KiB"_s);
            w.process->kill();
        }
    }

    // One line from a worker; false when it does not follow the protocol.
    bool handle(Worker &w, const QByteArray &line)
    {
        const QList<QByteArray> f = line.split(' ');
        bool ok = false;
        if (f.size() == 2 && f[0] == "ready") {
            const qint64 pid = f[1].toLongLong(&ok);
            if (!ok || w.item >= 0)
                return false;
            m_ctx.recorder().setLaneWorker(w.lane, pid, u"pid"_s);
            dispatch(w);
            return true;
        }
        if (f.size() == 3 && f[0] == "begin") {
            bool timeOk = false;
            const qint32 item = f[1].toInt(&ok);
            const qint64 t = f[2].toLongLong(&timeOk);
            if (!ok || !timeOk || item != w.item || w.span >= 0 || t < 0)
                return false;
            const WorkItem &work = m_ctx.item(item);
            m_ctx.say(w.lane,
                      work.kind == WorkKind::Fetch ? LineKind::GettingUrl : LineKind::Running,
                      item);
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
            m_ctx.recorder().endSpanAt(w.span, t);
            if (f[3] == "fail")
                m_ctx.failSpan(w.span, QString::fromUtf8(line.mid(line.indexOf(" fail ") + 6)));
            m_ctx.itemDone();
            m_ctx.say(w.lane, LineKind::Elapsed, w.span);
            w.item = -1;
            w.span = -1;
            dispatch(w);
            return true;
        }
        return false;
    }

    void failCurrent(Worker &w, const QString &reason)
    {
        if (w.item < 0)
            return;
        if (w.span < 0)
            w.span = m_ctx.beginSpan(w.lane, w.item, SpanState::Running);
        m_ctx.failSpan(w.span, reason);
        m_ctx.itemDone();
        m_ctx.say(w.lane, LineKind::Elapsed, w.span);
        w.item = -1;
        w.span = -1;
    }

    void exited(Worker &w, int code, QProcess::ExitStatus status)
    {
        if (w.done)
            return;
        w.done = true;
        if (w.item >= 0) {
            failCurrent(w, m_ctx.cancelled() ? u"stopped"_s
                           : status == QProcess::CrashExit
                               ? u"the worker process crashed or was killed (%1)"_s.arg(
                                     w.process->errorString())
                               : u"the worker process exited with status %1"_s.arg(code));
        }
        if (std::all_of(m_workers.begin(), m_workers.end(),
                        [](const Worker &x) { return x.done; })) {
            // If every worker died, what is left of the queue fails rather than vanishes.
            while (const auto item = m_ctx.cancelled() ? std::nullopt : m_ctx.take()) {
                const qint32 span = m_ctx.beginSpan(w.lane, *item, SpanState::Failed);
                m_ctx.failSpan(span, u"no worker process left to run it"_s);
                m_ctx.itemDone();
            }
            Q_EMIT finished();
        }
    }

    RunContext &m_ctx;
    quint64 m_unitOps;
    QList<Worker> m_workers;
};

} // namespace

QString workerProgram()
{
    return g_workerProgram.isEmpty() ? QCoreApplication::applicationFilePath() : g_workerProgram;
}

void setWorkerProgram(const QString &path)
{
    g_workerProgram = path;
}

QCoro::Task<> runThreads(RunContext &ctx, bool gil)
{
    FairLock lock;
    QThreadPool pool;
    pool.setMaxThreadCount(ctx.tasks());
    pool.setStackSize(512 * 1024);
    for (int lane = 0; lane < ctx.tasks(); ++lane) {
        pool.start([&ctx, &lock, lane, gil] {
            threadLane(ctx, lane, gil ? &lock : nullptr);
            ctx.laneFinished();
        });
    }
    co_await qCoro(&ctx, &RunContext::allLanesFinished);
    pool.waitForDone();
}

QCoro::Task<> runProcesses(RunContext &ctx)
{
    WorkerPool pool(ctx);
    pool.start();
    co_await qCoro(&pool, &WorkerPool::finished);
}

int runWorkerProcess()
{
    using Clock = std::chrono::steady_clock;
    auto say = [](const std::string &line) {
        std::fwrite(line.data(), 1, line.size(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    };
    std::string line;
    if (!std::getline(std::cin, line))
        return 2;
    qint64 origin = 0;
    quint64 unitOps = 0;
    qint64 unitMs = 0;
    int timeoutMs = 30000;
    if (std::sscanf(line.c_str(), "hello %lld %llu %lld %d", reinterpret_cast<long long *>(&origin),
                    reinterpret_cast<unsigned long long *>(&unitOps),
                    reinterpret_cast<long long *>(&unitMs), &timeoutMs) != 4)
        return 2;
    auto now = [origin] {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
                   .count() -
               origin;
    };
    say("ready " + std::to_string(::getpid()));
    QNetworkAccessManager *network = nullptr;
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
        if (std::string(kind) == "sleep") {
            std::this_thread::sleep_for(std::chrono::milliseconds(std::stoll(value) * unitMs));
        } else if (std::string(kind) == "compute") {
            ComputeWork::run(quint64(std::stoll(value)) * unitOps, nullptr);
        } else if (std::string(kind) == "fetch") {
            if (!network)
                network = new QNetworkAccessManager(QCoreApplication::instance());
            QNetworkRequest request{QUrl(QString::fromStdString(value))};
            request.setTransferTimeout(timeoutMs);
            QNetworkReply *reply = network->get(request);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->readAll();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 400)
                outcome = "fail HTTP " + std::to_string(status);
            else if (reply->error() != QNetworkReply::NoError)
                outcome = "fail " + reply->errorString().toStdString();
            reply->deleteLater();
        } else {
            outcome = "fail unknown kind " + std::string(kind);
        }
        say("end " + std::to_string(index) + ' ' + std::to_string(now()) + ' ' + outcome);
    }
    return 0;
}

} // namespace TaskLanes

#include "parallelvariants.moc"
