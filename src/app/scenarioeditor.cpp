#include "scenarioeditor.h"

#include "noticebar.h"

#include "domain/workqueue.h"
#include "ui_scenarioeditor.h"

#include <QDropEvent>
#include <QLocale>
#include <QShortcut>
#include <QUndoCommand>

using namespace Qt::StringLiterals;
using namespace TaskLanes::Scenarios;

namespace TaskLanes {

namespace {

constexpr int pathRole = Qt::UserRole;

// A number typed in the user's language, or as the files write it.
std::optional<double> parseNumber(const QString &text)
{
    const QString t = text.trimmed();
    bool ok = false;
    double value = QLocale().toDouble(t, &ok);
    if (!ok)
        value = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString notANumber(const QString &field, const QString &text)
{
    return QCoreApplication::translate("ScenarioEditor", "%1: “%2” is not a number")
        .arg(field, shown(text.trimmed(), 40));
}

// A label's text without its mnemonic and colon, to name the field in a message.
QString fieldName(const QLabel *label)
{
    QString text = label->text();
    text.remove(u'&');
    if (text.endsWith(u':'))
        text.chop(1);
    return text;
}

QList<Step> readBack(const QTreeWidgetItem *parent, const Task &before)
{
    QList<Step> steps;
    for (int i = 0; i < parent->childCount(); ++i) {
        const QTreeWidgetItem *item = parent->child(i);
        const Step *original = stepAt(before, item->data(0, pathRole).value<StepPath>());
        if (!original)
            continue;
        Step step = *original;
        step.steps = step.kind == StepKind::Repeat ? readBack(item, before) : QList<Step>{};
        steps.append(std::move(step));
    }
    return steps;
}

} // namespace

void StepTree::dropEvent(QDropEvent *event)
{
    QTreeWidget::dropEvent(event);
    // The editor rebuilds the tree from the scenario: not inside the drag's own event.
    if (event->isAccepted())
        QMetaObject::invokeMethod(this, &StepTree::moved, Qt::QueuedConnection);
}

// One edit: the state before and after, each with its selection.
class ScenarioEditCommand : public QUndoCommand
{
public:
    ScenarioEditCommand(ScenarioEditor *editor, ScenarioEditor::State before,
                        ScenarioEditor::State after, const QString &text)
        : QUndoCommand(text), m_editor(editor), m_before(std::move(before)),
          m_after(std::move(after))
    {}
    void undo() override { m_editor->display(m_before); }
    void redo() override { m_editor->display(m_after); }

private:
    ScenarioEditor *m_editor;
    ScenarioEditor::State m_before;
    ScenarioEditor::State m_after;
};

ScenarioEditor::ScenarioEditor(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ScenarioEditor>())
{
    m_ui->setupUi(this);
    for (int t = 0; t <= int(ResourceType::Value); ++t)
        m_ui->resourceTypeCombo->addItem(typeName(ResourceType(t)), t);
    for (int k = 0; k <= int(StepKind::Repeat); ++k)
        m_ui->kindCombo->addItem(stepName(StepKind(k)), k);
    m_ui->resourceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->resourceTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->stepTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->stepTree->setDragEnabled(true);
    m_ui->stepTree->setAcceptDrops(true);
    m_ui->stepTree->setDropIndicatorShown(true);
    m_ui->amountEdit->setPlaceholderText(tr("a whole number"));
    m_ui->unitsEdit->setPlaceholderText(tr("units, e.g. 1 or 0.5"));
    m_ui->urlEdit->setPlaceholderText(u"/page/1"_s);
    m_ui->timesEdit->setPlaceholderText(tr("e.g. 3"));

    connect(m_ui->titleEdit, &QLineEdit::editingFinished, this, &ScenarioEditor::titleEdited);

    connect(m_ui->resourceNameEdit, &QLineEdit::textChanged, this,
            &ScenarioEditor::validateResourceForm);
    connect(m_ui->amountEdit, &QLineEdit::textChanged, this, &ScenarioEditor::validateResourceForm);
    connect(m_ui->resourceTypeCombo, &QComboBox::currentIndexChanged, this,
            &ScenarioEditor::onTypeChanged);
    connect(m_ui->resourceTable, &QTableWidget::itemSelectionChanged, this,
            &ScenarioEditor::loadResource);
    connect(m_ui->addResourceButton, &QPushButton::clicked, this, &ScenarioEditor::addResource);
    connect(m_ui->changeResourceButton, &QPushButton::clicked, this,
            &ScenarioEditor::changeResource);
    connect(m_ui->removeResourceButton, &QPushButton::clicked, this,
            &ScenarioEditor::removeResource);
    connect(m_ui->resourceNameEdit, &QLineEdit::returnPressed, this, &ScenarioEditor::addResource);
    connect(m_ui->amountEdit, &QLineEdit::returnPressed, this, &ScenarioEditor::addResource);

    connect(m_ui->taskCombo, &QComboBox::activated, this, &ScenarioEditor::selectTask);
    connect(m_ui->newTaskButton, &QPushButton::clicked, this, &ScenarioEditor::newTask);
    connect(m_ui->removeTaskButton, &QPushButton::clicked, this, &ScenarioEditor::removeTask);
    connect(m_ui->renameTaskButton, &QPushButton::clicked, this, &ScenarioEditor::renameTask);
    connect(m_ui->taskNameEdit, &QLineEdit::returnPressed, this, &ScenarioEditor::renameTask);

    connect(m_ui->stepTree, &QTreeWidget::itemSelectionChanged, this, &ScenarioEditor::loadStep);
    connect(m_ui->stepTree, &StepTree::moved, this, &ScenarioEditor::readBackDrag);
    connect(m_ui->stepTree, &QTreeWidget::itemExpanded, this, &ScenarioEditor::fitHeights);
    connect(m_ui->stepTree, &QTreeWidget::itemCollapsed, this, &ScenarioEditor::fitHeights);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ScenarioEditor::onKindChanged);
    connect(m_ui->stepResourceCombo, &QComboBox::currentIndexChanged, this,
            &ScenarioEditor::updateStepFields);
    connect(m_ui->untilCombo, &QComboBox::currentIndexChanged, this,
            &ScenarioEditor::updateStepFields);
    for (QLineEdit *edit :
         {m_ui->unitsEdit, m_ui->valueEdit, m_ui->urlEdit, m_ui->timesEdit, m_ui->atLeastEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ScenarioEditor::validateStepForm);
        connect(edit, &QLineEdit::returnPressed, this, [this] { addStep(false); });
    }
    connect(m_ui->addStepButton, &QPushButton::clicked, this, [this] { addStep(false); });
    connect(m_ui->addInsideButton, &QPushButton::clicked, this, [this] { addStep(true); });
    connect(m_ui->applyStepButton, &QPushButton::clicked, this, &ScenarioEditor::applyStep);
    connect(m_ui->duplicateStepButton, &QToolButton::clicked, this, &ScenarioEditor::duplicateStep);
    connect(m_ui->removeStepButton, &QToolButton::clicked, this, &ScenarioEditor::removeStep);
    connect(m_ui->upStepButton, &QToolButton::clicked, this, [this] { moveStep(-1); });
    connect(m_ui->downStepButton, &QToolButton::clicked, this, [this] { moveStep(+1); });
    auto *remove = new QShortcut(QKeySequence::Delete, m_ui->stepTree);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ScenarioEditor::removeStep);

