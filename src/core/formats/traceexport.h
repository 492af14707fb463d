#pragma once

#include "domain/trace.h"

#include <QByteArray>

#include <functional>

namespace TaskLanes {

// The trace as a Chrome Trace Event file (opens in Perfetto): one tid per task lane, one
// "work" X event per item processed, "state" X events nested inside an item when it ran
// in several pieces, and the output lines as instant events.
// stop, asked now and then, ends the file early: the events so far, then otherData
// marked cancelled (a signal while a large trace is written).
QByteArray traceToChromeJson(const Trace &trace, const std::function<bool()> &stop = {});
Status writeChromeTrace(const Trace &trace, const QString &path,
                        const std::function<bool()> &stop = {});

} // namespace TaskLanes
