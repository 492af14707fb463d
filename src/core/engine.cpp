#include "engine.h"

#include "compute.h"
#include "runcontext.h"
#include "tutorialvariants.h"
#include "variant.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace TaskLanes {

// Lives on the engine thread for the length of one run.
class RunWorker : public QObject
{
    Q_OBJECT
public:
    RunWorker(const VariantInfo &variant, WorkQueue queue, int unitMs, int timeoutMs,
              std::shared_ptr<TraceRecorder> recorder, std::shared_ptr<CancelToken> cancel)
        : m_variant(variant), m_queue(std::move(queue)), m_recorder(std::move(recorder)),
          m_cancel(std::move(cancel)), m_context(m_queue, unitMs, *m_recorder, *m_cancel, this)
    {
        m_context.setTimeoutMs(timeoutMs);
    }

    void run() { m_run = drive(); }
    void wake() { m_context.wakeSleepers(); }

Q_SIGNALS:
    void done();

private:
    QCoro::Task<> drive()
    {
        // Calibrating CPU work takes a moment: do it before the run's clock starts.
        if (std::any_of(m_queue.items.begin(), m_queue.items.end(),
                        [](const WorkItem &i) { return i.kind == WorkKind::Compute; }))
            ComputeWork::opsPerMs();
        m_recorder->start();
        co_await runVariantTasks(m_variant, m_context);
        m_recorder->markEnd();
        if (m_variant.timed && !m_cancel->isCancelled()) {
            m_recorder->line(0, LineKind::Blank);
            m_recorder->line(0, LineKind::RunTotal);
        }
        Q_EMIT done();
        QThread::currentThread()->quit();
    }

    const VariantInfo &m_variant;
    const WorkQueue m_queue;
    std::shared_ptr<TraceRecorder> m_recorder;
    std::shared_ptr<CancelToken> m_cancel;
    RunContext m_context;
    QCoro::Task<> m_run;
};

QString validateRequest(const RunRequest &request)
{
    const VariantInfo *variant = findVariant(request.variant);
    if (!variant)
        return u"unknown variant '%1' (see 'tasklanes list')"_s.arg(request.variant);
    if (request.unitMs < Limits::minUnitMs || request.unitMs > Limits::maxUnitMs)
        return u"unit of %1 ms is outside %2 to %3"_s.arg(request.unitMs)
            .arg(Limits::minUnitMs)
            .arg(Limits::maxUnitMs);
    if (request.queue.tasks < 1 || request.queue.tasks > Limits::maxTasks)
        return u"%1 tasks is outside 1 to %2"_s.arg(request.queue.tasks).arg(Limits::maxTasks);
    if (request.queue.items.isEmpty())
        return u"the queue is empty"_s;
    if (request.timeoutMs < 1 || request.timeoutMs > 3'600'000)
        return u"timeout of %1 ms is outside 1 to 3600000"_s.arg(request.timeoutMs);
    for (qsizetype i = 0; i < request.queue.items.size(); ++i) {
        if (const QString why = validateItem(request.queue.items[i]); !why.isEmpty())
            return u"queue item %1: %2"_s.arg(i + 1).arg(why);
    }
    return variant->checkItems(request.queue.items);
}

// Pages of unknown latency have no duration until they are fetched: once the run is
// over, the ideal is recomputed with their measured times (zero overhead otherwise).
Trace withMeasuredIdeal(const Trace &trace)
{
    const auto &items = trace.items();
    if (std::none_of(items.begin(), items.end(), [](const WorkItem &i) { return !i.isNumeric(); }))
        return trace;
    QList<double> measured(items.size(), 0.0);
    for (const Trace::ItemExtent &e : trace.itemExtents())
        measured[e.item] = double(e.end - e.start) / (double(trace.unitMs()) * 1e6);
    Trace::Data data = trace.data();
    data.ideal = computeIdealSchedule(*findVariant(trace.variantId()), items, trace.tasks(),
                                      idealDurations(items, trace.unitMs(), measured));
    return Trace(std::move(data));
}

Engine::Engine(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<TaskLanes::Trace>();
    qRegisterMetaType<TaskLanes::TraceBatch>();
    qRegisterMetaType<TaskLanes::IdealSchedule>();
    m_flushTimer.setInterval(33);
    connect(&m_flushTimer, &QTimer::timeout, this, &Engine::flush);
}

Engine::~Engine()
{
    if (m_thread) {
        m_cancel->cancel();
        QMetaObject::invokeMethod(m_worker, &RunWorker::wake, Qt::QueuedConnection);
        m_thread->wait();
        delete m_worker;
        delete m_thread;
    }
}

bool Engine::start(const RunRequest &request)
{
    if (m_thread) {
        Q_EMIT failed(tr("A run is already going; stop it first."));
        return false;
    }
    if (const QString error = validateRequest(request); !error.isEmpty()) {
        Q_EMIT failed(error);
        return false;
    }
    const VariantInfo &variant = *findVariant(request.variant);

    Trace::Data header;
    header.variantId = variant.id;
    header.unitMs = request.unitMs;
    header.tasks = request.queue.tasks;
    header.items = request.queue.items;
    header.ideal =
        computeIdealSchedule(variant, request.queue.items, request.queue.tasks, request.unitMs);
    const IdealSchedule ideal = header.ideal;
    m_recorder = std::make_shared<TraceRecorder>(std::move(header));
    m_cancel = std::make_shared<CancelToken>();

    m_thread = new QThread;
    m_thread->setObjectName(u"TaskLanes engine"_s);
    m_worker = new RunWorker(variant, request.queue, request.unitMs, request.timeoutMs, m_recorder,
                             m_cancel);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &RunWorker::run);
    connect(m_worker, &RunWorker::done, this, &Engine::onWorkerDone, Qt::QueuedConnection);
    Q_EMIT started(variant.id, ideal, request.unitMs);
    m_thread->start();
    m_flushTimer.start();
    return true;
}

void Engine::stop()
{
    if (!m_thread)
        return;
    m_cancel->cancel();
    QMetaObject::invokeMethod(m_worker, &RunWorker::wake, Qt::QueuedConnection);
}

void Engine::flush()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!m_recorder)
        return;
    const TraceBatch batch = m_recorder->takeBatch();
    if (!batch.texts.isEmpty())
        Q_EMIT outputLines(batch.texts);
    // Sent even when nothing new was recorded: open spans and "now" move on while a
    // task blocks, and a view drawing the run live needs to know.
    Q_EMIT traceBatch(batch);
    Q_EMIT progress(batch.itemsDone, batch.itemsTotal, batch.nowNs);
}

void Engine::onWorkerDone()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_flushTimer.stop();
    m_thread->wait();
    flush();
    Trace trace = m_recorder->finish(m_cancel->isCancelled());
    trace = withMeasuredIdeal(trace);
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    m_recorder.reset();
    m_cancel.reset();
    Q_EMIT finished(trace);
}

} // namespace TaskLanes

#include "engine.moc"
