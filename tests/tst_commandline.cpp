// The command line as scripts see it: the real binary, run as a process.
#include "demoserver/demoserver.h"
#include "formats/traceimport.h"
#include "models/registry.h"
#include "scenarios/scenariopresets.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {

struct Ran
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
    qint64 ms = 0;
};

Ran tasklanes(const QStringList &args, int timeoutMs = 30000)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(TASKLANES_BINARY), args);
    Ran r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.ms = timer.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The ids of a listing command ("list", "scenarios"): one "<id><TAB><title>" a line, exit 0;
// empty (and the test failed) when it is not so.
QStringList listedIds(const QStringList &args)
{
    const Ran r = tasklanes(args);
    if (r.exitCode != 0) {
        QTest::qFail("the listing failed", __FILE__, __LINE__);
        return {};
    }
    QStringList ids;
    for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() != 2 || fields.at(1).isEmpty()) {
            QTest::qFail(qPrintable(u"not <id><TAB><title>: "_s + line), __FILE__, __LINE__);
            return {};
        }
        ids.append(fields.at(0));
    }
    return ids;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsTheVariants()
    {
        const QStringList ids = listedIds({u"list"_s});
        QStringList registered;
        for (const Model *m : models())
            registered.append(m->id);
        QCOMPARE(ids, registered);
    }

    void helpNamesEveryCommandAndOption()
    {
        const Ran r = tasklanes({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *word : {"list", "run <variant>", "compare", "serve", "--queue ",
                                 "scenarios", "scenario <preset|file.json>", "--model",
                                 "--queue-file", "--tasks", "--unit-ms", "--timeout-ms", "--trace",
                                 "--gantt", "--chart", "--quiet", "--port", "--switch-interval"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
    }

    // stdout stays the tutorial's lines; what the run teaches goes to stderr, one line a
    // note, each beginning "note: ".
    void notesGoToStandardError()
    {
        const Ran r = tasklanes({u"run"_s, u"cooperative-blocking"_s, u"--unit-ms"_s, u"10"_s});
        QCOMPARE(r.exitCode, 0);
        // The tutorial's lines, in order (the elapsed times are the machine's).
        QString lines = r.out;
        lines.replace(QRegularExpression(u"elapsed time: \\d+\\.\\d\n"_s), u"elapsed time: x\n"_s);
        QCOMPARE(lines, u"Task One running\nTask One total elapsed time: x\n"
                        "Task Two running\nTask Two total elapsed time: x\n"
                        "Task One running\nTask One total elapsed time: x\n"
                        "Task Two running\nTask Two total elapsed time: x\n"
                        "\nTotal elapsed time: x\n"_s);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.startsWith(u"note: blocking calls (sleeps, fetches) held the one thread "
                                  "for "_s),
                 qPrintable(r.err));
        // The GIL's switch interval is the user's to set, and its notes say it.
        QTemporaryDir dir;
        const QString queue = dir.filePath(u"q.json"_s);
        QFile f(queue);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"format":"tasklanes-queue","version":1,"items":[{"kind":"compute","value":2},{"kind":"compute","value":2}]})");
        f.close();
        const Ran gil = tasklanes({u"run"_s, u"threads-gil"_s, u"--unit-ms"_s, u"20"_s,
                                   u"--queue-file"_s, queue, u"--switch-interval"_s, u"8"_s});
        QCOMPARE(gil.exitCode, 0);
        QVERIFY2(gil.err.contains(u"note: threads were ready but waited for the GIL"_s),
                 qPrintable(gil.err));
        QVERIFY2(gil.err.contains(u"the switch interval, 8 ms"_s), qPrintable(gil.err));
        QVERIFY(gil.err.contains(u"\nnote: CPU work gained nothing from threads"_s));
    }

    void runsSyncOnTheDefaultQueue()
    {
        const Ran r =
            tasklanes({u"run"_s, u"sync"_s, u"--queue"_s, u"15,10,5,2"_s, u"--unit-ms"_s, u"10"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out,
                 u"Task One running\nTask One total: 15\nTask One running\nTask One total: 10\n"
                 "Task One running\nTask One total: 5\nTask One running\nTask One total: 2\n"
                 "Task Two nothing to do\n"_s);
        // 32 units of counting at 10 ms: counting is real work and takes real time.
        QVERIFY2(r.ms >= 320, qPrintable(QString::number(r.ms)));
    }

    void runsAsyncWithMoreTasks()
    {
        const Ran r = tasklanes({u"run"_s, u"async"_s, u"--queue"_s, u"3,1,2"_s, u"--tasks"_s,
                                 u"3"_s, u"--unit-ms"_s, u"20"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n');
        QCOMPARE(lines.mid(0, 3), (QStringList{u"Task One running"_s, u"Task Two running"_s,
                                               u"Task Three running"_s}));
        // The 1-unit sleep ends first; the run takes at least its longest item.
        QVERIFY2(lines.at(3).startsWith(u"Task Two total elapsed time: "_s), qPrintable(r.out));
        QVERIFY(lines.at(3).mid(29).toDouble() >= 0.95);
        const qsizetype at = r.out.indexOf(u"\n\nTotal elapsed time: "_s);
        QVERIFY(at > 0);
        QVERIFY2(r.out.mid(at + 22).trimmed().toDouble() >= 3.0, qPrintable(r.out));
    }

    void quietPrintsNothingAndTraceIsWritten()
    {
        QTemporaryDir dir;
        const QString trace = dir.filePath(u"run.json"_s);
        const Ran r = tasklanes({u"run"_s, u"cooperative-blocking"_s, u"--queue"_s, u"2,1"_s,
                                 u"--unit-ms"_s, u"10"_s, u"--quiet"_s, u"--trace"_s, trace});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        QFile f(trace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value("otherData"_L1).toObject().value("variant"_L1).toString(),
                 u"cooperative-blocking"_s);
        QVERIFY(root.value("traceEvents"_L1).toArray().size() >= 2);
    }

    void exportsImagesWithNoDisplay_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << u"png"_s;
        QTest::newRow("svg") << u"svg"_s;
        QTest::newRow("pdf") << u"pdf"_s;
    }
    void exportsImagesWithNoDisplay()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString gantt = dir.filePath(u"gantt."_s + suffix);
        const QString chart = dir.filePath(u"chart."_s + suffix);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TASKLANES_BINARY),
                {u"run"_s, u"async"_s, u"--unit-ms"_s, u"5"_s, u"--quiet"_s, u"--gantt"_s, gantt,
                 u"--chart"_s, chart});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray magic = suffix == "png"_L1   ? QByteArray("\x89PNG")
                                 : suffix == "pdf"_L1 ? QByteArray("%PDF-")
                                                      : QByteArray("<?xml");
        for (const QString &path : {gantt, chart}) {
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = f.readAll();
            QVERIFY(bytes.startsWith(magic));
            QVERIFY(bytes.size() > 2000);
        }
    }

    // The app without a display: one line that says what to do, exit 2 (Qt aborts).
    void theAppWithNoDisplaySaysSoInOneLine_data()
    {
        QTest::addColumn<QString>("display");
        QTest::newRow("no DISPLAY") << QString();
        QTest::newRow("a display nobody serves") << u":97"_s;
    }
    void theAppWithNoDisplaySaysSoInOneLine()
    {
        QFETCH(QString, display);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        if (!display.isEmpty())
            env.insert(u"DISPLAY"_s, display);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TASKLANES_BINARY), QStringList{});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        const QByteArray said = p.readAllStandardError();
        QCOMPARE(said.count('\n'), 1);
        QVERIFY2(said.startsWith("tasklanes: cannot open the app: no display") &&
                     said.contains("tasklanes --help"),
                 said.constData());
    }

    // Qt's own options open the app, as in any Qt program: without a display that is the
    // no-display line, not "unknown command"; anything Qt does not take is refused.
    void qtOptionsOpenTheApp()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TASKLANES_BINARY), {u"-style"_s, u"Fusion"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().startsWith("tasklanes: cannot open the app: no display"));

        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const QTemporaryDir runtime; // (else Qt says XDG_RUNTIME_DIR is unset, on stderr)
        QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner);
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TASKLANES_BINARY), {u"-style=Fusion"_s, u"-reverse"_s, u"bogus"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray said = p.readAllStandardError();
        QVERIFY2(said.startsWith("tasklanes: unexpected argument 'bogus'") && said.count('\n') == 1,
                 said.constData());
    }

    void runsTheHttpVariantsOnTheDemoPages()
    {
        const Ran r = tasklanes({u"run"_s, u"async-http"_s, u"--unit-ms"_s, u"100"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(u"getting URL: http://127.0.0.1:"_s), 7);
        QCOMPARE(r.out.count(u"total elapsed time: "_s), 7);
        QVERIFY(r.out.contains(u"/page/7\n"_s));
        // The ideal is the longer lane, 1.7 units.
        const qsizetype at = r.out.indexOf(u"\n\nTotal elapsed time: "_s);
        QVERIFY(at > 0);
        const double total = r.out.mid(at + 22).trimmed().toDouble();
        QVERIFY2(total >= 1.7, qPrintable(r.out.mid(at)));
    }

    // SPEC 1: a page is fetched under every model, not only the HTTP ones (that the demo
    // server starts for any run that fetches is tst_runplanner's; here a server of the
    // test's own, so that no other test's port is in the way).
    void everyModelFetchesADemoPage()
    {
        DemoServerThread server;
        QVERIFY(server.start(0, false));
        server.setUnitMs(10);
        const QString page = server.url(u"/page/4"_s).toString();
        for (const Model *m : models()) {
            const Ran r = tasklanes(
                {u"run"_s, m->id, u"--unit-ms"_s, u"10"_s, u"--queue"_s, page + u',' + page});
            QVERIFY2(r.exitCode == 0, qPrintable(m->id + u": "_s + r.err));
            QCOMPARE(r.out.count(u"getting URL: "_s + page), 2);
        }
    }

    void failedPagesGiveExitStatusOne()
    {
        const Ran r = tasklanes({u"run"_s, u"sync-http"_s, u"--unit-ms"_s, u"20"_s, u"--queue"_s,
                                 u"http://127.0.0.1:1/,http://no-such-host.invalid/"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(u'\n'), 2);
        QVERIFY2(r.err.contains(u"queue item 1 (http://127.0.0.1:1/) failed: connection refused"_s),
                 qPrintable(r.err));
        QVERIFY2(
            r.err.contains(u"queue item 2 (http://no-such-host.invalid/) failed: unknown host"_s),
            qPrintable(r.err));
        QVERIFY(r.out.endsWith(u"\nTotal elapsed time: 0.0\n"_s) ||
                r.out.contains(u"Total elapsed time: "_s));
    }

    void serveAnswersAndStops()
    {
        QTcpServer probe; // a port that is free right now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess p;
        p.start(QStringLiteral(TASKLANES_BINARY), {u"serve"_s, u"--port"_s, QString::number(port)});
        QVERIFY(p.waitForReadyRead(5000));
        QCOMPARE(QString::fromUtf8(p.readLine()).trimmed(),
                 u"TaskLanes demo server on http://127.0.0.1:%1/ (Ctrl+C to stop)"_s.arg(port));
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(s.waitForConnected(2000));
        s.write("GET /status/418 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QVERIFY(s.waitForBytesWritten(2000));
        QByteArray answer;
        while (!answer.contains("status 418") && s.waitForReadyRead(3000))
            answer += s.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 418"), answer.constData());
        p.terminate();
        QVERIFY(p.waitForFinished(3000));
        QCOMPARE(p.exitCode(), 0);
    }

    // Near its open-file limit the server refuses a new connection in words (503) rather
    // than running out, never spins on accept, and keeps answering; once clients leave it
    // takes new ones again.
    void serveOutOfFilesRestsAndRecovers()
    {
#if defined(__SANITIZE_ADDRESS__)
        // UBSan's runtime checks that an object's memory is readable by writing it into a
        // pipe; with no file left for the pipe it takes a sound QTcpSocket (its vtable
        // seen in a core dump) for a wrong object and, built to stop on any report, ends
        // the server. The default build holds this test.
        QSKIP("the sanitizers' runtime needs files of its own: not at the open-file limit");
#endif
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess p;
        p.setChildProcessModifier([] {
            const rlimit few{64, 64};
            ::setrlimit(RLIMIT_NOFILE, &few);
        });
        p.start(QStringLiteral(TASKLANES_BINARY), {u"serve"_s, u"--port"_s, QString::number(port)});
        QVERIFY(p.waitForReadyRead(5000));
        QList<QTcpSocket *> held;
        for (int i = 0; i < 100; ++i) {
            held.append(new QTcpSocket(this));
            held.last()->connectToHost(QHostAddress::LocalHost, port); // the kernel accepts
            QVERIFY(held.last()->waitForConnected(5000));
            held.last()->write("GET /status/200 HTTP/1.1\r\nHost: x\r\n\r\n");
            held.last()->flush();
        }
        auto cpuTicks = [&p] {
            QFile stat(u"/proc/%1/stat"_s.arg(p.processId()));
            if (!stat.open(QIODevice::ReadOnly))
                return -1ll;
            const QList<QByteArray> f = stat.readAll().split(')').last().split(' ');
            return f.value(12).toLongLong() + f.value(13).toLongLong(); // utime + stime
        };
        QTest::qWait(300);
        const long long before = cpuTicks();
        QTest::qWait(1000);
        const long long used = cpuTicks() - before;
        const long long perSecond = ::sysconf(_SC_CLK_TCK);
        QVERIFY2(used < perSecond / 4, qPrintable(u"%1 of %2 ticks"_s.arg(used).arg(perSecond)));
        int ok = 0, refused = 0;
        for (QTcpSocket *s : held) {
            QByteArray answer = s->readAll();
            while (!answer.contains("\r\n\r\n") && s->waitForReadyRead(2000))
                answer += s->readAll();
            ok += answer.startsWith("HTTP/1.1 200 ");
            refused += answer.startsWith("HTTP/1.1 503 ") && answer.contains("open-file limit");
        }
        QVERIFY2(ok > 0 && refused > 0 && ok + refused == 100,
                 qPrintable(u"%1 answered, %2 refused"_s.arg(ok).arg(refused)));
        qDeleteAll(held); // the clients leave; as the server sees them go, there is room
        QByteArray answer;
        QElapsedTimer waited;
        waited.start();
        while (!answer.startsWith("HTTP/1.1 418") && waited.elapsed() < 10000) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(s.waitForConnected(2000));
            s.write("GET /status/418 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            answer.clear();
            while (s.waitForReadyRead(5000))
                answer += s.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 418"), answer.constData());
        p.terminate();
        QVERIFY(p.waitForFinished(5000));
    }

    // SIGINT and SIGTERM, swept over a run and the writing of its trace: the process
    // ends on its own with 130 or 143, one line on stderr, and a trace that reads back,
    // marked cancelled; none is lost, swallowed or left hanging.
    void aSignalAtAnyMomentKeepsTheTrace()
    {
        QTemporaryDir dir;
        QByteArray items;
        for (int i = 0; i < 30000; ++i)
            items += QByteArray(i ? "," : "") + R"({"kind":"sleep","value":1})";
        const QString queue = writeFile(
            dir, u"q.json"_s,
            R"({"format":"tasklanes-queue","version":1,"tasks":100,"items":[)" + items + "]}");
        const QString trace = dir.filePath(u"t.json"_s);
        // Not quiet: its first line says the run is under way, and the sweep is over the
        // run and the write (before main() no program can catch a signal).
        const QStringList args{u"run"_s,       u"async"_s, u"--queue-file"_s, queue,
                               u"--unit-ms"_s, u"1"_s,     u"--trace"_s,      trace};
        qint64 natural = 0;
        {
            QProcess whole;
            whole.start(QStringLiteral(TASKLANES_BINARY), args);
            QVERIFY(whole.waitForReadyRead(60000));
            QElapsedTimer timer;
            timer.start();
            QVERIFY(whole.waitForFinished(120000));
            QCOMPARE(whole.exitCode(), 0);
            natural = std::max<qint64>(timer.elapsed(), 100);
        }
        int stoppedRuns = 0;
        for (int step = 1; step <= 10; ++step) {
            QFile::remove(trace);
            const int number = step % 2 ? SIGINT : SIGTERM;
            QProcess p;
            p.start(QStringLiteral(TASKLANES_BINARY), args);
            QVERIFY(p.waitForStarted(5000));
            const auto pid = pid_t(p.processId());
            QVERIFY(p.waitForReadyRead(60000)); // "Task One running"
            QTest::qWait(int(natural * step / 11));
            if (p.state() != QProcess::Running || pid <= 0)
                continue; // over already (and kill(0) would signal this test)
            ::kill(pid, number);
            QElapsedTimer ending;
            ending.start();
            QVERIFY2(p.waitForFinished(60000), "the process did not end after a signal");
            QCOMPARE(p.exitStatus(), QProcess::NormalExit); // it ended, it was not killed
            const QByteArray err = p.readAllStandardError();
            if (p.exitCode() == 0) // it was over before the signal came
                continue;
            ++stoppedRuns;
            QCOMPARE(p.exitCode(), 128 + number);
            QCOMPARE(err.count('\n'), 1);
            QVERIFY2(err.startsWith(number == SIGINT ? "tasklanes: stopped by SIGINT; the trace"
                                                     : "tasklanes: stopped by SIGTERM; the trace"),
                     err.constData());
            const Result<Trace> kept = loadChromeTrace(trace);
            QVERIFY2(kept, qPrintable(kept.error()));
            // Cut short, or whole when the signal came after the last event was written.
            QVERIFY2(kept->cancelled() || kept->itemExtents().size() == 30000,
                     qPrintable(QString::number(kept->itemExtents().size())));
            qInfo("signal at %lld ms of %lld: ended %lld ms later, %lld of 30000 items kept",
                  qlonglong(natural * step / 11), qlonglong(natural), qlonglong(ending.elapsed()),
                  qlonglong(kept->itemExtents().size()));
        }
        QVERIFY(stoppedRuns > 0);
    }

    // Where the system refuses threads or processes (an unprivileged user at its limit on
    // processes and threads, swept from none to a few), every model ends within seconds
    // with exit 1 and each refusal in words on its own line; none hangs.
    void systemRefusalsAreErrorsNotHangs_data()
    {
        QTest::addColumn<QString>("variant");
        for (const char *v : {"threads", "threads-gil", "processes", "sync-http", "async"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }
    void systemRefusalsAreErrorsNotHangs()
    {
        QFETCH(QString, variant);
        if (::geteuid() != 0)
            QSKIP("needs root, to run the binary as an unprivileged user with a limit");
        int refused = 0;
        for (int limit = 1; limit <= 8; ++limit) {
            QProcess p;
            p.setChildProcessModifier([limit] {
                // (Root is not held to the limit: the run is nobody's. The limit comes after
                // the change of user, which would otherwise hold the exec to it.)
                const rlimit few{rlim_t(limit), rlim_t(limit)};
                if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0 ||
                    ::setrlimit(RLIMIT_NPROC, &few) != 0)
                    ::_exit(99);
            });
            // LeakSanitizer needs a thread of its own to look for leaks at the end: at the
            // limit it has none, and says so.
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"ASAN_OPTIONS"_s, u"detect_leaks=0"_s);
            p.setProcessEnvironment(env);
            QStringList args{u"run"_s,       variant, u"--tasks"_s, u"6"_s,
                             u"--unit-ms"_s, u"10"_s, u"--quiet"_s};
            if (variant != "sync-http"_L1)
                args << u"--queue"_s << u"1,1,1,1,1,1,1,1"_s;
            p.start(QStringLiteral(TASKLANES_BINARY), args);
            QVERIFY2(p.waitForStarted(5000), qPrintable(p.errorString()));
            QVERIFY2(p.waitForFinished(30000),
                     qPrintable(u"%1 with %2 processes: hung"_s.arg(variant).arg(limit)));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QVERIFY2(
                p.exitCode() == 0 || p.exitCode() == 1,
                qPrintable(u"%1 with %2: exit %3"_s.arg(variant).arg(limit).arg(p.exitCode())));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            for (const QString &line : err.split(u'\n', Qt::SkipEmptyParts)) {
                if (line.startsWith(u"note: "_s)) // what the run teaches, not an error
                    continue;
                QVERIFY2(line.startsWith(u"tasklanes"_s) && !line.contains(u"QThread"_s),
                         qPrintable(line));
                QVERIFY2(line.contains(u"ulimit -u"_s) || line.contains(u"could not start"_s) ||
                             line.contains(u"exited with status"_s) ||
                             line.contains(u"no worker process left"_s),
                         qPrintable(line));
            }
            if (p.exitCode() == 1) {
                ++refused;
                QVERIFY(!err.isEmpty());
            }
        }
        QVERIFY(refused > 0);
    }

    // A second signal does not wait for anything.
    void aSecondSignalEndsItAtOnce()
    {
        QProcess p;
        p.start(QStringLiteral(TASKLANES_BINARY),
                {u"run"_s, u"sync"_s, u"--unit-ms"_s, u"1000"_s, u"--quiet"_s});
        QVERIFY(p.waitForStarted(5000));
        QTest::qWait(300);
        QVERIFY(p.state() == QProcess::Running && p.processId() > 0);
        // (Two of a kind at once would be one: signals of a kind do not queue.)
        ::kill(pid_t(p.processId()), SIGINT);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        // 128 + the second one's number (the kernel picks which comes first).
        QVERIFY2(p.exitCode() == 130 || p.exitCode() == 143,
                 qPrintable(QString::number(p.exitCode())));
        QVERIFY(p.readAllStandardError().contains("stopped at once"));
    }

    void compareRunsEveryVariantThatTakesTheQueue()
    {
        QTemporaryDir dir;
        const QString chart = dir.filePath(u"totals.svg"_s);
        const QString gantt = dir.filePath(u"stack.png"_s);
        const Ran r = tasklanes({u"compare"_s, u"--unit-ms"_s, u"10"_s, u"--queue"_s, u"3,1,2"_s,
                                 u"--chart"_s, chart, u"--gantt"_s, gantt});
        QCOMPARE(r.exitCode, 0);
        QStringList ids;
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(u"variant"_s));
        for (const QString &line : lines.mid(1, lines.size() - 2)) {
            const QStringList f = line.split(u' ', Qt::SkipEmptyParts);
            QCOMPARE(f.size(), 4);
            ids.append(f[0]);
            // Plain numbers: each column says what they became.
            QCOMPARE(f[3],
                     findModel(f[0])->naturalKind == WorkKind::Count ? u"counted"_s : u"slept"_s);
            // Sleeps and counting: no run beats its ideal (two decimals printed).
            QVERIFY2(f[1].toDouble() >= f[2].toDouble() - 0.01, qPrintable(line));
        }
        // Numbers: every variant that does not fetch.
        QStringList numeric;
        for (const Model *m : models()) {
            if (m->naturalKind != WorkKind::Fetch)
                numeric.append(m->id);
        }
        QCOMPARE(ids, numeric);
        // Counted by some and slept by others: the comparison says it mixes the two.
        QVERIFY2(r.err.startsWith(u"note: the plain numbers are counted (CPU work) by sync, "
                                  "cooperative and slept (waiting) by the others"_s),
                 qPrintable(r.err));
        QVERIFY(QFileInfo(chart).size() > 2000);
        QImage stack(gantt);
        QVERIFY(!stack.isNull());
        QVERIFY(stack.height() > 7 * 2 * 20); // seven blocks of two lanes
    }

    // A saved trace is drawn again without running anything.
    void exportsASavedTrace()
    {
        QTemporaryDir dir;
        const QString trace = dir.filePath(u"run.json"_s);
        QCOMPARE(tasklanes({u"run"_s, u"async"_s, u"--unit-ms"_s, u"5"_s, u"--quiet"_s,
                            u"--trace"_s, trace})
                     .exitCode,
                 0);
        const QString gantt = dir.filePath(u"again.png"_s);
        const QString chart = dir.filePath(u"again.pdf"_s);
        const Ran r = tasklanes({u"export"_s, trace, u"--gantt"_s, gantt, u"--chart"_s, chart});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        QImage image(gantt);
        QVERIFY(!image.isNull());
        QVERIFY(image.height() > 100);
        QFile pdf(chart);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // A damaged trace: one line naming it, exit 2, nothing written.
        const QString damaged = writeFile(dir, u"damaged.json"_s, "{\"traceEvents\": [");
        const QString none = dir.filePath(u"none.png"_s);
        const Ran bad = tasklanes({u"export"_s, damaged, u"--gantt"_s, none});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.startsWith(u"tasklanes: "_s + damaged + u": not valid JSON"_s) &&
                     bad.err.count(u'\n') == 1,
                 qPrintable(bad.err));
        QVERIFY(!QFile::exists(none));
        QCOMPARE(tasklanes({u"export"_s, trace}).exitCode, 2);               // nothing to draw
        QCOMPARE(tasklanes({u"export"_s, u"--gantt"_s, gantt}).exitCode, 2); // no trace
    }

    // A special file is written into, never replaced; a device that cannot take the trace
    // is named in one line.
    void specialFilesAreWrittenIntoNotReplaced()
    {
        const Ran full = tasklanes({u"run"_s, u"async"_s, u"--unit-ms"_s, u"2"_s, u"--quiet"_s,
                                    u"--trace"_s, u"/dev/full"_s});
        QCOMPARE(full.exitCode, 2);
        QVERIFY2(full.err.startsWith(u"tasklanes: /dev/full: cannot write: "_s) &&
                     full.err.count(u'\n') == 1,
                 qPrintable(full.err));
        QVERIFY(QFileInfo(u"/dev/full"_s).exists() && !QFileInfo(u"/dev/full"_s).isFile());
        QCOMPARE(tasklanes({u"run"_s, u"async"_s, u"--unit-ms"_s, u"2"_s, u"--quiet"_s,
                            u"--trace"_s, u"/dev/null"_s})
                     .exitCode,
                 0);
        QVERIFY(!QFileInfo(u"/dev/null"_s).isFile());
        // A FIFO nobody reads is an error, not a hang; one that is read gets the trace.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Ran unread = tasklanes(
            {u"run"_s, u"async"_s, u"--unit-ms"_s, u"2"_s, u"--quiet"_s, u"--trace"_s, fifo},
            10000);
        QVERIFY2(unread.finished, "writing to a FIFO nobody reads hung");
        QVERIFY2(unread.err.contains(u"nothing reads from it"_s), qPrintable(unread.err));
        QProcess reader;
        reader.start(u"cat"_s, {fifo});
        QVERIFY(reader.waitForStarted());
        QCOMPARE(tasklanes({u"run"_s, u"async"_s, u"--unit-ms"_s, u"2"_s, u"--quiet"_s,
                            u"--trace"_s, fifo})
                     .exitCode,
                 0);
        QVERIFY(reader.waitForFinished(10000));
        QVERIFY(reader.readAllStandardOutput().startsWith("{\"traceEvents\":["));
        QVERIFY(!QFileInfo(fifo).isFile());
    }

    void readsAQueueFile()
    {
        QTemporaryDir dir;
        const QString path = writeFile(
            dir, u"q.json"_s,
            R"({"format":"tasklanes-queue","version":1,"tasks":3,"items":[{"kind":"count","value":2},{"kind":"count","value":1}]})");
        const Ran r =
            tasklanes({u"run"_s, u"sync"_s, u"--queue-file"_s, path, u"--unit-ms"_s, u"5"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 u"Task One running\nTask One total: 2\nTask One running\nTask One total: 1\n"
                 "Task Two nothing to do\nTask Three nothing to do\n"_s);
    }

    // Bad input: exit status 2, one line on stderr naming the offending value, nothing on
    // stdout, and promptly (never a hang).
    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTemporaryDir *dir = new QTemporaryDir;
        dir->setAutoRemove(true);
        connect(this, &QObject::destroyed, [dir] { delete dir; });
        const QString malformed =
            writeFile(*dir, u"malformed.json"_s, "{\"format\": \"tasklanes-queue\", ");
        const QString future = writeFile(
            *dir, u"future.json"_s,
            R"({"format":"tasklanes-queue","version":7,"items":[{"kind":"sleep","value":1}]})");
        const QString wrongKind = writeFile(
            *dir, u"sleep.json"_s,
            R"({"format":"tasklanes-queue","version":1,"items":[{"kind":"count","value":1},{"kind":"sleep","value":1}]})");
        const QString run = u"run"_s;
        QTest::newRow("letters") << QStringList{run, u"async"_s, u"--queue"_s, u"3,x7,2"_s}
                                 << u"\"x7\""_s;
        QTest::newRow("negative") << QStringList{run, u"async"_s, u"--queue"_s, u"3,-2"_s}
                                  << u"\"-2\""_s;
        QTest::newRow("empty queue")
            << QStringList{run, u"async"_s, u"--queue"_s, u""_s} << u"empty"_s;
        QTest::newRow("absurd value")
            << QStringList{run, u"async"_s, u"--queue"_s, u"123456789012345"_s}
            << u"\"123456789012345\""_s;
        QTest::newRow("overflowing value")
            << QStringList{run, u"sync"_s, u"--queue"_s, u"1,99999999999999999999999"_s}
            << u"item 2"_s;
        QTest::newRow("unknown variant") << QStringList{run, u"turbo"_s} << u"'turbo'"_s;
        QTest::newRow("no variant") << QStringList{run} << u"variant"_s;
        QTest::newRow("unknown command") << QStringList{u"fly"_s} << u"'fly'"_s;
        QTest::newRow("unknown option") << QStringList{run, u"sync"_s, u"--fast"_s} << u"fast"_s;
        QTest::newRow("missing value") << QStringList{run, u"sync"_s, u"--queue"_s} << u"queue"_s;
        QTest::newRow("tasks zero")
            << QStringList{run, u"sync"_s, u"--tasks"_s, u"0"_s} << u"\"0\""_s;
        QTest::newRow("tasks letters")
            << QStringList{run, u"sync"_s, u"--tasks"_s, u"two"_s} << u"\"two\""_s;
        QTest::newRow("tasks absurd")
            << QStringList{run, u"sync"_s, u"--tasks"_s, u"100000000"_s} << u"\"100000000\""_s;
        QTest::newRow("unit zero")
            << QStringList{run, u"sync"_s, u"--unit-ms"_s, u"0"_s} << u"\"0\""_s;
        QTest::newRow("unit huge") << QStringList{run, u"sync"_s, u"--unit-ms"_s, u"99999999999"_s}
                                   << u"\"99999999999\""_s;
        QTest::newRow("missing file")
            << QStringList{run, u"async"_s, u"--queue-file"_s, u"/no/such.json"_s}
            << u"/no/such.json: no such file"_s;
        QTest::newRow("a device for a queue")
            << QStringList{run, u"async"_s, u"--queue-file"_s, u"/dev/zero"_s}
            << u"/dev/zero: not a regular file"_s;
        QTest::newRow("a device for a trace")
            << QStringList{u"export"_s, u"/dev/urandom"_s, u"--gantt"_s, dir->filePath(u"g.png"_s)}
            << u"/dev/urandom: not a regular file"_s;
        QTest::newRow("malformed file")
            << QStringList{run, u"async"_s, u"--queue-file"_s, malformed}
            << malformed + u": not valid JSON"_s;
        QTest::newRow("future version") << QStringList{run, u"async"_s, u"--queue-file"_s, future}
                                        << future + u": version 7 is newer"_s;
        QTest::newRow("both queues")
            << QStringList{run, u"sync"_s, u"--queue"_s, u"1"_s, u"--queue-file"_s, future}
            << u"either"_s;
        QTest::newRow("twice") << QStringList{run,    u"sync"_s,    u"--queue"_s,
                                              u"1"_s, u"--queue"_s, u"2"_s}
                               << u"--queue"_s;
        QTest::newRow("bad image type") << QStringList{run, u"async"_s, u"--gantt"_s, u"out.jpg"_s}
                                        << u"\"out.jpg\" does not end in .png, .svg or .pdf"_s;
        QTest::newRow("image folder missing")
            << QStringList{run, u"async"_s, u"--chart"_s, u"/no/dir/c.png"_s} << u"/no/dir/c.png"_s;
        // Outputs are checked before the run (a typo does not cost a 32 s run), and none
        // may overwrite an input or another output.
        QTest::newRow("trace folder missing")
            << QStringList{run, u"cooperative-blocking"_s, u"--trace"_s, u"/no/dir/t.json"_s}
            << u"--trace: /no/dir/t.json: the folder does not exist"_s;
        // No file can be made there, whoever runs it (root included, which the folder's
        // mode would let through).
        QTest::newRow("trace where nothing can be written")
            << QStringList{run, u"cooperative-blocking"_s, u"--trace"_s, u"/proc/t.json"_s}
            << u"--trace: /proc/t.json: cannot write: "_s;
        QTest::newRow("trace is a folder")
            << QStringList{run, u"cooperative-blocking"_s, u"--trace"_s, dir->path()}
            << u"is a folder, not a file"_s;
        QTest::newRow("trace over the queue file")
            << QStringList{run,
                           u"cooperative-blocking"_s,
                           u"--queue-file"_s,
                           wrongKind,
                           u"--trace"_s,
                           wrongKind}
            << u"--queue-file and --trace name the same file"_s;
        QTest::newRow("two images, one file")
            << QStringList{run,          u"async"_s,
                           u"--gantt"_s, dir->filePath(u"x.png"_s),
                           u"--chart"_s, dir->filePath(u"x.png"_s)}
            << u"--gantt and --chart name the same file"_s;
        QTest::newRow("timeout zero")
            << QStringList{run, u"async-http"_s, u"--timeout-ms"_s, u"0"_s} << u"\"0\""_s;
        QTest::newRow("serve bad port")
            << QStringList{u"serve"_s, u"--port"_s, u"70000"_s} << u"\"70000\""_s;
        QTest::newRow("numbers for http")
            << QStringList{run, u"sync-http"_s, u"--queue"_s, u"3,4"_s}
            << u"queue item 1 (\"3\") is a number, but this variant fetches http(s) URLs"_s;
        QTest::newRow("compare bad queue")
            << QStringList{u"compare"_s, u"--queue"_s, u"1,x"_s} << u"\"x\""_s;
        QTest::newRow("extra argument") << QStringList{run, u"sync"_s, u"async"_s} << u"'async'"_s;
        // A value with control characters is named with them escaped: still one line.
        QTest::newRow("newline in a URL")
            << QStringList{run, u"async-http"_s, u"--queue"_s, u"http://a\nb/"_s}
            << u"\"http://a\\nb/\" is not a valid URL"_s;
        QTest::newRow("escape in a variant")
            << QStringList{run, u"sy\x1b[2Jnc"_s} << u"'sy\\x1b[2Jnc'"_s;
        QTest::newRow("newline in a number")
            << QStringList{run, u"sync"_s, u"--tasks"_s, u"2\n3"_s} << u"\"2\\n3\""_s;
        const QString scenario = u"scenario"_s;
        const QString badStep =
            writeFile(*dir, u"badstep.json"_s,
                      "{\"format\":\"tasklanes-scenario\",\"version\":1,\"resources\":[{\"name\":"
                      "\"washer\",\"type\":\"lock\"}],"
                      "\"tasks\":[{\"name\":\"Parent "
                      "A\",\"steps\":[{\"do\":\"release\",\"resource\":\"washer\"}]}]}");
        QTest::newRow("scenario: unknown preset")
            << QStringList{scenario, u"washer"_s} << u"no scenario preset is called 'washer'"_s;
        QTest::newRow("scenario: a bad step")
            << QStringList{scenario, badStep}
            << u"badstep.json: task Parent A, step 1: releases washer, which it does not hold"_s;
        QTest::newRow("scenario: unknown model")
            << QStringList{scenario, u"washer-dryer"_s, u"--model"_s, u"processes"_s}
            << u"--model: \"processes\" is not threads or async"_s;
        QTest::newRow("scenario: an rlock on the loop")
            << QStringList{scenario, u"rlock-reentry"_s, u"--model"_s, u"async"_s}
            << u"asyncio has no RLock"_s;
        QTest::newRow("scenario: an image of an unknown type")
            << QStringList{scenario, u"washer-dryer"_s, u"--gantt"_s, dir->filePath(u"g.bmp"_s)}
            << u"g.bmp"_s;
        QTest::newRow("scenario: a missing file")
            << QStringList{scenario, dir->filePath(u"none.json"_s)} << u"none.json"_s;
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Ran r = tasklanes(args, 10000);
        QVERIFY2(r.finished, "the command hung");
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.endsWith(u'\n') && r.err.count(u'\n') == 1, qPrintable(r.err));
        QVERIFY2(r.err.startsWith(u"tasklanes: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    void listsTheScenarios()
    {
        const QStringList ids = listedIds({u"scenarios"_s});
        QStringList presets;
        for (const Scenarios::ScenarioPreset &preset : Scenarios::scenarioPresets())
            presets.append(preset.id);
        QCOMPARE(ids, presets);
        QVERIFY(ids.size() >= 9);
    }

    // SPEC 8 on the command line: the parent's lines, then the figures; the trace; the
    // clones' deadlock as exit 3; each option for its own parent; bad households named.
    void theParentsDay()
    {
        QTemporaryDir dir;
        const QString trace = dir.filePath(u"day.json"_s);
        const Ran sync =
            tasklanes({u"run"_s, u"parent-sync"_s, u"--unit-ms"_s, u"10"_s, u"--trace"_s, trace});
        QCOMPARE(sync.exitCode, 0);
        const QStringList lines = sync.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 16, qPrintable(sync.out));
        QCOMPARE(lines.first(), u"Parent: balancing the checkbook at 0.0"_s);
        // (measured figures as the clock gave them; the ideal's exactly)
        QVERIFY(lines.at(2).startsWith(u"Parent: Kid 1 called at 5.0, attending at "_s));
        QVERIFY2(QRegularExpression(u"^checkbook done: [0-9.]+ \\(ideal 20\\.0\\)$"_s)
                     .match(lines.at(11))
                     .hasMatch(),
                 qPrintable(lines.at(11)));
        QVERIFY(lines.at(12).startsWith(u"laundry done: "_s));
        QVERIFY(lines.at(12).endsWith(u"(ideal 99.0)"_s));
        QVERIFY(lines.at(13).startsWith(u"attention latency: "_s));
        QVERIFY(lines.at(13).endsWith(u"(ideal mean 13.3, worst 21.0)"_s));
        QVERIFY(lines.at(14).startsWith(u"checks: 0, wasted 0"_s));
        QVERIFY(lines.at(15).startsWith(u"deadlocks: 0, lost updates: 0"_s));
        QVERIFY(sync.err.isEmpty());
        QFile f(trace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject other =
            QJsonDocument::fromJson(f.readAll()).object().value("otherData"_L1).toObject();
        QCOMPARE(other.value("variant"_L1).toString(), u"parent-sync"_s);
        QCOMPARE(other.value("household"_L1).toObject().value("latencies"_L1).toArray().size(), 3);

        // A file named like a parent is a file: the variant is the word no option takes.
        {
            QProcess named;
            named.setWorkingDirectory(dir.path());
            named.start(QStringLiteral(TASKLANES_BINARY),
                        {u"run"_s, u"--trace"_s, u"parent-sync"_s, u"sync"_s, u"--queue"_s, u"1"_s,
                         u"--unit-ms"_s, u"1"_s, u"--quiet"_s});
            QVERIFY(named.waitForFinished(30000));
            QCOMPARE(named.exitCode(), 0);
            QVERIFY(named.readAllStandardError().isEmpty());
            QFile file(dir.filePath(u"parent-sync"_s));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(QJsonDocument::fromJson(file.readAll())
                         .object()
                         .value("otherData"_L1)
                         .toObject()
                         .value("variant"_L1)
                         .toString(),
                     u"sync"_s);
        }

        const Ran clones = tasklanes({u"run"_s, u"parent-threads"_s, u"--unit-ms"_s, u"10"_s});
        QCOMPARE(clones.exitCode, 3);
        QVERIFY2(clones.out.contains(u"deadlock: Parent (washer) waits for dryer held by Parent "
                                     "(dryer), Parent (dryer) waits for washer held by Parent "
                                     "(washer)\n"_s),
                 qPrintable(clones.out));
        QVERIFY(clones.out.contains(u"balance: 100 - 80 expected 20, got "_s));
        QVERIFY(clones.out.contains(u"deadlocks: 1, lost updates: 1"_s));
        const Ran fixed =
            tasklanes({u"run"_s, u"parent-threads"_s, u"--fix"_s, u"--unit-ms"_s, u"10"_s});
        QCOMPARE(fixed.exitCode, 0);
        QVERIFY(fixed.out.contains(u"deadlocks: 0, lost updates: 0"_s));
        const QString gantt = dir.filePath(u"day.png"_s), chart = dir.filePath(u"day.svg"_s);
        const Ran quiet =
            tasklanes({u"run"_s, u"--quiet"_s, u"parent-async"_s, u"--unit-ms"_s, u"5"_s,
                       u"--step"_s, u"0"_s, u"--gantt"_s, gantt, u"--chart"_s, chart});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY(quiet.out.isEmpty());
        const QImage image(gantt);
        QCOMPARE(image.width(), 3200); // 1600 at scale 2
        QVERIFY(image.height() > 400);
        QFile svg(chart);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));

        const QString bad = writeFile(dir, u"house"_s,
                                      "{\"format\": \"tasklanes-household\", \"version\": 1, "
                                      "\"washer\": -3}");
        const std::pair<QStringList, QString> refused[] = {
            {{u"parent-sync"_s, u"--interval"_s, u"3"_s}, u"--interval is for parent-polling"_s},
            {{u"parent-polling"_s, u"--fix"_s}, u"--fix is for parent-threads"_s},
            {{u"parent-async"_s, u"--step"_s, u"0.01"_s}, u"--step: 0.01 is not"_s},
            {{u"parent-polling"_s, u"--interval"_s, u"soon"_s}, u"--interval: \"soon\""_s},
            {{u"parent-sync"_s, u"--household"_s, bad}, u": washer: -3 is not a number"_s},
            {{u"parent-sync"_s, u"--household"_s, dir.filePath(u"none.json"_s)}, u"none.json"_s},
            {{u"parent-sync"_s, u"--trace"_s, dir.path()}, u"--trace: "_s},
        };
        for (const auto &[args, says] : refused) {
            const Ran r = tasklanes(QStringList{u"run"_s} + args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.startsWith(u"tasklanes: "_s) && r.err.count(u'\n') == 1 &&
                         r.err.contains(says),
                     qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
    }

    void scenariosEndWithTheirStatus()
    {
        QTemporaryDir dir;
        const QString trace = dir.filePath(u"deadlock.json"_s);
        const Ran dead = tasklanes(
            {u"scenario"_s, u"washer-dryer"_s, u"--unit-ms"_s, u"100"_s, u"--trace"_s, trace});
        QCOMPARE(dead.exitCode, 3);
        QVERIFY2(dead.out.endsWith(u"deadlock: Parent A waits for washer held by Parent B, "
                                   "Parent B waits for dryer held by Parent A\n"_s),
                 qPrintable(dead.out));
        QVERIFY(dead.out.contains(u"Parent A acquired dryer\n"_s));
        QVERIFY(dead.out.contains(u"Parent B waiting for dryer (held by Parent A)\n"_s));
        QFile f(trace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject other =
            QJsonDocument::fromJson(f.readAll()).object().value("otherData"_L1).toObject();
        QCOMPARE(other.value("outcome"_L1).toString(), u"deadlock"_s);
        QCOMPARE(other.value("deadlock"_L1).toArray().size(), 2);

        // A file, by --scenario (SPEC 7) as by its name.
        const QString file = writeFile(
            dir, u"lock"_s,
            "{\"format\":\"tasklanes-scenario\",\"version\":1,\"resources\":[{\"name\":\"l\","
            "\"type\":\"lock\"}],\"tasks\":[{\"name\":\"One\",\"steps\":[{\"do\":\"acquire\","
            "\"resource\":\"l\"},{\"do\":\"release\",\"resource\":\"l\"}]}]}");
        for (const QStringList &args : {QStringList{u"scenario"_s, u"--scenario"_s, file},
                                        QStringList{u"scenario"_s, file}}) {
            const Ran r = tasklanes(args);
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out, u"One acquired l\nOne released l\nOne done\n"_s);
        }
        QCOMPARE(tasklanes({u"scenario"_s, u"washer-dryer"_s, u"--scenario"_s, file}).exitCode, 2);

        const Ran fixed = tasklanes({u"scenario"_s, u"washer-dryer-fixed"_s, u"--unit-ms"_s,
                                     u"20"_s, u"--model"_s, u"async"_s});
        QCOMPARE(fixed.exitCode, 0);
        QVERIFY(fixed.out.endsWith(u" done\n"_s));

        const Ran race = tasklanes({u"scenario"_s, u"checkbook-race"_s, u"--unit-ms"_s, u"100"_s});
        QCOMPARE(race.exitCode, 0);
        QVERIFY2(race.out.contains(u"balance: 100 - 80 expected 20, got "_s) &&
                     race.out.endsWith(u": 1 update lost\n"_s),
                 qPrintable(race.out));

        // --quiet: nothing on stdout; the reason for status 3 on stderr.
        const Ran quiet =
            tasklanes({u"scenario"_s, u"lock-reentry"_s, u"--unit-ms"_s, u"20"_s, u"--quiet"_s});
        QCOMPARE(quiet.exitCode, 3);
        QCOMPARE(quiet.out, QString());
        QCOMPARE(quiet.err, u"deadlock: Clerk waits for ledger held by Clerk\n"_s);

        // A step that fails: status 1, the step named.
        const QString fetch = writeFile(dir, u"fetch.json"_s,
                                        "{\"format\":\"tasklanes-scenario\",\"version\":1,"
                                        "\"tasks\":[{\"name\":\"One\",\"steps\":[{\"do\":\"fetch\","
                                        "\"url\":\"http://127.0.0.1:1/\"}]}]}");
        const Ran failed = tasklanes({u"scenario"_s, fetch});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.out.contains(u"One failed at step 1: "_s), qPrintable(failed.out));
    }

    void aSignalStopsAScenario()
    {
        QTemporaryDir dir;
        const QString file =
            writeFile(dir, u"long.json"_s,
                      "{\"format\":\"tasklanes-scenario\",\"version\":1,\"resources\":[{\"name\":"
                      "\"l\",\"type\":\"lock\"}],"
                      "\"tasks\":[{\"name\":\"One\",\"steps\":[{\"do\":\"acquire\",\"resource\":"
                      "\"l\"},{\"do\":\"sleep\",\"units\":1000},"
                      "{\"do\":\"release\",\"resource\":\"l\"}]},"
                      "{\"name\":\"Two\",\"steps\":[{\"do\":\"acquire\",\"resource\":\"l\"},{"
                      "\"do\":\"release\",\"resource\":\"l\"}]}]}");
        const QString trace = dir.filePath(u"stopped.json"_s);
        QProcess p;
        p.start(QStringLiteral(TASKLANES_BINARY), {u"scenario"_s, file, u"--trace"_s, trace});
        QVERIFY(p.waitForStarted());
        QVERIFY(p.waitForReadyRead(30000)); // the first line: the run is under way
        p.terminate();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 143);
        QVERIFY(p.readAllStandardError().endsWith(
            QByteArray("the trace so far is in " + trace.toUtf8() + '\n')));
        QFile f(trace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll())
                     .object()
                     .value("otherData"_L1)
                     .toObject()
                     .value("outcome"_L1)
                     .toString(),
                 u"stopped"_s);
    }

    void interruptStopsTheRunAndKeepsTheTrace()
    {
        QTemporaryDir dir;
        const QString trace = dir.filePath(u"stopped.json"_s);
        QProcess p;
        p.start(QStringLiteral(TASKLANES_BINARY), {u"run"_s, u"cooperative-blocking"_s,
                                                   u"--unit-ms"_s, u"1000"_s, u"--trace"_s, trace});
        QVERIFY(p.waitForStarted());
        QVERIFY(p.waitForReadyRead(30000)); // "Task One running": the run is under way
        p.terminate();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 143); // SIGTERM
        QCOMPARE(p.readAllStandardError(),
                 "tasklanes: stopped by SIGTERM; the trace so far is in " + trace.toUtf8() + '\n');
        QFile f(trace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject other =
            QJsonDocument::fromJson(f.readAll()).object().value("otherData"_L1).toObject();
        QCOMPARE(other.value("cancelled"_L1).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
