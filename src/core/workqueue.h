#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

struct QJsonParseError;

namespace TaskLanes {

enum class WorkKind : quint8
{
    Count,
    Sleep,
    Fetch,
    Compute
};

// The name in files and on the command line ("sleep"), and the one shown in the app,
// which is translated.
QString kindName(WorkKind kind);
QString kindLabel(WorkKind kind);
std::optional<WorkKind> kindFromName(QStringView name);

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

// Limits shared by the command line, the queue file and the forms, so that one
// validation serves all of them.
namespace Limits {
inline constexpr qint64 maxUnits = 1'000'000;
inline constexpr qsizetype maxItems = 1'000'000;
inline constexpr int maxTasks = 1000;
inline constexpr int minUnitMs = 1;
inline constexpr int maxUnitMs = 3'600'000;
} // namespace Limits

// Checks one item on its own; returns an empty string when it is fine, else why not.
QString validateItem(const WorkItem &item);

struct WorkQueue
{
    QList<WorkItem> items;
    int tasks = 2;
    friend bool operator==(const WorkQueue &, const WorkQueue &) = default;
};

struct ParseResult
{
    std::optional<WorkQueue> queue;
    QString error; // one line, set when queue is empty
};

// Parses the command line's "--queue 15,10,5,2": numbers become items of numericKind,
// http(s) URLs become fetch items.
ParseResult parseQueueList(const QString &text, WorkKind numericKind);

// The JSON queue file (see SPEC section 4). Loading never half-loads: either the whole
// queue or an error naming the file and what is wrong in it.
inline constexpr int queueFileVersion = 1;
// What every file reader of ours (queue files, traces, the app's drop) says alike, worded
// and translated once.
namespace FileError {
QString missing(const QString &path);
QString unreadable(const QString &path, const QString &why);
QString notJson(const QJsonParseError &error);
} // namespace FileError

ParseResult loadQueueFile(const QString &path);
ParseResult parseQueueJson(const QByteArray &json, const QString &sourceName);
QByteArray queueToJson(const WorkQueue &queue);
// Written atomically: a crash mid-write leaves the previous file intact.
bool saveQueueFile(const WorkQueue &queue, const QString &path, QString *error);

// "One", "Two", ... "Twenty-One", ... for the task at zero-based index.
QString taskName(int index);

} // namespace TaskLanes
