#pragma once

#include "schedule/bookmark.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

namespace Attend {

class Clock;
class PersonalSchedule;

/**
 * Decides when to remind: one timer, armed for the next due reminder (lead time before a
 * bookmarked session starts) and never for more than maxArmInterval ahead, because QTimer runs on
 * the monotonic clock, which stops while the machine sleeps. Each wake-up compares against the wall
 * clock, so a suspend or a clock change is noticed within that cap. Each reminder fires once; that
 * is saved before it is shown, so a restart neither repeats nor loses one.
 */
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxArmInterval = 60 * 1000; // ms
    /** Delivered later than this after its due time, a reminder says it was missed. */
    static constexpr qint64 lateAfter = 90; // s
    static constexpr int snoozeMinutes = 5;

    ReminderScheduler(PersonalSchedule *schedule, const Clock *clock, QObject *parent = nullptr);

    /** The next instant a reminder falls due (snoozes included); invalid when none is pending. */
    QDateTime nextDue() const { return m_nextDue; }
    /** How long the timer is armed for, in ms; -1 when it is stopped (nothing to wait for). */
    qint64 armedInterval() const { return m_timer.isActive() ? m_armedInterval : -1; }

public Q_SLOTS:
    /** Fires what is due, then re-arms the timer. Safe to call any time (wake-up, clock change). */
    void evaluate();
    /** What the timer calls: notices a wall clock that moved against it, then evaluates. */
    void wake();
    /** Reminds again about this session in snoozeMinutes. */
    void snooze(const QString &conferenceId, const QString &key);

Q_SIGNALS:
    /** A reminder to show. `missed`: it fell due while Attend was closed or the machine slept. */
    void reminderDue(const Attend::Bookmark &bookmark, bool missed);
    /**
     * The bookmarked session starts now ("Starting now — Join"), for the bookmarks the setting
     * wants it for (PersonalSchedule::wantsStartingNow). Once each, persisted like reminders;
     * after a sleep or a restart only while the session is still on.
     */
    void startingNow(const Attend::Bookmark &bookmark);
    /** The wall clock moved against the timer by more than a few seconds (suspend, clock change). */
    void clockJumped(qint64 seconds);

private:
    struct Snooze {
        QString conferenceId;
        QString key;
        QDateTime due;
    };

    PersonalSchedule *m_schedule;
    const Clock *m_clock;
    QTimer m_timer;
    QDateTime m_nextDue;
    QDateTime m_expectedWake;
    qint64 m_armedInterval = -1;
    QList<Snooze> m_snoozes;
};

} // namespace Attend
