#pragma once

// An independent, deliberately naive model of the tutorial's programs, used by the tests
// to derive the expected output lines for any queue and task count. It simulates every
// step (no shortcuts) and shares no code with the engine or its ideal schedule.

#include <QList>
#include <QString>

#include <algorithm>
#include <deque>
#include <functional>
#include <optional>
#include <vector>

namespace Reference {

struct Line
{
    QString text;                  // for elapsed lines: the text up to and including ": "
    std::optional<double> elapsed; // units, for "total elapsed time" lines
};

struct Extent
{
    int lane = -1;
    double start = -1;
    double end = -1;
};

struct Outcome
{
    QList<Line> lines;
    std::vector<Extent> items; // per item: which task did it, from when to when (units)
    double totalUnits = 0;
    bool hasTie = false; // two wake-ups at the same instant (order then depends on overhead)
};

inline QString name(int i)
{
    static const char *names[] = {"One",   "Two",   "Three", "Four", "Five",   "Six",
                                  "Seven", "Eight", "Nine",  "Ten",  "Eleven", "Twelve"};
    return QString::fromLatin1(names[i]);
}

inline Line plain(int task, const QString &what)
{
    return {QStringLiteral("Task ") + name(task) + u' ' + what, std::nullopt};
}

// The line a task prints when it starts an item: "running", or for the HTTP variants
// "getting URL: <url>".
using StartLine = std::function<Line(int task, size_t item)>;
inline Line runningLine(int task, size_t)
{
    return plain(task, QStringLiteral("running"));
}
inline StartLine gettingUrl(const QStringList &urls)
{
    return [urls](int task, size_t item) {
        return plain(task, QStringLiteral("getting URL: ") + urls.at(qsizetype(item)));
    };
}

inline Line elapsed(int task, double units)
{
    return {QStringLiteral("Task ") + name(task) + QStringLiteral(" total elapsed time: "), units};
}

inline Outcome sync(const QList<qint64> &items, int tasks)
{
    Outcome o;
    o.items.resize(size_t(items.size()));
    std::deque<qint64> queue(items.begin(), items.end());
    size_t taken = 0;
    for (int t = 0; t < tasks; ++t) {
        if (queue.empty()) {
            o.lines.append(plain(t, QStringLiteral("nothing to do")));
            continue;
        }
        while (!queue.empty()) {
            const qint64 n = queue.front();
            queue.pop_front();
            o.lines.append(plain(t, QStringLiteral("running")));
            o.items[taken++] = {t, o.totalUnits, o.totalUnits + double(n)};
            o.totalUnits += double(n);
            o.lines.append(plain(t, QStringLiteral("total: %1").arg(n)));
        }
    }
    return o;
}

inline Outcome cooperative(const QList<qint64> &items, int tasks)
{
    // Each generator: state "between items" or "counting with k steps left".
    Outcome o;
    o.items.resize(size_t(items.size()));
    std::deque<qint64> queue(items.begin(), items.end());
    size_t taken = 0;
    struct Gen
    {
        int name;
        qint64 left = -1; // -1: not inside an item
        qint64 count = 0;
        size_t item = 0;
    };
    std::vector<Gen> gens;
    for (int t = 0; t < tasks; ++t)
        gens.push_back({t});
    while (!gens.empty()) {
        for (size_t i = 0; i < gens.size();) {
            Gen &g = gens[i];
            bool yielded = false;
            while (!yielded) {
                if (g.left == 0) {
                    o.lines.append(plain(g.name, QStringLiteral("total: %1").arg(g.count)));
                    g.left = -1;
                }
                if (g.left < 0) {
                    if (queue.empty())
                        break;
                    g.count = queue.front();
                    g.left = g.count;
                    g.item = taken++;
                    o.items[g.item] = {g.name, o.totalUnits, o.totalUnits};
                    queue.pop_front();
                    o.lines.append(plain(g.name, QStringLiteral("running")));
                    continue;
                }
                if (g.left == g.count)
                    o.items[g.item].start = o.totalUnits;
                --g.left;
                o.totalUnits += 1;
                o.items[g.item].end = o.totalUnits;
                yielded = true;
            }
            if (yielded)
                ++i;
            else
                gens.erase(gens.begin() + long(i));
        }
    }
    return o;
}

inline Outcome cooperativeBlocking(const QList<double> &items, int tasks,
                                   const StartLine &start = runningLine)
{
    Outcome o;
    o.items.resize(size_t(items.size()));
    std::deque<double> queue(items.begin(), items.end());
    size_t taken = 0;
    std::vector<int> alive;
    for (int t = 0; t < tasks; ++t)
        alive.push_back(t);
    while (!alive.empty()) {
        for (size_t i = 0; i < alive.size();) {
            if (queue.empty()) {
                alive.erase(alive.begin() + long(i));
                continue;
            }
            const double n = queue.front();
            queue.pop_front();
            o.lines.append(start(alive[i], taken));
            o.items[taken++] = {alive[i], o.totalUnits, o.totalUnits + n};
            o.totalUnits += n;
            o.lines.append(elapsed(alive[i], n));
            ++i;
        }
    }
    o.lines.append({QString(), std::nullopt});
    o.lines.append({QStringLiteral("Total elapsed time: "), o.totalUnits});
    return o;
}

// reported: what each item's elapsed line must at least say (by default its duration;
// when durations are what a real run's tasks occupied, the items' own lengths).
inline Outcome async(const QList<double> &items, int tasks, const StartLine &start = runningLine,
                     const QList<double> &reported = {})
{
    // A tiny event loop: timers ordered by (due time, order of creation).
    Outcome o;
    o.items.resize(size_t(items.size()));
    std::deque<double> queue(items.begin(), items.end());
    size_t taken = 0;
    struct Timer
    {
        double due;
        int seq;
        int task;
        double n;
        size_t item;
    };
    std::vector<Timer> timers;
    int seq = 0;
    auto startNext = [&](int task, double now) {
        if (queue.empty())
            return;
        const double n = queue.front();
        queue.pop_front();
        o.lines.append(start(task, taken));
        o.items[taken] = {task, now, now + n};
        timers.push_back({now + n, seq++, task, n, taken});
        ++taken;
    };
    for (int t = 0; t < tasks; ++t)
        startNext(t, 0);
    double now = 0;
    while (!timers.empty()) {
        auto first =
            std::min_element(timers.begin(), timers.end(), [](const Timer &a, const Timer &b) {
                return a.due != b.due ? a.due < b.due : a.seq < b.seq;
            });
        const Timer t = *first;
        timers.erase(first);
        for (const Timer &other : timers) {
            if (other.due == t.due)
                o.hasTie = true;
        }
        now = t.due;
        o.lines.append(elapsed(t.task, reported.isEmpty() ? t.n : reported.at(qsizetype(t.item))));
        startNext(t.task, now);
    }
    o.totalUnits = now;
    o.lines.append({QString(), std::nullopt});
    o.lines.append({QStringLiteral("Total elapsed time: "), o.totalUnits});
    return o;
}

inline QList<double> asUnits(const QList<qint64> &items)
{
    return QList<double>(items.begin(), items.end());
}

inline Outcome forVariant(const QString &id, const QList<qint64> &items, int tasks)
{
    if (id == QLatin1String("sync"))
        return sync(items, tasks);
    if (id == QLatin1String("cooperative"))
        return cooperative(items, tasks);
    if (id == QLatin1String("cooperative-blocking"))
        return cooperativeBlocking(asUnits(items), tasks);
    return async(asUnits(items), tasks);
}

} // namespace Reference
