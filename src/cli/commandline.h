#pragma once

#include "domain/result.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace TaskLanes {

class Trace;

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
};

// The command line ("tasklanes list", "tasklanes run ...", see usage()). Needs a
// QCoreApplication; returns the process exit status (0 ok, 1 some item failed, 2 bad
// usage or input, 130 interrupted).
int runCommandLine(const QStringList &arguments, const ExportHooks &hooks = {});
// Whether these arguments ask for an image export (the caller then needs a QGuiApplication).
bool wantsImageExport(const QStringList &arguments);
// Whether they start a worker process (the caller then needs no more than a
// QCoreApplication, and should start fast).
bool isWorkerCommand(const QStringList &arguments);
// The text of "tasklanes --help".
QString usage();

} // namespace TaskLanes
