#include "traceexport.h"

#include "fileio.h"
#include "jsonwriter.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

// Writes the whole trace through w; false when stop ended it early.
bool writeTrace(JsonWriter &w, const Trace &trace, const std::function<bool()> &stop)
{
    // Asked every so many events: cheap beside writing them.
    bool stopped = false;
    qsizetype events = 0;
    auto goOn = [&] {
        if (!stopped && stop && ++events % 4096 == 0)
            stopped = stop();
        return !stopped && w.ok();
    };
    w.raw("{\"traceEvents\":[\n");
    w.raw(R"({"name":"process_name","ph":"M","pid":1,"tid":0,"args":{"name":)");
    w.string(QStringView(QString(u"TaskLanes "_s + trace.variantId())));
    w.raw("}}");
    for (int lane = 0; lane < trace.tasks(); ++lane) {
        w.raw(",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":");
        w.number(qint64(lane + 1));
        w.raw(",\"args\":{\"name\":");
        w.string(QStringView(QString(u"Task "_s + taskName(lane))));
        w.raw("}},\n{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":1,\"tid\":");
        w.number(qint64(lane + 1));
        w.raw(",\"args\":{\"sort_index\":");
        w.number(qint64(lane));
        w.raw("}}");
    }
    std::string kindNames[4];
    for (const WorkKind kind :
         {WorkKind::Count, WorkKind::Sleep, WorkKind::Fetch, WorkKind::Compute})
        kindNames[int(kind)] = quoted(kindName(kind));
    std::string stateNames[spanStateCount];
    for (int state = 0; state < spanStateCount; ++state)
        stateNames[state] = quoted(stateName(SpanState(state)));
    const std::string workerIdName = trace.data().workerIdName.toStdString();

    // How many spans each item has: one-span items carry their state in the work event.
    const qsizetype itemCount = trace.items().size();
    std::vector<int> spanCount(size_t(itemCount), 0);
    std::vector<SpanState> soleState(size_t(itemCount), SpanState::Running);
    for (const Span &s : trace.spans()) {
        if (s.item >= 0 && s.item < itemCount) {
            ++spanCount[size_t(s.item)];
            soleState[size_t(s.item)] = s.state; // read only where the item has one span
        }
    }

    std::string name; // an item's value as its event's name, quoted
    for (const Trace::ItemExtent &e : trace.itemExtents()) {
        if (!goOn())
            break;
        const WorkItem &item = trace.items().at(e.item);
        name.clear();
        if (item.isNumeric()) {
            char buf[24];
            name.push_back('"');
            name.append(buf, std::to_chars(buf, buf + sizeof buf, item.units).ptr);
            name.push_back('"');
        } else {
            name = quoted(item.url);
        }
        w.beginComplete(name, "work", e.lane, e.start, e.end);
        w.raw("\"index\":");
        w.number(qint64(e.item));
        w.raw(",\"value\":");
        if (item.isNumeric())
            w.number(item.units);
        else
            w.raw(name);
        w.raw(",\"task\":");
        w.string(taskNameUtf8(e.lane));
        w.raw(",\"kind\":");
        w.raw(kindNames[int(item.kind)]);
        const auto &workers = trace.data().laneWorkers;
        if (e.lane < workers.size() && workers[e.lane] != 0) {
            // The OS thread or process that did the work (threads and processes).
            w.raw(",\"");
            w.raw(workerIdName);
            w.raw("\":");
            w.number(workers[e.lane]);
        }
        if (spanCount[size_t(e.item)] == 1) {
            w.raw(",\"state\":");
            w.raw(stateNames[int(soleState[size_t(e.item)])]);
        }
        if (e.failed) {
            // The reason in words, and as data so that an import can translate it.
            const ItemError error = trace.itemError(e.item);
            w.raw(",\"error\":");
            w.string(QStringView(error.text()));
            w.raw(",\"error_kind\":");
            w.string(QStringView(error.kindName()));
            w.raw(",\"error_details\":[");
            for (qsizetype i = 0; i < error.args.size(); ++i) {
                if (i)
                    w.raw(",");
                w.string(QStringView(error.args[i]));
            }
            w.raw("]");
        }
        w.raw("}}");
    }
    for (const Span &s : trace.spans()) {
        if (!goOn())
            break;
        // An item in one span says its state in its work event; a task between items
        // (ready before its first) has only a state event, without an index.
        const bool between = s.item < 0;
        if (!between && (s.item >= itemCount || spanCount[size_t(s.item)] < 2))
            continue;
        w.beginComplete(stateNames[int(s.state)], "state", s.lane, s.start, s.end);
        w.raw("\"state\":");
        w.raw(stateNames[int(s.state)]);
        if (s.waitingFor != WaitingFor::Nothing) {
            w.raw(",\"waiting_for\":");
            w.string(QStringView(waitingForName(s.waitingFor)));
        }
        if (!between) {
            w.raw(",\"index\":");
            w.number(qint64(s.item));
        }
        w.raw("}}");
    }
    const LineFormatter format{trace.items(), trace.spans(), trace.unitMs(), trace.totalNs()};
    std::string text; // one line's text, reused
    for (const LineEvent &l : trace.lines()) {
        if (!goOn())
            break;
        if (l.kind == LineKind::Blank)
            continue;
        const bool runWide = l.kind == LineKind::RunTotal;
        text.clear();
        format.appendText(text, l);
        w.raw(",\n{\"name\":");
        w.string(std::string_view(text));
        w.raw(",\"cat\":\"output\",\"ph\":\"i\",\"s\":");
        w.raw(runWide ? "\"p\"" : "\"t\"");
        w.raw(",\"pid\":1,\"tid\":");
        w.number(qint64(runWide ? 0 : l.lane + 1));
        w.raw(",\"ts\":");
        w.micros(l.time);
        w.raw("}");
    }
    w.raw("\n],\"displayTimeUnit\":\"ms\",\"otherData\":{\"variant\":");
    w.string(QStringView(trace.variantId()));
    w.raw(",\"unit_ms\":");
    w.number(qint64(trace.unitMs()));
    w.raw(",\"tasks\":");
    w.number(qint64(trace.tasks()));
    w.raw(",\"total_ms\":");
    w.number(trace.totalMs());
    w.raw(",\"ideal_ms\":");
    w.number(trace.idealMs());
    w.raw(",\"cancelled\":");
    w.raw(trace.cancelled() || stopped ? "true" : "false");
    if (trace.data().switchIntervalMs > 0) {
        w.raw(",\"switch_interval_ms\":");
        w.number(qint64(trace.data().switchIntervalMs));
    }
    // What the run teaches, in English, as the command line says it.
    w.raw(",\"notes\":[");
    for (qsizetype i = 0; i < trace.notes().size(); ++i) {
        if (i)
            w.raw(",");
        w.string(QStringView(trace.notes()[i].english()));
    }
    w.raw("]}}\n");
    w.flush();
    return !stopped;
}

} // namespace

QByteArray traceToChromeJson(const Trace &trace, const std::function<bool()> &stop)
{
    QByteArray out;
    JsonWriter w([&out](const char *p, qsizetype n) {
        out.append(p, n);
        return true;
    });
    writeTrace(w, trace, stop);
    return out;
}

Status writeChromeTrace(const Trace &trace, const QString &path, const std::function<bool()> &stop)
{
    OutputFile file(path);
    if (const Status opened = file.open(); !opened)
        return opened;
    JsonWriter w([&file](const char *p, qsizetype n) { return file.write(p, n); });
    writeTrace(w, trace, stop);
    return file.commit();
}

} // namespace TaskLanes
