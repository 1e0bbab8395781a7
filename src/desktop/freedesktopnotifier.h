#pragma once

#include "notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QStringList>

class QDBusPendingCallWatcher;
class QDBusServiceWatcher;

namespace Attend {

/**
 * Shows reminders through the desktop's notification server (org.freedesktop.Notifications on the
 * session bus: dunst, GNOME Shell, Plasma, …) and turns its action and click signals back into
 * openRequested/snoozeRequested. Every bus call is asynchronous, so a slow or hung server never
 * freezes the window; a Notify the server does not accept is reported by deliveryFailed.
 */
class FreedesktopNotifier : public Notifier
{
    Q_OBJECT

public:
    /** Uses the session bus. */
    explicit FreedesktopNotifier(QObject *parent = nullptr);
    /** Uses the given bus connection (tests pass a private bus). */
    explicit FreedesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    /** True when a notification server owns the name on the bus, or the bus can start one. */
    bool isAvailable() const override;
    /** Sends the notice; the result arrives later as delivered() or deliveryFailed(). */
    void notify(const ReminderNotice &notice) override;

    /** What the server said it supports (GetCapabilities); empty until the first notice asked. */
    QStringList serverCapabilities() const { return m_capabilities; }

Q_SIGNALS:
    /** The server accepted the notice and shows it under this id. */
    void delivered(const Attend::ReminderNotice &notice, uint notificationId);
    /** The server did not take the notice (gone, or an error): show it some other way. */
    void deliveryFailed(const Attend::ReminderNotice &notice, const QString &error);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);
    void onServerChanged();

private:
    struct Target {
        QString conferenceId;
        QString sessionKey;
        QUrl joinLink;
    };
    enum class CapabilityState { Unknown, Asking, Known };

    void askCapabilities();
    void onCapabilities(QDBusPendingCallWatcher *watcher);
    void send(const ReminderNotice &notice);
    /** Takes the notice off the screen (after an action: a resident notice would stay). */
    void close(uint id);

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_serverWatcher = nullptr;
    CapabilityState m_capabilityState = CapabilityState::Unknown;
    QStringList m_capabilities;
    QList<ReminderNotice> m_waitingForCapabilities;
    QHash<uint, Target> m_shown; // notification id (the server's) → the session it is about
    mutable int m_activatable = -1; // cached ListActivatableNames answer: -1 not asked yet, else 0/1
};

} // namespace Attend
