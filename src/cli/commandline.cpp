#include "commandline.h"

#include "demoserver/demoserver.h"
#include "engine/workerpool.h"
#include "formats/fileio.h"
#include "formats/queuefile.h"
#include "formats/traceexport.h"
#include "formats/traceimport.h"
#include "models/registry.h"
#include "planning/runsequence.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

std::atomic_bool g_interrupted{false};

void onSignal(int)
{
    g_interrupted.store(true);
}

// Ctrl+C and SIGTERM while a command runs: noticed on the event loop within 50 ms, which
// then calls onInterrupt; the default handlers are back when the watch ends.
class InterruptWatch
{
public:
    explicit InterruptWatch(std::function<void()> onInterrupt)
        : m_onInterrupt(std::move(onInterrupt))
    {
        g_interrupted = false;
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        QObject::connect(&m_poll, &QTimer::timeout, [this] {
            if (g_interrupted)
                m_onInterrupt();
        });
        m_poll.start(50);
    }
    ~InterruptWatch()
    {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }

private:
    std::function<void()> m_onInterrupt;
    QTimer m_poll;
};

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

int usageError(const QString &message)
{
    const QByteArray bytes = (u"tasklanes: "_s + message + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return 2;
}

std::optional<int> parseBoundedInt(const QString &text, int min, int max)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return int(v);
}

int listVariants()
{
    for (const Model *m : models())
        writeOut(m->id + u'\t' + m->translatedTitle() + u'\n');
    std::fflush(stdout);
    return 0;
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
    QObject::connect(&engine, &Engine::outputLines, &loop, [printLines](const QStringList &lines) {
        if (!printLines)
            return;
        for (const QString &line : lines)
            writeOut(line + u'\n');
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
    if (started) {
        const InterruptWatch watch([&sequence] { sequence.stop(); });
        loop.exec();
    }
    if (!started)
        return Error{started.error()};
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
            usageError(
                u"%1queue item %2 (%3) failed: %4"_s
                    .arg(nameVariant ? trace.variantId() + u": "_s : QString())
                    .arg(e.item + 1)
                    .arg(shown(trace.items().at(e.item).valueText()), trace.errorFor(e.item)));
            status = 1;
        }
    }
    return status;
}

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

// No output may overwrite an input or another output: each pair names two files.
Status checkDistinct(const QCommandLineParser &parser,
                     const QList<const QCommandLineOption *> &options)
{
    for (qsizetype i = 0; i < options.size(); ++i) {
        for (qsizetype j = i + 1; j < options.size(); ++j) {
            if (parser.isSet(*options[i]) && parser.isSet(*options[j]) &&
                fileOf(parser.value(*options[i])) == fileOf(parser.value(*options[j])))
                return Error{u"--%1 and --%2 name the same file, \"%3\""_s.arg(
                    options[i]->names().first(), options[j]->names().first(),
                    shown(parser.value(*options[j])))};
        }
    }
    return {};
}

// The options "run" and "compare" share, and what they ask for.
struct RunOptions
{
    QCommandLineOption queue{u"queue"_s, {}, u"list"_s};
    QCommandLineOption queueFile{u"queue-file"_s, {}, u"file"_s};
    QCommandLineOption tasks{u"tasks"_s, {}, u"n"_s};
    QCommandLineOption unit{u"unit-ms"_s, {}, u"ms"_s};
    QCommandLineOption timeout{u"timeout-ms"_s, {}, u"ms"_s};
    QCommandLineOption gantt{u"gantt"_s, {}, u"file"_s};
    QCommandLineOption chart{u"chart"_s, {}, u"file"_s};

    QList<QCommandLineOption> all() const
    {
        return {queue, queueFile, tasks, unit, timeout, gantt, chart};
    }

    // An optional whole number within bounds, into *out when given.
    static Status readInt(const QCommandLineParser &p, const QCommandLineOption &o, int min,
                          int max, int *out)
    {
        if (!p.isSet(o))
            return {};
        const auto v = parseBoundedInt(p.value(o), min, max);
        if (!v)
            return Error{u"--%1: \"%2\" is not a whole number from %3 to %4"_s
                             .arg(o.names().first(), shown(p.value(o)))
                             .arg(min)
                             .arg(max)};
        *out = *v;
        return {};
    }

    struct Asked
    {
        std::optional<WorkQueue> queue; // none: the default queue
        int tasks = WorkQueue().tasks;
        RunSettings settings;
    };

