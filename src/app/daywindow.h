#pragma once

#include "engine/canceltoken.h"
#include "household/parents.h"

#include <QMutex>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QThread;

namespace Ui {
class DayWindow;
}

namespace TaskLanes {

// The parent's day (SPEC 8): a household in a form (or a preset, or a file), one of the four
// parents, Run; the day's lanes with its buzzers and calls, what the parent says, and the
// figures; Run All runs the four and charts them side by side; the sweep runs the polling
// parent at twenty intervals. Every run goes on a thread of its own.
class DayWindow : public QWidget
{
    Q_OBJECT
public:
    explicit DayWindow(QWidget *parent = nullptr);
    ~DayWindow() override;

    // The household the form holds, or why it cannot run (the field and the reason).
    Result<Home::Household> household() const;
    void setHousehold(const Home::Household &household);
    bool choosePreset(const QString &id);
    void chooseParent(Home::Parent parent);
    Home::Parent parent() const;
    void setUnitMs(int ms);
    void setInterval(double units);
    void setStep(double units);
    void setFix(bool fix);

    void run();    // the parent chosen
    void runAll(); // the four, one after the other
    void sweep();  // the polling parent at every interval of sweepIntervals()
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    // The day on the timeline, and the last day of each parent that ran (in their order).
    const Home::DayTrace &shownDay() const;
    QList<Home::DayTrace> lastDays() const;
    const QList<Home::SweepPoint> &sweepPoints() const { return m_sweep; }

    Status openHousehold(const QString &path);
    Status saveHousehold(const QString &path) const;
    // What the current tab shows, as PNG, SVG or PDF (a size of 0 × 0: its natural size).
    Status exportShown(const QString &path, QSize size = {}, double scale = 2.0) const;
    QSize naturalExportSize() const;
    Status saveTrace(const QString &path) const;
    // A day read back from its trace (File › Open Trace): its household in the form, its
    // parent chosen, the day on the timeline.
    void showDay(const Home::DayTrace &day, const QString &path);

Q_SIGNALS:
    void runningChanged(bool running);
    void finished();

private:
    void formChanged();
    void showPresetOf(const Home::Household &household);
    void presetChosen(int index);
    void parentChosen();
    void start(const std::function<void()> &work, const QString &what);
    void drain();
    void dayEnded(const Home::DayTrace &day);
    void ended();
    void exportImage();
    void saveTraceAs();
    void openFile();
    void withFile(bool save, const QString &title, const QString &filter, const QString &failure,
                  const std::function<Status(const QString &)> &act);
    void saveFile();
    void updateActions();
    Home::DayOptions options(Home::Parent parent) const;
    Status checkForm(const Home::Household &household, const Home::DayOptions &options) const;
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::DayWindow> m_ui;
    QThread *m_thread = nullptr;
    CancelToken *m_stop = nullptr;
    QMutex m_mutex; // the lines and days the run's thread hands over
    QStringList m_pendingLines;
    QTimer m_drain;
    QList<Home::DayTrace> m_byParent; // one entry per parent, null until it ran
    QList<Home::SweepPoint> m_sweep;
    bool m_settingForm = false;
    qint64 m_runStartMs = 0;
    double m_expectedUnits = 0;
    QString m_what;
};

} // namespace TaskLanes
