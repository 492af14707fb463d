#pragma once

#include <QApplication>
#include <QTest>
#include <QWidget>

// The widgets Tab reaches from the one with the focus, in order, until it comes round to
// one already reached (or `most` presses); and their names, for a failure's message.
inline QList<QWidget *> tabChain(int most = 60)
{
    QList<QWidget *> reached{QApplication::focusWidget()};
    for (int i = 0; i < most; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || reached.contains(now))
            break;
        reached.append(now);
    }
    return reached;
}

inline QString chainNames(const QList<QWidget *> &chain)
{
    QStringList names;
    for (const QWidget *w : chain)
        names.append(w->objectName());
    return names.join(QLatin1Char(' '));
}
