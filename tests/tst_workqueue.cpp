#include "domain/workqueue.h"
#include "formats/fileio.h"
#include "formats/queuefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

class TestWorkQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesNumbersAsTheVariantsKind()
    {
        const Result<WorkQueue> r = parseQueueList(u"15, 10,5 ,2"_s, WorkKind::Count);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->items, (QList<WorkItem>{WorkItem::count(15), WorkItem::count(10),
                                            WorkItem::count(5), WorkItem::count(2)}));
        const Result<WorkQueue> s = parseQueueList(u"3"_s, WorkKind::Sleep);
        QCOMPARE(s->items.first().kind, WorkKind::Sleep);
    }

    void parsesUrlsAsFetch()
    {
        const Result<WorkQueue> r = parseQueueList(
            u"http://127.0.0.1:8080/delay/300,https://example.org/"_s, WorkKind::Sleep);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->items.at(0), WorkItem::fetch(u"http://127.0.0.1:8080/delay/300"_s));
        QCOMPARE(r->items.at(1).kind, WorkKind::Fetch);
    }

    void rejectsBadListsNamingTheValue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("letters") << u"15,abc,5"_s << u"item 2 (\"abc\")"_s;
        QTest::newRow("negative") << u"15,-3"_s << u"item 2 (\"-3\")"_s;
        QTest::newRow("fraction") << u"1.5"_s << u"item 1 (\"1.5\")"_s;
        QTest::newRow("empty") << u""_s << u"empty"_s;
        QTest::newRow("blank item") << u"1,,2"_s << u"item 2 is empty"_s;
        QTest::newRow("too large") << u"1,1000001"_s << u"item 2 (\"1000001\")"_s;
        QTest::newRow("overflow") << u"99999999999999999999999"_s << u"larger than the maximum"_s;
        QTest::newRow("ftp") << u"ftp://x.org/a"_s << u"not a whole number or an http(s) URL"_s;
        QTest::newRow("url without host") << u"http://"_s << u"not a valid URL"_s;
        QTest::newRow("tab in a value") << u"1,2\t3"_s << u"item 2 (\"2\\t3\")"_s;
    }
    void rejectsBadListsNamingTheValue()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const Result<WorkQueue> r = parseQueueList(text, WorkKind::Sleep);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
        QVERIFY(!r.error().contains(u'\n'));
    }

    void fileRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"q.json"_s);
        WorkQueue q;
        q.tasks = 3;
        q.items = {WorkItem::sleep(15), WorkItem::count(0), WorkItem::compute(7),
                   WorkItem::fetch(u"http://127.0.0.1:8080/delay/300"_s)};
        const Status saved = saveQueueFile(q, path);
        QVERIFY2(saved, qPrintable(saved.error()));
        const Result<WorkQueue> r = loadQueueFile(path);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(*r, q);
    }

    void readsTheSpecsExample()
    {
        const QByteArray json =
            R"({"format": "tasklanes-queue", "version": 1, "tasks": 2, "items": [{"kind": "sleep",
"value": 15}, {"kind": "fetch", "value": "http://127.0.0.1:8080/delay/300"}]})";
        const Result<WorkQueue> r = parseQueueJson(json, u"example"_s);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->items.size(), 2);
        QCOMPARE(r->tasks, 2);
    }

    void saveIsAtomic()
    {
        // Saving over a file replaces it whole and leaves no temporary file behind.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"q.json"_s);
        WorkQueue big;
        for (int i = 0; i < 10000; ++i)
            big.items.append(WorkItem::sleep(i % 7));
        QVERIFY(saveQueueFile(big, path));
        WorkQueue small{{WorkItem::sleep(1)}, 2};
        QVERIFY(saveQueueFile(small, path));
        QCOMPARE(loadQueueFile(path)->items.size(), 1);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"q.json"_s});
        const Status failed = saveQueueFile(small, dir.filePath(u"no/such/dir/q.json"_s));
        QVERIFY(!failed);
        QVERIFY(failed.error().contains(u"no/such/dir/q.json"_s));
    }

    void refusesBadFilesNamingFileAndReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("malformed") << QByteArray("{\"format\": ") << u"not valid JSON"_s;
        QTest::newRow("not an object") << QByteArray("[1,2]") << u"not a TaskLanes queue file"_s;
        QTest::newRow("other format")
            << QByteArray(R"({"format":"x","version":1,"items":[]})") << u"format"_s;
        QTest::newRow("future version")
            << QByteArray(
                   R"({"format":"tasklanes-queue","version":2,"items":[{"kind":"sleep","value":1}]})")
            << u"version 2 is newer"_s;
        QTest::newRow("no items") << QByteArray(R"({"format":"tasklanes-queue","version":1})")
                                  << u"\"items\""_s;
        QTest::newRow("empty items")
            << QByteArray(R"({"format":"tasklanes-queue","version":1,"items":[]})") << u"empty"_s;
        QTest::newRow("unknown kind")
            << QByteArray(
                   R"({"format":"tasklanes-queue","version":1,"items":[{"kind":"sleep","value":1},{"kind":"dance","value":1}]})")
            << u"item 2: unknown kind \"dance\""_s;
        QTest::newRow("negative")
            << QByteArray(
                   R"({"format":"tasklanes-queue","version":1,"items":[{"kind":"sleep","value":-4}]})")
            << u"item 1: -4 is outside"_s;
        QTest::newRow("string number")
            << QByteArray(
                   R"({"format":"tasklanes-queue","version":1,"items":[{"kind":"count","value":"4"}]})")
            << u"item 1: a count item's value must be a whole number"_s;
        QTest::newRow("bad url")
            << QByteArray(
                   R"({"format":"tasklanes-queue","version":1,"items":[{"kind":"fetch","value":"nope"}]})")
            << u"item 1: \"nope\" is not a valid URL"_s;
        QTest::newRow("bad tasks")
            << QByteArray(
                   R"({"format":"tasklanes-queue","version":1,"tasks":0,"items":[{"kind":"sleep","value":1}]})")
            << u"\"tasks\""_s;
        // Values are named with their control characters escaped: the message stays a line.
        QTest::newRow("newline in a URL")
            << QByteArray("{\"format\":\"tasklanes-queue\",\"version\":1,\"items\":[{\"kind\":"
                          "\"fetch\",\"value\":\"http://a\\nb/\"}]}")
            << u"item 1: \"http://a\\nb/\" is not a valid URL"_s;
        QTest::newRow("escape in a kind")
            << QByteArray("{\"format\":\"tasklanes-queue\",\"version\":1,\"items\":[{\"kind\":"
                          "\"sl\\u001b[2Jeep\",\"value\":1}]}")
            << u"unknown kind \"sl\\x1b[2Jeep\""_s;
    }
    void refusesBadFilesNamingFileAndReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        const Result<WorkQueue> r = loadQueueFile(path);
        QVERIFY(!r);
        QVERIFY2(r.error().startsWith(path + u": "_s), qPrintable(r.error()));
        QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
        QVERIFY(!r.error().contains(u'\n'));
    }

    void valuesAreShownOnOneLine()
    {
        QCOMPARE(shown(u"a\nb\r\tc\x1b[31m\x7f\u202e!"), u"a\\nb\\r\\tc\\x1b[31m\\x7f\\x202e!"_s);
        QCOMPARE(shown(QString(300, u'x')).size(), 201); // cut, with an ellipsis
        QCOMPARE(shown(u"Grüße, 東京"), u"Grüße, 東京"_s);
    }

    // Only a regular file is read, to a limit: a device has no size to trust and a FIFO
    // may never be written to, so both are refused by what they are, at once.
    void readingIsBounded()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString &path : {u"/dev/zero"_s, u"/dev/urandom"_s, u"/dev/null"_s, fifo}) {
            QElapsedTimer timer;
            timer.start();
            const Result<WorkQueue> r = loadQueueFile(path);
            QVERIFY(!r);
            QCOMPARE(r.error(), path + u": not a regular file (a device, a pipe or a socket): "
                                       "save what it gives to a file and open that"_s);
            QVERIFY(timer.elapsed() < 5000); // not read (a FIFO would take its 10 s)
        }
        QVERIFY(loadQueueFile(dir.path()).error().contains(u"is a folder"_s));
        const QString big = dir.filePath(u"big.json"_s);
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(1000));
        f.close();
        QCOMPARE(readWholeFile(big, 999).error(), big + u": the file is too large"_s);
        QCOMPARE(readWholeFile(big, 1000).value().size(), 1000);
    }

    void missingFile()
    {
        const Result<WorkQueue> r = loadQueueFile(u"/nonexistent/queue.json"_s);
        QVERIFY(!r);
        QCOMPARE(r.error(), u"/nonexistent/queue.json: no such file"_s);
    }

    void taskNames()
    {
        QCOMPARE(taskName(0), u"One"_s);
        QCOMPARE(taskName(1), u"Two"_s);
        QCOMPARE(taskName(12), u"Thirteen"_s);
        QCOMPARE(taskName(19), u"Twenty"_s);
        QCOMPARE(taskName(20), u"Twenty-One"_s);
        QCOMPARE(taskName(99), u"One Hundred"_s);
        QCOMPARE(taskName(122), u"One Hundred Twenty-Three"_s);
        QCOMPARE(taskName(999), u"One Thousand"_s);
        // Every name up to the maximum is distinct: lanes must never be confused.
        QSet<QString> seen;
        for (int i = 0; i < Limits::maxTasks; ++i)
            seen.insert(taskName(i));
        QCOMPARE(seen.size(), Limits::maxTasks);
    }
};

QTEST_GUILESS_MAIN(TestWorkQueue)
#include "tst_workqueue.moc"