    // The forms scroll: a wheel turned over a combo box scrolls them, as over anything else,
    // rather than change the step or the type under the pointer.
    for (QComboBox *combo : findChildren<QComboBox *>()) {
        combo->setFocusPolicy(Qt::StrongFocus);
        combo->installEventFilter(this);
    }

    Scenario blank;
    blank.tasks.append(Task{tr("Task %1").arg(1), {}});
    display(State{blank, 0, {}, -1});
    onTypeChanged();
    onKindChanged();
}

ScenarioEditor::~ScenarioEditor()
{
    // The forms' widgets are destroyed after this object has stopped being an editor, and a
    // list emptied as it goes says its selection changed: that must not call back in here.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

bool ScenarioEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && !static_cast<QWidget *>(watched)->hasFocus()) {
        event->ignore(); // on to the scroll area
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ScenarioEditor::setScenario(const Scenario &scenario, const QString &description)
{
    commit(State{scenario, 0, {}, -1}, description);
}

void ScenarioEditor::restoreScenario(const Scenario &scenario)
{
    display(State{scenario, 0, {}, -1});
}

ScenarioEditor::State ScenarioEditor::current() const
{
    State state = m_state;
    state.step = currentStep();
    state.resource = m_ui->resourceTable->currentRow();
    if (m_ui->resourceTable->selectedItems().isEmpty())
        state.resource = -1;
    return state;
}

void ScenarioEditor::commit(State after, const QString &text)
{
    if (after.scenario == m_state.scenario && after.task == m_state.task)
        return;
    m_undo.push(new ScenarioEditCommand(this, current(), std::move(after), text));
}

void ScenarioEditor::display(const State &state)
{
    const bool changed = !(state.scenario == m_state.scenario);
    m_state = state;
    m_state.task = std::clamp(state.task, 0, std::max(0, int(state.scenario.tasks.size()) - 1));
    m_filling = true;
    if (m_ui->titleEdit->text() != m_state.scenario.title)
        m_ui->titleEdit->setText(m_state.scenario.title);
    fillResources();
    fillTasks();
    fillSteps();
    fillStepResources();
    fitHeights();
    m_filling = false;
    selectResource(state.resource);
    selectStep(state.step);
    validateResourceForm();
    validateStepForm();
    updateScenarioMessage();
    if (changed)
        Q_EMIT scenarioChanged();
}

void ScenarioEditor::fitHeights()
{
    // The table and the list as tall as what they hold, within bounds, so that on a
    // laptop's screen the step form stays in view for a scenario of a few steps; a
    // longer one scrolls inside the list.
    const int row = m_ui->resourceTable->verticalHeader()->defaultSectionSize();
    const int frame = 2 * m_ui->resourceTable->frameWidth();
    const int rows = std::clamp(m_ui->resourceTable->rowCount(), 2, 5);
    m_ui->resourceTable->setFixedHeight(
        m_ui->resourceTable->horizontalHeader()->sizeHint().height() + rows * row + frame);
    int shown = 0;
    for (QTreeWidgetItemIterator it(m_ui->stepTree); *it; ++it) {
        const QTreeWidgetItem *parent = (*it)->parent();
        bool visible = true;
        for (; parent; parent = parent->parent())
            visible = visible && parent->isExpanded();
        shown += visible ? 1 : 0;
    }
    const int line =
        std::max(m_ui->stepTree->fontMetrics().height() + 4, m_ui->stepTree->sizeHintForRow(0));
    m_ui->stepTree->setFixedHeight(std::clamp(shown + 1, 5, 12) * line + frame);
}

void ScenarioEditor::fillResources()
{
    QTableWidget *table = m_ui->resourceTable;
    table->setRowCount(int(m_state.scenario.resources.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const Resource &r = m_state.scenario.resources.at(row);
        const QStringList cells{r.name, typeName(r.type), amountText(r)};
        for (int column = 0; column < 3; ++column) {
            auto *cell = table->item(row, column);
            if (!cell)
                table->setItem(row, column, cell = new QTableWidgetItem);
            cell->setText(cells.at(column));
        }
    }
}

void ScenarioEditor::fillTasks()
{
    m_ui->taskCombo->clear();
    for (const Task &task : m_state.scenario.tasks)
        m_ui->taskCombo->addItem(task.name);
    m_ui->taskCombo->setCurrentIndex(m_state.task);
    m_ui->taskNameEdit->setText(m_state.scenario.tasks.isEmpty()
                                    ? QString()
                                    : m_state.scenario.tasks.at(m_state.task).name);
    m_ui->removeTaskButton->setEnabled(m_state.scenario.tasks.size() > 1);
}

void ScenarioEditor::fillSteps()
{
    QTreeWidget *tree = m_ui->stepTree;
    // Folded repeats stay folded when the list is filled again (each item knows its path).
    QSet<StepPath> folded;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->childCount() > 0 && !(*it)->isExpanded())
            folded.insert((*it)->data(0, pathRole).value<StepPath>());
    tree->clear();
    if (m_state.scenario.tasks.isEmpty())
        return;
    const auto add = [&](auto &&self, QTreeWidgetItem *parent, const QList<Step> &steps,
                         const StepPath &prefix) -> void {
        for (int i = 0; i < steps.size(); ++i) {
            const Step &step = steps.at(i);
            StepPath path = prefix;
            path.append(i);
            auto *item = new QTreeWidgetItem;
            item->setText(0, stepLabel(m_state.scenario, step));
            item->setData(0, pathRole, QVariant::fromValue(path));
            Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
            if (step.kind == StepKind::Repeat)
                flags |= Qt::ItemIsDropEnabled;
            item->setFlags(flags);
            if (parent)
                parent->addChild(item);
            else
                m_ui->stepTree->addTopLevelItem(item);
            if (step.kind == StepKind::Repeat) {
                self(self, item, step.steps, path);
                item->setExpanded(!folded.contains(path));
            }
        }
    };
    add(add, nullptr, m_state.scenario.tasks.at(m_state.task).steps, {});
}

StepPath ScenarioEditor::currentStep() const
{
    const QList<QTreeWidgetItem *> selected = m_ui->stepTree->selectedItems();
    if (selected.isEmpty())
        return {};
    return selected.first()->data(0, pathRole).value<StepPath>();
}

void ScenarioEditor::selectTask(int task)
{
    if (task < 0 || task >= m_state.scenario.tasks.size())
        return;
    m_state.task = task;
    m_filling = true;
    fillTasks();
    fillSteps();
    fitHeights();
    m_filling = false;
    validateStepForm();
}

void ScenarioEditor::selectStep(const StepPath &path)
{
    QTreeWidget *tree = m_ui->stepTree;
    QTreeWidgetItem *found = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it && !found; ++it)
        if ((*it)->data(0, pathRole).value<StepPath>() == path)
            found = *it;
    tree->clearSelection();
    if (found) {
        tree->setCurrentItem(found);
        found->setSelected(true);
        tree->scrollToItem(found);
    }
}

