#include "monitor.h"

#include "engine/compute.h"

#include <QCoreApplication>

#include <algorithm>

namespace TaskLanes::Scenarios {

namespace {

quint32 doesKey(int resource, StepKind kind)
{
    return quint32(resource) << 8 | quint32(kind);
}

} // namespace

Monitor::Monitor(const Scenario &scenario, const RunOptions &options)
    : m_timeoutMs(options.timeoutMs), m_onLine(options.onLine), m_onSnapshot(options.onSnapshot),
      m_snapshotEvery(std::max(1, options.snapshotMs / stuckCheckMs))
{
    m_data.scenario = scenario;
    m_data.programs = unroll(scenario);
    m_data.backend = options.backend;
    m_data.unitMs = options.unitMs;
    m_tasks.resize(size_t(scenario.tasks.size()));
    m_lastDoes.resize(m_tasks.size());
    bool computes = false;
    for (qsizetype t = 0; t < m_data.programs.size(); ++t) {
        const Program &program = m_data.programs.at(t);
        for (qsizetype i = 0; i < program.size(); ++i) {
            const FlatStep &s = program.at(i);
            computes = computes || s.kind == StepKind::Compute || s.kind == StepKind::Count;
            if (s.resource >= 0)
                m_lastDoes[size_t(t)].insert(doesKey(s.resource, s.kind), i);
        }
    }
    m_resources.resize(size_t(scenario.resources.size()));
    for (qsizetype r = 0; r < scenario.resources.size(); ++r) {
        const Resource &resource = scenario.resources.at(r);
        ResourceRun &state = m_resources[size_t(r)];
        state.permits = resource.type == ResourceType::Semaphore ? resource.count : 0;
        state.value = resource.initial;
    }
    m_nodes.push_back({-1, 0}); // every value's initial version
    m_data.laneWorkers.resize(scenario.tasks.size());
    // Calibrated before the clock starts, so that the first compute step is not the
    // calibration's.
    if (computes)
        m_opsPerUnit = qint64(ComputeWork::opsPerMs() * options.unitMs);
    m_origin = Clock::now();
}

qint64 Monitor::now() const
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - m_origin).count();
}

const FlatStep &Monitor::step(int task) const
{
    return m_data.programs.at(task).at(m_tasks.at(size_t(task)).pc);
}

bool Monitor::atEnd(int task) const
{
    return m_tasks.at(size_t(task)).pc >= m_data.programs.at(task).size();
}

void Monitor::lineLocked(int task, LineWhat what, int resource, double value, int other)
{
    const LoggedLine line{now(), value, resource, other, quint16(task), what};
    m_data.lines.append(line);
    if (m_onLine)
        m_onLine(m_data, line);
}

void Monitor::flowLocked(const Mark &from, int toTask, int resource, FlowKind kind)
{
    if (from.task < 0 || from.task == toTask)
        return; // nothing was handed to another task
    m_data.flows.append({from.time, now(), quint16(from.task), quint16(toTask), resource, kind});
}

void Monitor::beginStepLocked(int task, SpanState state, WaitingFor waitingFor)
{
    TaskRun &t = run(task);
    const qint64 at = now();
    t.stepSpan = qint32(m_data.steps.size());
    m_data.steps.append({at, -1, qint32(t.pc), quint16(task), false});
    t.stateSpan = qint32(m_data.spans.size());
    m_data.spans.append({at, -1, qint32(t.pc), quint16(task), state, waitingFor});
}

void Monitor::setStateLocked(int task, SpanState state, WaitingFor waitingFor, qint64 at)
{
    TaskRun &t = run(task);
    Span &open = m_data.spans[t.stateSpan];
    const qint64 when = std::max(open.start, at >= 0 ? at : now());
    open.end = when;
    t.stateSpan = qint32(m_data.spans.size());
    m_data.spans.append({when, -1, qint32(t.pc), quint16(task), state, waitingFor});
}

void Monitor::endStepLocked(int task)
{
    TaskRun &t = run(task);
    const qint64 at = now();
    m_data.spans[t.stateSpan].end = at;
    m_data.steps[t.stepSpan].end = at;
    t.stateSpan = t.stepSpan = -1;
    ++t.pc;
    changed();
}

