#pragma once

#include "domain/model.h"

#include <QList>

namespace TaskLanes {

// Every model this build can run, in the order the app and "tasklanes list" show them.
const QList<const Model *> &models();
const Model *findModel(QStringView id);

} // namespace TaskLanes
