#pragma once

#include "domain/result.h"

#include <QObject>

#include <functional>

class QWidget;

namespace TaskLanes {

class QueueEditor;

// The files a user opens and saves: File › Import and Export Queue, File › Open Trace,
// and a file dropped on the window (a queue file is imported, anything else is tried as
// a trace). A damaged or foreign file is refused with the reason and changes nothing.
class FileActions : public QObject
{
    Q_OBJECT
public:
    // isRunning: whether a run is going (nothing is opened then); showTrace: shows a
    // trace file in the window's views.
    FileActions(QWidget *window, QueueEditor *editor, std::function<bool()> isRunning,
                std::function<Status(const QString &path)> showTrace);

    void importQueue();
    void exportQueue();
    void openTrace();
    // Asks where (named after the variant) and writes there with save; says how it went.
    void saveTrace(const QString &variant, const std::function<Status(const QString &)> &save);
    Status openFile(const QString &path);

Q_SIGNALS:
    void status(const QString &message);

private:
    // A path chosen in a file dialog that starts in the folder used last, or empty.
    QString choose(bool save, const QString &title, const QString &name, const QString &filter);

    QWidget *m_window;
    QueueEditor *m_editor;
    std::function<bool()> m_isRunning;
    std::function<Status(const QString &)> m_showTrace;
};

} // namespace TaskLanes
