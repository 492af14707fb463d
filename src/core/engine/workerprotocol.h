#pragma once

#include "domain/itemerror.h"
#include "domain/workqueue.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace TaskLanes {

// The lines a parent and its worker processes exchange over the worker's stdin and
// stdout, one per line:
//   parent: hello <origin ns> <ops per unit> <unit ms> <timeout ms> | item <i> <kind> <value> |
//   quit worker: ready tasklanes-worker 1 <pid> | begin <i> <ns> | end <i> <ns> ok
//           | end <i> <ns> fail <error kind>[<TAB><detail>]...
// Each side takes what the other says as outside input: a line that does not parse is
// refused, never half-read.
namespace WorkerProtocol {

inline constexpr qsizetype maxLine = 64 * 1024;
// Operations per unit of compute: far beyond any CPU's (a unit is at most an hour), and
// small enough that the largest item's operations fit in 64 bits.
inline constexpr quint64 maxUnitOps = 10'000'000'000'000;
static_assert(maxUnitOps * quint64(Limits::maxUnits) / quint64(Limits::maxUnits) == maxUnitOps);

struct Hello
{
    qint64 originNs = 0;
    quint64 unitOps = 0;
    qint64 unitMs = 0;
    int timeoutMs = 0;
};
QByteArray hello(const Hello &h);
std::optional<Hello> parseHello(QByteArrayView line);

struct Item
{
    qint32 index = -1;
    WorkItem work;
};
QByteArray item(qint32 index, const WorkItem &work);
std::optional<Item> parseItem(QByteArrayView line);
inline constexpr QByteArrayView quit = "quit";

// What a worker says.
struct Message
{
    enum Type
    {
        Ready,
        Begin,
        End
    } type = Ready;
    qint64 pid = 0;                 // Ready
    qint32 item = -1;               // Begin, End
    qint64 ns = 0;                  // Begin, End: on the run's clock
    std::optional<ItemError> error; // End: why it failed
};
QByteArray ready(qint64 pid);
QByteArray begin(qint32 item, qint64 ns);
QByteArray end(qint32 item, qint64 ns, const std::optional<ItemError> &error);
std::optional<Message> parseMessage(QByteArrayView line);

} // namespace WorkerProtocol

} // namespace TaskLanes
