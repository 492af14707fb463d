#include "scenariowindow.h"

#include "autosave.h"
#include "exporter.h"
#include "numberspin.h"
#include "scenarioeditor.h"
#include "scenarios/scenariofile.h"
#include "scenarios/scenariopresets.h"
#include "scenarios/scenariotrace.h"
#include "scenarioview.h"
#include "ui_scenariowindow.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardItemModel>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace TaskLanes::Scenarios;

namespace TaskLanes {

namespace {

// A preset as the forms show it: titled in the reader's language (the title is on the
// timeline and its exports).
Scenario shownScenario(const ScenarioPreset &preset)
{
    Scenario s = preset.scenario;
    s.title = preset.translatedTitle();
    return s;
}

} // namespace

ScenarioWindow::ScenarioWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::ScenarioWindow>())
{
    m_ui->setupUi(this);
    for (const ScenarioPreset &preset : scenarioPresets())
        m_ui->presetCombo->addItem(preset.translatedTitle(), preset.id);
    m_ui->modelCombo->addItem(tr("Threads (threading)"), int(Backend::Threads));
    m_ui->modelCombo->addItem(tr("Event loop (asyncio)"), int(Backend::Async));
    m_ui->console->setPlaceholderText(tr("What each task does, as it happens."));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this,
            &ScenarioWindow::presetChosen);
    connect(m_ui->actionRun, &QAction::triggered, this, &ScenarioWindow::run);
    connect(m_ui->actionRunBoth, &QAction::triggered, this, &ScenarioWindow::runBoth);
    connect(m_ui->actionStop, &QAction::triggered, this, &ScenarioWindow::stop);
    connect(m_ui->actionNew, &QAction::triggered, this, &ScenarioWindow::newScenario);
    connect(m_ui->actionOpen, &QAction::triggered, this, &ScenarioWindow::openScenario);
    connect(m_ui->actionSave, &QAction::triggered, this, &ScenarioWindow::saveScenario);
    connect(m_ui->actionExport, &QAction::triggered, this, &ScenarioWindow::exportImage);
    connect(m_ui->actionTrace, &QAction::triggered, this, &ScenarioWindow::saveTrace);
    connect(m_ui->actionArrows, &QAction::toggled, m_ui->view, &ScenarioView::setArrows);
    // Short names in the tool bar; what they would undo or redo is in the tooltip.
    const auto historyAction = [this](const QString &name, QKeySequence::StandardKey key,
                                      void (QUndoStack::*trigger)(), void (QUndoStack::*can)(bool),
                                      void (QUndoStack::*text)(const QString &),
                                      const QString &tip) {
        QUndoStack *undo = m_ui->editor->undoStack();
        auto *action = new QAction(name, this);
        action->setShortcut(key);
        action->setEnabled(false);
        connect(action, &QAction::triggered, undo, trigger);
        connect(undo, can, action, &QAction::setEnabled);
        connect(undo, text, action,
                [action, tip](const QString &step) { action->setToolTip(tip.arg(step)); });
        return action;
    };
    QAction *undoAction = historyAction(tr("Undo"), QKeySequence::Undo, &QUndoStack::undo,
                                        &QUndoStack::canUndoChanged, &QUndoStack::undoTextChanged,
                                        tr("Undo: %1 (Ctrl+Z)"));
    undoAction->setObjectName(u"actionUndo"_s);
    QAction *redoAction = historyAction(tr("Redo"), QKeySequence::Redo, &QUndoStack::redo,
                                        &QUndoStack::canRedoChanged, &QUndoStack::redoTextChanged,
                                        tr("Redo: %1 (Ctrl+Shift+Z)"));
    redoAction->setObjectName(u"actionRedo"_s);
    m_ui->toolBar->insertAction(m_ui->actionOpen, undoAction);
    m_ui->toolBar->insertAction(m_ui->actionOpen, redoAction);
    m_ui->toolBar->insertSeparator(m_ui->actionOpen);
    m_ownRunActions = {m_ui->actionRun, m_ui->actionRunBoth, m_ui->actionStop, undoAction,
                       redoAction};
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->editorScroll->setMinimumWidth(m_ui->editor->minimumSizeHint().width() + 24);
    connect(m_ui->editor, &ScenarioEditor::scenarioChanged, this, &ScenarioWindow::showScenario);
    m_drain.setInterval(50);
    connect(&m_drain, &QTimer::timeout, this, &ScenarioWindow::drain);
    connect(m_ui->unitSpin, &NumberSpin::refused, this, [this](const QString &why) {
        m_ui->statusBar->showMessage(tr("Unit: %1").arg(why), 8000);
    });
    // The size it had last time, or on a first start the form's, or the screen's if smaller.
    if (!restoreGeometry(QSettings().value(u"scenarioWindow/geometry"_s).toByteArray())) {
        if (const QScreen *s = screen()) {
            const QSize room = s->availableGeometry().size();
            resize(std::min(width(), room.width()), std::min(height(), room.height()));
        }
    }
    m_autosave = new ScenarioAutosave(m_ui->editor, this);
    connect(m_autosave, &Autosave::failed, this, [this](const QString &error) {
        m_ui->statusBar->showMessage(tr("Could not autosave the scenario: %1").arg(error));
    });
    restoreAutosave();
}

