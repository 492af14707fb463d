#pragma once

#include "variant.h"

#include <QCoroTask>

namespace TaskLanes {

class RunContext;

// Runs the tasks of a variant on ctx, from the calling (engine) thread: the tutorial's
// programs here, threads and processes in parallelvariants.
QCoro::Task<> runVariantTasks(const VariantInfo &variant, RunContext &ctx);

} // namespace TaskLanes
