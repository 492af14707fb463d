#pragma once

#include "household.h"

#include "domain/trace.h"
#include "scenarios/scenariorun.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace TaskLanes::Home {

// What a span of the day is.
enum class Activity : quint8
{
    Checkbook, // the parent's (or a clone's) work on the checkbook
    Load,      // putting the load in the washer
    Move,      // moving it to the dryer
    Fold,      // taking it out and folding it
    Attention, // a kid's call answered (call says which)
    Check,     // the polling parent's look at everything
    StandBy,   // standing by a machine until it buzzes
    Idle,      // nothing to do until the next call or check
    WaitLock,  // a clone waiting for a machine or the checkbook (resource says which)
    Washing,   // the washer's lane
    Drying,    // the dryer's lane
    Calling,   // a kid's lane: called, not yet attended
    Attended,  // a kid's lane: the parent is there
};
QString activityName(Activity activity); // "checkbook", "stand_by", ... (the trace's names)

struct DaySpan
{
    qint64 start = 0;
    qint64 end = 0;
    quint16 lane = 0;
    Activity activity = Activity::Idle;
    SpanState state = SpanState::Running;
    qint16 call = -1;       // Attention, Calling, Attended: the call's index
    qint16 resource = -1;   // WaitLock: index into Data::resources
    bool completes = false; // the piece that finished its chore (checkbook, fold)
};

// A buzzer or a call: an instant on the machine's or the kid's lane.
struct DayEvent
{
    qint64 time = 0;
    quint16 lane = 0;
    bool call = false; // else a buzzer
    qint16 index = 0;  // the call's index, or 0 washer / 1 dryer
};

// The figures of a day (SPEC 8), in units; what never happened is empty.
struct Figures
{
    std::optional<double> checkbookDone;
    std::optional<double> laundryDone;
    QList<std::optional<double>> latencies; // per call: from the call to attention
    std::optional<double> latencyMean;      // over the calls attended
    std::optional<double> latencyWorst;
    int unattended = 0; // calls no one answered (a stop)
    int checks = 0;
    int wastedChecks = 0;
    int deadlocks = 0;
    int lostUpdates = 0;
    double dayEnd = 0; // the end of the last span
};

struct DayOptions
{
    Parent parent = Parent::Sync;
    double interval = defaultInterval; // polling
    double step = defaultStep;         // async: 0, work that never awaits
    bool fix = false;                  // threads: one lock order and a checkbook lock
    int unitMs = 1000;
};

// A finished (or stopped) day, immutable and cheap to copy.
class DayTrace
{
public:
    struct Data
    {
        DayOptions options;
        Household household;
        qint64 totalNs = 0;
        QStringList lanes; // the parent (or its clones), then Washer, Dryer, the kids
        int parentLanes = 1;
        int checkbookParts = 1; // the clones share it out
        QStringList resources;  // what a clone waits for
        QList<DaySpan> spans;   // in the order they began on each lane
        QList<DayEvent> events;
        QStringList lines; // what the run printed, in order
        bool stopped = false;
        // parent-threads: what the scenario engine found, and the clones' run as it is
        int deadlocks = 0;
        int lostUpdates = 0;
        QString deadlockText;
        QString checkbookText;
        Scenarios::ScenarioTrace clones;
        Figures ideal; // the same parent with no overhead
    };

    DayTrace() = default;
    explicit DayTrace(Data data) : m_d(std::make_shared<const Data>(std::move(data))) {}
    bool isNull() const { return !m_d; }
    const Data &data() const { return *m_d; }
    const Figures &figures() const { return m_figures ? *m_figures : empty(); }

private:
    static const Figures &empty();
    std::shared_ptr<const Data> m_d;
    std::shared_ptr<const Figures> m_figures;
    friend DayTrace finishDay(DayTrace::Data data);
};

// Where each call was answered: the start and lane of its first attention span on a lane
// of the parent (start -1: never). What the latencies, the trace's flows and the timeline's
// lines all measure to.
struct Answer
{
    qint64 start = -1;
    quint16 lane = 0;
};
QList<Answer> answers(const DayTrace::Data &data);

// Seals a day: its figures are computed from its spans and events.
DayTrace finishDay(DayTrace::Data data);
Figures computeFigures(const DayTrace::Data &data);

// The lines that end the printed output: the figures, measured beside ideal.
QStringList figureLines(const DayTrace &trace);

// The day as a Chrome Trace Event file: a tid per lane, every span a complete event
// ("cat": "day", args.activity and args.state), buzzers and calls as instant events, a
// flow from each call to the moment its attention began; otherData holds the variant,
// the household, the options and otherData.household (SPEC 8's figures, with "ideal").
QByteArray dayTraceToJson(const DayTrace &trace);
Status writeDayTrace(const DayTrace &trace, const QString &path);

// A day's trace written by TaskLanes, read back (File › Open Trace): its lanes, spans,
// buzzers and calls, the household and the options; the figures computed again from the
// spans. A damaged or foreign file is refused with the file and the reason.
bool isDayTrace(const QByteArray &json);
Result<DayTrace> importDayTrace(const QByteArray &json, const QString &sourceName);
inline constexpr qint64 maxDayTraceBytes = 256ll * 1024 * 1024;
inline constexpr qsizetype maxDayLanes = 256;

} // namespace TaskLanes::Home
