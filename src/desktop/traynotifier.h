#pragma once

#include "notifier.h"

#include <QPointer>

class QSystemTrayIcon;

namespace Attend {

/**
 * Shows reminders as the tray icon's balloon. A balloon carries no actions, so a click on it
 * opens the last notice shown.
 */
class TrayNotifier : public Notifier
{
    Q_OBJECT

public:
    /** Uses the given icon; the caller keeps owning it. */
    explicit TrayNotifier(QSystemTrayIcon *icon, QObject *parent = nullptr);

    /** True when the desktop has a tray and the icon is shown in it. */
    bool isAvailable() const override;
    /** Shows the notice as the icon's balloon. */
    void notify(const ReminderNotice &notice) override;

private:
    void onMessageClicked();

    QPointer<QSystemTrayIcon> m_icon; // not ours: it may go away before we do
    ReminderNotice m_lastShown;
    bool m_hasShown = false;
};

} // namespace Attend
