#include "changetext.h"

#include "models/timeformatter.h"

#include <QCoreApplication>
#include <QSet>

namespace Attend {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ChangeText", text, nullptr, n);
}

QString quoted(const QString &title)
{
    return QStringLiteral("“%1”").arg(title);
}

QString lineFor(const BookmarkChange &change, const QTimeZone &zone)
{
    switch (change.kind) {
    case BookmarkChange::Kind::Moved: {
        QString from = TimeFormatter::formatTime(change.oldStart, zone);
        QString to = TimeFormatter::formatTime(change.newStart, zone);
        if (change.oldStart.toTimeZone(zone).date() != change.newStart.toTimeZone(zone).date()) {
            from = TimeFormatter::formatDay(change.oldStart.toTimeZone(zone).date()) + QLatin1Char(' ') + from;
            to = TimeFormatter::formatDay(change.newStart.toTimeZone(zone).date()) + QLatin1Char(' ') + to;
        }
        return tr("%1 moved from %2 to %3").arg(quoted(change.title), from, to);
    }
    case BookmarkChange::Kind::RoomChanged:
        return tr("%1 moved from room %2 to %3").arg(quoted(change.title), change.oldRoom, change.newRoom);
    case BookmarkChange::Kind::Cancelled:
        return tr("%1 was cancelled").arg(quoted(change.title));
    case BookmarkChange::Kind::Removed:
        return tr("%1 is no longer in the agenda").arg(quoted(change.title));
    case BookmarkChange::Kind::NewClash:
        return tr("%1 now clashes with %2").arg(quoted(change.title), quoted(change.otherTitle));
    }
    return {};
}

} // namespace

ReminderNotice changeNoticeFor(const QString &conferenceTitle, const QList<BookmarkChange> &changes, const QTimeZone &zone)
{
    ReminderNotice notice;
    notice.canSnooze = false;
    if (changes.isEmpty())
        return notice;
    notice.conferenceId = changes.constFirst().conferenceId;
    notice.sessionKey = changes.constFirst().key;
    QSet<QString> sessions;
    QStringList lines;
    for (const BookmarkChange &change : changes) {
        sessions.insert(change.key);
        lines.append(lineFor(change, zone));
    }
    notice.summary = tr("%1: %n of your sessions changed", int(sessions.size())).arg(conferenceTitle);
    notice.body = lines.join(QLatin1Char('\n'));
    return notice;
}

} // namespace Attend
