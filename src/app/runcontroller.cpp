#include "runcontroller.h"

namespace TaskLanes {

RunController::RunController(QObject *parent) : QObject(parent), m_sequence(m_engine)
{
    connect(&m_sequence, &RunSequence::runStarted, this, [this] {
        const PlannedRun &run = m_sequence.current();
        if (m_comparison)
            Q_EMIT note(tr("— %1 —").arg(run.request.model->id));
    });
    connect(&m_sequence, &RunSequence::runFinished, this, &RunController::runFinished);
    connect(&m_sequence, &RunSequence::runFailed, this, &RunController::runFailed);
    connect(&m_sequence, &RunSequence::finished, this, &RunController::allFinished);
}

Status RunController::run(const Model &model, const WorkQueue &queue, const RunSettings &settings)
{
    if (queue.items.isEmpty())
        return Error{tr("The queue is empty: add an item or pick a preset.")};
    const Result<PlannedRun> planned = RunPlanner::plan(model, queue, settings, Numbers::AsGiven);
    if (!planned)
        return Error{planned.error()};
    return start({*planned}, false);
}

Status RunController::runAll(const WorkQueue &queue, const RunSettings &settings)
{
    if (queue.items.isEmpty())
        return Error{tr("The queue is empty: add an item or pick a preset.")};
    const Result<PlannedComparison> planned =
        RunPlanner::planAll(queue, settings, Numbers::AsGiven);
    if (!planned)
        return Error{planned.error()};
    if (!planned->skipped.isEmpty())
        Q_EMIT note(tr("Skipping %1: they cannot run this queue's items.")
                        .arg(planned->skipped.join(QStringLiteral(", "))));
    return start(planned->runs, true);
}

Status RunController::start(const QList<PlannedRun> &runs, bool comparison)
{
    if (isRunning())
        return Error{tr("A run is already going; stop it first.")};
    m_comparison = comparison;
    return m_sequence.start(runs);
}

void RunController::stop()
{
    m_sequence.stop();
}

} // namespace TaskLanes
