#include "guide.h"

#include "ganttrenderer.h"
#include "household/parents.h"
#include "models/registry.h"
#include "scenarios/scenariopresets.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {
QString keyRow(const QString &keys, const QString &what)
{
    return u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(keys.toHtmlEscaped(),
                                                           what.toHtmlEscaped());
}
} // namespace

// The thought experiments, with the figures of the tutorial's day computed here: each
// parent with no overhead, the ideal its runs are measured against.
QString Guide::parentsDay()
{
    using namespace Home;
    const Household h;
    const auto figures = [&h](Parent parent, double interval = defaultInterval,
                              double step = defaultStep, bool fix = false) {
        DayOptions o;
        o.parent = parent;
        o.interval = interval;
        o.step = step;
        o.fix = fix;
        return idealDay(h, o);
    };
    const auto n = [](const std::optional<double> &v) {
        return QLocale().toString(v.value_or(0), 'f', 1);
    };
    const Figures sync = figures(Parent::Sync);
    const Figures polling = figures(Parent::Polling);
    const Figures often = figures(Parent::Polling, 2);
    const Figures async = figures(Parent::Async);
    const Figures blocking = figures(Parent::Async, defaultInterval, 0);
    const Figures fixed = figures(Parent::Threads, defaultInterval, defaultStep, true);
    const auto para = [](const QString &text) -> QString {
        return u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
    };
    QString html = u"<h2>"_s + tr("The parent's day").toHtmlEscaped() + u"</h2>"_s;
    html += para(
        tr("The tutorial's thought experiments, run (Run › Parent's Day): a parent balances the "
           "checkbook (the parent's own work), does the laundry (the washer and the dryer run "
           "on their own and buzz; each load needs handling: into the washer, into the dryer, "
           "out and folded) and watches the kids, who call at moments nobody knows in advance. "
           "A call's latency is the time from the call to the moment attention begins. The "
           "figures below are the tutorial's day (checkbook 20, washer 30, dryer 40, handling "
           "2, calls at 5, 17 and 33, attention 1) with no overhead at all, the ideal each run "
           "is drawn against. A run adds what the machine adds: the timers' jitter and, for the "
           "clones, more threads than cores."));
    html += u"<h3>"_s + tr("The synchronous parent").toHtmlEscaped() +
            u" <code>parent-sync</code></h3>"_s;
    html += para(tr("One thing at a time, each to its end: the checkbook, then the load into the "
                    "washer, standing by it until it buzzes, into the dryer, standing by again, "
                    "then folding. A kid who calls waits until the thing in hand is done: the "
                    "worst wait is %1 units, and the laundry is done at %2, because nothing "
                    "overlaps.")
                     .arg(n(sync.latencyWorst), n(sync.laundryDone)));
    html += u"<h3>"_s + tr("The polling parent").toHtmlEscaped() +
            u" <code>parent-polling</code></h3>"_s;
    html += para(tr("It loads the washer, then works on the checkbook and every interval stops "
                    "to look at the machines and the kids. A look costs %1 units whether it "
                    "finds anything or not (with less of the checkbook left than that, the "
                    "parent finishes it first); a look that finds nothing is wasted. A look every "
                    "5 units keeps the worst wait at %2 units and wastes %3 of %4 looks; every 2 "
                    "units, %5 units and %6 of %7. The polling sweep plots both against the "
                    "interval.")
                     .arg(QLocale().toString(checkUnits, 'f', 2), n(polling.latencyWorst))
                     .arg(polling.wastedChecks)
                     .arg(polling.checks)
                     .arg(n(often.latencyWorst))
                     .arg(often.wastedChecks)
                     .arg(often.checks));
    html += u"<h3>"_s + tr("The threading parent").toHtmlEscaped() +
            u" <code>parent-threads</code></h3>"_s;
    html +=
        para(tr("A clone for each chore, on real threads: the washer's clone, the dryer's, two "
                "clones paying bills from one balance, and one for each kid, so each call "
                "is answered as it comes. As the tutorial tells it, the washer's clone holds the "
                "washer and wants the dryer to move the clothes, while the dryer's clone "
                "holds the dryer and wants the washer: a deadlock, and the laundry is never "
                "done. The bill payers both read the balance before either writes it: one "
                "payment is lost, and the checkbook says there is more money than there is. "
                "With --fix (the check box) both machines are taken washer first and a lock "
                "guards each payment: the laundry is done at %1 and no payment is lost. The "
                "clones run as a scenario, so the deadlock is found and named as in the "
                "lab.")
                 .arg(n(fixed.laundryDone)));
    html +=
        u"<h3>"_s + tr("The async parent").toHtmlEscaped() + u" <code>parent-async</code></h3>"_s;
    html += para(tr("One parent on one event loop: each buzzer and each call is a timer, the "
                    "laundry and the checkbook are coroutines, and their work goes in pieces of "
                    "--step units (0.25 by default) with an await between. A call waits a few "
                    "pieces: as in asyncio, its timer's callback and then its coroutine take "
                    "their turns behind the chores' pieces. The worst wait is %1 units, and the "
                    "laundry is done at %2 because the machines run while the parent works on "
                    "the checkbook. Attention is given whole. With pieces of 0, work that never "
                    "awaits, the checkbook holds the loop and the worst wait grows to %3 units: "
                    "async helps only where the code awaits.")
                     .arg(n(async.latencyWorst), n(async.laundryDone), n(blocking.latencyWorst)));
    return html;
}

