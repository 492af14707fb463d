#pragma once

#include <QCoreApplication>
#include <QString>

namespace TaskLanes {

// The Help › Guide text: every model with what to look for on its timeline, what the
// colours mean and which keys work where. Built from the variant registry and the
// renderer's colours, so a new variant or state shows up here without another edit.
class Guide
{
    Q_DECLARE_TR_FUNCTIONS(TaskLanes::Guide)
public:
    static QString html();
    // The parent's day: the four parents, with the figures of the tutorial's day.
    static QString parentsDay();
};

} // namespace TaskLanes