void Monitor::failStepLocked(int task, const QString &why)
{
    TaskRun &t = run(task);
    if (t.stepSpan < 0)
        beginStepLocked(task, SpanState::Failed);
    else
        m_data.spans[t.stateSpan].state = SpanState::Failed;
    m_data.steps[t.stepSpan].failed = true;
    m_data.errors.insert(t.stepSpan, why);
    lineLocked(task, LineWhat::Failed, -1, 0, t.stepSpan);
    const qint64 at = now();
    m_data.spans[t.stateSpan].end = at;
    m_data.steps[t.stepSpan].end = at;
    t.stateSpan = t.stepSpan = -1;
    if (m_data.outcome == Outcome::Finished)
        m_data.outcome = Outcome::StepFailed;
    changed();
}

void Monitor::finishTaskLocked(int task)
{
    TaskRun &t = run(task);
    if (t.finished)
        return;
    const qint64 at = now();
    if (t.stateSpan >= 0)
        m_data.spans[t.stateSpan].end = std::max(m_data.spans[t.stateSpan].start, at);
    if (t.stepSpan >= 0)
        m_data.steps[t.stepSpan].end = std::max(m_data.steps[t.stepSpan].start, at);
    t.stateSpan = t.stepSpan = -1;
    if (atEnd(task))
        lineLocked(task, LineWhat::Done, -1);
    t.finished = true;
    ++m_finished;
    changed();
}

std::deque<int> &Monitor::queueFor(WaitKind kind, int resource)
{
    ResourceRun &r = res(resource);
    switch (kind) {
    case WaitKind::Notify:
    case WaitKind::Put:
        return r.notified;
    case WaitKind::Join:
        return r.joiners;
    default:
        return r.waiters;
    }
}

void Monitor::grantLocked(int task, const Mark &by, FlowKind flow, bool drawn)
{
    TaskRun &t = run(task);
    t.granted = true;
    t.grantedAt = now();
    t.grantedBy = by;
    t.grantFlow = flow;
    t.grantDrawn = drawn;
    changed();
    if (wake)
        wake(task);
}

void Monitor::takeLockLocked(int task, int resource)
{
    ResourceRun &r = res(resource);
    r.holder = task;
    r.depth = 1;
    flowLocked(r.lastRelease, task, resource, FlowKind::ReleaseAcquire);
    lineLocked(task, LineWhat::Acquired, resource);
    changed();
}

void Monitor::pushItemLocked(int resource, double value, const Mark &from)
{
    ResourceRun &r = res(resource);
    ++r.unfinished;
    if (!r.waiters.empty()) { // a waiting get takes it at once, and says so now (see below)
        const int getter = r.waiters.front();
        r.waiters.pop_front();
        lineLocked(getter, LineWhat::Got, resource, value);
        grantLocked(getter, from, FlowKind::PutGet);
        return;
    }
    r.items.push_back({value, from});
}