void ScenarioEditor::selectResource(int row)
{
    if (row < 0 || row >= m_ui->resourceTable->rowCount()) {
        m_ui->resourceTable->clearSelection();
        return;
    }
    m_ui->resourceTable->selectRow(row);
}

void ScenarioEditor::updateScenarioMessage()
{
    const Status valid = validate(m_state.scenario);
    if (valid)
        showFormMessage(
            m_ui->scenarioMessage,
            tr("Ready to run: %n task(s)", nullptr, int(m_state.scenario.tasks.size())) + u", "_s +
                tr("%n resource(s).", nullptr, int(m_state.scenario.resources.size())),
            false);
    else
        showFormMessage(m_ui->scenarioMessage, tr("Cannot run yet: %1.").arg(valid.error()), true);
}

void ScenarioEditor::titleEdited()
{
    const QString title = m_ui->titleEdit->text().trimmed();
    if (title == m_state.scenario.title)
        return;
    if (title.size() > 200) {
        showFormMessage(m_ui->scenarioMessage, tr("The title is longer than 200 characters."),
                        true);
        return;
    }
    State after = current();
    after.scenario.title = title;
    commit(after, tr("Set the title"));
}

// --- resources ---

void ScenarioEditor::onTypeChanged()
{
    const auto type = ResourceType(m_ui->resourceTypeCombo->currentData().toInt());
    const QString label = amountLabel(type);
    const bool had = m_ui->amountEdit->isVisibleTo(this);
    m_ui->amountLabel->setText(label + u':');
    m_ui->amountLabel->setVisible(!label.isEmpty());
    m_ui->amountEdit->setVisible(!label.isEmpty());
    m_ui->amountEdit->setPlaceholderText(type == ResourceType::Value ? tr("a number, e.g. 100")
                                                                     : tr("a whole number"));
    if (!m_filling && !label.isEmpty() && (!had || m_ui->amountEdit->text().isEmpty())) {
        const qint64 guess = type == ResourceType::Semaphore ? 1
                             : type == ResourceType::Barrier
                                 ? qint64(std::max<qsizetype>(1, m_state.scenario.tasks.size()))
                                 : 0;
        m_ui->amountEdit->setText(QString::number(guess));
    }
    validateResourceForm();
}

