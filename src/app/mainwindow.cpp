#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "autosave.h"
#include "charts.h"
#include "compareview.h"
#include "daywindow.h"
#include "exportactions.h"
#include "fileactions.h"
#include "ganttview.h"
#include "guide.h"
#include "languagemenu.h"
#include "noticebar.h"
#include "numberspin.h"
#include "queueeditor.h"
#include "runcontroller.h"
#include "scenariowindow.h"

#include "formats/fileio.h"
#include "formats/traceexport.h"
#include "formats/traceimport.h"
#include "models/registry.h"
#include "planning/presets.h"
#include "scenarios/scenariotrace.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFrame>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

// The resources live in a static library: the linker keeps them only if named. The
// macro declares its function in the enclosing namespace, hence the global scope.
static void initAppResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace TaskLanes {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(new Ui::MainWindow)
{
    initAppResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/tasklanes.svg"_s));
    m_undo = new QUndoStack(this);
    m_queueEditor = new QueueEditor(m_undo, this);
    m_ui->queueLayout->addWidget(m_queueEditor);
    // The left pane scrolls rather than holding the window taller than a laptop's screen
    // (issue 11: at 1366×768 the window opened 877 pixels tall, its bottom off-screen).
    auto *leftScroll = new QScrollArea;
    leftScroll->setObjectName(u"leftScroll"_s);
    leftScroll->setAccessibleName(tr("Variants and work queue"));
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->mainSplitter->insertWidget(m_ui->mainSplitter->indexOf(m_ui->leftPane), leftScroll);
    leftScroll->setWidget(m_ui->leftPane);
    leftScroll->setMinimumWidth(m_ui->leftPane->minimumSizeHint().width() +
                                leftScroll->verticalScrollBar()->sizeHint().width());
    m_ui->mainSplitter->setStretchFactor(1, 3);
    // The work queue's page and, once the Scenario program is chosen, the lab's.
    m_programs = new QStackedWidget;
    m_programs->setObjectName(u"programs"_s);
    m_ui->centralLayout->replaceWidget(m_ui->mainSplitter, m_programs);
    m_programs->addWidget(m_ui->mainSplitter);
    m_ui->centralLayout->setStretchFactor(m_programs, 1); // the rest of the height
    m_ui->rightSplitter->setStretchFactor(0, 3);
    m_ui->rightSplitter->setStretchFactor(1, 1);
    m_ui->console->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Past this many lines the oldest go: a 100,000-item run prints 200,000, and a
    // QPlainTextEdit fed that many would stall the GUI for seconds.
    m_ui->console->setMaximumBlockCount(consoleLines);

    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_undo);
    m_undoGroup->setActiveStack(m_undo);
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_ui->menuEdit->addAction(undo);
    m_ui->menuEdit->addAction(redo);
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(m_ui->actionCopyChart);

    m_runner = new RunController(this);
    m_autosave = new QueueAutosave(m_queueEditor, this);
    m_files = new FileActions(
        this, m_queueEditor, [this] { return isRunning(); },
        [this](const QString &path) { return openTrace(path); });
    m_exports = new ExportActions(
        this, m_ui->gantt, m_ui->charts, m_ui->compare, [this] { return m_runs; },
        [this] { return m_ui->actionShowIdeal->isChecked(); });
    new LanguageMenu(m_ui->menuLanguage, this, m_ui->centralLayout, [this] { restart(); });
    auto showStatus = [this](const QString &message) { statusBar()->showMessage(message); };
    connect(m_files, &FileActions::status, this, showStatus);
    connect(m_exports, &ExportActions::status, this, showStatus);
    connect(m_autosave, &QueueAutosave::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Could not autosave the queue: %1").arg(error));
    });

    setUpToolBar();
    setUpVariantList();
    connectActions();
    connectRuns();
    setAcceptDrops(true);
    if (!QSettings().value(u"firstRunHintSeen"_s, false).toBool())
        showFirstRunHint();

    restoreState();
    statusBar()->showMessage(
        tr("Pick a variant, edit the queue if you like, and press Run (Ctrl+R)."));
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpToolBar()
{
    // The program first: what Run runs.
    auto *queueProgram = new QAction(tr("Work &Queue"), this);
    queueProgram->setObjectName(u"actionWorkQueue"_s);
    queueProgram->setToolTip(
        tr("The tutorial's program: tasks sharing a work queue, on the variant chosen"));
    m_ui->actionScenarios->setToolTip(
        tr("A scenario: each task its own steps over locks, semaphores, events, conditions, "
           "barriers, queues and values, on threads or the event loop (Ctrl+Shift+L)"));
    m_dayAction = new QAction(tr("Parent's &Day"), this);
    m_dayAction->setObjectName(u"actionParentsDay"_s);
    m_dayAction->setShortcut(QKeySequence(u"Ctrl+Shift+D"_s));
    m_dayAction->setToolTip(
        tr("The tutorial's thought experiments: a synchronous, a polling, a threading and an "
           "async parent through one household's day, measured (Ctrl+Shift+D)"));
    m_programGroup = new QActionGroup(this);
    for (QAction *a : {queueProgram, m_ui->actionScenarios, m_dayAction}) {
        a->setCheckable(true);
        m_programGroup->addAction(a);
    }
    queueProgram->setChecked(true);
    connect(queueProgram, &QAction::triggered, this, [this] {
        if (!setProgram(Program::Queue))
            checkProgramAction();
    });
    connect(m_dayAction, &QAction::triggered, this, [this] {
        if (!setProgram(Program::Day))
            checkProgramAction();
    });
    m_ui->menuRun->insertAction(m_ui->actionRun, queueProgram);
    m_ui->menuRun->insertAction(m_ui->actionRun, m_ui->actionScenarios);
    m_ui->menuRun->insertAction(m_ui->actionRun, m_dayAction);
    m_ui->menuRun->insertSeparator(m_ui->actionRun);
    m_ui->toolBar->insertAction(m_ui->actionRun, queueProgram);
    m_ui->toolBar->insertAction(m_ui->actionRun, m_ui->actionScenarios);
    m_ui->toolBar->insertAction(m_ui->actionRun, m_dayAction);
    m_ui->toolBar->insertSeparator(m_ui->actionRun);

    auto *speedLabel = new QLabel(tr("Speed: 1 unit ="), this);
    auto *unitSpin = new NumberSpin(this);
    m_unitSpin = unitSpin;
    connect(unitSpin, &NumberSpin::refused, this, [this](const QString &why) {
        statusBar()->showMessage(tr("Speed: %1").arg(why), 8000);
    });
    m_unitSpin->setRange(Limits::minUnitMs, 10'000);
    m_unitSpin->setValue(100);
    m_unitSpin->setSuffix(tr(" ms"));
    m_unitSpin->setAccessibleName(tr("Milliseconds per unit"));
    m_unitSpin->setToolTip(tr("How long one unit (the tutorial's second) lasts in this app"));
    speedLabel->setBuddy(m_unitSpin);
    m_queueToolbar.append(m_ui->toolBar->addWidget(speedLabel));
    m_queueToolbar.append(m_ui->toolBar->addWidget(m_unitSpin));
    auto *switchLabel = new QLabel(tr("GIL s&witch:"), this);
    auto *switchSpin = new NumberSpin(this);
    m_switchSpin = switchSpin;
    connect(switchSpin, &NumberSpin::refused, this, [this](const QString &why) {
        statusBar()->showMessage(tr("GIL switch: %1").arg(why), 8000);
    });
    m_switchSpin->setObjectName(u"switchIntervalSpin"_s);
    m_switchSpin->setRange(1, Limits::maxSwitchIntervalMs);
    m_switchSpin->setValue(Limits::defaultSwitchIntervalMs);
    m_switchSpin->setSuffix(tr(" ms"));
    m_switchSpin->setAccessibleName(tr("GIL switch interval"));
    m_switchSpin->setToolTip(
        tr("Threads under a GIL: how long a thread may keep the GIL once another asks for it "
           "(CPython's sys.setswitchinterval; 5 ms by default). Real milliseconds, whatever "
           "the speed."));
    switchLabel->setBuddy(m_switchSpin);
    m_queueToolbar.append(m_ui->toolBar->addWidget(switchLabel));
    m_queueToolbar.append(m_ui->toolBar->addWidget(m_switchSpin));
    m_queueToolbar.append(m_ui->toolBar->addSeparator());
    m_ui->toolBar->addAction(m_ui->actionFit);
    m_ui->toolBar->addAction(m_ui->actionShowIdeal);
    m_queueOnly = {m_ui->actionSharedScale,
                   m_ui->actionImportQueue,
                   m_ui->actionExportQueue,
                   m_ui->actionExportTimeline,
                   m_ui->actionExportElapsedChart,
                   m_ui->actionExportTotalsChart,
                   m_ui->actionExportComparison,
                   m_ui->actionCopyChart,
                   m_ui->actionFit,
                   m_ui->actionZoomIn,
                   m_ui->actionZoomOut,
                   m_ui->actionShowIdeal};

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(260);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("No run yet"));
    m_progress->setAccessibleName(tr("Progress"));
    m_elapsedLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_elapsedLabel);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::setUpVariantList()
{
    for (const Model *m : models()) {
        auto *item = new QListWidgetItem(m->translatedTitle(), m_ui->variantList);
        item->setData(Qt::UserRole, m->id);
        // Rich text, so that the explanation wraps in the tooltip.
        item->setToolTip(u"<p><code>%1</code></p><p>%2</p>"_s.arg(
            m->id, m->translatedExplanation().toHtmlEscaped()));
    }
    // Every variant in view, without a scroll bar.
    const int listHeight = m_ui->variantList->sizeHintForRow(0) * m_ui->variantList->count() +
                           2 * m_ui->variantList->frameWidth() + 2;
    m_ui->variantList->setMinimumHeight(listHeight);
    m_ui->variantList->setMaximumHeight(listHeight);
    connect(m_ui->variantList, &QListWidget::currentRowChanged, this,
            &MainWindow::onVariantChanged);
    m_ui->explanationScroll->viewport()->installEventFilter(this);
}

