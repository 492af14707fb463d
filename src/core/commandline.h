#pragma once

#include <QList>
#include <QStringList>

#include <functional>

namespace TaskLanes {

class Trace;

// Image exports need the GUI libraries, which the core does not link: the executable
// hands them in. Each writes the file and returns false with an error naming it.
struct ExportHooks
{
    using Export = std::function<bool(const Trace &, const QString &path, QString *error)>;
    using ExportMany =
        std::function<bool(const QList<Trace> &, const QString &path, QString *error)>;
    Export gantt;
    Export chart;
    ExportMany compareGantt; // the runs' timelines stacked on one axis
    ExportMany compareChart; // their totals against the ideal
};

// The command line of SPEC section 4 ("tasklanes list", "tasklanes run ..."). Needs a
// QCoreApplication; returns the process exit status (0 ok, 1 some item failed, 2 bad
// usage or input, 130 interrupted).
int runCommandLine(const QStringList &arguments, const ExportHooks &hooks = {});
// Whether these arguments ask for an image export (the caller then needs a QGuiApplication).
bool wantsImageExport(const QStringList &arguments);

} // namespace TaskLanes
