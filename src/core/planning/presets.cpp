#include "presets.h"

namespace TaskLanes {

QString Preset::translatedName() const
{
    return QCoreApplication::translate("Preset", name);
}

Result<WorkQueue> Preset::resolve() const
{
    if (demoPages)
        return RunPlanner::demoPages(queue.tasks);
    return queue;
}

const QList<Preset> &presets()
{
    static const QList<Preset> all = [] {
        auto numbers = [](WorkKind kind, std::initializer_list<qint64> values, int tasks = 2) {
            WorkQueue q;
            q.tasks = tasks;
            for (qint64 v : values)
                q.items.append({kind, v, {}});
            return q;
        };
        WorkQueue many;
        for (int i = 0; i < 100; ++i)
            many.items.append(WorkItem::sleep(1 + i % 3));
        many.tasks = 10;
        return QList<Preset>{
            // The app starts with the first: the sleeps of cooperative-blocking and async.
            {QT_TRANSLATE_NOOP("Preset", "Tutorial: sleep 15, 10, 5, 2"),
             {tutorialItems(WorkKind::Sleep), 2}},
            {QT_TRANSLATE_NOOP("Preset", "Tutorial: count 15, 10, 5, 2"),
             {tutorialItems(WorkKind::Count), 2}},
            {QT_TRANSLATE_NOOP("Preset", "CPU work: compute 4, 4, 4, 4"),
             numbers(WorkKind::Compute, {4, 4, 4, 4})},
            {QT_TRANSLATE_NOOP("Preset", "Mixed: compute 8 beside sleeps of 1"),
             {{WorkItem::compute(8), WorkItem::sleep(1), WorkItem::sleep(1), WorkItem::sleep(1),
               WorkItem::sleep(1), WorkItem::sleep(1)},
              2}},
            {QT_TRANSLATE_NOOP("Preset", "Short: sleep 3, 2, 1"),
             numbers(WorkKind::Sleep, {3, 2, 1})},
            {QT_TRANSLATE_NOOP("Preset", "Uneven: one long item, many short ones"),
             numbers(WorkKind::Sleep, {12, 1, 1, 1, 1, 1, 1, 2, 2}, 3)},
            {QT_TRANSLATE_NOOP("Preset", "Many: 100 short items, 10 tasks"), many},
            {QT_TRANSLATE_NOOP("Preset",
                               "Demo server: the tutorial's seven pages (for the HTTP variants)"),
             {},
             true},
        };
    }();
    return all;
}

} // namespace TaskLanes
