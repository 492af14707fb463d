#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "charts.h"
#include "compareview.h"
#include "demoserver.h"
#include "exportdialog.h"
#include "exporter.h"
#include "ganttrenderer.h"
#include "ganttview.h"
#include "guide.h"
#include "language.h"
#include "queueeditor.h"
#include "traceimport.h"
#include "variant.h"
#include "workqueuemodel.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The resources live in a static library: the linker keeps them only if named. The
// macro declares its function in the enclosing namespace, hence the global scope.
static void initAppResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace TaskLanes {

namespace {
enum ExportWhat
{
    TimelineImage,
    ElapsedChartImage,
    TotalsChartImage,
    ComparisonImage
};
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(new Ui::MainWindow)
{
    initAppResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/tasklanes.svg"_s));
    m_undo = new QUndoStack(this);
    m_queueEditor = new QueueEditor(m_undo, this);
    m_ui->queueLayout->addWidget(m_queueEditor);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->rightSplitter->setStretchFactor(0, 3);
    m_ui->rightSplitter->setStretchFactor(1, 1);
    m_ui->console->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Past this many lines the oldest go: a 100,000-item run prints 200,000, and a
    // QPlainTextEdit fed that many would stall the GUI for seconds.
    m_ui->console->setMaximumBlockCount(consoleLines);

    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_ui->menuEdit->addAction(undo);
    m_ui->menuEdit->addAction(redo);

    auto *speedLabel = new QLabel(tr("Speed: 1 unit ="), this);
    m_unitSpin = new QSpinBox(this);
    m_unitSpin->setRange(Limits::minUnitMs, 10'000);
    m_unitSpin->setValue(100);
    m_unitSpin->setSuffix(tr(" ms"));
    m_unitSpin->setAccessibleName(tr("Milliseconds per unit"));
    m_unitSpin->setToolTip(tr("How long one unit (the tutorial's second) lasts in this app"));
    speedLabel->setBuddy(m_unitSpin);
    m_ui->toolBar->addWidget(speedLabel);
    m_ui->toolBar->addWidget(m_unitSpin);
    m_ui->toolBar->addSeparator();
    m_ui->toolBar->addAction(m_ui->actionFit);
    m_ui->toolBar->addAction(m_ui->actionShowIdeal);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(260);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("No run yet"));
    m_progress->setAccessibleName(tr("Progress"));
    m_elapsedLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_elapsedLabel);
    statusBar()->addPermanentWidget(m_progress);

    for (const VariantInfo &v : variants()) {
        auto *item = new QListWidgetItem(v.translatedTitle(), m_ui->variantList);
        item->setData(Qt::UserRole, v.id);
        // Rich text, so that the explanation wraps in the tooltip.
        item->setToolTip(u"<p><code>%1</code></p><p>%2</p>"_s.arg(
            v.id, v.translatedExplanation().toHtmlEscaped()));
    }
    // Every variant in view, without a scroll bar.
    const int listHeight = m_ui->variantList->sizeHintForRow(0) * m_ui->variantList->count() +
                           2 * m_ui->variantList->frameWidth() + 2;
    m_ui->variantList->setMinimumHeight(listHeight);
    m_ui->variantList->setMaximumHeight(listHeight);
    connect(m_ui->variantList, &QListWidget::currentRowChanged, this,
            &MainWindow::onVariantChanged);

    connect(m_ui->actionRun, &QAction::triggered, this, &MainWindow::run);
    connect(m_ui->actionRunAll, &QAction::triggered, this, &MainWindow::runAll);
    connect(m_ui->actionStop, &QAction::triggered, this, &MainWindow::stop);
    connect(m_ui->actionImportQueue, &QAction::triggered, this, &MainWindow::importQueue);
    connect(m_ui->actionOpenTrace, &QAction::triggered, this, [this] {
        QSettings settings;
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Trace"), settings.value(u"lastDir"_s, QDir::homePath()).toString(),
            tr("TaskLanes trace (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        settings.setValue(u"lastDir"_s, QFileInfo(path).absolutePath());
        QString error;
        if (!openTrace(path, &error))
            QMessageBox::warning(this, tr("Open Trace"), error);
    });
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(m_ui->actionCopyChart);
    connect(m_ui->actionCopyChart, &QAction::triggered, this, &MainWindow::copyCharts);
    setAcceptDrops(true);
    connect(m_ui->actionExportQueue, &QAction::triggered, this, &MainWindow::exportQueue);
    connect(m_ui->actionExportTimeline, &QAction::triggered, this,
            [this] { exportImage(TimelineImage); });
    connect(m_ui->actionExportElapsedChart, &QAction::triggered, this,
            [this] { exportImage(ElapsedChartImage); });
    connect(m_ui->actionExportTotalsChart, &QAction::triggered, this,
            [this] { exportImage(TotalsChartImage); });
    connect(m_ui->actionExportComparison, &QAction::triggered, this,
            [this] { exportImage(ComparisonImage); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFit, &QAction::triggered, m_ui->gantt, &GanttView::fitToRun);
    connect(m_ui->actionZoomIn, &QAction::triggered, m_ui->gantt, &GanttView::zoomIn);
    connect(m_ui->actionZoomOut, &QAction::triggered, m_ui->gantt, &GanttView::zoomOut);
    connect(m_ui->actionShowIdeal, &QAction::toggled, m_ui->gantt, &GanttView::setShowIdeal);
    connect(m_ui->actionShowIdeal, &QAction::toggled, m_ui->compare, &CompareView::setShowIdeal);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->gantt, &GanttView::spanSelected, this,
            [this](const QString &description) { statusBar()->showMessage(description); });

    connect(&m_engine, &Engine::started, this, &MainWindow::onStarted);
    connect(&m_engine, &Engine::traceBatch, m_ui->gantt, &GanttView::applyBatch);
    connect(&m_engine, &Engine::outputLines, this, &MainWindow::appendOutput);
    connect(&m_engine, &Engine::progress, this, &MainWindow::onProgress);
    connect(&m_engine, &Engine::finished, this, &MainWindow::onFinished);
    connect(&m_engine, &Engine::failed, this, [this](const QString &error) {
        statusBar()->showMessage(error);
        m_ui->console->appendPlainText(tr("Cannot run: %1").arg(error));
    });

    m_savePool.setMaxThreadCount(1);
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(300);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    connect(m_queueEditor, &QueueEditor::queueChanged, this, &MainWindow::scheduleAutosave);

    connect(m_ui->actionGuide, &QAction::triggered, this, &MainWindow::showGuide);
    connect(m_ui->actionShowHint, &QAction::triggered, this, &MainWindow::showFirstRunHint);
    if (!QSettings().value(u"firstRunHintSeen"_s, false).toBool())
        showFirstRunHint();
    setUpLanguageMenu();

    restoreState();
    statusBar()->showMessage(
        tr("Pick a variant, edit the queue if you like, and press Run (Ctrl+R)."));
}

QFrame *MainWindow::noticeBar(const QString &name, const QString &accessibleName,
                              const QString &text)
{
    delete findChild<QFrame *>(name); // one of each at a time
    auto *frame = new QFrame(this);
    frame->setObjectName(name);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAccessibleName(accessibleName);
    auto *layout = new QHBoxLayout(frame);
    auto *label = new QLabel(text, frame);
    label->setWordWrap(true);
    layout->addWidget(label, 1);
    m_ui->centralLayout->insertWidget(0, frame);
    frame->show(); // a child added to a window already on screen starts hidden
    return frame;
}

void MainWindow::showFirstRunHint()
{
    QFrame *bar = noticeBar(
        u"firstRunHint"_s, tr("Hint"),
        tr("New here? Press Run with <b>Synchronous</b>, then pick <b>Asynchronous</b> and Run "
           "again: the same queue takes 32 units, then 17. <b>Run All</b> lines every model up "
           "on one time axis. Help › Guide (F1) says what to look for."));
    auto *gotIt = new QPushButton(tr("Got it"), bar);
    gotIt->setObjectName(u"firstRunHintDismiss"_s);
    gotIt->setToolTip(tr("Hide this hint (Help › Show the First-Run Hint brings it back)"));
    bar->layout()->addWidget(gotIt);
    connect(gotIt, &QPushButton::clicked, bar, [bar] {
        QSettings().setValue(u"firstRunHintSeen"_s, true);
        bar->hide();
    });
}

void MainWindow::setUpLanguageMenu()
{
    auto *group = new QActionGroup(this);
    const QString saved = savedLanguage();
    for (const Language &language : availableLanguages()) {
        QAction *action = m_ui->menuLanguage->addAction(language.nativeName);
        action->setCheckable(true);
        action->setChecked(language.code == saved);
        action->setData(language.code);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (code == savedLanguage())
            return;
        saveLanguage(code);
        if (resolveLanguage(code) == shownLanguage()) {
            delete findChild<QFrame *>(u"languageRestartBar"_s); // nothing to restart for
            return;
        }
        // Every window sets its texts once, when it is built: a restart shows the new
        // language everywhere at once, where retranslating in place could miss a text.
        QFrame *bar = noticeBar(u"languageRestartBar"_s, tr("Language"),
                                tr("TaskLanes shows %1 after a restart.").arg(action->text()));
        auto *restartNow = new QPushButton(tr("Restart Now"), bar);
        restartNow->setObjectName(u"languageRestartNow"_s);
        restartNow->setToolTip(tr("Close TaskLanes and start it again in the chosen language; "
                                  "the queue and the settings are kept"));
        auto *later = new QPushButton(tr("Later"), bar);
        bar->layout()->addWidget(restartNow);
        bar->layout()->addWidget(later);
        connect(restartNow, &QPushButton::clicked, this, &MainWindow::restart);
        connect(later, &QPushButton::clicked, bar, &QWidget::hide);
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

MainWindow::~MainWindow()
{
    m_savePool.waitForDone();
}

void MainWindow::appendOutput(const QStringList &lines)
{
    // Laying out text is slow: when lines come faster than anyone can read them (more
    // than a few hundred per batch), the console shows the latest and says so.
    if (lines.size() <= consoleBatchLines) {
        m_ui->console->appendPlainText(lines.join(u'\n'));
        return;
    }
    const qsizetype skipped = lines.size() - consoleBatchLines + 1;
    m_ui->console->appendPlainText(
        tr("… %n line(s) not shown here (export the trace to keep them all)", nullptr,
           int(skipped)) +
        u'\n' + lines.mid(skipped).join(u'\n'));
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
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/queue.json"_s;
}

void MainWindow::onVariantChanged()
{
    const VariantInfo *v = findVariant(currentVariantId());
    if (!v)
        return;
    QStringList kinds;
    for (WorkKind k : v->accepts)
        kinds.append(kindLabel(k));
    m_ui->explanationLabel->setText(
        u"<p><b>%1</b> <code>%2</code></p><p>%3</p><p><i>%4</i></p>"_s.arg(
            v->translatedTitle().toHtmlEscaped(), v->id, v->translatedExplanation().toHtmlEscaped(),
            (v->naturalKind == WorkKind::Fetch
                 ? tr("Runs fetch items (URLs); the preset “Demo server” has the tutorial's pages.")
                 : tr("Runs %1 items; other numbers run as %2.")
                       .arg(kinds.size() < 2
                                ? kinds.join(QString())
                                : tr("%1 and %2", "the last two of a list")
                                      .arg(kinds.mid(0, kinds.size() - 1).join(u", "_s),
                                           kinds.last()),
                            kindLabel(v->naturalKind)))
                .toHtmlEscaped()));
}

void MainWindow::run()
{
    if (isRunning())
        return;
    m_runAll = false;
    m_runs.clear();
    m_ui->console->clear();
    startVariant(currentVariantId());
}

void MainWindow::runAll()
{
    if (isRunning())
        return;
    m_pending.clear();
    QStringList skipped;
    for (const VariantInfo &v : variants()) {
        if (adaptQueue(m_queueEditor->queue(), v.naturalKind, v.accepts).error.isEmpty())
            m_pending.append(v.id);
        else
            skipped.append(v.id);
    }
    m_ui->console->clear();
    if (!skipped.isEmpty())
        m_ui->console->appendPlainText(
            tr("Skipping %1: they cannot run this queue's items.").arg(skipped.join(u", "_s)));
    if (m_pending.isEmpty())
        return;
    m_runAll = true;
    m_runs.clear();
    startVariant(m_pending.takeFirst());
}

bool MainWindow::startVariant(const QString &id)
{
    const VariantInfo *v = findVariant(id);
    if (!v)
        return false;
    const AdaptedQueue adapted = adaptQueue(m_queueEditor->queue(), v->naturalKind, v->accepts);
    if (!adapted.error.isEmpty()) {
        const QString hint =
            v->naturalKind == WorkKind::Fetch
                ? tr(" It fetches URLs: try the preset “Demo server: the tutorial's seven pages”.")
                : QString();
        statusBar()->showMessage(adapted.error + hint);
        m_ui->console->appendPlainText(tr("Cannot run %1: %2").arg(v->id, adapted.error + hint));
        return false;
    }
    if (v->naturalKind == WorkKind::Fetch) {
        // Pages of the demo server answer in units of the run's speed.
        QString error;
        DemoServerThread &server = sharedDemoServer(&error);
        if (server.isRunning())
            server.setUnitMs(m_unitSpin->value());
        else
            m_ui->console->appendPlainText(tr("The demo server could not start: %1").arg(error));
    }
    if (adapted.queue.items.isEmpty()) {
        statusBar()->showMessage(tr("The queue is empty: add an item or pick a preset."));
        return false;
    }
    if (m_runAll || adapted.converted > 0)
        m_ui->console->appendPlainText(
            adapted.converted > 0
                ? tr("— %1 (%n item(s) run as %2) —", nullptr, int(adapted.converted))
                      .arg(v->id, kindLabel(v->naturalKind))
                : tr("— %1 —").arg(v->id));
    RunRequest request{v->id, adapted.queue, m_unitSpin->value()};
    m_runningQueue = adapted.queue;
    if (!m_engine.start(request))
        return false;
    setRunning(true);
    return true;
}

void MainWindow::onStarted(const QString &variant, const IdealSchedule &ideal, int unitMs)
{
    m_ui->gantt->startRun(variant, m_runningQueue.items, m_runningQueue.tasks, ideal, unitMs);
    m_progress->setRange(0, int(m_runningQueue.items.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m items"));
    statusBar()->showMessage(tr("Running %1…").arg(variant));
}

void MainWindow::onProgress(int done, int total, qint64 elapsedNs)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_elapsedLabel->setText(tr("%L1 s").arg(double(elapsedNs) / 1e9, 0, 'f', 2));
}

void MainWindow::onFinished(const Trace &trace)
{
    m_runs.append(trace);
    m_ui->gantt->setTrace(trace);
    m_ui->charts->setRuns(trace, m_runs);
    const QString summary = trace.cancelled()
                                ? tr("%1 stopped after %L2 s")
                                      .arg(trace.variantId())
                                      .arg(trace.totalMs() / 1000, 0, 'f', 2)
                                : tr("%1 finished in %L2 units (%L3 s); ideal %L4 units")
                                      .arg(trace.variantId())
                                      .arg(trace.totalMs() / trace.unitMs(), 0, 'f', 2)
                                      .arg(trace.totalMs() / 1000, 0, 'f', 2)
                                      .arg(trace.idealMs() / trace.unitMs(), 0, 'f', 1);
    statusBar()->showMessage(summary);
    if (!trace.cancelled() && !m_pending.isEmpty()) {
        startVariant(m_pending.takeFirst());
        return;
    }
    m_pending.clear();
    setRunning(false);
    m_ui->compare->setRuns(m_runs);
    if (m_runAll)
        m_ui->tabs->setCurrentWidget(m_ui->compareTab);
    Q_EMIT allRunsFinished();
}

void MainWindow::stop()
{
    m_pending.clear();
    m_engine.stop();
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
}

void MainWindow::importQueue()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Work Queue"), settings.value(u"lastDir"_s, QDir::homePath()).toString(),
        tr("TaskLanes queue (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"lastDir"_s, QFileInfo(path).absolutePath());
    const ParseResult parsed = loadQueueFile(path);
    if (!parsed.queue) {
        // Nothing changes: the current queue stays as it is.
        QMessageBox::warning(this, tr("Import Work Queue"), parsed.error);
        return;
    }
    m_queueEditor->setQueue(*parsed.queue, tr("Import %1").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(
        tr("Imported %n item(s) from %1", nullptr, int(parsed.queue->items.size()))
            .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportQueue()
{
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Work Queue"),
        settings.value(u"lastDir"_s, QDir::homePath()).toString() + u"/queue.json"_s,
        tr("TaskLanes queue (*.json)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"lastDir"_s, QFileInfo(path).absolutePath());
    QString error;
    if (!saveQueueFile(m_queueEditor->queue(), path, &error))
        QMessageBox::warning(this, tr("Export Work Queue"), error);
    else
        statusBar()->showMessage(tr("Saved the queue to %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportImage(int what)
{
    if (m_runs.isEmpty() && what != TimelineImage) {
        statusBar()->showMessage(tr("Run a variant first: there is no chart to export yet."));
        return;
    }
    if (m_ui->gantt->trace().lanes() == 0 && what == TimelineImage) {
        statusBar()->showMessage(tr("Run a variant first: there is no timeline to export yet."));
        return;
    }
    QSettings settings;
    const QString dir = settings.value(u"lastDir"_s, QDir::homePath()).toString();
    const QString variant =
        m_runs.isEmpty() ? m_ui->gantt->trace().variant() : m_runs.last().variantId();
    const QString names[] = {u"timeline"_s, u"elapsed"_s, u"totals"_s, u"comparison"_s};
    const QString titles[] = {tr("Export Timeline"), tr("Export Elapsed-Time Chart"),
                              tr("Export Totals Chart"), tr("Export Comparison")};
    GanttRenderer::Options exportOptions;
    exportOptions.title = variant; // exports carry a title line
    const int lanes = m_ui->gantt->trace().lanes();
    const QSize sizes[] = {
        QSize(1600, std::min(GanttRenderer::heightFor(lanes, lanes > 40 ? 12 : 28, exportOptions),
                             20000)),
        QSize(1000, 600), QSize(800, 600),
        QSize(1600, std::min(CompareView::stackHeight(m_ui->compare->traces()), 20000))};
    ExportDialog dialog(titles[what], dir + u'/' + variant + u'-' + names[what] + u".png"_s,
                        sizes[what], this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(u"lastDir"_s, QFileInfo(dialog.path()).absolutePath());
    QString error;
    bool ok = false;
    switch (what) {
    case TimelineImage:
        ok = exportTimeline(m_ui->gantt->trace(), dialog.path(), dialog.imageSize(), dialog.scale(),
                            m_ui->gantt->showIdeal(), &error);
        break;
    case ElapsedChartImage:
        ok = exportChart(m_ui->charts->elapsedChart(), dialog.path(), dialog.imageSize(),
                         dialog.scale(), &error);
        break;
    case TotalsChartImage:
        ok = exportChart(m_ui->charts->totalsChart(), dialog.path(), dialog.imageSize(),
                         dialog.scale(), &error);
        break;
    case ComparisonImage:
        ok = exportComparison(m_runs, dialog.path(), dialog.imageSize(), dialog.scale(),
                              m_ui->actionShowIdeal->isChecked(), &error);
        break;
    }
    if (!ok)
        QMessageBox::warning(this, titles[what], error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.path())));
}

bool MainWindow::openTrace(const QString &path, QString *error)
{
    if (isRunning()) {
        *error = tr("Stop the run first.");
        return false;
    }
    const TraceImport imported = loadChromeTrace(path);
    if (!imported.trace) {
        *error = imported.error;
        return false;
    }
    const Trace &trace = *imported.trace;
    m_runs = {trace};
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
    return true;
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = FileError::unreadable(path, file.errorString());
        return false;
    }
    // A queue file says its format near the top; anything else is tried as a trace.
    if (file.peek(4096).contains("\"tasklanes-queue\"")) {
        const ParseResult parsed = loadQueueFile(path);
        if (!parsed.queue) {
            *error = parsed.error;
            return false;
        }
        if (isRunning()) {
            *error = tr("Stop the run first.");
            return false;
        }
        m_queueEditor->setQueue(*parsed.queue, tr("Import %1").arg(QFileInfo(path).fileName()));
        statusBar()->showMessage(
            tr("Imported the queue from %1").arg(QDir::toNativeSeparators(path)));
        return true;
    }
    return openTrace(path, error);
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
    QString error;
    if (!openFile(urls.first().toLocalFile(), &error))
        QMessageBox::warning(this, tr("Open"), error);
    event->acceptProposedAction();
}

void MainWindow::scheduleAutosave()
{
    m_autosaveTimer.start();
}

void MainWindow::autosave()
{
    // Serialising a large queue takes a while: do it off the GUI thread, one save at a
    // time and in order (a single-thread pool), so the newest queue is the one kept.
    const WorkQueue queue = m_queueEditor->queue();
    QPointer<MainWindow> self(this);
    m_savePool.start([queue, self] {
        const QString path = autosavePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        if (!saveQueueFile(queue, path, &error))
            QMetaObject::invokeMethod(qApp, [self, error] {
                if (self)
                    self->statusBar()->showMessage(
                        tr("Could not autosave the queue: %1").arg(error));
            });
    });
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    QMainWindow::restoreState(settings.value(u"windowState"_s).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(u"mainSplitter"_s).toByteArray());
    m_ui->rightSplitter->restoreState(settings.value(u"rightSplitter"_s).toByteArray());
    m_unitSpin->setValue(settings.value(u"unitMs"_s, 100).toInt());
    m_ui->actionShowIdeal->setChecked(settings.value(u"showIdeal"_s, true).toBool());
    if (!selectVariant(settings.value(u"variant"_s).toString()))
        m_ui->variantList->setCurrentRow(0);

    WorkQueue queue = presets().first().queue;
    if (QFileInfo::exists(autosavePath())) {
        const ParseResult parsed = loadQueueFile(autosavePath());
        if (parsed.queue)
            queue = *parsed.queue;
        else
            QTimer::singleShot(0, this, [this, error = parsed.error] {
                statusBar()->showMessage(
                    tr("The saved queue could not be read (%1); starting from the "
                       "tutorial's queue.")
                        .arg(error));
            });
    }
    m_queueEditor->restoreQueue(queue);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"windowState"_s, saveState());
    settings.setValue(u"mainSplitter"_s, m_ui->mainSplitter->saveState());
    settings.setValue(u"rightSplitter"_s, m_ui->rightSplitter->saveState());
    settings.setValue(u"unitMs"_s, m_unitSpin->value());
    settings.setValue(u"showIdeal"_s, m_ui->actionShowIdeal->isChecked());
    settings.setValue(u"variant"_s, currentVariantId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_pending.clear();
    m_engine.stop();
    if (m_autosaveTimer.isActive()) {
        m_autosaveTimer.stop();
        autosave();
    }
    m_savePool.waitForDone();
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
