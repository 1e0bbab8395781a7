#include "freedesktopnotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QDBusServiceWatcher>
#include <QVariantMap>

#include "domain/weblink.h"

#include <utility>

namespace Attend {

namespace {

QString serviceName() { return QStringLiteral("org.freedesktop.Notifications"); }
QString objectPath() { return QStringLiteral("/org/freedesktop/Notifications"); }
QString interfaceName() { return QStringLiteral("org.freedesktop.Notifications"); }

// A reminder that waits 25 s (the D-Bus default) for a hung server is a late reminder: give up
// sooner and let the caller show it another way.
constexpr int callTimeoutMs = 5000;

QDBusMessage methodCall(const QString &method)
{
    return QDBusMessage::createMethodCall(serviceName(), objectPath(), interfaceName(), method);
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(QObject *parent)
    : FreedesktopNotifier(QDBusConnection::sessionBus(), parent)
{
}

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : Notifier(parent)
    , m_bus(bus)
{
    setObjectName(QStringLiteral("freedesktop"));
    if (!m_bus.isConnected())
        return; // no bus at all: isAvailable() says so, and notify() reports every notice as failed

    // Subscribing by the well-known name makes QtDBus accept these signals only from whoever owns
    // it, so another program cannot fake a click.
    m_bus.connect(serviceName(), objectPath(), interfaceName(), QStringLiteral("ActionInvoked"),
                  this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(serviceName(), objectPath(), interfaceName(), QStringLiteral("NotificationClosed"),
                  this, SLOT(onNotificationClosed(uint, uint)));

    m_serverWatcher = new QDBusServiceWatcher(serviceName(), m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_serverWatcher, &QDBusServiceWatcher::serviceOwnerChanged, this, &FreedesktopNotifier::onServerChanged);
}

bool FreedesktopNotifier::isAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    // NameHasOwner is answered by the bus daemon itself, in well under a millisecond.
    if (m_bus.interface()->isServiceRegistered(serviceName()).value())
        return true;
    // The list of activatable names only changes when packages are installed: ask once.
    if (m_activatable < 0) {
        const QDBusReply<QStringList> names = m_bus.interface()->activatableServiceNames();
        m_activatable = names.isValid() && names.value().contains(serviceName()) ? 1 : 0;
    }
    return m_activatable == 1;
}

void FreedesktopNotifier::notify(const ReminderNotice &notice)
{
    if (!m_bus.isConnected()) {
        Q_EMIT deliveryFailed(notice, QStringLiteral("not connected to the session bus"));
        return;
    }
    switch (m_capabilityState) {
    case CapabilityState::Known:
        send(notice);
        return;
    case CapabilityState::Asking:
        m_waitingForCapabilities.append(notice);
        return;
    case CapabilityState::Unknown:
        m_waitingForCapabilities.append(notice);
        askCapabilities();
        return;
    }
}

void FreedesktopNotifier::askCapabilities()
{
    m_capabilityState = CapabilityState::Asking;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(methodCall(QStringLiteral("GetCapabilities")), callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &FreedesktopNotifier::onCapabilities);
}

void FreedesktopNotifier::onCapabilities(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    const QDBusPendingReply<QStringList> reply = *watcher;
    if (reply.isError()) {
        // Ask again next time (the server may come back); the waiting notices still go out, without
        // actions, and if the server is really gone their Notify fails and reports it.
        m_capabilityState = CapabilityState::Unknown;
        m_capabilities.clear();
    } else {
        m_capabilityState = CapabilityState::Known;
        m_capabilities = reply.value();
    }
    const QList<ReminderNotice> waiting = std::exchange(m_waitingForCapabilities, {});
    for (const ReminderNotice &notice : waiting)
        send(notice);
}

void FreedesktopNotifier::send(const ReminderNotice &notice)
{
    QStringList actions;
    const bool canJoin = isWebLink(notice.joinLink.toString());
    if (m_capabilities.contains(QStringLiteral("actions"))) {
        // "default" is what a click on the bubble itself sends: that is "Open", once (a second
        // "open" action made dunst list Open twice). The others become buttons.
        actions = {QStringLiteral("default"), tr("Open")};
        if (canJoin)
            actions << QStringLiteral("join") << tr("Join");
        if (notice.canSnooze)
            actions << QStringLiteral("snooze") << tr("Snooze 5 min");
    }
    // A server that takes markup in the body would read "Rust & C++" or "Room <B>" as broken markup.
    const QString body = m_capabilities.contains(QStringLiteral("body-markup")) ? notice.body.toHtmlEscaped() : notice.body;

    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.github.attend.Attend"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(1)); // the spec wants a byte: 1 = normal
    hints.insert(QStringLiteral("category"), QStringLiteral("x-attend.reminder"));
    // A reminder stays until the person dismisses or acts on it (we close it then): expire
    // timeout 0 and "resident", for the servers that honour them. Never "critical" urgency, which
    // some servers show over full-screen video: a talk starting is not an emergency.
    if (notice.isReminder())
        hints.insert(QStringLiteral("resident"), true);

    QDBusMessage call = methodCall(QStringLiteral("Notify"));
    call << QStringLiteral("Attend") << uint(0) << QStringLiteral("io.github.attend.Attend") << notice.summary << body
         << actions << hints << int(notice.isReminder() ? 0 : -1);

    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, notice, canJoin](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isError()) {
            const QDBusError error = reply.error();
            Q_EMIT deliveryFailed(notice, error.message().isEmpty() ? error.name() : QStringLiteral("%1: %2").arg(error.name(), error.message()));
            return;
        }
        const uint id = reply.value();
        m_shown.insert(id, Target{notice.conferenceId, notice.sessionKey, canJoin ? notice.joinLink : QUrl()});
        Q_EMIT delivered(notice, id);
    });
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_shown.constFind(id);
    if (it == m_shown.constEnd())
        return; // another program's notification: servers may broadcast these signals
    const Target target = *it;
    // "open" still comes from notices shown by an older Attend that is no longer running.
    if (actionKey == QLatin1String("default") || actionKey == QLatin1String("open"))
        Q_EMIT openRequested(target.conferenceId, target.sessionKey);
    else if (actionKey == QLatin1String("snooze"))
        Q_EMIT snoozeRequested(target.conferenceId, target.sessionKey);
    else if (actionKey == QLatin1String("join") && !target.joinLink.isEmpty())
        Q_EMIT joinRequested(target.conferenceId, target.sessionKey, target.joinLink);
    else
        return;
    // Acted on: it has done its job (and a snoozed one comes back in five minutes).
    close(id);
}

void FreedesktopNotifier::close(uint id)
{
    m_shown.remove(id);
    QDBusMessage call = methodCall(QStringLiteral("CloseNotification"));
    call << id;
    // Nothing to wait for: a server that already closed it answers with an error we can ignore.
    m_bus.asyncCall(call, callTimeoutMs);
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason) // expired, dismissed or closed: in every case the id means nothing any more
    m_shown.remove(id);
}

void FreedesktopNotifier::onServerChanged()
{
    // A new server (or none) has new ids and maybe other capabilities: ids of the old one could
    // otherwise match another program's notifications on the new one.
    m_shown.clear();
    if (m_capabilityState == CapabilityState::Known)
        m_capabilityState = CapabilityState::Unknown;
}

} // namespace Attend