bool Monitor::tryLocked(int task, WaitKind kind, int resource)
{
    ResourceRun &r = res(resource);
    const Resource &info = this->resource(resource);
    const Mark me{task, now()};
    switch (kind) {
    case WaitKind::Lock:
        if (r.holder == task && info.type == ResourceType::RLock) {
            ++r.depth;
            lineLocked(task, LineWhat::Acquired, resource);
            changed();
            return true;
        }
        if (r.holder == -1 && r.waiters.empty()) {
            takeLockLocked(task, resource);
            return true;
        }
        return false;
    case WaitKind::Semaphore:
        if (r.permits > 0 && r.waiters.empty()) {
            --r.permits;
            if (!r.releases.empty()) {
                flowLocked(r.releases.front(), task, resource, FlowKind::ReleaseAcquire);
                r.releases.pop_front();
            }
            lineLocked(task, LineWhat::Acquired, resource);
            changed();
            return true;
        }
        return false;
    case WaitKind::Event:
        if (!r.set)
            return false;
        flowLocked(r.lastSet, task, resource, FlowKind::SetWait);
        lineLocked(task, LineWhat::SawSet, resource);
        changed();
        return true;
    case WaitKind::Notify:
        return false; // a condition's wait always waits for a notify
    case WaitKind::Barrier:
        ++r.arrived;
        lineLocked(task, LineWhat::Arrived, resource, r.arrived);
        changed();
        if (r.arrived < info.count)
            return false;
        for (int waiter : r.waiters)
            grantLocked(waiter, me, FlowKind::BarrierRelease);
        r.waiters.clear();
        r.arrived = 0;
        lineLocked(task, LineWhat::Passed, resource);
        return true;
    case WaitKind::Get: {
        if (r.items.empty())
            return false;
        const Queued item = r.items.front();
        r.items.pop_front();
        flowLocked(item.from, task, resource, FlowKind::PutGet);
        lineLocked(task, LineWhat::Got, resource, item.value);
        if (!r.notified.empty()) { // room for a waiting put
            const int putter = r.notified.front();
            r.notified.pop_front();
            // Its item goes in now: it is said now, so that no get is ever said before
            // the put of its item.
            lineLocked(putter, LineWhat::Put, resource, step(putter).value);
            pushItemLocked(resource, step(putter).value, {putter, me.time});
            grantLocked(putter, me, FlowKind::PutGet, false);
        }
        changed();
        return true;
    }
    case WaitKind::Put:
        if (info.count != 0 && qint64(r.items.size()) >= info.count)
            return false;
        lineLocked(task, LineWhat::Put, resource, step(task).value);
        pushItemLocked(resource, step(task).value, me);
        changed();
        return true;
    case WaitKind::Join:
        if (r.unfinished != 0)
            return false;
        lineLocked(task, LineWhat::Joined, resource);
        changed();
        return true;
    case WaitKind::None:
        break;
    }
    return true;
}

void Monitor::waitLocked(int task, WaitKind kind, int resource)
{
    queueFor(kind, resource).push_back(task);
    realWaitLocked(task, kind, resource);
}

void Monitor::realWaitLocked(int task, WaitKind kind, int resource)
{
    TaskRun &t = run(task);
    t.wait = kind;
    t.waitResource = resource;
    t.granted = false;
    setStateLocked(task, SpanState::Waiting);
    const int holder = kind == WaitKind::Lock ? res(resource).holder : -1;
    m_data.waits.insert(t.stateSpan, {resource, holder, kind});
    lineLocked(task, LineWhat::Waiting, resource, double(int(kind)), holder);
    changed();
}

void Monitor::endWaitLocked(int task)
{
    TaskRun &t = run(task);
    const int resource = t.waitResource;
    if (t.granted) {
        if (!realLocks && m_loopHeldUntil > t.grantedAt)
            setStateLocked(task, SpanState::Ready, WaitingFor::Loop, t.grantedAt);
        setStateLocked(task, SpanState::Running);
        if (t.grantDrawn)
            flowLocked(t.grantedBy, task, resource, t.grantFlow);
        switch (t.wait) {
        case WaitKind::Lock:
        case WaitKind::Semaphore:
            lineLocked(task, LineWhat::Acquired, resource);
            break;
        case WaitKind::Event:
            lineLocked(task, LineWhat::SawSet, resource);
            break;
        case WaitKind::Notify:
            lineLocked(task, LineWhat::Woke, resource);
            break;
        case WaitKind::Barrier:
            lineLocked(task, LineWhat::Passed, resource);
            break;
        case WaitKind::Get: // said when the item was handed over, and
        case WaitKind::Put: // when its item went in: the lines keep the queue's count
            break;
        case WaitKind::Join:
            lineLocked(task, LineWhat::Joined, resource);
            break;
        case WaitKind::None:
            break;
        }
    }
    t.wait = WaitKind::None;
    t.granted = false;
    changed();
}

