#include "scenariotrace.h"

#include "formats/fileio.h"
#include "formats/jsonwriter.h"

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
        w.rawChar('}');
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

} // namespace TaskLanes::Scenarios
