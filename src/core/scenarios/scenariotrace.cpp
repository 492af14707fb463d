#include "scenariotrace.h"

#include "formats/fileio.h"
#include "formats/jsonwriter.h"
#include "scenariofile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace TaskLanes::Scenarios {

namespace {

void key(JsonWriter &w, const char *name)
{
    w.rawChar(',');
    w.rawChar('"');
    w.raw(name);
    w.raw("\":");
}

void stuckList(JsonWriter &w, const ScenarioTrace &trace)
{
    w.rawChar('[');
    bool first = true;
    for (const StuckTask &stuck : trace.data().stuck) {
        if (!first)
            w.rawChar(',');
        first = false;
        w.raw("{\"task\":");
        w.string(trace.taskName(stuck.task));
        key(w, "waits_for");
        w.string(trace.resourceName(stuck.resource));
        key(w, "held_by");
        if (stuck.heldBy >= 0)
            w.string(trace.taskName(stuck.heldBy));
        else
            w.raw("null");
        w.rawChar('}');
    }
    w.rawChar(']');
}

void writeTrace(JsonWriter &w, const ScenarioTrace &trace)
{
    const ScenarioTrace::Data &d = trace.data();
    const int lanes = int(d.scenario.tasks.size());
    w.raw("{\"traceEvents\":[\n{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"tid\":0,"
          "\"args\":{\"name\":");
    w.string(d.scenario.title.isEmpty() ? u"TaskLanes scenario"_s : d.scenario.title);
    w.raw("}}");
    for (int lane = 0; lane < lanes; ++lane) {
        w.raw(",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":");
        w.number(qint64(lane + 1));
        w.raw(",\"args\":{\"name\":");
        w.string(trace.taskName(lane));
        w.raw("}}");
    }
    // Per lane, its steps and states are each in time order.
    std::vector<std::vector<qint32>> states;
    states.resize(size_t(lanes));
    for (qsizetype i = 0; i < d.spans.size(); ++i)
        states[d.spans.at(i).lane].push_back(qint32(i));
    std::vector<size_t> next(size_t(lanes), size_t(0));
    for (qsizetype s = 0; s < d.steps.size(); ++s) {
        const StepSpan &step = d.steps.at(s);
        const FlatStep &what = d.programs.at(step.lane).at(step.step);
        w.beginComplete(quoted(stepName(what.kind)), "step", step.lane, step.start, step.end);
        w.raw("\"task\":");
        w.string(trace.taskName(step.lane));
        key(w, "do");
        w.string(stepName(what.kind));
        if (what.resource >= 0) {
            key(w, "resource");
            w.string(trace.resourceName(what.resource));
        }
        if (takesUnits(what.kind)) {
            key(w, "units");
            w.number(what.units);
        }
        key(w, "step");
        w.string(what.where);
        key(w, "index");
        w.number(qint64(step.step));
        if (step.failed) {
            key(w, "error");
            w.string(d.errors.value(qint32(s)));
        }
        w.raw("}}");
        // The states inside this step.
        auto &mine = states[step.lane];
        size_t &at = next[step.lane];
        // (each unrolled step runs once: its states carry its index)
        while (at < mine.size() && d.spans.at(mine[at]).item == step.step) {
            const qint32 index = mine[at];
            const Span &span = d.spans.at(index);
            ++at;
            const QString state = stateName(span.state);
            w.beginComplete(quoted(state), "state", span.lane, span.start, span.end);
            w.raw("\"state\":");
            w.string(state);
            key(w, "index");
            w.number(qint64(span.item));
            if (const auto wait = d.waits.constFind(index); wait != d.waits.cend()) {
                key(w, "resource");
                w.string(trace.resourceName(wait->resource));
                if (wait->heldBy >= 0) {
                    key(w, "held_by");
                    w.string(trace.taskName(wait->heldBy));
                }
                key(w, "for");
                w.string(waitKindName(wait->kind));
            }
            if (span.waitingFor != WaitingFor::Nothing) {
                key(w, "waiting_for");
                w.string(waitingForName(span.waitingFor));
            }
            if (span.state == SpanState::Failed && step.failed) {
                key(w, "error");
                w.string(d.errors.value(qint32(s)));
            }
            w.raw("}}");
        }
    }
    for (qsizetype i = 0; i < d.flows.size(); ++i) {
        const Flow &flow = d.flows.at(i);
        const std::string name = quoted(trace.resourceName(flow.resource));
        for (int end = 0; end < 2; ++end) {
            w.raw(",\n{\"name\":");
            w.raw(name);
            w.raw(end == 0 ? ",\"cat\":\"flow\",\"ph\":\"s\",\"id\":"
                           : ",\"cat\":\"flow\",\"ph\":\"f\",\"bp\":\"e\",\"id\":");
            w.number(qint64(i + 1));
            w.raw(",\"pid\":1,\"tid\":");
            w.number(qint64((end == 0 ? flow.fromLane : flow.toLane) + 1));
            w.raw(",\"ts\":");
            w.micros(end == 0 ? flow.fromNs : flow.toNs);
            w.raw(",\"args\":{\"kind\":");
            w.string(flowKindName(flow.kind));
            w.raw("}}");
        }
    }
    for (const LoggedLine &line : d.lines) {
        w.raw(",\n{\"name\":");
        w.string(trace.lineText(line));
        w.raw(",\"cat\":\"line\",\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":");
        w.number(qint64(line.lane + 1));
        w.raw(",\"ts\":");
        w.micros(line.time);
        // What the line says as data, for reading the trace back.
        w.raw(",\"args\":{\"what\":");
        w.number(qint64(line.what));
        key(w, "resource");
        w.number(qint64(line.resource));
        key(w, "value");
        w.number(line.value);
        key(w, "other");
        w.number(qint64(line.other));
        w.raw("}}");
    }
    w.raw("\n],\"displayTimeUnit\":\"ms\",\"otherData\":{\"scenario\":");
    w.string(d.scenario.title);
    key(w, "model");
    w.string(backendName(d.backend));
    key(w, "unit_ms");
    w.number(qint64(d.unitMs));
    key(w, "total_ms");
    w.number(double(d.totalNs) / 1e6);
    key(w, "outcome");
    w.string(outcomeName(d.outcome));
    if (d.outcome == Outcome::Deadlock || d.outcome == Outcome::Stall) {
        key(w, d.outcome == Outcome::Deadlock ? "deadlock" : "stall");
        stuckList(w, trace);
        key(w, "stuck_at_ms");
        w.number(double(d.stuckAtNs) / 1e6);
    }
    key(w, "values");
    w.rawChar('{');
    for (qsizetype i = 0; i < d.values.size(); ++i) {
        const ValueResult &value = d.values.at(i);
        if (i > 0)
            w.rawChar(',');
        w.string(trace.resourceName(value.resource));
        w.raw(":{\"initial\":");
        w.number(value.initial);
        key(w, "final");
        w.number(value.final);
        key(w, "serial");
        w.number(value.serial);
        key(w, "writes");
        w.number(value.writes);
        key(w, "lost_updates");
        w.number(value.lost);
        w.rawChar('}');
    }
    w.rawChar('}');
    key(w, "lost_writes");
    w.rawChar('[');
    for (qsizetype i = 0; i < d.lostWrites.size(); ++i) {
        if (i > 0)
            w.rawChar(',');
        w.number(qint64(d.lostWrites.at(i)));
    }
    w.rawChar(']');
    // The scenario itself, so that the trace can be read back into the lab.
    key(w, "scenario_file");
    const QByteArray scenario =
        QJsonDocument::fromJson(scenarioToJson(d.scenario)).toJson(QJsonDocument::Compact);
    w.raw(std::string_view(scenario.constData(), size_t(scenario.size())));
    if (!d.workerIdName.isEmpty()) {
        key(w, "lane_workers");
        w.rawChar('[');
        for (qsizetype i = 0; i < d.laneWorkers.size(); ++i) {
            if (i > 0)
                w.rawChar(',');
            w.number(d.laneWorkers.at(i));
        }
        w.rawChar(']');
        key(w, "worker_id");
        w.string(d.workerIdName);
    }
    w.raw("}}\n");
    w.flush();
}

} // namespace

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Finished:
        return u"finished"_s;
    case Outcome::StepFailed:
        return u"step_failed"_s;
    case Outcome::Deadlock:
        return u"deadlock"_s;
    case Outcome::Stall:
        return u"stall"_s;
    case Outcome::Stopped:
        return u"stopped"_s;
    }
    return {};
}

