#pragma once

#include "domain/workqueue.h"

#include <QAbstractTableModel>

#include <functional>

namespace TaskLanes {

// The work queue as a table (kind, value) for the queue forms. Views edit it through
// setData and drag-and-drop; when an edit handler is installed (the app's undo stack)
// those edits are handed to it instead of being applied here, so that every change a
// user makes can be undone.
class WorkQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        ValueColumn,
        ColumnCount
    };

    struct Edit
    {
        enum Type
        {
            Replace,
            Move
        } type = Replace;
        int row = 0;
        WorkItem item;       // Replace: the new item
        QList<int> rows;     // Move: the rows to move, in order
        int destination = 0; // Move: the row they go before (in the current numbering)
    };
    using EditHandler = std::function<void(const Edit &)>;

    explicit WorkQueueModel(QObject *parent = nullptr);

    const QList<WorkItem> &items() const { return m_items; }
    const WorkItem &item(int row) const { return m_items.at(row); }
    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }

    // Direct changes (what undo commands call).
    void setItems(const QList<WorkItem> &items);
    void insertItems(int row, const QList<WorkItem> &items);
    QList<WorkItem> takeItems(int row, int count);
    void replaceItem(int row, const WorkItem &item);
    // Moves the given rows (any order) so that they stand together, in ascending order,
    // before what was row destination. Returns the rows they occupy afterwards.
    QList<int> moveItems(QList<int> rows, int destination);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Parses what a user typed as the value of an item of this kind; the error says why
    // it is refused.
    static Result<WorkItem> parseValue(WorkKind kind, const QString &text);

Q_SIGNALS:
    // A cell edit was refused (the cell keeps its value); why says what was wrong.
    void editRefused(int row, const QString &why);

private:
    void apply(const Edit &edit);

    QList<WorkItem> m_items;
    EditHandler m_editHandler;
};

} // namespace TaskLanes