Result<Resource> ScenarioEditor::formResource(int except) const
{
    Resource r;
    r.name = m_ui->resourceNameEdit->text();
    if (Status named = checkResourceName(m_state.scenario, r.name, except); !named)
        return Error{fieldName(m_ui->resourceNameLabel) + u": "_s + named.error()};
    r.type = ResourceType(m_ui->resourceTypeCombo->currentData().toInt());
    if (!amountLabel(r.type).isEmpty()) {
        const QString field = amountLabel(r.type);
        const std::optional<double> amount = parseNumber(m_ui->amountEdit->text());
        if (!amount)
            return Error{notANumber(field, m_ui->amountEdit->text())};
        if (Status ok = checkAmount(m_state.scenario, r.type, *amount); !ok)
            return Error{field + u": "_s + ok.error()};
        if (r.type == ResourceType::Value)
            r.initial = *amount;
        else
            r.count = qint64(*amount);
    }
    return r;
}

void ScenarioEditor::validateResourceForm()
{
    if (m_filling)
        return;
    const int row = current().resource;
    const Result<Resource> asNew = formResource(-1);
    Result<Resource> asChange = formResource(row);
    if (row >= 0 && asChange)
        if (Status retype = checkRetype(m_state.scenario, row, asChange->type); !retype)
            asChange = Error{retype.error()};
    const bool full = m_state.scenario.resources.size() >= Scenarios::Limits::maxResources;
    m_ui->addResourceButton->setEnabled(asNew.ok() && !full);
    m_ui->changeResourceButton->setEnabled(row >= 0 && asChange.ok() &&
                                           !(*asChange == m_state.scenario.resources.at(row)));
    m_ui->removeResourceButton->setEnabled(row >= 0);
    if (row >= 0) {
        if (!asChange)
            showFormMessage(m_ui->resourceMessage, asChange.error(), true);
        else if (!m_ui->changeResourceButton->isEnabled())
            showFormMessage(m_ui->resourceMessage,
                            tr("Change the selected resource's fields, or type another name to "
                               "add a new one."),
                            false);
        else
            showFormMessage(m_ui->resourceMessage, {}, false);
    } else if (m_ui->resourceNameEdit->text().isEmpty()) {
        showFormMessage(m_ui->resourceMessage,
                        tr("Name a lock, a semaphore, a queue… and add it; the steps below can "
                           "then use it."),
                        false);
    } else if (!asNew) {
        showFormMessage(m_ui->resourceMessage, asNew.error(), true);
    } else if (full) {
        showFormMessage(m_ui->resourceMessage,
                        tr("The scenario has %1 resources, as many as it can.")
                            .arg(Scenarios::Limits::maxResources),
                        true);
    } else {
        showFormMessage(m_ui->resourceMessage, {}, false);
    }
}

