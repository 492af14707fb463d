#include "model.h"

namespace TaskLanes {

QString Model::translatedTitle() const
{
    return QCoreApplication::translate("Variant", title);
}

QString Model::translatedExplanation() const
{
    return QCoreApplication::translate("Variant", explanation);
}

Status Model::checkItems(const QList<WorkItem> &items) const
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!acceptsKind(items[i].kind))
            return Error{QCoreApplication::translate(
                             "Variant", "queue item %1 (%2 %3) cannot run under '%4', which "
                                        "takes %5 items")
                             .arg(i + 1)
                             .arg(kindName(items[i].kind), shown(items[i].valueText()), id,
                                  kindList(accepts, false))};
    }
    return {};
}

IdealSchedule Model::idealFor(const QList<WorkItem> &items, int tasks, int unitMs,
                              const QList<double> &measuredUnits) const
{
    const QList<double> durations = idealDurations(items, unitMs, measuredUnits);
    return ideal({items, std::max(tasks, 1), durations, idealCores()});
}

Trace withNotes(Trace::Data data, const Model &model)
{
    data.notes = model.notes ? model.notes(data) : QList<RunNote>();
    return Trace(std::move(data));
}

Trace withMeasuredIdeal(const Trace &trace, const Model &model)
{
    const auto &items = trace.items();
    if (std::none_of(items.begin(), items.end(), [](const WorkItem &i) { return !i.isNumeric(); }))
        return trace;
    QList<double> measured(items.size(), 0.0);
    for (const Trace::ItemExtent &e : trace.itemExtents())
        measured[e.item] = double(e.end - e.start) / (double(trace.unitMs()) * 1e6);
    Trace::Data data = trace.data();
    data.ideal = model.idealFor(items, trace.tasks(), trace.unitMs(), measured);
    return Trace(std::move(data));
}

} // namespace TaskLanes
