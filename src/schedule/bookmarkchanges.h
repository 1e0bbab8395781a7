#pragma once

#include "bookmark.h"
#include "domain/session.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Attend {

/** One thing that happened to a bookmarked session between two readings of its feed. */
struct BookmarkChange {
    enum class Kind { Moved, RoomChanged, Cancelled, Removed, NewClash };
    Kind kind = Kind::Moved;
    QString conferenceId;
    QString key;
    QString title;
    QDateTime oldStart;  // Moved
    QDateTime newStart;  // Moved
    QString oldRoom;     // RoomChanged
    QString newRoom;     // RoomChanged
    QString otherTitle;  // NewClash: the bookmark it now overlaps

    friend bool operator==(const BookmarkChange &a, const BookmarkChange &b)
    {
        return a.kind == b.kind && a.key == b.key && a.oldStart == b.oldStart && a.newStart == b.newStart
            && a.oldRoom == b.oldRoom && a.newRoom == b.newRoom && a.otherTitle == b.otherTitle;
    }
};

/**
 * Compares what the bookmarks of one conference last said (their snapshots) with a freshly read
 * agenda of it: sessions that moved, changed room, were cancelled or left the feed, and pairs
 * that overlap now but did not before. Pure: nothing is changed.
 */
QList<BookmarkChange> detectBookmarkChanges(const QList<Bookmark> &bookmarks, const QList<Session> &sessions);

/**
 * The bookmark as it should be after the change: the new snapshot taken from the session (or the
 * old one kept, when the session is gone) with the marks the UI shows ("moved from 10:00").
 */
Bookmark bookmarkAfterUpdate(const Bookmark &before, const Session *session, const Bookmark &freshSnapshot);

} // namespace Attend