void MainWindow::connectActions()
{
    connect(m_ui->actionRun, &QAction::triggered, this, &MainWindow::run);
    connect(m_ui->actionRunAll, &QAction::triggered, this, &MainWindow::runAll);
    connect(m_ui->actionScenarios, &QAction::triggered, this, &MainWindow::showScenarios);
    connect(m_ui->actionStop, &QAction::triggered, this, &MainWindow::stop);
    connect(m_ui->actionImportQueue, &QAction::triggered, m_files, &FileActions::importQueue);
    connect(m_ui->actionExportQueue, &QAction::triggered, m_files, &FileActions::exportQueue);
    connect(m_ui->actionOpenTrace, &QAction::triggered, m_files, &FileActions::openTrace);
    connect(m_ui->actionSaveTrace, &QAction::triggered, m_files, [this] {
        if (!m_runs.isEmpty())
            m_files->saveTrace(m_runs.last().variantId(),
                               [this](const QString &path) { return saveTrace(path); });
    });
    connect(m_ui->actionCopyChart, &QAction::triggered, this, &MainWindow::copyCharts);
    const std::pair<QAction *, ExportActions::What> exports[] = {
        {m_ui->actionExportTimeline, ExportActions::Timeline},
        {m_ui->actionExportElapsedChart, ExportActions::ElapsedChart},
        {m_ui->actionExportTotalsChart, ExportActions::TotalsChart},
        {m_ui->actionExportComparison, ExportActions::Comparison}};
    for (const auto &[action, what] : exports)
        connect(action, &QAction::triggered, m_exports,
                [this, what] { m_exports->exportImage(what); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFit, &QAction::triggered, m_ui->gantt, &GanttView::fitToRun);
    connect(m_ui->actionZoomIn, &QAction::triggered, m_ui->gantt, &GanttView::zoomIn);
    connect(m_ui->actionZoomOut, &QAction::triggered, m_ui->gantt, &GanttView::zoomOut);
    connect(m_ui->actionShowIdeal, &QAction::toggled, m_ui->gantt, &GanttView::setShowIdeal);
    connect(m_ui->actionSharedScale, &QAction::toggled, this, [this](bool on) {
        // On: from the runs seen from now on, the current one included.
        m_longestNs = on && !m_runs.isEmpty() ? double(m_ui->gantt->trace().extentNs()) : 0;
        m_ui->gantt->setSharedEnd(on ? m_longestNs : 0);
    });
    connect(m_ui->actionShowIdeal, &QAction::toggled, m_ui->compare, &CompareView::setShowIdeal);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionGuide, &QAction::triggered, this, &MainWindow::showGuide);
    connect(m_ui->actionShowHint, &QAction::triggered, this, &MainWindow::showFirstRunHint);
    connect(m_ui->gantt, &GanttView::spanSelected, this,
            [this](const QString &description) { statusBar()->showMessage(description); });
}

