#pragma once

#include "scenario.h"

#include <optional>

namespace TaskLanes::Scenarios {

// The edits the scenario forms make, on the scenario alone (no widgets): where a step is,
// inserting, moving, duplicating and removing steps inside repeats, and the checks a form
// makes on one field before the whole scenario is validated.

// Where a step is in a task's program: its index at each level of repeats, from 0 ({5, 1}
// is the second step of the repeat that is the task's sixth step).
using StepPath = QList<int>;

const Step *stepAt(const Task &task, const StepPath &path);
Step *stepAt(Task &task, const StepPath &path);

// Puts the step at path (its parent must be a repeat or the task; the last index may be
// one past the end); returns where it went.
StepPath insertStep(Task &task, const StepPath &path, Step step);
void removeStep(Task &task, const StepPath &path);
// One place up (-1) or down (+1) among its siblings; nullopt when it is already first or
// last (nothing changes).
std::optional<StepPath> moveStep(Task &task, const StepPath &path, int direction);
// A copy right after the step; returns the copy's path.
StepPath duplicateStep(Task &task, const StepPath &path);

// The first step that names the resource ("task Parent A, step 3"); empty when none does.
QString resourceUse(const Scenario &scenario, int resource);
// Removes a resource no step names (the others keep their steps: later indices shift).
Status removeResource(Scenario &scenario, int resource);
// Whether a resource can become another type: every step naming it must fit the new one.
Status checkRetype(const Scenario &scenario, int resource, ResourceType type);
// A name for a resource or a task: 1 to 64 printable characters, no spaces around it, not
// used by another (except: the index of the one being renamed, or -1).
Status checkResourceName(const Scenario &scenario, const QString &name, int except);
Status checkTaskName(const Scenario &scenario, const QString &name, int except);
// What a type's amount means (the semaphore's permits, the barrier's parties, the queue's
// capacity, the value's initial number) and whether the amount is allowed; types without an
// amount have an empty label.
QString amountLabel(ResourceType type);
Status checkAmount(const Scenario &scenario, ResourceType type, double amount);

// A step as the step list shows it: "acquire washer", "sleep 2 units", "repeat 3 times".
QString stepLabel(const Scenario &scenario, const Step &step);
// A resource's amount as the resources table shows it ("3 permits"), empty when it has none.
QString amountText(const Resource &resource);

} // namespace TaskLanes::Scenarios
