#include "commandline.h"

#include "demoserver/demoserver.h"
#include "engine/workerpool.h"
#include "formats/fileio.h"
#include "formats/queuefile.h"
#include "formats/traceexport.h"
#include "formats/traceimport.h"
#include "household/parents.h"
#include "models/registry.h"
#include "planning/runsequence.h"
#include "scenarios/scenariofile.h"
#include "scenarios/scenariopresets.h"
#include "scenarios/scenariorun.h"
#include "scenarios/scenariotrace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

// Ctrl+C and SIGTERM, from the moment a command starts to its exit: the first asks the
// run (or the trace being written) to stop and is reported when the command ends; a
// second ends the process at once.
std::atomic_int g_signal{0};                         // the first one's number
std::atomic_int g_signals{0};                        // how many came
static_assert(std::atomic_int::is_always_lock_free); // (so a handler may touch them)

extern "C" void onSignal(int number)
{
    if (g_signals.fetch_add(1) > 0) {
        static const char said[] = "tasklanes: stopped at once (a second signal)\n";
        [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, said, sizeof said - 1);
        ::_exit(128 + number);
    }
    g_signal.store(number);
}

} // namespace

void catchInterrupts()
{
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

namespace {

int interruptedBy()
{
    return g_signal.load();
}

// The end of a command that a signal stopped: one line, and 128 + its number.
int reportInterrupt(const QString &tracePath)
{
    const int number = interruptedBy();
    const QString name = number == SIGINT ? u"SIGINT"_s : u"SIGTERM"_s;
    const QString line = tracePath.isEmpty()
                             ? u"tasklanes: stopped by %1\n"_s.arg(name)
                             : u"tasklanes: stopped by %1; the trace so far is in %2\n"_s.arg(
                                   name, shown(tracePath));
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return 128 + number;
}

// A signal while a command's event loop runs: noticed within 50 ms, which then calls
// onInterrupt, once.
class InterruptWatch
{
public:
    explicit InterruptWatch(std::function<void()> onInterrupt)
        : m_onInterrupt(std::move(onInterrupt))
    {
        QObject::connect(&m_poll, &QTimer::timeout, [this] {
            if (!interruptedBy())
                return;
            m_poll.stop();
            m_onInterrupt();
        });
        // A signal that came before (while the queue was read) stops the run as it starts.
        m_poll.start(interruptedBy() ? 0 : 50);
    }

private:
    std::function<void()> m_onInterrupt;
    QTimer m_poll;
};

// Writes the trace. A run a signal stopped is written whole (another signal ends the
// process); after a run that ended by itself, a signal ends the writing early, with
// what is written so far marked cancelled.
Status writeTrace(const Trace &trace, const QString &path)
{
    if (trace.cancelled())
        return writeChromeTrace(trace, path);
    return writeChromeTrace(trace, path, [] { return g_signals.load() > 0; });
}

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

// One line on stderr; the exit status it stands for (2: bad usage or input).
int sayError(const QString &message, int status = 2)
{
    const QByteArray bytes = (u"tasklanes: "_s + message + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return status;
}

std::optional<int> parseBoundedInt(const QString &text, int min, int max)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return int(v);
}

// --- Reading the command line -------------------------------------------------------

// Checked before the run, so that a typo does not cost a whole run.
Status checkOutput(const QString &option, const QString &path)
{
    if (const Status writable = checkOutputPath(path); !writable)
        return Error{u"--%1: "_s.arg(option) + writable.error()};
    return {};
}

Status checkImagePath(const QString &option, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != "png"_L1 && suffix != "svg"_L1 && suffix != "pdf"_L1)
        return Error{u"--%1: \"%2\" does not end in .png, .svg or .pdf"_s.arg(option, shown(path))};
    return checkOutput(option, path);
}

// The file a path names, for telling whether two options name the same one.
QString fileOf(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

// A parser of the long options given, with the checks every command makes: each option
// once, and no stray words beyond the positional ones allowed.
class Options
{
public:
    explicit Options(const QList<QCommandLineOption> &options)
    {
        m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        m_parser.addOptions(options);
        m_options = options;
    }

    Status parse(const QStringList &arguments, qsizetype maxPositional)
    {
        if (!m_parser.parse(arguments))
            return Error{shown(m_parser.errorText())};
        for (const QCommandLineOption &o : std::as_const(m_options)) {
            if (m_parser.values(o).size() > 1)
                return Error{u"--%1 is given more than once"_s.arg(o.names().first())};
        }
        const QStringList positional = m_parser.positionalArguments();
        if (positional.size() > maxPositional)
            return Error{u"unexpected argument '%1'"_s.arg(shown(positional.at(maxPositional)))};
        return {};
    }

    bool isSet(const QCommandLineOption &o) const { return m_parser.isSet(o); }
    QString value(const QCommandLineOption &o) const { return m_parser.value(o); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // An optional whole number within bounds, into *out when given.
    Status readInt(const QCommandLineOption &o, int min, int max, int *out) const
    {
        if (!isSet(o))
            return {};
        const auto v = parseBoundedInt(value(o), min, max);
        if (!v)
            return Error{u"--%1: \"%2\" is not a whole number from %3 to %4"_s
                             .arg(o.names().first(), shown(value(o)))
                             .arg(min)
                             .arg(max)};
        *out = *v;
        return {};
    }

    // No output may overwrite an input or another output: each pair names two files.
    Status checkDistinct(const QList<const QCommandLineOption *> &options) const
    {
        for (qsizetype i = 0; i < options.size(); ++i) {
            for (qsizetype j = i + 1; j < options.size(); ++j) {
                if (isSet(*options[i]) && isSet(*options[j]) &&
                    fileOf(value(*options[i])) == fileOf(value(*options[j])))
                    return Error{u"--%1 and --%2 name the same file, \"%3\""_s.arg(
                        options[i]->names().first(), options[j]->names().first(),
                        shown(value(*options[j])))};
            }
        }
        return {};
    }

    // The image options given, their paths checked; and whether this build can write them.
    Status readImages(bool canGantt, bool canChart, const QCommandLineOption &ganttOpt,
                      const QCommandLineOption &chartOpt, CommandLine::Outputs &out) const
    {
        const std::pair<const QCommandLineOption *, bool> images[] = {{&ganttOpt, canGantt},
                                                                      {&chartOpt, canChart}};
        for (const auto &[o, available] : images) {
            if (!isSet(*o))
                continue;
            if (!available)
                return Error{u"--%1 is not available in this build"_s.arg(o->names().first())};
            if (const Status checked = checkImagePath(o->names().first(), value(*o)); !checked)
                return checked;
        }
        out.gantt = isSet(ganttOpt) ? value(ganttOpt) : QString();
        out.chart = isSet(chartOpt) ? value(chartOpt) : QString();
        return {};
    }

private:
    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options;
};

// The options "run" and "compare" share, and what they ask for.
struct RunOptions
{
    QCommandLineOption queue{u"queue"_s, {}, u"list"_s};
    QCommandLineOption queueFile{u"queue-file"_s, {}, u"file"_s};
    QCommandLineOption tasks{u"tasks"_s, {}, u"n"_s};
    QCommandLineOption unit{u"unit-ms"_s, {}, u"ms"_s};
    QCommandLineOption timeout{u"timeout-ms"_s, {}, u"ms"_s};
    QCommandLineOption switchInterval{u"switch-interval"_s, {}, u"ms"_s};
    QCommandLineOption gantt{u"gantt"_s, {}, u"file"_s};
    QCommandLineOption chart{u"chart"_s, {}, u"file"_s};

    QList<QCommandLineOption> all() const
    {
        return {queue, queueFile, tasks, unit, timeout, switchInterval, gantt, chart};
    }

    // The queue (when one is given), tasks, unit and timeout.
    Status read(const Options &p, WorkKind numericKind, std::optional<WorkQueue> &queueOut,
                int &tasksOut, RunSettings &settings) const
    {
        if (p.isSet(queue) && p.isSet(queueFile))
            return Error{u"give either --queue or --queue-file, not both"_s};
        if (p.isSet(queue) || p.isSet(queueFile)) {
            const Result<WorkQueue> parsed = p.isSet(queue)
                                                 ? parseQueueList(p.value(queue), numericKind)
                                                 : loadQueueFile(p.value(queueFile));
            if (!parsed)
                return Error{p.isSet(queue) ? u"--queue: "_s + parsed.error() : parsed.error()};
            queueOut = *parsed;
            tasksOut = parsed->tasks;
        }
        for (const Status &read :
             {p.readInt(tasks, 1, Limits::maxTasks, &tasksOut),
              p.readInt(unit, Limits::minUnitMs, Limits::maxUnitMs, &settings.unitMs),
              p.readInt(timeout, 1, Limits::maxTimeoutMs, &settings.timeoutMs),
              p.readInt(switchInterval, 1, Limits::maxSwitchIntervalMs,
                        &settings.switchIntervalMs)}) {
            if (!read)
                return read;
        }
        if (queueOut)
            queueOut->tasks = tasksOut;
        return {};
    }
};

// tasklanes run parent-<model> [--household <file>] [--interval] [--step] [--fix] ...
// The options of a parent's day.
struct DayRunOptions
{
    QCommandLineOption household{u"household"_s, {}, u"file"_s};
    QCommandLineOption interval{u"interval"_s, {}, u"units"_s};
    QCommandLineOption step{u"step"_s, {}, u"units"_s};
    QCommandLineOption fix{u"fix"_s};
    QCommandLineOption unit{u"unit-ms"_s, {}, u"ms"_s};
    QCommandLineOption trace{u"trace"_s, {}, u"file"_s};
    QCommandLineOption quiet{u"quiet"_s};
    QCommandLineOption gantt{u"gantt"_s, {}, u"file"_s};
    QCommandLineOption chart{u"chart"_s, {}, u"file"_s};

    QList<QCommandLineOption> all() const
    {
        return {household, interval, step, fix, unit, trace, quiet, gantt, chart};
    }
};

// The variant `run` names: its first word that is neither an option nor an option's value,
// under run's options and the day's together (so `--trace parent-sync` names a file).
QString runVariant(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList names;
    for (const QCommandLineOption &option : RunOptions().all() + DayRunOptions().all()) {
        if (names.contains(option.names().first()))
            continue; // (Qt warns of a name added twice)
        names.append(option.names().first());
        p.addOption(option);
    }
    p.parse(arguments);
    return p.positionalArguments().value(0);
}

Result<CommandLine::Command> parseDay(const QStringList &arguments, Home::Parent parent,
                                      const ExportHooks &hooks)
{
    const DayRunOptions o;
    const QCommandLineOption &householdOpt = o.household, &intervalOpt = o.interval,
                             &stepOpt = o.step, &fixOpt = o.fix, &unitOpt = o.unit,
                             &traceOpt = o.trace, &quietOpt = o.quiet, &ganttOpt = o.gantt,
                             &chartOpt = o.chart;
    Options p(o.all());
    if (const Status parsed = p.parse(arguments, 1); !parsed)
        return Error{parsed.error()};
    const QString id = Home::parentId(parent);
    const std::pair<const QCommandLineOption *, Home::Parent> owners[] = {
        {&intervalOpt, Home::Parent::Polling},
        {&stepOpt, Home::Parent::Async},
        {&fixOpt, Home::Parent::Threads}};
    for (const auto &[option, owner] : owners)
        if (p.isSet(*option) && owner != parent)
            return Error{u"--%1 is for %2, not %3"_s.arg(option->names().first(),
                                                         Home::parentId(owner), id)};
    CommandLine::DayRun run;
    run.options.parent = parent;
    if (const Status images = p.readImages(bool(hooks.dayGantt), bool(hooks.dayChart), ganttOpt,
                                           chartOpt, run.outputs);
        !images)
        return Error{images.error()};
    if (p.isSet(householdOpt)) {
        Result<Home::Household> loaded = Home::loadHouseholdFile(p.value(householdOpt));
        if (!loaded)
            return Error{loaded.error()};
        run.household = *loaded;
    }
    for (const auto &[option, into] :
         {std::pair{&intervalOpt, &run.options.interval}, std::pair{&stepOpt, &run.options.step}}) {
        if (!p.isSet(*option))
            continue;
        bool ok = false;
        const double v = p.value(*option).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return Error{u"--%1: \"%2\" is not a number of units"_s.arg(option->names().first(),
                                                                        shown(p.value(*option)))};
        *into = v;
    }
    run.options.fix = p.isSet(fixOpt);
    if (const Status read =
            p.readInt(unitOpt, Limits::minUnitMs, Limits::maxUnitMs, &run.options.unitMs);
        !read)
        return Error{read.error()};
    if (const Status fits = Home::checkOptions(run.household, run.options); !fits)
        return Error{fits.error()};
    if (p.isSet(traceOpt)) {
        if (const Status checked = checkOutput(u"trace"_s, p.value(traceOpt)); !checked)
            return Error{checked.error()};
        run.outputs.trace = p.value(traceOpt);
    }
    if (const Status distinct = p.checkDistinct({&householdOpt, &traceOpt, &ganttOpt, &chartOpt});
        !distinct)
        return Error{distinct.error()};
    run.quiet = p.isSet(quietOpt);
    return CommandLine::Command(run);
}

Result<CommandLine::Command> parseRun(const QStringList &arguments, const ExportHooks &hooks)
{
    const RunOptions options;
    const QCommandLineOption traceOpt(u"trace"_s, {}, u"file"_s);
    const QCommandLineOption quietOpt(u"quiet"_s);
    Options p(options.all() + QList{traceOpt, quietOpt});
    if (const Status parsed = p.parse(arguments, 1); !parsed)
        return Error{parsed.error()};
    if (p.positional().isEmpty())
        return Error{u"run needs a variant (see 'tasklanes list')"_s};
    CommandLine::Run run;
    run.model = findModel(p.positional().first());
    if (!run.model)
        return Error{
            u"unknown variant '%1' (see 'tasklanes list')"_s.arg(shown(p.positional().first()))};
    if (const Status read =
            options.read(p, run.model->naturalKind, run.queue, run.tasks, run.settings);
        !read)
        return Error{read.error()};
    if (const Status images = p.readImages(bool(hooks.gantt), bool(hooks.chart), options.gantt,
                                           options.chart, run.outputs);
        !images)
        return Error{images.error()};
    if (p.isSet(traceOpt)) {
        if (const Status checked = checkOutput(u"trace"_s, p.value(traceOpt)); !checked)
            return Error{checked.error()};
        run.outputs.trace = p.value(traceOpt);
    }
    if (const Status distinct =
            p.checkDistinct({&options.queueFile, &traceOpt, &options.gantt, &options.chart});
        !distinct)
        return Error{distinct.error()};
    run.quiet = p.isSet(quietOpt);
    return CommandLine::Command(run);
}

Result<CommandLine::Command> parseCompare(const QStringList &arguments, const ExportHooks &hooks)
{
    const RunOptions options;
    Options p(options.all());
    if (const Status parsed = p.parse(arguments, 0); !parsed)
        return Error{parsed.error()};
    CommandLine::Compare compare;
    std::optional<WorkQueue> queue;
    int tasks = WorkQueue().tasks;
    if (const Status read = options.read(p, WorkKind::Sleep, queue, tasks, compare.settings); !read)
        return Error{read.error()};
    compare.queue = queue.value_or(WorkQueue{tutorialItems(WorkKind::Sleep), tasks});
    compare.numbers = p.isSet(options.queueFile) ? Numbers::AsGiven : Numbers::AsTheModelsNatural;
    if (const Status images = p.readImages(bool(hooks.compareGantt), bool(hooks.compareChart),
                                           options.gantt, options.chart, compare.outputs);
        !images)
        return Error{images.error()};
    if (const Status distinct =
            p.checkDistinct({&options.queueFile, &options.gantt, &options.chart});
        !distinct)
        return Error{distinct.error()};
    return CommandLine::Command(compare);
}

Result<CommandLine::Command> parseExport(const QStringList &arguments, const ExportHooks &hooks)
{
    const QCommandLineOption gantt(u"gantt"_s, {}, u"file"_s);
    const QCommandLineOption chart(u"chart"_s, {}, u"file"_s);
    Options p({gantt, chart});
    if (const Status parsed = p.parse(arguments, 1); !parsed)
        return Error{parsed.error()};
    if (p.positional().isEmpty())
        return Error{u"export needs a trace file (one that --trace wrote)"_s};
    if (!p.isSet(gantt) && !p.isSet(chart))
        return Error{u"export needs --gantt <file> or --chart <file>"_s};
    CommandLine::Export exported;
    exported.trace = p.positional().first();
    if (const Status images =
            p.readImages(bool(hooks.gantt), bool(hooks.chart), gantt, chart, exported.outputs);
        !images)
        return Error{images.error()};
    if (const Status distinct = p.checkDistinct({&gantt, &chart}); !distinct)
        return Error{distinct.error()};
    for (const QCommandLineOption *o : {&gantt, &chart}) {
        if (p.isSet(*o) && fileOf(p.value(*o)) == fileOf(exported.trace))
            return Error{u"--%1 would overwrite the trace it draws"_s.arg(o->names().first())};
    }
    return CommandLine::Command(exported);
}

Result<CommandLine::Command> parseServe(const QStringList &arguments)
{
    const QCommandLineOption portOpt(u"port"_s, {}, u"n"_s);
    const QCommandLineOption unitOpt(u"unit-ms"_s, {}, u"ms"_s);
    Options p({portOpt, unitOpt});
    if (const Status parsed = p.parse(arguments, 0); !parsed)
        return Error{parsed.error()};
    CommandLine::Serve serve;
    if (p.isSet(portOpt)) {
        const auto port = parseBoundedInt(p.value(portOpt), 1, 65535);
        if (!port)
            return Error{u"--port: \"%1\" is not a port number from 1 to 65535"_s.arg(
                shown(p.value(portOpt)))};
        serve.port = quint16(*port);
    }
    if (const Status read = p.readInt(unitOpt, Limits::minUnitMs, Limits::maxUnitMs, &serve.unitMs);
        !read)
        return Error{read.error()};
    return CommandLine::Command(serve);
}

// tasklanes scenario <preset-id|file.json> [--model threads|async] [--unit-ms] [--trace]
Result<CommandLine::Command> parseScenario(const QStringList &arguments, const ExportHooks &hooks)
{
    const QCommandLineOption modelOpt(u"model"_s, {}, u"model"_s);
    const QCommandLineOption unitOpt(u"unit-ms"_s, {}, u"ms"_s);
    const QCommandLineOption timeoutOpt(u"timeout-ms"_s, {}, u"ms"_s);
    const QCommandLineOption traceOpt(u"trace"_s, {}, u"file"_s);
    const QCommandLineOption ganttOpt(u"gantt"_s, {}, u"file"_s);
    const QCommandLineOption chartOpt(u"chart"_s, {}, u"file"_s);
    const QCommandLineOption quietOpt(u"quiet"_s);
    const QCommandLineOption fileOpt(u"scenario"_s, {}, u"file"_s); // SPEC 7's --scenario
    Options p({modelOpt, unitOpt, timeoutOpt, traceOpt, ganttOpt, chartOpt, quietOpt, fileOpt});
    if (const Status parsed = p.parse(arguments, 1); !parsed)
        return Error{parsed.error()};
    if (p.isSet(fileOpt) && !p.positional().isEmpty())
        return Error{u"give a preset or --scenario <file>, not both"_s};
    if (p.positional().isEmpty() && !p.isSet(fileOpt))
        return Error{u"scenario needs a preset or a scenario file (see 'tasklanes scenarios')"_s};
    CommandLine::ScenarioRun run;
    if (const Status images = p.readImages(bool(hooks.scenarioGantt), bool(hooks.scenarioChart),
                                           ganttOpt, chartOpt, run.outputs);
        !images)
        return Error{images.error()};
    const QString source = p.isSet(fileOpt) ? p.value(fileOpt) : p.positional().first();
    const Scenarios::ScenarioPreset *preset =
        p.isSet(fileOpt) ? nullptr : Scenarios::findScenarioPreset(source);
    if (preset) {
        run.scenario = std::make_shared<const Scenarios::Scenario>(preset->scenario);
    } else if (p.isSet(fileOpt) || source.endsWith(".json"_L1) || source.contains(u'/') ||
               QFileInfo::exists(source)) {
        Result<Scenarios::Scenario> loaded = Scenarios::loadScenarioFile(source);
        if (!loaded)
            return Error{loaded.error()};
        run.scenario = std::make_shared<const Scenarios::Scenario>(std::move(*loaded));
    } else {
        return Error{u"no scenario preset is called '%1' (see 'tasklanes scenarios'); a "
                     "scenario file's name ends in .json"_s.arg(shown(source))};
    }
    if (p.isSet(modelOpt)) {
        const auto backend = Scenarios::backendFromName(p.value(modelOpt));
        if (!backend)
            return Error{
                u"--model: \"%1\" is not threads or async"_s.arg(shown(p.value(modelOpt)))};
        run.backend = *backend;
    }
    if (const Status fits = Scenarios::checkBackend(*run.scenario, run.backend); !fits)
        return Error{shown(source) + u": "_s + fits.error()};
    for (const Status &read :
         {p.readInt(unitOpt, Limits::minUnitMs, Limits::maxUnitMs, &run.unitMs),
          p.readInt(timeoutOpt, 1, Limits::maxTimeoutMs, &run.timeoutMs)})
        if (!read)
            return Error{read.error()};
    if (p.isSet(traceOpt)) {
        if (const Status checked = checkOutput(u"trace"_s, p.value(traceOpt)); !checked)
            return Error{checked.error()};
        run.outputs.trace = p.value(traceOpt);
    }
    for (const QString &output : {run.outputs.trace, run.outputs.gantt, run.outputs.chart})
        if (!output.isEmpty() && fileOf(output) == fileOf(source))
            return Error{u"an output names the scenario file itself, \"%1\""_s.arg(shown(source))};
    if (const Status distinct = p.checkDistinct({&traceOpt, &ganttOpt, &chartOpt}); !distinct)
        return Error{distinct.error()};
    run.quiet = p.isSet(quietOpt);
    return CommandLine::Command(run);
}

// --- Carrying it out ----------------------------------------------------------------

int listVariants()
{
    for (const Model *m : models())
        writeOut(m->id + u'\t' + m->translatedTitle() + u'\n');
    std::fflush(stdout);
    return 0;
}

int listScenarios()
{
    for (const Scenarios::ScenarioPreset &preset : Scenarios::scenarioPresets())
        writeOut(preset.id + u'\t' + preset.translatedTitle() + u'\n');
    std::fflush(stdout);
    return 0;
}

// Runs a scenario, printing its lines as they happen, then its values and its deadlock;
// 0 every step ran, 1 a step failed, 3 a deadlock or a stall.
int executeScenario(const CommandLine::ScenarioRun &run, const ExportHooks &hooks)
{
    CancelToken stop;
    const InterruptWatch watch([&stop] { stop.cancel(); });
    Scenarios::RunOptions options;
    options.backend = run.backend;
    options.unitMs = run.unitMs;
    options.timeoutMs = run.timeoutMs;
    options.stop = &stop;
    const bool quiet = run.quiet;
    // Lines come from the tasks' threads, with the run's lock held: they are gathered and
    // written out every 10 ms, as the run command's are.
    QMutex pendingMutex;
    QByteArray pending;
    options.onLine = [&](const Scenarios::ScenarioTrace::Data &data,
                         const Scenarios::LoggedLine &line) {
        if (quiet && line.what != Scenarios::LineWhat::Failed)
            return;
        const QString text = Scenarios::lineText(data, line) + u'\n';
        const QMutexLocker locked(&pendingMutex);
        pending += text.toUtf8();
    };
    const auto flush = [&] {
        QByteArray bytes;
        {
            const QMutexLocker locked(&pendingMutex);
            bytes.swap(pending);
        }
        if (bytes.isEmpty())
            return;
        std::FILE *to = quiet ? stderr : stdout;
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
        std::fflush(to);
    };
    QTimer flusher;
    QObject::connect(&flusher, &QTimer::timeout, flush);
    flusher.start(10);
    const Scenarios::ScenarioTrace trace = Scenarios::runScenario(*run.scenario, options);
    flusher.stop();
    flush();
    const auto &data = trace.data();
    QString end;
    for (const Scenarios::ValueResult &value : data.values)
        end += trace.valueText(value) + u'\n';
    const bool stuck =
        data.outcome == Scenarios::Outcome::Deadlock || data.outcome == Scenarios::Outcome::Stall;
    if (stuck)
        end += trace.stuckText() + u'\n';
    if (!quiet)
        writeOut(end);
    else if (stuck)
        writeErr(trace.stuckText() + u'\n');
    std::fflush(stdout);
    if (!run.outputs.trace.isEmpty()) {
        if (const Status written = Scenarios::writeScenarioTrace(trace, run.outputs.trace);
            !written)
            return sayError(written.error());
    }
    if (interruptedBy())
        return reportInterrupt(run.outputs.trace); // no images: the user asked to stop
    if (!run.outputs.gantt.isEmpty())
        if (const Status written = hooks.scenarioGantt(trace, run.outputs.gantt); !written)
            return sayError(written.error());
    if (!run.outputs.chart.isEmpty())
        if (const Status written = hooks.scenarioChart(trace, run.outputs.chart); !written)
            return sayError(written.error());
    switch (data.outcome) {
    case Scenarios::Outcome::Finished:
        return 0;
    case Scenarios::Outcome::StepFailed:
        return 1;
    case Scenarios::Outcome::Deadlock:
    case Scenarios::Outcome::Stall:
        return 3;
    case Scenarios::Outcome::Stopped:
        return 130;
    }
    return 1;
}

// The parent's day, on a thread of its own (the synchronous parent blocks the thread it
// runs on): its lines as they happen, then the figures; 0, 3 when the clones deadlocked.
int executeDay(const CommandLine::DayRun &run, const ExportHooks &hooks)
{
    CancelToken stop;
    const InterruptWatch watch([&stop] { stop.cancel(); });
    QMutex pendingMutex;
    QByteArray pending;
    Home::DayRun day;
    day.options = run.options;
    day.stop = &stop;
    if (!run.quiet)
        day.onLine = [&](const QString &line) {
            const QMutexLocker locked(&pendingMutex);
            pending += (line + u'\n').toUtf8();
        };
    const auto flush = [&] {
        QByteArray bytes;
        {
            const QMutexLocker locked(&pendingMutex);
            bytes.swap(pending);
        }
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    };
    Home::DayTrace trace;
    QEventLoop loop;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { trace = Home::runDay(run.household, day); }));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer flusher;
    QObject::connect(&flusher, &QTimer::timeout, flush);
    flusher.start(10);
    thread->start();
    loop.exec();
    thread->wait();
    flusher.stop();
    flush();
    const auto &d = trace.data();
    QStringList end;
    if (!d.checkbookText.isEmpty())
        end << d.checkbookText;
    if (!d.deadlockText.isEmpty())
        end << d.deadlockText;
    end << Home::figureLines(trace);
    if (!run.quiet)
        writeOut(end.join(u'\n') + u'\n');
    else if (!d.deadlockText.isEmpty())
        writeErr(d.deadlockText + u'\n');
    std::fflush(stdout);
    if (!run.outputs.trace.isEmpty())
        if (const Status written = Home::writeDayTrace(trace, run.outputs.trace); !written)
            return sayError(written.error());
    if (interruptedBy())
        return reportInterrupt(run.outputs.trace); // no images: the user asked to stop
    if (!run.outputs.gantt.isEmpty())
        if (const Status written = hooks.dayGantt(trace, run.outputs.gantt); !written)
            return sayError(written.error());
    if (!run.outputs.chart.isEmpty())
        if (const Status written = hooks.dayChart(trace, run.outputs.chart); !written)
            return sayError(written.error());
    return d.deadlocks > 0 ? 3 : 0;
}

// Runs planned runs to their end, one after the other, printing the tutorial's lines as
// they come when asked and calling each for every run that ends; Ctrl+C (or SIGTERM)
// stops them. The traces of the runs that ended, or why the first could not start.
Result<QList<Trace>> execute(const QList<PlannedRun> &runs, bool printLines,
                             const std::function<void(const Trace &)> &each = {})
{
    Engine engine;
    engine.setBatchInterval(10);
    RunSequence sequence(engine);
    QEventLoop loop;
    // Nothing the command line does not print is formatted, and no span is copied for a
    // live view it does not have.
    engine.setLineTexts(printLines ? LineTexts::Utf8 : LineTexts::None);
    engine.setLiveSpans(false);
    QObject::connect(&engine, &Engine::outputText, &loop, [](const QByteArray &text) {
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        std::fflush(stdout);
    });
    QObject::connect(&sequence, &RunSequence::runFinished, &loop, [&each](const Trace &t) {
        if (each)
            each(t);
    });
    QString laterError;
    QObject::connect(&sequence, &RunSequence::runFailed, &loop,
                     [&laterError](const QString &e) { laterError = e; });
    QObject::connect(&sequence, &RunSequence::finished, &loop, &QEventLoop::quit);
    const Status started = sequence.start(runs);
    if (!started)
        return Error{started.error()};
    {
        const InterruptWatch watch([&sequence] { sequence.stop(); });
        loop.exec();
    }
    if (!laterError.isEmpty())
        return Error{laterError};
    return sequence.traces();
}

// Names each failed item on stderr; 1 when there was one, else 0.
int reportFailures(const Trace &trace, bool nameVariant)
{
    int status = 0;
    for (const Trace::ItemExtent &e : trace.itemExtents()) {
        if (e.failed && !trace.cancelled()) {
            sayError(u"%1queue item %2 (%3) failed: %4"_s
                         .arg(nameVariant ? trace.variantId() + u": "_s : QString())
                         .arg(e.item + 1)
                         .arg(shown(trace.items().at(e.item).valueText()), trace.errorFor(e.item)));
            status = 1;
        }
    }
    return status;
}

// Writes the images asked for, in order.
template <typename What, typename Hook>
Status writeImages(const CommandLine::Outputs &outputs, const Hook &gantt, const Hook &chart,
                   const What &what)
{
    const std::pair<const QString *, const Hook *> images[] = {{&outputs.gantt, &gantt},
                                                               {&outputs.chart, &chart}};
    for (const auto &[path, hook] : images) {
        if (path->isEmpty())
            continue;
        if (const Status written = (*hook)(what, *path); !written)
            return written;
    }
    return {};
}

int executeRun(const CommandLine::Run &run, const ExportHooks &hooks)
{
    const Result<WorkQueue> queue =
        run.queue ? Result<WorkQueue>(*run.queue) : RunPlanner::defaultQueue(*run.model, run.tasks);
    if (!queue) // the demo server for the default pages could not start: not bad input
        return sayError(queue.error(), 1);
    const Result<PlannedRun> planned =
        RunPlanner::plan(*run.model, *queue, run.settings, Numbers::AsGiven);
    if (!planned)
        return sayError(planned.error());
    if (run.model->startsManyProcesses(queue->tasks)) {
        const QString note = u"note: %1 worker processes for %2 cores: each costs a process "
                             "start and its memory, and no more than %2 can compute at a "
                             "time\n"_s.arg(queue->tasks)
                                 .arg(idealCores());
        writeErr(note);
    }
    const Result<QList<Trace>> ran = execute({*planned}, !run.quiet);
    // The input was checked when the run was planned: what is left is the system's
    // refusal (no thread for the engine), a failure of the run, not of its input.
    if (!ran || ran->isEmpty())
        return sayError(ran ? u"the run did not start"_s : ran.error(), 1);
    const Trace &trace = ran->first();
    const int status = reportFailures(trace, false);
    for (const RunNote &note : trace.notes())
        writeErr(u"note: "_s + note.english() + u'\n');
    if (!run.outputs.trace.isEmpty()) {
        if (const Status written = writeTrace(trace, run.outputs.trace); !written)
            return sayError(written.error());
    }
    if (interruptedBy())
        return reportInterrupt(run.outputs.trace); // no images: the user asked to stop
    if (const Status written = writeImages(run.outputs, hooks.gantt, hooks.chart, trace); !written)
        return sayError(written.error());
    if (interruptedBy())
        return reportInterrupt(run.outputs.trace);
    return trace.cancelled() ? 130 : status;
}

// Runs every variant that can take the queue, one after the other, and prints each total
// beside its ideal; --chart and --gantt export the comparison.
int executeCompare(const CommandLine::Compare &compare, const ExportHooks &hooks)
{
    const Result<PlannedComparison> planned =
        RunPlanner::planAll(compare.queue, compare.settings, compare.numbers);
    if (!planned)
        return sayError(planned.error());
    const int unitMs = compare.settings.unitMs;
    // Plain numbers: each column says what they became, and a comparison that counted
    // them under some models and slept them under others says that it compares unlike work.
    QHash<QString, QString> became;
    QStringList counted;
    for (const PlannedRun &r : planned->runs) {
        if (!r.numbersBecame)
            continue;
        const bool counts = isCpuWork(*r.numbersBecame);
        became.insert(r.request.model->id, counts ? u"counted"_s : u"slept"_s);
        if (counts)
            counted.append(r.request.model->id);
    }
    if (!counted.isEmpty() && counted.size() < became.size())
        writeErr(u"note: the plain numbers are counted (CPU work) by %1 and slept (waiting) by "
                 "the others, so this compares unlike work; a queue file (--queue-file) names "
                 "each item's kind and every variant runs the same items\n"_s.arg(
                     counted.join(u", "_s)));
    const bool numbersColumn = !became.isEmpty();
    writeOut(u"%1  %2  %3%4\n"_s.arg(u"variant"_s, -22)
                 .arg(u"total"_s, 9)
                 .arg(u"ideal"_s, 9)
                 .arg(numbersColumn ? u"  numbers"_s : QString()));
    int status = 0;
    const Result<QList<Trace>> ran = execute(planned->runs, false, [&](const Trace &t) {
        writeOut(u"%1  %2  %3%4\n"_s.arg(t.variantId(), -22)
                     .arg(t.totalMs() / unitMs, 9, 'f', 2)
                     .arg(t.idealMs() / unitMs, 9, 'f', 2)
                     .arg(numbersColumn ? u"  "_s + became.value(t.variantId()) : QString()));
        std::fflush(stdout);
        status = std::max(status, reportFailures(t, true));
        for (const RunNote &note : t.notes())
            writeErr(u"note: %1: %2\n"_s.arg(t.variantId(), note.english()));
    });
    if (!ran)
        return sayError(ran.error(), 1); // as for run: the system's refusal
    writeOut(u"(units of %1 ms, %2 tasks)\n"_s.arg(unitMs).arg(compare.queue.tasks));
    std::fflush(stdout);
    if (interruptedBy())
        return reportInterrupt({});
    if (const Status written =
            writeImages(compare.outputs, hooks.compareGantt, hooks.compareChart, *ran);
        !written)
        return sayError(written.error());
    if (interruptedBy())
        return reportInterrupt({});
    return !ran->isEmpty() && ran->last().cancelled() ? 130 : status;
}

// Draws a saved trace without running anything: a shared run exported again.
int executeExport(const CommandLine::Export &exported, const ExportHooks &hooks)
{
    const Result<Trace> trace = loadChromeTrace(exported.trace);
    if (!trace)
        return sayError(trace.error());
    if (const Status written = writeImages(exported.outputs, hooks.gantt, hooks.chart, *trace);
        !written)
        return sayError(written.error());
    return 0;
}

int executeServe(const CommandLine::Serve &serve)
{
    DemoServer server;
    server.setUnitMs(serve.unitMs);
    if (const Result<quint16> listening = server.listen(serve.port); !listening)
        return sayError(listening.error(), 1);
    writeOut(
        u"TaskLanes demo server on http://127.0.0.1:%1/ (Ctrl+C to stop)\n"_s.arg(server.port()));
    std::fflush(stdout);
    QEventLoop loop;
    const InterruptWatch watch([&loop] { loop.quit(); });
    loop.exec();
    return 0;
}

} // namespace

