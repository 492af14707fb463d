#include "householdtrace.h"

#include "formats/fileio.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace TaskLanes::Home {

QString activityName(Activity activity)
{
    switch (activity) {
    case Activity::Checkbook:
        return u"checkbook"_s;
    case Activity::Load:
        return u"load"_s;
    case Activity::Move:
        return u"move"_s;
    case Activity::Fold:
        return u"fold"_s;
    case Activity::Attention:
        return u"attention"_s;
    case Activity::Check:
        return u"check"_s;
    case Activity::StandBy:
        return u"stand_by"_s;
    case Activity::Idle:
        return u"idle"_s;
    case Activity::WaitLock:
        return u"wait"_s;
    case Activity::Washing:
        return u"washing"_s;
    case Activity::Drying:
        return u"drying"_s;
    case Activity::Calling:
        return u"calling"_s;
    case Activity::Attended:
        return u"attended"_s;
    }
    return {};
}

const Figures &DayTrace::empty()
{
    static const Figures none;
    return none;
}

QList<Answer> answers(const DayTrace::Data &data)
{
    QList<Answer> first(data.household.kids.size());
    for (const DaySpan &span : data.spans) {
        if (span.lane >= data.parentLanes || span.activity != Activity::Attention ||
            span.call < 0 || span.call >= first.size())
            continue;
        Answer &answer = first[span.call];
        if (answer.start < 0 || span.start < answer.start)
            answer = Answer{span.start, span.lane};
    }
    return first;
}

Figures computeFigures(const DayTrace::Data &data)
{
    const double unitNs = double(data.options.unitMs) * 1e6;
    const auto units = [unitNs](qint64 ns) { return double(ns) / unitNs; };
    Figures f;
    f.deadlocks = data.deadlocks;
    f.lostUpdates = data.lostUpdates;

    int checkbookPieces = 0;
    qint64 checkbookEnd = -1;
    qint64 foldEnd = -1;
    const QList<Answer> answered = answers(data);
    QList<qint64> callTime(data.household.kids.size(), -1);
    for (const DaySpan &span : data.spans) {
        f.dayEnd = std::max(f.dayEnd, units(span.end));
        if (span.lane >= data.parentLanes)
            continue;
        if (span.completes && span.activity == Activity::Checkbook) {
            ++checkbookPieces;
            checkbookEnd = std::max(checkbookEnd, span.end);
        }
        if (span.completes && span.activity == Activity::Fold)
            foldEnd = std::max(foldEnd, span.end);
    }
    for (const DayEvent &event : data.events)
        if (event.call && event.index >= 0 && event.index < callTime.size())
            callTime[event.index] = event.time;
    if (checkbookPieces >= data.checkbookParts)
        f.checkbookDone = units(checkbookEnd);
    if (foldEnd >= 0)
        f.laundryDone = units(foldEnd);

    double sum = 0;
    int attended = 0;
    for (qsizetype i = 0; i < callTime.size(); ++i) {
        if (answered.at(i).start < 0 || callTime.at(i) < 0) {
            f.latencies.append(std::nullopt);
            ++f.unattended;
            continue;
        }
        const double latency = std::max(0.0, units(answered.at(i).start - callTime.at(i)));
        f.latencies.append(latency);
        sum += latency;
        ++attended;
        f.latencyWorst = std::max(f.latencyWorst.value_or(0), latency);
    }
    if (attended > 0)
        f.latencyMean = sum / attended;

    // A check is wasted when what the parent does next is not what it found: a call to
    // answer or a load to handle.
    for (int lane = 0; lane < data.parentLanes; ++lane) {
        QList<const DaySpan *> own;
        for (const DaySpan &span : data.spans)
            if (span.lane == lane)
                own.append(&span);
        std::stable_sort(own.begin(), own.end(),
                         [](const DaySpan *a, const DaySpan *b) { return a->start < b->start; });
        for (qsizetype i = 0; i < own.size(); ++i) {
            if (own.at(i)->activity != Activity::Check)
                continue;
            ++f.checks;
            const Activity next = i + 1 < own.size() ? own.at(i + 1)->activity : Activity::Idle;
            if (next != Activity::Attention && next != Activity::Move && next != Activity::Fold)
                ++f.wastedChecks;
        }
    }
    return f;
}

