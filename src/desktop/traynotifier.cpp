#include "traynotifier.h"

#include <QSystemTrayIcon>

namespace Attend {

TrayNotifier::TrayNotifier(QSystemTrayIcon *icon, QObject *parent)
    : Notifier(parent)
    , m_icon(icon)
{
    setObjectName(QStringLiteral("tray"));
    if (m_icon)
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::onMessageClicked);
}

bool TrayNotifier::isAvailable() const
{
    return m_icon && QSystemTrayIcon::isSystemTrayAvailable() && m_icon->isVisible();
}

void TrayNotifier::notify(const ReminderNotice &notice)
{
    if (!m_icon)
        return; // isAvailable() said so: the caller has chosen another path
    m_lastShown = notice;
    m_hasShown = true;
    // 0: the balloon stays until dismissed (Qt's own balloon and the D-Bus tray both read it so):
    // a reminder should not vanish while the person looks away.
    m_icon->showMessage(notice.summary, notice.body, QSystemTrayIcon::Information, 0);
}

void TrayNotifier::onMessageClicked()
{
    // Only one balloon shows at a time, and each new one replaces the last: the click is for it.
    if (m_hasShown)
        Q_EMIT openRequested(m_lastShown.conferenceId, m_lastShown.sessionKey);
}

} // namespace Attend
