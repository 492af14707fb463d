#include "itemerror.h"

#include "result.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

struct KindText
{
    ItemError::Kind kind;
    QStringView name;
    const char *text; // translatable, context "ItemError"
};

const std::array<KindText, 19> kinds{{
    {ItemError::Kind::Other, u"other", "%1"},
    {ItemError::Kind::Stopped, u"stopped", QT_TRANSLATE_NOOP("ItemError", "stopped")},
    {ItemError::Kind::TimedOut, u"timed-out",
     QT_TRANSLATE_NOOP("ItemError", "timed out after %1 ms")},
    {ItemError::Kind::Refused, u"refused",
     QT_TRANSLATE_NOOP("ItemError", "connection refused by %1")},
    {ItemError::Kind::UnknownHost, u"unknown-host",
     QT_TRANSLATE_NOOP("ItemError", "unknown host %1")},
    {ItemError::Kind::Http, u"http", QT_TRANSLATE_NOOP("ItemError", "HTTP %1 %2")},
    {ItemError::Kind::Network, u"network", "%1"},
    {ItemError::Kind::WorkerCrashed, u"worker-crashed",
     QT_TRANSLATE_NOOP("ItemError", "the worker process crashed or was killed (%1)")},
    {ItemError::Kind::WorkerExited, u"worker-exited",
     QT_TRANSLATE_NOOP("ItemError", "the worker process exited with status %1")},
    {ItemError::Kind::WorkerOutput, u"worker-output",
     QT_TRANSLATE_NOOP("ItemError", "malformed worker output: \"%1\"")},
    {ItemError::Kind::WorkerLineTooLong, u"worker-line-too-long",
     QT_TRANSLATE_NOOP("ItemError", "malformed worker output: a line longer than 64 KiB")},
    {ItemError::Kind::NoWorker, u"no-worker",
     QT_TRANSLATE_NOOP("ItemError", "no worker process left to run it")},
    {ItemError::Kind::WorkerNotStarted, u"worker-not-started",
     QT_TRANSLATE_NOOP("ItemError", "the worker process could not start: %1")},
    {ItemError::Kind::WorkerNotSet, u"worker-not-set",
     QT_TRANSLATE_NOOP("ItemError",
                       "the worker process could not start: no worker program is set")},
    {ItemError::Kind::WorkerSilent, u"worker-silent",
     QT_TRANSLATE_NOOP("ItemError",
                       "the worker process could not start: %1 did not answer within %2 s")},
    {ItemError::Kind::NotAWorker, u"not-a-worker",
     QT_TRANSLATE_NOOP("ItemError", "the worker process could not start: %1 is not a TaskLanes "
                                    "worker (it answered \"%2\")")},
    {ItemError::Kind::WorkerNoBegin, u"worker-no-begin",
     QT_TRANSLATE_NOOP("ItemError", "the worker process did not begin the item within %1 s")},
    {ItemError::Kind::WorkerNoEnd, u"worker-no-end",
     QT_TRANSLATE_NOOP("ItemError", "the worker process did not finish the item within %1 s")},
    {ItemError::Kind::NoThread, u"no-thread",
     QT_TRANSLATE_NOOP("ItemError", "the system would not start a thread it needed (is the "
                                    "limit on processes and threads, ulimit -u, reached?)")},
}};

const KindText &entry(ItemError::Kind kind)
{
    for (const KindText &k : kinds) {
        if (k.kind == kind)
            return k;
    }
    return kinds.front();
}

// All arguments in one pass, so that a "%1" inside a detail is never taken for a place.
QString fill(const QString &text, const QStringList &args)
{
    switch (args.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(shown(args[0])).trimmed();
    default:
        return text.arg(shown(args[0]), shown(args[1])).trimmed();
    }
}

} // namespace

QString ItemError::text() const
{
    return fill(QString::fromLatin1(entry(kind).text), args);
}

QString ItemError::translated() const
{
    const char *source = entry(kind).text;
    // "%1" kinds carry a text that is already what to show.
    if (qstrcmp(source, "%1") == 0)
        return text();
    return fill(QCoreApplication::translate("ItemError", source), args);
}

QString ItemError::kindName() const
{
    return entry(kind).name.toString();
}

std::optional<ItemError::Kind> ItemError::kindFromName(QStringView name)
{
    for (const KindText &k : kinds) {
        if (k.name == name)
            return k.kind;
    }
    return std::nullopt;
}

} // namespace TaskLanes