void MainWindow::connectRuns()
{
    Engine &engine = m_runner->engine();
    connect(&engine, &Engine::started, this, &MainWindow::onStarted);
    connect(&engine, &Engine::traceBatch, m_ui->gantt, &GanttView::applyBatch);
    // Laying out text is slow: when lines come faster than anyone can read them (more than
    // a few hundred per batch), the console shows the latest and says so; only those are
    // formatted.
    engine.setLineTextLimit(consoleBatchLines - 1);
    connect(&engine, &Engine::outputSkipped, this, [this](qsizetype skipped) {
        m_ui->console->appendPlainText(
            tr("… %n line(s) not shown here (export the trace to keep them all)", nullptr,
               int(std::min<qsizetype>(skipped, std::numeric_limits<int>::max()))));
    });
    connect(&engine, &Engine::outputLines, this, &MainWindow::appendOutput);
    connect(&engine, &Engine::progress, this, &MainWindow::onProgress);
    connect(m_runner, &RunController::note, m_ui->console, &QPlainTextEdit::appendPlainText);
    connect(m_runner, &RunController::runFinished, this, &MainWindow::onRunFinished);
    connect(m_runner, &RunController::runFailed, this, [this](const QString &error) {
        statusBar()->showMessage(error);
        m_ui->console->appendPlainText(tr("Cannot run: %1").arg(error));
    });
    connect(m_runner, &RunController::allFinished, this, &MainWindow::onAllFinished);
}

