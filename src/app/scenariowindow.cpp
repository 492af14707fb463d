#include "scenariowindow.h"

#include "exporter.h"
#include "scenarios/scenariofile.h"
#include "scenarios/scenariopresets.h"
#include "scenarios/scenariotrace.h"
#include "scenarioview.h"
#include "ui_scenariowindow.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace TaskLanes::Scenarios;

namespace TaskLanes {

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
    connect(m_ui->actionOpen, &QAction::triggered, this, &ScenarioWindow::openScenario);
    connect(m_ui->actionSave, &QAction::triggered, this, &ScenarioWindow::saveScenario);
    connect(m_ui->actionExport, &QAction::triggered, this, &ScenarioWindow::exportImage);
    connect(m_ui->actionTrace, &QAction::triggered, this, &ScenarioWindow::saveTrace);
    connect(m_ui->actionArrows, &QAction::toggled, m_ui->view, &ScenarioView::setArrows);
    m_drain.setInterval(50);
    connect(&m_drain, &QTimer::timeout, this, &ScenarioWindow::drain);
    presetChosen();
}

ScenarioWindow::~ScenarioWindow()
{
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
    if (const ScenarioPreset *preset = findScenarioPreset(id)) {
        m_scenario = preset->scenario;
        m_explanation = preset->translatedExplanation();
        m_threadsOnly = preset->threadsOnly;
    }
    showScenario();
}

void ScenarioWindow::showScenario()
{
    m_threadsOnly = !checkBackend(m_scenario, Backend::Async).ok();
    m_ui->explanationLabel->setText(m_explanation);
    // asyncio has no RLock: the loop is offered only where it can run the scenario.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_ui->modelCombo->model()))
        model->item(1)->setEnabled(!m_threadsOnly);
    if (m_threadsOnly)
        chooseModel(Backend::Threads);
    m_ui->statusBar->showMessage(
        tr("%n task(s), %1 resources", nullptr, int(m_scenario.tasks.size()))
            .arg(m_scenario.resources.size()));
}

void ScenarioWindow::chooseFromFile(const QString &path)
{
    // The scenario now in m_scenario, as an entry of its own after the presets.
    const QString title =
        m_scenario.title.isEmpty() ? QFileInfo(path).fileName() : m_scenario.title;
    m_ui->presetCombo->blockSignals(true);
    m_ui->presetCombo->addItem(title, QString());
    m_ui->presetCombo->setCurrentIndex(m_ui->presetCombo->count() - 1);
    m_ui->presetCombo->blockSignals(false);
    showScenario();
}

Status ScenarioWindow::openFile(const QString &path)
{
    Result<Scenario> loaded = loadScenarioFile(path);
    if (!loaded)
        return Error{loaded.error()};
    m_scenario = std::move(*loaded);
    m_explanation = tr("From %1.").arg(QFileInfo(path).fileName());
    chooseFromFile(path);
    return {};
}

void ScenarioWindow::showTrace(const ScenarioTrace &trace, const QString &path)
{
    if (m_thread)
        return;
    m_scenario = trace.data().scenario;
    m_explanation = tr("A run read back from %1.").arg(QFileInfo(path).fileName());
    chooseFromFile(path);
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
    if (const Status saved = saveScenarioFile(m_scenario, path); !saved)
        QMessageBox::warning(this, tr("Cannot save the scenario"), saved.error());
    else
        m_ui->statusBar->showMessage(tr("Saved %1").arg(path), 5000);
}

void ScenarioWindow::run()
{
    if (m_thread)
        return;
    m_bothPhase = 0;
    start(backend());
}

void ScenarioWindow::runBoth()
{
    if (m_thread)
        return;
    if (const Status fits = checkBackend(m_scenario, Backend::Async); !fits) {
        m_ui->statusBar->showMessage(fits.error());
        return;
    }
    m_bothPhase = 1;
    start(Backend::Threads);
}

void ScenarioWindow::setRunning(bool running)
{
    m_ui->actionRun->setEnabled(!running);
    m_ui->actionRunBoth->setEnabled(!running);
    m_ui->actionStop->setEnabled(running);
    m_ui->presetCombo->setEnabled(!running);
    m_ui->modelCombo->setEnabled(!running);
    m_ui->actionOpen->setEnabled(!running);
}

void ScenarioWindow::start(Backend backend)
{
    if (const Status fits = checkBackend(m_scenario, backend); !fits) {
        m_ui->statusBar->showMessage(fits.error());
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
    const Scenario scenario = m_scenario;
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
