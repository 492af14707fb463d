#include "workqueue.h"

#include <QUrl>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {
constexpr std::array<QStringView, 4> kindNames{u"count", u"sleep", u"fetch", u"compute"};
} // namespace

QString kindName(WorkKind kind)
{
    return kindNames[static_cast<size_t>(kind)].toString();
}

QString kindLabel(WorkKind kind)
{
    switch (kind) {
    case WorkKind::Count:
        return QCoreApplication::translate("WorkKind", "count");
    case WorkKind::Sleep:
        return QCoreApplication::translate("WorkKind", "sleep");
    case WorkKind::Fetch:
        return QCoreApplication::translate("WorkKind", "fetch");
    case WorkKind::Compute:
        return QCoreApplication::translate("WorkKind", "compute");
    }
    return kindName(kind);
}

std::optional<WorkKind> kindFromName(QStringView name)
{
    for (size_t i = 0; i < kindNames.size(); ++i) {
        if (name == kindNames[i])
            return static_cast<WorkKind>(i);
    }
    return std::nullopt;
}

QString WorkItem::valueText() const
{
    return isNumeric() ? QString::number(units) : url;
}

QVariant WorkItem::value() const
{
    return isNumeric() ? QVariant(units) : QVariant(url);
}

Status validateItem(const WorkItem &item)
{
    if (item.isNumeric()) {
        if (item.units < 0)
            return Error{
                QCoreApplication::translate("WorkQueue", "%1 is negative").arg(item.units)};
        if (item.units > Limits::maxUnits)
            return Error{QCoreApplication::translate("WorkQueue",
                                                     "%1 is larger than the maximum of %2 units")
                             .arg(item.units)
                             .arg(Limits::maxUnits)};
        return {};
    }
    const QUrl url(item.url, QUrl::StrictMode);
    if (item.url.isEmpty())
        return Error{QCoreApplication::translate("WorkQueue", "the URL is empty")};
    if (!url.isValid() || url.host().isEmpty())
        return Error{QCoreApplication::translate("WorkQueue", "\"%1\" is not a valid URL")
                         .arg(shown(item.url))};
    if (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)
        return Error{QCoreApplication::translate("WorkQueue", "\"%1\" is not an http or https URL")
                         .arg(shown(item.url))};
    return {};
}

QList<WorkItem> tutorialItems(WorkKind kind)
{
    QList<WorkItem> items;
    for (qint64 units : {15, 10, 5, 2})
        items.append({kind, units, {}});
    return items;
}

Result<WorkQueue> parseQueueList(const QString &text, WorkKind numericKind)
{
    const QStringList parts = text.split(u',');
    if (text.trimmed().isEmpty())
        return Error{QCoreApplication::translate("WorkQueue", "the queue is empty")};
    if (parts.size() > Limits::maxItems)
        return Error{QCoreApplication::translate(
                         "WorkQueue", "the queue has %1 items, more than the maximum of %2")
                         .arg(parts.size())
                         .arg(Limits::maxItems)};
    WorkQueue queue;
    queue.items.reserve(parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts[i].trimmed();
        const QString where = QCoreApplication::translate("WorkQueue", "queue item %1").arg(i + 1);
        if (part.isEmpty())
            return Error{where + QCoreApplication::translate("WorkQueue", " is empty")};
        WorkItem item;
        if (part.startsWith("http://"_L1, Qt::CaseInsensitive) ||
            part.startsWith("https://"_L1, Qt::CaseInsensitive)) {
            item = WorkItem::fetch(part);
        } else {
            bool ok = false;
            const qint64 n = part.toLongLong(&ok);
            if (!ok) {
                // Tell an overflow apart from letters: both are refused, but differently.
                const bool digits =
                    !part.isEmpty() && std::all_of(part.begin() + (part.front() == u'-' ? 1 : 0),
                                                   part.end(), [](QChar c) { return c.isDigit(); });
                if (digits)
                    return Error{
                        QCoreApplication::translate(
                            "WorkQueue", "%1 (\"%2\") is larger than the maximum of %3 units")
                            .arg(where, shown(part))
                            .arg(Limits::maxUnits)};
                return Error{QCoreApplication::translate(
                                 "WorkQueue", "%1 (\"%2\") is not a whole number or an http(s) URL")
                                 .arg(where, shown(part))};
            }
            if (numericKind == WorkKind::Fetch)
                return Error{QCoreApplication::translate(
                                 "WorkQueue",
                                 "%1 (\"%2\") is a number, but this variant fetches http(s) URLs")
                                 .arg(where, shown(part))};
            item = {numericKind, n, {}};
        }
        if (const Status valid = validateItem(item); !valid)
            return Error{u"%1 (\"%2\"): %3"_s.arg(where, shown(part), valid.error())};
        queue.items.append(item);
    }
    return queue;
}

QString kindList(const QList<WorkKind> &kinds, bool labels)
{
    QStringList names;
    for (WorkKind k : kinds)
        names.append(labels ? kindLabel(k) : kindName(k));
    if (names.size() < 2)
        return names.join(QString());
    return QCoreApplication::translate("WorkQueue", "%1 and %2", "the last two of a list")
        .arg(names.mid(0, names.size() - 1).join(u", "_s), names.last());
}

namespace {
QString spellTaskName(int index)
{
    static constexpr std::array<const char *, 20> small{
        "Zero",     "One",     "Two",     "Three",     "Four",     "Five",    "Six",
        "Seven",    "Eight",   "Nine",    "Ten",       "Eleven",   "Twelve",  "Thirteen",
        "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"};
    static constexpr std::array<const char *, 10> tens{
        "", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"};
    const int n = index + 1;
    auto below100 = [&](int v) {
        if (v < 20)
            return QString::fromLatin1(small[v]);
        QString s = QString::fromLatin1(tens[v / 10]);
        if (v % 10)
            s += u'-' + QString::fromLatin1(small[v % 10]);
        return s;
    };
    auto below1000 = [&](int v) {
        QString s;
        if (v >= 100) {
            s = QString::fromLatin1(small[v / 100]) + u" Hundred"_s;
            if (v % 100)
                s += u' ' + below100(v % 100);
            return s;
        }
        return below100(v);
    };
    if (n < 1000)
        return below1000(n);
    QString s = below1000(n / 1000) + u" Thousand"_s;
    if (n % 1000)
        s += u' ' + below1000(n % 1000);
    return s;
}
} // namespace

QString taskName(int index)
{
    // Spelled once: output lines name a task each, hundreds of thousands of times a run.
    static const QStringList names = [] {
        QStringList all;
        for (int i = 0; i < Limits::maxTasks; ++i)
            all.append(spellTaskName(i));
        return all;
    }();
    return index >= 0 && index < names.size() ? names.at(index) : spellTaskName(index);
}

} // namespace TaskLanes
