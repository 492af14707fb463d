// The scenario forms (offscreen): typing the washer/dryer preset into them gives the
// preset; every change undoes and redoes; bad input is said at the form and nothing typed
// is lost; a resource in use cannot go; repeats take steps inside them, by button and by
// drag; the lab autosaves what is edited and refuses to run what is not valid.
#include "autosave.h"
#include "focuschain.h"
#include "language.h"
#include "scenarioeditor.h"
#include "scenariowindow.h"
#include "ui_scenarioeditor.h"

#include "scenarios/scenariofile.h"
#include "scenarios/scenariopresets.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace TaskLanes;
using namespace TaskLanes::Scenarios;
using namespace Qt::StringLiterals;

class TestScenarioEditor : public QObject
{
    Q_OBJECT

    ScenarioEditor *m_editor = nullptr;
    Ui::ScenarioEditor *ui() { return m_editor->ui(); }

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        edit->del();
        QTest::keyClicks(edit, text);
    }
    void addResource(const QString &name, ResourceType type, const QString &amount = {})
    {
        ui()->resourceTable->clearSelection();
        typeInto(ui()->resourceNameEdit, name);
        ui()->resourceTypeCombo->setCurrentIndex(ui()->resourceTypeCombo->findData(int(type)));
        if (!amount.isEmpty())
            typeInto(ui()->amountEdit, amount);
        QVERIFY2(ui()->addResourceButton->isEnabled(), qPrintable(ui()->resourceMessage->text()));
        QTest::mouseClick(ui()->addResourceButton, Qt::LeftButton);
    }
    void chooseKind(StepKind kind)
    {
        ui()->kindCombo->setCurrentIndex(ui()->kindCombo->findData(int(kind)));
    }
    void chooseResource(const QString &name)
    {
        QComboBox *combo = ui()->stepResourceCombo;
        for (int i = 0; i < combo->count(); ++i)
            if (combo->itemText(i).startsWith(name + u" ("_s))
                combo->setCurrentIndex(i);
    }
    // Adds a step after the selected one (or at the end), as a user would.
    void addStep(StepKind kind, const QString &resource = {}, const QString &units = {})
    {
        chooseKind(kind);
        if (!resource.isEmpty())
            chooseResource(resource);
        if (!units.isEmpty())
            typeInto(ui()->unitsEdit, units);
        QVERIFY2(ui()->addStepButton->isEnabled(), qPrintable(ui()->stepMessage->text()));
        QTest::mouseClick(ui()->addStepButton, Qt::LeftButton);
    }
    void renameTask(const QString &name)
    {
        typeInto(ui()->taskNameEdit, name);
        QTest::mouseClick(ui()->renameTaskButton, Qt::LeftButton);
    }
    void typeWasherDryer()
    {
        typeInto(ui()->titleEdit, u"Washer and dryer (deadlock)"_s);
        QTest::keyClick(ui()->titleEdit, Qt::Key_Return);
        addResource(u"washer"_s, ResourceType::Lock);
        addResource(u"dryer"_s, ResourceType::Lock);
        renameTask(u"Parent A"_s);
        for (const QString &first : {u"dryer"_s, u"washer"_s}) {
            const QString second = first == u"dryer"_s ? u"washer"_s : u"dryer"_s;
            addStep(StepKind::Acquire, first);
            addStep(StepKind::Sleep, {}, u"1"_s);
            addStep(StepKind::Acquire, second);
            addStep(StepKind::Sleep, {}, u"1"_s);
            addStep(StepKind::Release, second);
            addStep(StepKind::Release, first);
            if (first == u"dryer"_s) {
                QTest::mouseClick(ui()->newTaskButton, Qt::LeftButton);
                renameTask(u"Parent B"_s);
            }
        }
    }
    static QString autosaved() { return ScenarioAutosave::defaultPath(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(installTranslations(u"en"_s), u"en"_s);
    }
    void init()
    {
        QFile::remove(autosaved());
        m_editor = new ScenarioEditor;
        m_editor->show();
        // Shortcuts (Alt+Up, Ctrl+D) reach only the active window.
        QApplication::setActiveWindow(m_editor);
        QVERIFY(QTest::qWaitForWindowActive(m_editor));
    }
    void cleanup()
    {
        delete m_editor;
        m_editor = nullptr;
        QFile::remove(autosaved());
    }

    void typingThePresetEqualsLoadingIt()
    {
        typeWasherDryer();
        if (QTest::currentTestFailed())
            return;
        const Scenario &preset = findScenarioPreset(u"washer-dryer"_s)->scenario;
        QCOMPARE(m_editor->scenario().resources, preset.resources);
        QCOMPARE(m_editor->scenario().tasks.size(), 2);
        QCOMPARE(m_editor->scenario().tasks.at(0), preset.tasks.at(0));
        QCOMPARE(m_editor->scenario().tasks.at(1), preset.tasks.at(1));
        QVERIFY(m_editor->scenario() == preset);
        // What the step list shows, in order.
        QCOMPARE(ui()->stepTree->topLevelItemCount(), 6);
        QCOMPARE(ui()->stepTree->topLevelItem(0)->text(0), u"acquire washer"_s);
        QCOMPARE(ui()->stepTree->topLevelItem(1)->text(0), u"sleep 1 unit"_s);
        QVERIFY2(ui()->scenarioMessage->text().startsWith(u"Ready to run: 2 tasks"_s),
                 qPrintable(ui()->scenarioMessage->text()));
        // The table says what each resource is.
        QCOMPARE(ui()->resourceTable->rowCount(), 2);
        QCOMPARE(ui()->resourceTable->item(1, 0)->text(), u"dryer"_s);
        QCOMPARE(ui()->resourceTable->item(1, 1)->text(), u"lock"_s);
    }

    void everyChangeUndoesAndRedoes()
    {
        const Scenario blank = m_editor->scenario();
        typeWasherDryer();
        if (QTest::currentTestFailed())
            return;
        QUndoStack *undo = m_editor->undoStack();
        // title, 2 resources, 2 renames, 12 steps, a new task
        QCOMPARE(undo->count(), 18);
        QCOMPARE(undo->undoText(), u"Add step release to Parent B"_s);
        const Scenario typed = m_editor->scenario();
        undo->undo();
        QCOMPARE(m_editor->scenario().tasks.at(1).steps.size(), 5);
        QCOMPARE(m_editor->currentTask(), 1);
        while (undo->canUndo())
            undo->undo();
        QVERIFY(m_editor->scenario() == blank);
        QCOMPARE(ui()->resourceTable->rowCount(), 0);
        QCOMPARE(ui()->taskCombo->count(), 1);
        while (undo->canRedo())
            undo->redo();
        QVERIFY(m_editor->scenario() == typed);
        QCOMPARE(ui()->taskCombo->itemText(1), u"Parent B"_s);
        // A whole scenario replaced is one step too.
        m_editor->setScenario(findScenarioPreset(u"bounded-queue"_s)->scenario,
                              u"Load “A bounded queue”"_s);
        QVERIFY(m_editor->scenario() == findScenarioPreset(u"bounded-queue"_s)->scenario);
        undo->undo();
        QVERIFY(m_editor->scenario() == typed);
    }

    void badInputIsSaidAndKept()
    {
        addResource(u"washer"_s, ResourceType::Lock);
        // A name used twice.
        typeInto(ui()->resourceNameEdit, u"washer"_s);
        QVERIFY(!ui()->addResourceButton->isEnabled());
        QCOMPARE(ui()->resourceMessage->text(), u"Name: another resource is named washer"_s);
        QCOMPARE(ui()->resourceNameEdit->text(), u"washer"_s);
        QTest::keyClick(ui()->resourceNameEdit, Qt::Key_Return); // Enter adds nothing
        QCOMPARE(m_editor->scenario().resources.size(), 1);
        // Spaces around a name, a number that is not one, a count out of bounds.
        typeInto(ui()->resourceNameEdit, u" slots"_s);
        QVERIFY(ui()->resourceMessage->text().contains(u"without spaces around it"_s));
        typeInto(ui()->resourceNameEdit, u"slots"_s);
        ui()->resourceTypeCombo->setCurrentIndex(
            ui()->resourceTypeCombo->findData(int(ResourceType::Semaphore)));
        QCOMPARE(ui()->amountLabel->text(), u"Permits:"_s);
        QCOMPARE(ui()->amountEdit->text(), u"1"_s); // a first guess
        typeInto(ui()->amountEdit, u"xyz"_s);
        QCOMPARE(ui()->resourceMessage->text(), u"Permits: “xyz” is not a number"_s);
        QCOMPARE(ui()->amountEdit->text(), u"xyz"_s);
        typeInto(ui()->amountEdit, u"2.5"_s);
        QVERIFY(ui()->resourceMessage->text().contains(u"whole number from 0 to 1000000"_s));
        typeInto(ui()->amountEdit, u"3"_s);
        QVERIFY(ui()->addResourceButton->isEnabled());
        QVERIFY(ui()->resourceMessage->text().isEmpty());
        // A barrier of more parties than tasks.
        ui()->resourceTypeCombo->setCurrentIndex(
            ui()->resourceTypeCombo->findData(int(ResourceType::Barrier)));
        QCOMPARE(ui()->amountLabel->text(), u"Parties:"_s);
        typeInto(ui()->amountEdit, u"2"_s);
        QVERIFY(ui()->resourceMessage->text().contains(u"from 1 to 1, the number of tasks"_s));
        QCOMPARE(m_editor->scenario().resources.size(), 1);

        // Steps: a length that is not one, a negative one; a fetch of no address.
        addStep(StepKind::Acquire, u"washer"_s);
        chooseKind(StepKind::Sleep);
        QVERIFY(!ui()->stepResourceCombo->isVisible());
        QVERIFY(ui()->unitsEdit->isVisible());
        typeInto(ui()->unitsEdit, u"soon"_s);
        QCOMPARE(ui()->stepMessage->text(), u"Length: “soon” is not a number"_s);
        QVERIFY(!ui()->addStepButton->isEnabled());
        typeInto(ui()->unitsEdit, u"-1"_s);
        QVERIFY(ui()->stepMessage->text().startsWith(u"Length: -1 is not between 0 and 100000"_s));
        QCOMPARE(ui()->unitsEdit->text(), u"-1"_s);
        chooseKind(StepKind::Fetch);
        QVERIFY(ui()->urlEdit->isVisible() && !ui()->unitsEdit->isVisible());
        typeInto(ui()->urlEdit, u"ftp://example.org/"_s);
        QVERIFY(ui()->stepMessage->text().startsWith(u"URL: "_s));
        QVERIFY(!ui()->addStepButton->isEnabled());
        // A step offers only the resources it fits; with none, it says what to add.
        chooseKind(StepKind::Put);
        QCOMPARE(ui()->stepResourceCombo->count(), 0);
        QCOMPARE(ui()->stepMessage->text(),
                 u"put needs a resource it can work on: add one under Resources"_s);
        chooseKind(StepKind::Release);
        QCOMPARE(ui()->stepResourceCombo->count(), 1);
        QCOMPARE(ui()->stepResourceCombo->itemText(0), u"washer (lock)"_s);

        // A resource in use cannot go, nor become a type its steps do not fit.
        m_editor->selectResource(0);
        QTest::mouseClick(ui()->removeResourceButton, Qt::LeftButton);
        QCOMPARE(ui()->resourceMessage->text(),
                 u"washer is still used (task Task 1, step 1): remove those steps first"_s);
        QCOMPARE(m_editor->scenario().resources.size(), 1);
        ui()->resourceTypeCombo->setCurrentIndex(
            ui()->resourceTypeCombo->findData(int(ResourceType::Value)));
        QVERIFY(!ui()->changeResourceButton->isEnabled());
        QVERIFY2(ui()->resourceMessage->text().contains(u"washer cannot be a value"_s),
                 qPrintable(ui()->resourceMessage->text()));

        // A scenario the forms let through but that cannot run says why, at the bottom:
        // the task takes the lock and never lets it go is fine, a release of a lock it
        // does not hold is not.
        QVERIFY(ui()->scenarioMessage->text().startsWith(u"Ready to run"_s));
        m_editor->selectStep({});
        chooseKind(StepKind::Release);
        QTest::mouseClick(ui()->addStepButton, Qt::LeftButton);
        chooseKind(StepKind::Release);
        QTest::mouseClick(ui()->addStepButton, Qt::LeftButton);
        QCOMPARE(ui()->scenarioMessage->text(),
                 u"Cannot run yet: task Task 1, step 3: releases washer, which it does not "
                 "hold."_s);
        // Renaming a task to a name in use is refused at the field.
        QTest::mouseClick(ui()->newTaskButton, Qt::LeftButton);
        renameTask(u"Task 1"_s);
        QCOMPARE(ui()->stepMessage->text(), u"Rename to: another task is named Task 1"_s);
        QCOMPARE(ui()->taskNameEdit->text(), u"Task 1"_s);
        QCOMPARE(m_editor->scenario().tasks.at(1).name, u"Task 2"_s);
    }

    void repeatsHoldStepsAndStepsMove()
    {
        addResource(u"counter"_s, ResourceType::Value, u"0"_s);
        QCOMPARE(ui()->resourceTable->item(0, 2)->text(), u"starts at 0"_s);
        chooseKind(StepKind::Repeat);
        QVERIFY(ui()->timesEdit->isVisible());
        typeInto(ui()->timesEdit, u"0"_s);
        QVERIFY(ui()->stepMessage->text().startsWith(u"Repeat: a whole number from 1"_s));
        typeInto(ui()->timesEdit, u"10"_s);
        QTest::mouseClick(ui()->addStepButton, Qt::LeftButton);
        QCOMPARE(m_editor->currentStep(), StepPath{0});
        // An empty repeat cannot run, and says so.
        QVERIFY(ui()->scenarioMessage->text().contains(u"repeats no steps"_s));
        QVERIFY(ui()->addInsideButton->isEnabled());
        chooseKind(StepKind::Read);
        QTest::mouseClick(ui()->addInsideButton, Qt::LeftButton);
        QCOMPARE(m_editor->currentStep(), (StepPath{0, 0}));
        chooseKind(StepKind::Sleep);
        typeInto(ui()->unitsEdit, u"0.5"_s);
        QTest::mouseClick(ui()->addStepButton, Qt::LeftButton); // after the read, inside
        QCOMPARE(m_editor->currentStep(), (StepPath{0, 1}));
        chooseKind(StepKind::Write);
        typeInto(ui()->valueEdit, u"1"_s);
        QTest::mouseClick(ui()->addStepButton, Qt::LeftButton);
        QVERIFY(ui()->scenarioMessage->text().startsWith(u"Ready to run"_s));
        const Step &repeat = m_editor->scenario().tasks.at(0).steps.at(0);
        QCOMPARE(repeat.times, 10);
        QCOMPARE(repeat.steps.size(), 3);
        QCOMPARE(repeat.steps.at(2).value, 1.0);
        QCOMPARE(ui()->stepTree->topLevelItem(0)->text(0), u"repeat 10 times"_s);
        QCOMPARE(ui()->stepTree->topLevelItem(0)->child(2)->text(0), u"write counter, adding 1"_s);
        // The repeat folds, and stays folded through an edit.
        ui()->stepTree->topLevelItem(0)->setExpanded(false);
        m_editor->selectStep({0});
        QTest::mouseClick(ui()->duplicateStepButton, Qt::LeftButton);
        QCOMPARE(m_editor->scenario().tasks.at(0).steps.size(), 2);
        QVERIFY(!ui()->stepTree->topLevelItem(0)->isExpanded());

        // Alt+Up and Alt+Down move within the siblings, and the selection follows.
        m_editor->selectStep({0, 2});
        ui()->stepTree->setFocus();
        // (through the window, as the system delivers keys: shortcuts are matched there;
        // a button's shortcut clicks it a moment later, as it shows the press)
        QTest::keyClick(m_editor->windowHandle(), Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(m_editor->currentStep(), (StepPath{0, 1}));
        // The write before the sleep: the order inside the repeat changed, nothing else.
        const QList<Step> &inside = m_editor->scenario().tasks.at(0).steps.at(0).steps;
        QCOMPARE(inside.at(1).kind, StepKind::Write);
        QCOMPARE(inside.at(2).kind, StepKind::Sleep);
        QVERIFY(!ui()->upStepButton->isEnabled() || m_editor->currentStep().last() > 0);
        m_editor->selectStep({0, 2});
        QVERIFY(!ui()->downStepButton->isEnabled()); // the last of its repeat
        // Delete removes the selected step.
        m_editor->selectStep({1});
        ui()->stepTree->setFocus();
        QTest::keyClick(ui()->stepTree, Qt::Key_Delete);
        QCOMPARE(m_editor->scenario().tasks.at(0).steps.size(), 1);
        // A repeat holding steps does not turn into another step.
        m_editor->selectStep({0});
        chooseKind(StepKind::Sleep);
        typeInto(ui()->unitsEdit, u"1"_s);
        QTest::mouseClick(ui()->applyStepButton, Qt::LeftButton);
        QVERIFY(ui()->stepMessage->text().startsWith(u"This repeat holds steps"_s));
        QCOMPARE(m_editor->scenario().tasks.at(0).steps.at(0).kind, StepKind::Repeat);
        // Applying keeps what is inside.
        chooseKind(StepKind::Repeat);
        typeInto(ui()->timesEdit, u"20"_s);
        QTest::mouseClick(ui()->applyStepButton, Qt::LeftButton);
        QCOMPARE(m_editor->scenario().tasks.at(0).steps.at(0).times, 20);
        QCOMPARE(m_editor->scenario().tasks.at(0).steps.at(0).steps.size(), 3);
    }

    void aDraggedStepMovesInAndOutOfARepeat()
    {
        addResource(u"counter"_s, ResourceType::Value, u"5"_s);
        addStep(StepKind::Sleep, {}, u"1"_s);
        chooseKind(StepKind::Repeat);
        typeInto(ui()->timesEdit, u"2"_s);
        QTest::mouseClick(ui()->addStepButton, Qt::LeftButton);
        chooseKind(StepKind::Read);
        QTest::mouseClick(ui()->addInsideButton, Qt::LeftButton);
        QUndoStack *undo = m_editor->undoStack();
        const int before = undo->count();
        // What a drop does to the tree: the sleep taken out of the top level and put
        // into the repeat, after the read (QTreeWidget's own move, done here by hand).
        QTreeWidget *tree = ui()->stepTree;
        QTreeWidgetItem *sleep = tree->takeTopLevelItem(0);
        tree->topLevelItem(0)->addChild(sleep);
        tree->clearSelection();
        sleep->setSelected(true);
        Q_EMIT ui()->stepTree->moved();
        const QList<Step> &steps = m_editor->scenario().tasks.at(0).steps;
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.at(0).kind, StepKind::Repeat);
        QCOMPARE(steps.at(0).steps.size(), 2);
        QCOMPARE(steps.at(0).steps.at(1).kind, StepKind::Sleep);
        QCOMPARE(m_editor->currentStep(), (StepPath{0, 1}));
        QCOMPARE(undo->count(), before + 1);
        QCOMPARE(undo->undoText(), u"Move a step of Task 1"_s);
        undo->undo();
        QCOMPARE(m_editor->scenario().tasks.at(0).steps.size(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), u"sleep 1 unit"_s);
        // Only a repeat takes steps inside it.
        QVERIFY(!(tree->topLevelItem(0)->flags() & Qt::ItemIsDropEnabled));
        QVERIFY(tree->topLevelItem(1)->flags() & Qt::ItemIsDropEnabled);
    }

    void everyFieldHasANameAndTheTabPathReachesTheButtons()
    {
        for (QWidget *w : m_editor->findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                (qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QHeaderView *>(w)))
                QVERIFY2(!w->accessibleName().isEmpty() || qobject_cast<QComboBox *>(w->parent()) ||
                             qobject_cast<QComboBox *>(w->parent()->parent()),
                         qPrintable(w->objectName() + u" "_s +
                                    QString::fromLatin1(w->metaObject()->className())));
        }
        // The tree and the table do not trap Tab: it leaves them for the next control.
        ui()->resourceTable->setFocus();
        QTest::keyClick(ui()->resourceTable, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), ui()->resourceNameEdit);
        // Tab from the title goes through the forms in reading order, down to the step
        // form's buttons, and reaches every field on the way (a disabled button is passed).
        addResource(u"washer"_s, ResourceType::Lock);
        addStep(StepKind::Acquire, u"washer"_s);
        m_editor->selectStep({0});
        ui()->titleEdit->setFocus();
        const QList<QWidget *> reached = tabChain();
        const QString names = chainNames(reached);
        const QList<QWidget *> inOrder{
            ui()->titleEdit,         ui()->resourceTable,     ui()->resourceNameEdit,
            ui()->resourceTypeCombo, ui()->taskCombo,         ui()->newTaskButton,
            ui()->taskNameEdit,      ui()->stepTree,          ui()->duplicateStepButton,
            ui()->kindCombo,         ui()->stepResourceCombo, ui()->addStepButton};
        qsizetype last = -1;
        for (QWidget *wanted : inOrder) {
            const qsizetype at = reached.indexOf(wanted);
            QVERIFY2(at > last, qPrintable(wanted->objectName() + u" out of order in "_s + names));
            last = at;
        }
    }

    // The forms scroll: a wheel over a combo box the user has not clicked into leaves its
    // choice alone (it once turned "acquire" into "set" under the pointer).
    void aWheelOverAComboLeavesItAlone()
    {
        QComboBox *kind = ui()->kindCombo;
        const int before = kind->currentIndex();
        ui()->titleEdit->setFocus();
        const QPointF at(kind->width() / 2.0, kind->height() / 2.0);
        QWheelEvent wheel(at, kind->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(kind, &wheel);
        QCOMPARE(kind->currentIndex(), before);
        QVERIFY(!wheel.isAccepted()); // left for the scroll area
        // Once in focus, the wheel chooses, as in any combo box.
        kind->setFocus();
        QWheelEvent focused(at, kind->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton,
                            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(kind, &focused);
        QCOMPARE(kind->currentIndex(), before + 1);
    }

    void theLabAutosavesAndRefusesWhatCannotRun()
    {
        {
            ScenarioWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.choosePreset(u"counter-race"_s));
            auto *editor = window.findChild<ScenarioEditor *>(u"editor"_s);
            QVERIFY(editor);
            auto *explanation = window.findChild<QLabel *>(u"explanationLabel"_s);
            const QString presetText = explanation->text();
            // An edit that keeps it runnable: the explanation no longer claims the preset's
            // lesson, and the edit reaches the disk a moment later.
            editor->ui()->titleEdit->setText(u"My counter"_s);
            Q_EMIT editor->ui()->titleEdit->editingFinished();
            QVERIFY(explanation->text().startsWith(u"Edited:"_s));
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosaved()), 3000);
            QTRY_COMPARE_WITH_TIMEOUT(loadScenarioFile(autosaved())->title, u"My counter"_s, 3000);
            editor->undoStack()->undo();
            QCOMPARE(explanation->text(), presetText);
            editor->undoStack()->redo();
            // An edit that makes it invalid: Run is off and the status bar says why.
            auto *run = window.findChild<QAction *>(u"actionRun"_s);
            QVERIFY(run->isEnabled());
            editor->selectTask(0);
            editor->selectStep({0, 2}); // the write, inside the repeat
            QVERIFY(editor->ui()->removeStepButton->isEnabled());
            QTest::mouseClick(editor->ui()->removeStepButton, Qt::LeftButton);
            editor->selectStep({0, 0}); // the read it writes after
            QTest::mouseClick(editor->ui()->removeStepButton, Qt::LeftButton);
            QVERIFY(run->isEnabled()); // a sleep alone still runs
            editor->selectResource(0);
            QTest::mouseClick(editor->ui()->removeResourceButton, Qt::LeftButton);
            QVERIFY(editor->ui()->resourceMessage->text().contains(u"is still used"_s));
            editor->selectStep({});
            editor->ui()->kindCombo->setCurrentIndex(
                editor->ui()->kindCombo->findData(int(StepKind::Write)));
            typeInto(editor->ui()->valueEdit, u"1"_s);
            QTest::mouseClick(editor->ui()->addStepButton, Qt::LeftButton);
            QVERIFY(!run->isEnabled());
            QCOMPARE(editor->scenario().tasks.at(0).steps.last().kind, StepKind::Write);
            QVERIFY(window.statusBar()->currentMessage().startsWith(u"Cannot run yet: "_s));
            window.run(); // refused, not started
            QVERIFY(!window.isRunning());
            window.close();
        }
        // The next lab opens on what was being edited, as an entry of its own.
        ScenarioWindow again;
        auto *editor = again.findChild<ScenarioEditor *>(u"editor"_s);
        QCOMPARE(editor->scenario().title, u"My counter"_s);
        QCOMPARE(editor->scenario().tasks.at(0).steps.last().kind, StepKind::Write);
        auto *combo = again.findChild<QComboBox *>(u"presetCombo"_s);
        QCOMPARE(combo->currentText(), u"My counter"_s);
        QCOMPARE(combo->count(), int(scenarioPresets().size()) + 1);
        QVERIFY(!editor->undoStack()->canUndo()); // the restore is not an edit
        again.close();
        // New starts empty, undoably.
        {
            ScenarioWindow window;
            auto *blankEditor = window.findChild<ScenarioEditor *>(u"editor"_s);
            const Scenario before = blankEditor->scenario();
            window.newScenario();
            QCOMPARE(blankEditor->scenario().tasks.size(), 1);
            QVERIFY(blankEditor->scenario().tasks.at(0).steps.isEmpty());
            QVERIFY(blankEditor->scenario().resources.isEmpty());
            QCOMPARE(window.findChild<QComboBox *>(u"presetCombo"_s)->currentText(),
                     u"New scenario"_s);
            blankEditor->undoStack()->undo();
            QVERIFY(blankEditor->scenario() == before);
            blankEditor->undoStack()->redo();
            window.close();
            QFile::remove(autosaved());
        }
    }

    void aDamagedAutosaveIsSetAsideAndSaid()
    {
        QFile f(autosaved());
        QVERIFY(QDir().mkpath(QFileInfo(autosaved()).absolutePath()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"tasklanes-scenario\", \"version\": 1, \"tasks\": 3}");
        f.close();
        ScenarioWindow window;
        const QString said = window.statusBar()->currentMessage();
        QVERIFY2(said.startsWith(u"The autosaved scenario could not be read: "_s),
                 qPrintable(said));
        QVERIFY2(said.contains(u"it is kept as "_s), qPrintable(said));
        QVERIFY(!QFile::exists(autosaved()));
        // It opens on the first preset instead.
        auto *editor = window.findChild<ScenarioEditor *>(u"editor"_s);
        QVERIFY(editor->scenario() == scenarioPresets().first().scenario);
        for (const QFileInfo &aside :
             QFileInfo(autosaved()).absoluteDir().entryInfoList({u"scenario.json.damaged-*"_s}))
            QFile::remove(aside.filePath());
    }
};

QTEST_MAIN(TestScenarioEditor)
#include "tst_scenarioeditor.moc"