void Monitor::realAcquiredLocked(int task, int resource, bool waited)
{
    TaskRun &t = run(task);
    if (waited) {
        setStateLocked(task, SpanState::Running);
        t.wait = WaitKind::None;
    }
    ResourceRun &r = res(resource);
    if (this->resource(resource).type == ResourceType::Semaphore) {
        --r.permits;
        if (!r.releases.empty()) {
            flowLocked(r.releases.front(), task, resource, FlowKind::ReleaseAcquire);
            r.releases.pop_front();
        }
    } else if (r.holder == task) {
        ++r.depth; // an rlock again
    } else {
        r.holder = task;
        r.depth = 1;
        flowLocked(r.lastRelease, task, resource, FlowKind::ReleaseAcquire);
        // A task that began to wait in the moment between Qt's lock and this call did not
        // know the holder yet: its wait names it now.
        for (const TaskRun &other : m_tasks)
            if (other.wait == WaitKind::Lock && other.waitResource == resource &&
                other.stateSpan >= 0)
                if (auto wait = m_data.waits.find(other.stateSpan);
                    wait != m_data.waits.end() && wait->heldBy < 0)
                    wait->heldBy = task;
    }
    lineLocked(task, LineWhat::Acquired, resource);
    changed();
}

void Monitor::releaseLocked(int task, int resource)
{
    ResourceRun &r = res(resource);
    const Mark me{task, now()};
    lineLocked(task, LineWhat::Released, resource);
    if (this->resource(resource).type == ResourceType::Semaphore) {
        if (!realLocks && !r.waiters.empty()) {
            const int waiter = r.waiters.front();
            r.waiters.pop_front();
            grantLocked(waiter, me, FlowKind::ReleaseAcquire);
        } else {
            ++r.permits;
            r.releases.push_back(me);
        }
    } else if (--r.depth == 0) {
        r.holder = -1;
        r.lastRelease = me;
        if (!realLocks && !r.waiters.empty()) {
            const int waiter = r.waiters.front();
            r.waiters.pop_front();
            r.holder = waiter;
            r.depth = 1;
            grantLocked(waiter, me, FlowKind::ReleaseAcquire);
        }
    }
    changed();
}

void Monitor::setLocked(int task, int resource)
{
    ResourceRun &r = res(resource);
    r.set = true;
    r.lastSet = {task, now()};
    lineLocked(task, LineWhat::Set, resource);
    for (int waiter : r.waiters)
        grantLocked(waiter, r.lastSet, FlowKind::SetWait);
    r.waiters.clear();
    changed();
}

void Monitor::clearLocked(int task, int resource)
{
    res(resource).set = false;
    lineLocked(task, LineWhat::Cleared, resource);
    changed();
}

void Monitor::notifyLocked(int task, int resource, bool all)
{
    ResourceRun &r = res(resource);
    const Mark me{task, now()};
    const qsizetype n =
        all ? qsizetype(r.notified.size()) : std::min<qsizetype>(1, r.notified.size());
    for (qsizetype i = 0; i < n; ++i) {
        const int waiter = r.notified.front();
        r.notified.pop_front();
        grantLocked(waiter, me, FlowKind::NotifyWait);
    }
    lineLocked(task, LineWhat::Notified, resource, double(n), all ? 1 : 0);
    changed();
}

bool Monitor::taskDoneLocked(int task, int resource)
{
    ResourceRun &r = res(resource);
    if (r.unfinished == 0) {
        failStepLocked(task, QCoreApplication::translate(
                                 "Scenario", "task_done() called too many times (Python raises "
                                             "ValueError)"));
        return false;
    }
    lineLocked(task, LineWhat::TaskDone, resource);
    if (--r.unfinished == 0) {
        const Mark me{task, now()};
        for (int joiner : r.joiners)
            grantLocked(joiner, me, FlowKind::TaskDoneJoin);
        r.joiners.clear();
    }
    changed();
    return true;
}

void Monitor::readLocked(int task, int resource)
{
    const ResourceRun &r = res(resource);
    run(task).copies.insert(resource, {r.value, r.node});
    lineLocked(task, LineWhat::Read, resource, r.value);
    changed();
}

void Monitor::writeLocked(int task, int resource, double add)
{
    ResourceRun &r = res(resource);
    Copy &copy = run(task).copies[resource];
    const double written = copy.value + add;
    m_nodes.push_back({copy.node, m_nodes.at(size_t(copy.node)).depth + 1});
    r.node = int(m_nodes.size() - 1);
    r.value = written;
    ++r.writes;
    r.added += add;
    copy = {written, r.node};
    m_writeLines.emplace_back(qint32(m_data.lines.size()), r.node);
    lineLocked(task, LineWhat::Wrote, resource, written);
    changed();
}

