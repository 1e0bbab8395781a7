#include "reminderscheduler.h"

#include "domain/clock.h"
#include "schedule/personalschedule.h"

#include <QDebug>

namespace Attend {

ReminderScheduler::ReminderScheduler(PersonalSchedule *schedule, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_schedule(schedule)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::wake);
    // Anything that can move a due time re-plans at once.
    connect(schedule, &PersonalSchedule::bookmarkAdded, this, &ReminderScheduler::evaluate);
    connect(schedule, &PersonalSchedule::bookmarksMerged, this, &ReminderScheduler::evaluate);
    connect(schedule, &PersonalSchedule::bookmarkRemoved, this, &ReminderScheduler::evaluate);
    connect(schedule, &PersonalSchedule::bookmarkChanged, this, &ReminderScheduler::evaluate);
    connect(schedule, &PersonalSchedule::settingsChanged, this, &ReminderScheduler::evaluate);
}

void ReminderScheduler::wake()
{
    const QDateTime now = m_clock->now();
    if (m_expectedWake.isValid()) {
        const qint64 drift = m_expectedWake.secsTo(now);
        if (std::abs(drift) > 5) {
            qInfo().noquote() << "attend: the wall clock moved" << drift << "s against the reminder timer (suspend or clock change)";
            Q_EMIT clockJumped(drift);
        }
    }
    evaluate();
}

void ReminderScheduler::evaluate()
{
    const QDateTime now = m_clock->now();
    const qint64 lead = qint64(m_schedule->leadMinutes()) * 60;
    const bool paused = m_schedule->remindersPaused();
    QDateTime next;

    // Copy: marking a reminder fired saves the schedule, and a slot may change it while we iterate.
    const QList<Bookmark> bookmarks = m_schedule->allBookmarks();
    for (const Bookmark &bookmark : bookmarks) {
        // A cancelled session, or one the feed no longer lists, has nothing to remind of.
        // Maybe bookmarks are alternatives: reminded (and told of their start) only when the person asked.
        if (!m_schedule->remindsOf(bookmark) || bookmark.cancelled || bookmark.missing || !bookmark.start.isValid())
            continue;
        if (now >= bookmark.end)
            continue; // over: nothing left to remind of
        bool remindedNow = false;
        if (!m_schedule->hasFired(bookmark)) {
            const QDateTime due = bookmark.start.addSecs(-lead);
            if (due > now) {
                if (!next.isValid() || due < next)
                    next = due;
            } else {
                // Saved before it is shown: a crash in between loses one notice rather than repeating one.
                m_schedule->markFired(bookmark, now);
                remindedNow = true;
                if (!paused) { // paused means "not now", not "later, all at once"
                    // A session bookmarked inside its lead time is not "missed": it reminds at once, plainly.
                    const bool missed = due.secsTo(now) > lateAfter && bookmark.added < due;
                    Q_EMIT reminderDue(bookmark, missed);
                }
            }
        }
        using Notice = PersonalSchedule::Notice;
        if (!m_schedule->wantsStartingNow(bookmark) || m_schedule->hasFired(bookmark, Notice::StartingNow))
            continue;
        if (bookmark.start > now) {
            if (!next.isValid() || bookmark.start < next)
                next = bookmark.start;
            continue;
        }
        m_schedule->markFired(bookmark, now, Notice::StartingNow);
        // The reminder just shown already says it started (and offers Join): one notice, not two.
        if (!paused && !remindedNow)
            Q_EMIT startingNow(bookmark);
    }

    for (qsizetype i = 0; i < m_snoozes.size();) {
        const Snooze snooze = m_snoozes.at(i);
        const Bookmark *bookmark = m_schedule->bookmark(snooze.conferenceId, snooze.key);
        if (!bookmark) {
            m_snoozes.removeAt(i);
        } else if (snooze.due <= now) {
            m_snoozes.removeAt(i);
            if (!paused && now < bookmark->end)
                Q_EMIT reminderDue(*bookmark, false);
        } else {
            if (!next.isValid() || snooze.due < next)
                next = snooze.due;
            ++i;
        }
    }

    m_nextDue = next;
    if (!next.isValid()) {
        m_timer.stop(); // nothing pending: no wake-ups at all
        m_expectedWake = QDateTime();
        return;
    }
    m_armedInterval = std::clamp<qint64>(now.msecsTo(next), 0, maxArmInterval);
    m_expectedWake = now.addMSecs(m_armedInterval);
    m_timer.start(std::chrono::milliseconds(m_armedInterval));
}

void ReminderScheduler::snooze(const QString &conferenceId, const QString &key)
{
    m_snoozes.append({conferenceId, key, m_clock->now().addSecs(snoozeMinutes * 60)});
    evaluate();
}

} // namespace Attend
