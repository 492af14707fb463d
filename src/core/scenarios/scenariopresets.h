#pragma once

#include "scenario.h"

namespace TaskLanes::Scenarios {

// The scenarios that ship: the primers' examples and the tutorial's thought experiments,
// each with what to look for. The id is fixed (the command line uses it).
struct ScenarioPreset
{
    QString id;
    const char *title = nullptr;       // translatable (context "ScenarioPreset")
    const char *explanation = nullptr; // translatable: what to look for
    Scenario scenario;
    // What a run of it ends in on each model: 0 (every step ran), 3 (a deadlock).
    int expectedExit = 0;
    bool threadsOnly = false; // it uses an rlock, which asyncio does not have
    QString translatedTitle() const;
    QString translatedExplanation() const;
};
const QList<ScenarioPreset> &scenarioPresets();
const ScenarioPreset *findScenarioPreset(QStringView id);

} // namespace TaskLanes::Scenarios