void MainWindow::showFirstRunHint()
{
    QFrame *bar = showNoticeBar(
        this, m_ui->centralLayout, u"firstRunHint"_s, tr("Hint"),
        tr("New here? The queue holds the tutorial's sleeps. Press Run with <b>Cooperative "
           "with blocking sleep</b>, then pick <b>Asynchronous</b> and Run again: the same "
           "sleeps take 32 units, then 17, because on an event loop waits overlap. Then pick "
           "the preset <b>Tutorial: count 15, 10, 5, 2</b> and run both again: counting is CPU "
           "work, and takes 32 units either way. <b>Run All</b> lines every model up on one "
           "time axis. Help › Guide (F1) says what to look for. <b>Scenario</b>, at the left "
           "of the tool bar, puts the scenario lab in the queue's place: tasks with locks, "
           "events and queues, deadlocks and races."));
    auto *gotIt = new QPushButton(tr("Got it"), bar);
    gotIt->setObjectName(u"firstRunHintDismiss"_s);
    gotIt->setToolTip(tr("Hide this hint (Help › Show the First-Run Hint brings it back)"));
    bar->layout()->addWidget(gotIt);
    connect(gotIt, &QPushButton::clicked, bar, [bar] {
        QSettings().setValue(u"firstRunHintSeen"_s, true);
        bar->hide();
    });
}

void MainWindow::restart()
{
    // Closing stops a run and saves the queue and the settings first.
    if (close())
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
}

