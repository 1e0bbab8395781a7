#include "remindernotifier.h"

#include "freedesktopnotifier.h"

#include <QDebug>

namespace Attend {

namespace {

QString pathName(const Notifier *path)
{
    return path->objectName().isEmpty() ? QString::fromLatin1(path->metaObject()->className()) : path->objectName();
}

} // namespace

ReminderNotifier::ReminderNotifier(const QList<Notifier *> &paths, QObject *parent)
    : QObject(parent)
{
    for (Notifier *path : paths) {
        if (!path)
            continue;
        m_paths.append(path);
        connect(path, &Notifier::openRequested, this, &ReminderNotifier::openRequested);
        connect(path, &Notifier::snoozeRequested, this, &ReminderNotifier::snoozeRequested);
        connect(path, &Notifier::joinRequested, this, &ReminderNotifier::joinRequested);
        // Only the notification server answers later, and may answer "no": the tray and the window
        // show what they are given at once.
        if (auto *desktop = qobject_cast<FreedesktopNotifier *>(path)) {
            connect(desktop, &FreedesktopNotifier::deliveryFailed, this,
                    [this, desktop](const ReminderNotice &notice, const QString &error) { onDeliveryFailed(desktop, notice, error); });
        }
    }
}

void ReminderNotifier::deliver(const ReminderNotice &notice)
{
    deliverFrom(0, notice, QString());
}

void ReminderNotifier::deliverFrom(qsizetype first, const ReminderNotice &notice, const QString &why)
{
    for (qsizetype i = first; i < m_paths.size(); ++i) {
        Notifier *path = m_paths.at(i);
        if (!path || !path->isAvailable())
            continue;
        m_lastPath = pathName(path);
        if (!why.isEmpty())
            qInfo().noquote() << "attend: reminder" << notice.sessionKey << "shown in the" << m_lastPath << "instead:" << why;
        path->notify(notice);
        return;
    }
    const QString reason = why.isEmpty() ? QStringLiteral("no way to show a reminder is available")
                                         : QStringLiteral("no other way to show a reminder is available (%1)").arg(why);
    qWarning().noquote() << "attend: reminder" << notice.sessionKey << "not shown:" << reason;
    Q_EMIT undeliverable(notice, reason);
}

void ReminderNotifier::onDeliveryFailed(Notifier *failed, const ReminderNotice &notice, const QString &error)
{
    // Only the paths after the one that failed: it may still claim to be available (the bus has
    // not yet told us the server left), and asking it again could fail the same way for ever.
    const qsizetype index = m_paths.indexOf(failed);
    deliverFrom(index < 0 ? m_paths.size() : index + 1, notice, QStringLiteral("%1 failed: %2").arg(pathName(failed), error));
}

} // namespace Attend
