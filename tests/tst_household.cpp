// The parent's day (SPEC 8): the household file, the figures as the spans give them, and
// the orderings the four parents promise, on the ideal clock (exact, on households the
// test generates) and in real time (orders and bounds with room for a loaded machine).

#include "engine/canceltoken.h"
#include "household/household.h"
#include "household/parents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace TaskLanes;
using namespace TaskLanes::Home;
using namespace Qt::StringLiterals;

namespace {

QByteArray file(const QByteArray &fields)
{
    return "{\"format\": \"tasklanes-household\", \"version\": 1" +
           (fields.isEmpty() ? QByteArray() : ", " + fields) + "}";
}

DayTrace runReal(const Household &h, Parent parent, int unitMs = 20, double interval = 5,
                 double step = 0.25, bool fix = false, const CancelToken *stop = nullptr)
{
    DayRun run;
    run.options.parent = parent;
    run.options.unitMs = unitMs;
    run.options.interval = interval;
    run.options.step = step;
    run.options.fix = fix;
    run.stop = stop;
    return runDay(h, run);
}

Figures ideal(const Household &h, Parent parent, double interval = 5, double step = 0.25,
              bool fix = false)
{
    DayOptions options;
    options.parent = parent;
    options.interval = interval;
    options.step = step;
    options.fix = fix;
    return idealDay(h, options);
}

// Calls far enough apart that each is answered before the next comes, whatever the parent.
Household generated(QRandomGenerator &random)
{
    const auto between = [&random](double low, double high) {
        return low + (high - low) * random.bounded(1000) / 1000.0;
    };
    Household h;
    h.checkbook = between(5, 40);
    h.washer = between(5, 40);
    h.dryer = between(5, 40);
    h.handling = between(0.5, 2);
    h.attention = between(0.5, 1);
    h.kids.clear();
    double at = between(0, 4);
    for (int call = 0, calls = 1 + random.bounded(5); call < calls; ++call) {
        h.kids.append(std::round(at * 100) / 100);
        at += between(12, 30);
    }
    return h;
}

QString describe(const Household &h)
{
    return QString::fromUtf8(householdToJson(h)).simplified();
}

} // namespace

