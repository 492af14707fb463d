#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QFileDevice;

struct QJsonParseError;

namespace TaskLanes {

// How every file reader and writer of ours (queue files, traces, images, the app's drop)
// reads and writes, and what it says when it cannot, worded and translated once.
namespace FileError {
QString missing(const QString &path);
QString unreadable(const QString &path, const QString &why);
QString unwritable(const QString &path, const QString &why);
QString tooLarge(const QString &path);
QString notJson(const QJsonParseError &error);
QString isFolder(const QString &path);
QString noFolder(const QString &path);
QString notRegular(const QString &path);
// A TaskLanes file's "version": missing or no positive whole number, or newer than read.
QString badVersion();
QString newerVersion(double version, int supported);
} // namespace FileError

// A whole regular file of at most maxBytes, or why not (missing, unreadable, too large,
// a folder, a device, a pipe or a socket).
Result<QByteArray> readWholeFile(const QString &path, qint64 maxBytes);

// Writes bytes to path. A regular file (or a new one) is written atomically: a failure or
// a crash mid-write leaves what was there. Anything else that can be written to (a device
// such as /dev/null or /dev/full, a FIFO) is written into, never replaced; a folder is
// refused.
Status writeWholeFile(const QString &path, const QByteArray &bytes);

// The same, written piece by piece (a large trace is never whole in memory): open(),
// write() as often as needed, then commit(), which puts a regular file in place. Dropped
// without commit(), a regular file is left as it was.
class OutputFile
{
public:
    explicit OutputFile(const QString &path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    Status open();
    // False once a write has failed (commit() then says why).
    bool write(const char *data, qsizetype size);
    Status commit();

private:
    QString m_path;
    std::unique_ptr<QFileDevice> m_device;
    bool m_failed = false;
};
// Whether path can be written by writeWholeFile, checked before a run so that a typo does
// not cost the whole run: its folder exists and can be written to, and it is not a folder.
Status checkOutputPath(const QString &path);

} // namespace TaskLanes
