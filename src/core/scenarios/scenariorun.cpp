#include "scenariorun.h"

#include "backends.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace TaskLanes::Scenarios {

namespace {} // namespace

ScenarioTrace runScenario(const Scenario &scenario, const RunOptions &options)
{
    Monitor monitor(scenario, options);
    if (options.backend == Backend::Threads)
        runOnThreads(monitor, options);
    else
        runOnLoop(monitor, options);
    return ScenarioTrace(monitor.finish());
}

QString ScenarioTrace::lineText(const LoggedLine &line) const
{
    return Scenarios::lineText(*m_d, line);
}

QString lineText(const ScenarioTrace::Data &d, const LoggedLine &line)
{
    const auto taskName = [&](int t) { return d.scenario.tasks.at(t).name; };
    const QString task = taskName(line.lane);
    const QString resource =
        line.resource >= 0 ? d.scenario.resources.at(line.resource).name : QString();
    const QString value = numberText(line.value);
    switch (line.what) {
    case LineWhat::Acquired:
        return QCoreApplication::translate("ScenarioLine", "%1 acquired %2").arg(task, resource);
    case LineWhat::Waiting:
        // (a value no wait kind has, from a damaged file, is no kind: the import refuses it)
        switch (line.value >= 0 && line.value <= double(int(WaitKind::Join))
                    ? WaitKind(int(line.value))
                    : WaitKind::None) {
        case WaitKind::Notify:
            return QCoreApplication::translate("ScenarioLine", "%1 waiting on %2 for a notify")
                .arg(task, resource);
        case WaitKind::Barrier:
            return QCoreApplication::translate("ScenarioLine", "%1 waiting at %2")
                .arg(task, resource);
        case WaitKind::Event:
            return QCoreApplication::translate("ScenarioLine", "%1 waiting for %2 to be set")
                .arg(task, resource);
        case WaitKind::Get:
            return QCoreApplication::translate("ScenarioLine", "%1 waiting for an item in %2")
                .arg(task, resource);
        case WaitKind::Put:
            return QCoreApplication::translate("ScenarioLine", "%1 waiting for room in %2")
                .arg(task, resource);
        case WaitKind::Join:
            return QCoreApplication::translate("ScenarioLine",
                                               "%1 waiting for every item of %2 to be done")
                .arg(task, resource);
        default:
            break;
        }
        if (line.other >= 0)
            return QCoreApplication::translate("ScenarioLine", "%1 waiting for %2 (held by %3)")
                .arg(task, resource, taskName(line.other));
        return QCoreApplication::translate("ScenarioLine", "%1 waiting for %2").arg(task, resource);
    case LineWhat::Released:
        return QCoreApplication::translate("ScenarioLine", "%1 released %2").arg(task, resource);
    case LineWhat::Set:
        return QCoreApplication::translate("ScenarioLine", "%1 set %2").arg(task, resource);
    case LineWhat::Cleared:
        return QCoreApplication::translate("ScenarioLine", "%1 cleared %2").arg(task, resource);
    case LineWhat::SawSet:
        return QCoreApplication::translate("ScenarioLine", "%1 saw %2 set").arg(task, resource);
    case LineWhat::Notified:
        return (line.other == 1
                    ? QCoreApplication::translate("ScenarioLine", "%1 notified all on %2 (woke %3)")
                    : QCoreApplication::translate("ScenarioLine", "%1 notified %2 (woke %3)"))
            .arg(task, resource, value);
    case LineWhat::Woke:
        return QCoreApplication::translate("ScenarioLine", "%1 woke on %2").arg(task, resource);
    case LineWhat::Arrived:
        return QCoreApplication::translate("ScenarioLine", "%1 reached %2 (%3 of %4)")
            .arg(task, resource, value)
            .arg(d.scenario.resources.at(line.resource).count);
    case LineWhat::Passed:
        return QCoreApplication::translate("ScenarioLine", "%1 passed %2").arg(task, resource);
    case LineWhat::Put:
        return QCoreApplication::translate("ScenarioLine", "%1 put %2 into %3")
            .arg(task, value, resource);
    case LineWhat::Got:
        return QCoreApplication::translate("ScenarioLine", "%1 got %2 from %3")
            .arg(task, value, resource);
    case LineWhat::TaskDone:
        return QCoreApplication::translate("ScenarioLine", "%1 marked an item of %2 done")
            .arg(task, resource);
    case LineWhat::Joined:
        return QCoreApplication::translate("ScenarioLine", "%1 joined %2: every item is done")
            .arg(task, resource);
    case LineWhat::Read:
        return QCoreApplication::translate("ScenarioLine", "%1 read %2: %3")
            .arg(task, resource, value);
    case LineWhat::Wrote:
        return QCoreApplication::translate("ScenarioLine", "%1 wrote %2: %3")
            .arg(task, resource, value);
    case LineWhat::Failed: {
        const StepSpan &step = d.steps.at(line.other);
        return QCoreApplication::translate("ScenarioLine", "%1 failed at %2: %3")
            .arg(task, d.programs.at(step.lane).at(step.step).where, d.errors.value(line.other));
    }
    case LineWhat::Done:
        return QCoreApplication::translate("ScenarioLine", "%1 done").arg(task);
    }
    return {};
}

QString ScenarioTrace::stuckText() const
{
    QStringList parts;
    for (const StuckTask &stuck : m_d->stuck) {
        if (stuck.heldBy >= 0)
            parts.append(QCoreApplication::translate("ScenarioLine", "%1 waits for %2 held by %3")
                             .arg(taskName(stuck.task), resourceName(stuck.resource),
                                  taskName(stuck.heldBy)));
        else
            parts.append(QCoreApplication::translate("ScenarioLine", "%1 waits for %2")
                             .arg(taskName(stuck.task), resourceName(stuck.resource)));
    }
    const QString list = parts.join(u", "_s);
    if (m_d->outcome == Outcome::Deadlock)
        return QCoreApplication::translate("ScenarioLine", "deadlock: %1").arg(list);
    if (m_d->outcome == Outcome::Stall)
        return QCoreApplication::translate("ScenarioLine",
                                           "stall: %1, and no task can give it any more")
            .arg(list);
    return {};
}

QString ScenarioTrace::valueText(const ValueResult &value) const
{
    const double added = value.serial - value.initial;
    const QString sum = added < 0 ? u"%1 - %2"_s.arg(numberText(value.initial), numberText(-added))
                                  : u"%1 + %2"_s.arg(numberText(value.initial), numberText(added));
    QString text = QCoreApplication::translate("ScenarioLine", "%1: %2 expected %3, got %4")
                       .arg(resourceName(value.resource), sum, numberText(value.serial),
                            numberText(value.final));
    if (value.lost > 0)
        text +=
            u": "_s +
            (value.lost == 1
                 ? QCoreApplication::translate("ScenarioLine", "1 update lost")
                 : QCoreApplication::translate("ScenarioLine", "%1 updates lost").arg(value.lost));
    return text;
}

} // namespace TaskLanes::Scenarios