void ScenarioEditor::loadResource()
{
    if (m_filling)
        return;
    const int row = current().resource;
    if (row < 0) {
        validateResourceForm();
        return;
    }
    const Resource &r = m_state.scenario.resources.at(row);
    m_filling = true;
    m_ui->resourceNameEdit->setText(r.name);
    m_ui->resourceTypeCombo->setCurrentIndex(m_ui->resourceTypeCombo->findData(int(r.type)));
    m_ui->amountEdit->setText(r.type == ResourceType::Value ? localNumber(r.initial)
                                                            : QString::number(r.count));
    m_filling = false;
    onTypeChanged();
}

void ScenarioEditor::addResource()
{
    if (!m_ui->addResourceButton->isEnabled())
        return;
    const Result<Resource> r = formResource(-1);
    if (!r)
        return;
    State after = current();
    after.scenario.resources.append(*r);
    after.resource = -1; // the form is for the next one
    commit(after, tr("Add resource %1").arg(r->name));
    m_ui->resourceNameEdit->clear();
    m_ui->resourceNameEdit->setFocus();
}

void ScenarioEditor::changeResource()
{
    State after = current();
    const int row = after.resource;
    const Result<Resource> r = formResource(row);
    if (row < 0 || !r)
        return;
    if (Status retype = checkRetype(m_state.scenario, row, r->type); !retype) {
        showFormMessage(m_ui->resourceMessage, retype.error(), true);
        return;
    }
    after.scenario.resources[row] = *r;
    commit(after, tr("Change resource %1").arg(r->name));
}

void ScenarioEditor::removeResource()
{
    State after = current();
    const int row = after.resource;
    if (row < 0)
        return;
    const QString name = after.scenario.resources.at(row).name;
    if (Status removed = Scenarios::removeResource(after.scenario, row); !removed) {
        showFormMessage(m_ui->resourceMessage, removed.error(), true);
        return;
    }
    after.resource = std::min(row, int(after.scenario.resources.size()) - 1);
    commit(after, tr("Remove resource %1").arg(name));
}

// --- steps ---

void ScenarioEditor::onKindChanged()
{
    fillStepResources();
    updateStepFields();
}

void ScenarioEditor::fillStepResources()
{
    const auto kind = StepKind(m_ui->kindCombo->currentData().toInt());
    const int chosen = m_ui->stepResourceCombo->currentData().toInt();
    const bool filling = m_filling;
    m_filling = true;
    m_ui->stepResourceCombo->clear();
    m_ui->untilCombo->clear();
    m_ui->untilCombo->addItem(tr("(a plain wait)"), -1);
    for (int i = 0; i < m_state.scenario.resources.size(); ++i) {
        const Resource &r = m_state.scenario.resources.at(i);
        if (takesResource(kind) && stepFits(kind, r.type))
            m_ui->stepResourceCombo->addItem(u"%1 (%2)"_s.arg(r.name, typeName(r.type)), i);
        if (r.type == ResourceType::Value)
            m_ui->untilCombo->addItem(r.name, i);
    }
    if (const int at = m_ui->stepResourceCombo->findData(chosen); at >= 0)
        m_ui->stepResourceCombo->setCurrentIndex(at);
    m_filling = filling;
}

