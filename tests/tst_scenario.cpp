// (The JSON here is written with single quotes, which become double ones before it is
// parsed: moc cannot read raw string literals.)
//
// The scenario file and its checks: what loads, what round-trips, and that every bad file
// is refused whole with the file, the task, the step and the reason.

#include "scenarios/scenarioedit.h"
#include "scenarios/scenariofile.h"
#include "scenarios/scenariopresets.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace TaskLanes;
using namespace TaskLanes::Scenarios;
using namespace Qt::StringLiterals;

namespace {

QByteArray file(const QByteArray &resources, const QByteArray &tasks, const QByteArray &extra = {})
{
    return "{'format': 'tasklanes-scenario', 'version': 1, 'title': 't', " + extra +
           "'resources': [" + resources + "], 'tasks': [" + tasks + "]}";
}

const QByteArray twoLocks = "{'name': 'washer', 'type': 'lock'}, {'name': 'dryer', 'type': 'lock'}";

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The app writes a scenario's numbers in the language's digits (the forms, the step
    // labels, the undo texts), the files and the console in C's.
    void numbersInTheLanguagesDigits()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(localNumber(2.5), u"2,5"_s);
        QCOMPARE(localNumber(-0.25), u"-0,25"_s);
        QCOMPARE(localNumber(1'000'000), u"1000000"_s); // a field reads back what it shows
        QCOMPARE(localNumber(0.0000001), u"0,0000001"_s);
        QCOMPARE(numberText(2.5), u"2.5"_s);
        Step sleep;
        sleep.kind = StepKind::Sleep;
        sleep.units = 0.1;
        QVERIFY2(stepLabel(Scenario(), sleep).contains(u"0,1"_s),
                 qPrintable(stepLabel(Scenario(), sleep)));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(localNumber(2.5), u"2.5"_s);
        QLocale::setDefault(before);
    }

