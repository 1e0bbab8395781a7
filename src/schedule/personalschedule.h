#pragma once

#include "bookmarkchanges.h"
#include "domain/session.h"
#include "scheduledata.h"
#include "schedulestore.h"

#include <QObject>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

namespace Attend {

/**
 * The person's bookmarks and reminder settings, kept on their own machine. Every change is saved
 * at once, atomically; a file that could not be read is reported (problem()) and never overwritten.
 */
class PersonalSchedule : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the application")
    Q_PROPERTY(int leadMinutes READ leadMinutes WRITE setLeadMinutes NOTIFY settingsChanged)
    Q_PROPERTY(bool remindersPaused READ remindersPaused WRITE setRemindersPaused NOTIFY settingsChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    explicit PersonalSchedule(ScheduleStore store, QObject *parent = nullptr);

    /** Reads the file; call once before use. */
    void load();

    bool isBookmarked(const QString &conferenceId, const QString &key) const;
    const Bookmark *bookmark(const QString &conferenceId, const QString &key) const;
    QList<Bookmark> bookmarks(const QString &conferenceId) const;
    const QList<Bookmark> &allBookmarks() const { return m_data.bookmarks; }

    void addBookmark(Bookmark bookmark);
    void removeBookmark(const QString &conferenceId, const QString &key);
    void setReminderEnabled(const QString &conferenceId, const QString &key, bool enabled);
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

    bool hasFired(const Bookmark &bookmark) const;
    void markFired(const Bookmark &bookmark, const QDateTime &at);

    QString problem() const { return m_problem; }
    QString path() const { return m_store.path(); }

    /** A bookmark for a session of a conference, with its snapshot taken now. */
    static Bookmark bookmarkFor(const QString &conferenceId, const QString &conferenceTitle, const Session &session,
                                const QString &feedAddress = QString());

Q_SIGNALS:
    void bookmarkAdded(const QString &conferenceId, const QString &key);
    void bookmarkRemoved(const QString &conferenceId, const QString &key);
    /** Its snapshot or reminder switch changed. */
    void bookmarkChanged(const QString &conferenceId, const QString &key);
    void settingsChanged();
    void problemChanged();

private:
    int indexOf(const QString &conferenceId, const QString &key) const;
    void save();
    void setProblem(const QString &problem);

    ScheduleStore m_store;
    ScheduleData m_data;
    bool m_readOnly = false; // the file on disk must not be overwritten (newer version)
    bool m_saveFailed = false; // the problem shown is a failed save, to clear once one succeeds
    QString m_problem;
};

} // namespace Attend
