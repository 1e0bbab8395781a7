#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Attend {

namespace {

constexpr QFileDevice::Permissions privateFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/** The mode bits alone: Qt adds the *User flags, which say what this process may do. */
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

QString cannotCreate(const QString &path)
{
    return QCoreApplication::translate("PrivateFiles", "cannot create the folder %1").arg(QDir::toNativeSeparators(path));
}

} // namespace

bool makePrivateFolder(const QString &path, QString *error)
{
    const QString folder = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(folder);
    if (!info.exists()) {
        // Missing parents are ours too (XDG: "created with permission 0700"); QDir::mkpath would
        // create them with the umask's mode, readable by everyone.
        const QString parent = info.absolutePath();
        if (parent != folder && !QFileInfo(parent).isDir() && !makePrivateFolder(parent, error))
            return false;
        if (!QDir().mkdir(folder, privateFolder) && !QFileInfo(folder).isDir()) {
            if (error)
                *error = cannotCreate(folder);
            return false;
        }
    } else if (!info.isDir()) {
        if (error)
            *error = cannotCreate(folder);
        return false;
    }
    // Also when it existed: a folder an older Attend made 0755 is tightened now. The kept copies'
    // folder names are not secret, but what is in them may be.
    if (modeOf(folder) != privateFolder && !QFile::setPermissions(folder, privateFolder)) {
        if (error)
            *error = QCoreApplication::translate("PrivateFiles", "cannot make the folder %1 private").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    return true;
}

bool writePrivateFile(const QString &path, const QByteArray &bytes, QString *error)
{
    if (!makePrivateFolder(QFileInfo(path).absolutePath(), error))
        return false;
    QSaveFile file(path);
    // The mode is set on the temporary file before a byte is written, so the content is never
    // readable by others, not even for a moment; commit() renames it over the old file, whose
    // wider mode goes with it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(privateFile) || file.write(bytes) != bytes.size()
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Attend
