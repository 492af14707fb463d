#pragma once

#include "domain/result.h"
#include "domain/trace.h"

#include <QMainWindow>

#include <memory>

class QDialog;
class QLabel;
class QProgressBar;
class QSpinBox;
class QActionGroup;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;
namespace Ui {
class MainWindow;
}

namespace TaskLanes {

class ChartsPanel;
class Engine;
class ExportActions;
class FileActions;
class GanttView;
class QueueAutosave;
class QueueEditor;
class RunController;

// The desktop app: pick a variant, edit the work queue, run it (or all variants that
// can take it) and watch the timeline, charts and console; export any of them. The
// window lays the parts out and connects them: runs (RunController), files
// (FileActions), exports (ExportActions), the autosave (QueueAutosave) and the language
// menu (LanguageMenu) each do one job.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Engine &engine();
    QueueEditor *queueEditor() const { return m_queueEditor; }
    GanttView *ganttView() const;
    ChartsPanel *chartsPanel() const;
    QUndoStack *undoStack() const { return m_undo; }
    QString consoleText() const;
    // The runs the views show: the latest Run or Run All, or an opened trace.
    const QList<Trace> &runs() const { return m_runs; }
    int unitMs() const;
    void setUnitMs(int ms);
    bool selectVariant(const QString &id);
    QString currentVariantId() const;
    bool isRunning() const;

    // Shows a saved trace in the timeline, charts and comparison; nothing changes when
    // the file is damaged or not a TaskLanes trace.
    Status openTrace(const QString &path);
    // Writes the run the timeline shows as a Chrome trace (File › Save Trace…).
    Status saveTrace(const QString &path) const;
    // Opens a dropped or named file: a queue file is imported, a trace is shown.
    Status openFile(const QString &path);
    void copyCharts();

    // Where the app keeps its autosaved queue (tests point it elsewhere).
    static QString autosavePath();

    // The kinds of program: the work queue (the tutorial's variants), a scenario (the
    // lab) and the parent's day, each shown in the window's place. Refused while something
    // runs.
    enum class Program
    {
        Queue,
        Scenario,
        Day,
    };
    bool setProgram(Program program);
    Program program() const;
    bool setScenarioProgram(bool scenario)
    {
        return setProgram(scenario ? Program::Scenario : Program::Queue);
    }
    bool isScenarioProgram() const { return program() == Program::Scenario; }
    // The lab and the parent's day, each made when first needed.
    class ScenarioWindow *scenarioLab();
    class DayWindow *parentsDay();

public Q_SLOTS:
    void run();
    void runAll();
    void stop();

Q_SIGNALS:
    void allRunsFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static constexpr int consoleLines = 5000;
    static constexpr int consoleBatchLines = 300;
    void setUpToolBar();
    void setUpVariantList();
    void connectActions();
    void connectRuns();
    void appendOutput(const QStringList &lines);
    void onVariantChanged();
    void startRuns(bool all);
    void onStarted(const QString &variant, const IdealSchedule &ideal, int unitMs);
    void onRunFinished(const Trace &trace);
    void showNotes(const QList<Trace> &runs);
    void fitExplanation();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void onAllFinished();
    void onProgress(int done, int total, qint64 elapsedNs);
    void showRuns(const QList<Trace> &runs);
    void setRunning(bool running);
    void restoreState();
    void saveSettings() const;
    void about();
    void showGuide();
    void showFirstRunHint();
    void restart();
    void showScenarios();
    void checkProgramAction();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QUndoStack *m_undo = nullptr;
    QueueEditor *m_queueEditor = nullptr;
    QSpinBox *m_unitSpin = nullptr;
    QSpinBox *m_switchSpin = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_elapsedLabel = nullptr;
    QDialog *m_guide = nullptr;
    RunController *m_runner = nullptr;
    QueueAutosave *m_autosave = nullptr;
    FileActions *m_files = nullptr;
    ExportActions *m_exports = nullptr;
    class ScenarioWindow *m_scenarios = nullptr; // made on demand
    class DayWindow *m_day = nullptr;            // made on demand
    QAction *m_dayAction = nullptr;
    QStackedWidget *m_programs = nullptr; // the work queue's page, the lab's page
    QUndoGroup *m_undoGroup = nullptr;    // Edit › Undo: the program in view
    QActionGroup *m_programGroup = nullptr;
    QList<QAction *> m_queueOnly;    // off while the lab is in view
    QList<QAction *> m_queueToolbar; // hidden while the lab is in view
    void onLabRunning(bool running);
    QList<Trace> m_runs;
    double m_longestNs = 0; // the longest run since the shared scale was turned on
};

} // namespace TaskLanes
