#pragma once

#include "planning/runsequence.h"

#include <QObject>

namespace TaskLanes {

// The app's runs: plans Run (one model) and Run All (every model that can take the
// queue) through the run planner, runs them on the engine one after another, and keeps
// the traces of the latest Run or Run All. The window shows what it reports.
class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);

    Engine &engine() { return m_engine; }
    bool isRunning() const { return m_sequence.isRunning(); }
    // Whether the latest start was Run All.
    bool isComparison() const { return m_comparison; }
    const PlannedRun &current() const { return m_sequence.current(); }

    // Starts a run of the model on the queue, numbers as its natural kind; an error (and
    // nothing changed) when it cannot run it.
    Status run(const Model &model, const WorkQueue &queue, const RunSettings &settings);
    // Starts every model that can take the queue, one after the other.
    Status runAll(const WorkQueue &queue, const RunSettings &settings);
    void stop();

Q_SIGNALS:
    // A line for the console about what is being run ("— async —", what was skipped).
    void note(const QString &text);
    void runFinished(const TaskLanes::Trace &trace);
    // A run after the first could not start.
    void runFailed(const QString &error);
    void allFinished(const QList<TaskLanes::Trace> &runs);

private:
    Status start(const QList<PlannedRun> &runs, bool comparison);

    Engine m_engine;
    RunSequence m_sequence;
    bool m_comparison = false;
};

} // namespace TaskLanes
