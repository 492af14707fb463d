#include "queueautosave.h"

#include "queueeditor.h"

#include "formats/queuefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace TaskLanes {

QueueAutosave::QueueAutosave(QueueEditor *editor, QObject *parent)
    : QObject(parent), m_editor(editor)
{
    m_pool.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &QueueAutosave::save);
    connect(editor, &QueueEditor::queueChanged, &m_timer, qOverload<>(&QTimer::start));
}

QueueAutosave::~QueueAutosave()
{
    m_pool.waitForDone();
}

QString QueueAutosave::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/queue.json"_s;
}

Result<std::optional<WorkQueue>> QueueAutosave::load()
{
    if (!QFileInfo::exists(path()))
        return std::optional<WorkQueue>();
    const Result<WorkQueue> loaded = loadQueueFile(path());
    if (loaded)
        return std::optional(*loaded);
    const QString aside =
        path() + u".damaged-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    if (!QFile::rename(path(), aside)) {
        m_keepOff = true;
        return Error{tr("%1; it could not be moved aside, and the queue will not be saved over it")
                         .arg(loaded.error())};
    }
    return Error{tr("%1; it is kept as %2").arg(loaded.error(), QDir::toNativeSeparators(aside))};
}

void QueueAutosave::flush()
{
    if (m_timer.isActive()) {
        m_timer.stop();
        save();
    }
    m_pool.waitForDone();
}

void QueueAutosave::save()
{
    if (m_keepOff)
        return;
    // Serialising a large queue takes a while: off the GUI thread, in a single-thread
    // pool, so the newest queue is the one kept.
    const WorkQueue queue = m_editor->queue();
    QPointer<QueueAutosave> self(this);
    m_pool.start([queue, self] {
        const QString file = path();
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (const Status saved = saveQueueFile(queue, file); !saved)
            QMetaObject::invokeMethod(qApp, [self, error = saved.error()] {
                if (self)
                    Q_EMIT self->failed(error);
            });
    });
}

} // namespace TaskLanes
