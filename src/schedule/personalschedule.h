#pragma once

#include "bookmarkchanges.h"
#include "domain/session.h"
#include "scheduledata.h"
#include "schedulestore.h"

#include <QObject>

#include <optional>

namespace Attend {

/** A bookmark a removal took away, with the place it had in the list: what Undo puts back. */
struct RemovedBookmark {
    qsizetype index = 0;
    Bookmark bookmark;
};

/**
 * The person's bookmarks and reminder settings, kept on their own machine. Every change is saved
 * at once, atomically; a file that could not be read is reported (problem()) and never overwritten.
 */
class PersonalSchedule : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int leadMinutes READ leadMinutes WRITE setLeadMinutes NOTIFY settingsChanged)
    Q_PROPERTY(bool remindersPaused READ remindersPaused WRITE setRemindersPaused NOTIFY settingsChanged)
    /** 0: never, 1: for sessions with a Join link (the default), 2: for every bookmarked session. */
    Q_PROPERTY(int startingNow READ startingNow WRITE setStartingNow NOTIFY settingsChanged)
    Q_PROPERTY(bool remindMaybe READ remindMaybe WRITE setRemindMaybe NOTIFY settingsChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    explicit PersonalSchedule(ScheduleStore store, QObject *parent = nullptr);

    /** Reads the file; call once before use. */
    void load();

    bool isBookmarked(const QString &conferenceId, const QString &key) const;
    const Bookmark *bookmark(const QString &conferenceId, const QString &key) const;
    QList<Bookmark> bookmarks(const QString &conferenceId) const;
    const QList<Bookmark> &allBookmarks() const { return m_data.bookmarks; }
    /**
     * The bookmark of any conference that starts soonest strictly after now (what the tray shows
     * as next); of two that start together, the one bookmarked first. std::nullopt when none is ahead.
     */
    std::optional<Bookmark> nextBookmarkAfter(const QDateTime &now) const;

    void addBookmark(Bookmark bookmark);
    /** Returns what it removed (nothing when the session was not bookmarked), for restoreBookmarks. */
    QList<RemovedBookmark> removeBookmark(const QString &conferenceId, const QString &key);
    void setReminderEnabled(const QString &conferenceId, const QString &key, bool enabled);
    void setLevel(const QString &conferenceId, const QString &key, BookmarkLevel level);
    /** Keeps an ended session on the Watch later list, or takes it off. */
    void setWatchLater(const QString &conferenceId, const QString &key, bool keep);
    /** Ticks a Watch later item off (watched), or back on. */
    void setWatched(const QString &conferenceId, const QString &key, bool watched);
    /** Removes every bookmark of a conference (one no longer followed: "Forget"); returns them, for restoreBookmarks. */
    QList<RemovedBookmark> forgetConference(const QString &conferenceId);
    /**
     * Undo of a removal: puts the bookmarks back as they were (level, reminder switch, Watch later
     * marks, snapshot) at their old places in the list. One bookmarked again meanwhile keeps its
     * new state. Returns how many came back.
     */
    int restoreBookmarks(const QList<RemovedBookmark> &removed);
    /** Adds the bookmarks not already here (an import); returns how many were new. */
    int mergeBookmarks(const QList<Bookmark> &bookmarks);

    /**
     * Brings bookmark snapshots up to date with a freshly read agenda: a moved session's new time,
     * room and title, with marks of what changed. Bookmarks whose session is gone are kept as they
     * were, marked missing. Returns what changed for the person, for one notification.
     */
    QList<BookmarkChange> refreshSnapshots(const QString &conferenceId, const QString &conferenceTitle, const QList<Session> &sessions);

    /** Which of a conference's bookmarks setFeedAddress changes. */
    enum class AddressUpdate {
        WhereUnknown, // only bookmarks that do not say yet (read from schedule version 1)
        All,          // the conference now comes from this address ("use the new address")
    };
    /** Records the feed a conference's bookmarks come from. */
    void setFeedAddress(const QString &conferenceId, const QString &address, AddressUpdate update);
    /**
     * The person corrected the conference's zone: its bookmarks keep their wall-clock times, re-placed
     * from one zone to the other, so the next refresh sees no "moved" session.
     */
    void replaceWallClock(const QString &conferenceId, const QTimeZone &from, const QTimeZone &to);
    /** The feed address the conference's bookmarks came from; empty when it has none that says. */
    QString feedAddressOf(const QString &conferenceId) const;

    int leadMinutes() const { return m_data.leadMinutes; }
    void setLeadMinutes(int minutes);
    bool remindersPaused() const { return m_data.remindersPaused; }
    void setRemindersPaused(bool paused);
    bool remindMaybe() const { return m_data.remindMaybe; }
    void setRemindMaybe(bool remind);
    /** Whether this bookmark gets reminders and starting-now notices: must see, or maybe when remindMaybe. */
    bool remindsOf(const Bookmark &bookmark) const
    {
        return bookmark.reminderEnabled && (bookmark.level == BookmarkLevel::MustSee || m_data.remindMaybe);
    }

    int startingNow() const { return m_data.startingNow; }
    void setStartingNow(int mode);
    /** Whether this bookmark gets a "starting now" notice, by the setting and its join link. */
    bool wantsStartingNow(const Bookmark &bookmark) const;

    /** Which notice of a session: the reminder ahead of time, or the one when it starts. */
    enum class Notice { Reminder, StartingNow };
    bool hasFired(const Bookmark &bookmark, Notice notice = Notice::Reminder) const;
    void markFired(const Bookmark &bookmark, const QDateTime &at, Notice notice = Notice::Reminder);

    QString problem() const { return m_problem; }
    QString path() const { return m_store.path(); }

    /** A bookmark for a session of a conference, with its snapshot taken now. */
    static Bookmark bookmarkFor(const QString &conferenceId, const QString &conferenceTitle, const Session &session,
                                const QString &feedAddress = QString());

Q_SIGNALS:
    void bookmarkAdded(const QString &conferenceId, const QString &key);
    /**
     * Many bookmarks came at once (mergeBookmarks: an import): said once, not once each, so that
     * what recomputes over every bookmark does so once (an import of thousands was quadratic).
     */
    void bookmarksMerged(const QStringList &conferenceIds);
    void bookmarkRemoved(const QString &conferenceId, const QString &key);
    /** Its snapshot or reminder switch changed. */
    void bookmarkChanged(const QString &conferenceId, const QString &key);
    void settingsChanged();
    void problemChanged();

private:
    int indexOf(const QString &conferenceId, const QString &key) const;
    void save();
    /** Saves once, then says which of a conference's bookmarks changed (nothing when none did). */
    void saveAndAnnounce(const QString &conferenceId, const QStringList &changedKeys);
    void setProblem(const QString &problem);

    ScheduleStore m_store;
    ScheduleData m_data;
    bool m_readOnly = false; // the file on disk must not be overwritten (newer version)
    bool m_saveFailed = false; // the problem shown is a failed save, to clear once one succeeds
    QString m_problem;
};

} // namespace Attend
