#include "queueeditor.h"

#include "numberspin.h"
#include "ui_queueeditor.h"

#include "noticebar.h"

#include "planning/presets.h"

#include <QItemSelectionModel>
#include <QShortcut>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

enum CommandId
{
    TasksCommandId = 1
};

class InsertCommand : public QUndoCommand
{
public:
    InsertCommand(WorkQueueModel *model, int row, QList<WorkItem> items, const QString &text)
        : QUndoCommand(text), m_model(model), m_row(row), m_items(std::move(items))
    {}
    void redo() override { m_model->insertItems(m_row, m_items); }
    void undo() override { m_model->takeItems(m_row, int(m_items.size())); }

private:
    WorkQueueModel *m_model;
    int m_row;
    QList<WorkItem> m_items;
};

class RemoveCommand : public QUndoCommand
{
public:
    RemoveCommand(WorkQueueModel *model, QList<int> rows, const QString &text)
        : QUndoCommand(text), m_model(model), m_rows(std::move(rows))
    {
        std::sort(m_rows.begin(), m_rows.end());
    }
    void redo() override
    {
        m_items.clear();
        for (int row : std::as_const(m_rows))
            m_items.append(m_model->item(row));
        for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it)
            m_model->takeItems(*it, 1);
    }
    void undo() override
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_model->insertItems(m_rows[i], {m_items[i]});
    }

private:
    WorkQueueModel *m_model;
    QList<int> m_rows;
    QList<WorkItem> m_items;
};

class ReplaceCommand : public QUndoCommand
{
public:
    ReplaceCommand(WorkQueueModel *model, int row, const WorkItem &after)
        : QUndoCommand(QCoreApplication::translate("QueueEditor", "Edit item %1").arg(row + 1)),
          m_model(model), m_row(row), m_before(model->item(row)), m_after(after)
    {}
    void redo() override { m_model->replaceItem(m_row, m_after); }
    void undo() override { m_model->replaceItem(m_row, m_before); }

private:
    WorkQueueModel *m_model;
    int m_row;
    WorkItem m_before;
    WorkItem m_after;
};

// Reorders and whole-queue replacements keep the queue before and after.
class SnapshotCommand : public QUndoCommand
{
public:
    using Apply = std::function<QList<int>(WorkQueueModel *)>;
    SnapshotCommand(WorkQueueModel *model, Apply apply, const QString &text,
                    std::function<void(const QList<int> &)> placed = {})
        : QUndoCommand(text), m_model(model), m_apply(std::move(apply)),
          m_placed(std::move(placed)), m_before(model->items())
    {}
    void redo() override
    {
        const QList<int> rows = m_apply(m_model);
        if (m_placed)
            m_placed(rows);
    }
    void undo() override { m_model->setItems(m_before); }

private:
    WorkQueueModel *m_model;
    Apply m_apply;
    std::function<void(const QList<int> &)> m_placed;
    QList<WorkItem> m_before;
};

} // namespace

class TasksCommand : public QUndoCommand
{
public:
    TasksCommand(QueueEditor *editor, int before, int after)
        : QUndoCommand(QCoreApplication::translate("QueueEditor", "Set tasks to %1").arg(after)),
          m_editor(editor), m_before(before), m_after(after)
    {}
    int id() const override { return TasksCommandId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != id())
            return false;
        m_after = static_cast<const TasksCommand *>(other)->m_after;
        setText(QCoreApplication::translate("QueueEditor", "Set tasks to %1").arg(m_after));
        return true;
    }
    void redo() override { set(m_after); }
    void undo() override { set(m_before); }

private:
    void set(int tasks)
    {
        m_editor->m_tasks = tasks;
        m_editor->m_settingTasks = true;
        m_editor->m_ui->tasksSpin->setValue(tasks);
        m_editor->m_settingTasks = false;
        Q_EMIT m_editor->queueChanged();
    }
    QueueEditor *m_editor;
    int m_before;
    int m_after;
};

