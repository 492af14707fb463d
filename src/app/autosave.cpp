#include "autosave.h"

#include "queueeditor.h"
#include "scenarioeditor.h"

#include "formats/queuefile.h"
#include "scenarios/scenariofile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

QString appDataFile(const QString &name)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' + name;
}

} // namespace

Autosave::Autosave(QString path, QObject *parent) : QObject(parent), m_path(std::move(path))
{
    m_pool.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::save);
}

Autosave::~Autosave()
{
    m_pool.waitForDone();
}

void Autosave::schedule()
{
    m_timer.start();
}

Error Autosave::setAside(const QString &error)
{
    const QString aside =
        m_path + u".damaged-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    if (!QFile::rename(m_path, aside)) {
        m_keepOff = true;
        return Error{
            tr("%1; it could not be moved aside, and nothing will be saved over it").arg(error)};
    }
    return Error{tr("%1; it is kept as %2").arg(error, QDir::toNativeSeparators(aside))};
}

void Autosave::flush()
{
    if (m_timer.isActive()) {
        m_timer.stop();
        save();
    }
    m_pool.waitForDone();
}

void Autosave::save()
{
    if (m_keepOff)
        return;
    // Serialising a large queue takes a while: off the GUI thread, in a single-thread
    // pool, so the newest one is the one kept.
    std::function<Status(const QString &)> write = writer();
    QPointer<Autosave> self(this);
    m_pool.start([write, file = m_path, self] {
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (const Status saved = write(file); !saved)
            QMetaObject::invokeMethod(qApp, [self, error = saved.error()] {
                if (self)
                    Q_EMIT self->failed(error);
            });
    });
}

QueueAutosave::QueueAutosave(QueueEditor *editor, QObject *parent)
    : Autosave(defaultPath(), parent), m_editor(editor)
{
    connect(editor, &QueueEditor::queueChanged, this, &Autosave::schedule);
}

QString QueueAutosave::defaultPath()
{
    return appDataFile(u"queue.json"_s);
}

Result<std::optional<WorkQueue>> QueueAutosave::load()
{
    return readWith<WorkQueue>([](const QString &file) { return loadQueueFile(file); });
}

std::function<Status(const QString &)> QueueAutosave::writer() const
{
    return [queue = m_editor->queue()](const QString &file) { return saveQueueFile(queue, file); };
}

ScenarioAutosave::ScenarioAutosave(ScenarioEditor *editor, QObject *parent)
    : Autosave(defaultPath(), parent), m_editor(editor)
{
    connect(editor, &ScenarioEditor::scenarioChanged, this, &Autosave::schedule);
}

QString ScenarioAutosave::defaultPath()
{
    return appDataFile(u"scenario.json"_s);
}

Result<std::optional<Scenarios::Scenario>> ScenarioAutosave::load()
{
    return readWith<Scenarios::Scenario>([](const QString &file) {
        return Scenarios::loadScenarioFile(file, Scenarios::Check::Draft);
    });
}

std::function<Status(const QString &)> ScenarioAutosave::writer() const
{
    return [scenario = m_editor->scenario()](const QString &file) {
        return Scenarios::saveScenarioFile(scenario, file, Scenarios::Check::Draft);
    };
}

} // namespace TaskLanes
