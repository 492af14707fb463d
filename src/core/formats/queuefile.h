#pragma once

#include "domain/workqueue.h"

#include <QByteArray>

namespace TaskLanes {

// The queue file: {"format": "tasklanes-queue", "version": 1, "tasks": 2, "items":
// [{"kind": "sleep", "value": 15}, {"kind": "fetch", "value": "http://..."}]}. Loading
// never half-loads: either the whole queue or an error naming the file and what is
// wrong in it (a newer version, another format, a bad item and its position).
inline constexpr int queueFileVersion = 1;

Result<WorkQueue> loadQueueFile(const QString &path);
Result<WorkQueue> parseQueueJson(const QByteArray &json, const QString &sourceName);
QByteArray queueToJson(const WorkQueue &queue);
// Written atomically: a crash mid-write leaves the previous file intact.
Status saveQueueFile(const WorkQueue &queue, const QString &path);

} // namespace TaskLanes
