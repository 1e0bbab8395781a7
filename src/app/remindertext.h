#pragma once

#include "desktop/notifier.h"
#include "schedule/bookmark.h"

#include <QDateTime>
#include <QTimeZone>

namespace Attend {

/**
 * The words of a reminder: the session's title, its start in the viewer's zone with the zone
 * named, and where ("Starts 18:20 CET (in 10 min) · Online"). A missed one says so.
 */
ReminderNotice reminderNoticeFor(const Bookmark &bookmark, bool missed, const QTimeZone &viewerZone, const QDateTime &now);

/**
 * The notice when a bookmarked session starts: "Starting now: <title>", with Join where the
 * session has a join link (the caller sets joinLink), and no snooze.
 */
ReminderNotice startingNowNoticeFor(const Bookmark &bookmark, const QTimeZone &viewerZone, const QDateTime &now);

} // namespace Attend
