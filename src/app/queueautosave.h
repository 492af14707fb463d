#pragma once

#include "domain/workqueue.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace TaskLanes {

class QueueEditor;

// Keeps the edited queue on disk: a moment after every change it is saved (atomically,
// off the GUI thread, one save at a time and in order), so an edited queue survives a
// crash; at start-up it is read back.
class QueueAutosave : public QObject
{
    Q_OBJECT
public:
    explicit QueueAutosave(QueueEditor *editor, QObject *parent = nullptr);
    ~QueueAutosave() override;

    // Where the queue is kept (tests point the standard paths elsewhere).
    static QString path();
    // The saved queue; none saved yet is not an error (nullopt). A file that cannot be
    // read is never overwritten: it is moved aside (the error says where) before anything
    // is saved again.
    Result<std::optional<WorkQueue>> load();
    // Saves now if a save is due, and waits for every save to be written.
    void flush();

Q_SIGNALS:
    // A save could not be written; the message names the file and why.
    void failed(const QString &error);

private:
    void save();

    QueueEditor *m_editor;
    bool m_keepOff = false; // a file that could not be read nor moved aside stays as it is
    QTimer m_timer;
    QThreadPool m_pool;
};

} // namespace TaskLanes
