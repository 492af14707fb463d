#include "workqueuemodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {
const QString rowsMime = u"application/x-tasklanes-queue-rows"_s;
}

WorkQueueModel::WorkQueueModel(QObject *parent) : QAbstractTableModel(parent) {}

void WorkQueueModel::setItems(const QList<WorkItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void WorkQueueModel::insertItems(int row, const QList<WorkItem> &items)
{
    if (items.isEmpty())
        return;
    row = std::clamp(row, 0, int(m_items.size()));
    beginInsertRows({}, row, row + int(items.size()) - 1);
    for (qsizetype i = 0; i < items.size(); ++i)
        m_items.insert(row + i, items[i]);
    endInsertRows();
}

QList<WorkItem> WorkQueueModel::takeItems(int row, int count)
{
    if (count <= 0 || row < 0 || row + count > m_items.size())
        return {};
    beginRemoveRows({}, row, row + count - 1);
    const QList<WorkItem> taken = m_items.mid(row, count);
    m_items.remove(row, count);
    endRemoveRows();
    return taken;
}

void WorkQueueModel::replaceItem(int row, const WorkItem &item)
{
    if (row < 0 || row >= m_items.size())
        return;
    m_items[row] = item;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QList<int> WorkQueueModel::moveItems(QList<int> rows, int destination)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [this](int r) { return r < 0 || r >= m_items.size(); }),
               rows.end());
    destination = std::clamp(destination, 0, int(m_items.size()));
    if (rows.isEmpty())
        return {};
    // Take the rows out from the bottom up, then put them back as one block.
    QList<WorkItem> moving;
    int before = 0; // how many moved rows were above the destination
    for (int r : rows) {
        moving.append(m_items.at(r));
        before += r < destination;
    }
    QList<WorkItem> rest;
    rest.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i) {
        if (!std::binary_search(rows.begin(), rows.end(), i))
            rest.append(m_items.at(i));
    }
    const int insertAt = destination - before;
    QList<WorkItem> result = rest.mid(0, insertAt);
    result += moving;
    result += rest.mid(insertAt);
    QList<int> placed;
    for (int i = 0; i < moving.size(); ++i)
        placed.append(insertAt + i);
    if (result == m_items)
        return placed;
    // A reorder keeps the row count: tell views the layout changed, with persistent
    // indexes following their items.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> newRowOf(m_items.size());
    int restIndex = 0;
    int moveIndex = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        if (std::binary_search(rows.begin(), rows.end(), i))
            newRowOf[i] = insertAt + moveIndex++;
        else
            newRowOf[i] = restIndex < insertAt ? restIndex++ : int(moving.size()) + restIndex++;
    }
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList to;
    to.reserve(persistent.size());
    for (const QModelIndex &idx : persistent)
        to.append(index(newRowOf[idx.row()], idx.column()));
    m_items = result;
    changePersistentIndexList(persistent, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    return placed;
}

int WorkQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WorkQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == KindColumn ? QVariant(kindLabel(item.kind)) : item.value();
    case Qt::EditRole:
        return index.column() == KindColumn ? QVariant(kindName(item.kind)) : item.value();
    case Qt::ToolTipRole:
        return tr("Item %1: %2 %3")
            .arg(index.row() + 1)
            .arg(kindLabel(item.kind), item.valueText());
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn && item.isNumeric()
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    default:
        return {};
    }
}

Result<WorkItem> WorkQueueModel::parseValue(WorkKind kind, const QString &text)
{
    const QString trimmed = text.trimmed();
    WorkItem item{kind, 0, {}};
    if (kind == WorkKind::Fetch) {
        item.url = trimmed;
    } else {
        bool ok = false;
        item.units = trimmed.toLongLong(&ok);
        if (!ok)
            return Error{trimmed.isEmpty()
                             ? tr("Enter a whole number of units.")
                             : tr("\"%1\" is not a whole number.").arg(shown(trimmed))};
    }
    if (const Status valid = validateItem(item); !valid)
        return Error{valid.error()};
    return item;
}

bool WorkQueueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const WorkItem &current = m_items.at(index.row());
    std::optional<Result<WorkItem>> next;
    if (index.column() == KindColumn) {
        // The file's name of the kind, or the one shown in this language.
        auto kind = kindFromName(value.toString());
        for (WorkKind k : {WorkKind::Count, WorkKind::Sleep, WorkKind::Fetch, WorkKind::Compute}) {
            if (!kind && value.toString() == kindLabel(k))
                kind = k;
        }
        if (!kind) {
            QStringList kinds;
            for (WorkKind k :
                 {WorkKind::Count, WorkKind::Sleep, WorkKind::Compute, WorkKind::Fetch})
                kinds.append(kindLabel(k));
            Q_EMIT editRefused(index.row(),
                               tr("“%1” is not a kind (%2)")
                                   .arg(shown(value.toString(), 40), kinds.join(u", "_s)));
            return false;
        }
        // Keep the number when switching between numeric kinds; a URL needs typing.
        next = parseValue(*kind, current.valueText());
    } else {
        next = parseValue(current.kind, value.toString());
    }
    if (!next->ok()) {
        Q_EMIT editRefused(index.row(), next->error());
        return false;
    }
    if (**next == current)
        return true;
    apply({Edit::Replace, index.row(), **next, {}, 0});
    return true;
}

QVariant WorkQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == KindColumn ? tr("Kind") : tr("Value");
}

Qt::ItemFlags WorkQueueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QStringList WorkQueueModel::mimeTypes() const
{
    return {rowsMime};
}

QMimeData *WorkQueueModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && !rows.contains(i.row()))
            rows.append(i.row());
    }
    std::sort(rows.begin(), rows.end());
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << rows;
    auto *mime = new QMimeData;
    mime->setData(rowsMime, bytes);
    return mime;
}

bool WorkQueueModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(rowsMime);
}

bool WorkQueueModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    QList<int> rows;
    QDataStream stream(data->data(rowsMime));
    stream >> rows;
    // Dropped on an item: before it; on empty space: at the end.
    const int destination = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_items.size());
    apply({Edit::Move, 0, {}, rows, destination});
    // The move is done here; returning false stops the view from removing the source rows.
    return false;
}

void WorkQueueModel::apply(const Edit &edit)
{
    if (m_editHandler) {
        m_editHandler(edit);
        return;
    }
    if (edit.type == Edit::Replace)
        replaceItem(edit.row, edit.item);
    else
        moveItems(edit.rows, edit.destination);
}

} // namespace TaskLanes
