#pragma once

#include "engine/canceltoken.h"
#include "scenarios/scenariorun.h"

#include <QMainWindow>
#include <QMutex>
#include <QTimer>

#include <memory>
#include <optional>

class QThread;
class QUndoStack;

namespace Ui {
class ScenarioWindow;
}

namespace TaskLanes {

class ScenarioAutosave;

// The scenario lab: pick a preset (or open a file), change it in the forms on the left
// (undoable, autosaved), pick a model and a unit, press Run, and watch each task's states, each
// resource and every hand-off as the run goes, then read how it ended (the cycle of a deadlock, the
// updates a race lost). The run goes on a thread of its own; its lines and a snapshot of the run so
// far come over every 50 ms.
class ScenarioWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ScenarioWindow(QWidget *parent = nullptr);
    ~ScenarioWindow() override;

    // For tests and the screenshots: choose by id, run, and wait.
    bool choosePreset(const QString &id);
    void chooseModel(Scenarios::Backend backend);
    void setUnitMs(int ms);
    void run();
    // The scenario on threads, then on the event loop, both shown on one time scale.
    void runBoth();
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    const Scenarios::ScenarioTrace &lastRun() const { return m_last; }
    // An empty scenario with one task, as an undoable step.
    void newScenario();
    // Loads a scenario file into the window (the error says why not, naming the file).
    Status openFile(const QString &path);
    // Shows a run read back from a trace file, with its scenario (File › Open Trace).
    void showTrace(const Scenarios::ScenarioTrace &trace, const QString &path);
    QUndoStack *undoStack() const;
    QAction *arrowsAction() const; // View › Hand-off Arrows in the main window

    // Inside the main window (its Scenario program): the window's Run, Run All, Stop and
    // Edit menu drive the lab, so the lab's own buttons for them go; the rest keep their
    // shortcuts only while the lab is in view (active), where they cannot clash with the
    // work queue's.
    void setEmbedded(bool embedded);
    void setActive(bool active);

Q_SIGNALS:
    void finished();
    void runningChanged(bool running);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void presetChosen();
    void showScenario();
    // A scenario of the user's own (a file, a trace's, the one restored at start) as the
    // entry after the presets; undoable unless it is the start-up restore.
    void chooseOwn(const Scenarios::Scenario &scenario, const QString &title,
                   const QString &explanation, bool undoable);
    void restoreAutosave();
    const Scenarios::Scenario &scenario() const;
    void drain();
    void ended(const Scenarios::ScenarioTrace &trace);
    void exportImage();
    void saveTrace();
    void saveScenario();
    void openScenario();
    Scenarios::Backend backend() const;
    void start(Scenarios::Backend backend);
    void setRunning(bool running);
    // Run and Run on both models: on while nothing runs and the scenario is valid.
    Status updateRunActions();

    std::unique_ptr<Ui::ScenarioWindow> m_ui;
    ScenarioAutosave *m_autosave = nullptr;
    Scenarios::Scenario m_own; // the entry after the presets
    QString m_ownExplanation;
    Scenarios::Scenario m_running; // what the run (both runs of Run on both models) runs
    bool m_threadsOnly = false;
    Scenarios::ScenarioTrace m_last;
    int m_bothPhase = 0; // Run on both models: 1 threads running, 2 the loop running
    Scenarios::ScenarioTrace m_onThreads;
    QThread *m_thread = nullptr;
    std::unique_ptr<CancelToken> m_stop; // a fresh one for each run
    QTimer m_drain;
    QMutex m_pendingMutex; // what the run's thread hands over
    QStringList m_pendingLines;
    std::optional<Scenarios::ScenarioTrace::Data> m_pendingSnapshot;
    QList<QAction *> m_ownRunActions; // Run, Run on both, Stop, Undo, Redo
    bool m_embedded = false;
};

} // namespace TaskLanes
