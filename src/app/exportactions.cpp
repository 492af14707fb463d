#include "exportactions.h"

#include "charts.h"
#include "compareview.h"
#include "exportdialog.h"
#include "exporter.h"
#include "ganttrenderer.h"
#include "ganttview.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace TaskLanes {

ExportActions::ExportActions(QWidget *window, GanttView *gantt, ChartsPanel *charts,
                             CompareView *compare, std::function<QList<Trace>()> runs,
                             std::function<bool()> showIdeal)
    : QObject(window), m_window(window), m_gantt(gantt), m_charts(charts), m_compare(compare),
      m_runs(std::move(runs)), m_showIdeal(std::move(showIdeal))
{}

void ExportActions::exportImage(What what)
{
    const QList<Trace> runs = m_runs();
    if (runs.isEmpty() && what != Timeline) {
        Q_EMIT status(tr("Run a variant first: there is no chart to export yet."));
        return;
    }
    const LiveTrace &timeline = m_gantt->trace();
    if (timeline.lanes() == 0 && what == Timeline) {
        Q_EMIT status(tr("Run a variant first: there is no timeline to export yet."));
        return;
    }
    QSettings settings;
    const QString dir = settings.value(u"lastDir"_s, QDir::homePath()).toString();
    const QString variant = runs.isEmpty() ? timeline.variant() : runs.last().variantId();
    const QString names[] = {u"timeline"_s, u"elapsed"_s, u"totals"_s, u"comparison"_s};
    const QString titles[] = {tr("Export Timeline"), tr("Export Elapsed-Time Chart"),
                              tr("Export Totals Chart"), tr("Export Comparison")};
    const QSize sizes[] = {
        QSize(1600, timelineExportHeight(timeline)), QSize(1000, 600), QSize(800, 600),
        QSize(1600, std::min(CompareView::stackHeight(m_compare->traces()), 20000))};
    ExportDialog dialog(titles[what], dir + u'/' + variant + u'-' + names[what] + u".png"_s,
                        sizes[what], m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(u"lastDir"_s, QFileInfo(dialog.path()).absolutePath());
    Status written;
    switch (what) {
    case Timeline:
        written = exportTimeline(timeline, dialog.path(), dialog.imageSize(), dialog.scale(),
                                 m_gantt->showIdeal());
        break;
    case ElapsedChart:
        written = exportChart(m_charts->elapsedChart(), dialog.path(), dialog.imageSize(),
                              dialog.scale());
        break;
    case TotalsChart:
        written =
            exportChart(m_charts->totalsChart(), dialog.path(), dialog.imageSize(), dialog.scale());
        break;
    case Comparison:
        written = exportComparison(runs, dialog.path(), dialog.imageSize(), dialog.scale(),
                                   m_showIdeal());
        break;
    }
    if (!written)
        QMessageBox::warning(m_window, titles[what], written.error());
    else
        Q_EMIT status(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.path())));
}

} // namespace TaskLanes
