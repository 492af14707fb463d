#pragma once

#include "domain/result.h"
#include "household/householdtrace.h"
#include "models/registry.h"
#include "planning/runplanner.h"
#include "scenarios/scenario.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <variant>

namespace TaskLanes {

class Trace;
namespace Scenarios {
class ScenarioTrace;
}

// Image exports need the GUI libraries, which the core does not link: the executable
// hands them in. Each writes the file, or says why it could not, naming it.
struct ExportHooks
{
    using Export = std::function<Status(const Trace &, const QString &path)>;
    using ExportMany = std::function<Status(const QList<Trace> &, const QString &path)>;
    Export gantt;
    Export chart;
    ExportMany compareGantt; // the runs' timelines stacked on one axis
    ExportMany compareChart; // their totals against the ideal
    using ExportScenario =
        std::function<Status(const Scenarios::ScenarioTrace &, const QString &path)>;
    ExportScenario scenarioGantt; // tasks, resources and hand-offs
    ExportScenario scenarioChart; // where each task's time went
    using ExportDay = std::function<Status(const Home::DayTrace &, const QString &path)>;
    ExportDay dayGantt; // the parent's day: the parent, the machines, the kids
    ExportDay dayChart; // its figures
};

// What a command line asks for, read and checked but not yet carried out: every value
// bounded, every file to read read, every file to write checked, nothing run or written.
namespace CommandLine {
struct Outputs
{
    QString trace, gantt, chart; // empty: not asked for
};
struct Run
{
    const Model *model = nullptr;
    std::optional<WorkQueue> queue; // none: the model's default queue
    int tasks = WorkQueue().tasks;
    RunSettings settings;
    Outputs outputs;
    bool quiet = false;
};
struct Compare
{
    WorkQueue queue;
    // Plain numbers (--queue, or the default queue) become each model's natural kind; a
    // queue file's items keep their kinds.
    Numbers numbers = Numbers::AsTheModelsNatural;
    RunSettings settings;
    Outputs outputs;
};
struct Export
{
    QString trace;
    Outputs outputs;
};
struct Serve
{
    quint16 port = 8080;
    int unitMs = Limits::defaultUnitMs;
};
struct ScenarioRun
{
    std::shared_ptr<const Scenarios::Scenario> scenario;
    Scenarios::Backend backend = Scenarios::Backend::Threads;
    int unitMs = Limits::defaultUnitMs;
    int timeoutMs = Limits::defaultTimeoutMs;
    Outputs outputs; // empty paths: not asked for
    bool quiet = false;
};
// tasklanes run parent-<model>: the parent's day (SPEC 8).
struct DayRun
{
    Home::Household household;
    Home::DayOptions options;
    Outputs outputs;
    bool quiet = false;
};
enum class Word
{
    List,
    Scenarios,
    Worker,
    Help,
    Version
};
using Command = std::variant<Word, Run, Compare, Export, Serve, ScenarioRun, DayRun>;

// arguments[0] is the program. The error is the one line the command line prints.
Result<Command> parse(const QStringList &arguments, const ExportHooks &hooks = {});
} // namespace CommandLine

// The command line ("tasklanes list", "tasklanes run ...", see usage()): parses, then
// carries out. Needs a QCoreApplication; returns the process exit status (0 ok, 1 some
// item failed or the system refused, 2 bad usage or input, 130/143 interrupted).
int runCommandLine(const QStringList &arguments, const ExportHooks &hooks = {});
// Ctrl+C and SIGTERM caught for the rest of the process: the first stops what runs (the
// command reports it and exits 130 or 143), a second ends the process at once. main()
// calls it first thing; runCommandLine() too.
void catchInterrupts();
// Whether these arguments ask for an image export (the caller then needs a QGuiApplication).
bool wantsImageExport(const QStringList &arguments);
// The text of "tasklanes --help".
QString usage();

} // namespace TaskLanes