QueueEditor::QueueEditor(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_ui(new Ui::QueueEditor), m_model(new WorkQueueModel(this)),
      m_undo(undoStack)
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->table->setDropIndicatorShown(true);

    for (WorkKind kind : {WorkKind::Count, WorkKind::Sleep, WorkKind::Compute, WorkKind::Fetch})
        m_ui->kindCombo->addItem(kindLabel(kind), int(kind));
    m_ui->kindCombo->setCurrentIndex(1);
    m_ui->presetCombo->addItem(tr("Choose a preset…"));
    for (const Preset &p : presets())
        m_ui->presetCombo->addItem(p.translatedName());

    m_model->setEditHandler([this](const WorkQueueModel::Edit &edit) {
        if (edit.type == WorkQueueModel::Edit::Replace) {
            m_undo->push(new ReplaceCommand(m_model, edit.row, edit.item));
            return;
        }
        const QList<int> rows = edit.rows;
        const int destination = edit.destination;
        m_undo->push(new SnapshotCommand(
            m_model,
            [rows, destination](WorkQueueModel *m) { return m->moveItems(rows, destination); },
            tr("Move items"), [this](const QList<int> &placed) { selectRows(placed); }));
    });

    connect(m_ui->tasksSpin, &NumberSpin::refused, this, [this](const QString &why) {
        showFormMessage(m_ui->messageLabel, tr("Tasks: %1").arg(why), true);
    });
    // A cell typed wrong keeps its value, and says why where the form's messages go.
    connect(m_model, &WorkQueueModel::editRefused, this, [this](int row, const QString &why) {
        showFormMessage(m_ui->messageLabel, tr("Row %1 keeps its value: %2").arg(row + 1).arg(why),
                        true);
    });
    connect(m_ui->valueEdit, &QLineEdit::textChanged, this, &QueueEditor::validateForm);
    connect(m_ui->valueEdit, &QLineEdit::returnPressed, this, &QueueEditor::addFromForm);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &QueueEditor::onKindChanged);
    connect(m_ui->addButton, &QPushButton::clicked, this, &QueueEditor::addFromForm);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &QueueEditor::applyToSelection);
    connect(m_ui->duplicateButton, &QToolButton::clicked, this, &QueueEditor::duplicateSelection);
    connect(m_ui->removeButton, &QToolButton::clicked, this, &QueueEditor::removeSelection);
    connect(m_ui->upButton, &QToolButton::clicked, this, [this] { moveSelection(-1); });
    connect(m_ui->downButton, &QToolButton::clicked, this, [this] { moveSelection(+1); });
    auto *del = new QShortcut(QKeySequence::Delete, m_ui->table);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &QueueEditor::removeSelection);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueueEditor::loadSelectionIntoForm);
    connect(m_ui->presetCombo, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        m_ui->presetCombo->setCurrentIndex(0);
        if (index - 1 >= presets().size())
            return;
        const Preset &p = presets().at(index - 1);
        const Result<WorkQueue> queue = p.resolve();
        if (!queue) {
            m_ui->messageLabel->setText(queue.error());
            return;
        }
        setQueue(*queue, tr("Preset: %1").arg(p.translatedName()));
    });
    connect(m_ui->tasksSpin, &QSpinBox::valueChanged, this, [this](int tasks) {
        if (m_settingTasks || tasks == m_tasks)
            return;
        m_undo->push(new TasksCommand(this, m_tasks, tasks));
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, [this] { Q_EMIT queueChanged(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { Q_EMIT queueChanged(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { Q_EMIT queueChanged(); });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] { Q_EMIT queueChanged(); });
    connect(this, &QueueEditor::queueChanged, this, &QueueEditor::updateSummary);
    onKindChanged();
    updateSummary();
}

QueueEditor::~QueueEditor() = default;

WorkQueue QueueEditor::queue() const
{
    return {m_model->items(), m_tasks};
}

void QueueEditor::setQueue(const WorkQueue &queue, const QString &description)
{
    m_undo->beginMacro(description);
    const QList<WorkItem> items = queue.items;
    m_undo->push(new SnapshotCommand(
        m_model,
        [items](WorkQueueModel *m) {
            m->setItems(items);
            return QList<int>{};
        },
        description));
    if (queue.tasks != m_tasks)
        m_undo->push(new TasksCommand(this, m_tasks, queue.tasks));
    m_undo->endMacro();
    followNewQueue();
}

void QueueEditor::followNewQueue()
{
    // A new queue is seen from its first row, and the form offers the kind it holds
    // (issue 11: a new item was "sleep" beside a queue of counts).
    m_ui->table->scrollToTop();
    const QList<WorkItem> &items = m_model->items();
    if (!items.isEmpty())
        m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(items.last().kind)));
}

void QueueEditor::restoreQueue(const WorkQueue &queue)
{
    m_model->setItems(queue.items);
    m_tasks = queue.tasks;
    m_settingTasks = true;
    m_ui->tasksSpin->setValue(queue.tasks);
    m_settingTasks = false;
    followNewQueue();
    Q_EMIT queueChanged();
}

QString QueueEditor::message() const
{
    return m_ui->messageLabel->text();
}

QList<int> QueueEditor::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_ui->table->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

Result<WorkItem> QueueEditor::formItem() const
{
    const auto kind = WorkKind(m_ui->kindCombo->currentData().toInt());
    return WorkQueueModel::parseValue(kind, m_ui->valueEdit->text());
}

