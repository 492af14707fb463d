// The models as units: the registry holds the ids the command line, files and scripts
// rely on, and every model is complete and keeps its ideal schedule's promises.
#include "testrun.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The ids scripts rely on are all there, in this order (a new model may come anywhere).
    void theRegistryHoldsTheFixedIds()
    {
        QStringList ids;
        for (const Model *m : models())
            ids.append(m->id);
        qsizetype at = -1;
        for (const QString &id :
             {u"sync"_s, u"cooperative"_s, u"cooperative-blocking"_s, u"async"_s, u"sync-http"_s,
              u"async-http"_s, u"threads"_s, u"processes"_s, u"threads-gil"_s, u"async-offload"_s}) {
            const qsizetype next = ids.indexOf(id);
            QVERIFY2(next > at, qPrintable(id));
            at = next;
            QCOMPARE(findModel(id), models().at(next));
        }
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        QCOMPARE(findModel(u"fibers"), nullptr);
    }

    void everyModelIsComplete()
    {
        QSet<QString> ids;
        for (const Model *m : models()) {
            QVERIFY2(!m->id.isEmpty() && !ids.contains(m->id), qPrintable(m->id));
            ids.insert(m->id);
            QVERIFY(m->title && *m->title && m->explanation && *m->explanation);
            QVERIFY(m->run && m->ideal);
            QVERIFY2(m->acceptsKind(m->naturalKind), qPrintable(m->id));
            // Its default queue is of a kind it runs.
            const WorkKind defaultKind = m->needsDemoServer() ? WorkKind::Fetch : m->naturalKind;
            QVERIFY2(m->acceptsKind(defaultKind), qPrintable(m->id));
            QVERIFY(m->checkItems({{m->naturalKind, 1, u"http://127.0.0.1/"_s}}));
        }
    }

    // SPEC 1: a model is how tasks are scheduled, an item what a task does; no model
    // refuses a kind of item, and none turns one into another.
    void everyModelRunsEveryKind()
    {
        const QList<WorkItem> all{WorkItem::count(1), WorkItem::sleep(2), WorkItem::compute(1),
                                  WorkItem::fetch(u"http://127.0.0.1/"_s)};
        for (const Model *m : models()) {
            QVERIFY2(m->checkItems(all), qPrintable(m->id));
            for (const WorkKind kind :
                 {WorkKind::Count, WorkKind::Sleep, WorkKind::Compute, WorkKind::Fetch})
                QVERIFY2(m->acceptsKind(kind), qPrintable(m->id));
        }
    }

    // On any queue every model's ideal schedules each item once, on a task that exists,
    // one item at a time per task, no shorter than the item, ending with the total.
    void idealSchedulesKeepTheirPromises()
    {
        QRandomGenerator rng(7);
        for (const Model *m : models()) {
            for (int round = 0; round < 50; ++round) {
                QList<WorkItem> items;
                QList<double> durations;
                for (int i = 0, n = rng.bounded(1, 15); i < n; ++i) {
                    const qint64 units = rng.bounded(0, 9);
                    const WorkKind kind = m->accepts.at(rng.bounded(int(m->accepts.size())));
                    items.append(
                        kind == WorkKind::Fetch
                            ? WorkItem::fetch(u"http://127.0.0.1:8080/delay/%1"_s.arg(units))
                            : WorkItem{kind, units, {}});
                    durations.append(double(units));
                }
                const int tasks = rng.bounded(1, 9);
                const int cores = rng.bounded(1, 5);
                const IdealSchedule s = m->ideal({items, tasks, durations, cores});
                const QByteArray where = m->id.toUtf8() + ' ' + QByteArray::number(round);
                QCOMPARE(s.spans.size(), items.size());
                QSet<qint32> seen;
                double end = 0;
                for (qsizetype i = 0; i < s.spans.size(); ++i) {
                    const IdealSpan &a = s.spans[i];
                    QVERIFY2(a.lane >= 0 && a.lane < tasks, where.constData());
                    QVERIFY2(!seen.contains(a.item), where.constData());
                    seen.insert(a.item);
                    QVERIFY2(a.end - a.start >= durations[a.item] - 1e-9, where.constData());
                    QVERIFY2(i == 0 || s.spans[i - 1].start <= a.start, where.constData());
                    end = std::max(end, a.end);
                    for (qsizetype j = i + 1; j < s.spans.size(); ++j) {
                        const IdealSpan &b = s.spans[j];
                        QVERIFY2(a.lane != b.lane || a.end <= b.start + 1e-9 ||
                                     b.end <= a.start + 1e-9,
                                 where.constData());
                    }
                }
                QVERIFY2(std::abs(s.totalUnits - end) < 1e-9, where.constData());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
