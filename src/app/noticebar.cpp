#include "noticebar.h"

#include <QBoxLayout>
#include <QFrame>
#include <QLabel>

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
    layout->insertWidget(0, frame);
    frame->show(); // a child added to a window already on screen starts hidden
    return frame;
}

} // namespace TaskLanes
