#pragma once

#include <QObject>

namespace Attend {

/**
 * Tells when the machine wakes from sleep (logind's PrepareForSleep on the system bus), so
 * reminders that fell due while asleep are shown at once rather than at the next timer tick.
 * Where there is no logind, it says nothing: the scheduler's capped timer still catches up.
 */
class SleepWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SleepWatcher(QObject *parent = nullptr);

Q_SIGNALS:
    void woke();

private Q_SLOTS:
    void onPrepareForSleep(bool goingToSleep);
};

} // namespace Attend
