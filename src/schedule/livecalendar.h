#pragma once

#include "bookmark.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Attend {

class PersonalSchedule;

/**
 * The live calendar: an iCalendar file of the bookmarks of every followed conference that
 * calendar apps subscribe to (a plain file, no server). Rewritten atomically, 0600, shortly after
 * any bookmark change or feed update (writeDelayMs). An event keeps its UID (icsUidFor, as the
 * export); its SEQUENCE rises whenever what a calendar shows of it changes, kept per UID in a
 * state file beside Attend's data, so it keeps rising across restarts.
 */
class LiveCalendar : public QObject
{
    Q_OBJECT

public:
    static constexpr int writeDelayMs = 250; // changes that come together (a feed update) make one write

    /** statePath: where SEQUENCE state is kept (defaultStatePath() in the app). */
    LiveCalendar(PersonalSchedule *schedule, QString statePath, QObject *parent = nullptr);

    /** attend-bookmarks.ics in the app data folder. */
    static QString defaultPath();
    static QString defaultStatePath();

    bool isEnabled() const { return m_enabled; }
    /** On: writes the file now and after each change. Off: stops writing (the file is left as it is). */
    void setEnabled(bool enabled);
    QString path() const { return m_path; }
    void setPath(const QString &path);
    /** A VALARM at the reminder lead time on must-see sessions. */
    void setAlarms(bool alarms);
    bool alarms() const { return m_alarms; }
    /** Only these conferences' bookmarks are written (a removed conference's are not followed). */
    void setFollowedConferences(const QSet<QString> &conferenceIds);

    /** Writes the file at once; false, with the reason in lastError(), when it could not. */
    bool writeNow();
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /** The file was rewritten (for tests and the Settings page). */
    void written();
    void failed(const QString &error);

private:
    struct EventState {
        int sequence = 0;
        QByteArray fingerprint; // what a calendar shows of it, the last time it was written
        QDateTime lastSeen;     // when it was last in the file: state unseen for half a year is forgotten
    };
    void scheduleWrite();
    void loadState();
    bool saveState(QString *error) const;

    PersonalSchedule *m_schedule;
    QString m_statePath;
    QString m_path;
    bool m_enabled = false;
    bool m_alarms = false;
    bool m_followedKnown = false;
    QSet<QString> m_followed;
    QHash<QString, EventState> m_state;
    QTimer m_writeTimer;
    QString m_lastError;
};

} // namespace Attend
