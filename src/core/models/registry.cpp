#include "registry.h"

namespace TaskLanes {

namespace Models {
// Each defined in its own file of this folder.
extern const Model syncModel;
extern const Model cooperativeModel;
extern const Model cooperativeBlockingModel;
extern const Model asyncModel;
extern const Model syncHttpModel;
extern const Model asyncHttpModel;
extern const Model threadsModel;
extern const Model processesModel;
extern const Model threadsGilModel;
extern const Model asyncOffloadModel;
} // namespace Models

const QList<const Model *> &models()
{
    // The order users see: "tasklanes list", the app's list of variants, Run All.
    // clang-format off
    static const QList<const Model *> all{
        &Models::syncModel,
        &Models::cooperativeModel,
        &Models::cooperativeBlockingModel,
        &Models::asyncModel,
        &Models::syncHttpModel,
        &Models::asyncHttpModel,
        &Models::threadsModel,
        &Models::processesModel,
        &Models::threadsGilModel,
        &Models::asyncOffloadModel,
    };
    // clang-format on
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
