#include "fileactions.h"

#include "queueeditor.h"

#include "formats/fileio.h"
#include "formats/queuefile.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace TaskLanes {

FileActions::FileActions(QWidget *window, QueueEditor *editor, std::function<bool()> isRunning,
                         std::function<Status(const QString &)> showTrace)
    : QObject(window), m_window(window), m_editor(editor), m_isRunning(std::move(isRunning)),
      m_showTrace(std::move(showTrace))
{}

QString FileActions::choose(bool save, const QString &title, const QString &name,
                            const QString &filter)
{
    QSettings settings;
    const QString dir = settings.value(u"lastDir"_s, QDir::homePath()).toString();
    const QString path = save ? QFileDialog::getSaveFileName(m_window, title, dir + name, filter)
                              : QFileDialog::getOpenFileName(m_window, title, dir, filter);
    if (!path.isEmpty())
        settings.setValue(u"lastDir"_s, QFileInfo(path).absolutePath());
    return path;
}

void FileActions::importQueue()
{
    const QString path =
        choose(false, tr("Import Work Queue"), {}, tr("TaskLanes queue (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<WorkQueue> loaded = loadQueueFile(path);
    if (!loaded) {
        // Nothing changes: the current queue stays as it is.
        QMessageBox::warning(m_window, tr("Import Work Queue"), loaded.error());
        return;
    }
    m_editor->setQueue(*loaded, tr("Import %1").arg(QFileInfo(path).fileName()));
    Q_EMIT status(tr("Imported %n item(s) from %1", nullptr, int(loaded->items.size()))
                      .arg(QDir::toNativeSeparators(path)));
}

void FileActions::exportQueue()
{
    const QString path =
        choose(true, tr("Export Work Queue"), u"/queue.json"_s, tr("TaskLanes queue (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status saved = saveQueueFile(m_editor->queue(), path); !saved)
        QMessageBox::warning(m_window, tr("Export Work Queue"), saved.error());
    else
        Q_EMIT status(tr("Saved the queue to %1").arg(QDir::toNativeSeparators(path)));
}

void FileActions::saveTrace(const QString &variant,
                            const std::function<Status(const QString &)> &save)
{
    const QString path = choose(true, tr("Save Trace"), u"/"_s + variant + u"-trace.json"_s,
                                tr("TaskLanes trace (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status saved = save(path); !saved)
        QMessageBox::warning(m_window, tr("Save Trace"), saved.error());
    else
        Q_EMIT status(tr("Saved the trace to %1").arg(QDir::toNativeSeparators(path)));
}

void FileActions::openTrace()
{
    const QString path =
        choose(false, tr("Open Trace"), {}, tr("TaskLanes trace (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Status shown = m_showTrace(path); !shown)
        QMessageBox::warning(m_window, tr("Open Trace"), shown.error());
}

Status FileActions::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{FileError::unreadable(path, file.errorString())};
    // A queue file says its format near the top; anything else is tried as a trace.
    if (!file.peek(4096).contains("\"tasklanes-queue\""))
        return m_showTrace(path);
    const Result<WorkQueue> loaded = loadQueueFile(path);
    if (!loaded)
        return Error{loaded.error()};
    if (m_isRunning())
        return Error{tr("Stop the run first.")};
    m_editor->setQueue(*loaded, tr("Import %1").arg(QFileInfo(path).fileName()));
    Q_EMIT status(tr("Imported the queue from %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace TaskLanes
