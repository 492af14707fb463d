#include "traceexport.h"

#include "fileio.h"

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

// Written by hand rather than through QJsonDocument: a run of 100,000 items would build
// several hundred thousand QJsonObjects only to serialise them once.
class JsonWriter
{
public:
    QByteArray out;

    void raw(const char *s) { out.append(s); }
    void string(const QString &s)
    {
        out.append('"');
        // Escaping byte by byte is safe: every byte of a multi-byte UTF-8 sequence is >= 0x80.
        for (const char c : s.toUtf8()) {
            switch (c) {
            case '"':
                out.append("\\\"");
                break;
            case '\\':
                out.append("\\\\");
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20)
                    out.append("\\u00").append(
                        QByteArray::number(int(c), 16).rightJustified(2, '0'));
                else
                    out.append(c);
            }
        }
        out.append('"');
    }
    void micros(qint64 ns)
    {
        // Microseconds with nanosecond precision kept as decimals.
        out.append(QByteArray::number(double(ns) / 1000.0, 'f', 3));
    }
    void number(qint64 n) { out.append(QByteArray::number(n)); }
    // Opens a complete ("X") event on a lane's tid, up to the start of its args.
    void beginComplete(const QString &name, const char *category, int lane, qint64 start,
                       qint64 end)
    {
        raw(",\n{\"name\":");
        string(name);
        raw(",\"cat\":\"");
        raw(category);
        raw("\",\"ph\":\"X\",\"pid\":1,\"tid\":");
        number(qint64(lane + 1));
        raw(",\"ts\":");
        micros(start);
        raw(",\"dur\":");
        micros(end - start);
        raw(",\"args\":{");
    }
    void number(double d) { out.append(QByteArray::number(d, 'f', 3)); }
};

} // namespace

QByteArray traceToChromeJson(const Trace &trace, const std::function<bool()> &stop)
{
    // Asked every so many events: cheap beside writing them.
    bool stopped = false;
    qsizetype events = 0;
    auto goOn = [&] {
        if (!stopped && stop && ++events % 4096 == 0)
            stopped = stop();
        return !stopped;
    };
    JsonWriter w;
    w.out.reserve(trace.items().size() * 200 + trace.lines().size() * 100 + 4096);
    w.raw("{\"traceEvents\":[\n");
    w.raw(R"({"name":"process_name","ph":"M","pid":1,"tid":0,"args":{"name":)");
    w.string(u"TaskLanes "_s + trace.variantId());
    w.raw("}}");
    for (int lane = 0; lane < trace.tasks(); ++lane) {
        w.raw(",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":");
        w.number(qint64(lane + 1));
        w.raw(",\"args\":{\"name\":");
        w.string(u"Task "_s + taskName(lane));
        w.raw("}},\n{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":1,\"tid\":");
        w.number(qint64(lane + 1));
        w.raw(",\"args\":{\"sort_index\":");
        w.number(qint64(lane));
        w.raw("}}");
    }

    // How many spans each item has: one-span items carry their state in the work event.
    QList<int> spanCount(trace.items().size(), 0);
    for (const Span &s : trace.spans()) {
        if (s.item >= 0 && s.item < spanCount.size())
            ++spanCount[s.item];
    }
    QList<SpanState> soleState(trace.items().size(), SpanState::Running);
    for (const Span &s : trace.spans()) {
        if (s.item >= 0 && s.item < spanCount.size() && spanCount[s.item] == 1)
            soleState[s.item] = s.state;
    }

    for (const Trace::ItemExtent &e : trace.itemExtents()) {
        if (!goOn())
            break;
        const WorkItem &item = trace.items().at(e.item);
        w.beginComplete(item.valueText(), "work", e.lane, e.start, e.end);
        w.raw("\"index\":");
        w.number(qint64(e.item));
        w.raw(",\"value\":");
        if (item.isNumeric())
            w.number(item.units);
        else
            w.string(item.url);
        w.raw(",\"task\":");
        w.string(taskName(e.lane));
        w.raw(",\"kind\":");
        w.string(kindName(item.kind));
        const auto &workers = trace.data().laneWorkers;
        if (e.lane < workers.size() && workers[e.lane] != 0) {
            // The OS thread or process that did the work (threads and processes).
            w.raw(",\"");
            w.raw(trace.data().workerIdName.toUtf8().constData());
            w.raw("\":");
            w.number(workers[e.lane]);
        }
        if (spanCount[e.item] == 1) {
            w.raw(",\"state\":");
            w.string(stateName(soleState[e.item]));
        }
        if (e.failed) {
            // The reason in words, and as data so that an import can translate it.
            const ItemError error = trace.itemError(e.item);
            w.raw(",\"error\":");
            w.string(error.text());
            w.raw(",\"error_kind\":");
            w.string(error.kindName());
            w.raw(",\"error_details\":[");
            for (qsizetype i = 0; i < error.args.size(); ++i) {
                if (i)
                    w.raw(",");
                w.string(error.args[i]);
            }
            w.raw("]");
        }
        w.raw("}}");
    }
    for (const Span &s : trace.spans()) {
        if (!goOn())
            break;
        if (s.item < 0 || s.item >= spanCount.size() || spanCount[s.item] < 2)
            continue;
        w.beginComplete(stateName(s.state), "state", s.lane, s.start, s.end);
        w.raw("\"index\":");
        w.number(qint64(s.item));
        w.raw("}}");
    }
    const QStringList texts = goOn() ? trace.lineTexts() : QStringList();
    for (qsizetype i = 0; i < texts.size() && goOn(); ++i) {
        const LineEvent &l = trace.lines().at(i);
        if (l.kind == LineKind::Blank)
            continue;
        const bool runWide = l.kind == LineKind::RunTotal;
        w.raw(",\n{\"name\":");
        w.string(texts[i]);
        w.raw(",\"cat\":\"output\",\"ph\":\"i\",\"s\":");
        w.raw(runWide ? "\"p\"" : "\"t\"");
        w.raw(",\"pid\":1,\"tid\":");
        w.number(qint64(runWide ? 0 : l.lane + 1));
        w.raw(",\"ts\":");
        w.micros(l.time);
        w.raw("}");
    }
    w.raw("\n],\"displayTimeUnit\":\"ms\",\"otherData\":{\"variant\":");
    w.string(trace.variantId());
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
    w.raw("}}\n");
    return w.out;
}

Status writeChromeTrace(const Trace &trace, const QString &path, const std::function<bool()> &stop)
{
    return writeWholeFile(path, traceToChromeJson(trace, stop));
}

} // namespace TaskLanes
