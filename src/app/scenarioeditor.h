#pragma once

#include "domain/result.h"
#include "scenarios/scenarioedit.h"

#include <QTreeWidget>
#include <QUndoStack>
#include <QWidget>

#include <memory>

namespace Ui {
class ScenarioEditor;
}

namespace TaskLanes {

// The step list: a tree, a repeat holding its steps. A drag moves a step (into a repeat,
// or out of one); moved() says so once the tree has settled.
class StepTree : public QTreeWidget
{
    Q_OBJECT
public:
    using QTreeWidget::QTreeWidget;

Q_SIGNALS:
    void moved();

protected:
    void dropEvent(QDropEvent *event) override;
};

// The scenario forms (SPEC 7 without the JSON): a title, a resources table with its form,
// a step list per task with a step form whose fields follow the step, and the tasks.
// Each field is checked as it is typed and says what is wrong under the form; nothing
// typed is lost. The scenario as a whole is validated after every change, and what
// stops it from running is said at the bottom. Every change is one undo step.
class ScenarioEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioEditor(QWidget *parent = nullptr);
    ~ScenarioEditor() override;

    const Scenarios::Scenario &scenario() const { return m_state.scenario; }
    // Replaces the whole scenario as one undoable step (a preset, a file).
    void setScenario(const Scenarios::Scenario &scenario, const QString &description);
    // Replaces it without an undo step (start-up restore).
    void restoreScenario(const Scenarios::Scenario &scenario);
    QUndoStack *undoStack() { return &m_undo; }
    Ui::ScenarioEditor *ui() const { return m_ui.get(); }

    int currentTask() const { return m_state.task; }
    Scenarios::StepPath currentStep() const;
    void selectTask(int task);
    void selectStep(const Scenarios::StepPath &path);
    void selectResource(int row);

Q_SIGNALS:
    void scenarioChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What an undo step restores: the scenario and what was selected.
    struct State
    {
        Scenarios::Scenario scenario;
        int task = 0;
        Scenarios::StepPath step;
        int resource = -1;
    };
    friend class ScenarioEditCommand;

    void display(const State &state);
    void commit(State after, const QString &text);
    State current() const;
    void fillResources();
    void fillTasks();
    void fillSteps();
    void fillStepResources();
    void fitHeights();
    void updateScenarioMessage();

    Result<Scenarios::Resource> formResource(int except) const;
    void validateResourceForm();
    void onTypeChanged();
    void loadResource();
    void addResource();
    void changeResource();
    void removeResource();

    Result<Scenarios::Step> formStep() const;
    void validateStepForm();
    void onKindChanged();
    void updateStepFields();
    void loadStep();
    void addStep(bool inside);
    void applyStep();
    void duplicateStep();
    void removeStep();
    void moveStep(int direction);
    void readBackDrag();

    void newTask();
    void removeTask();
    void renameTask();
    void titleEdited();

    std::unique_ptr<Ui::ScenarioEditor> m_ui;
    QUndoStack m_undo;
    State m_state;
    bool m_filling = false; // the forms are being filled from the state, not by the user
};

} // namespace TaskLanes
