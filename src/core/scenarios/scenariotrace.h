#pragma once

#include "scenariorun.h"

#include <QByteArray>

namespace TaskLanes::Scenarios {

// A scenario run as a Chrome Trace Event file (SPEC 7): per task a tid named by the task,
// each step a complete event ("cat": "step", name its "do"), its states nested inside
// ("cat": "state"; a waiting one names the resource and, for a lock, its holder), each
// hand-off a pair of flow events ("s" on the giver, "f" with "bp": "e" on the taker), the
// lines as instant events; otherData holds the model, the outcome, the deadlock's cycle
// or the stalled tasks, and every value's initial, final and serial result.
QByteArray scenarioTraceToJson(const ScenarioTrace &trace);
Status writeScenarioTrace(const ScenarioTrace &trace, const QString &path);

// A scenario trace written by TaskLanes, read back (its otherData carries the scenario);
// a damaged or foreign file is refused with the file and the reason.
bool isScenarioTrace(const QByteArray &json);
Result<ScenarioTrace> importScenarioTrace(const QByteArray &json, const QString &sourceName);
Result<ScenarioTrace> loadScenarioTrace(const QString &path);

QString outcomeName(Outcome outcome);
QString flowKindName(FlowKind kind);
// What a waiting span waits for, in the trace's args.for: lock, permit, set, notify,
// parties, item, room, all_done.
QString waitKindName(WaitKind kind);

} // namespace TaskLanes::Scenarios
