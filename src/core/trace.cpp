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

QString LineFormatter::units(qint64 ns) const
{
    return QString::number(double(ns) / (double(unitMs) * 1e6), 'f', 1);
}

QString LineFormatter::text(const LineEvent &line) const
{
    const QString task = u"Task "_s + taskName(line.lane);
    switch (line.kind) {
    case LineKind::Running:
        return task + u" running"_s;
    case LineKind::CountTotal:
        return task + u" total: "_s + QString::number(items.value(line.ref).units);
    case LineKind::NothingToDo:
        return task + u" nothing to do"_s;
    case LineKind::Elapsed: {
        const Span span = spans.value(line.ref);
        return task + u" total elapsed time: "_s +
               units(std::max<qint64>(0, span.end - span.start));
    }
    case LineKind::Blank:
        return {};
    case LineKind::RunTotal:
        return u"Total elapsed time: "_s + units(totalNs);
    }
    return {};
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
    QList<ItemExtent> byItem(m_d->items.size());
    for (const Span &s : m_d->spans) {
        if (s.item < 0 || s.item >= byItem.size())
            continue;
        ItemExtent &e = byItem[s.item];
        const qint64 end = s.isOpen() ? m_d->totalNs : s.end;
        if (e.item < 0) {
            e = {s.item, s.lane, s.start, end, false};
        } else {
            e.start = std::min(e.start, s.start);
            e.end = std::max(e.end, end);
        }
        e.failed = e.failed || s.state == SpanState::Failed;
    }
    QList<ItemExtent> out;
    out.reserve(byItem.size());
    for (const ItemExtent &e : byItem) {
        if (e.item >= 0)
            out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const ItemExtent &a, const ItemExtent &b) {
        return a.start != b.start ? a.start < b.start : a.item < b.item;
    });
    return out;
}

} // namespace TaskLanes
