#pragma once

#include "engine.h"

#include <QMainWindow>

#include <memory>

class QSpinBox;
namespace Ui {
class MainWindow;
}

namespace TaskLanes {

// The first, minimal window: pick a variant, edit the queue as text, run, watch the
// tutorial's lines. The full app (forms, timeline, charts) builds on it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Engine &engine() { return m_engine; }

private:
    void onVariantChanged();
    void run();
    void onFinished(const Trace &trace);
    void setRunning(bool running);
    QString currentVariantId() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QSpinBox *m_unitSpin = nullptr;
    Engine m_engine;
};

} // namespace TaskLanes
