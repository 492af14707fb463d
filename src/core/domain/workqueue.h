#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace TaskLanes {

enum class WorkKind : quint8
{
    Count,
    Sleep,
    Fetch,
    Compute
};

// Count and compute are Python running on a CPU: they hold a thread, an event loop or the
// GIL while they run. Sleep and fetch wait.
inline bool isCpuWork(WorkKind kind)
{
    return kind == WorkKind::Count || kind == WorkKind::Compute;
}

// The name in files and on the command line ("sleep"), and the one shown in the app,
// which is translated.
QString kindName(WorkKind kind);
QString kindLabel(WorkKind kind);
std::optional<WorkKind> kindFromName(QStringView name);
// "sleep, compute and fetch" (translated when labels is true, else the file names).
QString kindList(const QList<WorkKind> &kinds, bool labels);

// One entry of the work queue. Count, sleep and compute carry a whole number of units,
// fetch carries a URL.
struct WorkItem
{
    WorkKind kind = WorkKind::Sleep;
    qint64 units = 0;
    QString url;

    static WorkItem count(qint64 n) { return {WorkKind::Count, n, {}}; }
    static WorkItem sleep(qint64 n) { return {WorkKind::Sleep, n, {}}; }
    static WorkItem compute(qint64 n) { return {WorkKind::Compute, n, {}}; }
    static WorkItem fetch(const QString &url) { return {WorkKind::Fetch, 0, url}; }

    bool isNumeric() const { return kind != WorkKind::Fetch; }
    // The value as users see it: the number, or the URL.
    QString valueText() const;
    QVariant value() const;
    friend bool operator==(const WorkItem &, const WorkItem &) = default;
};

// Limits shared by the command line, the queue file, the engine and the forms, so that
// one validation serves all of them.
namespace Limits {
inline constexpr qint64 maxUnits = 1'000'000;
inline constexpr qsizetype maxItems = 1'000'000;
inline constexpr int maxTasks = 1000;
inline constexpr int hourMs = 3'600'000;
inline constexpr int minUnitMs = 1;
inline constexpr int maxUnitMs = hourMs;
inline constexpr int defaultUnitMs = 1000; // the tutorial's second
inline constexpr int maxTimeoutMs = hourMs;
inline constexpr int defaultTimeoutMs = 30'000;   // per fetch
inline constexpr int defaultSwitchIntervalMs = 5; // CPython's sys.getswitchinterval()
inline constexpr int maxSwitchIntervalMs = 10'000;
} // namespace Limits

// Checks one item on its own.
Status validateItem(const WorkItem &item);

struct WorkQueue
{
    QList<WorkItem> items;
    int tasks = 2;
    friend bool operator==(const WorkQueue &, const WorkQueue &) = default;
};

// The tutorial's queue, 15, 10, 5, 2, as items of one kind.
QList<WorkItem> tutorialItems(WorkKind kind);

// Parses the command line's "--queue 15,10,5,2": numbers become items of numericKind,
// http(s) URLs become fetch items.
Result<WorkQueue> parseQueueList(const QString &text, WorkKind numericKind);

// "One", "Two", ... "Twenty-One", ... for the task at zero-based index.
QString taskName(int index);

} // namespace TaskLanes
