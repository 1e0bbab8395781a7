#include "cappedfile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <cstdint>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Attend {

namespace {
CappedFile failed(CappedFile::Problem problem, const QString &detail = {})
{
    CappedFile result;
    result.problem = problem;
    result.detail = detail;
    return result;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/**
 * Has the kernel map all of a fresh buffer's pages in one call, before read() fills it: read()
 * would otherwise fault them in one 4 kB page at a time (a kept FOSDEM copy and its snapshot:
 * 1,300 faults, about 18 ms of a start on a virtual machine). Only a hint: a kernel before 5.14
 * refuses it, and the pages then come as before.
 */
void prefault(QByteArray &buffer)
{
    const auto pageSize = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const auto begin = reinterpret_cast<std::uintptr_t>(buffer.data());
    const std::uintptr_t firstWholePage = (begin + pageSize - 1) / pageSize * pageSize;
    const std::uintptr_t end = (begin + std::uintptr_t(buffer.size())) / pageSize * pageSize;
    if (end > firstWholePage + 16 * pageSize) // small reads gain nothing from it
        ::madvise(reinterpret_cast<void *>(firstWholePage), end - firstWholePage, MADV_POPULATE_WRITE);
}

/** Compiled-in resources: bounded by the build, but read through the same cap. */
CappedFile readResource(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(CappedFile::Problem::CannotOpen, file.errorString());
    CappedFile result;
    result.data = file.read(maxBytes + 1);
    if (result.data.size() > maxBytes)
        return failed(CappedFile::Problem::TooLarge);
    return result;
}
} // namespace

CappedFile readFileCapped(const QString &path, qint64 maxBytes)
{
    if (path.startsWith(QLatin1Char(':')))
        return readResource(path, maxBytes);

    // Non-blocking, so that opening a FIFO with no writer returns at once instead of waiting for
    // one; fstat on what was opened (not stat on the name) leaves no window for a swap.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return failed(CappedFile::Problem::CannotOpen, systemError(errno));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};

    struct stat info {};
    if (::fstat(fd, &info) != 0)
        return failed(CappedFile::Problem::ReadError, systemError(errno));
    // /dev/zero, FIFOs and /proc files report a size of 0 (or none): only a regular file has an end
    // that its size announces.
    if (!S_ISREG(info.st_mode))
        return failed(CappedFile::Problem::NotAFile);
    if (info.st_size > maxBytes)
        return failed(CappedFile::Problem::TooLarge);

    // One allocation of the announced size; a file that grows while being read still stops at the cap.
    // (QByteArray::resize would reserve half as much again for growth; the agenda's reader and
    // the kept copy hold these bytes, so they are allocated at their size.)
    CappedFile result;
    QByteArray &data = result.data;
    data = QByteArray(qsizetype(std::min<qint64>(info.st_size, maxBytes) + 1), Qt::Uninitialized);
    prefault(data);
    qint64 filled = 0;
    constexpr qint64 chunk = 1024 * 1024;
    for (;;) {
        if (filled == data.size()) {
            if (filled > maxBytes)
                return failed(CappedFile::Problem::TooLarge);
            data.resize(qsizetype(std::min<qint64>(filled + chunk, maxBytes + 1)));
        }
        const ssize_t got = ::read(fd, data.data() + filled, size_t(data.size() - filled));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return failed(CappedFile::Problem::ReadError, systemError(errno));
        }
        if (got == 0)
            break;
        filled += got;
    }
    if (filled > maxBytes)
        return failed(CappedFile::Problem::TooLarge);
    data.truncate(qsizetype(filled));
    return result;
}

} // namespace Attend
