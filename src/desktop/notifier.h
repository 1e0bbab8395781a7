#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace Attend {

/** One reminder, ready for the desktop: who it is for and the words to show. */
struct ReminderNotice {
    QString conferenceId;
    QString sessionKey;
    QString summary; // the session's title (prefixed when the reminder was missed)
    QString body;    // "Starts 18:20 (your time) · Online", or "Started 18:20 …" when missed
    bool missed = false;
    bool canSnooze = true; // false for news that is not a reminder (a session moved)
    bool startingNow = false; // the "starting now" notice, not the reminder ahead of time
    QUrl joinLink; // where to watch or join (Session::joinLink); only http(s), empty when none
    /** A reminder (ahead of time or starting now), as opposed to news such as "a session moved". */
    bool isReminder() const { return canSnooze || startingNow; }
};

/**
 * Somewhere a reminder can be shown: the freedesktop notification service, the tray's balloon,
 * or the window itself. The seam tests replace.
 */
class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /** True when this path can show a notice right now (a service on the bus, a tray, a window). */
    virtual bool isAvailable() const = 0;
    virtual void notify(const ReminderNotice &notice) = 0;

Q_SIGNALS:
    /** The person clicked the notice or its "Open" action. */
    void openRequested(const QString &conferenceId, const QString &sessionKey);
    /** The person chose "Snooze 5 min". */
    void snoozeRequested(const QString &conferenceId, const QString &sessionKey);
    /** The person chose "Join": open `link` (the notice's joinLink) in the browser. */
    void joinRequested(const QString &conferenceId, const QString &sessionKey, const QUrl &link);
};

} // namespace Attend
