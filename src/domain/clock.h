#pragma once

#include <QDateTime>

namespace Attend {

/** "What time is it": injected wherever time matters, so tests can move it. */
class Clock
{
public:
    virtual ~Clock() = default;
    /** The wall-clock instant now, in UTC. */
    virtual QDateTime now() const = 0;
};

/** The real clock. */
class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/**
 * The real clock moved to another moment, ticking on from there: ATTEND_PRETEND_NOW=2019-12-28T14:05:00Z
 * opens Attend as if it were then (a conference's Now & Next, reminders, dimming), for trying
 * Attend on a past conference and for demonstrations. Never set by Attend itself.
 */
class ShiftedClock : public Clock
{
public:
    explicit ShiftedClock(const QDateTime &pretendNow)
        : m_offsetMs(QDateTime::currentDateTimeUtc().msecsTo(pretendNow))
    {
    }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs); }

private:
    qint64 m_offsetMs;
};

} // namespace Attend
