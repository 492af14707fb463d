#include "workqueue.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>

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

namespace FileError {
QString missing(const QString &path)
{
    return QCoreApplication::translate("FileError", "%1: no such file").arg(path);
}

QString unreadable(const QString &path, const QString &why)
{
    return QCoreApplication::translate("FileError", "%1: cannot read: %2").arg(path, why);
}

QString notJson(const QJsonParseError &error)
{
    return QCoreApplication::translate("FileError", "not valid JSON (%1 at byte %2)")
        .arg(error.errorString())
        .arg(error.offset);
}
} // namespace FileError

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

QString validateItem(const WorkItem &item)
{
    if (item.isNumeric()) {
        if (item.units < 0)
            return QCoreApplication::translate("WorkQueue", "%1 is negative").arg(item.units);
        if (item.units > Limits::maxUnits)
            return QCoreApplication::translate("WorkQueue",
                                               "%1 is larger than the maximum of %2 units")
                .arg(item.units)
                .arg(Limits::maxUnits);
        return {};
    }
    const QUrl url(item.url, QUrl::StrictMode);
    if (item.url.isEmpty())
        return QCoreApplication::translate("WorkQueue", "the URL is empty");
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("WorkQueue", "\"%1\" is not a valid URL").arg(item.url);
    if (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)
        return QCoreApplication::translate("WorkQueue", "\"%1\" is not an http or https URL")
            .arg(item.url);
    return {};
}

ParseResult parseQueueList(const QString &text, WorkKind numericKind)
{
    const QStringList parts = text.split(u',');
    if (text.trimmed().isEmpty())
        return {std::nullopt, QCoreApplication::translate("WorkQueue", "the queue is empty")};
    if (parts.size() > Limits::maxItems)
        return {std::nullopt,
                QCoreApplication::translate("WorkQueue",
                                            "the queue has %1 items, more than the maximum of %2")
                    .arg(parts.size())
                    .arg(Limits::maxItems)};
    WorkQueue queue;
    queue.items.reserve(parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts[i].trimmed();
        const QString where = QCoreApplication::translate("WorkQueue", "queue item %1").arg(i + 1);
        if (part.isEmpty())
            return {std::nullopt, where + QCoreApplication::translate("WorkQueue", " is empty")};
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
                    return {std::nullopt,
                            QCoreApplication::translate(
                                "WorkQueue", "%1 (\"%2\") is larger than the maximum of %3 units")
                                .arg(where, part)
                                .arg(Limits::maxUnits)};
                return {std::nullopt,
                        QCoreApplication::translate(
                            "WorkQueue", "%1 (\"%2\") is not a whole number or an http(s) URL")
                            .arg(where, part)};
            }
            if (numericKind == WorkKind::Fetch)
                return {std::nullopt,
                        QCoreApplication::translate(
                            "WorkQueue",
                            "%1 (\"%2\") is a number, but this variant fetches http(s) URLs")
                            .arg(where, part)};
            item = {numericKind, n, {}};
        }
        if (const QString why = validateItem(item); !why.isEmpty())
            return {std::nullopt, u"%1 (\"%2\"): %3"_s.arg(where, part, why)};
        queue.items.append(item);
    }
    return {queue, {}};
}

ParseResult loadQueueFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {std::nullopt, FileError::missing(path)};
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, FileError::unreadable(path, file.errorString())};
    // A queue of a million items is about 40 MB; anything far larger is not ours.
    constexpr qint64 maxBytes = 256ll * 1024 * 1024;
    if (file.size() > maxBytes)
        return {std::nullopt, QCoreApplication::translate(
                                  "WorkQueue", "%1: the file is too large to be a queue file")
                                  .arg(path)};
    return parseQueueJson(file.readAll(), path);
}

