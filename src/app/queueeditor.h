#pragma once

#include "presentation/workqueuemodel.h"

#include <QWidget>

#include <memory>

class QUndoStack;
namespace Ui {
class QueueEditor;
}

namespace TaskLanes {

// The work-queue forms: a table of items, a form to add or edit one (validated as the
// user types), row buttons, presets and the number of tasks. Every change goes through
// the undo stack.
class QueueEditor : public QWidget
{
    Q_OBJECT
public:
    QueueEditor(QUndoStack *undoStack, QWidget *parent = nullptr);
    ~QueueEditor() override;

    WorkQueue queue() const;
    // Replaces the whole queue as one undoable step (presets, import).
    void setQueue(const WorkQueue &queue, const QString &description);
    // Replaces it without an undo step (start-up restore).
    void restoreQueue(const WorkQueue &queue);

    WorkQueueModel *model() const { return m_model; }
    Ui::QueueEditor *ui() const { return m_ui.get(); }
    QString message() const;
    QList<int> selectedRows() const;

Q_SIGNALS:
    void queueChanged();

private:
    void validateForm();
    Result<WorkItem> formItem() const;
    void addFromForm();
    void applyToSelection();
    void duplicateSelection();
    void removeSelection();
    void moveSelection(int direction);
    void loadSelectionIntoForm();
    void updateButtons();
    void selectRows(const QList<int> &rows);
    void updateSummary();
    void onKindChanged();
    void followNewQueue();

    std::unique_ptr<Ui::QueueEditor> m_ui;
    WorkQueueModel *m_model = nullptr;
    QUndoStack *m_undo = nullptr;
    int m_tasks = 2;
    bool m_settingTasks = false;

    friend class TasksCommand;
};

} // namespace TaskLanes
