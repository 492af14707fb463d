#include "commandline.h"
#include "engine/workerpool.h"
#include "exporter.h"
#include "language.h"
#include "mainwindow.h"
#include "presentation/livetrace.h"

#include <QApplication>
#include <QLocale>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace {

TaskLanes::ExportHooks exportHooks()
{
    TaskLanes::ExportHooks hooks;
    hooks.gantt = [](const TaskLanes::Trace &trace, const QString &path) {
        TaskLanes::LiveTrace live;
        live.setTrace(trace);
        return TaskLanes::exportTimeline(live, path, QSize(1600, 0), 2.0, true);
    };
    hooks.chart = [](const TaskLanes::Trace &trace, const QString &path) {
        return TaskLanes::exportCharts(trace, path, QSize(1400, 600), 2.0);
    };
    hooks.compareGantt = [](const QList<TaskLanes::Trace> &runs, const QString &path) {
        return TaskLanes::exportComparison(runs, path, QSize(1600, 0), 2.0, true);
    };
    hooks.compareChart = [](const QList<TaskLanes::Trace> &runs, const QString &path) {
        return TaskLanes::exportTotalsChart(runs, path, QSize(900, 100 + 60 * int(runs.size())),
                                            2.0);
    };
    hooks.scenarioGantt = [](const TaskLanes::Scenarios::ScenarioTrace &trace,
                             const QString &path) {
        return TaskLanes::exportScenarioTimeline(trace, path, QSize(1600, 0), 2.0);
    };
    hooks.scenarioChart = [](const TaskLanes::Scenarios::ScenarioTrace &trace,
                             const QString &path) {
        return TaskLanes::exportScenarioChart(trace, path, QSize(1200, 0), 2.0);
    };
    hooks.dayGantt = [](const TaskLanes::Home::DayTrace &trace, const QString &path) {
        return TaskLanes::exportDayTimeline(trace, path, QSize(1600, 0), 2.0);
    };
    hooks.dayChart = [](const TaskLanes::Home::DayTrace &trace, const QString &path) {
        return TaskLanes::exportDayChart({trace}, path, QSize(1200, 600), 2.0);
    };
    return hooks;
}

// The offscreen platform's note that XDG_RUNTIME_DIR is unset (common in scripts and CI)
// would break the command line's promise of one line on stderr per error.
QtMessageHandler g_defaultHandler = nullptr;

void quietMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    g_defaultHandler(type, context, message);
}

// Where the app cannot open a window (no display, or one that does not answer), Qt says
// so over several lines and aborts; say it in one, with what to do instead, and exit 2.
void noDisplayHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QLatin1String category(context.category ? context.category : "");
    if (category == QLatin1String("qt.qpa.xcb") || category == QLatin1String("qt.qpa.plugin") ||
        category == QLatin1String("qt.qpa.wayland"))
        return; // the details of the failure below
    if (type == QtFatalMsg &&
        message.contains(QLatin1String("no Qt platform plugin could be initialized"))) {
        std::fputs("tasklanes: cannot open the app: no display (run it in a desktop session, or "
                   "use the command line: tasklanes --help)\n",
                   stderr);
        std::_Exit(2);
    }
    g_defaultHandler(type, context, message);
}

// Qt's own options for a GUI program (-style Fusion, -platform xcb, -reverse, ...): with
// them the app opens, as any Qt app does, instead of the command line refusing a command.
bool isQtOption(const char *argument)
{
    static const char *const options[] = {"-style",
                                          "-stylesheet",
                                          "-platform",
                                          "-platformpluginpath",
                                          "-platformtheme",
                                          "-plugin",
                                          "-qwindowgeometry",
                                          "-qwindowicon",
                                          "-qwindowtitle",
                                          "-reverse",
                                          "-session",
                                          "-display",
                                          "-geometry",
                                          "-widgetcount",
                                          "-nograb",
                                          "-dograb",
                                          "-qmljsdebugger",
                                          "-name",
                                          "-title",
                                          "-visual",
                                          "-sync",
                                          "-fn",
                                          "-font",
                                          "-bg",
                                          "-background",
                                          "-fg",
                                          "-foreground",
                                          "-btn",
                                          "-button",
                                          "-im",
                                          "-inputstyle"};
    const std::string_view given(argument);
    const std::string_view name = given.substr(0, given.find('='));
    for (const char *option : options)
        if (name == option)
            return true;
    return false;
}

void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("TaskLanes"));
    QCoreApplication::setOrganizationName(QStringLiteral("TaskLanes"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TASKLANES_VERSION));
    // The processes model starts this very binary as its workers.
    TaskLanes::Workers::setProgram(QCoreApplication::applicationFilePath());
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && !isQtOption(argv[1])) {
        if (std::strcmp(argv[1], "worker") != 0) // (a worker ends as its parent does)
            TaskLanes::catchInterrupts();
        // The command line's output, errors and images read the same in every locale.
        QLocale::setDefault(QLocale::c());
        // The command line needs no display: image exports render offscreen.
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        if (TaskLanes::wantsImageExport(arguments)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            g_defaultHandler = qInstallMessageHandler(quietMessageHandler);
            QApplication app(argc, argv);
            setNames();
            return TaskLanes::runCommandLine(QCoreApplication::arguments(), exportHooks());
        }
        QCoreApplication app(argc, argv);
        setNames();
        return TaskLanes::runCommandLine(QCoreApplication::arguments());
    }
    g_defaultHandler = qInstallMessageHandler(noDisplayHandler);
    QApplication app(argc, argv);
    qInstallMessageHandler(g_defaultHandler);
    if (QCoreApplication::arguments().size() > 1) { // what Qt did not take as its own
        const QByteArray word = QCoreApplication::arguments().at(1).toLocal8Bit();
        std::fprintf(stderr,
                     "tasklanes: unexpected argument '%s' (the app takes only Qt's options, "
                     "such as -style Fusion; for the command line see tasklanes --help)\n",
                     word.constData());
        return 2;
    }
    setNames();
    QGuiApplication::setDesktopFileName(QStringLiteral("tasklanes"));
    TaskLanes::installTranslations(TaskLanes::savedLanguage());
    TaskLanes::MainWindow window;
    window.show();
    return app.exec();
}
