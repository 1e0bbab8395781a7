#include "remindertext.h"

#include "domain/conference.h"
#include "domain/textjoin.h"
#include "models/timeformatter.h"

#include <QCoreApplication>

namespace Attend {

ReminderNotice reminderNoticeFor(const Bookmark &bookmark, bool missed, const QTimeZone &viewerZone, const QDateTime &now)
{
    QString at = TimeFormatter::formatTime(bookmark.start, viewerZone) + QLatin1Char(' ') + zoneAbbreviation(viewerZone, bookmark.start);
    if (bookmark.timeEstimated) // as the agenda says it: the organiser gave no time for it
        at = QCoreApplication::translate("Reminder", "about %1").arg(at);
    QString when;
    if (now >= bookmark.start) {
        const qint64 minutes = bookmark.start.secsTo(now) / 60;
        when = minutes > 0 ? QCoreApplication::translate("Reminder", "Started %1 (%n min ago)", nullptr, int(minutes)).arg(at)
                           : QCoreApplication::translate("Reminder", "Starting now, %1").arg(at);
    } else {
        const qint64 minutes = (now.secsTo(bookmark.start) + 59) / 60;
        when = QCoreApplication::translate("Reminder", "Starts %1 (in %n min)", nullptr, int(minutes)).arg(at);
    }
    ReminderNotice notice;
    notice.conferenceId = bookmark.conferenceId;
    notice.sessionKey = bookmark.key;
    notice.missed = missed;
    notice.summary = missed ? QCoreApplication::translate("Reminder", "Missed reminder: %1").arg(bookmark.title) : bookmark.title;
    notice.body = joinNonEmpty({when, bookmark.room});
    return notice;
}

ReminderNotice startingNowNoticeFor(const Bookmark &bookmark, const QTimeZone &viewerZone, const QDateTime &now)
{
    ReminderNotice notice = reminderNoticeFor(bookmark, false, viewerZone, now);
    notice.summary = QCoreApplication::translate("Reminder", "Starting now: %1").arg(bookmark.title);
    notice.canSnooze = false;
    notice.startingNow = true;
    return notice;
}

} // namespace Attend
