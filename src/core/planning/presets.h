#pragma once

#include "runplanner.h"

namespace TaskLanes {

// The queues the app offers ready-made: the tutorial's, a few to try the models on, and
// the demo server's pages (whose URLs are known once the server runs).
struct Preset
{
    const char *name; // translatable (context "Preset")
    WorkQueue queue;
    bool demoPages = false;
    QString translatedName() const;
    // The preset's queue, with its own number of tasks as every preset has (issue 11: the
    // demo pages kept whatever the form had); the demo pages start the server.
    Result<WorkQueue> resolve() const;
};
const QList<Preset> &presets();

} // namespace TaskLanes
