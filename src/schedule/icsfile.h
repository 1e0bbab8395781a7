#pragma once

#include "bookmark.h"

#include <QList>
#include <QString>

namespace Attend {

class PersonalSchedule;

/** Writes exportBookmarksToIcs() to a file atomically (QSaveFile); false, with the reason, if not. */
bool writeBookmarksIcsFile(const QString &path, const QList<Bookmark> &bookmarks, QString *error);

/** What exporting a conference's bookmarks to an .ics file did. */
struct IcsFileExport {
    bool ok = false;
    QString error;  // the system's words when not ok
    int count = 0;  // bookmarks written
};

/** Writes one conference's bookmarks to an .ics file (the person's "Export…"). */
IcsFileExport exportBookmarksFile(const PersonalSchedule &schedule, const QString &conferenceId, const QString &path);

/** What importing bookmarks from an .ics file did. */
struct IcsFileImport {
    enum class Problem {
        None,
        Unreadable,    // not a readable regular file of at most FeedLimits::maxLocalFileBytes; detail may say why
        NotBookmarks,  // read, but not a calendar Attend can take bookmarks from; detail says why
    };
    Problem problem = Problem::None;
    QString detail;
    int read = 0;  // Attend bookmarks found in the file
    int added = 0; // of those, new to the schedule
    bool ok() const { return problem == Problem::None; }
};

/**
 * Merges the bookmarks of an .ics file Attend exported (matched by UID) into the schedule. The file
 * is capped as a feed file is: a device or pipe picked by mistake is refused, never waited on.
 */
IcsFileImport importBookmarksFile(PersonalSchedule &schedule, const QString &path);

} // namespace Attend