    // The queue (when one is given), tasks, unit and timeout; the image paths checked.
    Result<Asked> read(const QCommandLineParser &p, WorkKind numericKind) const
    {
        for (const QCommandLineOption &o : all()) {
            if (p.values(o).size() > 1)
                return Error{u"--%1 is given more than once"_s.arg(o.names().first())};
        }
        if (p.isSet(queue) && p.isSet(queueFile))
            return Error{u"give either --queue or --queue-file, not both"_s};
        Asked asked;
        if (p.isSet(queue) || p.isSet(queueFile)) {
            const Result<WorkQueue> parsed = p.isSet(queue)
                                                 ? parseQueueList(p.value(queue), numericKind)
                                                 : loadQueueFile(p.value(queueFile));
            if (!parsed)
                return Error{p.isSet(queue) ? u"--queue: "_s + parsed.error() : parsed.error()};
            asked.queue = *parsed;
            asked.tasks = parsed->tasks;
        }
        for (const Status &read :
             {readInt(p, tasks, 1, Limits::maxTasks, &asked.tasks),
              readInt(p, unit, Limits::minUnitMs, Limits::maxUnitMs, &asked.settings.unitMs),
              readInt(p, timeout, 1, Limits::maxTimeoutMs, &asked.settings.timeoutMs)}) {
            if (!read)
                return Error{read.error()};
        }
        for (const QCommandLineOption *o : {&gantt, &chart}) {
            if (!p.isSet(*o))
                continue;
            if (const Status checked = checkImagePath(o->names().first(), p.value(*o)); !checked)
                return Error{checked.error()};
        }
        if (asked.queue)
            asked.queue->tasks = asked.tasks;
        return asked;
    }
};

// Writes what was asked for after the runs, in order.
template <typename Hook, typename What>
Status
exportImages(const QCommandLineParser &parser,
             std::initializer_list<std::pair<const QCommandLineOption *, const Hook *>> images,
             const What &what)
{
    for (const auto &[opt, hook] : images) {
        if (!parser.isSet(*opt))
            continue;
        if (const Status written = (*hook)(what, parser.value(*opt)); !written)
            return written;
    }
    return {};
}

// Whether this build can write every image asked for.
template <typename Hook>
Status
missingHook(const QCommandLineParser &parser,
            std::initializer_list<std::pair<const QCommandLineOption *, const Hook *>> images)
{
    for (const auto &[opt, hook] : images) {
        if (parser.isSet(*opt) && !*hook)
            return Error{u"--%1 is not available in this build"_s.arg(opt->names().first())};
    }
    return {};
}

int runVariant(const QStringList &arguments, const ExportHooks &hooks)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const RunOptions options;
    const QCommandLineOption traceOpt(u"trace"_s, {}, u"file"_s);
    const QCommandLineOption quietOpt(u"quiet"_s);
    parser.addOptions(options.all());
    parser.addOptions({traceOpt, quietOpt});
    if (!parser.parse(arguments))
        return usageError(shown(parser.errorText()));

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(u"run needs a variant (see 'tasklanes list')"_s);
    if (positional.size() > 1)
        return usageError(u"unexpected argument '%1'"_s.arg(shown(positional.at(1))));
    const Model *model = findModel(positional.first());
    if (!model)
        return usageError(
            u"unknown variant '%1' (see 'tasklanes list')"_s.arg(shown(positional.first())));
    if (parser.values(traceOpt).size() > 1)
        return usageError(u"--trace is given more than once"_s);
    const Result<RunOptions::Asked> asked = options.read(parser, model->naturalKind);
    if (!asked)
        return usageError(asked.error());
    if (parser.isSet(traceOpt)) {
        if (const Status checked = checkOutput(u"trace"_s, parser.value(traceOpt)); !checked)
            return usageError(checked.error());
    }
    if (const Status distinct =
            checkDistinct(parser, {&options.queueFile, &traceOpt, &options.gantt, &options.chart});
        !distinct)
        return usageError(distinct.error());
    const auto images = {std::pair{&options.gantt, &hooks.gantt},
                         std::pair{&options.chart, &hooks.chart}};
    if (const Status available = missingHook(parser, images); !available)
        return usageError(available.error());
    const Result<WorkQueue> queue = asked->queue ? Result<WorkQueue>(*asked->queue)
                                                 : RunPlanner::defaultQueue(*model, asked->tasks);
    if (!queue)
        return usageError(queue.error());
    const Result<PlannedRun> planned =
        RunPlanner::plan(*model, *queue, asked->settings, Numbers::AsGiven);
    if (!planned)
        return usageError(planned.error());

    const Result<QList<Trace>> ran = execute({*planned}, !parser.isSet(quietOpt));
    if (!ran || ran->isEmpty())
        return usageError(ran ? u"the run did not start"_s : ran.error());
    const Trace &trace = ran->first();

    const int status = reportFailures(trace, false);
    if (parser.isSet(traceOpt)) {
        if (const Status written = writeChromeTrace(trace, parser.value(traceOpt)); !written)
            return usageError(written.error());
    }
    if (const Status written = exportImages(parser, images, trace); !written)
        return usageError(written.error());
    if (trace.cancelled())
        return 130;
    return status;
}