QString Guide::html()
{
    QString html = u"<h2>"_s + tr("The models").toHtmlEscaped() + u"</h2><p>"_s +
                   tr("Every model runs the same work queue. Pick one in the list, press Run, "
                      "and compare its timeline with the explanation below; Run All lines "
                      "them all up on one time axis.")
                       .toHtmlEscaped() +
                   u"</p><p>"_s +
                   tr("Every model runs every kind of item as its Python twin would. Counting "
                      "and computing are CPU work: they hold whatever runs them (the one "
                      "thread of the sequential and cooperative programs, the event loop of "
                      "the asynchronous ones, the GIL) and run beside other work only on "
                      "threads without a GIL and in worker processes. A sleep or a fetch "
                      "blocks its thread, unless an event loop awaits it. Beside the console, "
                      "each run's notes say what it shows, with its figures.")
                       .toHtmlEscaped() +
                   u"</p>"_s;
    for (const Model *m : models()) {
        html += u"<h3>%1 <code>%2</code></h3><p>%3</p>"_s.arg(
            m->translatedTitle().toHtmlEscaped(), m->id,
            m->translatedExplanation().toHtmlEscaped());
    }

    html += u"<h2>"_s + tr("The colours").toHtmlEscaped() + u"</h2><table cellpadding=\"3\">"_s;
    const std::pair<SpanState, const char *> states[] = {
        {SpanState::Running,
         QT_TR_NOOP("the task works on the CPU (counting, computing, holding the GIL)")},
        {SpanState::Blocked,
         QT_TR_NOOP("the task's thread waits in a blocking call: nothing else runs on it")},
        {SpanState::Awaiting,
         QT_TR_NOOP("the task waits without blocking: the event loop runs the others meanwhile")},
        {SpanState::Ready,
         QT_TR_NOOP("the task could go on but waits for its turn: the generators' scheduler, "
                    "an event loop busy with another task, or the GIL held by another thread")},
        {SpanState::Failed,
         QT_TR_NOOP("the item failed (hatched as well); hover it for the reason")},
    };
    for (const auto &[state, meaning] : states) {
        html +=
            u"<tr><td bgcolor=\"%1\" width=\"28\">&nbsp;</td><td><b>%2</b></td><td>%3</td></tr>"_s
                .arg(GanttRenderer::stateColor(state).name(),
                     GanttRenderer::stateLabel(state).toHtmlEscaped(), tr(meaning).toHtmlEscaped());
    }
    html += u"</table><p>"_s +
            tr("The dashed strip under each lane is the ideal schedule: the same model with no "
               "overhead at all. The gap between a lane and its strip is what the machine "
               "added.")
                .toHtmlEscaped() +
            u"</p>"_s;

    html += u"<h2>"_s + tr("Scenarios").toHtmlEscaped() + u"</h2><p>"_s +
            tr("A work queue is one shape of program. In a scenario (Run › Scenario) each "
               "task runs its own steps over shared locks, semaphores, events, conditions, "
               "barriers, queues and values, on OS threads or on one asyncio event loop. A task "
               "that waits for a resource is hatched, waiting for a resource, and its tooltip "
               "names the resource and who holds it; each hand-off (a release to the acquire it "
               "lets through, a put to its get, a set or notify to the waiter it wakes, the last "
               "arrival at a barrier to the others) is an arrow.")
                .toHtmlEscaped() +
            u"</p><p>"_s +
            tr("Tasks that wait for each other's locks in a cycle are a deadlock: the run ends "
               "with the cycle named and drawn as a ring where it closed, instead of hanging. "
               "Tasks that wait for what no task can give any more (an event nobody will set, a "
               "lock held by a task that has ended) are a stall, ended the same way.")
                .toHtmlEscaped() +
            u"</p><p>"_s +
            tr("A read copies a value into the task's own copy and a write stores that copy "
               "plus what it adds, so anything between them can lose an update: another thread, "
               "and on the event loop an await. asyncio races too, only fewer places can switch: "
               "without an await between read and write, a coroutine cannot lose an update. "
               "The value's lane crosses out each write a later one overwrote.")
                .toHtmlEscaped() +
            u"</p><p>"_s +
            tr("The forms on the left of the scenario build one: resources (a name, a type and "
               "its amount), then each task's steps in order, a repeat holding steps of its own. "
               "A field says at once what is wrong with it, and what no field can see (a release "
               "of a lock the task does not hold, a write before its read) is said under the "
               "forms before Run will start. Each preset's twin shows its fix: the washer and "
               "dryer with one lock order cannot deadlock, the checkbook and the counter with a "
               "lock lose no update.")
                .toHtmlEscaped() +
            u"</p>"_s;
    for (const Scenarios::ScenarioPreset &preset : Scenarios::scenarioPresets())
        html += u"<h3>%1 <code>%2</code></h3><p>%3</p>"_s.arg(
            preset.translatedTitle().toHtmlEscaped(), preset.id,
            preset.translatedExplanation().toHtmlEscaped());

    html += parentsDay();

    html += u"<h2>"_s + tr("Keys on the timeline").toHtmlEscaped() +
            u"</h2><table cellpadding=\"3\">"_s;
    html += keyRow(tr("+ / −, wheel"), tr("zoom in and out (around the mouse pointer)"));
    html += keyRow(tr("← / →, drag"), tr("pan along the time axis"));
    html += keyRow(tr("↑ / ↓, Shift+wheel"), tr("scroll through the lanes"));
    html += keyRow(tr("Home, Ctrl+0, double click"), tr("fit the whole run"));
    html += keyRow(tr("Ctrl+← / Ctrl+→"), tr("select the previous or next bar in the lane"));
    html += keyRow(tr("Ctrl+↑ / Ctrl+↓"),
                   tr("select the bar at the same time in the lane above or below"));
    html += keyRow(tr("Enter"), tr("show the details of the selected bar"));
    html += u"</table>"_s;
    return html;
}

} // namespace TaskLanes
