#include "presentation/workqueuemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTest>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {
QList<qint64> values(const WorkQueueModel &m)
{
    QList<qint64> v;
    for (const WorkItem &i : m.items())
        v.append(i.units);
    return v;
}
QList<WorkItem> sleeps(std::initializer_list<qint64> v)
{
    QList<WorkItem> items;
    for (qint64 n : v)
        items.append(WorkItem::sleep(n));
    return items;
}
} // namespace

class TestWorkQueueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester()
    {
        WorkQueueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(sleeps({15, 10, 5, 2}));
        model.insertItems(2, sleeps({7, 8}));
        model.takeItems(0, 1);
        model.replaceItem(0, WorkItem::count(3));
        model.moveItems({0, 3}, 5);
        model.moveItems({4}, 0);
        QVERIFY(model.setData(model.index(1, WorkQueueModel::ValueColumn), u"9"_s));
        QVERIFY(model.setData(model.index(1, WorkQueueModel::KindColumn), u"compute"_s));
        model.setItems({});
    }

    void showsKindAndValue()
    {
        WorkQueueModel model;
        model.setItems({WorkItem::count(15), WorkItem::fetch(u"http://127.0.0.1:1/"_s)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"count"_s);
        QCOMPARE(model.data(model.index(0, 1)).toLongLong(), 15);
        QCOMPARE(model.data(model.index(1, 1)).toString(), u"http://127.0.0.1:1/"_s);
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toInt(), 1);
    }

    void setDataRefusesBadValuesAndKeepsTheItem()
    {
        WorkQueueModel model;
        model.setItems(sleeps({5}));
        const QModelIndex value = model.index(0, WorkQueueModel::ValueColumn);
        QVERIFY(!model.setData(value, u"abc"_s));
        QVERIFY(!model.setData(value, u"-1"_s));
        QVERIFY(!model.setData(value, u"1000001"_s));
        QVERIFY(!model.setData(model.index(0, 0), u"dance"_s));
        // A number cannot become a URL by changing the kind alone.
        QVERIFY(!model.setData(model.index(0, 0), u"fetch"_s));
        QCOMPARE(model.item(0), WorkItem::sleep(5));
        QVERIFY(model.setData(value, u" 12 "_s));
        QCOMPARE(model.item(0), WorkItem::sleep(12));
    }

    void movesRows_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<int>("destination");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::addColumn<QList<int>>("placed");
        QTest::newRow("down one") << QList<int>{0} << 2 << QList<qint64>{1, 0, 2, 3, 4}
                                  << QList<int>{1};
        QTest::newRow("up one") << QList<int>{3} << 2 << QList<qint64>{0, 1, 3, 2, 4}
                                << QList<int>{2};
        QTest::newRow("to end") << QList<int>{1, 3} << 5 << QList<qint64>{0, 2, 4, 1, 3}
                                << QList<int>{3, 4};
        QTest::newRow("to front") << QList<int>{4, 2} << 0 << QList<qint64>{2, 4, 0, 1, 3}
                                  << QList<int>{0, 1};
        QTest::newRow("in place") << QList<int>{2} << 2 << QList<qint64>{0, 1, 2, 3, 4}
                                  << QList<int>{2};
    }
    void movesRows()
    {
        QFETCH(QList<int>, rows);
        QFETCH(int, destination);
        QFETCH(QList<qint64>, expected);
        QFETCH(QList<int>, placed);
        WorkQueueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(sleeps({0, 1, 2, 3, 4}));
        const QPersistentModelIndex tracked(model.index(rows.first(), 1));
        const qint64 trackedValue = model.item(rows.first()).units;
        QCOMPARE(model.moveItems(rows, destination), placed);
        QCOMPARE(values(model), expected);
        // Persistent indexes follow their items.
        QCOMPARE(model.item(tracked.row()).units, trackedValue);
    }

    void dragAndDropMovesThroughTheEditHandler()
    {
        WorkQueueModel model;
        model.setItems(sleeps({0, 1, 2, 3}));
        std::unique_ptr<QMimeData> mime(
            model.mimeData({model.index(0, 0), model.index(0, 1), model.index(2, 1)}));
        QList<WorkQueueModel::Edit> edits;
        model.setEditHandler([&](const WorkQueueModel::Edit &e) { edits.append(e); });
        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, 4, 0, {}));
        model.dropMimeData(mime.get(), Qt::MoveAction, 4, 0, {});
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().type, WorkQueueModel::Edit::Move);
        QCOMPARE(edits.first().rows, (QList<int>{0, 2}));
        QCOMPARE(edits.first().destination, 4);
        QCOMPARE(values(model), (QList<qint64>{0, 1, 2, 3})); // the handler decides
        model.setEditHandler({});
        model.dropMimeData(mime.get(), Qt::MoveAction, 4, 0, {});
        QCOMPARE(values(model), (QList<qint64>{1, 3, 0, 2}));
    }
};

QTEST_GUILESS_MAIN(TestWorkQueueModel)
#include "tst_workqueuemodel.moc"
