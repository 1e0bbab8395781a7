#pragma once

#include "domain/conference.h"
#include "schedule/personalschedule.h"
#include "nownextmodel.h"
#include "domain/clock.h"
#include "daytimelinemodel.h"
#include "schedulemodel.h"
#include "speakerlistmodel.h"
#include "sessionlistmodel.h"
#include "timeformatter.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>

#include <memory>

class QQmlEngine;
class QJSEngine;
#include <QtQml/qqmlregistration.h>

namespace Attend {

class Settings;

/**
 * The conference on screen: its facts for the conference page, its sessions as a model, and the
 * time formatter every view shares. C++ creates and owns it (see setQmlInstance); QML reaches it
 * as the singleton `Agenda`, never by a context property.
 */
class Agenda : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString conferenceId READ conferenceId NOTIFY conferenceChanged)
    Q_PROPERTY(QString title READ title NOTIFY conferenceChanged)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY conferenceChanged)
    Q_PROPERTY(QString description READ description NOTIFY conferenceChanged)
    Q_PROPERTY(QString url READ url NOTIFY conferenceChanged)
    Q_PROPERTY(QString dates READ dates NOTIFY conferenceChanged)
    Q_PROPERTY(QString zoneName READ zoneName NOTIFY conferenceChanged)
    Q_PROPERTY(QString zoneNote READ zoneNote NOTIFY conferenceChanged)
    Q_PROPERTY(QStringList dayLabels READ dayLabels NOTIFY conferenceChanged)
    Q_PROPERTY(QStringList tracks READ tracks NOTIFY conferenceChanged)
    Q_PROPERTY(QStringList trackChoices READ trackChoices NOTIFY conferenceChanged)
    Q_PROPERTY(QStringList rooms READ rooms NOTIFY conferenceChanged)
    Q_PROPERTY(QStringList hiddenTracks READ hiddenTracks NOTIFY hiddenChanged)
    Q_PROPERTY(QStringList hiddenRooms READ hiddenRooms NOTIFY hiddenChanged)
    Q_PROPERTY(QDateTime now READ now NOTIFY nowChanged)
    Q_PROPERTY(int sessionCount READ sessionCount NOTIFY conferenceChanged)
    Q_PROPERTY(QString loadError READ loadError NOTIFY loadErrorChanged)
    Q_PROPERTY(Attend::SessionListModel *sessions READ sessions CONSTANT)
    Q_PROPERTY(Attend::TimeFormatter *formatter READ formatter CONSTANT)
    Q_PROPERTY(Attend::ScheduleModel *mySchedule READ mySchedule CONSTANT)
    Q_PROPERTY(Attend::ScheduleModel *allSchedule READ allSchedule CONSTANT)
    Q_PROPERTY(Attend::ScheduleModel *watchLater READ watchLater CONSTANT)
    Q_PROPERTY(Attend::DayTimelineModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(QString watchLaterPrompt READ watchLaterPrompt NOTIFY watchLaterPromptChanged)
    Q_PROPERTY(Attend::PersonalSchedule *schedule READ schedule CONSTANT)
    Q_PROPERTY(Attend::NowNextModel *nowNext READ nowNext CONSTANT)
    Q_PROPERTY(Attend::SpeakerListModel *speakers READ speakers CONSTANT)
    /**
     * Counts up whenever a bookmark of the conference shown is added, removed, merged or changed
     * (its level too): lists that hold only keys (a speaker's sessions) re-read their stars on it.
     */
    Q_PROPERTY(int bookmarkRevision READ bookmarkRevision NOTIFY bookmarksChanged)

public:
    /** clock: what "now" is for Now & Next (the system's when null; tests inject one). */
    Agenda(TimeFormatter *formatter, PersonalSchedule *schedule, QObject *parent = nullptr, Clock *clock = nullptr);
    ~Agenda() override;

    /**
     * Shows a conference. conferenceId: where it is filed (its bookmarks), by default its feed's own
     * id; feedAddress: the feed new bookmarks say they came from.
     */
    void setConference(Conference conference, const QString &conferenceId = QString(), const QString &feedAddress = QString());
    const Conference &conference() const { return m_conference; }
    QString conferenceId() const { return m_conferenceId; }

    QString title() const { return m_conference.title; }
    QString subtitle() const { return m_conference.subtitle; }
    QString description() const { return m_conference.description; }
    /** The conference's web page, only when it is an http(s) address (see domain/weblink.h). */
    QString url() const;
    QString dates() const;
    QString zoneName() const;
    QString zoneNote() const;
    QStringList dayLabels() const;
    QStringList tracks() const { return m_tracks; }
    /** "All tracks" then every track: the track picker's choices. */
    QStringList trackChoices() const { return QStringList{tr("All tracks")} + m_tracks; }
    int sessionCount() const { return int(m_conference.sessions.size()); }
    /** Every room of the conference, in the order the feed lists them first. */
    QStringList rooms() const { return m_rooms; }

    /** Tracks and rooms the person never wants to see in this conference; remembered per conference. */
    QStringList hiddenTracks() const { return m_hiddenTracks; }
    QStringList hiddenRooms() const { return m_hiddenRooms; }
    Q_INVOKABLE void hideTrack(const QString &track);
    Q_INVOKABLE void hideRoom(const QString &room);
    Q_INVOKABLE void showHidden();

    /** The current minute, as the application's clock says: past sessions are dimmed against it. */
    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now);
    SessionListModel *sessions() const { return m_sessions; }
    TimeFormatter *formatter() const { return m_formatter; }
    ScheduleModel *mySchedule() const { return m_mySchedule; }
    ScheduleModel *allSchedule() const { return m_allSchedule; }
    ScheduleModel *watchLater() const { return m_watchLater; }
    DayTimelineModel *timeline() const { return m_timeline; }
    /** The conferences followed now: the others' bookmarks are listed apart in "All my conferences". */
    void setFollowedConferences(const QSet<QString> &conferenceIds);
    PersonalSchedule *schedule() const { return m_schedule; }
    NowNextModel *nowNext() const { return m_nowNext; }
    SpeakerListModel *speakers() const { return m_speakers; }
    /** {title, detailLine, bookmarked, maybe, track, startTime, timeEstimated, cancelled} of a session, for lists that hold keys (a speaker's sessions). */
    Q_INVOKABLE QVariantMap sessionSummary(const QString &key) const;

    Q_INVOKABLE bool isBookmarked(const QString &key) const;
    int bookmarkRevision() const { return m_bookmarkRevision; }
    /** Bookmarks the session, or removes its bookmark. */
    Q_INVOKABLE void toggleBookmark(const QString &key);
    /** True when the session is bookmarked as maybe. */
    Q_INVOKABLE bool isMaybe(const QString &key) const;
    /** Sets the level (bookmarking as that level when not bookmarked yet). */
    Q_INVOKABLE void setMaybe(const QString &key, bool maybe);
    /** Shift+Space: bookmarks as maybe when not bookmarked, else switches must see and maybe. */
    Q_INVOKABLE void cycleLevel(const QString &key);
    /** Bookmarks of any conference, by their conference id (All my conferences, Watch later). */
    Q_INVOKABLE void removeBookmarkOf(const QString &conferenceId, const QString &key);
    Q_INVOKABLE void setMaybeOf(const QString &conferenceId, const QString &key, bool maybe);
    /** {title, followed, feedAddress} of a conference bookmarks are filed under (All my conferences' sections). */
    Q_INVOKABLE QVariantMap bookmarkedConference(const QString &conferenceId) const;
    /** "Forget": every bookmark of a conference no longer followed. */
    Q_INVOKABLE void forgetConference(const QString &conferenceId);
    /**
     * Undo of the last removal said by removedUndoably (a star taken off, a conference's bookmarks
     * forgotten): the bookmarks come back exactly as they were. Once only; false when there is none.
     */
    Q_INVOKABLE bool undoRemoval();
    Q_INVOKABLE void setWatchLater(const QString &conferenceId, const QString &key, bool keep);
    Q_INVOKABLE void setWatched(const QString &conferenceId, const QString &key, bool watched);

    /** "You had 3 sessions yesterday — mark any to watch later?" on the first start of a day; else empty. */
    QString watchLaterPrompt() const { return m_watchLaterPrompt; }
    /** Works out the prompt once, at start: yesterday's ended bookmarks not yet on the list. */
    void prepareWatchLaterPrompt();
    /** The prompt's "Mark all": every session it counted goes on the Watch later list. */
    Q_INVOKABLE void markPromptedForWatchLater();
    Q_INVOKABLE void dismissWatchLaterPrompt();

    Q_INVOKABLE bool reminderEnabled(const QString &key) const;
    Q_INVOKABLE void setReminderEnabled(const QString &key, bool enabled);

    /** Writes this conference's bookmarks to an .ics file; returns what happened, for the person. */
    Q_INVOKABLE QString exportBookmarks(const QUrl &file) const;
    /** Merges bookmarks from an .ics file Attend exported (matched by UID); returns what happened. */
    Q_INVOKABLE QString importBookmarks(const QUrl &file);

    /** Writes the bookmarks of every conference the person followed to an .ics file (see exportBookmarks). */
    Q_INVOKABLE QString exportAllBookmarks(const QUrl &file) const;
    /** How many conferences have bookmarks: the export offers "all" only when more than this one do. */
    Q_INVOKABLE int conferencesWithBookmarks() const;
    /** Where an export is saved unless the person says otherwise: Documents (else home), a named file. */
    Q_INVOKABLE QUrl suggestedExportFile(bool allConferences) const;
    /** Its file name only ("FOSDEM 2026.ics"): what the save dialog's name field starts with. */
    Q_INVOKABLE QString suggestedExportFileName(bool allConferences) const;
    /** The folder the file dialogs open in: the last one used, else Documents (else home). */
    Q_INVOKABLE QUrl fileDialogFolder() const;
    /** What Attend's file dialog lists in a folder: its subfolders, then its files (only .ics ones
        when calendarsOnly), each {name, url, isFolder}, by name; hidden entries left out. */
    Q_INVOKABLE QVariantList folderEntries(const QUrl &folder, bool calendarsOnly) const;
    /** The folder above this one (the same at the root). */
    Q_INVOKABLE QUrl parentFolder(const QUrl &folder) const;
    /** The file a typed name means: in the folder, unless it is a full path (or starts with "~/"). */
    Q_INVOKABLE QUrl fileInFolder(const QUrl &folder, const QString &name) const;
    /** The file's local path, for the person to read ("" when it is not a local file). */
    Q_INVOKABLE QString localPath(const QUrl &file) const { return file.toLocalFile(); }
    /** Whether the file is an existing folder (a typed name the dialog should open, not choose). */
    Q_INVOKABLE bool isFolder(const QUrl &file) const;

    /** Asks the window to show this session (from a notification or the tray). */
    void requestOpenSession(const QString &key) { Q_EMIT openSessionRequested(key); }

    /** The instance QML's singleton `Agenda` resolves to; set before the engine loads. */
    static void setQmlInstance(Agenda *agenda);
    static Agenda *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    /** Why the feed asked for could not be shown, in one line; empty when it was. */
    QString loadError() const { return m_loadError; }
    void setLoadError(const QString &error);

    /** The session with this key, or nullptr. */
    const Session *session(const QString &key) const;

    /** Where hidden tracks and rooms are remembered; Settings::instance() unless set. */
    void setSettings(Settings *settings);

