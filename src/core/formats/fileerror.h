#pragma once

#include <QString>

struct QJsonParseError;
class QFileDevice;

namespace TaskLanes {

// What every file reader and writer of ours (queue files, traces, images, the app's
// drop) says alike, worded and translated once.
namespace FileError {
QString missing(const QString &path);
QString unreadable(const QString &path, const QString &why);
QString unwritable(const QString &path, const QString &why);
QString tooLarge(const QString &path);
QString notJson(const QJsonParseError &error);
} // namespace FileError

} // namespace TaskLanes