const Scenario &ScenarioWindow::scenario() const
{
    return m_ui->editor->scenario();
}

void ScenarioWindow::restoreAutosave()
{
    const Result<std::optional<Scenario>> saved = m_autosave->load();
    if (saved && *saved) {
        const Scenario &restored = **saved;
        const auto &presets = scenarioPresets();
        for (qsizetype i = 0; i < presets.size(); ++i) {
            if (shownScenario(presets.at(i)) == restored) {
                const QSignalBlocker blocked(m_ui->presetCombo);
                m_ui->presetCombo->setCurrentIndex(int(i));
                m_ui->editor->restoreScenario(restored);
                showScenario();
                return;
            }
        }
        chooseOwn(restored, restored.title.isEmpty() ? tr("Your scenario") : restored.title,
                  tr("The scenario you were editing."), false);
        return;
    }
    const ScenarioPreset *first = findScenarioPreset(m_ui->presetCombo->currentData().toString());
    m_ui->editor->restoreScenario(shownScenario(*first));
    showScenario();
    if (!saved)
        m_ui->statusBar->showMessage(
            tr("The autosaved scenario could not be read: %1").arg(saved.error()));
}

ScenarioWindow::~ScenarioWindow()
{
    // As in the editor: the widgets outlive this object's own part and must not call it.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
    if (m_thread) { // the run's thread uses this window's members: it ends first
        m_stop->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ScenarioWindow::closeEvent(QCloseEvent *event)
{
    stop();
    if (m_thread)
        m_thread->wait();
    drain();
    m_autosave->flush();
    if (!m_embedded) // inside the main window, the main window keeps the size
        QSettings().setValue(u"scenarioWindow/geometry"_s, saveGeometry());
    event->accept();
}

bool ScenarioWindow::choosePreset(const QString &id)
{
    const int index = m_ui->presetCombo->findData(id);
    if (index < 0)
        return false;
    m_ui->presetCombo->setCurrentIndex(index);
    presetChosen();
    return true;
}

void ScenarioWindow::chooseModel(Backend backend)
{
    m_ui->modelCombo->setCurrentIndex(m_ui->modelCombo->findData(int(backend)));
}

void ScenarioWindow::setUnitMs(int ms)
{
    m_ui->unitSpin->setValue(ms);
}

Backend ScenarioWindow::backend() const
{
    return Backend(m_ui->modelCombo->currentData().toInt());
}

void ScenarioWindow::presetChosen()
{
    const QString id = m_ui->presetCombo->currentData().toString();
    if (const ScenarioPreset *preset = findScenarioPreset(id))
        m_ui->editor->setScenario(shownScenario(*preset),
                                  tr("Load “%1”").arg(preset->translatedTitle()));
    else
        m_ui->editor->setScenario(m_own, tr("Load “%1”").arg(m_ui->presetCombo->currentText()));
    showScenario();
}

void ScenarioWindow::showScenario()
{
    const Scenario &now = scenario();
    m_threadsOnly = !checkBackend(now, Backend::Async).ok();
    // A preset's explanation holds for the preset as it comes, not once it is edited.
    const ScenarioPreset *preset = findScenarioPreset(m_ui->presetCombo->currentData().toString());
    if (preset && shownScenario(*preset) == now)
        m_ui->explanationLabel->setText(preset->translatedExplanation());
    else if (!preset && m_own == now)
        m_ui->explanationLabel->setText(m_ownExplanation);
    else
        m_ui->explanationLabel->setText(
            tr("Edited: this is no longer “%1” as it came, so what it said to look for may not "
               "hold. Undo (Ctrl+Z) goes back step by step.")
                .arg(m_ui->presetCombo->currentText()));
    // asyncio has no RLock: the loop is offered only where it can run the scenario.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_ui->modelCombo->model()))
        model->item(1)->setEnabled(!m_threadsOnly);
    if (m_threadsOnly && !m_thread)
        chooseModel(Backend::Threads);
    const Status valid = updateRunActions();
    if (!m_thread)
        m_ui->statusBar->showMessage(
            valid ? tr("%n task(s)", nullptr, int(now.tasks.size())) + u", "_s +
                        tr("%n resource(s)", nullptr, int(now.resources.size()))
                  : tr("Cannot run yet: %1").arg(valid.error()));
}

Status ScenarioWindow::updateRunActions()
{
    const Status valid = validate(scenario());
    m_ui->actionRun->setEnabled(!m_thread && valid.ok());
    m_ui->actionRunBoth->setEnabled(!m_thread && valid.ok() && !m_threadsOnly);
    return valid;
}

void ScenarioWindow::chooseOwn(const Scenario &own, const QString &title,
                               const QString &explanation, bool undoable)
{
    m_own = own;
    m_ownExplanation = explanation;
    const int presets = int(scenarioPresets().size());
    {
        const QSignalBlocker blocked(m_ui->presetCombo);
        if (m_ui->presetCombo->count() == presets)
            m_ui->presetCombo->addItem(title, QString());
        else
            m_ui->presetCombo->setItemText(presets, title);
        m_ui->presetCombo->setCurrentIndex(presets);
    }
    if (undoable)
        m_ui->editor->setScenario(own, tr("Load “%1”").arg(title));
    else
        m_ui->editor->restoreScenario(own);
    showScenario();
}

void ScenarioWindow::newScenario()
{
    Scenario blank;
    blank.tasks.append(Task{tr("Task %1").arg(1), {}});
    chooseOwn(blank, tr("New scenario"),
              tr("An empty scenario: add its resources on the left, then each task's steps."),
              true);
}

Status ScenarioWindow::openFile(const QString &path)
{
    Result<Scenario> loaded = loadScenarioFile(path);
    if (!loaded)
        return Error{loaded.error()};
    const QString name = QFileInfo(path).fileName();
    chooseOwn(*loaded, loaded->title.isEmpty() ? name : loaded->title, tr("From %1.").arg(name),
              true);
    return {};
}

void ScenarioWindow::showTrace(const ScenarioTrace &trace, const QString &path)
{
    if (m_thread)
        return;
    const QString name = QFileInfo(path).fileName();
    const Scenario &traced = trace.data().scenario;
    chooseOwn(traced, traced.title.isEmpty() ? name : traced.title,
              tr("A run read back from %1.").arg(name), true);
    chooseModel(trace.data().backend);
    m_ui->console->clear();
    QStringList lines;
    for (const LoggedLine &line : trace.data().lines)
        lines.append(trace.lineText(line));
    m_ui->console->appendPlainText(lines.join(u'\n'));
    m_bothPhase = 0;
    m_last = trace;
    m_ui->view->setTrace(trace);
    m_ui->chartView->setTrace(trace);
    m_ui->summaryLabel->setText(ScenarioRenderer::summary(trace));
    m_ui->viewTabs->setCurrentWidget(m_ui->timelineTab);
    m_ui->actionExport->setEnabled(true);
    m_ui->actionTrace->setEnabled(true);
}

void ScenarioWindow::openScenario()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a scenario"), {},
                                                      tr("Scenario files (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status opened = openFile(path); !opened)
        QMessageBox::warning(this, tr("Cannot open the scenario"), opened.error());
}

void ScenarioWindow::saveScenario()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the scenario"), {},
                                                tr("Scenario files (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    if (const Status saved = saveScenarioFile(scenario(), path); !saved)
        QMessageBox::warning(this, tr("Cannot save the scenario"), saved.error());
    else
        m_ui->statusBar->showMessage(tr("Saved %1").arg(path), 5000);
}

void ScenarioWindow::run()
{
    if (m_thread)
        return;
    m_bothPhase = 0;
    m_running = scenario();
    start(backend());
}

void ScenarioWindow::runBoth()
{
    if (m_thread)
        return;
    m_running = scenario();
    if (const Status fits = checkBackend(m_running, Backend::Async); !fits) {
        m_ui->statusBar->showMessage(fits.error());
        return;
    }
    m_bothPhase = 1;
    start(Backend::Threads);
}

QAction *ScenarioWindow::arrowsAction() const
{
    return m_ui->actionArrows;
}

QUndoStack *ScenarioWindow::undoStack() const
{
    return m_ui->editor->undoStack();
}

void ScenarioWindow::setEmbedded(bool embedded)
{
    m_embedded = embedded;
    setWindowFlags(embedded ? Qt::Widget : Qt::Window);
    for (QAction *a : std::as_const(m_ownRunActions))
        a->setVisible(!embedded);
}

void ScenarioWindow::setActive(bool active)
{
    // A hidden action's shortcut is off: Ctrl+O, Ctrl+S and Ctrl+E open, save and export
    // the queue while the work queue is in view, the scenario while the lab is.
    for (QAction *a : {m_ui->actionNew, m_ui->actionOpen, m_ui->actionSave, m_ui->actionExport,
                       m_ui->actionTrace, m_ui->actionArrows})
        a->setVisible(active);
}

void ScenarioWindow::setRunning(bool running)
{
    m_ui->actionRun->setEnabled(!running);
    m_ui->actionRunBoth->setEnabled(!running);
    m_ui->actionStop->setEnabled(running);
    m_ui->presetCombo->setEnabled(!running);
    m_ui->modelCombo->setEnabled(!running);
    m_ui->actionOpen->setEnabled(!running);
    m_ui->actionNew->setEnabled(!running);
    Q_EMIT runningChanged(running);
    if (!running)
        (void)updateRunActions(); // Run follows whether the scenario is valid
}

void ScenarioWindow::start(Backend backend)
{
    if (const Status valid = validate(m_running); !valid) {
        m_ui->statusBar->showMessage(tr("Cannot run yet: %1").arg(valid.error()));
        m_bothPhase = 0;
        return;
    }
    if (const Status fits = checkBackend(m_running, backend); !fits) {
        m_ui->statusBar->showMessage(fits.error());
        m_bothPhase = 0;
        return;
    }
    m_stop = std::make_unique<CancelToken>();
    m_ui->console->clear();
    m_ui->summaryLabel->clear();
    {
        const QMutexLocker locked(&m_pendingMutex);
        m_pendingLines.clear();
        m_pendingSnapshot.reset();
    }
    RunOptions options;
    options.backend = backend;
    options.unitMs = m_ui->unitSpin->value();
    options.stop = m_stop.get();
    options.onLine = [this](const ScenarioTrace::Data &data, const LoggedLine &line) {
        const QString text = lineText(data, line);
        const QMutexLocker locked(&m_pendingMutex);
        m_pendingLines.append(text);
    };
    options.onSnapshot = [this](ScenarioTrace::Data data) {
        const QMutexLocker locked(&m_pendingMutex);
        m_pendingSnapshot = std::move(data);
    };
    const Scenario scenario = m_running;
    m_thread = QThread::create([this, scenario, options] {
        const ScenarioTrace trace = runScenario(scenario, options);
        QMetaObject::invokeMethod(
            this, [this, trace] { ended(trace); }, Qt::QueuedConnection);
    });
    setRunning(true);
    m_ui->viewTabs->setCurrentWidget(m_ui->timelineTab);
    m_ui->statusBar->showMessage(backend == Backend::Threads ? tr("Running on threads…")
                                                             : tr("Running on the event loop…"));
    m_thread->start();
    m_drain.start();
}

void ScenarioWindow::stop()
{
    if (m_thread)
        m_stop->cancel();
}

void ScenarioWindow::drain()
{
    QStringList lines;
    std::optional<ScenarioTrace::Data> snapshot;
    {
        const QMutexLocker locked(&m_pendingMutex);
        lines.swap(m_pendingLines);
        snapshot.swap(m_pendingSnapshot);
    }
    if (!lines.isEmpty())
        m_ui->console->appendPlainText(lines.join(u'\n'));
    if (snapshot) {
        m_ui->view->setTrace(ScenarioTrace(std::move(*snapshot)), false);
    }
}

void ScenarioWindow::ended(const ScenarioTrace &trace)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_drain.stop();
    drain();
    m_last = trace;
    m_ui->view->setTrace(trace);
    m_ui->chartView->setTrace(trace);
    const QString summary = ScenarioRenderer::summary(trace);
    m_ui->summaryLabel->setText(summary);
    m_ui->statusBar->showMessage(summary.section(u'\n', 0, 0));
    m_ui->actionExport->setEnabled(true);
    m_ui->actionTrace->setEnabled(true);
    const bool stopped = trace.data().outcome == Outcome::Stopped;
    if (m_bothPhase == 1 && !stopped) { // threads done: now the loop
        m_onThreads = trace;
        m_bothPhase = 2;
        start(Backend::Async);
        return;
    }
    if (m_bothPhase == 2 && !stopped) {
        const double end = double(std::max(m_onThreads.data().totalNs, trace.data().totalNs));
        m_ui->threadsView->setTrace(m_onThreads);
        m_ui->asyncView->setTrace(trace);
        m_ui->threadsView->setSharedEnd(end);
        m_ui->asyncView->setSharedEnd(end);
        m_ui->viewTabs->setCurrentWidget(m_ui->bothTab);
        m_ui->summaryLabel->setText(tr("On threads: %1\nOn the event loop: %2")
                                        .arg(ScenarioRenderer::summary(m_onThreads), summary));
    }
    m_bothPhase = 0;
    setRunning(false);
    Q_EMIT finished();
}

void ScenarioWindow::exportImage()
{
    if (m_last.isNull())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the timeline"), {},
                                                      tr("Images (*.png *.svg *.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status written = exportScenarioTimeline(m_last, path, QSize(1600, 0), 2.0); !written)
        QMessageBox::warning(this, tr("Cannot export the timeline"), written.error());
    else
        m_ui->statusBar->showMessage(tr("Saved %1").arg(path), 5000);
}

void ScenarioWindow::saveTrace()
{
    if (m_last.isNull())
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the trace"), {}, tr("Chrome traces (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status written = writeScenarioTrace(m_last, path); !written)
        QMessageBox::warning(this, tr("Cannot save the trace"), written.error());
    else
        m_ui->statusBar->showMessage(tr("Saved %1").arg(path), 5000);
}

} // namespace TaskLanes
