#pragma once

#include "domain/result.h"
#include "domain/workqueue.h"
#include "scenarios/scenario.h"

#include <QFileInfo>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <optional>

namespace TaskLanes {

class QueueEditor;
class ScenarioEditor;

// Keeps what the user edits on disk: a moment after every change it is saved (atomically,
// off the GUI thread, one save at a time and in order), so an edit survives a crash; at
// start-up it is read back. A file that cannot be read is never overwritten: it is moved
// aside (the error says where) before anything is saved again.
class Autosave : public QObject
{
    Q_OBJECT
public:
    Autosave(QString path, QObject *parent);
    ~Autosave() override;

    const QString &path() const { return m_path; }
    // Saves a moment from now (each change restarts the wait).
    void schedule();
    // Saves now if a save is due, and waits for every save to be written.
    void flush();

Q_SIGNALS:
    // A save could not be written; the message names the file and why.
    void failed(const QString &error);

protected:
    // What to write, taken on the GUI thread; it runs on the pool with the path.
    virtual std::function<Status(const QString &)> writer() const = 0;
    // Reads the file with read; none saved yet is not an error (nullopt). One that cannot
    // be read is moved aside, and the error says where.
    template <typename T, typename Read> Result<std::optional<T>> readWith(Read read)
    {
        if (!QFileInfo::exists(m_path))
            return std::optional<T>();
        Result<T> loaded = read(m_path);
        if (loaded)
            return std::optional<T>(std::move(*loaded));
        return setAside(loaded.error());
    }
    Error setAside(const QString &error);

private:
    void save();

    QString m_path;
    bool m_keepOff = false; // a file that could not be read nor moved aside stays as it is
    QTimer m_timer;
    QThreadPool m_pool;
};

// The work queue of the main window.
class QueueAutosave : public Autosave
{
    Q_OBJECT
public:
    explicit QueueAutosave(QueueEditor *editor, QObject *parent = nullptr);
    // Where the queue is kept (tests point the standard paths elsewhere).
    static QString defaultPath();
    // The saved queue; none saved yet is not an error (nullopt).
    Result<std::optional<WorkQueue>> load();

protected:
    std::function<Status(const QString &)> writer() const override;

private:
    QueueEditor *m_editor;
};

// The scenario the lab's forms edit.
class ScenarioAutosave : public Autosave
{
    Q_OBJECT
public:
    explicit ScenarioAutosave(ScenarioEditor *editor, QObject *parent = nullptr);
    static QString defaultPath();
    Result<std::optional<Scenarios::Scenario>> load();

protected:
    std::function<Status(const QString &)> writer() const override;

private:
    ScenarioEditor *m_editor;
};

} // namespace TaskLanes