class TestHousehold : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c()); // the texts below are in C's digits
    }

    void theFileRoundTrips()
    {
        Household h;
        h.checkbook = 12.5;
        h.kids = {0, 4, 4, 90};
        const auto back = parseHouseholdJson(householdToJson(h), u"day.json"_s);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(*back, h);
        // A field left out keeps the tutorial's figure.
        const auto defaults = parseHouseholdJson(file("\"washer\": 12"), u"day.json"_s);
        QVERIFY(defaults.ok());
        QCOMPARE(defaults->washer, 12.0);
        QCOMPARE(defaults->dryer, Household().dryer);
        QCOMPARE(defaults->kids, Household().kids);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"day.json"_s);
        QVERIFY(saveHouseholdFile(h, path).ok());
        const auto loaded = loadHouseholdFile(path);
        QVERIFY(loaded.ok());
        QCOMPARE(*loaded, h);
        h.washer = -1;
        QVERIFY(!saveHouseholdFile(h, path).ok()); // an invalid one is not written
        QCOMPARE(loadHouseholdFile(path)->washer, 30.0);
    }

    void badFilesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{") << u"day.json: "_s;
        QTest::newRow("a list") << QByteArray("[]") << u"top level is not an object"_s;
        QTest::newRow("format") << QByteArray("{\"format\": \"tasklanes-queue\", \"version\": 1}")
                                << u"\"format\" is not \"tasklanes-household\""_s;
        QTest::newRow("no version")
            << QByteArray("{\"format\": \"tasklanes-household\"}") << u"\"version\" is missing"_s;
        QTest::newRow("newer") << QByteArray(
                                      "{\"format\": \"tasklanes-household\", \"version\": 2}")
                               << u"version 2 is newer"_s;
        QTest::newRow("unknown") << file("\"washr\": 3") << u"unknown field \"washr\""_s;
        QTest::newRow("text") << file("\"dryer\": \"40\"") << u"dryer: not a number"_s;
        QTest::newRow("negative") << file("\"washer\": -3")
                                  << u"washer: -3 is not a number of units from 0.1 to 10000"_s;
        QTest::newRow("zero attention") << file("\"attention\": 0") << u"attention: 0 is not"_s;
        QTest::newRow("too long") << file("\"checkbook\": 20000") << u"checkbook: 20000"_s;
        QTest::newRow("negative handling") << file("\"handling\": -1") << u"handling: -1"_s;
        QTest::newRow("kids not a list") << file("\"kids\": 5") << u"kids: not a list"_s;
        QTest::newRow("kid not a number")
            << file("\"kids\": [5, \"x\"]") << u"kids, call 2: not a number"_s;
        QTest::newRow("kid out of order")
            << file("\"kids\": [17, 5]")
            << u"kids, call 2: 5 comes before the call before it (17)"_s;
        QTest::newRow("kid negative") << file("\"kids\": [-1]") << u"kids, call 1: -1 is not"_s;
        QByteArray many = "\"kids\": [0";
        for (int i = 1; i <= Home::Limits::maxCalls; ++i)
            many += ", " + QByteArray::number(i);
        QTest::newRow("too many calls") << file(many + "]") << u"kids: 51 calls, more than 50"_s;
    }
    void badFilesAreNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        const auto parsed = parseHouseholdJson(json, u"day.json"_s);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().startsWith(u"day.json: "_s), qPrintable(parsed.error()));
        QVERIFY2(parsed.error().contains(says), qPrintable(parsed.error()));
    }

    void optionsAreBounded()
    {
        const Household h;
        DayOptions o;
        o.parent = Parent::Polling;
        o.interval = 0.1;
        QVERIFY(checkOptions(h, o).error().contains(u"--interval: 0.1 is not"_s));
        o.interval = 5;
        QVERIFY(checkOptions(h, o).ok());
        o.parent = Parent::Async;
        o.step = 0;
        QVERIFY(checkOptions(h, o).ok()); // work that never awaits
        o.step = 0.01;
        QVERIFY(checkOptions(h, o).error().contains(u"(or 0: work that never awaits)"_s));
        Household big;
        big.checkbook = 10000;
        big.washer = big.dryer = 10000;
        o.step = 0.05;
        QVERIFY(checkOptions(big, o).error().contains(u"too short for this household"_s));
    }

    // The figures are read off the spans: a look followed by an answer found something, one
    // followed by more checkbook did not; a call no one answered has no latency.
    void figuresComeFromTheSpans()
    {
        DayTrace::Data d;
        d.options.parent = Parent::Polling;
        d.options.unitMs = 1;
        d.household.kids = {0.5, 3};
        d.lanes = QStringList{u"Parent"_s, u"Washer"_s, u"Dryer"_s, u"Kid 1"_s, u"Kid 2"_s};
        const qint64 ms = 1'000'000;
        const auto span = [&](qint64 from, qint64 to, Activity a, int call = -1,
                              bool completes = false) {
            d.spans.append(
                DaySpan{from * ms, to * ms, 0, a, SpanState::Running, qint16(call), -1, completes});
        };
        span(0, 1, Activity::Check);
        span(1, 2, Activity::Attention, 0);
        span(2, 3, Activity::Checkbook, -1, true);
        span(3, 4, Activity::Check);
        span(4, 6, Activity::Checkbook);
        span(6, 7, Activity::Check);
        span(7, 8, Activity::Fold, -1, true);
        d.events.append(DayEvent{ms / 2, 3, true, 0});
        d.events.append(DayEvent{3 * ms, 4, true, 1});
        const Figures f = computeFigures(d);
        QCOMPARE(f.checks, 3);
        QCOMPARE(f.wastedChecks, 1);
        QCOMPARE(f.checkbookDone, std::optional<double>(3));
        QCOMPARE(f.laundryDone, std::optional<double>(8));
        QCOMPARE(f.latencies.size(), 2);
        QCOMPARE(f.latencies.at(0), std::optional<double>(0.5));
        QVERIFY(!f.latencies.at(1));
        QCOMPARE(f.unattended, 1);
        QCOMPARE(f.latencyWorst, std::optional<double>(0.5));
        QCOMPARE(f.dayEnd, 8.0);
    }

    // SPEC 8's orderings on the ideal clock, on households made up here.
    void theOrderingsHoldOnGeneratedHouseholds()
    {
        QRandomGenerator random(15);
        for (int n = 0; n < 40; ++n) {
            const Household h = generated(random);
            const QByteArray what = describe(h).toUtf8();
            QVERIFY2(validate(h).ok(), what.constData());
            // The synchronous parent: a call during the checkbook waits for its end.
            const Figures sync = ideal(h, Parent::Sync);
            for (qsizetype call = 0; call < h.kids.size(); ++call)
                if (h.kids.at(call) < h.checkbook && call == 0)
                    QVERIFY2(qFuzzyCompare(1 + *sync.latencies.at(call),
                                           1 + h.checkbook - h.kids.at(call)),
                             what.constData());
            QCOMPARE(sync.checks, 0);
            // Nothing overlaps: the laundry ends after every chore and the machines, plus
            // the calls answered in between.
            const double serial = h.checkbook + 3 * h.handling + h.washer + h.dryer;
            QVERIFY(*sync.laundryDone >= serial - 1e-9);
            QVERIFY(*sync.laundryDone <= serial + h.attention * double(h.kids.size()) + 1e-9);
            // The polling parent: never later than an interval and two looks (one look's
            // worth of checkbook may be finished first), and more looks, more of them
            // wasted, at a shorter interval.
            for (const double interval : {2.0, 5.0, 8.0}) {
                const Figures polling = ideal(h, Parent::Polling, interval);
                QVERIFY2(*polling.latencyWorst <= interval + 2 * checkUnits + 1e-9,
                         what.constData());
                QVERIFY(polling.checks >= polling.wastedChecks);
                QVERIFY(polling.laundryDone && polling.checkbookDone);
            }
            const Figures often = ideal(h, Parent::Polling, 2);
            const Figures seldom = ideal(h, Parent::Polling, 8);
            QVERIFY2(often.checks > seldom.checks, what.constData());
            QVERIFY2(often.wastedChecks > seldom.wastedChecks, what.constData());
            // The async parent: within a few steps. The call's timer comes due during a
            // pass of the loop over the chores' pieces (two at most: the laundry's and the
            // checkbook's), resumes its coroutine after the next pass and, as asyncio's sleep
            // does, that coroutine runs one pass later: at most three passes, six steps.
            // With step 0 a call during the checkbook waits for its end.
            const Figures async = ideal(h, Parent::Async, 5, 0.25);
            QVERIFY2(*async.latencyWorst <= 6 * 0.25 + 1e-9, what.constData());
            QVERIFY(async.laundryDone && async.checkbookDone);
            const Figures blocking = ideal(h, Parent::Async, 5, 0);
            if (h.kids.first() > h.handling && h.kids.first() < h.handling + h.checkbook)
                QVERIFY2(qFuzzyCompare(1 + *blocking.latencies.first(),
                                       1 + h.handling + h.checkbook - h.kids.first()),
                         what.constData());
            QVERIFY(*blocking.latencyWorst >= *async.latencyWorst);
            // Async overlaps the chores: the laundry ends no later than the synchronous
            // parent's, and never before the machines could have run.
            QVERIFY(*async.laundryDone <= *sync.laundryDone + 1e-9);
            QVERIFY(*async.laundryDone >= 3 * h.handling + h.washer + h.dryer - 1e-9);
            // The clones: a deadlock and a lost payment; fixed, neither.
            const Figures clones = ideal(h, Parent::Threads);
            QCOMPARE(clones.deadlocks, 1);
            QCOMPARE(clones.lostUpdates, 1);
            QVERIFY(!clones.laundryDone);
            const Figures fixed = ideal(h, Parent::Threads, 5, 0.25, true);
            QCOMPARE(fixed.deadlocks, 0);
            QCOMPARE(fixed.lostUpdates, 0);
            QVERIFY(fixed.laundryDone);
        }
    }

    // In real time, on the tutorial's day: the lessons in the order SPEC 8 gives them, with
    // room for a loaded machine (a unit is 20 ms; the bounds are units apart).
    void theParentsInRealTime()
    {
        const Household h;
        const DayTrace sync = runReal(h, Parent::Sync);
        const DayTrace polling = runReal(h, Parent::Polling);
        const DayTrace async = runReal(h, Parent::Async);
        for (const DayTrace *day : {&sync, &polling, &async}) {
            const Figures &f = day->figures();
            QCOMPARE(f.latencies.size(), h.kids.size());
            QCOMPARE(f.unattended, 0);
            QVERIFY(f.checkbookDone && f.laundryDone);
            // One parent: nothing it does overlaps; every call is answered where its
            // waiting ends.
            QList<DaySpan> own;
            for (const DaySpan &span : day->data().spans)
                if (span.lane == 0)
                    own.append(span);
            std::sort(own.begin(), own.end(),
                      [](const DaySpan &a, const DaySpan &b) { return a.start < b.start; });
            for (qsizetype i = 1; i < own.size(); ++i)
                QVERIFY(own.at(i).start >= own.at(i - 1).end);
            for (const DaySpan &span : day->data().spans) {
                QVERIFY(span.start >= 0 && span.end <= day->data().totalNs);
                if (span.activity != Activity::Calling)
                    continue;
                const auto answer = std::find_if(own.begin(), own.end(), [&](const DaySpan &s) {
                    return s.activity == Activity::Attention && s.call == span.call;
                });
                QVERIFY(answer != own.end());
                QCOMPARE(answer->start, span.end);
            }
        }
        const double syncWorst = *sync.figures().latencyWorst;
        const double pollingWorst = *polling.figures().latencyWorst;
        const double asyncWorst = *async.figures().latencyWorst;
        QVERIFY2(syncWorst > 15 && pollingWorst < 6 && asyncWorst < 2.5,
                 qPrintable(u"%1 %2 %3"_s.arg(syncWorst).arg(pollingWorst).arg(asyncWorst)));
        QVERIFY(polling.figures().wastedChecks > 0);
        QCOMPARE(sync.figures().checks, 0);
        // The async parent's laundry overlaps its checkbook; the synchronous one's cannot.
        QVERIFY(*async.figures().laundryDone < *sync.figures().laundryDone - 10);
        // What was printed: the buzzers and the calls in the tutorial's voice.
        const QStringList order{u"Parent: balancing the checkbook at 0.0"_s,
                                u"Parent: checkbook done at"_s,
                                u"Parent: Kid 1 called at 5.0, attending at"_s,
                                u"Parent: Kid 2 called at 17.0, attending at"_s,
                                u"Parent: loading the washer at"_s,
                                u"Parent: standing by the washer at"_s,
                                u"Parent: Kid 3 called at 33.0, attending at"_s,
                                u"Parent: washer buzzed at"_s,
                                u"Parent: standing by the dryer at"_s,
                                u"Parent: dryer buzzed at"_s,
                                u"Parent: laundry done at"_s};
        const QStringList &lines = sync.data().lines;
        QCOMPARE(lines.size(), order.size());
        for (qsizetype i = 0; i < order.size(); ++i)
            QVERIFY2(lines.at(i).startsWith(order.at(i)), qPrintable(lines.at(i)));
        QCOMPARE(async.data().lines.filter(u"Parent: Kid "_s).size(), h.kids.size());
    }

    void theClonesDeadlockAndRaceUnlessFixed()
    {
        const Household h;
        const DayTrace clones = runReal(h, Parent::Threads);
        const Figures &f = clones.figures();
        QCOMPARE(f.deadlocks, 1);
        QCOMPARE(f.lostUpdates, 1);
        QVERIFY(!f.laundryDone);
        QVERIFY(f.checkbookDone);
        QCOMPARE(f.unattended, 0); // the kids' clones went on beside the two stuck ones
        QVERIFY(
            clones.data().deadlockText.startsWith(u"deadlock: Parent (washer) waits for dryer"_s));
        QVERIFY(clones.data().checkbookText.contains(u"1 update lost"_s));
        // The washer ran, buzzed and then nobody could move the clothes.
        bool buzzed = false;
        for (const DayEvent &event : clones.data().events)
            buzzed = buzzed || (!event.call && event.index == 0);
        QVERIFY(buzzed);

        const DayTrace fixed = runReal(h, Parent::Threads, 20, 5, 0.25, true);
        QCOMPARE(fixed.figures().deadlocks, 0);
        QCOMPARE(fixed.figures().lostUpdates, 0);
        QVERIFY(fixed.figures().laundryDone);
        QVERIFY(fixed.data().checkbookText.endsWith(u"expected 20, got 20"_s));
        // One lock order: the dryer's clone takes the washer only after the move.
        QVERIFY(*fixed.figures().laundryDone >= 3 * h.handling + h.washer + h.dryer - 0.01);
    }

    // The trace holds SPEC 8's figures, and they agree with its own events: each call's
    // latency is the distance from its instant to the flow's end at its attention.
    void theTraceHoldsTheFigures()
    {
        const DayTrace day = runReal(Household(), Parent::Polling);
        const QJsonObject root = QJsonDocument::fromJson(dayTraceToJson(day)).object();
        const QJsonObject other = root.value("otherData"_L1).toObject();
        QCOMPARE(other.value("variant"_L1).toString(), u"parent-polling"_s);
        QCOMPARE(other.value("unit_ms"_L1).toInt(), 20);
        const QJsonObject figures = other.value("household"_L1).toObject();
        for (const char *key :
             {"checkbook_done", "laundry_done", "latencies", "latency_mean", "latency_worst",
              "checks", "wasted_checks", "deadlocks", "lost_updates", "ideal"})
            QVERIFY2(figures.contains(QLatin1String(key)), key);
        QMap<int, double> callAt, answeredAt;
        QStringList lanes;
        for (const QJsonValue &v : root.value("traceEvents"_L1).toArray()) {
            const QJsonObject e = v.toObject();
            const QString ph = e.value("ph"_L1).toString();
            if (ph == "s"_L1)
                callAt[e.value("id"_L1).toInt()] = e.value("ts"_L1).toDouble();
            if (ph == "f"_L1)
                answeredAt[e.value("id"_L1).toInt()] = e.value("ts"_L1).toDouble();
            if (ph == "M"_L1 && e.value("name"_L1) == "thread_name"_L1)
                lanes << e.value("args"_L1).toObject().value("name"_L1).toString();
        }
        QCOMPARE(lanes, (QStringList{u"Parent"_s, u"Washer"_s, u"Dryer"_s, u"Kid 1"_s, u"Kid 2"_s,
                                     u"Kid 3"_s}));
        const QJsonArray latencies = figures.value("latencies"_L1).toArray();
        QCOMPARE(latencies.size(), 3);
        QCOMPARE(callAt.size(), 3);
        for (int call = 1; call <= 3; ++call) {
            const double fromEvents = (answeredAt.value(call) - callAt.value(call)) / 20'000;
            QVERIFY(std::abs(fromEvents - latencies.at(call - 1).toDouble()) < 0.002);
        }
        QCOMPARE(figures.value("checks"_L1).toInt(), day.figures().checks);
    }

    // A day's trace reads back as the same day: lanes, spans, calls, household, options,
    // and the figures computed again from the spans; a damaged one is refused, named.
    void theTraceReadsBack()
    {
        const DayTrace day = runReal(Household(), Parent::Threads);
        const QByteArray json = dayTraceToJson(day);
        QVERIFY(isDayTrace(json));
        const auto back = importDayTrace(json, u"day.json"_s);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        const auto &a = day.data();
        const auto &b = back->data();
        QCOMPARE(b.lanes, a.lanes);
        QCOMPARE(b.parentLanes, a.parentLanes);
        QCOMPARE(b.household, a.household);
        QCOMPARE(b.options.parent, Parent::Threads);
        QCOMPARE(b.options.unitMs, 20);
        QCOMPARE(b.spans.size(), a.spans.size());
        QCOMPARE(b.events.size(), a.events.size());
        QCOMPARE(b.deadlockText, a.deadlockText);
        const Figures &fa = day.figures(), &fb = back->figures();
        QCOMPARE(fb.deadlocks, 1);
        QCOMPARE(fb.lostUpdates, 1);
        QCOMPARE(fb.laundryDone.has_value(), fa.laundryDone.has_value());
        QVERIFY(std::abs(*fb.checkbookDone - *fa.checkbookDone) < 0.001);
        for (qsizetype i = 0; i < fa.latencies.size(); ++i)
            QVERIFY(std::abs(*fb.latencies.at(i) - *fa.latencies.at(i)) < 0.001);
        QCOMPARE(b.ideal.deadlocks, 1);

        QByteArray foreign = json;
        foreign.replace("\"variant\":\"parent-threads\"", "\"variant\":\"sync\"");
        QVERIFY(!isDayTrace(foreign));
        QVERIFY(importDayTrace(foreign, u"day.json"_s)
                    .error()
                    .contains(u"not a trace of the parent's day"_s));
        QByteArray damaged = json;
        damaged.replace("\"activity\":\"checkbook\"", "\"activity\":\"gardening\"");
        QVERIFY2(importDayTrace(damaged, u"day.json"_s)
                     .error()
                     .startsWith(u"day.json: a span of the day is damaged"_s),
                 qPrintable(importDayTrace(damaged, u"day.json"_s).error()));
        QVERIFY(importDayTrace(json.left(json.size() / 2), u"day.json"_s)
                    .error()
                    .startsWith(u"day.json: "_s));
    }

    void stopEndsTheDay()
    {
        for (Parent parent : allParents) {
            CancelToken stop;
            std::thread stopper([&stop] {
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                stop.cancel();
            });
            const DayTrace day = runReal(Household(), parent, 100, 5, 0.25, false, &stop);
            stopper.join();
            QVERIFY(day.data().stopped);
            // The day is about 80 units (8 s here); it ended at the stop.
            QVERIFY2(day.data().totalNs < 4'000'000'000, qPrintable(parentId(parent)));
            QVERIFY(!day.figures().laundryDone);
        }
    }
};

QTEST_GUILESS_MAIN(TestHousehold)
#include "tst_household.moc"
