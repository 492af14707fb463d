#include "fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>

#include <QJsonParseError>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

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

QString notRegular(const QString &path)
{
    return QCoreApplication::translate(
               "FileError", "%1: not a regular file (a device, a pipe or a socket): save what "
                            "it gives to a file and open that")
        .arg(shown(path));
}

QString badVersion()
{
    return QCoreApplication::translate("FileError",
                                       "\"version\" is missing or not a positive whole number");
}

QString newerVersion(double version, int supported)
{
    return QCoreApplication::translate(
               "FileError",
               "version %1 is newer than this TaskLanes reads (%2); please update TaskLanes")
        .arg(version)
        .arg(supported);
}

QString noFolder(const QString &path)
{
    return QCoreApplication::translate("FileError", "%1: the folder does not exist")
        .arg(shown(path));
}
} // namespace FileError

Result<QByteArray> readWholeFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{FileError::missing(path)};
    if (info.isDir())
        return Error{FileError::isFolder(path)};
    // Refused by what it is, before it is opened: a device or a pipe has no size to trust
    // (/dev/zero never ends, read to a cap of 2 GB it cost 31 s and 4 GB), and a FIFO may
    // never be written to.
    if (!info.isFile())
        return Error{FileError::notRegular(path)};
    if (info.size() > maxBytes)
        return Error{FileError::tooLarge(path)};
    // Opened without waiting, and asked again what it is: the path may have been swapped
    // for a FIFO or a device since. Counted as it comes, since a file can grow meanwhile.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return Error{FileError::unreadable(path, QString::fromLocal8Bit(std::strerror(errno)))};
    struct stat opened = {};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
        ::close(fd);
        return Error{FileError::notRegular(path)};
    }
    QByteArray bytes;
    bytes.reserve(info.size());
    char chunk[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return Error{FileError::unreadable(path, why)};
        }
        if (n == 0)
            break;
        if (bytes.size() + n > maxBytes) {
            ::close(fd);
            return Error{FileError::tooLarge(path)};
        }
        bytes.append(chunk, n);
    }
    ::close(fd);
    return bytes;
}

OutputFile::OutputFile(const QString &path) : m_path(path) {}

OutputFile::~OutputFile() = default;

Status OutputFile::open()
{
    const QFileInfo info(m_path);
    if (info.isDir())
        return Error{FileError::isFolder(m_path)};
    if (info.exists() && !info.isFile()) {
        // A device or a FIFO: what it is stays; the bytes go into it. Opened without
        // waiting, so that a FIFO nobody reads is an error rather than a hang.
        const int fd =
            ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            return Error{FileError::unwritable(
                m_path, errno == ENXIO
                            ? QCoreApplication::translate("FileError", "nothing reads from it")
                            : QString::fromLocal8Bit(std::strerror(errno)))};
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        auto special = std::make_unique<QFile>();
        if (!special->open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered,
                           QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return Error{FileError::unwritable(m_path, special->errorString())};
        }
        m_device = std::move(special);
        return {};
    }
    auto file = std::make_unique<QSaveFile>(m_path);
    if (!file->open(QIODevice::WriteOnly))
        return Error{FileError::unwritable(m_path, file->errorString())};
    // QSaveFile keeps the mode of the file it replaces; the owner too, as far as we may
    // give it (root may: a file of someone else's, rewritten under sudo, stays theirs).
    if (info.exists() && (info.ownerId() != ::geteuid() || info.groupId() != ::getegid())) {
        // Refused to anyone but root, and then the file is simply ours.
        [[maybe_unused]] const int refused =
            ::fchown(file->handle(), info.ownerId(), info.groupId());
    }
    m_device = std::move(file);
    return {};
}

bool OutputFile::write(const char *data, qsizetype size)
{
    if (!m_device || m_failed)
        return false;
    if (m_device->write(data, size) != size)
        m_failed = true;
    return !m_failed;
}

Status OutputFile::commit()
{
    if (!m_device)
        return Error{FileError::unwritable(m_path, QString())};
    auto *save = qobject_cast<QSaveFile *>(m_device.get());
    const bool ok = !m_failed && (save ? save->commit() : true);
    const QString why = m_device->errorString();
    m_device.reset();
    if (!ok)
        return Error{FileError::unwritable(m_path, why)};
    return {};
}

Status writeWholeFile(const QString &path, const QByteArray &bytes)
{
    OutputFile file(path);
    if (const Status opened = file.open(); !opened)
        return opened;
    file.write(bytes.constData(), bytes.size());
    return file.commit();
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
    // An atomic write makes a new file in the folder, whatever the file's own rights. The
    // folder's mode is not the whole answer (root may write anywhere by mode, yet not on a
    // read-only file system or in /proc): a file is made there and removed.
    if (::access(QFile::encodeName(folder.absoluteFilePath()).constData(), W_OK) != 0)
        return Error{FileError::unwritable(path, notAllowed)};
    QTemporaryFile probe(folder.absoluteFilePath() + u"/.tasklanes-XXXXXX"_s);
    if (!probe.open())
        return Error{FileError::unwritable(path, probe.errorString())};
    return {};
}

} // namespace TaskLanes
