#include "numberspin.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace TaskLanes {

namespace {

// The number in text, without the box's prefix and suffix.
QString bare(const QString &prefix, const QString &suffix, const QString &text)
{
    QString t = text;
    if (!prefix.isEmpty() && t.startsWith(prefix))
        t.remove(0, prefix.size());
    if (!suffix.isEmpty() && t.endsWith(suffix))
        t.chop(suffix.size());
    return t.trimmed();
}

// (validate() is const and runs inside the line edit's own handling of the key: the
// signal goes out once that is done.)
template <typename Box> void say(const Box *box, const QString &message)
{
    auto *self = const_cast<Box *>(box);
    QMetaObject::invokeMethod(
        self, [self, message] { Q_EMIT self->refused(message); }, Qt::QueuedConnection);
}

QString refusal(const QString &typed, const QString &low, const QString &high, const QString &kept)
{
    return NumberSpin::tr("%1 is not between %2 and %3; it stays %4").arg(typed, low, high, kept);
}

QLocale plain(const QLocale &locale) // as a box writes its numbers: no group separators
{
    QLocale shown = locale;
    shown.setNumberOptions(QLocale::OmitGroupSeparator);
    return shown;
}

} // namespace

QValidator::State NumberSpin::validate(QString &text, int &pos) const
{
    const QValidator::State state = QSpinBox::validate(text, pos);
    if (state == QValidator::Invalid && hasFocus()) {
        const QString typed = bare(prefix(), suffix(), text);
        bool number = false;
        locale().toLongLong(typed, &number);
        if (number) { // a digit too many, not a letter typed by mistake
            const QLocale shown = plain(locale());
            say(this, refusal(typed, shown.toString(minimum()), shown.toString(maximum()),
                              shown.toString(value())));
        }
    }
    return state;
}

void NumberSpin::sayIfIntermediate()
{
    QString text = lineEdit()->text();
    int pos = 0;
    const QString typed = bare(prefix(), suffix(), text);
    if (QSpinBox::validate(text, pos) == QValidator::Intermediate && !typed.isEmpty()) {
        const QLocale shown = plain(locale());
        say(this, refusal(typed, shown.toString(minimum()), shown.toString(maximum()),
                          shown.toString(value())));
    }
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

namespace {
QString decimal(const QLocale &locale, double value, int decimals)
{
    return locale.toString(value, 'f', decimals);
}
} // namespace

QValidator::State NumberDoubleSpin::validate(QString &text, int &pos) const
{
    const QValidator::State state = QDoubleSpinBox::validate(text, pos);
    if (state == QValidator::Invalid && hasFocus()) {
        const QString typed = bare(prefix(), suffix(), text);
        bool number = false;
        locale().toDouble(typed, &number);
        if (number) {
            const QLocale shown = plain(locale());
            say(this, refusal(typed, decimal(shown, minimum(), decimals()),
                              decimal(shown, maximum(), decimals()),
                              decimal(shown, value(), decimals())));
        }
    }
    return state;
}

void NumberDoubleSpin::sayIfIntermediate()
{
    QString text = lineEdit()->text();
    int pos = 0;
    const QString typed = bare(prefix(), suffix(), text);
    if (QDoubleSpinBox::validate(text, pos) == QValidator::Intermediate && !typed.isEmpty()) {
        const QLocale shown = plain(locale());
        say(this,
            refusal(typed, decimal(shown, minimum(), decimals()),
                    decimal(shown, maximum(), decimals()), decimal(shown, value(), decimals())));
    }
}

void NumberDoubleSpin::focusOutEvent(QFocusEvent *event)
{
    sayIfIntermediate();
    QDoubleSpinBox::focusOutEvent(event);
}

void NumberDoubleSpin::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        sayIfIntermediate();
    QDoubleSpinBox::keyPressEvent(event);
}

} // namespace TaskLanes
