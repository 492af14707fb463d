#include "runsequence.h"

namespace TaskLanes {

RunSequence::RunSequence(Engine &engine, QObject *parent) : QObject(parent), m_engine(engine)
{
    connect(&m_engine, &Engine::finished, this, &RunSequence::onEngineFinished);
}

Status RunSequence::start(const QList<PlannedRun> &runs)
{
    if (isRunning())
        return Error{tr("A run is already going; stop it first.")};
    if (runs.isEmpty())
        return Error{tr("Nothing to run.")};
    m_runs = runs;
    m_traces.clear();
    m_stopped = false;
    return startAt(0);
}

Status RunSequence::startAt(qsizetype index)
{
    m_index = index;
    if (const Status started = m_engine.start(m_runs.at(index).request); !started) {
        m_index = -1;
        return started;
    }
    Q_EMIT runStarted(int(index), int(m_runs.size()));
    return {};
}

void RunSequence::stop()
{
    m_stopped = true;
    m_engine.stop();
}

void RunSequence::onEngineFinished(const Trace &trace)
{
    if (m_index < 0)
        return; // a run someone else started on this engine
    m_traces.append(trace);
    const qsizetype index = m_index;
    Q_EMIT runFinished(trace, int(index), int(m_runs.size()));
    const qsizetype next = index + 1;
    if (!m_stopped && !trace.cancelled() && next < m_runs.size()) {
        if (const Status started = startAt(next); started)
            return;
        else
            Q_EMIT runFailed(started.error(), int(next));
    }
    m_index = -1;
    Q_EMIT finished(m_traces);
}

} // namespace TaskLanes
