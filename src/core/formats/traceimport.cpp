#include "traceimport.h"

#include "fileio.h"

#include "models/registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

// A failed item's reason: its kind and details when TaskLanes wrote them, else the text.
std::optional<ItemError> readError(const QJsonObject &args)
{
    const QString text = args.value("error"_L1).toString();
    if (text.isEmpty())
        return std::nullopt;
    const auto kind = ItemError::kindFromName(args.value("error_kind"_L1).toString());
    if (!kind)
        return ItemError::other(text);
    ItemError error{*kind, {}};
    for (const QJsonValue &detail : args.value("error_details"_L1).toArray())
        error.args.append(detail.toString());
    // Details that do not make the same text are not ours: keep what the file says.
    return error.text() == text ? error : ItemError::other(text);
}

// Times in a trace are at most about 31 years (10^15 µs): anything beyond is damage, and
// would overflow when converted to nanoseconds or when a span's end is added up.
constexpr double maxMicros = 1e15;

std::optional<qint64> nanos(const QJsonValue &micros)
{
    const double us = micros.toDouble(-1);
    if (!micros.isDouble() || !(us >= 0 && us <= maxMicros))
        return std::nullopt;
    return qint64(std::llround(us * 1000.0));
}

} // namespace

Result<Trace> importChromeTrace(const QByteArray &json, const QString &sourceName)
{
    auto fail = [&](const QString &why) {
        return Result<Trace>(Error{sourceName + u": "_s + why});
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(FileError::notJson(parseError));
    const QJsonObject root = doc.object();
    const QJsonObject other = root.value("otherData"_L1).toObject();
    if (!root.value("traceEvents"_L1).isArray() || !other.contains("variant"_L1))
        return fail(QCoreApplication::translate(
            "TraceImport",
            "not a trace written by TaskLanes (no \"traceEvents\" with \"otherData.variant\")"));
    const Model *variant = findModel(other.value("variant"_L1).toString());
    if (!variant)
        return fail(QCoreApplication::translate("TraceImport", "unknown variant \"%1\"")
                        .arg(shown(other.value("variant"_L1).toString())));
    const int unitMs = other.value("unit_ms"_L1).toInt(-1);
    if (unitMs < Limits::minUnitMs || unitMs > Limits::maxUnitMs)
        return fail(
            QCoreApplication::translate("TraceImport", "\"unit_ms\" is missing or out of range"));

    Trace::Data data;
    data.variantId = variant->id;
    data.unitMs = unitMs;
    const std::optional<qint64> totalNs = nanos(other.value("total_ms"_L1).toDouble(-1) * 1000.0);
    data.cancelled = other.value("cancelled"_L1).toBool(false);
    if (variant->usesSwitchInterval)
        data.switchIntervalMs =
            std::clamp(other.value("switch_interval_ms"_L1).toInt(Limits::defaultSwitchIntervalMs),
                       1, Limits::maxSwitchIntervalMs);
    if (!totalNs)
        return fail(QCoreApplication::translate("TraceImport", "\"total_ms\" is missing"));
    data.totalNs = *totalNs;

    struct Work
    {
        int lane = -1;
        qint64 start = 0;
        qint64 end = 0;
        WorkItem item;
        SpanState state = SpanState::Running;
        std::optional<ItemError> error;
        bool seen = false;
    };
    QList<Work> work;
    QList<Span> stateSpans;
    int lanes = other.value("tasks"_L1).toInt(0);
    const QJsonArray events = root.value("traceEvents"_L1).toArray();
    for (qsizetype n = 0; n < events.size(); ++n) {
        const QJsonObject e = events.at(n).toObject();
        const QString cat = e.value("cat"_L1).toString();
        const int lane = e.value("tid"_L1).toInt() - 1;
        if (e.value("name"_L1).toString() == "thread_name"_L1)
            lanes = std::max(lanes, lane + 1);
        if (cat != "work"_L1 && cat != "state"_L1)
            continue;
        const QJsonObject args = e.value("args"_L1).toObject();
        const int index = args.value("index"_L1).toInt(-1);
        const std::optional<qint64> ts = nanos(e.value("ts"_L1));
        const std::optional<qint64> dur = nanos(e.value("dur"_L1));
        // A state event without an index is a task between items (ready for its first).
        const bool between = cat == "state"_L1 && !args.contains("index"_L1);
        if (lane < 0 || lane >= Limits::maxTasks || (index < 0 && !between) ||
            index >= Limits::maxItems || !ts || !dur)
            return fail(QCoreApplication::translate(
                            "TraceImport", "event %1 is damaged (lane, item index, ts or dur)")
                            .arg(n + 1));
        const qint64 start = *ts;
        const qint64 end = start + *dur;
        if (cat == "state"_L1) {
            const auto state = stateFromName(e.value("name"_L1).toString());
            if (!state)
                return fail(QCoreApplication::translate("TraceImport",
                                                        "event %1 has an unknown state \"%2\"")
                                .arg(n + 1)
                                .arg(shown(e.value("name"_L1).toString())));
            const auto waitingFor = waitingForFromName(args.value("waiting_for"_L1).toString());
            if (!waitingFor || (between && *state == SpanState::Failed))
                return fail(
                    QCoreApplication::translate("TraceImport", "event %1 is damaged (its state)")
                        .arg(n + 1));
            stateSpans.append(
                {start, end, between ? -1 : qint32(index), quint16(lane), *state, *waitingFor});
            continue;
        }
        if (index >= work.size())
            work.resize(index + 1);
        Work &w = work[index];
        if (w.seen)
            return fail(
                QCoreApplication::translate("TraceImport", "item %1 appears twice").arg(index + 1));
        const auto kind =
            kindFromName(args.value("kind"_L1).toString(kindName(variant->naturalKind)));
        if (!kind)
            return fail(QCoreApplication::translate("TraceImport", "item %1 has an unknown kind")
                            .arg(index + 1));
        const QJsonValue value = args.value("value"_L1);
        w.item = *kind == WorkKind::Fetch ? WorkItem::fetch(value.toString())
                                          : WorkItem{*kind, value.toInteger(-1), {}};
        if (const Status valid = validateItem(w.item); !valid)
            return fail(QCoreApplication::translate("TraceImport", "item %1: %2")
                            .arg(index + 1)
                            .arg(valid.error()));
        const auto state = stateFromName(args.value("state"_L1).toString(u"running"_s));
        w = {lane, start, end, w.item, state.value_or(SpanState::Running), readError(args), true};
        if (w.error)
            w.state = SpanState::Failed;
        const QString idName = args.contains("pid"_L1)      ? u"pid"_s
                               : args.contains("os_tid"_L1) ? u"os_tid"_s
                                                            : QString();
        if (!idName.isEmpty()) {
            if (data.laneWorkers.size() <= lane)
                data.laneWorkers.resize(lane + 1);
            data.laneWorkers[lane] = args.value(idName).toInteger(0);
            data.workerIdName = idName;
        }
    }
    if (work.isEmpty())
        return fail(QCoreApplication::translate("TraceImport", "the trace has no work events"));
    for (qsizetype i = 0; i < work.size(); ++i) {
        if (!work[i].seen)
            return fail(QCoreApplication::translate("TraceImport",
                                                    "item %1 is missing: the trace is incomplete")
                            .arg(i + 1));
        lanes = std::max(lanes, work[i].lane + 1);
    }
    data.tasks = lanes;
    for (const Work &w : work)
        data.items.append(w.item);
    // Items run in pieces come as their state events; the others as one span each.
    QList<bool> pieces(work.size(), false);
    for (const Span &s : stateSpans) {
        if (s.item < 0) {
            if (s.lane >= lanes)
                return fail(QCoreApplication::translate(
                    "TraceImport", "a state event is on a task the trace does not have"));
            data.spans.append(s);
            continue;
        }
        if (s.item >= work.size())
            return fail(QCoreApplication::translate(
                            "TraceImport", "a state event names item %1, which has no work event")
                            .arg(s.item + 1));
        // An item runs on one task: a piece elsewhere would be drawn on a lane the trace
        // may not even have.
        if (s.lane != work[s.item].lane)
            return fail(QCoreApplication::translate(
                            "TraceImport", "a state event of item %1 is on another task than "
                                           "its work event")
                            .arg(s.item + 1));
        pieces[s.item] = true;
        data.spans.append(s);
    }
    for (qsizetype i = 0; i < work.size(); ++i) {
        if (!pieces[i])
            data.spans.append(
                {work[i].start, work[i].end, qint32(i), quint16(work[i].lane), work[i].state});
        if (work[i].error)
            data.errors.insert(qint32(i), *work[i].error);
    }
    std::stable_sort(data.spans.begin(), data.spans.end(),
                     [](const Span &a, const Span &b) { return a.start < b.start; });
    data.ideal = variant->idealFor(data.items, data.tasks, data.unitMs);
    // The notes are worked out again from the spans, in the reader's language.
    return withMeasuredIdeal(withNotes(std::move(data), *variant), *variant);
}

Result<Trace> loadChromeTrace(const QString &path)
{
    const Result<QByteArray> bytes = readWholeFile(path, 2ll * 1024 * 1024 * 1024);
    if (!bytes)
        return Error{bytes.error()};
    return importChromeTrace(*bytes, path);
}

} // namespace TaskLanes
