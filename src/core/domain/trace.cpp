#include "trace.h"

#include <algorithm>

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
    case SpanState::Idle:
        return u"idle"_s;
    case SpanState::Failed:
        return u"failed"_s;
    }
    return {};
}

QString formatLine(LineKind kind, int lane, qint64 value, int unitMs, const QString &url)
{
    auto units = [unitMs](qint64 ns) {
        return QString::number(double(ns) / (double(unitMs) * 1e6), 'f', 1);
    };
    switch (kind) {
    case LineKind::Running:
        return u"Task "_s + taskName(lane) + u" running"_s;
    case LineKind::CountTotal:
        return u"Task "_s + taskName(lane) + u" total: "_s + QString::number(value);
    case LineKind::NothingToDo:
        return u"Task "_s + taskName(lane) + u" nothing to do"_s;
    case LineKind::Elapsed:
        return u"Task "_s + taskName(lane) + u" total elapsed time: "_s + units(value);
    case LineKind::Blank:
        return {};
    case LineKind::RunTotal:
        return u"Total elapsed time: "_s + units(value);
    case LineKind::GettingUrl:
        return u"Task "_s + taskName(lane) + u" getting URL: "_s + url;
    }
    return {};
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
