#pragma once

#include "trace.h"

#include <QByteArray>

namespace TaskLanes {

// The Chrome Trace Event file of SPEC section 4 (opens in Perfetto): one tid per task
// lane, one "work" X event per item processed, "state" X events nested inside an item
// when it ran in several pieces, and the output lines as instant events.
QByteArray traceToChromeJson(const Trace &trace);
bool writeChromeTrace(const Trace &trace, const QString &path, QString *error);

} // namespace TaskLanes