bool Monitor::satisfiableLocked(int task) const
{
    const TaskRun &t = m_tasks.at(size_t(task));
    if (t.granted)
        return true;
    if (!realLocks)
        return false;
    const ResourceRun &r = m_resources.at(size_t(t.waitResource));
    if (t.wait == WaitKind::Lock)
        return r.holder == -1 ||
               (r.holder == task && resource(t.waitResource).type == ResourceType::RLock);
    if (t.wait == WaitKind::Semaphore)
        return r.permits > 0;
    return false;
}

bool Monitor::canGiveLocked(int giver, int waiter) const
{
    const TaskRun &g = m_tasks.at(size_t(giver));
    const TaskRun &w = m_tasks.at(size_t(waiter));
    if (g.finished)
        return false;
    const int resource = w.waitResource;
    if (w.wait == WaitKind::Lock)
        return m_resources.at(size_t(resource)).holder == giver;
    // A waiting giver's own step is its wait: only what comes after it can give.
    const qsizetype from = g.wait == WaitKind::None ? g.pc : g.pc + 1;
    const auto does = [&](StepKind kind) {
        return m_lastDoes.at(size_t(giver)).value(doesKey(resource, kind), -1) >= from;
    };
    switch (w.wait) {
    case WaitKind::Semaphore:
        return does(StepKind::Release);
    case WaitKind::Event:
        return does(StepKind::Set);
    case WaitKind::Notify:
        return does(StepKind::Notify) || does(StepKind::NotifyAll);
    case WaitKind::Barrier:
        return does(StepKind::Wait);
    case WaitKind::Get:
        return does(StepKind::Put);
    case WaitKind::Put:
        return does(StepKind::Get);
    case WaitKind::Join:
        return does(StepKind::TaskDone);
    default:
        return false;
    }
}

void Monitor::snapshotLocked()
{
    if (!m_onSnapshot || m_data.spans.size() > maxSnapshotSpans)
        return;
    ScenarioTrace::Data copy = m_data;
    const qint64 at = now();
    for (Span &span : copy.spans)
        if (span.end < 0)
            span.end = std::max(span.start, at);
    for (StepSpan &step : copy.steps)
        if (step.end < 0)
            step.end = std::max(step.start, at);
    copy.totalNs = at;
    m_onSnapshot(std::move(copy));
}

