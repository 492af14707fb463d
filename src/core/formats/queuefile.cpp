#include "queuefile.h"

#include "fileio.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace TaskLanes {

Result<WorkQueue> loadQueueFile(const QString &path)
{
    // A queue of a million items is about 40 MB; anything far larger is not ours.
    const Result<QByteArray> bytes = readWholeFile(path, 256ll * 1024 * 1024);
    if (!bytes)
        return Error{bytes.error()};
    return parseQueueJson(*bytes, path);
}

Result<WorkQueue> parseQueueJson(const QByteArray &json, const QString &sourceName)
{
    auto fail = [&](const QString &why) {
        return Result<WorkQueue>(Error{sourceName + u": "_s + why});
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(FileError::notJson(parseError));
    if (!doc.isObject())
        return fail(QCoreApplication::translate(
            "WorkQueue", "not a TaskLanes queue file (the top level is not an object)"));
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toString() != "tasklanes-queue"_L1)
        return fail(QCoreApplication::translate(
            "WorkQueue", "not a TaskLanes queue file (\"format\" is not \"tasklanes-queue\")"));
    const QJsonValue version = root.value("version"_L1);
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) ||
        version.toDouble() < 1)
        return fail(QCoreApplication::translate(
            "WorkQueue", "\"version\" is missing or not a positive whole number"));
    if (version.toDouble() > queueFileVersion)
        return fail(
            QCoreApplication::translate(
                "WorkQueue",
                "version %1 is newer than this TaskLanes reads (%2); please update TaskLanes")
                .arg(version.toDouble())
                .arg(queueFileVersion));

    WorkQueue queue;
    if (root.contains("tasks"_L1)) {
        const QJsonValue tasks = root.value("tasks"_L1);
        const double t = tasks.toDouble(-1);
        if (!tasks.isDouble() || t != std::floor(t) || t < 1 || t > Limits::maxTasks)
            return fail(QCoreApplication::translate("WorkQueue",
                                                    "\"tasks\" must be a whole number from 1 to %1")
                            .arg(Limits::maxTasks));
        queue.tasks = int(t);
    }
    const QJsonValue itemsValue = root.value("items"_L1);
    if (!itemsValue.isArray())
        return fail(QCoreApplication::translate("WorkQueue", "\"items\" is missing or not a list"));
    const QJsonArray items = itemsValue.toArray();
    if (items.isEmpty())
        return fail(QCoreApplication::translate("WorkQueue", "the queue is empty"));
    if (items.size() > Limits::maxItems)
        return fail(
            QCoreApplication::translate("WorkQueue", "%1 items, more than the maximum of %2")
                .arg(items.size())
                .arg(Limits::maxItems));
    queue.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QCoreApplication::translate("WorkQueue", "item %1: ").arg(i + 1);
        const QJsonObject obj = items.at(i).toObject();
        if (!items.at(i).isObject())
            return fail(where + QCoreApplication::translate(
                                    "WorkQueue", "not an object with \"kind\" and \"value\""));
        const auto kind = kindFromName(obj.value("kind"_L1).toString());
        if (!kind)
            return fail(where + QCoreApplication::translate(
                                    "WorkQueue",
                                    "unknown kind \"%1\" (expected count, sleep, fetch or compute)")
                                    .arg(shown(obj.value("kind"_L1).toVariant().toString())));
        const QJsonValue value = obj.value("value"_L1);
        WorkItem item{*kind, 0, {}};
        if (*kind == WorkKind::Fetch) {
            if (!value.isString())
                return fail(where + QCoreApplication::translate(
                                        "WorkQueue", "a fetch item's value must be a URL string"));
            item.url = value.toString();
        } else {
            const double v = value.toDouble(-1);
            if (!value.isDouble() || v != std::floor(v))
                return fail(where + QCoreApplication::translate(
                                        "WorkQueue", "a %1 item's value must be a whole number")
                                        .arg(kindName(*kind)));
            if (v < 0 || v > double(Limits::maxUnits))
                return fail(where +
                            QCoreApplication::translate("WorkQueue", "%1 is outside 0 to %2")
                                .arg(v, 0, 'f', 0)
                                .arg(Limits::maxUnits));
            item.units = qint64(v);
        }
        if (const Status valid = validateItem(item); !valid)
            return fail(where + valid.error());
        queue.items.append(item);
    }
    return queue;
}

QByteArray queueToJson(const WorkQueue &queue)
{
    QJsonArray items;
    for (const WorkItem &item : queue.items) {
        QJsonObject obj{{"kind"_L1, kindName(item.kind)}};
        obj.insert("value"_L1,
                   item.isNumeric() ? QJsonValue(double(item.units)) : QJsonValue(item.url));
        items.append(obj);
    }
    const QJsonObject root{{"format"_L1, "tasklanes-queue"_L1},
                           {"version"_L1, queueFileVersion},
                           {"tasks"_L1, queue.tasks},
                           {"items"_L1, items}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status saveQueueFile(const WorkQueue &queue, const QString &path)
{
    return writeWholeFile(path, queueToJson(queue));
}

} // namespace TaskLanes