Q_SIGNALS:
    void conferenceChanged();
    void loadErrorChanged();
    void hiddenChanged();
    void nowChanged();
    void openSessionRequested(const QString &key);
    void watchLaterPromptChanged();
    /** The person removed bookmarks; `message` says which, for a notice that offers undoRemoval. */
    void removedUndoably(const QString &message);
    void bookmarksChanged();

private:
    /** Keeps what a removal took, for undoRemoval, and says so. */
    void noteRemoval(QList<RemovedBookmark> removed, const QString &message);

    TimeFormatter *m_formatter;
    PersonalSchedule *m_schedule;
    SessionListModel *m_sessions;
    ScheduleModel *m_mySchedule;
    ScheduleModel *m_allSchedule;
    ScheduleModel *m_watchLater;
    DayTimelineModel *m_timeline;
    QString m_watchLaterPrompt;
    QList<RemovedBookmark> m_lastRemoved; // what undoRemoval puts back
    QSet<QString> m_followed;
    QList<std::pair<QString, QString>> m_promptedBookmarks; // conference id, key
    std::unique_ptr<Clock> m_ownClock;
    NowNextModel *m_nowNext;
    int m_bookmarkRevision = 0;
    SpeakerListModel *m_speakers;
    Clock *m_clock; // after m_ownClock: it may point to it
    Conference m_conference;
    QString m_conferenceId;
    QString m_feedAddress;
    QStringList m_tracks;
    QStringList m_rooms;
    QStringList m_hiddenTracks;
    QStringList m_hiddenRooms;
    QDateTime m_now;

    Settings *settings() const;
    QString exportTo(const QUrl &file, const QList<Bookmark> &bookmarks) const;
    /** Remembers the folder of a file exported or imported, for the next file dialog. */
    void rememberFolder(const QString &file) const;
    void loadHidden();
    void saveHidden() const;
    QString m_loadError;
    QPointer<Settings> m_settings;
    static inline QPointer<Agenda> s_qmlInstance;
};

} // namespace Attend
