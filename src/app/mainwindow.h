#pragma once

#include "engine.h"

#include <QMainWindow>
#include <QThreadPool>
#include <QTimer>

#include <memory>

class QDialog;
class QFrame;
class QLabel;
class QProgressBar;
class QSpinBox;
class QUndoStack;
namespace Ui {
class MainWindow;
}

namespace TaskLanes {

class ChartsPanel;
class GanttView;
class QueueEditor;

// The desktop app: pick a variant, edit the work queue, run it (or all variants that
// can take it) and watch the timeline, charts and console; export any of them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Engine &engine() { return m_engine; }
    QueueEditor *queueEditor() const { return m_queueEditor; }
    GanttView *ganttView() const;
    ChartsPanel *chartsPanel() const;
    QUndoStack *undoStack() const { return m_undo; }
    QString consoleText() const;
    const QList<Trace> &runs() const { return m_runs; }
    int unitMs() const;
    void setUnitMs(int ms);
    bool selectVariant(const QString &id);
    QString currentVariantId() const;
    bool isRunning() const { return m_engine.isRunning() || !m_pending.isEmpty(); }

    // Shows a saved trace in the timeline, charts and comparison; false (and nothing
    // changed) with the reason when the file is damaged or not a TaskLanes trace.
    bool openTrace(const QString &path, QString *error);
    // Opens a dropped or named file: a queue file is imported, a trace is shown.
    bool openFile(const QString &path, QString *error);
    void copyCharts();

    // Where the app keeps its autosaved queue (tests point it elsewhere).
    static QString autosavePath();

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
    void appendOutput(const QStringList &lines);
    void onVariantChanged();
    bool startVariant(const QString &id);
    void onStarted(const QString &variant, const IdealSchedule &ideal, int unitMs);
    void onFinished(const Trace &trace);
    void onProgress(int done, int total, qint64 elapsedNs);
    void setRunning(bool running);
    void importQueue();
    void exportQueue();
    void exportImage(int what);
    void scheduleAutosave();
    void autosave();
    void restoreState();
    void saveSettings() const;
    void about();
    void showGuide();
    void showFirstRunHint();
    void setUpLanguageMenu();
    void restart();
    // A bar above the timeline with a message; the caller adds its buttons.
    QFrame *noticeBar(const QString &name, const QString &accessibleName, const QString &text);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QUndoStack *m_undo = nullptr;
    QueueEditor *m_queueEditor = nullptr;
    QSpinBox *m_unitSpin = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_elapsedLabel = nullptr;
    QDialog *m_guide = nullptr;
    Engine m_engine;
    QTimer m_autosaveTimer;
    QThreadPool m_savePool;
    QStringList m_pending; // Run all: variants still to run
    QList<Trace> m_runs;   // the last Run (one) or Run all (several)
    WorkQueue m_runningQueue;
    bool m_runAll = false;
};

} // namespace TaskLanes