void ScenarioEditor::updateStepFields()
{
    const auto kind = StepKind(m_ui->kindCombo->currentData().toInt());
    const bool resource = takesResource(kind);
    const int chosen = m_ui->stepResourceCombo->currentData().toInt();
    const bool condition = kind == StepKind::Wait && resource && chosen >= 0 &&
                           chosen < m_state.scenario.resources.size() &&
                           m_state.scenario.resources.at(chosen).type == ResourceType::Condition;
    const bool until = condition && m_ui->untilCombo->currentData().toInt() >= 0;
    const bool value = kind == StepKind::Put || kind == StepKind::Write;
    const auto showRow = [](QWidget *label, QWidget *field, bool visible) {
        label->setVisible(visible);
        field->setVisible(visible);
    };
    showRow(m_ui->stepResourceLabel, m_ui->stepResourceCombo, resource);
    showRow(m_ui->unitsLabel, m_ui->unitsEdit, takesUnits(kind));
    showRow(m_ui->valueLabel, m_ui->valueEdit, value);
    showRow(m_ui->urlLabel, m_ui->urlEdit, kind == StepKind::Fetch);
    showRow(m_ui->timesLabel, m_ui->timesEdit, kind == StepKind::Repeat);
    showRow(m_ui->untilLabel, m_ui->untilCombo, condition);
    showRow(m_ui->atLeastLabel, m_ui->atLeastEdit, until);
    m_ui->valueEdit->setToolTip(kind == StepKind::Put
                                    ? tr("The item put into the queue")
                                    : tr("What the write adds to the task's copy of the value"));
    validateStepForm();
}

Result<Step> ScenarioEditor::formStep() const
{
    Step step;
    step.kind = StepKind(m_ui->kindCombo->currentData().toInt());
    const auto number = [](QLineEdit *edit, QLabel *label) -> Result<double> {
        if (const std::optional<double> n = parseNumber(edit->text()))
            return *n;
        return Error{notANumber(fieldName(label), edit->text())};
    };
    // An item, an addend, a least value: exact as a double (15 digits).
    const auto exact = [&](QLineEdit *edit, QLabel *label) -> Result<double> {
        const Result<double> n = number(edit, label);
        if (n && !(std::abs(*n) <= Scenarios::Limits::maxMagnitude))
            return Error{fieldName(label) + u": "_s +
                         tr("%1 has more than 15 digits").arg(localNumber(*n))};
        return n;
    };
    if (takesResource(step.kind)) {
        if (m_ui->stepResourceCombo->count() == 0)
            return Error{tr("%1 needs a resource it can work on: add one under Resources")
                             .arg(stepName(step.kind))};
        step.resource = m_ui->stepResourceCombo->currentData().toInt();
    }
    if (takesUnits(step.kind)) {
        const Result<double> units = number(m_ui->unitsEdit, m_ui->unitsLabel);
        if (!units)
            return Error{units.error()};
        if (!(*units >= 0 && *units <= Scenarios::Limits::maxUnits))
            return Error{fieldName(m_ui->unitsLabel) + u": "_s +
                         tr("%1 is not between 0 and %2")
                             .arg(localNumber(*units), localNumber(Scenarios::Limits::maxUnits))};
        step.units = *units;
    }
    if (step.kind == StepKind::Put || step.kind == StepKind::Write) {
        const Result<double> value = exact(m_ui->valueEdit, m_ui->valueLabel);
        if (!value)
            return Error{value.error()};
        step.value = *value;
    }
    if (step.kind == StepKind::Fetch) {
        step.url = m_ui->urlEdit->text().trimmed();
        if (Status ok = validateItem(WorkItem::fetch(step.url)); !ok)
            return Error{fieldName(m_ui->urlLabel) + u": "_s + ok.error()};
    }
    if (step.kind == StepKind::Repeat) {
        const Result<double> times = number(m_ui->timesEdit, m_ui->timesLabel);
        if (!times)
            return Error{times.error()};
        if (*times != std::floor(*times) || *times < 1 ||
            *times > double(Scenarios::Limits::maxCount))
            return Error{
                fieldName(m_ui->timesLabel) + u": "_s +
                tr("a whole number from 1 to %1 is needed").arg(Scenarios::Limits::maxCount)};
        step.times = int(*times);
    }
    if (m_ui->untilCombo->isVisibleTo(this) && m_ui->untilCombo->currentData().toInt() >= 0) {
        step.until = m_ui->untilCombo->currentData().toInt();
        const Result<double> least = exact(m_ui->atLeastEdit, m_ui->atLeastLabel);
        if (!least)
            return Error{least.error()};
        step.atLeast = *least;
    }
    return step;
}

