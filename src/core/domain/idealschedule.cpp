#include "idealschedule.h"

#include "demopages.h"

#include <QThread>
#include <QUrl>

#include <algorithm>

namespace TaskLanes {

int idealCores()
{
    return std::max(1, QThread::idealThreadCount());
}

QList<double> idealDurations(const QList<WorkItem> &items, int unitMs,
                             const QList<double> &measuredUnits)
{
    QList<double> d;
    d.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const WorkItem &item = items[i];
        if (item.isNumeric()) {
            d.append(double(item.units));
            continue;
        }
        const double promised = DemoPages::promisedDelayMs(QUrl(item.url), unitMs);
        if (promised >= 0)
            d.append(promised / unitMs);
        else
            d.append(i < measuredUnits.size() ? std::max(0.0, measuredUnits[i]) : 0.0);
    }
    return d;
}

} // namespace TaskLanes
