#include "inwindownotifier.h"

namespace Attend {

InWindowNotifier::InWindowNotifier(QObject *parent)
    : Notifier(parent)
{
    setObjectName(QStringLiteral("window"));
}

bool InWindowNotifier::isAvailable() const
{
    return true;
}

void InWindowNotifier::notify(const ReminderNotice &notice)
{
    Q_EMIT shown(notice);
}

void InWindowNotifier::requestOpen(const QString &conferenceId, const QString &sessionKey)
{
    Q_EMIT openRequested(conferenceId, sessionKey);
}

void InWindowNotifier::requestJoin(const QString &conferenceId, const QString &sessionKey, const QUrl &link)
{
    Q_EMIT joinRequested(conferenceId, sessionKey, link);
}

void InWindowNotifier::requestSnooze(const QString &conferenceId, const QString &sessionKey)
{
    Q_EMIT snoozeRequested(conferenceId, sessionKey);
}

} // namespace Attend
