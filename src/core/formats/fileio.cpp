#include "fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <QJsonParseError>
#include <fcntl.h>
#include <unistd.h>

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
QString isFolder(const QString &path)
{
    return QCoreApplication::translate("FileError", "%1: is a folder, not a file").arg(shown(path));
}

QString noFolder(const QString &path)
{
    return QCoreApplication::translate("FileError", "%1: the folder does not exist")
        .arg(shown(path));
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

Status writeWholeFile(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error{FileError::isFolder(path)};
    if (info.exists() && !info.isFile()) {
        // A device or a FIFO: what it is stays; the bytes go into it. Opened without
        // waiting, so that a FIFO nobody reads is an error rather than a hang.
        const int fd =
            ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            return Error{FileError::unwritable(
                path, errno == ENXIO
                          ? QCoreApplication::translate("FileError", "nothing reads from it")
                          : QString::fromLocal8Bit(std::strerror(errno)))};
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        QFile special;
        if (!special.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered,
                          QFileDevice::AutoCloseHandle) ||
            special.write(bytes) != bytes.size())
            return Error{FileError::unwritable(path, special.errorString())};
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{FileError::unwritable(path, file.errorString())};
    return {};
}

Status checkOutputPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error{FileError::isFolder(path)};
    const QString notAllowed =
        QCoreApplication::translate("FileError", "not allowed to write there");
    if (info.exists() && !info.isFile())
        return ::access(QFile::encodeName(path).constData(), W_OK) == 0
                   ? Status()
                   : Status(Error{FileError::unwritable(path, notAllowed)});
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return Error{FileError::noFolder(path)};
    // An atomic write makes a new file in the folder, whatever the file's own rights.
    if (::access(QFile::encodeName(folder.absoluteFilePath()).constData(), W_OK) != 0)
        return Error{FileError::unwritable(path, notAllowed)};
    return {};
}

} // namespace TaskLanes
