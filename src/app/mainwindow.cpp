#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "variant.h"

#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace TaskLanes {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(new Ui::MainWindow)
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->console->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *speedLabel = new QLabel(tr("  Unit: "), this);
    m_unitSpin = new QSpinBox(this);
    m_unitSpin->setRange(Limits::minUnitMs, 10'000);
    m_unitSpin->setValue(100);
    m_unitSpin->setSuffix(tr(" ms"));
    m_unitSpin->setAccessibleName(tr("Milliseconds per unit"));
    m_unitSpin->setToolTip(tr("How long one unit (the tutorial's second) lasts"));
    speedLabel->setBuddy(m_unitSpin);
    m_ui->toolBar->addWidget(speedLabel);
    m_ui->toolBar->addWidget(m_unitSpin);

    for (const VariantInfo &v : variants()) {
        auto *item = new QListWidgetItem(v.translatedTitle(), m_ui->variantList);
        item->setData(Qt::UserRole, v.id);
        item->setToolTip(v.id);
    }
    connect(m_ui->variantList, &QListWidget::currentRowChanged, this,
            &MainWindow::onVariantChanged);
    m_ui->variantList->setCurrentRow(0);

    connect(m_ui->actionRun, &QAction::triggered, this, &MainWindow::run);
    connect(m_ui->actionStop, &QAction::triggered, &m_engine, &Engine::stop);
    connect(&m_engine, &Engine::outputLines, this, [this](const QStringList &lines) {
        for (const QString &line : lines)
            m_ui->console->appendPlainText(line);
    });
    connect(&m_engine, &Engine::progress, this, [this](int done, int total, qint64 ns) {
        m_ui->progressBar->setMaximum(total);
        m_ui->progressBar->setValue(done);
        statusBar()->showMessage(tr("Running: %1 s elapsed").arg(double(ns) / 1e9, 0, 'f', 1));
    });
    connect(&m_engine, &Engine::finished, this, &MainWindow::onFinished);
    connect(&m_engine, &Engine::failed, this,
            [this](const QString &error) { m_ui->queueErrorText->setText(error); });
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setFormat(tr("No run yet"));
    statusBar()->showMessage(tr("Pick a variant and press Run"));
}

MainWindow::~MainWindow() = default;

QString MainWindow::currentVariantId() const
{
    const QListWidgetItem *item = m_ui->variantList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void MainWindow::onVariantChanged()
{
    const VariantInfo *v = findVariant(currentVariantId());
    if (!v)
        return;
    m_ui->explanationLabel->setText(v->translatedExplanation());
    QStringList values;
    for (const WorkItem &item : v->defaultItems)
        values.append(item.valueText());
    m_ui->queueEdit->setText(values.join(u','));
}

void MainWindow::run()
{
    const VariantInfo *v = findVariant(currentVariantId());
    if (!v)
        return;
    const ParseResult parsed = parseQueueList(m_ui->queueEdit->text(), v->naturalKind);
    if (!parsed.queue) {
        m_ui->queueErrorText->setText(parsed.error);
        return;
    }
    m_ui->queueErrorText->clear();
    RunRequest request{v->id, *parsed.queue, m_unitSpin->value()};
    request.queue.tasks = m_ui->tasksSpin->value();
    m_ui->console->clear();
    m_ui->progressBar->setRange(0, int(request.queue.items.size()));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setFormat(tr("%v of %m items"));
    if (m_engine.start(request))
        setRunning(true);
}

void MainWindow::onFinished(const Trace &trace)
{
    setRunning(false);
    statusBar()->showMessage(trace.cancelled()
                                 ? tr("Stopped after %1 s").arg(trace.totalMs() / 1000.0, 0, 'f', 2)
                                 : tr("%1 finished in %2 s (ideal %3 s)")
                                       .arg(trace.variantId())
                                       .arg(trace.totalMs() / 1000.0, 0, 'f', 2)
                                       .arg(trace.idealMs() / 1000.0, 0, 'f', 2));
}

void MainWindow::setRunning(bool running)
{
    m_ui->actionRun->setEnabled(!running);
    m_ui->actionStop->setEnabled(running);
    m_ui->variantList->setEnabled(!running);
}

} // namespace TaskLanes
