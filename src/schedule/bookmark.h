#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Attend {

/** How much the person wants to see a bookmarked session. */
enum class BookmarkLevel {
    MustSee, // the default: reminded, leads in a clash
    Maybe,   // an alternative: change notices and clash badges, but no reminder unless a setting asks
};

/**
 * A session the person bookmarked, with what Attend last knew of it: if the session later moves
 * or leaves the feed, the bookmark still says what it was and when.
 */
struct Bookmark {
    QString conferenceId;  // the id its conference is filed under (Subscription::conferenceId)
    QString feedAddress;   // the feed it was bookmarked from, so its conference can be added back;
                           // empty when not known (bookmarks from schedule version 1 of unfollowed feeds)
    QString key;           // the session's stable key within its conference (Session::key)
    QString conferenceTitle;
    QString title;
    QString room;
    QString track;
    QStringList speakers;
    QString url;
    QString joinLink;      // where to watch or join (Session::joinLink), so a reminder of a conference
                           // not on screen still offers Join; empty when none
    QString abstract;
    QDateTime start;       // UTC instants, as last seen in the feed
    QDateTime end;
    bool timeEstimated = false; // the organiser gave no time: the start is an estimate (Session::timeIsEstimated)
    bool reminderEnabled = true;
    QDateTime added;       // UTC
    BookmarkLevel level = BookmarkLevel::MustSee; // schedule version 3; older files are all must-see
    QString recordingUrl;  // the session's recording once its feed links one (Session::recordingLink); snapshot
    bool watchLater = false; // kept on the Watch later list after it ended (version 3)
    bool watched = false;    // ticked off the Watch later list

    // What changed in the feed since the person bookmarked it, for the marks in the UI.
    QDateTime movedFrom;   // the start it had before the feed moved it; invalid when it did not move
    QString roomWas;       // the room it had before the feed changed it; empty when it did not
    bool cancelled = false; // the feed says it will not take place
    bool missing = false;   // gone from the feed; the snapshot is what it last said

    friend bool operator==(const Bookmark &a, const Bookmark &b)
    {
        return a.conferenceId == b.conferenceId && a.feedAddress == b.feedAddress && a.key == b.key && a.conferenceTitle == b.conferenceTitle
               && a.title == b.title && a.room == b.room && a.track == b.track && a.speakers == b.speakers
               && a.url == b.url && a.joinLink == b.joinLink && a.abstract == b.abstract && a.start == b.start && a.end == b.end
               && a.timeEstimated == b.timeEstimated
               && a.reminderEnabled == b.reminderEnabled && a.added == b.added && a.movedFrom == b.movedFrom
               && a.roomWas == b.roomWas && a.cancelled == b.cancelled && a.missing == b.missing && a.level == b.level
               && a.recordingUrl == b.recordingUrl && a.watchLater == b.watchLater && a.watched == b.watched;
    }
};

} // namespace Attend

Q_DECLARE_METATYPE(Attend::Bookmark)
