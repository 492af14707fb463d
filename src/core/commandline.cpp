#include "commandline.h"

#include "demoserver.h"
#include "engine.h"
#include "parallelvariants.h"
#include "traceexport.h"
#include "variant.h"

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

const QString usage =
    u"Usage:\n"
    "  tasklanes                         open the desktop app\n"
    "  tasklanes list                    list the variants\n"
    "  tasklanes run <variant> [options] run one variant\n"
    "      --queue <v1,v2,...>           work items (numbers, or URLs)\n"
    "      --queue-file <file.json>      a saved work queue\n"
    "      --tasks <n>                   number of tasks (default 2)\n"
    "      --unit-ms <ms>                real length of one unit (default 1000)\n"
    "      --trace <file.json>           write the run as a Chrome Trace Event file\n"
    "      --quiet                       no tutorial lines on stdout\n"_s;

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
    for (const VariantInfo &v : variants())
        writeOut(v.id + u'\t' + v.translatedTitle() + u'\n');
    std::fflush(stdout);
    return 0;
}

// Runs one request to its end on an engine, printing the tutorial's lines as they come
// when asked; Ctrl+C (or SIGTERM) stops it. A null trace when it could not start.
Trace executeRun(const RunRequest &request, bool printLines, QString *startError)
{
    Engine engine;
    engine.setBatchInterval(10);
    QEventLoop loop;
    Trace trace;
    QObject::connect(&engine, &Engine::outputLines, &loop, [printLines](const QStringList &lines) {
        if (!printLines)
            return;
        for (const QString &line : lines)
            writeOut(line + u'\n');
        std::fflush(stdout);
    });
    QObject::connect(&engine, &Engine::finished, &loop, [&](const Trace &t) {
        trace = t;
        loop.quit();
    });
    QObject::connect(&engine, &Engine::failed, &loop, [&](const QString &e) { *startError = e; });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &engine, [&] {
        if (g_interrupted)
            engine.stop();
    });
    interruptPoll.start(50);
    if (engine.start(request))
        loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return trace;
}

// Names each failed item on stderr; 1 when there was one, else 0.
int reportFailures(const Trace &trace, bool nameVariant)
{
    int status = 0;
    for (const Trace::ItemExtent &e : trace.itemExtents()) {
        if (e.failed && !trace.cancelled()) {
            usageError(u"%1queue item %2 (%3) failed: %4"_s
                           .arg(nameVariant ? trace.variantId() + u": "_s : QString())
                           .arg(e.item + 1)
                           .arg(trace.items().at(e.item).valueText(), trace.errorFor(e.item)));
            status = 1;
        }
    }
    return status;
}

// Checked before the run, so that a typo does not cost a whole run.
QString checkImagePath(const QString &option, const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix != "png"_L1 && suffix != "svg"_L1 && suffix != "pdf"_L1)
        return u"--%1: \"%2\" does not end in .png, .svg or .pdf"_s.arg(option, path);
    if (!QFileInfo(info.absolutePath()).isDir())
        return u"--%1: the folder of \"%2\" does not exist"_s.arg(option, path);
    return {};
}

// The options "run" and "compare" share, and how they are read into a request.
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

    // An optional whole number within bounds; an error line naming the value, or empty.
    static QString readInt(const QCommandLineParser &p, const QCommandLineOption &o, int min,
                           int max, int *out)
    {
        if (!p.isSet(o))
            return {};
        const auto v = parseBoundedInt(p.value(o), min, max);
        if (!v)
            return u"--%1: \"%2\" is not a whole number from %3 to %4"_s
                .arg(o.names().first(), p.value(o))
                .arg(min)
                .arg(max);
        *out = *v;
        return {};
    }

    // Fills the request's queue (when one is given; *queueGiven says so), tasks, unit and
    // timeout; checks the image paths. An error line, or empty.
    QString read(const QCommandLineParser &p, WorkKind numericKind, RunRequest &request,
                 bool *queueGiven) const
    {
        for (const QCommandLineOption &o : all()) {
            if (p.values(o).size() > 1)
                return u"--%1 is given more than once"_s.arg(o.names().first());
        }
        if (p.isSet(queue) && p.isSet(queueFile))
            return u"give either --queue or --queue-file, not both"_s;
        *queueGiven = p.isSet(queue) || p.isSet(queueFile);
        if (p.isSet(queue) || p.isSet(queueFile)) {
            const ParseResult parsed = p.isSet(queue) ? parseQueueList(p.value(queue), numericKind)
                                                      : loadQueueFile(p.value(queueFile));
            if (!parsed.queue)
                return p.isSet(queue) ? u"--queue: "_s + parsed.error : parsed.error;
            request.queue = *parsed.queue;
        }
        QString error = readInt(p, tasks, 1, Limits::maxTasks, &request.queue.tasks);
        if (error.isEmpty())
            error = readInt(p, unit, Limits::minUnitMs, Limits::maxUnitMs, &request.unitMs);
        if (error.isEmpty())
            error = readInt(p, timeout, 1, 3'600'000, &request.timeoutMs);
        for (const QCommandLineOption *o : {&gantt, &chart}) {
            if (error.isEmpty() && p.isSet(*o))
                error = checkImagePath(o->names().first(), p.value(*o));
        }
        return error;
    }
};