namespace CommandLine {

Result<Command> parse(const QStringList &arguments, const ExportHooks &hooks)
{
    if (arguments.size() < 2)
        return Error{u"no command given (try 'tasklanes --help')"_s};
    const QString command = arguments.at(1);
    const QStringList rest = arguments.mid(1);
    const std::pair<QLatin1StringView, Word> words[] = {
        {"list"_L1, Word::List},        {"scenarios"_L1, Word::Scenarios},
        {"worker"_L1, Word::Worker},    {"--help"_L1, Word::Help},
        {"-h"_L1, Word::Help},          {"help"_L1, Word::Help},
        {"--version"_L1, Word::Version}};
    for (const auto &[name, word] : words) {
        if (command != name)
            continue;
        if (arguments.size() > 2)
            return Error{u"%1 takes no arguments"_s.arg(command)};
        return Command(word);
    }
    if (command == "run"_L1) {
        if (const auto parent = Home::parentFromId(runVariant(rest)))
            return parseDay(rest, *parent, hooks);
        return parseRun(rest, hooks);
    }
    if (command == "compare"_L1)
        return parseCompare(rest, hooks);
    if (command == "export"_L1)
        return parseExport(rest, hooks);
    if (command == "serve"_L1)
        return parseServe(rest);
    if (command == "scenario"_L1)
        return parseScenario(rest, hooks);
    return Error{u"unknown command '%1' (try 'tasklanes --help')"_s.arg(shown(command))};
}

} // namespace CommandLine