DayTrace finishDay(DayTrace::Data data)
{
    DayTrace trace(std::move(data));
    trace.m_figures = std::make_shared<const Figures>(computeFigures(trace.data()));
    return trace;
}

namespace {

QString units(double value)
{
    // (in the app's language; the command line's locale is C)
    return QLocale().toString(value, 'f', 1);
}

QString maybe(const std::optional<double> &value, const QString &otherwise)
{
    return value ? units(*value) : otherwise;
}

} // namespace

QStringList figureLines(const DayTrace &trace)
{
    const Figures &m = trace.figures();
    const Figures &i = trace.data().ideal;
    const QString never = QCoreApplication::translate("Household", "never");
    QStringList lines;
    lines << QCoreApplication::translate("Household", "checkbook done: %1 (ideal %2)")
                 .arg(maybe(m.checkbookDone, never), maybe(i.checkbookDone, never));
    lines << QCoreApplication::translate("Household", "laundry done: %1 (ideal %2)")
                 .arg(maybe(m.laundryDone, never), maybe(i.laundryDone, never));
    QStringList each;
    for (const auto &latency : m.latencies)
        each << maybe(latency, QCoreApplication::translate("Household", "none"));
    lines << QCoreApplication::translate(
                 "Household", "attention latency: %1; mean %2, worst %3 (ideal mean %4, worst %5)")
                 .arg(each.isEmpty() ? QCoreApplication::translate("Household", "no calls")
                                     : each.join(u", "_s),
                      maybe(m.latencyMean, u"-"_s), maybe(m.latencyWorst, u"-"_s),
                      maybe(i.latencyMean, u"-"_s), maybe(i.latencyWorst, u"-"_s));
    lines << QCoreApplication::translate("Household", "checks: %1, wasted %2 (ideal %3, wasted %4)")
                 .arg(m.checks)
                 .arg(m.wastedChecks)
                 .arg(i.checks)
                 .arg(i.wastedChecks);
    lines << QCoreApplication::translate("Household",
                                         "deadlocks: %1, lost updates: %2 (ideal %3, %4)")
                 .arg(m.deadlocks)
                 .arg(m.lostUpdates)
                 .arg(i.deadlocks)
                 .arg(i.lostUpdates);
    return lines;
}

namespace {

QJsonValue rounded(const std::optional<double> &value)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    return std::round(*value * 1000) / 1000;
}

QJsonObject figuresJson(const Figures &f)
{
    QJsonArray latencies;
    for (const auto &latency : f.latencies)
        latencies.append(rounded(latency));
    return QJsonObject{{"checkbook_done"_L1, rounded(f.checkbookDone)},
                       {"laundry_done"_L1, rounded(f.laundryDone)},
                       {"latencies"_L1, latencies},
                       {"latency_mean"_L1, rounded(f.latencyMean)},
                       {"latency_worst"_L1, rounded(f.latencyWorst)},
                       {"checks"_L1, f.checks},
                       {"wasted_checks"_L1, f.wastedChecks},
                       {"deadlocks"_L1, f.deadlocks},
                       {"lost_updates"_L1, f.lostUpdates},
                       {"day_end"_L1, rounded(f.dayEnd)}};
}

double micros(qint64 ns)
{
    return std::round(double(ns) / 1e3 * 1000) / 1000;
}

} // namespace

