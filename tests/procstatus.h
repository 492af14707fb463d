#pragma once

// A process's memory figures from /proc, for the tests and tools that measure them.

#include <QByteArray>
#include <QFile>
#include <QString>

// A field of /proc/<pid>/status in KiB ("VmRSS:", "VmHWM:"); pid 0 is this process. -1
// when it cannot be read.
inline qint64 statusKb(const char *field, qint64 pid = 0)
{
    QFile f(pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Forgets the process's peak so far: VmHWM starts again from its current size.
inline bool resetPeak(qint64 pid = 0)
{
    QFile f(pid ? QStringLiteral("/proc/%1/clear_refs").arg(pid)
                : QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}