// Runs every variant that can take the queue, one after the other, and prints each total
// beside its ideal; --chart and --gantt export the comparison.
int compare(const QStringList &arguments, const ExportHooks &hooks)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const RunOptions options;
    parser.addOptions(options.all());
    if (!parser.parse(arguments))
        return usageError(shown(parser.errorText()));
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            u"unexpected argument '%1'"_s.arg(shown(parser.positionalArguments().first())));
    const Result<RunOptions::Asked> asked = options.read(parser, WorkKind::Sleep);
    if (!asked)
        return usageError(asked.error());
    if (const Status distinct =
            checkDistinct(parser, {&options.queueFile, &options.gantt, &options.chart});
        !distinct)
        return usageError(distinct.error());
    const auto images = {std::pair{&options.gantt, &hooks.compareGantt},
                         std::pair{&options.chart, &hooks.compareChart}};
    if (const Status available = missingHook(parser, images); !available)
        return usageError(available.error());
    const WorkQueue queue =
        asked->queue.value_or(WorkQueue{tutorialItems(WorkKind::Sleep), asked->tasks});
    const Result<PlannedComparison> planned = RunPlanner::planAll(queue, asked->settings);
    if (!planned)
        return usageError(planned.error());

    const int unitMs = asked->settings.unitMs;
    writeOut(u"%1  %2  %3\n"_s.arg(u"variant"_s, -22).arg(u"total"_s, 9).arg(u"ideal"_s, 9));
    int status = 0;
    const Result<QList<Trace>> ran = execute(planned->runs, false, [&](const Trace &t) {
        writeOut(u"%1  %2  %3\n"_s.arg(t.variantId(), -22)
                     .arg(t.totalMs() / unitMs, 9, 'f', 2)
                     .arg(t.idealMs() / unitMs, 9, 'f', 2));
        std::fflush(stdout);
        status = std::max(status, reportFailures(t, true));
    });
    if (!ran)
        return usageError(ran.error());
    writeOut(u"(units of %1 ms, %2 tasks)\n"_s.arg(unitMs).arg(queue.tasks));
    if (const Status written = exportImages(parser, images, *ran); !written)
        return usageError(written.error());
    if (!ran->isEmpty() && ran->last().cancelled())
        return 130;
    return status;
}