QByteArray dayTraceToJson(const DayTrace &trace)
{
    const auto &d = trace.data();
    QJsonArray events;
    events.append(
        QJsonObject{{"ph"_L1, "M"_L1},
                    {"name"_L1, "process_name"_L1},
                    {"pid"_L1, 1},
                    {"tid"_L1, 0},
                    {"args"_L1, QJsonObject{{"name"_L1, "TaskLanes: the parent's day"_L1}}}});
    for (qsizetype lane = 0; lane < d.lanes.size(); ++lane)
        events.append(QJsonObject{{"ph"_L1, "M"_L1},
                                  {"name"_L1, "thread_name"_L1},
                                  {"pid"_L1, 1},
                                  {"tid"_L1, int(lane) + 1},
                                  {"args"_L1, QJsonObject{{"name"_L1, d.lanes.at(lane)}}}});
    for (const DaySpan &span : d.spans) {
        QJsonObject args{{"activity"_L1, activityName(span.activity)},
                         {"state"_L1, stateName(span.state)}};
        if (span.call >= 0)
            args.insert("call"_L1, span.call + 1);
        if (span.resource >= 0 && span.resource < d.resources.size())
            args.insert("for"_L1, d.resources.at(span.resource));
        if (span.completes)
            args.insert("completes"_L1, true);
        events.append(QJsonObject{{"ph"_L1, "X"_L1},
                                  {"cat"_L1, "day"_L1},
                                  {"name"_L1, activityName(span.activity)},
                                  {"pid"_L1, 1},
                                  {"tid"_L1, span.lane + 1},
                                  {"ts"_L1, micros(span.start)},
                                  {"dur"_L1, micros(span.end - span.start)},
                                  {"args"_L1, args}});
    }
    const QList<Answer> answered = answers(d);
    for (const DayEvent &event : d.events) {
        const QString name = event.call ? u"call"_s : u"buzz"_s;
        QJsonObject args;
        if (event.call)
            args.insert("call"_L1, event.index + 1);
        else
            args.insert("machine"_L1, event.index == 0 ? "washer"_L1 : "dryer"_L1);
        events.append(QJsonObject{{"ph"_L1, "i"_L1},
                                  {"s"_L1, "t"_L1},
                                  {"cat"_L1, name},
                                  {"name"_L1, name},
                                  {"pid"_L1, 1},
                                  {"tid"_L1, event.lane + 1},
                                  {"ts"_L1, micros(event.time)},
                                  {"args"_L1, args}});
        if (event.call && event.index < answered.size() && answered.at(event.index).start >= 0) {
            const int id = event.index + 1;
            events.append(QJsonObject{{"ph"_L1, "s"_L1},
                                      {"cat"_L1, "attention"_L1},
                                      {"name"_L1, "attention"_L1},
                                      {"id"_L1, id},
                                      {"pid"_L1, 1},
                                      {"tid"_L1, event.lane + 1},
                                      {"ts"_L1, micros(event.time)}});
            events.append(QJsonObject{{"ph"_L1, "f"_L1},
                                      {"bp"_L1, "e"_L1},
                                      {"cat"_L1, "attention"_L1},
                                      {"name"_L1, "attention"_L1},
                                      {"id"_L1, id},
                                      {"pid"_L1, 1},
                                      {"tid"_L1, answered.at(event.index).lane + 1},
                                      {"ts"_L1, micros(answered.at(event.index).start)}});
        }
    }
    QJsonObject household = figuresJson(trace.figures());
    household.insert("ideal"_L1, figuresJson(d.ideal));
    QJsonObject other{
        {"variant"_L1, parentId(d.options.parent)},
        {"unit_ms"_L1, d.options.unitMs},
        {"total_ms"_L1, std::round(double(d.totalNs) / 1e3) / 1e3},
        {"ideal_ms"_L1, std::round(d.ideal.dayEnd * d.options.unitMs * 1000) / 1000},
        {"household"_L1, household},
        {"household_file"_L1, QJsonDocument::fromJson(householdToJson(d.household)).object()},
        {"stopped"_L1, d.stopped},
        {"parent_lanes"_L1, d.parentLanes},
        {"checkbook_parts"_L1, d.checkbookParts},
        {"resources"_L1, QJsonArray::fromStringList(d.resources)},
        {"deadlocks"_L1, d.deadlocks},
        {"lost_updates"_L1, d.lostUpdates}};
    if (d.options.parent == Parent::Polling) {
        other.insert("interval"_L1, d.options.interval);
        other.insert("check_units"_L1, checkUnits);
    }
    if (d.options.parent == Parent::Async)
        other.insert("step"_L1, d.options.step);
    if (d.options.parent == Parent::Threads) {
        other.insert("fix"_L1, d.options.fix);
        if (!d.deadlockText.isEmpty())
            other.insert("deadlock"_L1, d.deadlockText);
        if (!d.checkbookText.isEmpty())
            other.insert("checkbook"_L1, d.checkbookText);
    }
    const QJsonObject root{
        {"traceEvents"_L1, events}, {"displayTimeUnit"_L1, "ms"_L1}, {"otherData"_L1, other}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Status writeDayTrace(const DayTrace &trace, const QString &path)
{
    return writeWholeFile(path, dayTraceToJson(trace));
}

bool isDayTrace(const QByteArray &json)
{
    // (a look at the bytes: the whole file is parsed by the import)
    return json.contains("\"household_file\"") && json.contains("\"variant\":\"parent-");
}

namespace {

std::optional<Activity> activityFromName(QStringView name)
{
    for (int a = 0; a <= int(Activity::Attended); ++a)
        if (name == activityName(Activity(a)))
            return Activity(a);
    return std::nullopt;
}

std::optional<double> optionalNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

Figures figuresFromJson(const QJsonObject &o)
{
    Figures f;
    f.checkbookDone = optionalNumber(o.value("checkbook_done"_L1));
    f.laundryDone = optionalNumber(o.value("laundry_done"_L1));
    for (const QJsonValue &v : o.value("latencies"_L1).toArray())
        f.latencies.append(optionalNumber(v));
    f.latencyMean = optionalNumber(o.value("latency_mean"_L1));
    f.latencyWorst = optionalNumber(o.value("latency_worst"_L1));
    f.checks = o.value("checks"_L1).toInt();
    f.wastedChecks = o.value("wasted_checks"_L1).toInt();
    f.deadlocks = o.value("deadlocks"_L1).toInt();
    f.lostUpdates = o.value("lost_updates"_L1).toInt();
    f.dayEnd = o.value("day_end"_L1).toDouble();
    return f;
}

} // namespace

Result<DayTrace> importDayTrace(const QByteArray &json, const QString &sourceName)
{
    const auto fail = [&](const QString &why) {
        return Result<DayTrace>(Error{shown(sourceName) + u": "_s + why});
    };
    if (json.size() > maxDayTraceBytes)
        return fail(QCoreApplication::translate("Household", "too large for a day's trace"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(FileError::notJson(parseError));
    const QJsonObject other = doc.object().value("otherData"_L1).toObject();
    const auto parent = parentFromId(other.value("variant"_L1).toString());
    if (!parent)
        return fail(QCoreApplication::translate(
            "Household",
            "not a trace of the parent's day (\"otherData.variant\" is not a parent)"));
    DayTrace::Data d;
    d.options.parent = *parent;
    const Result<Household> household = parseHouseholdJson(
        QJsonDocument(other.value("household_file"_L1).toObject()).toJson(), sourceName);
    if (!household)
        return Error{household.error()};
    d.household = *household;
    d.options.unitMs = other.value("unit_ms"_L1).toInt();
    if (d.options.unitMs < 1 || d.options.unitMs > 1'000'000)
        return fail(
            QCoreApplication::translate("Household", "\"unit_ms\" is missing or out of range"));
    d.options.interval = other.value("interval"_L1).toDouble(defaultInterval);
    d.options.step = other.value("step"_L1).toDouble(defaultStep);
    d.options.fix = other.value("fix"_L1).toBool();
    const double totalMs = other.value("total_ms"_L1).toDouble(-1);
    if (!std::isfinite(totalMs) || totalMs < 0 || totalMs > 1e12)
        return fail(
            QCoreApplication::translate("Household", "\"total_ms\" is missing or out of range"));
    d.totalNs = qint64(totalMs * 1e6);
    d.stopped = other.value("stopped"_L1).toBool();
    d.checkbookParts = std::clamp(other.value("checkbook_parts"_L1).toInt(1), 1, 2);
    d.deadlocks = std::max(0, other.value("deadlocks"_L1).toInt());
    d.lostUpdates = std::max(0, other.value("lost_updates"_L1).toInt());
    d.deadlockText = other.value("deadlock"_L1).toString();
    d.checkbookText = other.value("checkbook"_L1).toString();
    for (const QJsonValue &r : other.value("resources"_L1).toArray())
        d.resources.append(r.toString());
    const QJsonObject figures = other.value("household"_L1).toObject();
    d.ideal = figuresFromJson(figures.value("ideal"_L1).toObject());

    const QJsonArray events = doc.object().value("traceEvents"_L1).toArray();
    QMap<int, QString> names;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        if (e.value("ph"_L1) == "M"_L1 && e.value("name"_L1) == "thread_name"_L1) {
            const int tid = e.value("tid"_L1).toInt();
            if (tid < 1 || tid > maxDayLanes)
                return fail(
                    QCoreApplication::translate("Household", "a lane's tid is out of range"));
            names.insert(tid, e.value("args"_L1).toObject().value("name"_L1).toString());
        }
    }
    if (names.isEmpty() || names.lastKey() != names.size())
        return fail(
            QCoreApplication::translate("Household", "its lanes are not numbered 1, 2, 3, ..."));
    d.lanes = names.values();
    d.parentLanes = other.value("parent_lanes"_L1).toInt(1);
    if (d.parentLanes < 1 || d.parentLanes > d.lanes.size())
        return fail(
            QCoreApplication::translate("Household", "\"parent_lanes\" does not fit its lanes"));
    const auto ns = [](const QJsonValue &us) { return qint64(std::llround(us.toDouble() * 1e3)); };
    const auto time = [](const QJsonValue &us) {
        return us.isDouble() && std::isfinite(us.toDouble()) && us.toDouble() >= 0 &&
               us.toDouble() <= 1e15;
    };
    const qsizetype calls = d.household.kids.size();
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        const QString ph = e.value("ph"_L1).toString();
        const int tid = e.value("tid"_L1).toInt();
        if (ph == "X"_L1 && e.value("cat"_L1) == "day"_L1) {
            const QJsonObject args = e.value("args"_L1).toObject();
            const auto activity = activityFromName(args.value("activity"_L1).toString());
            const auto state = stateFromName(args.value("state"_L1).toString());
            if (!activity || !state || tid < 1 || tid > d.lanes.size() || !time(e.value("ts"_L1)) ||
                !time(e.value("dur"_L1)))
                return fail(QCoreApplication::translate(
                    "Household",
                    "a span of the day is damaged (its lane, time, activity or state)"));
            DaySpan span;
            span.start = ns(e.value("ts"_L1));
            span.end = span.start + ns(e.value("dur"_L1));
            span.lane = quint16(tid - 1);
            span.activity = *activity;
            span.state = *state;
            const int call = args.value("call"_L1).toInt(0) - 1;
            if (call >= calls)
                return fail(QCoreApplication::translate(
                    "Household", "a span names a call the household does not have"));
            span.call = qint16(call);
            span.resource = qint16(d.resources.indexOf(args.value("for"_L1).toString()));
            span.completes = args.value("completes"_L1).toBool();
            d.spans.append(span);
        } else if (ph == "i"_L1 &&
                   (e.value("cat"_L1) == "call"_L1 || e.value("cat"_L1) == "buzz"_L1)) {
            const bool call = e.value("cat"_L1) == "call"_L1;
            const QJsonObject args = e.value("args"_L1).toObject();
            const int index = call ? args.value("call"_L1).toInt(0) - 1
                                   : (args.value("machine"_L1) == "dryer"_L1 ? 1 : 0);
            if (tid < 1 || tid > d.lanes.size() || !time(e.value("ts"_L1)) || index < 0 ||
                (call && index >= calls))
                return fail(QCoreApplication::translate(
                    "Household", "a call or a buzzer of the day is damaged"));
            d.events.append(DayEvent{ns(e.value("ts"_L1)), quint16(tid - 1), call, qint16(index)});
        }
    }
    return finishDay(std::move(d));
}

} // namespace TaskLanes::Home
