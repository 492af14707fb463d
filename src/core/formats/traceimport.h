#pragma once

#include "domain/trace.h"

namespace TaskLanes {

// Reads back a Chrome Trace Event file that TaskLanes wrote (traceexport): items, lanes,
// spans with their states and errors, totals; the ideal schedule is computed again. The
// output lines are not restored (the file keeps them as text only). Anything else, or a
// damaged file, gives an error naming the file and what is wrong; never half a trace.
Result<Trace> importChromeTrace(const QByteArray &json, const QString &sourceName);
Result<Trace> loadChromeTrace(const QString &path);

} // namespace TaskLanes
