#pragma once

#include <QString>

class QBoxLayout;
class QFrame;
class QWidget;

namespace TaskLanes {

// A framed bar with a message, put at the top of a layout (the first-run hint, the
// language's restart offer); the caller adds its buttons to the bar's layout. One bar of
// each name at a time: showing it again replaces the previous one.
QFrame *showNoticeBar(QWidget *owner, QBoxLayout *layout, const QString &name,
                      const QString &accessibleName, const QString &text);

} // namespace TaskLanes
