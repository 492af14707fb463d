#include "runnote.h"

#include <QCoreApplication>

namespace TaskLanes {

namespace {
// %1..%9 replaced in one pass, so that an argument holding "%2" (a URL) stays as it is.
QString filled(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size() + 16 * args.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'%' && i + 1 < text.size() && text[i + 1] >= u'1' && text[i + 1] <= u'9') {
            const qsizetype n = text[i + 1].unicode() - u'1';
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}
} // namespace

QString RunNote::english() const
{
    return filled(QString::fromUtf8(text), args);
}

QString RunNote::translated() const
{
    return filled(QCoreApplication::translate("Note", text), args);
}

QString unitsText(qint64 ns, int unitMs)
{
    return QString::number(double(ns) / (double(unitMs) * 1e6), 'f', 1);
}

QString msText(double ms)
{
    return QString::number(ms, 'f', 1);
}

} // namespace TaskLanes
