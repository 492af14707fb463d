#include "formats/traceexport.h"
#include "formats/traceimport.h"
#include "testrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

#include <sys/stat.h>
#include <unistd.h>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {

Trace run(const QString &variant, const QList<qint64> &values, int tasks)
{
    return TestRun::run(TestRun::numbers(variant, values, tasks, 10)).trace;
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << error.offset;
    return doc.object();
}

// Perfetto's rule for complete events on one thread: they nest and never partly overlap.
QString checkNesting(const QJsonArray &events)
{
    std::map<int, QList<std::pair<double, double>>> byTid;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        if (e.value("ph"_L1).toString() == "X"_L1)
            byTid[e.value("tid"_L1).toInt()].append(
                {e.value("ts"_L1).toDouble(),
                 e.value("ts"_L1).toDouble() + e.value("dur"_L1).toDouble()});
    }
    constexpr double eps = 0.002; // the file's microseconds have three decimals
    for (auto &[tid, spans] : byTid) {
        std::sort(spans.begin(), spans.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second > b.second;
        });
        QList<std::pair<double, double>> stack;
        for (const auto &s : spans) {
            while (!stack.isEmpty() && stack.last().second <= s.first + eps)
                stack.removeLast();
            if (!stack.isEmpty() && s.second > stack.last().second + eps)
                return u"tid %1: [%2, %3] overlaps [%4, %5] without nesting"_s.arg(tid)
                    .arg(s.first)
                    .arg(s.second)
                    .arg(stack.last().first)
                    .arg(stack.last().second);
            stack.append(s);
        }
    }
    return {};
}

} // namespace

class TestTraceExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chromeTraceFormat_data()
    {
        QTest::addColumn<QString>("variant");
        // Every model that takes plain numbers; the HTTP ones write the same events.
        for (const Model *m : models()) {
            if (m->naturalKind != WorkKind::Fetch)
                QTest::newRow(qPrintable(m->id)) << m->id;
        }
    }
    void chromeTraceFormat()
    {
        QFETCH(QString, variant);
        const QList<qint64> values{4, 0, 3, 2};
        const Trace trace = run(variant, values, 3);
        QVERIFY(!trace.isNull());
        const QJsonObject root = parse(traceToChromeJson(trace));
        QCOMPARE(root.value("displayTimeUnit"_L1).toString(), u"ms"_s);
        const QJsonObject other = root.value("otherData"_L1).toObject();
        QCOMPARE(other.value("variant"_L1).toString(), variant);
        QCOMPARE(other.value("unit_ms"_L1).toInt(), 10);
        QCOMPARE(other.value("ideal_ms"_L1).toDouble(), trace.idealMs());
        QVERIFY(std::abs(other.value("total_ms"_L1).toDouble() - trace.totalMs()) < 0.01);

        const QJsonArray events = root.value("traceEvents"_L1).toArray();
        const auto extents = trace.itemExtents();
        QMap<int, QString> laneNames;
        QList<int> seenIndex;
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            if (e.value("name"_L1).toString() == "thread_name"_L1)
                laneNames.insert(e.value("tid"_L1).toInt(),
                                 e.value("args"_L1).toObject().value("name"_L1).toString());
            if (e.value("cat"_L1).toString() != "work"_L1)
                continue;
            QCOMPARE(e.value("ph"_L1).toString(), u"X"_s);
            const QJsonObject args = e.value("args"_L1).toObject();
            const int index = args.value("index"_L1).toInt(-1);
            QVERIFY(index >= 0 && index < values.size());
            seenIndex.append(index);
            QCOMPARE(qint64(args.value("value"_L1).toDouble()), values[index]);
            const int tid = e.value("tid"_L1).toInt();
            QCOMPARE(u"Task "_s + args.value("task"_L1).toString(), laneNames.value(tid));
            QVERIFY(e.value("ts"_L1).toDouble() >= 0);
            QVERIFY(e.value("dur"_L1).toDouble() >= 0);
            // The item's extent, in microseconds with three decimals.
            const auto extent = std::find_if(extents.begin(), extents.end(),
                                             [&](const auto &x) { return x.item == index; });
            QVERIFY(extent != extents.end());
            QCOMPARE(tid, int(extent->lane) + 1);
            QCOMPARE(qint64(std::llround(e.value("ts"_L1).toDouble() * 1000)), extent->start);
            QCOMPARE(qint64(std::llround(e.value("dur"_L1).toDouble() * 1000)),
                     extent->end - extent->start);
        }
        std::sort(seenIndex.begin(), seenIndex.end());
        QCOMPARE(seenIndex, (QList<int>{0, 1, 2, 3}));
        QCOMPARE(laneNames, (QMap<int, QString>{
                                {1, u"Task One"_s}, {2, u"Task Two"_s}, {3, u"Task Three"_s}}));
        const QString nesting = checkNesting(events);
        QVERIFY2(nesting.isEmpty(), qPrintable(nesting));
    }

    void cooperativeStepsNestInsideTheirItem()
    {
        const Trace trace = run(u"cooperative"_s, {3, 2}, 2);
        const QJsonArray events = parse(traceToChromeJson(trace)).value("traceEvents"_L1).toArray();
        int steps = 0;
        int ready = 0;
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            if (e.value("cat"_L1).toString() != "state"_L1)
                continue;
            const QJsonObject args = e.value("args"_L1).toObject();
            QCOMPARE(args.value("state"_L1).toString(), e.value("name"_L1).toString());
            if (args.value("state"_L1).toString() == "running"_L1) {
                ++steps;
            } else {
                // Between its steps a task waits for the scheduler to resume it.
                QCOMPARE(args.value("state"_L1).toString(), u"ready"_s);
                QCOMPARE(args.value("waiting_for"_L1).toString(), u"scheduler"_s);
                ++ready;
            }
        }
        QCOMPARE(steps, 5);
        QVERIFY(ready >= 3);
        const QString nesting = checkNesting(events);
        QVERIFY2(nesting.isEmpty(), qPrintable(nesting));
    }

    void escapesStringsAndRecordsErrors()
    {
        Trace::Data d;
        d.variantId = u"async"_s;
        d.unitMs = 10;
        d.tasks = 1;
        d.items = {WorkItem::fetch(u"http://127.0.0.1/a?q=\"x\"\\y\u00e9"_s)};
        d.spans = {{0, 5000, 0, 0, SpanState::Failed}};
        d.errors.insert(0, ItemError::other(u"connection refused\n(retry)"_s));
        d.errors.insert(0, {ItemError::Kind::Http, {u"404"_s, u"Not \"Found\"\n"_s}});
        d.totalNs = 5000;
        const QJsonObject root = parse(traceToChromeJson(Trace(std::move(d))));
        QJsonObject work;
        for (const QJsonValue &v : root.value("traceEvents"_L1).toArray()) {
            if (v.toObject().value("cat"_L1).toString() == "work"_L1)
                work = v.toObject();
        }
        const QJsonObject args = work.value("args"_L1).toObject();
        QCOMPARE(args.value("value"_L1).toString(), u"http://127.0.0.1/a?q=\"x\"\\y\u00e9"_s);
        // The words escape the detail's line break (an error is one line); the data keeps it.
        QCOMPARE(args.value("error"_L1).toString(), u"HTTP 404 Not \"Found\"\\n"_s);
        QCOMPARE(args.value("error_kind"_L1).toString(), u"http"_s);
        QCOMPARE(args.value("error_details"_L1).toArray(),
                 (QJsonArray{u"404"_s, u"Not \"Found\"\n"_s}));
        QCOMPARE(work.value("dur"_L1).toDouble(), 5.0);
    }

    // The file is written through a buffer, piece by piece, never whole in memory: what
    // reaches it is what the in-memory export gives, however many pieces it took; a
    // device that fills up mid-way is an error, not a short file passed as whole.
    void streamsToTheFileWhatTheExportGives()
    {
        QList<qint64> values;
        for (int i = 0; i < 6000; ++i)
            values.append(0);
        const Trace trace = run(u"async"_s, values, 7);
        const QByteArray whole = traceToChromeJson(trace);
        QVERIFY(whole.size() > 1024 * 1024); // several times the writer's buffer
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.json"_s);
        QVERIFY(writeChromeTrace(trace, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == whole);
        QVERIFY(parse(whole).value("traceEvents"_L1).toArray().size() > 3 * 6000);
        const Status full = writeChromeTrace(trace, u"/dev/full"_s);
        QVERIFY(!full);
        QVERIFY2(full.error().startsWith(u"/dev/full: cannot write: "_s), qPrintable(full.error()));
    }

    void writesAtomically()
    {
        const Trace trace = run(u"async"_s, {1}, 1);
        QTemporaryDir dir;
        QVERIFY(writeChromeTrace(trace, dir.filePath(u"t.json"_s)));
        const Status failed = writeChromeTrace(trace, dir.filePath(u"missing/t.json"_s));
        QVERIFY(!failed);
        QVERIFY(failed.error().contains(u"missing/t.json"_s));
    }

    // A file written again keeps its mode, and, when root rewrites someone else's file,
    // its owner; a link to it stays a link.
    void aReplacedFileKeepsItsModeAndOwner()
    {
        const Trace trace = run(u"async"_s, {1}, 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.json"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        const bool root = ::geteuid() == 0;
        if (root) // nobody's, as a file of another user's would be
            QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
        const QString link = dir.filePath(u"link.json"_s);
        QVERIFY(QFile::link(path, link));
        QVERIFY(writeChromeTrace(trace, link));
        struct stat st = {};
        QVERIFY(::lstat(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
        if (root) {
            QCOMPARE(st.st_uid, uid_t(65534));
            QCOMPARE(st.st_gid, gid_t(65534));
        }
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(loadChromeTrace(path));
    }
};

QTEST_GUILESS_MAIN(TestTraceExport)
#include "tst_traceexport.moc"
