#include "bookmarkchanges.h"

#include <QHash>
#include <QSet>

namespace Attend {

namespace {

bool overlaps(const QDateTime &startA, const QDateTime &endA, const QDateTime &startB, const QDateTime &endB)
{
    return startA < endB && startB < endA;
}

struct Slot {
    QDateTime start;
    QDateTime end;
    bool counts = false; // a cancelled or vanished session clashes with nothing
};

QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + QLatin1Char('\n') + b : b + QLatin1Char('\n') + a;
}

} // namespace

QList<BookmarkChange> detectBookmarkChanges(const QList<Bookmark> &bookmarks, const QList<Session> &sessions)
{
    QHash<QString, const Session *> byKey;
    for (const Session &session : sessions)
        byKey.insert(session.key, &session);

    QList<BookmarkChange> changes;
    QList<Slot> before;
    QList<Slot> after;
    for (const Bookmark &bookmark : bookmarks) {
        const Session *session = byKey.value(bookmark.key);
        before.append({bookmark.start, bookmark.end, !bookmark.cancelled && !bookmark.missing});
        BookmarkChange change;
        change.conferenceId = bookmark.conferenceId;
        change.key = bookmark.key;
        change.title = bookmark.title;
        if (!session) {
            after.append({bookmark.start, bookmark.end, false});
            if (!bookmark.missing) {
                change.kind = BookmarkChange::Kind::Removed;
                changes.append(change);
            }
            continue;
        }
        after.append({session->start, session->end(), !session->cancelled});
        change.title = session->title;
        if (session->cancelled && !bookmark.cancelled) {
            change.kind = BookmarkChange::Kind::Cancelled;
            changes.append(change);
            continue; // where and when no longer matter
        }
        if (session->start != bookmark.start) {
            change.kind = BookmarkChange::Kind::Moved;
            change.oldStart = bookmark.start;
            change.newStart = session->start;
            changes.append(change);
        }
        if (session->room != bookmark.room && !bookmark.room.isEmpty() && !session->room.isEmpty()) {
            BookmarkChange roomChange = change;
            roomChange.kind = BookmarkChange::Kind::RoomChanged;
            roomChange.oldStart = QDateTime();
            roomChange.newStart = QDateTime();
            roomChange.oldRoom = bookmark.room;
            roomChange.newRoom = session->room;
            changes.append(roomChange);
        }
    }

    // A clash is new when the pair overlaps now and did not before; told once, on the one that moved
    // (or the first of the two when both did).
    QSet<QString> toldPairs;
    for (int i = 0; i < bookmarks.size(); ++i) {
        for (int j = i + 1; j < bookmarks.size(); ++j) {
            if (!after[i].counts || !after[j].counts)
                continue;
            if (!overlaps(after[i].start, after[i].end, after[j].start, after[j].end))
                continue;
            const bool wasClash = before[i].counts && before[j].counts
                && overlaps(before[i].start, before[i].end, before[j].start, before[j].end);
            if (wasClash || toldPairs.contains(pairKey(bookmarks[i].key, bookmarks[j].key)))
                continue;
            toldPairs.insert(pairKey(bookmarks[i].key, bookmarks[j].key));
            const bool firstMoved = after[i].start != before[i].start || after[i].end != before[i].end;
            const int subject = firstMoved ? i : j;
            const int other = subject == i ? j : i;
            BookmarkChange clash;
            clash.kind = BookmarkChange::Kind::NewClash;
            clash.conferenceId = bookmarks[subject].conferenceId;
            clash.key = bookmarks[subject].key;
            const Session *subjectSession = byKey.value(bookmarks[subject].key);
            const Session *otherSession = byKey.value(bookmarks[other].key);
            clash.title = subjectSession ? subjectSession->title : bookmarks[subject].title;
            clash.otherTitle = otherSession ? otherSession->title : bookmarks[other].title;
            changes.append(clash);
        }
    }
    return changes;
}

Bookmark bookmarkAfterUpdate(const Bookmark &before, const Session *session, const Bookmark &freshSnapshot)
{
    if (!session) {
        Bookmark kept = before;
        kept.missing = true;
        return kept;
    }
    Bookmark after = freshSnapshot;
    after.reminderEnabled = before.reminderEnabled;
    after.added = before.added;
    after.level = before.level;
    after.watchLater = before.watchLater;
    after.watched = before.watched;
    if (after.recordingUrl.isEmpty())
        after.recordingUrl = before.recordingUrl; // a feed that drops the link does not take it from the list
    after.missing = false;
    after.cancelled = session->cancelled;
    // The mark keeps the time the person first planned around, across several moves; a session
    // that moves back to it is no longer marked.
    after.movedFrom = before.movedFrom.isValid() ? before.movedFrom : (after.start != before.start ? before.start : QDateTime());
    if (after.movedFrom == after.start)
        after.movedFrom = QDateTime();
    after.roomWas = before.roomWas.isEmpty() ? (after.room != before.room && !before.room.isEmpty() ? before.room : QString())
                                             : before.roomWas;
    if (after.roomWas == after.room)
        after.roomWas.clear();
    return after;
}

} // namespace Attend