ParseResult parseQueueJson(const QByteArray &json, const QString &sourceName)
{
    auto fail = [&](const QString &why) {
        return ParseResult{std::nullopt, sourceName + u": "_s + why};
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(FileError::notJson(parseError));
    if (!doc.isObject())
        return fail(QCoreApplication::translate(
            "WorkQueue", "not a TaskLanes queue file (the top level is not an object)"));
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toString() != "tasklanes-queue"_L1)
        return fail(QCoreApplication::translate(
            "WorkQueue", "not a TaskLanes queue file (\"format\" is not \"tasklanes-queue\")"));
    const QJsonValue version = root.value("version"_L1);
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) ||
        version.toDouble() < 1)
        return fail(QCoreApplication::translate(
            "WorkQueue", "\"version\" is missing or not a positive whole number"));
    if (version.toDouble() > queueFileVersion)
        return fail(
            QCoreApplication::translate(
                "WorkQueue",
                "version %1 is newer than this TaskLanes reads (%2); please update TaskLanes")
                .arg(version.toDouble())
                .arg(queueFileVersion));

    WorkQueue queue;
    if (root.contains("tasks"_L1)) {
        const QJsonValue tasks = root.value("tasks"_L1);
        const double t = tasks.toDouble(-1);
        if (!tasks.isDouble() || t != std::floor(t) || t < 1 || t > Limits::maxTasks)
            return fail(QCoreApplication::translate("WorkQueue",
                                                    "\"tasks\" must be a whole number from 1 to %1")
                            .arg(Limits::maxTasks));
        queue.tasks = int(t);
    }
    const QJsonValue itemsValue = root.value("items"_L1);
    if (!itemsValue.isArray())
        return fail(QCoreApplication::translate("WorkQueue", "\"items\" is missing or not a list"));
    const QJsonArray items = itemsValue.toArray();
    if (items.isEmpty())
        return fail(QCoreApplication::translate("WorkQueue", "the queue is empty"));
    if (items.size() > Limits::maxItems)
        return fail(
            QCoreApplication::translate("WorkQueue", "%1 items, more than the maximum of %2")
                .arg(items.size())
                .arg(Limits::maxItems));
    queue.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QCoreApplication::translate("WorkQueue", "item %1: ").arg(i + 1);
        const QJsonObject obj = items.at(i).toObject();
        if (!items.at(i).isObject())
            return fail(where + QCoreApplication::translate(
                                    "WorkQueue", "not an object with \"kind\" and \"value\""));
        const auto kind = kindFromName(obj.value("kind"_L1).toString());
        if (!kind)
            return fail(where + QCoreApplication::translate(
                                    "WorkQueue",
                                    "unknown kind \"%1\" (expected count, sleep, fetch or compute)")
                                    .arg(obj.value("kind"_L1).toVariant().toString()));
        const QJsonValue value = obj.value("value"_L1);
        WorkItem item{*kind, 0, {}};
        if (*kind == WorkKind::Fetch) {
            if (!value.isString())
                return fail(where + QCoreApplication::translate(
                                        "WorkQueue", "a fetch item's value must be a URL string"));
            item.url = value.toString();
        } else {
            const double v = value.toDouble(-1);
            if (!value.isDouble() || v != std::floor(v))
                return fail(where + QCoreApplication::translate(
                                        "WorkQueue", "a %1 item's value must be a whole number")
                                        .arg(kindName(*kind)));
            if (v < 0 || v > double(Limits::maxUnits))
                return fail(where +
                            QCoreApplication::translate("WorkQueue", "%1 is outside 0 to %2")
                                .arg(v, 0, 'f', 0)
                                .arg(Limits::maxUnits));
            item.units = qint64(v);
        }
        if (const QString why = validateItem(item); !why.isEmpty())
            return fail(where + why);
        queue.items.append(item);
    }
    return {queue, {}};
}

QByteArray queueToJson(const WorkQueue &queue)
{
    QJsonArray items;
    for (const WorkItem &item : queue.items) {
        QJsonObject obj{{"kind"_L1, kindName(item.kind)}};
        obj.insert("value"_L1,
                   item.isNumeric() ? QJsonValue(double(item.units)) : QJsonValue(item.url));
        items.append(obj);
    }
    const QJsonObject root{{"format"_L1, "tasklanes-queue"_L1},
                           {"version"_L1, queueFileVersion},
                           {"tasks"_L1, queue.tasks},
                           {"items"_L1, items}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool saveQueueFile(const WorkQueue &queue, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("WorkQueue", "%1: cannot write: %2")
                         .arg(path, file.errorString());
        return false;
    }
    file.write(queueToJson(queue));
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("WorkQueue", "%1: cannot write: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
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