// Draws a saved trace without running anything: a shared run exported again.
int exportTrace(const QStringList &arguments, const ExportHooks &hooks)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption gantt(u"gantt"_s, {}, u"file"_s);
    const QCommandLineOption chart(u"chart"_s, {}, u"file"_s);
    parser.addOptions({gantt, chart});
    if (!parser.parse(arguments))
        return usageError(shown(parser.errorText()));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(positional.isEmpty()
                              ? u"export needs a trace file (one that --trace wrote)"_s
                              : u"unexpected argument '%1'"_s.arg(shown(positional.at(1))));
    if (!parser.isSet(gantt) && !parser.isSet(chart))
        return usageError(u"export needs --gantt <file> or --chart <file>"_s);
    for (const QCommandLineOption *o : {&gantt, &chart}) {
        if (parser.values(*o).size() > 1)
            return usageError(u"--%1 is given more than once"_s.arg(o->names().first()));
        if (parser.isSet(*o)) {
            if (const Status checked = checkImagePath(o->names().first(), parser.value(*o));
                !checked)
                return usageError(checked.error());
        }
    }
    if (const Status distinct = checkDistinct(parser, {&gantt, &chart}); !distinct)
        return usageError(distinct.error());
    for (const QCommandLineOption *o : {&gantt, &chart}) {
        if (parser.isSet(*o) && fileOf(parser.value(*o)) == fileOf(positional.first()))
            return usageError(u"--%1 would overwrite the trace it draws"_s.arg(o->names().first()));
    }
    const auto images = {std::pair{&gantt, &hooks.gantt}, std::pair{&chart, &hooks.chart}};
    if (const Status available = missingHook(parser, images); !available)
        return usageError(available.error());
    const Result<Trace> trace = loadChromeTrace(positional.first());
    if (!trace)
        return usageError(trace.error());
    if (const Status written = exportImages(parser, images, *trace); !written)
        return usageError(written.error());
    return 0;
}

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption portOpt(u"port"_s, {}, u"n"_s);
    const QCommandLineOption unitOpt(u"unit-ms"_s, {}, u"ms"_s);
    parser.addOptions({portOpt, unitOpt});
    if (!parser.parse(arguments))
        return usageError(shown(parser.errorText()));
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            u"unexpected argument '%1'"_s.arg(shown(parser.positionalArguments().first())));
    int port = defaultDemoPort;
    if (parser.isSet(portOpt)) {
        const auto p = parseBoundedInt(parser.value(portOpt), 1, 65535);
        if (!p)
            return usageError(u"--port: \"%1\" is not a port number from 1 to 65535"_s.arg(
                shown(parser.value(portOpt))));
        port = *p;
    }
    int unitMs = Limits::defaultUnitMs;
    if (const Status read =
            RunOptions::readInt(parser, unitOpt, Limits::minUnitMs, Limits::maxUnitMs, &unitMs);
        !read)
        return usageError(read.error());
    DemoServer server;
    server.setUnitMs(unitMs);
    if (const Result<quint16> listening = server.listen(quint16(port)); !listening) {
        usageError(listening.error());
        return 1;
    }
    writeOut(
        u"TaskLanes demo server on http://127.0.0.1:%1/ (Ctrl+C to stop)\n"_s.arg(server.port()));
    std::fflush(stdout);
    QEventLoop loop;
    const InterruptWatch watch([&loop] { loop.quit(); });
    loop.exec();
    return 0;
}

} // namespace

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
           "  tasklanes compare [options]       run every variant that can take the queue; print\n"
           "                                    each total beside its ideal\n"
           "      --queue, --queue-file, --tasks, --unit-ms, --timeout-ms as for run\n"
           "      --gantt <file>                the timelines stacked on one time axis\n"
           "      --chart <file>                the totals against the ideal\n"
           "  tasklanes export <trace.json> [options]\n"
           "                                    draw a saved trace without running anything\n"
           "      --gantt <file.png|svg|pdf>    its Gantt timeline\n"
           "      --chart <file.png|svg|pdf>    its elapsed-time chart\n"
           "  tasklanes serve [options]         run the demo HTTP server on 127.0.0.1\n"
           "      --port <n>                    its port (default 8080)\n"
           "      --unit-ms <ms>                the length of one unit for its /page routes\n"
           "\n"
           "Exit status: 0 ok, 1 some item failed, 2 bad usage or input, 130 interrupted.\n"_s;
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

bool isWorkerCommand(const QStringList &arguments)
{
    return arguments.size() == 2 && arguments.at(1) == "worker"_L1;
}

int runCommandLine(const QStringList &arguments, const ExportHooks &hooks)
{
    if (arguments.size() < 2)
        return usageError(u"no command given (try 'tasklanes --help')"_s);
    const QString command = arguments.at(1);
    if (command == "list"_L1) {
        if (arguments.size() > 2)
            return usageError(u"list takes no arguments"_s);
        return listVariants();
    }
    if (command == "run"_L1)
        return runVariant(arguments.mid(1), hooks);
    if (command == "serve"_L1)
        return serve(arguments.mid(1));
    if (command == "compare"_L1)
        return compare(arguments.mid(1), hooks);
    if (command == "export"_L1)
        return exportTrace(arguments.mid(1), hooks);
    if (command == "worker"_L1) { // not for people: the processes variant's workers
        if (arguments.size() > 2)
            return usageError(u"worker takes no arguments"_s);
        return Workers::serve();
    }
    if (command == "--help"_L1 || command == "-h"_L1 || command == "help"_L1) {
        writeOut(usage());
        return 0;
    }
    if (command == "--version"_L1) {
        writeOut(u"tasklanes "_s + QCoreApplication::applicationVersion() + u'\n');
        return 0;
    }
    return usageError(u"unknown command '%1' (try 'tasklanes --help')"_s.arg(shown(command)));
}

} // namespace TaskLanes
