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

} // namespace Attend
