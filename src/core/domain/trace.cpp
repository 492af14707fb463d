#include "trace.h"

#include <algorithm>
#include <charconv>
#include <vector>

using namespace Qt::StringLiterals;

namespace TaskLanes {

QString stateName(SpanState state)
{
    switch (state) {
    case SpanState::Running:
        return u"running"_s;
    case SpanState::Blocked:
        return u"blocked"_s;
    case SpanState::Awaiting:
        return u"awaiting"_s;
    case SpanState::Ready:
        return u"ready"_s;
    case SpanState::Waiting:
        return u"waiting"_s;
    case SpanState::Failed:
        return u"failed"_s;
    }
    return {};
}

std::optional<SpanState> stateFromName(QStringView name)
{
    for (int i = 0; i < spanStateCount; ++i) {
        if (stateName(SpanState(i)) == name)
            return SpanState(i);
    }
    if (name == u"idle") // traces written before the states were unified (threads-gil)
        return SpanState::Ready;
    return std::nullopt;
}

QString waitingForName(WaitingFor what)
{
    switch (what) {
    case WaitingFor::Nothing:
        return {};
    case WaitingFor::Scheduler:
        return u"scheduler"_s;
    case WaitingFor::Loop:
        return u"event_loop"_s;
    case WaitingFor::Gil:
        return u"gil"_s;
    case WaitingFor::Connection:
        return u"connection"_s;
    }
    return {};
}

std::optional<WaitingFor> waitingForFromName(QStringView name)
{
    for (WaitingFor w : {WaitingFor::Nothing, WaitingFor::Scheduler, WaitingFor::Loop,
                         WaitingFor::Gil, WaitingFor::Connection}) {
        if (waitingForName(w) == name)
            return w;
    }
    return std::nullopt;
}

std::string_view taskNameUtf8(int lane)
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> all;
        all.reserve(Limits::maxTasks);
        for (int i = 0; i < Limits::maxTasks; ++i)
            all.push_back(taskName(i).toStdString());
        return all;
    }();
    if (lane >= 0 && lane < int(names.size()))
        return names[size_t(lane)];
    thread_local std::string other;
    other = taskName(lane).toStdString();
    return other;
}

void appendLine(std::string &out, LineKind kind, int lane, qint64 value, int unitMs,
                QStringView url)
{
    auto number = [&out](qint64 n) {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, n);
        out.append(buf, r.ptr);
    };
    auto units = [&out, unitMs](qint64 ns) {
        // to_chars rounds the exact value of the double, ties to even, as Python does.
        char buf[400];
        const auto r = std::to_chars(buf, buf + sizeof buf, double(ns) / (double(unitMs) * 1e6),
                                     std::chars_format::fixed, 1);
        out.append(buf, r.ptr);
    };
    auto task = [&] {
        out.append("Task ");
        out.append(taskNameUtf8(lane));
    };
    switch (kind) {
    case LineKind::Running:
        task();
        out.append(" running");
        return;
    case LineKind::CountTotal:
        task();
        out.append(" total: ");
        number(value);
        return;
    case LineKind::NothingToDo:
        task();
        out.append(" nothing to do");
        return;
    case LineKind::Elapsed:
        task();
        out.append(" total elapsed time: ");
        units(value);
        return;
    case LineKind::Blank:
        return;
    case LineKind::RunTotal:
        out.append("Total elapsed time: ");
        units(value);
        return;
    case LineKind::GettingUrl:
        task();
        out.append(" getting URL: ");
        const QByteArray bytes = url.toUtf8();
        out.append(bytes.constData(), size_t(bytes.size()));
        return;
    }
}

QString formatLine(LineKind kind, int lane, qint64 value, int unitMs, const QString &url)
{
    std::string text;
    appendLine(text, kind, lane, value, unitMs, url);
    return QString::fromStdString(text);
}

qint64 LineFormatter::value(const LineEvent &line) const
{
    switch (line.kind) {
    case LineKind::CountTotal:
        return items.value(line.ref).units;
    case LineKind::Elapsed: {
        // ref is the item's first span; the line comes as the item ends, so the item
        // took from that span's start to the line (one span or many, as under a GIL).
        const Span span = spans.value(line.ref);
        return std::max<qint64>(0,
                                std::max(span.end, line.time) - span.start); // end is -1 while open
    }
    case LineKind::RunTotal:
        return totalNs;
    default:
        return 0;
    }
}

QString LineFormatter::url(const LineEvent &line) const
{
    return line.kind == LineKind::GettingUrl ? items.value(line.ref).url : QString();
}

QString LineFormatter::text(const LineEvent &line) const
{
    return formatLine(line.kind, line.lane, value(line), unitMs, url(line));
}

void LineFormatter::appendText(std::string &out, const LineEvent &line) const
{
    appendLine(out, line.kind, line.lane, value(line), unitMs, url(line));
}

QString Trace::lineText(qsizetype i) const
{
    const LineFormatter f{m_d->items, m_d->spans, m_d->unitMs, m_d->totalNs};
    return f.text(m_d->lines.at(i));
}

QStringList Trace::lineTexts() const
{
    QStringList out;
    out.reserve(m_d->lines.size());
    const LineFormatter f{m_d->items, m_d->spans, m_d->unitMs, m_d->totalNs};
    for (const LineEvent &l : m_d->lines)
        out.append(f.text(l));
    return out;
}

qsizetype Trace::recordBytes() const
{
    return m_d->spans.capacity() * qsizetype(sizeof(Span)) +
           m_d->lines.capacity() * qsizetype(sizeof(LineEvent));
}

QList<Trace::ItemExtent> Trace::itemExtents() const
{
    // Spans are in start order, so items are listed in the order of their first span.
    QList<qint32> position(m_d->items.size(), -1);
    QList<ItemExtent> out;
    out.reserve(m_d->items.size());
    for (const Span &s : m_d->spans) {
        if (s.item < 0 || s.item >= position.size())
            continue;
        const qint64 end = s.isOpen() ? m_d->totalNs : s.end;
        qint32 &at = position[s.item];
        if (at < 0) {
            at = qint32(out.size());
            out.append({s.item, s.lane, s.start, end, false});
        }
        ItemExtent &e = out[at];
        e.end = std::max(e.end, end);
        e.failed = e.failed || s.state == SpanState::Failed;
    }
    return out;
}

} // namespace TaskLanes