QString waitKindName(WaitKind kind)
{
    switch (kind) {
    case WaitKind::Lock:
        return u"lock"_s;
    case WaitKind::Semaphore:
        return u"permit"_s;
    case WaitKind::Event:
        return u"set"_s;
    case WaitKind::Notify:
        return u"notify"_s;
    case WaitKind::Barrier:
        return u"parties"_s;
    case WaitKind::Get:
        return u"item"_s;
    case WaitKind::Put:
        return u"room"_s;
    case WaitKind::Join:
        return u"all_done"_s;
    case WaitKind::None:
        break;
    }
    return {};
}

QString flowKindName(FlowKind kind)
{
    switch (kind) {
    case FlowKind::ReleaseAcquire:
        return u"release_acquire"_s;
    case FlowKind::PutGet:
        return u"put_get"_s;
    case FlowKind::SetWait:
        return u"set_wait"_s;
    case FlowKind::NotifyWait:
        return u"notify_wait"_s;
    case FlowKind::BarrierRelease:
        return u"barrier_release"_s;
    case FlowKind::TaskDoneJoin:
        return u"task_done_join"_s;
    }
    return {};
}

QByteArray scenarioTraceToJson(const ScenarioTrace &trace)
{
    QByteArray out;
    JsonWriter w([&out](const char *p, qsizetype n) {
        out.append(p, n);
        return true;
    });
    writeTrace(w, trace);
    return out;
}

