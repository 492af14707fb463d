#pragma once

// The queue file's rules read through QJsonDocument, as TaskLanes read it before its own
// reader: an oracle for that reader (tst_workqueue, fuzz_queuefile). It only says whether
// a file is a queue and which; the words of a refusal are the reader's business.

#include "domain/workqueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace Reference {

struct QueueVerdict
{
    bool validJson = false;
    std::optional<TaskLanes::WorkQueue> queue;
};

inline bool wholeNumberIn(const QJsonValue &v, double low, double high)
{
    return v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && v.toDouble() >= low &&
           v.toDouble() <= high;
}

inline QueueVerdict readQueue(const QByteArray &json)
{
    using namespace TaskLanes;
    QueueVerdict verdict;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    verdict.validJson = error.error == QJsonParseError::NoError;
    const QJsonObject root = doc.object();
    if (!verdict.validJson || !doc.isObject() ||
        root.value(QLatin1StringView("format")).toString() !=
            QLatin1StringView("tasklanes-queue") ||
        !wholeNumberIn(root.value(QLatin1StringView("version")), 1, 1))
        return verdict;
    WorkQueue queue;
    if (root.contains(QLatin1StringView("tasks"))) {
        if (!wholeNumberIn(root.value(QLatin1StringView("tasks")), 1, Limits::maxTasks))
            return verdict;
        queue.tasks = root.value(QLatin1StringView("tasks")).toInt();
    }
    const QJsonArray items = root.value(QLatin1StringView("items")).toArray();
    if (!root.value(QLatin1StringView("items")).isArray() || items.isEmpty() ||
        items.size() > Limits::maxItems)
        return verdict;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const auto kind = kindFromName(o.value(QLatin1StringView("kind")).toString());
        const QJsonValue value = o.value(QLatin1StringView("value"));
        if (!v.isObject() || !kind)
            return verdict;
        WorkItem item{*kind, 0, {}};
        if (*kind == WorkKind::Fetch) {
            if (!value.isString())
                return verdict;
            item.url = value.toString();
        } else {
            if (!wholeNumberIn(value, 0, double(Limits::maxUnits)))
                return verdict;
            item.units = qint64(value.toDouble());
        }
        if (!validateItem(item))
            return verdict;
        queue.items.append(item);
    }
    verdict.queue = queue;
    return verdict;
}

} // namespace Reference
