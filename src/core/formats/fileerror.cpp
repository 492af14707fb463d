#include "fileerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonParseError>

namespace TaskLanes {

namespace FileError {
QString missing(const QString &path)
{
    return QCoreApplication::translate("FileError", "%1: no such file").arg(shown(path));
}

QString unreadable(const QString &path, const QString &why)
{
    return QCoreApplication::translate("FileError", "%1: cannot read: %2").arg(shown(path), why);
}

QString unwritable(const QString &path, const QString &why)
{
    return QCoreApplication::translate("FileError", "%1: cannot write: %2").arg(shown(path), why);
}

QString tooLarge(const QString &path)
{
    return QCoreApplication::translate("FileError", "%1: the file is too large").arg(shown(path));
}

QString notJson(const QJsonParseError &error)
{
    return QCoreApplication::translate("FileError", "not valid JSON (%1 at byte %2)")
        .arg(error.errorString())
        .arg(error.offset);
}
} // namespace FileError

Result<QByteArray> readWholeFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.exists())
        return Error{FileError::missing(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{FileError::unreadable(path, file.errorString())};
    if (file.size() > maxBytes)
        return Error{FileError::tooLarge(path)};
    return file.readAll();
}

} // namespace TaskLanes
