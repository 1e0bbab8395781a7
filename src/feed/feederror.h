#pragma once

#include <QString>

namespace Attend {

/** Why a feed could not be read, with where, for a one-line message a person can act on. */
struct FeedError {
    QString source;   // file name or URL
    qint64 line = 0;  // 0 when not tied to a position
    qint64 column = 0;
    QString message;

    /** "file.xml:12:5: Opening and ending tag mismatch." or "file.xml: not a schedule feed". */
    QString toString() const;
};

} // namespace Attend
