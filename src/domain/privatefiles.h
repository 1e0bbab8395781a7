#pragma once

#include <QByteArray>
#include <QString>

namespace Attend {

/*
 * Attend's own files (the kept copies of members-only feeds among them) are for the person alone:
 * files 0600, folders 0700, whatever the umask says. Files and folders made wider by an older
 * Attend are tightened the next time they are written.
 */

/** Makes path a folder only its owner can use (0700), creating it and any missing parents so. */
bool makePrivateFolder(const QString &path, QString *error = nullptr);

/**
 * Writes bytes to path atomically (QSaveFile) as a file only its owner can read (0600), in a
 * private folder (makePrivateFolder). On failure the old file stays and error says why.
 */
bool writePrivateFile(const QString &path, const QByteArray &bytes, QString *error = nullptr);

} // namespace Attend