void MainWindow::showGuide()
{
    if (!m_guide) {
        m_guide = new QDialog(this);
        m_guide->setObjectName(u"guideDialog"_s);
        m_guide->setWindowTitle(tr("Guide to the Models"));
        auto *layout = new QVBoxLayout(m_guide);
        auto *browser = new QTextBrowser(m_guide);
        browser->setAccessibleName(tr("Guide"));
        browser->setHtml(Guide::html());
        layout->addWidget(browser);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_guide);
        connect(buttons, &QDialogButtonBox::rejected, m_guide, &QDialog::hide);
        layout->addWidget(buttons);
        m_guide->resize(720, 640);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::appendOutput(const QStringList &lines)
{
    m_ui->console->appendPlainText(lines.join(u'\n'));
}

Engine &MainWindow::engine()
{
    return m_runner->engine();
}

bool MainWindow::isRunning() const
{
    return m_runner->isRunning() || (m_scenarios && m_scenarios->isRunning()) ||
           (m_day && m_day->isRunning());
}

GanttView *MainWindow::ganttView() const
{
    return m_ui->gantt;
}

ChartsPanel *MainWindow::chartsPanel() const
{
    return m_ui->charts;
}

QString MainWindow::consoleText() const
{
    return m_ui->console->toPlainText();
}

int MainWindow::unitMs() const
{
    return m_unitSpin->value();
}

void MainWindow::setUnitMs(int ms)
{
    m_unitSpin->setValue(ms);
}

QString MainWindow::currentVariantId() const
{
    const QListWidgetItem *item = m_ui->variantList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool MainWindow::selectVariant(const QString &id)
{
    for (int row = 0; row < m_ui->variantList->count(); ++row) {
        if (m_ui->variantList->item(row)->data(Qt::UserRole).toString() == id) {
            m_ui->variantList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString MainWindow::autosavePath()
{
    return QueueAutosave::defaultPath();
}

void MainWindow::onVariantChanged()
{
    const Model *m = findModel(currentVariantId());
    if (!m)
        return;
    const QString runs =
        m->naturalKind == WorkKind::Fetch
            ? tr("Made for URLs: the preset “Demo server” has the tutorial's pages. Any other "
                 "item runs as it is.")
            : tr("Runs every item as it is; plain numbers (--queue 15,10,5,2) become %1.")
                  .arg(kindLabel(m->naturalKind));
    m_ui->explanationLabel->setText(
        u"<p><b>%1</b> <code>%2</code></p><p>%3</p><p><i>%4</i></p>"_s.arg(
            m->translatedTitle().toHtmlEscaped(), m->id, m->translatedExplanation().toHtmlEscaped(),
            runs.toHtmlEscaped()));
    fitExplanation();
}

void MainWindow::fitExplanation()
{
    // As tall as the text at the pane's width, up to the area's maximum; beyond that it
    // scrolls, and the queue's form keeps its room.
    QScrollArea *area = m_ui->explanationScroll;
    const int wanted = m_ui->explanationLabel->heightForWidth(area->viewport()->width()) + 4;
    area->setMinimumHeight(std::clamp(wanted, 60, area->maximumHeight()));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->explanationScroll->viewport() && event->type() == QEvent::Resize &&
        static_cast<QResizeEvent *>(event)->oldSize().width() !=
            static_cast<QResizeEvent *>(event)->size().width())
        fitExplanation();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::run()
{
    switch (program()) {
    case Program::Scenario:
        m_scenarios->run();
        break;
    case Program::Day:
        m_day->run();
        break;
    case Program::Queue:
        startRuns(false);
        break;
    }
}

void MainWindow::showScenarios()
{
    if (!setProgram(Program::Scenario))
        checkProgramAction();
}

void MainWindow::checkProgramAction()
{
    const Program shown = program();
    (shown == Program::Scenario ? m_ui->actionScenarios
     : shown == Program::Day    ? m_dayAction
                                : m_programGroup->actions().first())
        ->setChecked(true);
}

DayWindow *MainWindow::parentsDay()
{
    if (!m_day) {
        m_day = new DayWindow;
        m_programs->addWidget(m_day);
        connect(m_day, &DayWindow::runningChanged, this, &MainWindow::onLabRunning);
        connect(m_day, &DayWindow::finished, this, &MainWindow::allRunsFinished);
    }
    return m_day;
}

ScenarioWindow *MainWindow::scenarioLab()
{
    if (!m_scenarios) {
        m_scenarios = new ScenarioWindow;
        m_scenarios->setEmbedded(true);
        m_scenarios->setActive(false);
        m_programs->addWidget(m_scenarios);
        m_undoGroup->addStack(m_scenarios->undoStack());
        connect(m_scenarios, &ScenarioWindow::runningChanged, this, &MainWindow::onLabRunning);
        connect(m_scenarios, &ScenarioWindow::finished, this, &MainWindow::allRunsFinished);
        // View › Hand-off Arrows, there while the lab is (its visibility follows the lab's).
        m_ui->menuView->insertAction(m_ui->actionShowIdeal, m_scenarios->arrowsAction());
    }
    return m_scenarios;
}

MainWindow::Program MainWindow::program() const
{
    if (m_scenarios && m_programs->currentWidget() == m_scenarios)
        return Program::Scenario;
    if (m_day && m_programs->currentWidget() == m_day)
        return Program::Day;
    return Program::Queue;
}

bool MainWindow::setProgram(Program shown)
{
    if (isRunning()) {
        statusBar()->showMessage(tr("Stop the run first."));
        return false;
    }
    if (shown == program())
        return true;
    QWidget *page = m_ui->mainSplitter;
    if (shown == Program::Scenario)
        page = scenarioLab();
    else if (shown == Program::Day)
        page = parentsDay();
    m_programs->setCurrentWidget(page);
    if (m_scenarios)
        m_scenarios->setActive(shown == Program::Scenario);
    checkProgramAction();
    const bool queue = shown == Program::Queue;
    // What has no meaning for the program in view goes, so that no shortcut means two
    // things.
    for (QAction *a : std::as_const(m_queueOnly))
        a->setEnabled(queue);
    m_ui->actionSaveTrace->setEnabled(queue && !m_runs.isEmpty());
    for (QAction *a : std::as_const(m_queueToolbar))
        a->setVisible(queue);
    m_ui->actionShowIdeal->setVisible(queue);
    m_ui->actionFit->setVisible(queue);
    m_undoGroup->setActiveStack(shown == Program::Scenario ? m_scenarios->undoStack()
                                : queue                    ? m_undo
                                                           : nullptr);
    statusBar()->setVisible(queue); // the lab and the day have their own
    // The first-run hint speaks of the queue: it waits for the queue to come back.
    if (auto *hint = findChild<QFrame *>(u"firstRunHint"_s))
        hint->setVisible(queue);
    switch (shown) {
    case Program::Scenario:
        m_ui->actionRun->setToolTip(tr("Run the scenario on the chosen model (Ctrl+R)"));
        m_ui->actionRunAll->setToolTip(
            tr("Run the scenario on threads, then on the event loop, and show both on one "
               "time scale (Ctrl+Shift+R)"));
        break;
    case Program::Day:
        m_ui->actionRun->setToolTip(tr("Run the chosen parent through the day (Ctrl+R)"));
        m_ui->actionRunAll->setToolTip(
            tr("Run the four parents through the day, one after the other, and chart them "
               "side by side (Ctrl+Shift+R)"));
        break;
    case Program::Queue:
        m_ui->actionRun->setToolTip(tr("Run the selected variant on the work queue (Ctrl+R)"));
        m_ui->actionRunAll->setToolTip(
            tr("Run every variant that can take this queue, one after the other, and "
               "compare them (Ctrl+Shift+R)"));
        break;
    }
    return true;
}

void MainWindow::onLabRunning(bool running)
{
    m_ui->actionRun->setEnabled(!running);
    m_ui->actionRunAll->setEnabled(!running);
    m_ui->actionStop->setEnabled(running);
    m_programGroup->setEnabled(!running);
}

void MainWindow::runAll()
{
    switch (program()) {
    case Program::Scenario:
        m_scenarios->runBoth();
        break;
    case Program::Day:
        m_day->runAll();
        break;
    case Program::Queue:
        startRuns(true);
        break;
    }
}

void MainWindow::startRuns(bool all)
{
    if (isRunning())
        return;
    const Model *model = findModel(currentVariantId());
    if (!all && !model)
        return;
    const RunSettings settings{m_unitSpin->value(), Limits::defaultTimeoutMs,
                               m_switchSpin->value()};
    const WorkQueue queue = m_queueEditor->queue();
    // Hundreds of worker processes are a burden on the machine, not a faster run: asked.
    const bool manyProcesses =
        all ? std::any_of(models().begin(), models().end(),
                          [&](const Model *m) { return m->startsManyProcesses(queue.tasks); })
            : model->startsManyProcesses(queue.tasks);
    if (manyProcesses &&
        QMessageBox::question(
            this, tr("Many worker processes"),
            tr("The processes model starts one worker process per task: %1 of them for %2 "
               "cores. Each costs a process start and its memory, and no more than %2 can "
               "compute at a time. Start them?")
                .arg(queue.tasks)
                .arg(idealCores()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_ui->console->clear();
    m_ui->notesView->clear();
    const Status started =
        all ? m_runner->runAll(queue, settings) : m_runner->run(*model, queue, settings);
    if (!started) {
        statusBar()->showMessage(started.error());
        m_ui->console->appendPlainText(
            all ? tr("Cannot run: %1").arg(started.error())
                : tr("Cannot run %1: %2").arg(model->id, started.error()));
        return;
    }
    m_runs.clear();
    setRunning(true);
}

void MainWindow::onStarted(const QString &variant, const IdealSchedule &ideal, int unitMs)
{
    // The engine starts a run from inside the controller's start: current() is that run.
    const WorkQueue &queue = m_runner->current().request.queue;
    m_ui->gantt->startRun(variant, queue.items, queue.tasks, ideal, unitMs);
    onProgress(0, int(queue.items.size()), 0);
    statusBar()->showMessage(tr("Running %1…").arg(variant));
}

void MainWindow::onProgress(int done, int total, qint64 elapsedNs)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    // In the language's digits, as the status bar's figures (QProgressBar's %v is not).
    m_progress->setFormat(tr("%L1 of %Ln item(s)", nullptr, total).arg(done));
    m_elapsedLabel->setText(tr("%L1 s").arg(double(elapsedNs) / 1e9, 0, 'f', 2));
}

void MainWindow::onRunFinished(const Trace &trace)
{
    m_runs.append(trace);
    m_ui->actionSaveTrace->setEnabled(!isScenarioProgram());
    showNotes(m_runs);
    m_ui->gantt->setTrace(trace);
    if (m_ui->actionSharedScale->isChecked()) {
        m_longestNs = std::max(m_longestNs, double(m_ui->gantt->trace().extentNs()));
        m_ui->gantt->setSharedEnd(m_longestNs);
    }
    m_ui->charts->setRuns(trace, m_runs);
    // Failures said in words on the console, not only in a bar's tooltip (issue 11); the
    // items a Stop cut short are not failures of the work.
    QList<qint32> failed;
    for (auto it = trace.data().errors.begin(); it != trace.data().errors.end(); ++it) {
        if (it.value().kind != ItemError::Kind::Stopped)
            failed.append(it.key());
    }
    std::sort(failed.begin(), failed.end());
    constexpr qsizetype shownFailures = 20;
    if (!failed.isEmpty()) {
        QStringList lines{
            tr("%1: %n item(s) failed:", nullptr, int(failed.size())).arg(trace.variantId())};
        for (qsizetype i = 0; i < std::min(failed.size(), shownFailures); ++i) {
            const WorkItem &item = trace.items().at(failed[i]);
            lines.append(tr("  item %1 (%2 %3): %4")
                             .arg(failed[i] + 1)
                             .arg(kindLabel(item.kind), shown(item.valueText()),
                                  trace.itemError(failed[i]).translated()));
        }
        if (failed.size() > shownFailures)
            lines.append(tr("  and %n more", nullptr, int(failed.size() - shownFailures)));
        m_ui->console->appendPlainText(lines.join(u'\n'));
    }
    if (trace.cancelled()) {
        // Every error that is not a failure above is a Stop's.
        const qsizetype cut = trace.data().errors.size() - failed.size();
        m_ui->console->appendPlainText(
            tr("Stopped after %L1 s: %n item(s) cut short, drawn as stopped; the items not "
               "begun were not run.",
               nullptr, int(cut))
                .arg(trace.totalMs() / 1000, 0, 'f', 2));
    }
    const QString summary = trace.cancelled()
                                ? tr("%1 stopped after %L2 s")
                                      .arg(trace.variantId())
                                      .arg(trace.totalMs() / 1000, 0, 'f', 2)
                                : tr("%1 finished in %L2 units (%L3 s); ideal %L4 units")
                                      .arg(trace.variantId())
                                      .arg(trace.totalMs() / trace.unitMs(), 0, 'f', 2)
                                      .arg(trace.totalMs() / 1000, 0, 'f', 2)
                                      .arg(trace.idealMs() / trace.unitMs(), 0, 'f', 1);
    statusBar()->showMessage(failed.isEmpty() ? summary
                                              : tr("%1 — %n item(s) failed (see the console)",
                                                   nullptr, int(failed.size()))
                                                    .arg(summary));
}

void MainWindow::showNotes(const QList<Trace> &runs)
{
    // One run: its notes. A comparison: each model's, under its name.
    QString html;
    for (const Trace &t : runs) {
        if (runs.size() > 1)
            html += u"<p><b>%1</b></p>"_s.arg(t.variantId().toHtmlEscaped());
        if (t.notes().isEmpty()) {
            html += u"<p>"_s +
                    tr("Nothing more to note about this run: its timeline shows it all.")
                        .toHtmlEscaped() +
                    u"</p>"_s;
            continue;
        }
        html += u"<ul>"_s;
        for (const RunNote &note : t.notes())
            html += u"<li>"_s + note.translated().toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    m_ui->notesView->setHtml(html);
}

void MainWindow::onAllFinished()
{
    setRunning(false);
    m_ui->compare->setRuns(m_runs, {&m_ui->gantt->trace()});
    if (m_runner->isComparison())
        m_ui->tabs->setCurrentWidget(m_ui->compareTab);
    Q_EMIT allRunsFinished();
}

void MainWindow::stop()
{
    m_runner->stop();
    if (m_scenarios)
        m_scenarios->stop();
    if (m_day)
        m_day->stop();
}

void MainWindow::setRunning(bool running)
{
    m_ui->actionRun->setEnabled(!running);
    m_ui->actionRunAll->setEnabled(!running);
    m_ui->actionStop->setEnabled(running);
    m_ui->actionImportQueue->setEnabled(!running);
    m_ui->variantList->setEnabled(!running);
    m_queueEditor->setEnabled(!running);
    m_unitSpin->setEnabled(!running);
    m_switchSpin->setEnabled(!running);
    m_programGroup->setEnabled(!running);
}

Status MainWindow::saveTrace(const QString &path) const
{
    if (m_runs.isEmpty())
        return Error{tr("There is no run to save yet.")};
    return writeChromeTrace(m_runs.last(), path);
}

Status MainWindow::openTrace(const QString &path)
{
    if (isRunning())
        return Error{tr("Stop the run first.")};
    // A scenario run's trace opens in the scenario lab; any other in the window's views.
    const Result<QByteArray> bytes = readWholeFile(path, 2ll * 1024 * 1024 * 1024);
    if (!bytes)
        return Error{bytes.error()};
    if (Scenarios::isScenarioTrace(*bytes)) {
        const Result<Scenarios::ScenarioTrace> scenario =
            Scenarios::importScenarioTrace(*bytes, path);
        if (!scenario)
            return Error{scenario.error()};
        setScenarioProgram(true);
        m_scenarios->showTrace(*scenario, path);
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    if (Home::isDayTrace(*bytes)) {
        const Result<Home::DayTrace> day = Home::importDayTrace(*bytes, path);
        if (!day)
            return Error{day.error()};
        setProgram(Program::Day);
        m_day->showDay(*day, path);
        return {};
    }
    const Result<Trace> imported = importChromeTrace(*bytes, path);
    if (!imported)
        return Error{imported.error()};
    const Trace &trace = *imported;
    m_runs = {trace};
    m_ui->actionSaveTrace->setEnabled(true);
    showNotes(m_runs);
    m_ui->gantt->setTrace(trace);
    m_ui->charts->setRuns(trace, m_runs);
    m_ui->compare->setRuns(m_runs);
    m_ui->tabs->setCurrentWidget(m_ui->timelineTab);
    m_ui->console->clear();
    m_ui->console->appendPlainText(tr("Opened %1: %2, %3 items on %4 tasks, %L5 units (ideal %L6).")
                                       .arg(QDir::toNativeSeparators(path), trace.variantId())
                                       .arg(trace.items().size())
                                       .arg(trace.tasks())
                                       .arg(trace.totalMs() / trace.unitMs(), 0, 'f', 2)
                                       .arg(trace.idealMs() / trace.unitMs(), 0, 'f', 2));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

Status MainWindow::openFile(const QString &path)
{
    return m_files->openFile(path);
}

void MainWindow::copyCharts()
{
    QApplication::clipboard()->setImage(m_ui->charts->grab().toImage());
    statusBar()->showMessage(tr("Copied the charts to the clipboard"));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    if (const Status opened = openFile(urls.first().toLocalFile()); !opened)
        QMessageBox::warning(this, tr("Open"), opened.error());
    event->acceptProposedAction();
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"geometry"_s).toByteArray())) {
        // A first start: the form's size, or the screen's if that is smaller.
        if (const QScreen *s = screen()) {
            const QSize room = s->availableGeometry().size();
            resize(std::min(width(), room.width()), std::min(height(), room.height()));
        }
    }
    QMainWindow::restoreState(settings.value(u"windowState"_s).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(u"mainSplitter"_s).toByteArray());
    m_ui->rightSplitter->restoreState(settings.value(u"rightSplitter"_s).toByteArray());
    m_unitSpin->setValue(settings.value(u"unitMs"_s, 100).toInt());
    m_switchSpin->setValue(
        settings.value(u"switchIntervalMs"_s, Limits::defaultSwitchIntervalMs).toInt());
    m_ui->bottomSplitter->restoreState(settings.value(u"bottomSplitter"_s).toByteArray());
    m_ui->actionShowIdeal->setChecked(settings.value(u"showIdeal"_s, true).toBool());
    m_ui->actionSharedScale->setChecked(settings.value(u"sharedScale"_s, false).toBool());
    if (!selectVariant(settings.value(u"variant"_s).toString()))
        m_ui->variantList->setCurrentRow(0);

    WorkQueue queue = presets().first().queue;
    const Result<std::optional<WorkQueue>> saved = m_autosave->load();
    if (saved && *saved)
        queue = **saved;
    else if (!saved)
        QTimer::singleShot(0, this, [this, error = saved.error()] {
            statusBar()->showMessage(
                tr("The saved queue could not be read (%1); starting from the tutorial's queue.")
                    .arg(error));
        });
    m_queueEditor->restoreQueue(queue);
    const QString shown = settings.value(u"program"_s).toString();
    if (shown == u"scenario"_s)
        setProgram(Program::Scenario);
    else if (shown == u"day"_s)
        setProgram(Program::Day);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"windowState"_s, saveState());
    settings.setValue(u"mainSplitter"_s, m_ui->mainSplitter->saveState());
    settings.setValue(u"rightSplitter"_s, m_ui->rightSplitter->saveState());
    settings.setValue(u"unitMs"_s, m_unitSpin->value());
    settings.setValue(u"switchIntervalMs"_s, m_switchSpin->value());
    settings.setValue(u"bottomSplitter"_s, m_ui->bottomSplitter->saveState());
    settings.setValue(u"showIdeal"_s, m_ui->actionShowIdeal->isChecked());
    settings.setValue(u"sharedScale"_s, m_ui->actionSharedScale->isChecked());
    settings.setValue(u"variant"_s, currentVariantId());
    settings.setValue(u"program"_s, program() == Program::Scenario ? u"scenario"_s
                                    : program() == Program::Day    ? u"day"_s
                                                                   : u"queue"_s);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_runner->stop();
    if (m_scenarios)
        m_scenarios->close(); // stops its run, keeps what its forms hold
    if (m_day)
        m_day->stop(); // (it waits for its thread as it goes)
    m_autosave->flush();
    saveSettings();
    event->accept();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About TaskLanes"),
        tr("<h3>TaskLanes %1</h3><p>A lab for concurrency models: the programs of the "
           "tutorial \"Getting Started With Async Features in Python\" run on real "
           "threads and a real event loop, drawn as timelines.</p><p>Built with Qt %2 "
           "(running on %3) and QCoro %4.</p>")
            .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion()), QStringLiteral(TASKLANES_QCORO_VERSION)));
}

} // namespace TaskLanes
