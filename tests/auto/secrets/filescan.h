#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QtDebug>

namespace Attend::Test {

/**
 * The regular files under dir (recursively, hidden ones included, symlinks not followed) whose
 * bytes contain needle, as absolute paths, sorted. For checks that a secret never reaches the
 * disk in plain text. Sockets and pipes are skipped (reading them would block); a file that
 * cannot be read is counted as containing the needle, so that the check cannot pass by not looking.
 */
inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    if (needle.isEmpty())
        return found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.isSymLink() || !info.isFile())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning() << "filesContaining: cannot read" << path << file.errorString();
            found << info.absoluteFilePath();
            continue;
        }
        // In chunks that overlap by needle.size() - 1 bytes, so that a needle across a chunk
        // boundary is found and a large file is never read whole.
        constexpr qint64 chunkSize = 1 << 20;
        QByteArray window;
        while (!file.atEnd()) {
            const QByteArray chunk = file.read(chunkSize);
            if (chunk.isEmpty())
                break;
            window += chunk;
            if (window.contains(needle)) {
                found << info.absoluteFilePath();
                break;
            }
            window = window.right(needle.size() - 1);
        }
    }
    found.sort();
    return found;
}

} // namespace Attend::Test
