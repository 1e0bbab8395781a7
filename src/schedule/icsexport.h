#pragma once

#include "bookmark.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Attend {

/**
 * Writes the bookmarks as one RFC 5545 calendar (UTF-8, CRLF, folded lines), one VEVENT each.
 * Standard properties are for other calendar apps; the X-ATTEND-* ones carry what those cannot
 * hold exactly (a track or speaker name with a comma), so importBookmarksFromIcs() gives the
 * bookmarks back as they were, to the second (iCalendar has no milliseconds; CRs are dropped).
 */
QByteArray exportBookmarksToIcs(const QList<Bookmark> &bookmarks);

/** The UID a bookmark's event has in every calendar Attend writes: `key@conferenceId.attend`. */
QString icsUidFor(const Bookmark &bookmark);

/** What the live calendar adds to a bookmark's event. */
struct LiveEventExtras {
    int sequence = 0;       // SEQUENCE: raised on each change, so calendars update rather than duplicate
    int alarmMinutes = -1;  // a VALARM this many minutes before the start; none when negative
};

/**
 * The live calendar: the bookmarks as exportBookmarksToIcs() writes them, each with its SEQUENCE,
 * STATUS (CONFIRMED, TENTATIVE for maybe, CANCELLED when the feed cancelled it) and optional VALARM.
 * extras holds one entry per bookmark, in the same order.
 */
QByteArray exportLiveCalendarToIcs(const QList<Bookmark> &bookmarks, const QList<LiveEventExtras> &extras);

/** What importBookmarksFromIcs() read: either the bookmarks, or why the data is not a calendar. */
struct IcsImportResult {
    bool ok = false;
    QString error;             // one line, for the person; empty when ok
    QList<Bookmark> bookmarks; // in file order; times in UTC
};

/**
 * Reads bookmarks back from iCalendar data, as written by exportBookmarksToIcs() or by another app
 * that kept Attend's UIDs (`key@conferenceId.attend`). Events that are not Attend's are skipped.
 * Data that is not a complete calendar, or an Attend event that cannot be read, gives ok=false.
 */
IcsImportResult importBookmarksFromIcs(const QByteArray &data);

} // namespace Attend
