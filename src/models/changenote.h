#pragma once

#include <QString>

namespace Attend {

struct Bookmark;
class TimeFormatter;

/**
 * The mark on a session that changed since it was bookmarked, in the person's display zone:
 * "Cancelled", "Moved from 10:00 to 10:30" (with dates when the day changed), "Room changed from
 * H.1302 to Janson", or both, joined. Empty when nothing changed. sessionCancelled marks a session
 * the feed cancelled even when nobody bookmarked it (bookmark may be nullptr).
 */
QString changeNoteFor(const Bookmark *bookmark, bool sessionCancelled, const TimeFormatter &formatter);

} // namespace Attend