void ScenarioEditor::validateStepForm()
{
    if (m_filling)
        return;
    const Result<Step> step = formStep();
    const StepPath path = currentStep();
    const Step *selected = m_state.scenario.tasks.isEmpty()
                               ? nullptr
                               : stepAt(m_state.scenario.tasks.at(m_state.task), path);
    const bool hasTask = !m_state.scenario.tasks.isEmpty();
    m_ui->addStepButton->setEnabled(step.ok() && hasTask);
    m_ui->addInsideButton->setEnabled(step.ok() && selected && selected->kind == StepKind::Repeat);
    m_ui->applyStepButton->setEnabled(step.ok() && selected);
    m_ui->duplicateStepButton->setEnabled(selected);
    m_ui->removeStepButton->setEnabled(selected);
    m_ui->upStepButton->setEnabled(selected && path.last() > 0);
    const qsizetype siblings =
        !selected ? 0
        : path.size() == 1
            ? m_state.scenario.tasks.at(m_state.task).steps.size()
            : stepAt(m_state.scenario.tasks.at(m_state.task), path.first(path.size() - 1))
                  ->steps.size();
    m_ui->downStepButton->setEnabled(selected && path.last() + 1 < siblings);
    if (!step)
        showFormMessage(m_ui->stepMessage, step.error(), true);
    else
        showFormMessage(
            m_ui->stepMessage,
            selected ? tr("Add it after the selected step, or apply it to that step.")
                     : tr("Add it at the end of %1's steps.")
                           .arg(hasTask ? m_state.scenario.tasks.at(m_state.task).name : QString()),
            false);
}

void ScenarioEditor::loadStep()
{
    if (m_filling || m_state.scenario.tasks.isEmpty())
        return;
    const Step *step = stepAt(m_state.scenario.tasks.at(m_state.task), currentStep());
    if (!step) {
        validateStepForm();
        return;
    }
    m_filling = true;
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(step->kind)));
    m_filling = false;
    fillStepResources();
    m_filling = true;
    if (const int at = m_ui->stepResourceCombo->findData(step->resource); at >= 0)
        m_ui->stepResourceCombo->setCurrentIndex(at);
    m_ui->untilCombo->setCurrentIndex(std::max(0, m_ui->untilCombo->findData(step->until)));
    if (takesUnits(step->kind))
        m_ui->unitsEdit->setText(localNumber(step->units));
    if (step->kind == StepKind::Put || step->kind == StepKind::Write)
        m_ui->valueEdit->setText(localNumber(step->value));
    if (step->kind == StepKind::Fetch)
        m_ui->urlEdit->setText(step->url);
    if (step->kind == StepKind::Repeat)
        m_ui->timesEdit->setText(QString::number(step->times));
    if (step->until >= 0)
        m_ui->atLeastEdit->setText(localNumber(step->atLeast));
    m_filling = false;
    updateStepFields();
}

void ScenarioEditor::addStep(bool inside)
{
    if (!(inside ? m_ui->addInsideButton : m_ui->addStepButton)->isEnabled())
        return;
    const Result<Step> step = formStep();
    if (!step)
        return;
    State after = current();
    Task &task = after.scenario.tasks[after.task];
    StepPath at = after.step;
    if (inside) {
        at.append(int(stepAt(task, at)->steps.size()));
    } else if (at.isEmpty()) {
        at = {int(task.steps.size())};
    } else {
        ++at.last();
    }
    after.step = insertStep(task, at, *step);
    commit(after, tr("Add step %1 to %2").arg(stepName(step->kind), task.name));
}

void ScenarioEditor::applyStep()
{
    Result<Step> step = formStep();
    State after = current();
    if (!step || after.step.isEmpty())
        return;
    Task &task = after.scenario.tasks[after.task];
    Step *target = stepAt(task, after.step);
    if (!target)
        return;
    if (target->kind == StepKind::Repeat && step->kind != StepKind::Repeat &&
        !target->steps.isEmpty()) {
        showFormMessage(m_ui->stepMessage,
                        tr("This repeat holds steps: move or remove them before it becomes "
                           "another step."),
                        true);
        return;
    }
    step->steps = step->kind == StepKind::Repeat ? target->steps : QList<Step>{};
    *target = *step;
    commit(after, tr("Change step %1 of %2").arg(stepName(step->kind), task.name));
}

