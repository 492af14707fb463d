#pragma once

#include "domain/trace.h"

#include <QByteArray>

namespace TaskLanes {

// The trace as a Chrome Trace Event file (opens in Perfetto): one tid per task lane, one
// "work" X event per item processed, "state" X events nested inside an item when it ran
// in several pieces, and the output lines as instant events.
QByteArray traceToChromeJson(const Trace &trace);
Status writeChromeTrace(const Trace &trace, const QString &path);

} // namespace TaskLanes