bool Monitor::check(bool stopRequested)
{
    QMutexLocker locker(&m_mutex);
    if (aborted())
        return true;
    if (++m_looks % m_snapshotEvery == 0)
        snapshotLocked();
    if (stopRequested) {
        endAllLocked(Outcome::Stopped);
        return true;
    }
    const int n = tasks();
    // Who can go on: tasks not waiting, waits that can be met now, and waits that a task
    // which can go on could still meet.
    std::vector<char> can(size_t(n), 0);
    for (int t = 0; t < n; ++t) {
        const TaskRun &task = m_tasks.at(size_t(t));
        can[size_t(t)] = !task.finished && (task.wait == WaitKind::None || satisfiableLocked(t));
    }
    for (bool grew = true; grew;) {
        grew = false;
        for (int w = 0; w < n; ++w) {
            if (can[size_t(w)] || m_tasks.at(size_t(w)).finished)
                continue;
            for (int g = 0; g < n && !can[size_t(w)]; ++g)
                if (can[size_t(g)] && canGiveLocked(g, w))
                    can[size_t(w)] = grew = true;
        }
    }
    QList<int> stuck;
    bool anyCan = false;
    for (int t = 0; t < n; ++t) {
        anyCan = anyCan || can[size_t(t)];
        if (!can[size_t(t)] && !m_tasks.at(size_t(t)).finished)
            stuck.append(t);
    }
    if (stuck.isEmpty()) {
        m_seenProgress = ~0ull;
        return false;
    }
    const auto entry = [&](int t) {
        const TaskRun &task = m_tasks.at(size_t(t));
        const int holder =
            task.wait == WaitKind::Lock ? m_resources.at(size_t(task.waitResource)).holder : -1;
        return StuckTask{t, task.waitResource, holder};
    };
    // A cycle of tasks each waiting for a lock the next holds.
    QList<StuckTask> found;
    for (int start : stuck) {
        QList<int> path;
        int at = start;
        while (stuck.contains(at) && m_tasks.at(size_t(at)).wait == WaitKind::Lock &&
               !path.contains(at)) {
            path.append(at);
            at = m_resources.at(size_t(m_tasks.at(size_t(at)).waitResource)).holder;
            if (at < 0)
                break;
        }
        if (at >= 0 && path.contains(at)) {
            for (qsizetype i = path.indexOf(at); i < path.size(); ++i)
                found.append(entry(path.at(i)));
            break;
        }
    }
    // Tasks outside a cycle that can still go on do, as Python's threads would around two
    // that deadlocked; the run ends when they are done or stuck too.
    if (anyCan)
        return false;
    Outcome outcome = Outcome::Deadlock;
    if (found.isEmpty()) {
        outcome = Outcome::Stall;
        for (int t : stuck)
            found.append(entry(t));
    }
    if (m_seenProgress != m_progress || m_seenStuck != found || m_seenOutcome != outcome) {
        m_seenProgress = m_progress;
        m_seenStuck = found;
        m_seenOutcome = outcome;
        return false;
    }
    // Confirmed: nothing moved since the last look.
    m_data.outcome = outcome;
    m_data.stuck = found;
    m_data.stuckAtNs = m_lastChangeNs;
    if (outcome == Outcome::Deadlock) { // when the cycle closed: its last wait began
        m_data.stuckAtNs = -1;
        for (const StuckTask &s : found) {
            const TaskRun &task = m_tasks.at(size_t(s.task));
            if (task.stateSpan >= 0)
                m_data.stuckAtNs =
                    std::max(m_data.stuckAtNs, m_data.spans.at(task.stateSpan).start);
        }
        if (m_data.stuckAtNs < 0)
            m_data.stuckAtNs = m_lastChangeNs;
    }
    const QString why =
        outcome == Outcome::Deadlock ? QStringLiteral("deadlock") : QStringLiteral("stall");
    for (int t : stuck) {
        TaskRun &task = run(t);
        if (task.stateSpan >= 0)
            m_data.spans[task.stateSpan].state = SpanState::Failed;
        if (task.stepSpan >= 0) {
            m_data.steps[task.stepSpan].failed = true;
            m_data.errors.insert(task.stepSpan, why);
        }
    }
    endAllLocked(outcome);
    return true;
}

void Monitor::endAllLocked(Outcome outcome)
{
    if (outcome == Outcome::Stopped && m_data.outcome != Outcome::Deadlock &&
        m_data.outcome != Outcome::Stall)
        m_data.outcome = Outcome::Stopped;
    m_aborted.store(true, std::memory_order_release);
    if (wakeAll)
        wakeAll();
}

ScenarioTrace::Data Monitor::finish()
{
    QMutexLocker locker(&m_mutex);
    const qint64 at = now();
    for (int t = 0; t < tasks(); ++t)
        if (!m_tasks.at(size_t(t)).finished)
            finishTaskLocked(t);
    for (Span &span : m_data.spans)
        if (span.end < 0)
            span.end = std::max(span.start, at);
    for (StepSpan &step : m_data.steps)
        if (step.end < 0)
            step.end = std::max(step.start, at);
    m_data.totalNs = at;
    for (qsizetype r = 0; r < m_data.scenario.resources.size(); ++r) {
        const Resource &resource = m_data.scenario.resources.at(r);
        if (resource.type != ResourceType::Value)
            continue;
        const ResourceRun &state = m_resources.at(size_t(r));
        m_data.values.append({int(r), resource.initial, state.value, resource.initial + state.added,
                              state.writes, state.writes - m_nodes.at(size_t(state.node)).depth});
    }
    // A write is lost when the final value of its resource is not built on it.
    std::vector<char> kept(m_nodes.size(), 0);
    for (const ResourceRun &state : m_resources)
        for (int node = state.node; node > 0; node = m_nodes.at(size_t(node)).parent)
            kept[size_t(node)] = 1;
    for (const auto &[line, node] : m_writeLines)
        if (!kept.at(size_t(node)))
            m_data.lostWrites.append(line);
    return std::move(m_data);
}

} // namespace TaskLanes::Scenarios