int runVariant(const QStringList &arguments, const ExportHooks &hooks)
{
    g_interrupted = false;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const RunOptions options;
    const QCommandLineOption traceOpt(u"trace"_s, {}, u"file"_s);
    const QCommandLineOption quietOpt(u"quiet"_s);
    parser.addOptions(options.all());
    parser.addOptions({traceOpt, quietOpt});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(u"run needs a variant (see 'tasklanes list')"_s);
    if (positional.size() > 1)
        return usageError(u"unexpected argument '%1'"_s.arg(positional.at(1)));
    const VariantInfo *variant = findVariant(positional.first());
    if (!variant)
        return usageError(u"unknown variant '%1' (see 'tasklanes list')"_s.arg(positional.first()));
    if (parser.values(traceOpt).size() > 1)
        return usageError(u"--trace is given more than once"_s);

    RunRequest request;
    request.variant = variant->id;
    bool queueGiven = false;
    if (const QString error = options.read(parser, variant->naturalKind, request, &queueGiven);
        !error.isEmpty())
        return usageError(error);
    if (!queueGiven && !variant->demoPages)
        request.queue.items = variant->defaultItems;
    const std::pair<const QCommandLineOption *, const ExportHooks::Export *> images[] = {
        {&options.gantt, &hooks.gantt}, {&options.chart, &hooks.chart}};
    for (const auto &[opt, hook] : images) {
        if (parser.isSet(*opt) && !*hook)
            return usageError(u"--%1 is not available in this build"_s.arg(opt->names().first()));
    }
    // The HTTP variants get the demo server, on its own thread, whatever their queue:
    // its pages are their default queue, and URLs may point at it.
    if (variant->naturalKind == WorkKind::Fetch) {
        QString error;
        DemoServerThread &server = sharedDemoServer(&error);
        if (!server.isRunning())
            return usageError(u"the demo server could not start: "_s + error);
        server.setUnitMs(request.unitMs);
        if (request.queue.items.isEmpty()) {
            for (const QString &url : server.pageUrls())
                request.queue.items.append(WorkItem::fetch(url));
        }
    }
    if (const QString error = validateRequest(request); !error.isEmpty())
        return usageError(error);

    const bool quiet = parser.isSet(quietOpt);
    QString startError;
    const Trace trace = executeRun(request, !quiet, &startError);
    if (trace.isNull())
        return usageError(startError);

    const int status = reportFailures(trace, false);
    if (parser.isSet(traceOpt)) {
        QString error;
        if (!writeChromeTrace(trace, parser.value(traceOpt), &error))
            return usageError(error);
    }
    for (const auto &[opt, hook] : images) {
        QString error;
        if (parser.isSet(*opt) && !(*hook)(trace, parser.value(*opt), &error))
            return usageError(error);
    }
    if (trace.cancelled())
        return 130;
    return status;
}

