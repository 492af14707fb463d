#include "noticebar.h"

#include <QBoxLayout>
#include <QFrame>
#include <QLabel>
#include <QPalette>

namespace TaskLanes {

QFrame *showNoticeBar(QWidget *owner, QBoxLayout *layout, const QString &name,
                      const QString &accessibleName, const QString &text)
{
    delete owner->findChild<QFrame *>(name);
    auto *frame = new QFrame(owner);
    frame->setObjectName(name);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAccessibleName(accessibleName);
    auto *row = new QHBoxLayout(frame);
    auto *label = new QLabel(text, frame);
    label->setWordWrap(true);
    row->addWidget(label, 1);
    // As tall as its text, never more: the window's extra height goes to the views (issue
    // 11: a one-line hint grew to 230 pixels on a tall screen).
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true); // the wrapped text's height at the bar's width
    frame->setSizePolicy(policy);
    layout->insertWidget(0, frame, 0);
    frame->show(); // a child added to a window already on screen starts hidden
    return frame;
}

void showFormMessage(QLabel *label, const QString &text, bool error)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, error ? QColor(0xB0, 0x00, 0x20)
                                             : label->palette().color(QPalette::PlaceholderText));
    label->setPalette(pal);
    label->setText(text);
}

} // namespace TaskLanes
