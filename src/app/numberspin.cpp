#include "numberspin.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace TaskLanes {

QString NumberSpin::bare(const QString &text) const
{
    QString t = text;
    if (!prefix().isEmpty() && t.startsWith(prefix()))
        t.remove(0, prefix().size());
    if (!suffix().isEmpty() && t.endsWith(suffix()))
        t.chop(suffix().size());
    return t.trimmed();
}

void NumberSpin::say(const QString &typed) const
{
    QLocale shown = locale(); // as the box writes its numbers: no group separators
    shown.setNumberOptions(QLocale::OmitGroupSeparator);
    const QString message =
        tr("%1 is not between %2 and %3; it stays %4")
            .arg(typed)
            .arg(shown.toString(minimum()), shown.toString(maximum()), shown.toString(value()));
    // (validate() is const and runs inside the line edit's own handling of the key.)
    auto *self = const_cast<NumberSpin *>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { Q_EMIT self->refused(message); }, Qt::QueuedConnection);
}

QValidator::State NumberSpin::validate(QString &text, int &pos) const
{
    const QValidator::State state = QSpinBox::validate(text, pos);
    if (state == QValidator::Invalid && hasFocus()) {
        const QString typed = bare(text);
        bool number = false;
        locale().toLongLong(typed, &number);
        if (number) // a digit too many, not a letter typed by mistake
            say(typed);
    }
    return state;
}

void NumberSpin::sayIfIntermediate()
{
    QString text = lineEdit()->text();
    int pos = 0;
    if (QSpinBox::validate(text, pos) == QValidator::Intermediate && !bare(text).isEmpty())
        say(bare(text));
}

void NumberSpin::focusOutEvent(QFocusEvent *event)
{
    sayIfIntermediate();
    QSpinBox::focusOutEvent(event);
}

void NumberSpin::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        sayIfIntermediate();
    QSpinBox::keyPressEvent(event);
}

} // namespace TaskLanes
