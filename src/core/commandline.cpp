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

int runVariant(const QStringList &arguments, const ExportHooks &hooks)
{
    g_interrupted = false;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption queueOpt(u"queue"_s, {}, u"list"_s);
    const QCommandLineOption queueFileOpt(u"queue-file"_s, {}, u"file"_s);
    const QCommandLineOption tasksOpt(u"tasks"_s, {}, u"n"_s);
    const QCommandLineOption unitOpt(u"unit-ms"_s, {}, u"ms"_s);
    const QCommandLineOption traceOpt(u"trace"_s, {}, u"file"_s);
    const QCommandLineOption timeoutOpt(u"timeout-ms"_s, {}, u"ms"_s);
    const QCommandLineOption ganttOpt(u"gantt"_s, {}, u"file"_s);
    const QCommandLineOption chartOpt(u"chart"_s, {}, u"file"_s);
    const QCommandLineOption quietOpt(u"quiet"_s);
    parser.addOptions({queueOpt, queueFileOpt, tasksOpt, unitOpt, traceOpt, timeoutOpt, ganttOpt,
                       chartOpt, quietOpt});
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
    for (const auto *opt :
         {&queueOpt, &queueFileOpt, &tasksOpt, &unitOpt, &traceOpt, &ganttOpt, &chartOpt}) {
        if (parser.values(*opt).size() > 1)
            return usageError(u"--%1 is given more than once"_s.arg(opt->names().first()));
    }

    RunRequest request;
    request.variant = variant->id;
    if (parser.isSet(queueOpt) && parser.isSet(queueFileOpt))
        return usageError(u"give either --queue or --queue-file, not both"_s);
    if (parser.isSet(queueOpt)) {
        const ParseResult parsed = parseQueueList(parser.value(queueOpt), variant->naturalKind);
        if (!parsed.queue)
            return usageError(u"--queue: "_s + parsed.error);
        request.queue = *parsed.queue;
    } else if (parser.isSet(queueFileOpt)) {
        const ParseResult parsed = loadQueueFile(parser.value(queueFileOpt));
        if (!parsed.queue)
            return usageError(parsed.error);
        request.queue = *parsed.queue;
    } else if (!variant->demoPages) {
        request.queue.items = variant->defaultItems;
    }
    if (parser.isSet(tasksOpt)) {
        const auto tasks = parseBoundedInt(parser.value(tasksOpt), 1, Limits::maxTasks);
        if (!tasks)
            return usageError(
                u"--tasks: \"%1\" is not a whole number from 1 to %2"_s.arg(parser.value(tasksOpt))
                    .arg(Limits::maxTasks));
        request.queue.tasks = *tasks;
    }
    if (parser.isSet(unitOpt)) {
        const auto unit =
            parseBoundedInt(parser.value(unitOpt), Limits::minUnitMs, Limits::maxUnitMs);
        if (!unit)
            return usageError(u"--unit-ms: \"%1\" is not a whole number from %2 to %3"_s
                                  .arg(parser.value(unitOpt))
                                  .arg(Limits::minUnitMs)
                                  .arg(Limits::maxUnitMs));
        request.unitMs = *unit;
    }
    if (parser.isSet(timeoutOpt)) {
        const auto timeout = parseBoundedInt(parser.value(timeoutOpt), 1, 3'600'000);
        if (!timeout)
            return usageError(u"--timeout-ms: \"%1\" is not a whole number from 1 to 3600000"_s.arg(
                parser.value(timeoutOpt)));
        request.timeoutMs = *timeout;
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
    const std::pair<const QCommandLineOption *, const ExportHooks::Export *> images[] = {
        {&ganttOpt, &hooks.gantt}, {&chartOpt, &hooks.chart}};
    for (const auto &[opt, hook] : images) {
        if (!parser.isSet(*opt))
            continue;
        if (!*hook)
            return usageError(u"--%1 is not available in this build"_s.arg(opt->names().first()));
        if (const QString error = checkImagePath(opt->names().first(), parser.value(*opt));
            !error.isEmpty())
            return usageError(error);
    }

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
    const QCommandLineOption queueOpt(u"queue"_s, {}, u"list"_s);
    const QCommandLineOption queueFileOpt(u"queue-file"_s, {}, u"file"_s);
    const QCommandLineOption tasksOpt(u"tasks"_s, {}, u"n"_s);
    const QCommandLineOption unitOpt(u"unit-ms"_s, {}, u"ms"_s);
    const QCommandLineOption timeoutOpt(u"timeout-ms"_s, {}, u"ms"_s);
    const QCommandLineOption ganttOpt(u"gantt"_s, {}, u"file"_s);
    const QCommandLineOption chartOpt(u"chart"_s, {}, u"file"_s);
    parser.addOptions({queueOpt, queueFileOpt, tasksOpt, unitOpt, timeoutOpt, ganttOpt, chartOpt});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    if (parser.isSet(queueOpt) && parser.isSet(queueFileOpt))
        return usageError(u"give either --queue or --queue-file, not both"_s);

    WorkQueue queue{
        {WorkItem::sleep(15), WorkItem::sleep(10), WorkItem::sleep(5), WorkItem::sleep(2)}, 2};
    if (parser.isSet(queueOpt)) {
        const ParseResult parsed = parseQueueList(parser.value(queueOpt), WorkKind::Sleep);
        if (!parsed.queue)
            return usageError(u"--queue: "_s + parsed.error);
        queue = *parsed.queue;
    } else if (parser.isSet(queueFileOpt)) {
        const ParseResult parsed = loadQueueFile(parser.value(queueFileOpt));
        if (!parsed.queue)
            return usageError(parsed.error);
        queue = *parsed.queue;
    }
    if (parser.isSet(tasksOpt)) {
        const auto tasks = parseBoundedInt(parser.value(tasksOpt), 1, Limits::maxTasks);
        if (!tasks)
            return usageError(
                u"--tasks: \"%1\" is not a whole number from 1 to %2"_s.arg(parser.value(tasksOpt))
                    .arg(Limits::maxTasks));
        queue.tasks = *tasks;
    }
    int unitMs = 1000;
    if (parser.isSet(unitOpt)) {
        const auto unit =
            parseBoundedInt(parser.value(unitOpt), Limits::minUnitMs, Limits::maxUnitMs);
        if (!unit)
            return usageError(u"--unit-ms: \"%1\" is not a whole number from %2 to %3"_s
                                  .arg(parser.value(unitOpt))
                                  .arg(Limits::minUnitMs)
                                  .arg(Limits::maxUnitMs));
        unitMs = *unit;
    }
    int timeoutMs = 30000;
    if (parser.isSet(timeoutOpt)) {
        const auto timeout = parseBoundedInt(parser.value(timeoutOpt), 1, 3'600'000);
        if (!timeout)
            return usageError(u"--timeout-ms: \"%1\" is not a whole number from 1 to 3600000"_s.arg(
                parser.value(timeoutOpt)));
        timeoutMs = *timeout;
    }
    const std::pair<const QCommandLineOption *, const ExportHooks::ExportMany *> images[] = {
        {&ganttOpt, &hooks.compareGantt}, {&chartOpt, &hooks.compareChart}};
    for (const auto &[opt, hook] : images) {
        if (!parser.isSet(*opt))
            continue;
        if (!*hook)
            return usageError(u"--%1 is not available in this build"_s.arg(opt->names().first()));
        if (const QString error = checkImagePath(opt->names().first(), parser.value(*opt));
            !error.isEmpty())
            return usageError(error);
    }

    QList<RunRequest> requests;
    for (const VariantInfo &v : variants()) {
        const AdaptedQueue adapted = adaptQueue(queue, v.naturalKind, v.accepts);
        if (adapted.error.isEmpty())
            requests.append({v.id, adapted.queue, unitMs, timeoutMs});
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
