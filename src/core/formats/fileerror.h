#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

struct QJsonParseError;

namespace TaskLanes {

// What every file reader and writer of ours (queue files, traces, images, the app's
// drop) says alike, worded and translated once, and how they read.
namespace FileError {
QString missing(const QString &path);
QString unreadable(const QString &path, const QString &why);
QString unwritable(const QString &path, const QString &why);
QString tooLarge(const QString &path);
QString notJson(const QJsonParseError &error);
} // namespace FileError

// A whole file of at most maxBytes, or why not (missing, unreadable, too large).
Result<QByteArray> readWholeFile(const QString &path, qint64 maxBytes);

} // namespace TaskLanes
