#pragma once

#include "workqueue.h"

#include <QList>
#include <QString>

namespace TaskLanes {

enum class ModelFamily : quint8
{
    Sequential,          // plain calls, one after the other
    Cooperative,         // generators resumed in turn by a scheduler loop
    CooperativeBlocking, // generators whose work is a blocking call
    EventLoop,           // coroutines on one event loop, non-blocking waits
    BlockingFetch,       // generators whose work is a blocking HTTP GET
    AsyncFetch,          // coroutines awaiting non-blocking HTTP GETs
    Threads,             // one OS thread per task, blocking calls
    ThreadsGil,          // threads that must hold one global lock to compute
    Processes,           // one worker process per task
};

// QNetworkAccessManager opens at most this many connections to one host and port; more
// requests to it wait their turn, whatever the number of tasks.
inline constexpr int connectionsPerHost = 6;

struct VariantInfo
{
    QString id;
    const char *title = nullptr;       // translatable (context "Variant")
    const char *explanation = nullptr; // translatable (context "Variant")
    ModelFamily family = ModelFamily::Sequential;
    WorkKind naturalKind = WorkKind::Count; // what plain numbers become
    QList<WorkKind> accepts;
    bool timed = false;           // ends with "Total elapsed time"
    QList<WorkItem> defaultItems; // empty when demoPages
    bool demoPages = false;       // the default queue is the demo server's seven pages

    QString translatedTitle() const;
    QString translatedExplanation() const;
    bool acceptsKind(WorkKind kind) const { return accepts.contains(kind); }
    // Empty when the variant can run every item, else a one-line reason naming the item.
    QString checkItems(const QList<WorkItem> &items) const;
};

// Numbers are numbers: an item whose numeric kind the variant does not take runs as the
// variant's natural kind (the tutorial's 15,10,5,2 is counted by sync and slept by
// async). Fetch items cannot be converted. converted counts the changed items.
struct AdaptedQueue
{
    WorkQueue queue;
    int converted = 0;
    QString error;
};
AdaptedQueue adaptQueue(const WorkQueue &queue, WorkKind naturalKind,
                        const QList<WorkKind> &accepts);

// Every variant this build can run, in the order the app and "tasklanes list" show them.
const QList<VariantInfo> &variants();
const VariantInfo *findVariant(QStringView id);

} // namespace TaskLanes
