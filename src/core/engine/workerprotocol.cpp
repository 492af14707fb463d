#include "workerprotocol.h"

#include <QList>
#include <QString>

#include <limits>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace TaskLanes::WorkerProtocol {

namespace {

constexpr QByteArrayView greeting = "tasklanes-worker 1";

// A whole number that is the whole field: digits, after a minus sign for a signed T.
template <typename T> std::optional<T> whole(QByteArrayView field)
{
    const bool negative = !field.isEmpty() && field[0] == '-' && std::is_signed_v<T>;
    const QByteArrayView digits = negative ? field.sliced(1) : field;
    if (digits.isEmpty() || digits.size() > 19)
        return std::nullopt;
    quint64 v = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + quint64(c - '0');
    }
    if (negative) {
        if (v > quint64(std::numeric_limits<T>::max()) + 1)
            return std::nullopt;
        return T(-qint64(v));
    }
    if (v > quint64(std::numeric_limits<T>::max()))
        return std::nullopt;
    return T(v);
}

// The line's fields, split on single spaces; empty when it holds anything that cannot be
// in a line (a line break, a NUL).
QList<QByteArrayView> fields(QByteArrayView line)
{
    QList<QByteArrayView> out;
    if (line.size() > maxLine || line.contains('\n') || line.contains('\r') || line.contains('\0'))
        return out;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == ' ') {
            out.append(line.sliced(from, i - from));
            from = i + 1;
        }
    }
    return out;
}

} // namespace

QByteArray hello(const Hello &h)
{
    return "hello " + QByteArray::number(h.originNs) + ' ' + QByteArray::number(h.unitOps) + ' ' +
           QByteArray::number(h.unitMs) + ' ' + QByteArray::number(h.timeoutMs);
}

std::optional<Hello> parseHello(QByteArrayView line)
{
    const auto f = fields(line);
    if (f.size() != 5 || f[0] != "hello")
        return std::nullopt;
    const auto origin = whole<qint64>(f[1]);
    const auto ops = whole<quint64>(f[2]);
    const auto unit = whole<qint64>(f[3]);
    const auto timeout = whole<int>(f[4]);
    if (!origin || !ops || *ops > maxUnitOps || !unit || !timeout || *unit < Limits::minUnitMs ||
        *unit > Limits::maxUnitMs || *timeout < 1 || *timeout > Limits::maxTimeoutMs)
        return std::nullopt;
    return Hello{*origin, *ops, *unit, *timeout};
}

QByteArray item(qint32 index, const WorkItem &work)
{
    return "item " + QByteArray::number(index) + ' ' + kindName(work.kind).toUtf8() + ' ' +
           work.valueText().toUtf8();
}

std::optional<Item> parseItem(QByteArrayView line)
{
    const auto f = fields(line);
    if (f.size() != 4 || f[0] != "item")
        return std::nullopt;
    const auto index = whole<qint32>(f[1]);
    const auto kind = kindFromName(QString::fromUtf8(f[2]));
    if (!index || *index < 0 || !kind)
        return std::nullopt;
    WorkItem work{*kind, 0, {}};
    if (*kind == WorkKind::Fetch) {
        work.url = QString::fromUtf8(f[3]);
    } else {
        const auto units = whole<qint64>(f[3]);
        if (!units)
            return std::nullopt;
        work.units = *units;
    }
    if (!validateItem(work))
        return std::nullopt;
    return Item{*index, work};
}

QByteArray ready(qint64 pid)
{
    return "ready " + greeting.toByteArray() + ' ' + QByteArray::number(pid);
}

QByteArray begin(qint32 item, qint64 ns)
{
    return "begin " + QByteArray::number(item) + ' ' + QByteArray::number(ns);
}

QByteArray end(qint32 item, qint64 ns, const std::optional<ItemError> &error)
{
    QByteArray line = "end " + QByteArray::number(item) + ' ' + QByteArray::number(ns);
    if (!error)
        return line + " ok";
    // Its kind, then its details, tab-separated (a detail never holds a tab or a line break).
    QString text = error->kindName();
    for (QString detail : error->args)
        text += u'\t' + detail.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return line + " fail " + text.toUtf8();
}

std::optional<Message> parseMessage(QByteArrayView line)
{
    const auto f = fields(line);
    if (f.size() == 4 && f[0] == "ready" && f[1] == "tasklanes-worker" && f[2] == "1") {
        const auto pid = whole<qint64>(f[3]);
        if (!pid || *pid <= 0)
            return std::nullopt;
        return Message{Message::Ready, *pid, -1, 0, std::nullopt};
    }
    if (f.size() < 3 || (f[0] != "begin" && f[0] != "end"))
        return std::nullopt;
    const auto index = whole<qint32>(f[1]);
    const auto ns = whole<qint64>(f[2]);
    if (!index || *index < 0 || !ns || *ns < 0)
        return std::nullopt;
    if (f[0] == "begin")
        return f.size() == 3 ? std::optional(Message{Message::Begin, 0, *index, *ns, std::nullopt})
                             : std::nullopt;
    if (f.size() == 4 && f[3] == "ok")
        return Message{Message::End, 0, *index, *ns, std::nullopt};
    if (f.size() < 5 || f[3] != "fail")
        return std::nullopt;
    // end <i> <ns> fail <kind>[TAB<detail>]...: everything after "fail " is the reason.
    const qsizetype at = f[0].size() + f[1].size() + f[2].size() + f[3].size() + 4;
    const QStringList parts = QString::fromUtf8(line.sliced(at)).split(u'\t');
    const auto kind = ItemError::kindFromName(parts.first());
    if (!kind)
        return std::nullopt;
    return Message{Message::End, 0, *index, *ns, ItemError{*kind, parts.mid(1)}};
}

} // namespace TaskLanes::WorkerProtocol
