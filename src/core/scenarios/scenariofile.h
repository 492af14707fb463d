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

// Whole: a scenario that can run (validate() holds). Draft: one the forms are still
// editing, which may not run yet (a write before its read, a repeat with no steps yet):
// each field is checked as in a whole file, the scenario as a whole is not. The lab
// autosaves drafts, so that nothing typed is lost; it runs only what validates.
enum class Check : quint8
{
    Whole,
    Draft,
};

Result<Scenario> loadScenarioFile(const QString &path, Check check = Check::Whole);
Result<Scenario> parseScenarioJson(const QByteArray &json, const QString &sourceName,
                                   Check check = Check::Whole);
QByteArray scenarioToJson(const Scenario &scenario);
// Written atomically: a crash mid-write leaves the previous file intact.
Status saveScenarioFile(const Scenario &scenario, const QString &path, Check check = Check::Whole);

} // namespace TaskLanes::Scenarios