// Runs every variant that can take the queue, one after the other, and prints each total
// beside its ideal; --chart and --gantt export the comparison.
int compare(const QStringList &arguments, const ExportHooks &hooks)
{
    g_interrupted = false;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const RunOptions options;
    parser.addOptions(options.all());
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    RunRequest base;
    bool queueGiven = false;
    if (const QString error = options.read(parser, WorkKind::Sleep, base, &queueGiven);
        !error.isEmpty())
        return usageError(error);
    if (!queueGiven)
        base.queue.items = {WorkItem::sleep(15), WorkItem::sleep(10), WorkItem::sleep(5),
                            WorkItem::sleep(2)};
    const WorkQueue &queue = base.queue;
    const int unitMs = base.unitMs;
    const std::pair<const QCommandLineOption *, const ExportHooks::ExportMany *> images[] = {
        {&options.gantt, &hooks.compareGantt}, {&options.chart, &hooks.compareChart}};
    for (const auto &[opt, hook] : images) {
        if (parser.isSet(*opt) && !*hook)
            return usageError(u"--%1 is not available in this build"_s.arg(opt->names().first()));
    }

    QList<RunRequest> requests;
    for (const VariantInfo &v : variants()) {
        const AdaptedQueue adapted = adaptQueue(queue, v.naturalKind, v.accepts);
        if (adapted.error.isEmpty())
            requests.append({v.id, adapted.queue, unitMs, base.timeoutMs});
    }
    if (requests.isEmpty())
        return usageError(u"no variant can run this queue"_s);
    for (const RunRequest &r : std::as_const(requests)) {
        if (const QString error = validateRequest(r); !error.isEmpty())
            return usageError(error);
    }
    if (std::any_of(queue.items.begin(), queue.items.end(),
                    [](const WorkItem &i) { return !i.isNumeric(); })) {
        QString error;
        DemoServerThread &server = sharedDemoServer(&error);
        if (server.isRunning())
            server.setUnitMs(unitMs);
    }

    writeOut(u"%1  %2  %3\n"_s.arg(u"variant"_s, -22).arg(u"total"_s, 9).arg(u"ideal"_s, 9));
    QList<Trace> runs;
    int status = 0;
    for (const RunRequest &r : std::as_const(requests)) {
        QString startError;
        const Trace t = executeRun(r, false, &startError);
        if (t.isNull())
            return usageError(startError);
        runs.append(t);
        writeOut(u"%1  %2  %3\n"_s.arg(r.variant, -22)
                     .arg(t.totalMs() / unitMs, 9, 'f', 2)
                     .arg(t.idealMs() / unitMs, 9, 'f', 2));
        std::fflush(stdout);
        status = std::max(status, reportFailures(t, true));
        if (t.cancelled())
            break;
    }
    writeOut(u"(units of %1 ms, %2 tasks)\n"_s.arg(unitMs).arg(queue.tasks));
    for (const auto &[opt, hook] : images) {
        QString error;
        if (parser.isSet(*opt) && !(*hook)(runs, parser.value(*opt), &error))
            return usageError(error);
    }
    if (!runs.isEmpty() && runs.last().cancelled())
        return 130;
    return status;
}

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption portOpt(u"port"_s, {}, u"n"_s);
    const QCommandLineOption unitOpt(u"unit-ms"_s, {}, u"ms"_s);
    parser.addOptions({portOpt, unitOpt});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    int port = defaultDemoPort;
    if (parser.isSet(portOpt)) {
        const auto p = parseBoundedInt(parser.value(portOpt), 1, 65535);
        if (!p)
            return usageError(u"--port: \"%1\" is not a port number from 1 to 65535"_s.arg(
                parser.value(portOpt)));
        port = *p;
    }
    int unitMs = 1000;
    if (parser.isSet(unitOpt)) {
        const auto u = parseBoundedInt(parser.value(unitOpt), Limits::minUnitMs, Limits::maxUnitMs);
        if (!u)
            return usageError(u"--unit-ms: \"%1\" is not a whole number from %2 to %3"_s
                                  .arg(parser.value(unitOpt))
                                  .arg(Limits::minUnitMs)
                                  .arg(Limits::maxUnitMs));
        unitMs = *u;
    }
    DemoServer server;
    server.setUnitMs(unitMs);
    QString error;
    if (!server.listen(quint16(port), &error)) {
        usageError(error);
        return 1;
    }
    writeOut(
        u"TaskLanes demo server on http://127.0.0.1:%1/ (Ctrl+C to stop)\n"_s.arg(server.port()));
    std::fflush(stdout);
    QEventLoop loop;
    g_interrupted = false;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (g_interrupted)
            loop.quit();
    });
    poll.start(100);
    loop.exec();
    return 0;
}

} // namespace

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
    if (arguments.size() < 2)
        return usageError(u"no command given\n"_s + usage);
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
    if (command == "worker"_L1) // not for people: the processes variant's workers
        return runWorkerProcess();
    if (command == "--help"_L1 || command == "-h"_L1 || command == "help"_L1) {
        writeOut(usage);
        return 0;
    }
    if (command == "--version"_L1) {
        writeOut(u"tasklanes "_s + QCoreApplication::applicationVersion() + u'\n');
        return 0;
    }
    return usageError(u"unknown command '%1' (try 'tasklanes --help')"_s.arg(command));
}

} // namespace TaskLanes
