#include "demopages.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace TaskLanes::DemoPages {

QString pagePath(int n)
{
    return u"/page/%1"_s.arg(n);
}

double promisedDelayMs(const QUrl &url, int unitMs)
{
    const QString host = url.host();
    if (host != "127.0.0.1"_L1 && host != "localhost"_L1)
        return -1;
    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return -1;
    bool ok = false;
    const qint64 n = parts[1].toLongLong(&ok);
    if (!ok)
        return -1;
    if (parts[0] == "delay"_L1 && n >= 0 && n <= maxDelayMs)
        return double(n);
    if (parts[0] == "page"_L1 && n >= 1 && n <= qint64(pageUnits.size()))
        return pageUnits[size_t(n - 1)] * unitMs;
    return -1;
}

} // namespace TaskLanes::DemoPages
