#pragma once

#include <QStringList>

namespace TaskLanes {

// The command line of SPEC section 4 ("tasklanes list", "tasklanes run ..."). Needs a
// QCoreApplication; returns the process exit status (0 ok, 1 some item failed, 2 bad
// usage or input, 130 interrupted).
int runCommandLine(const QStringList &arguments);

} // namespace TaskLanes
