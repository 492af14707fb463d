#include "engine/workerpool.h"
#include "formats/traceexport.h"
#include "formats/traceimport.h"
#include "testrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TaskLanes;
using namespace TestRun;
using namespace Qt::StringLiterals;

namespace {

constexpr int unitMs = 20;

Trace runOn(const QString &variant, const QList<WorkItem> &items, int tasks = 2)
{
    const Outcome r = run(request(variant, items, tasks, unitMs));
    if (r.timedOut || !r.startError.isEmpty())
        qFatal("%s did not run: %s", qPrintable(variant), qPrintable(r.startError));
    return r.trace;
}

QStringList texts(const Trace &t)
{
    QStringList out;
    for (const RunNote &n : t.notes())
        out.append(n.english());
    return out;
}

bool says(const Trace &t, const QString &start)
{
    const QStringList all = texts(t);
    return std::any_of(all.begin(), all.end(),
                       [&](const QString &n) { return n.startsWith(start); });
}

} // namespace

// SPEC 3: after every run the engine says what it teaches, from what the trace shows.
class TestNotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Workers::setProgram(QStringLiteral(TASKLANES_BINARY)); }

    void aBlockedLoopIsNamed()
    {
        const Trace t =
            runOn(u"async"_s, {WorkItem::sleep(1), WorkItem::compute(5), WorkItem::sleep(1)});
        QCOMPARE(t.notes().size(), 1);
        const QString note = t.notes().first().english();
        QVERIFY2(note.startsWith(u"the event loop was blocked: CPU work held it for "_s),
                 qPrintable(note));
        // Two took the compute item; One's sleep ended meanwhile.
        QVERIFY2(note.contains(u"the longest Task Two's item 2 (compute 5) for "_s),
                 qPrintable(note));
        // Nothing computes on the tutorial's queue: nothing to say.
        QVERIFY(runOn(u"async"_s, tutorialItems(WorkKind::Sleep)).notes().isEmpty());
        // Nothing waited for the loop: a single task computing stalls nobody.
        QVERIFY(runOn(u"async"_s, {WorkItem::compute(1)}, 1).notes().isEmpty());
    }

    void blockingGeneratorsAreNamed()
    {
        const Trace t = runOn(u"cooperative-blocking"_s, {WorkItem::sleep(2), WorkItem::sleep(1)});
        QVERIFY2(says(t, u"blocking calls (sleeps, fetches) held the one thread for 3."_s),
                 qPrintable(texts(t).join(u'\n')));
        // Counting in turns: the others wait while one counts, and it is no faster.
        const Trace counting = runOn(u"cooperative"_s, {WorkItem::count(3), WorkItem::count(2)});
        QVERIFY2(says(counting, u"CPU work (counting, computing) held the one thread for 5."_s),
                 qPrintable(texts(counting).join(u'\n')));
    }

    void theGilItsConvoyAndCpuWorkThatGainedNothing()
    {
        const Trace computing =
            runOn(u"threads-gil"_s, {WorkItem::compute(3), WorkItem::compute(3)});
        QVERIFY2(says(computing, u"threads were ready but waited for the GIL for "_s),
                 qPrintable(texts(computing).join(u'\n')));
        QVERIFY(says(computing, u"CPU work gained nothing from threads: 2 threads counted or "
                                "computed for "_s));
        QVERIFY(texts(computing).join(u'\n').contains(u"the switch interval, 5 ms"_s));
        QVERIFY(!says(computing, u"convoy"_s));
        const Trace mixed = runOn(u"threads-gil"_s, {WorkItem::compute(12), WorkItem::sleep(1),
                                                     WorkItem::sleep(1), WorkItem::sleep(1)});
        QVERIFY2(says(mixed,
                      u"convoy: a thread back from a sleep or fetch must take the GIL again, "
                      "and waited for it behind a computing thread (waits: 3;"_s),
                 qPrintable(texts(mixed).join(u'\n')));
        // Free threads have nothing of the kind to say.
        QVERIFY(runOn(u"threads"_s, {WorkItem::compute(2), WorkItem::sleep(1)}).notes().isEmpty());
    }

    void processStartAndCopying()
    {
        const Trace t = runOn(u"processes"_s, QList<WorkItem>(4, WorkItem::sleep(1)));
        QVERIFY2(says(t, u"each worker process took "_s), qPrintable(texts(t).join(u'\n')));
        QVERIFY(says(t, u"between one item and the next a worker waited "_s));
    }

    // In the trace: otherData.notes, in English; read back, the same notes.
    void notesInTheTrace()
    {
        const Trace t = runOn(u"threads-gil"_s, {WorkItem::compute(2), WorkItem::compute(2)});
        QVERIFY(!t.notes().isEmpty());
        const QJsonObject other =
            QJsonDocument::fromJson(traceToChromeJson(t)).object().value("otherData"_L1).toObject();
        QStringList written;
        for (const QJsonValue &v : other.value("notes"_L1).toArray())
            written.append(v.toString());
        QCOMPARE(written, texts(t));
        QCOMPARE(other.value("switch_interval_ms"_L1).toInt(), 5);
        const Result<Trace> back = importChromeTrace(traceToChromeJson(t), u"t.json"_s);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(texts(*back), texts(t));
    }

    void argumentsAreNeverTakenForPlaceholders()
    {
        const RunNote n{"fetched %1 in %2", {u"http://x/%2"_s, u"3.0"_s}};
        QCOMPARE(n.english(), u"fetched http://x/%2 in 3.0"_s);
    }
};

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