QString usage()
{
    return u"Usage:\n"
           "  tasklanes                         open the desktop app\n"
           "  tasklanes list                    one line per variant: <id><TAB><title>\n"
           "  tasklanes run <variant> [options] run one variant; print the tutorial's lines\n"
           "      --queue <v1,v2,...>           work items (numbers, or URLs; default 15,10,5,2)\n"
           "      --queue-file <file.json>      a saved work queue\n"
           "      --tasks <n>                   number of tasks (default 2, at most 1000)\n"
           "      --unit-ms <ms>                real length of one unit (default 1000)\n"
           "      --timeout-ms <ms>             give up on a page after this long (default 30000)\n"
           "      --trace <file.json>           write the run as a Chrome Trace Event file\n"
           "      --gantt <file.png|svg|pdf>    export the Gantt timeline\n"
           "      --chart <file.png|svg|pdf>    export the elapsed-time chart\n"
           "      --quiet                       no tutorial lines on stdout\n"
           "      --switch-interval <ms>        threads-gil: how long a thread may keep a wanted\n"
           "                                    GIL (default 5, as sys.setswitchinterval)\n"
           "  tasklanes compare [options]       run every variant that can take the queue; print\n"
           "                                    each total beside its ideal (plain numbers become\n"
           "                                    each variant's own kind; a queue file's items run\n"
           "                                    as they are under every variant)\n"
           "      --queue, --queue-file, --tasks, --unit-ms, --timeout-ms, --switch-interval\n"
           "                                    as for run\n"
           "      --gantt <file>                the timelines stacked on one time axis\n"
           "      --chart <file>                the totals against the ideal\n"
           "  tasklanes export <trace.json> [options]\n"
           "                                    draw a saved trace without running anything\n"
           "      --gantt <file.png|svg|pdf>    its Gantt timeline\n"
           "      --chart <file.png|svg|pdf>    its elapsed-time chart\n"
           "  tasklanes scenarios               one line per scenario preset: <id><TAB><title>\n"
           "  tasklanes scenario <preset|file.json> [options]   (or --scenario <file.json>)\n"
           "                                    run a scenario: each task its own steps over\n"
           "                                    shared locks, semaphores, events, conditions,\n"
           "                                    barriers, queues and values\n"
           "      --model threads|async         OS threads (default) or one asyncio event loop\n"
           "      --unit-ms <ms>, --timeout-ms <ms>, --quiet   as for run\n"
           "      --trace <file.json>           the run with its waits and hand-offs (flows)\n"
           "      --gantt <file.png|svg|pdf>    its timeline: tasks, resources, hand-off arrows\n"
           "      --chart <file.png|svg|pdf>    where each task's time went\n"
           "  tasklanes run parent-sync|parent-polling|parent-threads|parent-async [options]\n"
           "                                    the parent's day: the tutorial's thought\n"
           "                                    experiments, measured\n"
           "      --household <file.json>       the household (default: checkbook 20, washer 30,\n"
           "                                    dryer 40, handling 2, kids 5,17,33, attention 1)\n"
           "      --interval <units>            parent-polling: look every so often (default 5)\n"
           "      --step <units>                parent-async: work between awaits (default\n"
           "                                    0.25; 0: work that never awaits)\n"
           "      --fix                         parent-threads: one lock order, a checkbook lock\n"
           "      --unit-ms <ms>, --trace <file.json>, --quiet   as for run\n"
           "      --gantt <file.png|svg|pdf>    the day's timeline: parent, machines, kids, calls\n"
           "      --chart <file.png|svg|pdf>    its figures: latency, chores done, looks\n"
           "  tasklanes serve [options]         run the demo HTTP server on 127.0.0.1\n"
           "      --port <n>                    its port (default 8080)\n"
           "      --unit-ms <ms>                the length of one unit for its /page routes\n"
           "\n"
           "Exit status: 0 ok, 1 some item (or step) failed, 2 bad usage or input, 3 a scenario\n"
           "(or the parent's clones) deadlocked or stalled, 130 Ctrl+C, 143 SIGTERM.\n"_s;
}