    void specExampleLoads()
    {
        // SPEC 7's example, as printed there.
        const QByteArray json =
            "{'format': 'tasklanes-scenario', 'version': 1, 'title': 'Washer and dryer',\n"
            " 'resources': [{'name': 'washer', 'type': 'lock'}, {'name': 'dryer', 'type': "
            "'lock'},\n"
            "               {'name': 'slots', 'type': 'semaphore', 'count': 3},\n"
            "               {'name': 'go', 'type': 'event'}, {'name': 'phase', 'type': 'barrier', "
            "'parties': 1},\n"
            "               {'name': 'jobs', 'type': 'queue', 'capacity': 2},\n"
            "               {'name': 'balance', 'type': 'value', 'initial': 100}],\n"
            " 'tasks': [{'name': 'Parent A', 'steps': [\n"
            "     {'do': 'acquire', 'resource': 'dryer'}, {'do': 'sleep', 'units': 2},\n"
            "     {'do': 'acquire', 'resource': 'washer'}, {'do': 'release', 'resource': "
            "'washer'},\n"
            "     {'do': 'release', 'resource': 'dryer'},\n"
            "     {'do': 'repeat', 'times': 3, 'steps': [{'do': 'put', 'resource': 'jobs', "
            "'value': 1}]}]}]}";
        const auto s = parseScenarioJson(QByteArray(json).replace('\'', '"'), u"example.json"_s);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->title, u"Washer and dryer"_s);
        QCOMPARE(s->resources.size(), 7);
        QCOMPARE(s->resources.at(2).count, 3);
        QCOMPARE(s->resources.at(6).initial, 100.0);
        QCOMPARE(s->tasks.at(0).steps.size(), 6);
        QCOMPARE(s->tasks.at(0).steps.at(5).kind, StepKind::Repeat);
        QCOMPARE(s->tasks.at(0).steps.at(5).times, 3);
        const QList<Program> programs = unroll(*s);
        QCOMPARE(programs.at(0).size(), 8); // five steps and the repeat's three puts
        QCOMPARE(programs.at(0).at(7).where, u"step 6.1"_s);
    }

    void presetsRoundTrip()
    {
        QVERIFY(scenarioPresets().size() >= 9);
        const QTemporaryDir dir;
        for (const ScenarioPreset &preset : scenarioPresets()) {
            QVERIFY2(!preset.translatedTitle().isEmpty() &&
                         !preset.translatedExplanation().isEmpty(),
                     qPrintable(preset.id));
            const QString path = dir.filePath(preset.id + u".json"_s);
            QVERIFY(saveScenarioFile(preset.scenario, path).ok());
            const auto loaded = loadScenarioFile(path);
            QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
            QVERIFY2(*loaded == preset.scenario, qPrintable(preset.id));
            QCOMPARE(scenarioToJson(*loaded), scenarioToJson(preset.scenario));
        }
        QVERIFY(findScenarioPreset(u"washer-dryer"));
        QVERIFY(!findScenarioPreset(u"nope"));
    }

    void savingKeepsTheOldFileOnFailure()
    {
        const QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        const Scenario good = findScenarioPreset(u"washer-dryer")->scenario;
        QVERIFY(saveScenarioFile(good, path).ok());
        Scenario bad = good;
        bad.tasks.clear(); // refused before anything is written
        QVERIFY(!saveScenarioFile(bad, path).ok());
        QCOMPARE(*loadScenarioFile(path), good);
        // A special file is written into, not replaced.
        QVERIFY(saveScenarioFile(good, u"/dev/null"_s).ok());
    }

    void badFilesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("says");
        const QByteArray steps = "{'name': 'Parent A', 'steps': [%1]}";
        const auto task = [&](const char *s) { return QByteArray(steps).replace("%1", s); };
        QTest::newRow("unknown resource")
            << file(twoLocks, task("{'do': 'acquire', 'resource': 'iron'}"))
            << QStringList{u"bad.json"_s, u"task Parent A"_s, u"step 1"_s, u"iron"_s};
        QTest::newRow("wrong type for the step")
            << file(twoLocks, task("{'do': 'set', 'resource': 'washer'}"))
            << QStringList{u"task Parent A"_s, u"step 1"_s, u"cannot set washer, a lock"_s};
        QTest::newRow("release not held")
            << file(twoLocks, task("{'do': 'acquire', 'resource': 'washer'},\n"
                                   "                                      {'do': 'release', "
                                   "'resource': 'washer'},\n"
                                   "                                      {'do': 'release', "
                                   "'resource': 'washer'}"))
            << QStringList{u"task Parent A"_s, u"step 3"_s,
                           u"releases washer, which it does not hold"_s};
        QTest::newRow("release in a repeat")
            << file(twoLocks, task("{'do': 'acquire', 'resource': 'washer'},\n"
                                   "                  {'do': 'repeat', 'times': 2, 'steps': "
                                   "[{'do': 'release', 'resource': 'washer'}]}"))
            << QStringList{u"step 2.1"_s, u"does not hold"_s};
        QTest::newRow("barrier larger than the tasks")
            << file("{'name': 'phase', 'type': 'barrier', 'parties': 3}",
                    task("{'do': 'wait', 'resource': 'phase'}"))
            << QStringList{u"resource 1"_s,
                           u"phase waits for 3 parties, but the scenario has 1 tasks"_s};
        QTest::newRow("negative units")
            << file(twoLocks, task("{'do': 'sleep', 'units': -1}"))
            << QStringList{u"step 1"_s, u"-1 units is not between 0 and 100000"_s};
        QTest::newRow("absurd units") << file(twoLocks, task("{'do': 'compute', 'units': 1e12}"))
                                      << QStringList{u"step 1"_s, u"not between 0 and 100000"_s};
        QTest::newRow("absurd repeat")
            << file(twoLocks,
                    task("{'do': 'repeat', 'times': 1e9, 'steps': [{'do': 'sleep', 'units': 1}]}"))
            << QStringList{u"step 1"_s, u"repeats 1000000000 times"_s};
        QTest::newRow("too many steps once unrolled")
            << file(twoLocks, task("{'do': 'repeat', 'times': 1000, 'steps': [\n"
                                   "                   {'do': 'repeat', 'times': 1001, 'steps': "
                                   "[{'do': 'sleep', 'units': 0}]}]}"))
            << QStringList{u"task Parent A"_s, u"more than 1000000 steps"_s};
        QTest::newRow("negative semaphore")
            << file("{'name': 'slots', 'type': 'semaphore', 'count': -2}", task(""))
            << QStringList{u"resource 1"_s, u"the count of slots is not between 0"_s};
        QTest::newRow("unknown field at the top") << file(twoLocks, task(""), "'colour': 'red', ")
                                                  << QStringList{u"unknown field \"colour\""_s};
        QTest::newRow("unknown field in a resource")
            << file("{'name': 'washer', 'type': 'lock', 'count': 2}", task(""))
            << QStringList{u"resource 1"_s, u"washer"_s, u"unknown field \"count\""_s};
        QTest::newRow("unknown field in a step")
            << file(twoLocks, task("{'do': 'sleep', 'units': 1, 'resource': 'washer'}"))
            << QStringList{u"task Parent A"_s, u"step 1"_s, u"unknown field \"resource\""_s};
        QTest::newRow("future version")
            << QByteArray("{'format': 'tasklanes-scenario', 'version': 2, 'tasks': []}")
            << QStringList{u"version 2 is newer"_s};
        QTest::newRow("another format")
            << QByteArray("{'format': 'tasklanes-queue', 'version': 1, 'tasks': []}")
            << QStringList{u"not a TaskLanes scenario file"_s};
        QTest::newRow("not JSON") << QByteArray("{\"format\": ")
                                  << QStringList{u"not valid JSON"_s};
        QTest::newRow("no tasks") << file(twoLocks, "") << QStringList{u"it has no tasks"_s};
        QTest::newRow("write before read")
            << file("{'name': 'balance', 'type': 'value'}",
                    task("{'do': 'write', 'resource': 'balance', 'add': 1}"))
            << QStringList{u"step 1"_s, u"writes balance before reading it"_s};
        QTest::newRow("notify without the lock")
            << file("{'name': 'shelf', 'type': 'condition'}",
                    task("{'do': 'notify', 'resource': 'shelf'}"))
            << QStringList{u"step 1"_s, u"notify on shelf without holding its lock"_s};
        QTest::newRow("an unknown step")
            << file(twoLocks, task("{'do': 'teleport'}"))
            << QStringList{u"step 1"_s, u"\"do\" is missing or not a step"_s};
        QTest::newRow("two tasks of one name")
            << file(twoLocks, task("") + ", " + task(""))
            << QStringList{u"task Parent A"_s, u"the name is used twice"_s};
        QTest::newRow("a control character in a name (fuzzed)")
            << file(twoLocks,
                    "{'name': 'B\\rker', 'steps': [{'do': 'release', 'resource': 'washer'}]}")
            << QStringList{u"task 1"_s, u"the name \"B\\rker\" holds a control character"_s};
        QTest::newRow("a fetch of no URL")
            << file(twoLocks, task("{'do': 'fetch', 'url': 'ftp://x'}"))
            << QStringList{u"step 1"_s, u"not an http or https URL"_s};
        QTest::newRow("nested too deep")
            << file(twoLocks,
                    task("{'do':'repeat','times':1,'steps':[{'do':'repeat','times':1,'steps':[\n"
                         "                    "
                         "{'do':'repeat','times':1,'steps':[{'do':'repeat','times':1,'steps':[\n"
                         "                    "
                         "{'do':'repeat','times':1,'steps':[{'do':'repeat','times':1,'steps':[\n"
                         "                    "
                         "{'do':'repeat','times':1,'steps':[{'do':'repeat','times':1,'steps':[\n"
                         "                    "
                         "{'do':'repeat','times':1,'steps':[{'do':'sleep','units':1}]}]}]}]}]}]}]}]"
                         "}]}"))
            << QStringList{u"nested more than 8 deep"_s};
    }
    void badFilesAreNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, says);
        const auto s = parseScenarioJson(QByteArray(json).replace('\'', '"'), u"bad.json"_s);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().startsWith(u"bad.json: "_s), qPrintable(s.error()));
        QVERIFY2(!s.error().contains(u'\n'), qPrintable(s.error()));
        for (const QString &part : says)
            QVERIFY2(s.error().contains(part), qPrintable(s.error() + u" lacks "_s + part));
    }

    // The lab autosaves what its forms hold, which may not run yet: a draft keeps every
    // field's check and drops only the checks of the scenario as a whole.
    void aDraftKeepsWhatCannotRunYet()
    {
        const QByteArray json =
            QByteArray("{'format': 'tasklanes-scenario', 'version': 1, 'resources': "
                       "[{'name': 'n', 'type': 'value'}], 'tasks': [{'name': 'A', 'steps': "
                       "[{'do': 'write', 'resource': 'n', 'add': 1}, {'do': 'repeat', "
                       "'times': 2, 'steps': []}]}]}")
                .replace('\'', '"');
        const auto whole = parseScenarioJson(json, u"d.json"_s);
        QVERIFY(!whole.ok());
        QVERIFY2(whole.error().contains(u"repeats no steps"_s), qPrintable(whole.error()));
        const auto draft = parseScenarioJson(json, u"d.json"_s, Check::Draft);
        QVERIFY2(draft.ok(), qPrintable(draft.error()));
        QCOMPARE(draft->tasks.at(0).steps.size(), 2);
        QVERIFY(!validate(*draft).ok());
        // It saves as a draft and reads back the same; a whole save refuses it.
        const QTemporaryDir dir;
        const QString path = dir.filePath(u"draft.json"_s);
        QVERIFY(!saveScenarioFile(*draft, path).ok());
        QVERIFY(!QFile::exists(path));
        QVERIFY(saveScenarioFile(*draft, path, Check::Draft).ok());
        const auto back = loadScenarioFile(path, Check::Draft);
        QVERIFY(back.ok());
        QVERIFY(*back == *draft);
        // A field that is wrong on its own is refused in a draft too.
        QVERIFY(!parseScenarioJson(QByteArray(json).replace("\"times\": 2", "\"times\": 0"),
                                   u"d.json"_s, Check::Draft)
                     .ok());
        QVERIFY(!parseScenarioJson(QByteArray(json).replace("\"n\", \"add\"", "\"m\", \"add\""),
                                   u"d.json"_s, Check::Draft)
                     .ok());
    }

    // The forms' edits: removing a resource shifts the indices of the steps after it (a
    // step keeps naming the same resource), one in use stays; moves stay among siblings.
    void editsKeepStepsPointingAtTheirResources()
    {
        Scenario s = findScenarioPreset(u"condition-shelf")->scenario;
        s.resources.prepend(Resource{u"spare"_s, ResourceType::Lock, 0, 0});
        for (Task &task : s.tasks) {
            const auto shift = [](auto &&self, QList<Step> &steps) -> void {
                for (Step &step : steps) {
                    if (step.resource >= 0)
                        ++step.resource;
                    if (step.until >= 0)
                        ++step.until;
                    self(self, step.steps);
                }
            };
            shift(shift, task.steps);
        }
        QVERIFY(validate(s).ok());
        QCOMPARE(resourceUse(s, 0), QString());
        QVERIFY(resourceUse(s, 1).startsWith(u"task Baker, step 1."_s));
        QVERIFY(!removeResource(s, 1).ok());
        QVERIFY(removeResource(s, 0).ok());
        QVERIFY(s == findScenarioPreset(u"condition-shelf")->scenario);
        // A type its steps do not fit is refused, naming the step.
        const Status retyped = checkRetype(s, s.resourceIndex(u"stock"), ResourceType::Queue);
        QVERIFY(!retyped.ok());
        QVERIFY2(retyped.error().contains(u"stock cannot be a queue"_s),
                 qPrintable(retyped.error()));
        QVERIFY(checkRetype(s, s.resourceIndex(u"shelf"), ResourceType::Condition).ok());
        // Moves, inside a repeat; none past either end.
        Task &baker = s.tasks[0];
        const StepKind second = baker.steps.at(0).steps.at(1).kind;
        QCOMPARE(moveStep(baker, {0, 1}, -1), std::optional<StepPath>(StepPath{0, 0}));
        QCOMPARE(baker.steps.at(0).steps.at(0).kind, second);
        QCOMPARE(moveStep(baker, {0, 0}, -1), std::nullopt);
        QCOMPARE(moveStep(baker, {0}, +1), std::nullopt);
        QCOMPARE(duplicateStep(baker, {0, 0}), (StepPath{0, 1}));
        QCOMPARE(stepAt(baker, {0, 1})->kind, second);
        QCOMPARE(stepAt(baker, {0, 99}), nullptr);
        QCOMPARE(stepAt(baker, {0, 0, 0}), nullptr); // not a repeat
    }

    void filesAreBounded()
    {
        const QTemporaryDir dir;
        const QString path = dir.filePath(u"huge.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.resize(maxScenarioFileBytes + 1);
        f.close();
        const auto s = loadScenarioFile(path);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(u"huge.json"_s), qPrintable(s.error()));
        QVERIFY(!loadScenarioFile(dir.filePath(u"missing.json"_s)).ok());
        QVERIFY(!loadScenarioFile(dir.path()).ok()); // a folder
    }

    void asyncioHasNoRLock()
    {
        const Scenario &s = findScenarioPreset(u"rlock-reentry")->scenario;
        QVERIFY(checkBackend(s, Backend::Threads).ok());
        const Status async = checkBackend(s, Backend::Async);
        QVERIFY(!async.ok());
        QVERIFY2(async.error().contains(u"asyncio has no RLock"_s), qPrintable(async.error()));
        for (const ScenarioPreset &preset : scenarioPresets())
            QCOMPARE(checkBackend(preset.scenario, Backend::Async).ok(), !preset.threadsOnly);
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