void QueueEditor::onKindChanged()
{
    const auto kind = WorkKind(m_ui->kindCombo->currentData().toInt());
    m_ui->valueEdit->setPlaceholderText(
        kind == WorkKind::Fetch ? tr("http://127.0.0.1:8080/delay/300")
                                : tr("whole number of units, 0 to %1").arg(Limits::maxUnits));
    validateForm();
}

void QueueEditor::validateForm()
{
    const bool empty = m_ui->valueEdit->text().trimmed().isEmpty();
    const Result<WorkItem> item = formItem();
    const bool valid = item.ok();
    m_ui->addButton->setEnabled(valid);
    m_ui->applyButton->setEnabled(valid && selectedRows().size() == 1);
    if (valid || empty)
        showFormMessage(m_ui->messageLabel,
                        empty ? tr("Type a value, then Add (Enter).") : QString(), false);
    else
        showFormMessage(m_ui->messageLabel, item.error(), true);
}

void QueueEditor::addFromForm()
{
    const Result<WorkItem> item = formItem();
    if (!item) {
        validateForm(); // says why; what was typed stays in the field
        return;
    }
    const QList<int> rows = selectedRows();
    const int at = rows.isEmpty() ? m_model->rowCount() : rows.last() + 1;
    m_undo->push(new InsertCommand(m_model, at, {*item}, tr("Add item")));
    selectRows({at});
    m_ui->table->scrollTo(m_model->index(at, 0));
    m_ui->valueEdit->selectAll();
    m_ui->valueEdit->setFocus();
}

void QueueEditor::applyToSelection()
{
    const QList<int> rows = selectedRows();
    const Result<WorkItem> item = formItem();
    if (rows.size() != 1 || !item)
        return;
    if (m_model->item(rows.first()) != *item)
        m_undo->push(new ReplaceCommand(m_model, rows.first(), *item));
}

void QueueEditor::duplicateSelection()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QList<WorkItem> copies;
    for (int r : rows)
        copies.append(m_model->item(r));
    const int at = rows.last() + 1;
    m_undo->push(new InsertCommand(m_model, at, copies, tr("Duplicate items")));
    QList<int> placed;
    for (int i = 0; i < copies.size(); ++i)
        placed.append(at + i);
    selectRows(placed);
}

void QueueEditor::removeSelection()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    m_undo->push(new RemoveCommand(m_model, rows, tr("Remove items")));
    if (m_model->rowCount() > 0)
        selectRows({std::min(rows.first(), m_model->rowCount() - 1)});
}

void QueueEditor::moveSelection(int direction)
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const int destination = direction < 0 ? rows.first() - 1 : rows.last() + 2;
    if (destination < 0 || destination > m_model->rowCount())
        return;
    m_undo->push(new SnapshotCommand(
        m_model, [rows, destination](WorkQueueModel *m) { return m->moveItems(rows, destination); },
        direction < 0 ? tr("Move up") : tr("Move down"),
        [this](const QList<int> &placed) { selectRows(placed); }));
}

void QueueEditor::updateButtons()
{
    const QList<int> rows = selectedRows();
    m_ui->duplicateButton->setEnabled(!rows.isEmpty());
    m_ui->removeButton->setEnabled(!rows.isEmpty());
    m_ui->upButton->setEnabled(!rows.isEmpty() && rows.first() > 0);
    m_ui->downButton->setEnabled(!rows.isEmpty() && rows.last() < m_model->rowCount() - 1);
    validateForm();
}

void QueueEditor::loadSelectionIntoForm()
{
    const QList<int> rows = selectedRows();
    updateButtons();
    if (rows.size() == 1) {
        const WorkItem &item = m_model->item(rows.first());
        m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(item.kind)));
        m_ui->valueEdit->setText(item.valueText());
    }
    validateForm();
}

void QueueEditor::selectRows(const QList<int> &rows)
{
    QItemSelection selection;
    for (int r : rows) {
        if (r >= 0 && r < m_model->rowCount())
            selection.select(m_model->index(r, 0),
                             m_model->index(r, WorkQueueModel::ColumnCount - 1));
    }
    m_ui->table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty())
        m_ui->table->selectionModel()->setCurrentIndex(m_model->index(rows.first(), 0),
                                                       QItemSelectionModel::NoUpdate);
}

void QueueEditor::updateSummary()
{
    qint64 units = 0;
    int urls = 0;
    for (const WorkItem &item : m_model->items()) {
        if (item.isNumeric())
            units += item.units;
        else
            ++urls;
    }
    const int count = m_model->rowCount();
    QString text = tr("%n item(s)", nullptr, count);
    if (units > 0 || urls == 0)
        text += tr(", %n unit(s) in all", nullptr, int(std::min<qint64>(units, INT_MAX)));
    if (urls > 0)
        text += tr(", %n URL(s)", nullptr, urls);
    m_ui->summaryLabel->setText(text);
    updateButtons();
}

} // namespace TaskLanes
