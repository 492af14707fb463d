#include "daywindow.h"

#include "exportdialog.h"
#include "exporter.h"
#include "ui_daywindow.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QThread>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace TaskLanes::Home;

namespace TaskLanes {

namespace {

constexpr int sweepUnitMs = 10;

// The kids' calls as the form shows them: in the language's digits, separated by commas
// (by semicolons where a comma is the decimal sign).
QString separator()
{
    return QLocale().decimalPoint() == u","_s ? u"; "_s : u", "_s;
}

QString callsText(const QList<double> &calls)
{
    QStringList parts;
    for (double at : calls)
        parts << QLocale().toString(at, 'g', 12);
    return parts.join(separator());
}

Result<QList<double>> parseCalls(const QString &text)
{
    const QString separators = QLocale().decimalPoint() == u","_s ? u"[;\\s]+"_s : u"[;,\\s]+"_s;
    QList<double> calls;
    for (const QString &part : text.split(QRegularExpression(separators), Qt::SkipEmptyParts)) {
        bool ok = false;
        double value = QLocale().toDouble(part, &ok);
        if (!ok)
            value = part.toDouble(&ok); // the files' form, 2.5, in any language
        if (!ok)
            return Error{QCoreApplication::translate("DayWindow", "\"%1\" is not a number")
                             .arg(shown(part, 20))};
        calls.append(value);
    }
    return calls;
}

// What a day came to, in a sentence for the status line.
QString summary(const DayTrace &day)
{
    const Figures &f = day.figures();
    const auto units = [](const std::optional<double> &v) {
        return QLocale().toString(v.value_or(0), 'f', 1);
    };
    const QString parent = parentTitle(day.data().options.parent);
    QString text =
        f.latencyWorst
            ? QCoreApplication::translate("DayWindow", "%1: the kids waited up to %2 units")
                  .arg(parent, units(f.latencyWorst))
            : parent;
    text += f.checkbookDone
                ? QCoreApplication::translate("DayWindow", "; the checkbook was done "
                                                           "at %1")
                      .arg(units(f.checkbookDone))
                : QCoreApplication::translate("DayWindow", "; the checkbook was never done");
    text += f.laundryDone ? QCoreApplication::translate("DayWindow", ", the laundry at %1")
                                .arg(units(f.laundryDone))
                          : QCoreApplication::translate("DayWindow", ", the laundry never");
    if (day.data().options.parent == Parent::Polling)
        text += QCoreApplication::translate("DayWindow", "; %1 of %2 looks found nothing")
                    .arg(f.wastedChecks)
                    .arg(f.checks);
    if (day.data().options.parent == Parent::Threads)
        text +=
            u"; "_s +
            QCoreApplication::translate("DayWindow", "%n deadlock(s)", nullptr, f.deadlocks) +
            u", "_s +
            QCoreApplication::translate("DayWindow", "%n lost update(s)", nullptr, f.lostUpdates);
    return text + u"."_s;
}

QString explanation(Parent parent)
{
    switch (parent) {
    case Parent::Sync:
        return QCoreApplication::translate(
            "DayWindow",
            "One thing at a time, each to its end: the checkbook, then the laundry, standing by "
            "each machine until it buzzes. A kid who calls waits until the thing in hand is "
            "done.");
    case Parent::Polling:
        return QCoreApplication::translate(
                   "DayWindow",
                   "Loads the washer, then works on the checkbook and stops every interval to "
                   "look at the machines and the kids; a look costs %1 units, found anything or "
                   "not. A look that finds nothing is wasted; a call waits up to an interval and "
                   "two looks.")
            .arg(QLocale().toString(checkUnits, 'f', 2));
    case Parent::Threads:
        return QCoreApplication::translate(
            "DayWindow",
            "A clone for each chore, all at once on threads: the washer's, the dryer's, two "
            "paying bills from one balance, and one for each kid. As the tutorial tells it, the "
            "washer's and the dryer's clones each hold one machine and want the other, and the "
            "bill payers overwrite each other's balance. Fixed: one lock order, a lock around "
            "the checkbook.");
    case Parent::Async:
        return QCoreApplication::translate(
            "DayWindow",
            "One parent on an event loop: the buzzers and the calls are timers, the chores "
            "coroutines whose work goes in pieces with an await between. A call waits a few "
            "pieces: as in asyncio, its timer and then its coroutine take their turns behind the "
            "chores' pieces. With pieces of 0 the work never awaits, and the kids wait as for "
            "the synchronous parent.");
    }
    return {};
}

} // namespace

DayWindow::DayWindow(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::DayWindow>())
{
    m_ui->setupUi(this);
    m_byParent.resize(std::size(allParents));
    for (QDoubleSpinBox *spin :
         {m_ui->checkbookSpin, m_ui->washerSpin, m_ui->dryerSpin, m_ui->attentionSpin}) {
        spin->setRange(Home::Limits::minCycle, Home::Limits::maxUnits);
        spin->setDecimals(2);
        spin->setSuffix(tr(" units"));
    }
    m_ui->handlingSpin->setRange(0, Home::Limits::maxUnits);
    m_ui->handlingSpin->setDecimals(2);
    m_ui->handlingSpin->setSuffix(tr(" units"));
    m_ui->intervalSpin->setRange(Home::Limits::minInterval, Home::Limits::maxInterval);
    m_ui->intervalSpin->setDecimals(2);
    m_ui->intervalSpin->setSuffix(tr(" units"));
    m_ui->intervalSpin->setValue(defaultInterval);
    // 0 or at least minStep: the spin box offers 0, then minStep and up.
    m_ui->stepSpin->setRange(0, Home::Limits::maxStep);
    m_ui->stepSpin->setDecimals(2);
    m_ui->stepSpin->setSingleStep(0.05);
    m_ui->stepSpin->setSuffix(tr(" units"));
    m_ui->stepSpin->setSpecialValueText(tr("0: never awaits"));
    m_ui->stepSpin->setValue(defaultStep);
    m_ui->unitSpin->setRange(2, 2000);
    m_ui->unitSpin->setValue(50);
    m_ui->unitSpin->setSuffix(tr(" ms"));
    for (const HouseholdPreset &preset : householdPresets())
        m_ui->presetCombo->addItem(preset.title, preset.id);
    m_ui->presetCombo->addItem(tr("Your own"), QString());
    for (Parent parent : allParents) {
        auto *item = new QListWidgetItem(parentTitle(parent), m_ui->parentList);
        item->setData(Qt::UserRole, int(parent));
        item->setToolTip(parentId(parent));
    }
    m_ui->parentList->setCurrentRow(0);
    m_ui->kidsError->setStyleSheet(u"color: #b00020"_s);
    m_ui->kidsError->hide();
    m_ui->sweepChart->setSweep({});
    m_ui->sweepProgress->setRange(0, int(sweepIntervals().size()));
    m_ui->sweepProgress->setFormat(tr("%v of %m intervals"));
    m_ui->daySplitter->setStretchFactor(1, 1);
    // The forms as wide as they need (their texts wrap within that), the views the rest.
    m_ui->formScroll->setMinimumWidth(
        std::max(320, m_ui->formContents->minimumSizeHint().width() +
                          style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8));
    m_ui->rightSplitter->setStretchFactor(0, 3);
    m_ui->rightSplitter->setStretchFactor(1, 1);

    connect(m_ui->presetCombo, &QComboBox::activated, this, &DayWindow::presetChosen);
    for (QDoubleSpinBox *spin : {m_ui->checkbookSpin, m_ui->washerSpin, m_ui->dryerSpin,
                                 m_ui->handlingSpin, m_ui->attentionSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &DayWindow::formChanged);
    connect(m_ui->kidsEdit, &QLineEdit::textEdited, this, &DayWindow::formChanged);
    connect(m_ui->parentList, &QListWidget::currentRowChanged, this, &DayWindow::parentChosen);
    connect(m_ui->parentList, &QListWidget::itemActivated, this, &DayWindow::run);
    connect(m_ui->sweepButton, &QPushButton::clicked, this, &DayWindow::sweep);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &DayWindow::exportImage);
    connect(m_ui->traceButton, &QPushButton::clicked, this, &DayWindow::saveTraceAs);
    connect(m_ui->openButton, &QPushButton::clicked, this, &DayWindow::openFile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &DayWindow::saveFile);
    connect(m_ui->dayTabs, &QTabWidget::currentChanged, this, &DayWindow::updateActions);
    connect(m_ui->unitSpin, &NumberSpin::refused, this,
            [this](const QString &why) { m_ui->statusLabel->setText(tr("Unit: %1").arg(why)); });
    // A number a box refuses is said, with the box's name.
    const std::pair<NumberDoubleSpin *, QLabel *> boxes[] = {
        {m_ui->checkbookSpin, m_ui->checkbookLabel},
        {m_ui->washerSpin, m_ui->washerLabel},
        {m_ui->dryerSpin, m_ui->dryerLabel},
        {m_ui->handlingSpin, m_ui->handlingLabel},
        {m_ui->attentionSpin, m_ui->attentionLabel},
        {m_ui->intervalSpin, m_ui->intervalLabel},
        {m_ui->stepSpin, m_ui->stepLabel}};
    for (const auto &[box, label] : boxes)
        connect(box, &NumberDoubleSpin::refused, this, [this, label](const QString &why) {
            m_ui->statusLabel->setText(label->text().remove(u'&').trimmed() + u' ' + why);
        });
    m_drain.setInterval(50);
    connect(&m_drain, &QTimer::timeout, this, &DayWindow::drain);

    restoreSettings();
    parentChosen();
    updateActions();
}

DayWindow::~DayWindow()
{
    stop();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    delete m_stop;
    saveSettings();
    // (the widgets' signals reach nothing of a half-destroyed window)
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

Result<Household> DayWindow::household() const
{
    Household h;
    h.checkbook = m_ui->checkbookSpin->value();
    h.washer = m_ui->washerSpin->value();
    h.dryer = m_ui->dryerSpin->value();
    h.handling = m_ui->handlingSpin->value();
    h.attention = m_ui->attentionSpin->value();
    const auto calls = parseCalls(m_ui->kidsEdit->text());
    if (!calls)
        return Error{tr("Kids call at: %1").arg(calls.error())};
    h.kids = *calls;
    if (Status ok = validate(h); !ok)
        return Error{ok.error()};
    return h;
}

void DayWindow::setHousehold(const Household &h)
{
    m_settingForm = true;
    m_ui->checkbookSpin->setValue(h.checkbook);
    m_ui->washerSpin->setValue(h.washer);
    m_ui->dryerSpin->setValue(h.dryer);
    m_ui->handlingSpin->setValue(h.handling);
    m_ui->attentionSpin->setValue(h.attention);
    m_ui->kidsEdit->setText(callsText(h.kids));
    m_settingForm = false;
    formChanged();
}

void DayWindow::showPresetOf(const Household &h)
{
    int index = m_ui->presetCombo->count() - 1; // "Your own"
    const QList<HouseholdPreset> presets = householdPresets();
    for (qsizetype i = 0; i < presets.size(); ++i)
        if (presets.at(i).household == h)
            index = int(i);
    m_ui->presetCombo->setCurrentIndex(index);
    m_ui->presetNote->setText(index < presets.size() ? presets.at(index).explanation
                                                     : tr("A household of your own."));
}

bool DayWindow::choosePreset(const QString &id)
{
    const int index = m_ui->presetCombo->findData(id);
    if (index < 0 || id.isEmpty())
        return false;
    presetChosen(index);
    return true;
}

void DayWindow::presetChosen(int index)
{
    const QList<HouseholdPreset> presets = householdPresets();
    if (index < 0 || index >= presets.size())
        return;
    setHousehold(presets.at(index).household);
}

void DayWindow::formChanged()
{
    if (m_settingForm)
        return;
    const Result<Household> h = household();
    m_ui->kidsError->setVisible(!h.ok());
    m_ui->kidsError->setText(h.ok() ? QString() : h.error());
    if (h.ok()) // the preset it is, if it is one
        showPresetOf(*h);
    updateActions();
}

void DayWindow::chooseParent(Parent parent)
{
    m_ui->parentList->setCurrentRow(int(parent));
}

Parent DayWindow::parent() const
{
    const int row = std::max(0, m_ui->parentList->currentRow());
    return allParents[std::min<int>(row, int(std::size(allParents)) - 1)];
}

void DayWindow::setUnitMs(int ms)
{
    m_ui->unitSpin->setValue(ms);
}
void DayWindow::setInterval(double units)
{
    m_ui->intervalSpin->setValue(units);
}
void DayWindow::setStep(double units)
{
    m_ui->stepSpin->setValue(units);
}
void DayWindow::setFix(bool fix)
{
    m_ui->fixCheck->setChecked(fix);
}

void DayWindow::parentChosen()
{
    const Parent p = parent();
    m_ui->parentExplanation->setText(explanation(p));
    m_ui->intervalSpin->setEnabled(p == Parent::Polling);
    m_ui->intervalLabel->setEnabled(p == Parent::Polling);
    m_ui->stepSpin->setEnabled(p == Parent::Async);
    m_ui->stepLabel->setEnabled(p == Parent::Async);
    m_ui->fixCheck->setEnabled(p == Parent::Threads);
    const DayTrace &last = m_byParent.at(int(p));
    if (!last.isNull() && !isRunning() && m_ui->dayView->trace().data().options.parent != p) {
        m_ui->dayView->setTrace(last);
        m_ui->statusLabel->setText(summary(last)); // the status says whose day it shows
    }
    updateActions();
}

// What the form's options cannot run, in the form's words (the core's name the options).
Status DayWindow::checkForm(const Household &household, const DayOptions &options) const
{
    if (options.parent == Parent::Async && options.step > 0 && options.step < Home::Limits::minStep)
        return Error{tr("%1 %2 is less than %3 units (0 is work that never awaits)")
                         .arg(m_ui->stepLabel->text().remove(u'&').trimmed(),
                              QLocale().toString(options.step),
                              QLocale().toString(Home::Limits::minStep))};
    return checkOptions(household, options);
}

DayOptions DayWindow::options(Parent parent) const
{
    DayOptions o;
    o.parent = parent;
    o.interval = m_ui->intervalSpin->value();
    o.step = m_ui->stepSpin->value();
    o.fix = m_ui->fixCheck->isChecked();
    o.unitMs = m_ui->unitSpin->value();
    return o;
}

void DayWindow::updateActions()
{
    const bool valid = household().ok();
    const bool running = isRunning();
    m_ui->sweepButton->setEnabled(valid && !running);
    m_ui->householdBox->setEnabled(!running);
    m_ui->parentBox->setEnabled(!running);
    const int tab = m_ui->dayTabs->currentIndex();
    const bool shows = tab == 0   ? !m_ui->dayView->trace().isNull()
                       : tab == 1 ? !lastDays().isEmpty()
                                  : !m_sweep.isEmpty();
    m_ui->exportButton->setEnabled(shows && !running);
    m_ui->traceButton->setEnabled(!m_ui->dayView->trace().isNull() && !running);
}

void DayWindow::start(const std::function<void()> &work, const QString &what)
{
    m_stop = new CancelToken;
    m_what = what;
    m_ui->console->clear();
    m_thread = QThread::create(work);
    connect(m_thread, &QThread::finished, this, &DayWindow::ended);
    m_runStartMs = QDateTime::currentMSecsSinceEpoch();
    m_drain.start();
    m_thread->start();
    updateActions();
    drain();
    Q_EMIT runningChanged(true);
}

void DayWindow::run()
{
    if (isRunning())
        return;
    const Result<Household> h = household();
    if (!h) {
        m_ui->statusLabel->setText(tr("Cannot run: %1").arg(h.error()));
        return;
    }
    const DayOptions o = options(parent());
    if (Status ok = checkForm(*h, o); !ok) {
        m_ui->statusLabel->setText(tr("Cannot run: %1").arg(ok.error()));
        return;
    }
    m_expectedUnits = idealDay(*h, o).dayEnd;
    m_ui->dayTabs->setCurrentIndex(0);
    const Household household = *h;
    start(
        [this, household, o] {
            DayRun run;
            run.options = o;
            run.stop = m_stop;
            run.onLine = [this](const QString &line) {
                const QMutexLocker locked(&m_mutex);
                m_pendingLines.append(line);
            };
            const DayTrace day = runDay(household, run);
            QMetaObject::invokeMethod(
                this, [this, day] { dayEnded(day); }, Qt::QueuedConnection);
        },
        parentTitle(o.parent));
}

void DayWindow::runAll()
{
    if (isRunning())
        return;
    const Result<Household> h = household();
    if (!h) {
        m_ui->statusLabel->setText(tr("Cannot run: %1").arg(h.error()));
        return;
    }
    QList<DayOptions> all;
    m_expectedUnits = 0;
    for (Parent p : allParents) {
        all.append(options(p));
        if (Status ok = checkForm(*h, all.last()); !ok) {
            m_ui->statusLabel->setText(tr("Cannot run: %1").arg(ok.error()));
            return;
        }
        m_expectedUnits += idealDay(*h, all.last()).dayEnd;
    }
    m_ui->dayTabs->setCurrentIndex(1);
    const Household household = *h;
    start(
        [this, household, all] {
            for (const DayOptions &o : all) {
                if (m_stop->isCancelled())
                    break;
                DayRun run;
                run.options = o;
                run.stop = m_stop;
                run.onLine = [this](const QString &line) {
                    const QMutexLocker locked(&m_mutex);
                    m_pendingLines.append(line);
                };
                {
                    const QMutexLocker locked(&m_mutex);
                    m_pendingLines.append(u"— "_s + parentTitle(o.parent) + u" —"_s);
                }
                const DayTrace day = runDay(household, run);
                QMetaObject::invokeMethod(
                    this, [this, day] { dayEnded(day); }, Qt::QueuedConnection);
            }
        },
        tr("the four parents"));
}

void DayWindow::sweep()
{
    if (isRunning())
        return;
    const Result<Household> h = household();
    if (!h) {
        m_ui->statusLabel->setText(tr("Cannot sweep: %1").arg(h.error()));
        return;
    }
    m_ui->dayTabs->setCurrentIndex(2);
    m_ui->sweepProgress->setValue(0);
    const Household household = *h;
    // Twenty days at the form's unit would take minutes: the sweep's are shorter (the
    // figures are in units either way; only the timer's jitter weighs more).
    const int unitMs = sweepUnitMs;
    m_expectedUnits = 0;
    for (double interval : sweepIntervals()) {
        DayOptions o = options(Parent::Polling);
        o.interval = interval;
        m_expectedUnits += idealDay(household, o).dayEnd;
    }
    start(
        [this, household, unitMs] {
            const QList<SweepPoint> points =
                sweepPolling(household, sweepIntervals(), unitMs, m_stop, [this](int done, int) {
                    QMetaObject::invokeMethod(
                        this, [this, done] { m_ui->sweepProgress->setValue(done); },
                        Qt::QueuedConnection);
                });
            QMetaObject::invokeMethod(
                this,
                [this, points] {
                    m_sweep = points;
                    m_ui->sweepChart->setSweep(points);
                    if (points.isEmpty())
                        return;
                    const auto worst = [](const SweepPoint &pt) {
                        return QLocale().toString(pt.measured.latencyWorst.value_or(0), 'f', 1);
                    };
                    m_ui->statusLabel->setText(
                        tr("Polling sweep: at an interval of %1 the kids waited up to %2 units "
                           "and %3 looks found nothing; at %4, up to %5 units and %6 looks "
                           "found nothing.")
                            .arg(QLocale().toString(points.first().interval), worst(points.first()))
                            .arg(points.first().measured.wastedChecks)
                            .arg(QLocale().toString(points.last().interval), worst(points.last()))
                            .arg(points.last().measured.wastedChecks));
                },
                Qt::QueuedConnection);
        },
        tr("the polling sweep"));
}

void DayWindow::stop()
{
    if (m_stop)
        m_stop->cancel();
}

void DayWindow::drain()
{
    QStringList lines;
    {
        const QMutexLocker locked(&m_mutex);
        lines.swap(m_pendingLines);
    }
    for (const QString &line : std::as_const(lines))
        m_ui->console->appendPlainText(line);
    if (isRunning()) {
        const double unitMs =
            m_what == tr("the polling sweep") ? sweepUnitMs : m_ui->unitSpin->value();
        const double elapsed = double(QDateTime::currentMSecsSinceEpoch() - m_runStartMs) / unitMs;
        m_ui->statusLabel->setText(tr("Running %1: %2 of about %3 units")
                                       .arg(m_what, QLocale().toString(elapsed, 'f', 0),
                                            QLocale().toString(m_expectedUnits, 'f', 0)));
    }
}

void DayWindow::dayEnded(const DayTrace &day)
{
    drain();
    const auto &d = day.data();
    if (!d.checkbookText.isEmpty())
        m_ui->console->appendPlainText(d.checkbookText);
    if (!d.deadlockText.isEmpty())
        m_ui->console->appendPlainText(d.deadlockText);
    for (const QString &line : figureLines(day))
        m_ui->console->appendPlainText(line);
    if (!d.stopped)
        m_byParent[int(d.options.parent)] = day;
    m_ui->dayView->setTrace(day);
    {
        // The list says whose day the timeline shows.
        const QSignalBlocker quiet(m_ui->parentList);
        m_ui->parentList->setCurrentRow(int(d.options.parent));
    }
    parentChosen();
    m_ui->parentsChart->setDays(lastDays());
    m_ui->statusLabel->setText(d.stopped ? tr("%1: stopped.").arg(parentTitle(d.options.parent))
                                         : summary(day));
}

void DayWindow::ended()
{
    m_drain.stop();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const bool stopped = m_stop->isCancelled();
    delete m_stop;
    m_stop = nullptr;
    QCoreApplication::sendPostedEvents(this); // the days the thread handed over, first
    drain();
    if (stopped && !m_ui->statusLabel->text().endsWith(tr("stopped.")))
        m_ui->statusLabel->setText(tr("Stopped."));
    updateActions();
    Q_EMIT runningChanged(false);
    Q_EMIT finished();
}

const DayTrace &DayWindow::shownDay() const
{
    return m_ui->dayView->trace();
}

QList<DayTrace> DayWindow::lastDays() const
{
    QList<DayTrace> days;
    for (const DayTrace &day : m_byParent)
        if (!day.isNull())
            days.append(day);
    return days;
}

Status DayWindow::openHousehold(const QString &path)
{
    const Result<Household> h = loadHouseholdFile(path);
    if (!h)
        return Error{h.error()};
    setHousehold(*h);
    m_ui->statusLabel->setText(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

Status DayWindow::saveHousehold(const QString &path) const
{
    const Result<Household> h = household();
    if (!h)
        return Error{h.error()};
    return saveHouseholdFile(*h, path);
}

QSize DayWindow::naturalExportSize() const
{
    switch (m_ui->dayTabs->currentIndex()) {
    case 0:
        return {1600, dayTimelineExportHeight(shownDay(), 1600)};
    case 1:
        return {1400, 600};
    default:
        return {1200, 650};
    }
}

Status DayWindow::exportShown(const QString &path, QSize size, double scale) const
{
    if (size.isEmpty())
        size = naturalExportSize();
    switch (m_ui->dayTabs->currentIndex()) {
    case 0:
        if (shownDay().isNull())
            return Error{tr("There is no day to export yet: run a parent first.")};
        return exportDayTimeline(shownDay(), path, size, scale);
    case 1:
        return exportDayChart(lastDays(), path, size, scale);
    default:
        return exportSweepChart(m_sweep, path, size, scale);
    }
}

void DayWindow::showDay(const DayTrace &day, const QString &path)
{
    if (isRunning())
        return;
    setHousehold(day.data().household);
    const DayOptions &o = day.data().options;
    m_ui->intervalSpin->setValue(o.interval);
    m_ui->stepSpin->setValue(o.step);
    m_ui->fixCheck->setChecked(o.fix);
    m_ui->dayTabs->setCurrentIndex(0);
    m_ui->console->clear();
    dayEnded(day);
    m_ui->statusLabel->setText(
        tr("Opened %1: %2").arg(QDir::toNativeSeparators(path), m_ui->statusLabel->text()));
    updateActions();
}

Status DayWindow::saveTrace(const QString &path) const
{
    if (shownDay().isNull())
        return Error{tr("There is no day to save yet: run a parent first.")};
    return writeDayTrace(shownDay(), path);
}

void DayWindow::exportImage()
{
    const QString what = m_ui->dayTabs->tabText(m_ui->dayTabs->currentIndex()).remove(u'&');
    ExportDialog dialog(tr("Export %1").arg(what), QDir::home().filePath(u"parents-day.png"_s),
                        naturalExportSize(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status written = exportShown(dialog.path(), dialog.imageSize(), dialog.scale());
        !written)
        QMessageBox::warning(this, tr("Cannot export"), written.error());
    else
        m_ui->statusLabel->setText(tr("Saved %1").arg(QDir::toNativeSeparators(dialog.path())));
}

// Asks for a file, does what it is for, and says how that went.
void DayWindow::withFile(bool save, const QString &title, const QString &filter,
                         const QString &failure, const std::function<Status(const QString &)> &act)
{
    const QString path = save ? QFileDialog::getSaveFileName(this, title, {}, filter)
                              : QFileDialog::getOpenFileName(this, title, {}, filter);
    if (path.isEmpty())
        return;
    if (const Status done = act(path); !done)
        QMessageBox::warning(this, failure, done.error());
    else if (save)
        m_ui->statusLabel->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void DayWindow::saveTraceAs()
{
    withFile(true, tr("Save the day's trace"), tr("Chrome traces (*.json)"),
             tr("Cannot save the trace"), [this](const QString &path) { return saveTrace(path); });
}

void DayWindow::openFile()
{
    withFile(false, tr("Open a household"), tr("Household files (*.json)"),
             tr("Cannot open the household"),
             [this](const QString &path) { return openHousehold(path); });
}

void DayWindow::saveFile()
{
    withFile(true, tr("Save the household"), tr("Household files (*.json)"),
             tr("Cannot save the household"),
             [this](const QString &path) { return saveHousehold(path); });
}

void DayWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(u"day"_s);
    Household h;
    if (settings.contains(u"household"_s)) {
        const auto saved =
            parseHouseholdJson(settings.value(u"household"_s).toByteArray(), u"settings"_s);
        if (saved)
            h = *saved;
    }
    setHousehold(h);
    m_ui->parentList->setCurrentRow(std::clamp(settings.value(u"parent"_s, 0).toInt(), 0, 3));
    m_ui->intervalSpin->setValue(settings.value(u"interval"_s, defaultInterval).toDouble());
    m_ui->stepSpin->setValue(settings.value(u"step"_s, defaultStep).toDouble());
    m_ui->fixCheck->setChecked(settings.value(u"fix"_s, false).toBool());
    m_ui->unitSpin->setValue(settings.value(u"unitMs"_s, 50).toInt());
}

void DayWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(u"day"_s);
    if (const Result<Household> h = household())
        settings.setValue(u"household"_s, householdToJson(*h));
    settings.setValue(u"parent"_s, m_ui->parentList->currentRow());
    settings.setValue(u"interval"_s, m_ui->intervalSpin->value());
    settings.setValue(u"step"_s, m_ui->stepSpin->value());
    settings.setValue(u"fix"_s, m_ui->fixCheck->isChecked());
    settings.setValue(u"unitMs"_s, m_ui->unitSpin->value());
}

} // namespace TaskLanes
