#pragma once

#include "scenario.h"

#include <QByteArray>

namespace TaskLanes::Scenarios {

// The scenario file (SPEC 7): {"format": "tasklanes-scenario", "version": 1, "title": ...,
// "resources": [...], "tasks": [{"name": ..., "steps": [...]}]}. Refused whole, never
// half-loaded: the error names the file, the task, the step and the reason, and unknown
// fields are refused rather than ignored (a typo would otherwise change the program).
inline constexpr int scenarioFileVersion = 1;
inline constexpr qint64 maxScenarioFileBytes = 16ll * 1024 * 1024;

Result<Scenario> loadScenarioFile(const QString &path);
Result<Scenario> parseScenarioJson(const QByteArray &json, const QString &sourceName);
QByteArray scenarioToJson(const Scenario &scenario);
// Written atomically: a crash mid-write leaves the previous file intact.
Status saveScenarioFile(const Scenario &scenario, const QString &path);

} // namespace TaskLanes::Scenarios