bool wantsImageExport(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        if (a == "--gantt"_L1 || a == "--chart"_L1 || a.startsWith("--gantt="_L1) ||
            a.startsWith("--chart="_L1))
            return true;
    }
    return false;
}

int runCommandLine(const QStringList &arguments, const ExportHooks &hooks)
{
    if (arguments.value(1) != "worker"_L1) // (a worker ends as its parent does)
        catchInterrupts();
    const Result<CommandLine::Command> command = CommandLine::parse(arguments, hooks);
    if (!command)
        return sayError(command.error());
    struct Execute
    {
        const ExportHooks &hooks;
        int operator()(CommandLine::Word word) const
        {
            switch (word) {
            case CommandLine::Word::List:
                return listVariants();
            case CommandLine::Word::Scenarios:
                return listScenarios();
            case CommandLine::Word::Worker: // not for people: the processes model's workers
                return Workers::serve();
            case CommandLine::Word::Help:
                writeOut(usage());
                return 0;
            case CommandLine::Word::Version:
                writeOut(u"tasklanes "_s + QCoreApplication::applicationVersion() + u'\n');
                return 0;
            }
            return 2;
        }
        int operator()(const CommandLine::Run &run) const { return executeRun(run, hooks); }
        int operator()(const CommandLine::Compare &c) const { return executeCompare(c, hooks); }
        int operator()(const CommandLine::Export &e) const { return executeExport(e, hooks); }
        int operator()(const CommandLine::Serve &serve) const { return executeServe(serve); }
        int operator()(const CommandLine::ScenarioRun &run) const
        {
            return executeScenario(run, hooks);
        }
        int operator()(const CommandLine::DayRun &run) const { return executeDay(run, hooks); }
    };
    return std::visit(Execute{hooks}, *command);
}

} // namespace TaskLanes