void ScenarioEditor::duplicateStep()
{
    State after = current();
    if (after.step.isEmpty() || after.scenario.tasks.isEmpty())
        return;
    Task &task = after.scenario.tasks[after.task];
    if (!stepAt(task, after.step))
        return;
    after.step = Scenarios::duplicateStep(task, after.step);
    commit(after, tr("Duplicate a step of %1").arg(task.name));
}

void ScenarioEditor::removeStep()
{
    State after = current();
    if (after.step.isEmpty() || after.scenario.tasks.isEmpty())
        return;
    Task &task = after.scenario.tasks[after.task];
    const Step *step = stepAt(task, after.step);
    if (!step)
        return;
    const QString text = tr("Remove step %1 of %2").arg(stepName(step->kind), task.name);
    Scenarios::removeStep(task, after.step);
    // The next step takes the selection, or the one before when it was the last.
    if (!stepAt(task, after.step)) {
        if (after.step.last() > 0)
            --after.step.last();
        else
            after.step.removeLast();
    }
    commit(after, text);
}

void ScenarioEditor::moveStep(int direction)
{
    State after = current();
    if (after.step.isEmpty() || after.scenario.tasks.isEmpty())
        return;
    Task &task = after.scenario.tasks[after.task];
    const std::optional<StepPath> moved = Scenarios::moveStep(task, after.step, direction);
    if (!moved)
        return;
    after.step = *moved;
    commit(after, direction < 0 ? tr("Move a step of %1 up").arg(task.name)
                                : tr("Move a step of %1 down").arg(task.name));
}

void ScenarioEditor::readBackDrag()
{
    if (m_state.scenario.tasks.isEmpty())
        return;
    State after = current();
    Task &task = after.scenario.tasks[after.task];
    const QList<Step> steps = readBack(m_ui->stepTree->invisibleRootItem(), task);
    // The selection's path is the dragged step's place in the new order.
    StepPath selected;
    const QList<QTreeWidgetItem *> items = m_ui->stepTree->selectedItems();
    if (!items.isEmpty()) {
        for (const QTreeWidgetItem *item = items.first(); item; item = item->parent()) {
            const QTreeWidgetItem *parent = item->parent();
            selected.prepend(
                parent ? parent->indexOfChild(const_cast<QTreeWidgetItem *>(item))
                       : m_ui->stepTree->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(item)));
        }
    }
    task.steps = steps;
    after.step = selected;
    if (after.scenario == m_state.scenario) {
        display(m_state); // a drop that changed nothing: the list as it was
        return;
    }
    commit(after, tr("Move a step of %1").arg(task.name));
}

// --- tasks ---

void ScenarioEditor::newTask()
{
    State after = current();
    if (after.scenario.tasks.size() >= Scenarios::Limits::maxTasks) {
        showFormMessage(
            m_ui->stepMessage,
            tr("The scenario has %1 tasks, as many as it can.").arg(Scenarios::Limits::maxTasks),
            true);
        return;
    }
    QString name;
    for (int n = int(after.scenario.tasks.size()) + 1;; ++n) {
        name = tr("Task %1").arg(n);
        if (checkTaskName(after.scenario, name, -1))
            break;
    }
    after.scenario.tasks.append(Task{name, {}});
    after.task = int(after.scenario.tasks.size()) - 1;
    after.step = {};
    commit(after, tr("Add task %1").arg(name));
    m_ui->taskNameEdit->setFocus();
    m_ui->taskNameEdit->selectAll();
}

void ScenarioEditor::removeTask()
{
    State after = current();
    if (after.scenario.tasks.size() <= 1)
        return;
    const QString name = after.scenario.tasks.at(after.task).name;
    after.scenario.tasks.removeAt(after.task);
    after.task = std::min(after.task, int(after.scenario.tasks.size()) - 1);
    after.step = {};
    commit(after, tr("Remove task %1").arg(name));
}

void ScenarioEditor::renameTask()
{
    State after = current();
    if (after.scenario.tasks.isEmpty())
        return;
    const QString name = m_ui->taskNameEdit->text();
    if (name == after.scenario.tasks.at(after.task).name)
        return;
    if (Status ok = checkTaskName(after.scenario, name, after.task); !ok) {
        showFormMessage(m_ui->stepMessage, fieldName(m_ui->taskNameLabel) + u": "_s + ok.error(),
                        true);
        return;
    }
    const QString before = after.scenario.tasks.at(after.task).name;
    after.scenario.tasks[after.task].name = name;
    commit(after, tr("Rename %1 to %2").arg(before, name));
}

} // namespace TaskLanes
