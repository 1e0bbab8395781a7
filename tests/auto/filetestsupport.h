#pragma once

// What tests check about files on disk: their permission bits, and their bytes.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <sys/stat.h>

namespace AttendTest {

/** The permission bits of path (0600, 0700…), or -1 when it is not there. */
inline int unixMode(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

/** The whole file, or nothing when it cannot be opened (test files are small and regular). */
inline QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace AttendTest