Status writeScenarioTrace(const ScenarioTrace &trace, const QString &path)
{
    OutputFile file(path);
    if (const Status opened = file.open(); !opened)
        return opened;
    JsonWriter w([&file](const char *p, qsizetype n) { return file.write(p, n); });
    writeTrace(w, trace);
    return file.commit();
}

namespace {

qint64 nsOf(const QJsonValue &micros)
{
    return qint64(std::llround(micros.toDouble() * 1000));
}

} // namespace

bool isScenarioTrace(const QByteArray &json)
{
    return json.contains("\"scenario_file\":");
}

Result<ScenarioTrace> importScenarioTrace(const QByteArray &json, const QString &sourceName)
{
    const auto fail = [&](const QString &why) {
        return Result<ScenarioTrace>(Error{shown(sourceName) + u": "_s + why});
    };
    const auto damaged = [&](const char *what) {
        return fail(
            QCoreApplication::translate("Scenario", "not a scenario trace TaskLanes wrote (%1)")
                .arg(QLatin1String(what)));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(FileError::notJson(parseError));
    const QJsonObject other = doc.object().value("otherData"_L1).toObject();
    if (!other.value("scenario_file"_L1).isObject())
        return damaged("no scenario in otherData");
    auto scenario = parseScenarioJson(
        QJsonDocument(other.value("scenario_file"_L1).toObject()).toJson(), sourceName);
    if (!scenario)
        return Error{scenario.error()};
    ScenarioTrace::Data d;
    d.scenario = std::move(*scenario);
    d.programs = unroll(d.scenario);
    const auto backend = backendFromName(other.value("model"_L1).toString());
    if (!backend)
        return damaged("model");
    d.backend = *backend;
    d.unitMs = other.value("unit_ms"_L1).toInt();
    if (d.unitMs < 1)
        return damaged("unit_ms");
    d.totalNs = qint64(std::llround(other.value("total_ms"_L1).toDouble() * 1e6));
    const QString outcome = other.value("outcome"_L1).toString();
    bool known = false;
    for (Outcome o : {Outcome::Finished, Outcome::StepFailed, Outcome::Deadlock, Outcome::Stall,
                      Outcome::Stopped})
        if (outcomeName(o) == outcome) {
            d.outcome = o;
            known = true;
        }
    if (!known)
        return damaged("outcome");
    const int tasks = int(d.scenario.tasks.size());
    const int resources = int(d.scenario.resources.size());
    const auto taskIndex = [&](const QJsonValue &v) {
        for (int t = 0; t < tasks; ++t)
            if (d.scenario.tasks.at(t).name == v.toString())
                return t;
        return -1;
    };
    for (const QJsonValue &v :
         other.value(outcome == "stall"_L1 ? "stall"_L1 : "deadlock"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        const StuckTask stuck{taskIndex(o.value("task"_L1)),
                              d.scenario.resourceIndex(o.value("waits_for"_L1).toString()),
                              taskIndex(o.value("held_by"_L1))};
        if (stuck.task < 0 || stuck.resource < 0)
            return damaged("deadlock");
        d.stuck.append(stuck);
    }
    d.stuckAtNs = other.contains("stuck_at_ms"_L1)
                      ? qint64(std::llround(other.value("stuck_at_ms"_L1).toDouble() * 1e6))
                      : -1;
    const QJsonObject values = other.value("values"_L1).toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QJsonObject v = it.value().toObject();
        const int r = d.scenario.resourceIndex(it.key());
        if (r < 0)
            return damaged("values");
        d.values.append({r, v.value("initial"_L1).toDouble(), v.value("final"_L1).toDouble(),
                         v.value("serial"_L1).toDouble(), qint64(v.value("writes"_L1).toDouble()),
                         qint64(v.value("lost_updates"_L1).toDouble())});
    }
    std::sort(d.values.begin(), d.values.end(),
              [](const ValueResult &a, const ValueResult &b) { return a.resource < b.resource; });
    QHash<qint64, Flow> flows; // by id, as their two ends come
    QHash<qint64, int> ends;   // 1: the start seen, 2: the end
    for (const QJsonValue &value : doc.object().value("traceEvents"_L1).toArray()) {
        const QJsonObject e = value.toObject();
        const QString ph = e.value("ph"_L1).toString();
        const QString cat = e.value("cat"_L1).toString();
        const int lane = e.value("tid"_L1).toInt() - 1;
        if (ph == "M"_L1)
            continue;
        if (ph != "X"_L1 && ph != "s"_L1 && ph != "f"_L1 && ph != "i"_L1)
            return damaged("an event of no known kind");
        if (lane < 0 || lane >= tasks)
            return damaged("an event on no task");
        const QJsonObject args = e.value("args"_L1).toObject();
        const qint64 start = nsOf(e.value("ts"_L1));
        if (ph == "X"_L1) {
            const qint64 end = start + nsOf(e.value("dur"_L1));
            const int index = args.value("index"_L1).toInt(-1);
            if (index < 0 || index >= d.programs.at(lane).size() || end < start)
                return damaged("a step out of its program");
            if (cat == "step"_L1) {
                d.steps.append({start, end, index, quint16(lane), args.contains("error"_L1)});
                if (args.contains("error"_L1))
                    d.errors.insert(qint32(d.steps.size() - 1), args.value("error"_L1).toString());
            } else if (cat != "state"_L1) {
                return damaged("a complete event neither step nor state");
            } else {
                const auto state = stateFromName(args.value("state"_L1).toString());
                const auto waitingFor =
                    args.contains("waiting_for"_L1)
                        ? waitingForFromName(args.value("waiting_for"_L1).toString())
                        : std::optional<WaitingFor>(WaitingFor::Nothing);
                if (!state || !waitingFor)
                    return damaged("a state");
                d.spans.append({start, end, index, quint16(lane), *state, *waitingFor});
                if (args.contains("resource"_L1)) {
                    WaitInfo wait{d.scenario.resourceIndex(args.value("resource"_L1).toString()),
                                  taskIndex(args.value("held_by"_L1)), WaitKind::None};
                    for (int k = int(WaitKind::Lock); k <= int(WaitKind::Join); ++k)
                        if (waitKindName(WaitKind(k)) == args.value("for"_L1).toString())
                            wait.kind = WaitKind(k);
                    if (wait.resource < 0)
                        return damaged("a wait");
                    d.waits.insert(qint32(d.spans.size() - 1), wait);
                }
            }
        } else if (ph == "s"_L1 || ph == "f"_L1) {
            Flow &flow = flows[qint64(e.value("id"_L1).toDouble())];
            flow.resource = d.scenario.resourceIndex(e.value("name"_L1).toString());
            if (flow.resource < 0)
                return damaged("a flow");
            for (FlowKind k :
                 {FlowKind::ReleaseAcquire, FlowKind::PutGet, FlowKind::SetWait,
                  FlowKind::NotifyWait, FlowKind::BarrierRelease, FlowKind::TaskDoneJoin})
                if (flowKindName(k) == args.value("kind"_L1).toString())
                    flow.kind = k;
            int &seen = ends[qint64(e.value("id"_L1).toDouble())];
            if (seen & (ph == "s"_L1 ? 1 : 2))
                return damaged("a flow with two starts or two ends");
            seen |= ph == "s"_L1 ? 1 : 2;
            (ph == "s"_L1 ? flow.fromNs : flow.toNs) = start;
            (ph == "s"_L1 ? flow.fromLane : flow.toLane) = quint16(lane);
        } else if (ph == "i"_L1 && cat == "line"_L1) {
            const int what = args.value("what"_L1).toInt(-1);
            const int resource = args.value("resource"_L1).toInt(-1);
            const int otherRef = args.value("other"_L1).toInt(-1);
            if (what < 0 || what > int(LineWhat::Done) || resource >= resources)
                return damaged("a line");
            d.lines.append({start, args.value("value"_L1).toDouble(), resource, otherRef,
                            quint16(lane), LineWhat(what)});
        }
    }
    // What the views and the writer rely on: each lane's steps in the order of its
    // program, each state inside a step of its lane, in order.
    QList<QHash<int, qsizetype>> stepOf(tasks);
    QList<int> lastStep(tasks, -1);
    for (qsizetype i = 0; i < d.steps.size(); ++i) {
        const StepSpan &step = d.steps.at(i);
        if (step.step <= lastStep.at(step.lane))
            return damaged("steps out of order");
        lastStep[step.lane] = step.step;
        stepOf[step.lane].insert(step.step, i);
    }
    QList<int> lastState(tasks, -1);
    for (const Span &span : d.spans) {
        const auto step = stepOf.at(span.lane).constFind(span.item);
        if (step == stepOf.at(span.lane).cend() || span.item < lastState.at(span.lane) ||
            span.start < d.steps.at(*step).start || span.end > d.steps.at(*step).end)
            return damaged("a state outside its step");
        lastState[span.lane] = span.item;
    }
    for (int seen : std::as_const(ends))
        if (seen != 3)
            return damaged("a flow without its other end");
    QList<qint64> ids = flows.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids)
        d.flows.append(flows.value(id));
    // The lines refer to steps (a failure) and tasks (a holder): within bounds, or refused.
    for (const LoggedLine &line : d.lines) {
        if (line.what == LineWhat::Failed && (line.other < 0 || line.other >= d.steps.size()))
            return damaged("a failed line");
        if (line.what == LineWhat::Waiting &&
            (line.other >= tasks || line.value != std::floor(line.value) || line.value < 0 ||
             line.value > double(int(WaitKind::Join))))
            return damaged("a waiting line"); // (its value says what it waits for)
        if (line.resource < 0 && line.what != LineWhat::Failed && line.what != LineWhat::Done)
            return damaged("a line without its resource");
    }
    for (const QJsonValue &v : other.value("lost_writes"_L1).toArray()) {
        const int line = v.toInt(-1);
        if (line < 0 || line >= d.lines.size())
            return damaged("lost_writes");
        d.lostWrites.append(line);
    }
    return ScenarioTrace(std::move(d));
}

Result<ScenarioTrace> loadScenarioTrace(const QString &path)
{
    const Result<QByteArray> bytes = readWholeFile(path, 256ll * 1024 * 1024);
    if (!bytes)
        return Error{bytes.error()};
    return importScenarioTrace(*bytes, path);
}

} // namespace TaskLanes::Scenarios
