#include "variant.h"

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {
QList<WorkItem> numbers(WorkKind kind, std::initializer_list<qint64> values)
{
    QList<WorkItem> items;
    for (qint64 v : values)
        items.append({kind, v, {}});
    return items;
}
} // namespace

QString VariantInfo::translatedTitle() const
{
    return QCoreApplication::translate("Variant", title);
}

QString VariantInfo::translatedExplanation() const
{
    return QCoreApplication::translate("Variant", explanation);
}

QString VariantInfo::checkItems(const QList<WorkItem> &items) const
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!acceptsKind(items[i].kind)) {
            QStringList kinds;
            for (WorkKind k : accepts)
                kinds.append(kindName(k));
            return u"queue item %1 (%2 %3) cannot run under '%4', which takes %5 items"_s.arg(i + 1)
                .arg(kindName(items[i].kind), items[i].valueText(), id, kinds.join(u" or "_s));
        }
    }
    return {};
}

const QList<VariantInfo> &variants()
{
    static const QList<VariantInfo> all = [] {
        const auto tutorialQueue = [](WorkKind k) { return numbers(k, {15, 10, 5, 2}); };
        QList<VariantInfo> v;
        v.append({u"sync"_s,
                  QT_TRANSLATE_NOOP("Variant", "Synchronous (sequential calls)"),
                  QT_TRANSLATE_NOOP("Variant",
                                    "Each task is a plain function, called one after the other. "
                                    "Task One takes items until the queue is empty, so it does all "
                                    "the work while Task Two finds nothing to do. On the timeline: "
                                    "one busy lane, one empty lane."),
                  ModelFamily::Sequential,
                  WorkKind::Count,
                  {WorkKind::Count},
                  false,
                  tutorialQueue(WorkKind::Count)});
        v.append({u"cooperative"_s,
                  QT_TRANSLATE_NOOP("Variant", "Cooperative (generators)"),
                  QT_TRANSLATE_NOOP("Variant",
                                    "Each task is a generator that yields after every counting "
                                    "step; a scheduler loop resumes the tasks in turn. On the "
                                    "timeline the lanes interleave step by step, yet the total is "
                                    "the same as the synchronous one: taking turns does not make "
                                    "CPU work faster."),
                  ModelFamily::Cooperative,
                  WorkKind::Count,
                  {WorkKind::Count},
                  false,
                  tutorialQueue(WorkKind::Count)});
        v.append({u"cooperative-blocking"_s,
                  QT_TRANSLATE_NOOP("Variant", "Cooperative with blocking sleep"),
                  QT_TRANSLATE_NOOP("Variant",
                                    "Generators again, but each item is a blocking sleep and the "
                                    "task yields once per item. While one task sleeps nothing else "
                                    "can run: on the timeline the spans follow each other and "
                                    "never overlap, and the total is the sum of all items."),
                  ModelFamily::CooperativeBlocking,
                  WorkKind::Sleep,
                  {WorkKind::Sleep},
                  true,
                  tutorialQueue(WorkKind::Sleep)});
        v.append({u"async"_s,
                  QT_TRANSLATE_NOOP("Variant", "Asynchronous (event loop)"),
                  QT_TRANSLATE_NOOP("Variant",
                                    "Each task is a coroutine on one event loop that awaits a "
                                    "non-blocking sleep. While one task waits the loop runs the "
                                    "other, so the waits overlap: on the timeline the lanes run "
                                    "side by side and the total is about half the sum."),
                  ModelFamily::EventLoop,
                  WorkKind::Sleep,
                  {WorkKind::Sleep},
                  true,
                  tutorialQueue(WorkKind::Sleep)});
        v.append({u"sync-http"_s,
                  QT_TRANSLATE_NOOP("Variant", "Blocking HTTP (generators)"),
                  QT_TRANSLATE_NOOP("Variant",
                                    "Generators that each take a URL and fetch it with a blocking "
                                    "GET, yielding once per page. While one GET waits for the "
                                    "server nothing else runs: on the timeline the spans follow "
                                    "each other and the total is the sum of the response times."),
                  ModelFamily::BlockingFetch,
                  WorkKind::Fetch,
                  {WorkKind::Fetch},
                  true,
                  {},
                  true});
        v.append({u"async-http"_s,
                  QT_TRANSLATE_NOOP("Variant", "Non-blocking HTTP (event loop)"),
                  QT_TRANSLATE_NOOP("Variant",
                                    "Coroutines that await non-blocking GETs on one event loop: "
                                    "while one task waits for a page the others send their "
                                    "requests, so the waits overlap and the total is about the "
                                    "longest lane. Qt opens at most 6 connections to one server: "
                                    "with more than 6 tasks the extra requests queue, and the "
                                    "ideal schedule counts that in."),
                  ModelFamily::AsyncFetch,
                  WorkKind::Fetch,
                  {WorkKind::Fetch},
                  true,
                  {},
                  true});
        const QList<WorkKind> anyWork{WorkKind::Sleep, WorkKind::Compute, WorkKind::Fetch};
        v.append(
            {u"threads"_s, QT_TRANSLATE_NOOP("Variant", "Threads (QThreadPool)"),
             QT_TRANSLATE_NOOP("Variant",
                               "One OS thread per task, taking items from a shared queue under "
                               "a lock, with blocking calls. Sleeps and fetches overlap across "
                               "threads; computing overlaps only as far as there are CPU cores: "
                               "on a 2-core machine two computing threads finish together, a "
                               "third makes them all slower."),
             ModelFamily::Threads, WorkKind::Sleep, anyWork, true, tutorialQueue(WorkKind::Sleep)});
        v.append({u"processes"_s, QT_TRANSLATE_NOOP("Variant", "Processes (worker processes)"),
                  QT_TRANSLATE_NOOP(
                      "Variant", "One worker process per task (this program in worker mode), "
                                 "fed items over pipes by whichever worker asks next. Real CPU "
                                 "parallelism like threads, plus the cost of starting processes, "
                                 "visible at the start of each lane."),
                  ModelFamily::Processes, WorkKind::Sleep, anyWork, true,
                  tutorialQueue(WorkKind::Sleep)});
        v.append({u"threads-gil"_s, QT_TRANSLATE_NOOP("Variant", "Threads under a GIL"),
                  QT_TRANSLATE_NOOP(
                      "Variant", "Threads again, but a task must hold one global lock while it "
                                 "computes (like CPython's GIL) and lets go of it while it sleeps "
                                 "or fetches. Waiting for the lock shows as idle, holding it as "
                                 "running: computing threads take turns and gain nothing, while "
                                 "sleeping and fetching threads still overlap."),
                  ModelFamily::ThreadsGil, WorkKind::Sleep, anyWork, true,
                  tutorialQueue(WorkKind::Sleep)});
        return v;
    }();
    return all;
}

AdaptedQueue adaptQueue(const WorkQueue &queue, WorkKind naturalKind,
                        const QList<WorkKind> &accepts)
{
    AdaptedQueue out{queue, 0, {}};
    for (qsizetype i = 0; i < out.queue.items.size(); ++i) {
        WorkItem &item = out.queue.items[i];
        if (accepts.contains(item.kind))
            continue;
        if (!item.isNumeric() || naturalKind == WorkKind::Fetch) {
            out.error = QCoreApplication::translate(
                            "Queue", "Item %1 (%2 %3) cannot run under this variant.")
                            .arg(i + 1)
                            .arg(kindLabel(item.kind), item.valueText());
            return out;
        }
        item.kind = naturalKind;
        ++out.converted;
    }
    return out;
}

const VariantInfo *findVariant(QStringView id)
{
    for (const VariantInfo &v : variants()) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

} // namespace TaskLanes
