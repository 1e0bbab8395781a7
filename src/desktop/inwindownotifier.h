#pragma once

#include "notifier.h"

namespace Attend {

/**
 * The last resort: the window shows the notice as a banner. Always available, so a reminder is
 * never lost even with no notification server and no tray.
 */
class InWindowNotifier : public Notifier
{
    Q_OBJECT

public:
    /** Names itself "window", as ReminderNotifier::lastPath() reports it. */
    explicit InWindowNotifier(QObject *parent = nullptr);

    /** Always true: the window can always show a banner. */
    bool isAvailable() const override;
    /** Hands the notice to the window (shown()). */
    void notify(const ReminderNotice &notice) override;

    /** The banner's "Open": the window calls this so every path reports clicks the same way. */
    Q_INVOKABLE void requestOpen(const QString &conferenceId, const QString &sessionKey);
    /** The banner's "Snooze 5 min". */
    Q_INVOKABLE void requestSnooze(const QString &conferenceId, const QString &sessionKey);
    /** The banner's "Join". */
    Q_INVOKABLE void requestJoin(const QString &conferenceId, const QString &sessionKey, const QUrl &link);

Q_SIGNALS:
    /** The window should show this notice now. */
    void shown(const Attend::ReminderNotice &notice);
};

} // namespace Attend
