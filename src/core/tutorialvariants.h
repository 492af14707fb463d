#pragma once

#include "variant.h"

#include <QCoroTask>

namespace TaskLanes {

class RunContext;

// Runs the tasks of one of the tutorial's models on ctx, on the calling (engine) thread.
QCoro::Task<> runTutorialVariant(const VariantInfo &variant, RunContext &ctx);

} // namespace TaskLanes
