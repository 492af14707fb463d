#pragma once

#include "runplanner.h"

#include <QObject>

namespace TaskLanes {

// Runs planned runs one after another on one engine: a single Run, or a comparison (the
// command line's compare, the app's Run All). The engine's lines, batches and progress
// come from the engine itself; this says which run is on and collects their traces.
class RunSequence : public QObject
{
    Q_OBJECT
public:
    explicit RunSequence(Engine &engine, QObject *parent = nullptr);

    // Starts the first run; an error (and nothing running) when it cannot start.
    Status start(const QList<PlannedRun> &runs);
    // Stops the run under way; the ones after it do not start.
    void stop();
    bool isRunning() const { return m_index >= 0; }
    // The run under way (or the last one), its position and the count.
    const PlannedRun &current() const { return m_runs.at(std::max<qsizetype>(m_index, 0)); }
    qsizetype count() const { return m_runs.size(); }
    // The traces of the runs that ended, in order.
    const QList<Trace> &traces() const { return m_traces; }

Q_SIGNALS:
    void runStarted(int index, int count);
    void runFinished(const TaskLanes::Trace &trace, int index, int count);
    // A later run could not start (the first one's error comes from start()).
    void runFailed(const QString &error, int index);
    // Every run ended, or the sequence was stopped.
    void finished(const QList<TaskLanes::Trace> &traces);

private:
    Status startAt(qsizetype index);
    void onEngineFinished(const Trace &trace);

    Engine &m_engine;
    QList<PlannedRun> m_runs;
    QList<Trace> m_traces;
    qsizetype m_index = -1;
    bool m_stopped = false;
};

} // namespace TaskLanes
