#include "result.h"

namespace TaskLanes {

QString shown(QStringView value, qsizetype max)
{
    QString out;
    out.reserve(std::min(value.size(), max) + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (out.size() >= max) {
            out += u'…';
            break;
        }
        const QChar c = value[i];
        switch (c.unicode()) {
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f ||
                (c.unicode() >= 0x80 && c.unicode() < 0xa0) || c.category() == QChar::Other_Format)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

} // namespace TaskLanes
