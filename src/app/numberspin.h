#pragma once

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace TaskLanes {

// A spin box that says when it refuses what was typed, instead of keeping its old value
// without a word (issue 11: "5000" tasks stayed 500, a speed of 0 stayed 100): a key that
// would take the number out of its range, or a number left below the least when the box
// loses focus or Enter is pressed.
class NumberSpin : public QSpinBox
{
    Q_OBJECT
public:
    using QSpinBox::QSpinBox;

Q_SIGNALS:
    // "5000 is not between 1 and 1000; it stays 500".
    void refused(const QString &message);

protected:
    QValidator::State validate(QString &text, int &pos) const override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void sayIfIntermediate();
};

// The same for numbers with decimals (the parent's day: units of work and time).
class NumberDoubleSpin : public QDoubleSpinBox
{
    Q_OBJECT
public:
    using QDoubleSpinBox::QDoubleSpinBox;

Q_SIGNALS:
    void refused(const QString &message);

protected:
    QValidator::State validate(QString &text, int &pos) const override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void sayIfIntermediate();
};

} // namespace TaskLanes
