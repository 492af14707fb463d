#include "registry.h"

namespace TaskLanes {

namespace Models {
// Each defined in its own file of this folder.
extern const Model syncModel, cooperativeModel, cooperativeBlockingModel, asyncModel, syncHttpModel,
    asyncHttpModel, threadsModel, processesModel, threadsGilModel;
} // namespace Models

const QList<const Model *> &models()
{
    static const QList<const Model *> all{
        &Models::syncModel,    &Models::cooperativeModel, &Models::cooperativeBlockingModel,
        &Models::asyncModel,   &Models::syncHttpModel,    &Models::asyncHttpModel,
        &Models::threadsModel, &Models::processesModel,   &Models::threadsGilModel,
    };
    return all;
}

const Model *findModel(QStringView id)
{
    for (const Model *m : models()) {
        if (m->id == id)
            return m;
    }
    return nullptr;
}

} // namespace TaskLanes
