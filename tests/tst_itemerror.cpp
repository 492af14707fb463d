// Why an item failed, as data: every kind has its own name for trace files, its words
// fill in its details, and a detail is never taken for a placeholder.
#include "domain/itemerror.h"

#include <QSet>
#include <QTest>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

class TestItemError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKindHasItsOwnName()
    {
        QSet<QString> names;
        for (int k = 0; k <= int(ItemError::Kind::NotAWorker); ++k) {
            const ItemError e{ItemError::Kind(k), {u"a"_s, u"b"_s}};
            QVERIFY2(!names.contains(e.kindName()), qPrintable(e.kindName()));
            names.insert(e.kindName());
            QCOMPARE(ItemError::kindFromName(e.kindName()), e.kind);
            QVERIFY(!e.text().isEmpty());
        }
        QCOMPARE(ItemError::kindFromName(u"nonsense"), std::nullopt);
    }

    void wordsAndDetails()
    {
        QCOMPARE((ItemError{ItemError::Kind::Http, {u"404"_s, u"Not Found"_s}}).text(),
                 u"HTTP 404 Not Found"_s);
        QCOMPARE((ItemError{ItemError::Kind::Http, {u"500"_s, QString()}}).text(), u"HTTP 500"_s);
        QCOMPARE((ItemError{ItemError::Kind::TimedOut, {u"150"_s}}).text(),
                 u"timed out after 150 ms"_s);
        QCOMPARE(ItemError::stopped().text(), u"stopped"_s);
        // A detail that looks like a placeholder stays as it is.
        QCOMPARE((ItemError{ItemError::Kind::NotAWorker, {u"%2"_s, u"%1"_s}}).text(),
                 u"the worker process could not start: %2 is not a TaskLanes worker (it "
                 "answered \"%1\")"_s);
        QCOMPARE(ItemError::other(u"it broke: 100%1"_s).text(), u"it broke: 100%1"_s);
        // Without a translator, what the app shows is the English.
        const ItemError e{ItemError::Kind::Refused, {u"127.0.0.1:1"_s}};
        QCOMPARE(e.translated(), e.text());
    }
};

QTEST_GUILESS_MAIN(TestItemError)
#include "tst_itemerror.moc"
