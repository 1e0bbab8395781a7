#include "changetext.h"

#include "models/timeformatter.h"

#include <QCoreApplication>
#include <QSet>

namespace Attend {

namespace {

// The translation context of these free functions (lupdate and the runtime agree on its name).
struct ChangeText {
    Q_DECLARE_TR_FUNCTIONS(Attend::ChangeText)
};

QString quoted(const QString &title)
{
    return ChangeText::tr("“%1”", "a session's title, quoted as the language does").arg(title);
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
        return ChangeText::tr("%1 moved from %2 to %3").arg(quoted(change.title), from, to);
    }
    case BookmarkChange::Kind::RoomChanged:
        return ChangeText::tr("%1 moved from room %2 to %3").arg(quoted(change.title), change.oldRoom, change.newRoom);
    case BookmarkChange::Kind::Cancelled:
        return ChangeText::tr("%1 was cancelled").arg(quoted(change.title));
    case BookmarkChange::Kind::Removed:
        return ChangeText::tr("%1 is no longer in the agenda").arg(quoted(change.title));
    case BookmarkChange::Kind::NewClash:
        return ChangeText::tr("%1 now clashes with %2").arg(quoted(change.title), quoted(change.otherTitle));
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
    notice.summary = ChangeText::tr("%1: %n of your sessions changed", nullptr, int(sessions.size())).arg(conferenceTitle);
    notice.body = lines.join(QLatin1Char('\n'));
    return notice;
}

} // namespace Attend
