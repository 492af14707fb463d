#pragma once

#include <QString>

class QBoxLayout;
class QFrame;
class QLabel;
class QWidget;

namespace TaskLanes {

// A framed bar with a message, put at the top of a layout (the first-run hint, the
// language's restart offer); the caller adds its buttons to the bar's layout. One bar of
// each name at a time: showing it again replaces the previous one.
QFrame *showNoticeBar(QWidget *owner, QBoxLayout *layout, const QString &name,
                      const QString &accessibleName, const QString &text);

// A form's message under its fields: red when it says what is wrong (error true), in the
// placeholder's grey when it only hints; the queue form and the export dialog both use it.
void showFormMessage(QLabel *label, const QString &text, bool error);

} // namespace TaskLanes
