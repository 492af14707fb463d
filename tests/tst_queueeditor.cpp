#include "language.h"
#include "planning/presets.h"
#include "queueeditor.h"
#include "ui_queueeditor.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

class TestQueueEditor : public QObject
{
    Q_OBJECT

    QUndoStack *m_undo = nullptr;
    QueueEditor *m_editor = nullptr;
    Ui::QueueEditor *ui() { return m_editor->ui(); }

    void chooseKind(WorkKind kind)
    {
        ui()->kindCombo->setCurrentIndex(ui()->kindCombo->findData(int(kind)));
    }
    void type(const QString &text)
    {
        ui()->valueEdit->clear();
        QTest::keyClicks(ui()->valueEdit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As the app does: English has its plural forms in a translation too.
        QCOMPARE(installTranslations(u"en"_s), u"en"_s);
    }
    void init()
    {
        m_undo = new QUndoStack;
        m_editor = new QueueEditor(m_undo);
        m_editor->restoreQueue({{}, 2});
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    }
    void cleanup()
    {
        delete m_editor;
        delete m_undo;
    }

    void typingBuildsTheQueue()
    {
        chooseKind(WorkKind::Sleep);
        for (const QString &v : {u"15"_s, u"10"_s, u"5"_s, u"2"_s}) {
            type(v);
            QVERIFY(ui()->addButton->isEnabled());
            QTest::keyClick(ui()->valueEdit, Qt::Key_Return);
        }
        QCOMPARE(m_editor->queue().items,
                 (QList<WorkItem>{WorkItem::sleep(15), WorkItem::sleep(10), WorkItem::sleep(5),
                                  WorkItem::sleep(2)}));
        QCOMPARE(ui()->summaryLabel->text(), u"4 items, 32 units in all"_s);
        chooseKind(WorkKind::Fetch);
        type(u"http://127.0.0.1:8080/delay/300"_s);
        QTest::mouseClick(ui()->addButton, Qt::LeftButton);
        QCOMPARE(m_editor->queue().items.size(), 5);
        QCOMPARE(m_editor->queue().items.last(),
                 WorkItem::fetch(u"http://127.0.0.1:8080/delay/300"_s));
    }

    void badInputIsRefusedWithAMessageAndKept_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("letter") << int(WorkKind::Sleep) << u"1O"_s
                                << u"\"1O\" is not a whole number"_s;
        QTest::newRow("negative") << int(WorkKind::Count) << u"-3"_s << u"negative"_s;
        QTest::newRow("too large") << int(WorkKind::Compute) << u"2000000"_s << u"maximum"_s;
        QTest::newRow("decimal") << int(WorkKind::Sleep) << u"2.5"_s << u"not a whole number"_s;
        QTest::newRow("not a url")
            << int(WorkKind::Fetch) << u"example dot org"_s << u"not a valid URL"_s;
        QTest::newRow("ftp") << int(WorkKind::Fetch) << u"ftp://example.org/x"_s
                             << u"not an http or https URL"_s;
    }
    void badInputIsRefusedWithAMessageAndKept()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QString, message);
        chooseKind(WorkKind(kind));
        type(text);
        QVERIFY2(m_editor->message().contains(message), qPrintable(m_editor->message()));
        QVERIFY(!ui()->addButton->isEnabled());
        QTest::keyClick(ui()->valueEdit, Qt::Key_Return);
        QCOMPARE(m_editor->queue().items.size(), 0);
        // What the user typed is still there to be corrected.
        QCOMPARE(ui()->valueEdit->text(), text);
    }

    // A cell typed wrong keeps its value and says so (issue 11: "xyz" in a Value cell
    // silently reverted).
    void aCellTypedWrongSaysWhy()
    {
        m_editor->restoreQueue({{WorkItem::sleep(3), WorkItem::sleep(4)}, 2});
        const QModelIndex value = m_editor->model()->index(1, WorkQueueModel::ValueColumn);
        QVERIFY(!m_editor->model()->setData(value, u"xyz"_s));
        QCOMPARE(m_editor->queue().items.at(1), WorkItem::sleep(4));
        QVERIFY2(m_editor->message().startsWith(u"Row 2 keeps its value: "_s),
                 qPrintable(m_editor->message()));
        const QModelIndex kind = m_editor->model()->index(0, WorkQueueModel::KindColumn);
        QVERIFY(!m_editor->model()->setData(kind, u"nap"_s));
        QVERIFY2(m_editor->message().contains(u"“nap” is not a kind"_s),
                 qPrintable(m_editor->message()));
        QVERIFY(m_editor->model()->setData(value, u"5"_s)); // a good edit still goes through
        QCOMPARE(m_editor->queue().items.at(1), WorkItem::sleep(5));
    }

    // A number the Tasks box cannot take is said, not dropped (issue 11: typing 5000 gave
    // 500 without a word).
    void theTasksBoxSaysWhatItRefuses()
    {
        QApplication::setActiveWindow(m_editor);
        QVERIFY(QTest::qWaitForWindowActive(m_editor));
        QSpinBox *tasks = ui()->tasksSpin;
        tasks->setFocus();
        tasks->selectAll();
        QTest::keyClicks(tasks, u"5000"_s);
        QTRY_VERIFY(m_editor->message().startsWith(u"Tasks: 5000 is not between 1 and 1000"_s));
        QCOMPARE(tasks->value(), 500);
        // Emptied and left: no number, nothing to say.
        tasks->selectAll();
        QTest::keyClick(tasks, Qt::Key_Delete);
        QTest::keyClick(tasks, Qt::Key_Return);
        QVERIFY(m_editor->message().startsWith(u"Tasks: 5000"_s));
    }

    void undoAndRedoEveryEdit()
    {
        chooseKind(WorkKind::Sleep);
        type(u"3"_s);
        QTest::keyClick(ui()->valueEdit, Qt::Key_Return);
        type(u"4"_s);
        QTest::keyClick(ui()->valueEdit, Qt::Key_Return);
        QCOMPARE(m_editor->queue().items.size(), 2);
        m_undo->undo();
        QCOMPARE(m_editor->queue().items, QList<WorkItem>{WorkItem::sleep(3)});
        m_undo->redo();
        QCOMPARE(m_editor->queue().items.size(), 2);

        // An edit in the table goes through the undo stack too.
        const QModelIndex value = m_editor->model()->index(0, WorkQueueModel::ValueColumn);
        QVERIFY(m_editor->model()->setData(value, u"9"_s));
        QCOMPARE(m_editor->queue().items.first(), WorkItem::sleep(9));
        m_undo->undo();
        QCOMPARE(m_editor->queue().items.first(), WorkItem::sleep(3));

        // Tasks, merged into one step however many clicks.
        ui()->tasksSpin->setValue(3);
        ui()->tasksSpin->setValue(4);
        QCOMPARE(m_editor->queue().tasks, 4);
        m_undo->undo();
        QCOMPARE(m_editor->queue().tasks, 2);
        QCOMPARE(ui()->tasksSpin->value(), 2);
    }

    void presetsReplaceTheQueueUndoably()
    {
        chooseKind(WorkKind::Sleep);
        type(u"7"_s);
        QTest::keyClick(ui()->valueEdit, Qt::Key_Return);
        ui()->presetCombo->setCurrentIndex(1);
        Q_EMIT ui()->presetCombo->activated(1);
        QCOMPARE(m_editor->queue().items, presets().first().queue.items);
        QCOMPARE(ui()->presetCombo->currentIndex(), 0);
        m_undo->undo();
        QCOMPARE(m_editor->queue().items, QList<WorkItem>{WorkItem::sleep(7)});
        // A new queue is shown from its first row, and the form offers the kind it holds.
        QList<WorkItem> counts;
        for (int i = 0; i < 200; ++i)
            counts.append(WorkItem::count(i + 1));
        m_editor->restoreQueue({counts, 2});
        QCOMPARE(WorkKind(ui()->kindCombo->currentData().toInt()), WorkKind::Count);
        ui()->table->scrollToBottom();
        QVERIFY(ui()->table->verticalScrollBar()->value() > 0);
        ui()->presetCombo->setCurrentIndex(1);
        Q_EMIT ui()->presetCombo->activated(1); // the tutorial's sleeps
        QCOMPARE(ui()->table->verticalScrollBar()->value(), 0);
        QCOMPARE(WorkKind(ui()->kindCombo->currentData().toInt()), WorkKind::Sleep);
    }

    void rowButtons()
    {
        m_editor->setQueue({{WorkItem::sleep(1), WorkItem::sleep(2), WorkItem::sleep(3)}, 2},
                           u"test"_s);
        QTableView *table = ui()->table;
        table->selectRow(0);
        QTest::mouseClick(ui()->downButton, Qt::LeftButton);
        QCOMPARE(m_editor->queue().items.at(1), WorkItem::sleep(1));
        QCOMPARE(m_editor->selectedRows(), QList<int>{1}); // the selection follows the item
        QTest::mouseClick(ui()->upButton, Qt::LeftButton);
        QCOMPARE(m_editor->queue().items.at(0), WorkItem::sleep(1));
        QTest::mouseClick(ui()->duplicateButton, Qt::LeftButton);
        QCOMPARE(m_editor->queue().items.size(), 4);
        QCOMPARE(m_editor->queue().items.at(1), WorkItem::sleep(1));
        QCOMPARE(m_editor->selectedRows(), QList<int>{1}); // the copy
        QTest::mouseClick(ui()->removeButton, Qt::LeftButton);
        // The selection moves on to the next item, which a second click removes.
        QCOMPARE(m_editor->selectedRows(), QList<int>{1});
        QTest::mouseClick(ui()->removeButton, Qt::LeftButton);
        QCOMPARE(m_editor->queue().items,
                 (QList<WorkItem>{WorkItem::sleep(1), WorkItem::sleep(3)}));
        m_undo->undo();
        m_undo->undo();
        QCOMPARE(m_editor->queue().items.size(), 4);
    }

    void selectingARowLoadsItIntoTheForm()
    {
        m_editor->setQueue({{WorkItem::count(4), WorkItem::fetch(u"http://127.0.0.1/a"_s)}, 2},
                           u"t"_s);
        ui()->table->selectRow(1);
        QCOMPARE(ui()->kindCombo->currentData().toInt(), int(WorkKind::Fetch));
        QCOMPARE(ui()->valueEdit->text(), u"http://127.0.0.1/a"_s);
        type(u"http://127.0.0.1/b"_s);
        QVERIFY(ui()->applyButton->isEnabled());
        QTest::mouseClick(ui()->applyButton, Qt::LeftButton);
        QCOMPARE(m_editor->queue().items.at(1), WorkItem::fetch(u"http://127.0.0.1/b"_s));
    }
};

QTEST_MAIN(TestQueueEditor)
#include "tst_queueeditor.moc"
