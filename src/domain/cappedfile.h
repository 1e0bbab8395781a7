#pragma once

#include <QByteArray>
#include <QString>

namespace Attend {

/** A whole file read with a cap, or why it was not. */
struct CappedFile {
    enum class Problem {
        None,
        CannotOpen, // missing, unreadable; detail says why
        NotAFile,   // a folder, device, pipe or socket: no end to wait for, or none at all
        TooLarge,   // more than the cap: nothing is returned
        ReadError,  // detail says why
    };
    QByteArray data;
    Problem problem = Problem::None;
    QString detail; // the system's words for CannotOpen and ReadError

    bool ok() const { return problem == Problem::None; }
};

/**
 * Reads a regular file of at most maxBytes bytes, never more than maxBytes + 1 of them: the one
 * reader for feed files. Refuses anything that is not a regular file before reading (or, for a
 * FIFO, blocking on) it. Qt resource paths (":/…") are read too.
 */
CappedFile readFileCapped(const QString &path, qint64 maxBytes);

} // namespace Attend
