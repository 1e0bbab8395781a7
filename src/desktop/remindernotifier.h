#pragma once

#include "notifier.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Attend {

/**
 * Chooses how each reminder reaches the person: the first available path of an ordered list
 * (normally the notification server, then the tray, then the window), and the next one when a
 * path reports that it could not deliver. Clicks and snoozes from every path come out of here.
 *
 * A path's name (lastPath()) is its objectName(): FreedesktopNotifier, TrayNotifier and
 * InWindowNotifier name themselves "freedesktop", "tray" and "window".
 */
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    /** Uses these paths in this order; they stay owned by the caller. */
    explicit ReminderNotifier(const QList<Notifier *> &paths, QObject *parent = nullptr);

    /** Shows the notice through the first available path. */
    void deliver(const ReminderNotice &notice);

    /** The name of the path the last notice was handed to ("freedesktop", "tray", "window"); empty before any. */
    QString lastPath() const { return m_lastPath; }

Q_SIGNALS:
    /** The person clicked a notice, on whichever path showed it. */
    void openRequested(const QString &conferenceId, const QString &sessionKey);
    /** The person chose "Snooze 5 min", on whichever path showed it. */
    void snoozeRequested(const QString &conferenceId, const QString &sessionKey);
    /** The person chose "Join", on whichever path showed it. */
    void joinRequested(const QString &conferenceId, const QString &sessionKey, const QUrl &link);
    /** No path could show the notice (there was no always-available path at the end of the list). */
    void undeliverable(const Attend::ReminderNotice &notice, const QString &reason);

private:
    void deliverFrom(qsizetype first, const ReminderNotice &notice, const QString &why);
    void onDeliveryFailed(Notifier *failed, const ReminderNotice &notice, const QString &error);

    QList<QPointer<Notifier>> m_paths; // not ours; a path deleted early is skipped
    QString m_lastPath;
};

} // namespace Attend
