#include "zonecorrection.h"

namespace Attend {

QDateTime replaceWallClock(const QDateTime &instant, const QTimeZone &from, const QTimeZone &to)
{
    if (!instant.isValid() || !from.isValid() || !to.isValid())
        return instant;
    const QDateTime wall = instant.toTimeZone(from);
    return QDateTime(wall.date(), wall.time(), to).toUTC();
}

bool hasWallClockTimes(const Conference &conference)
{
    // Offsets in the feed fixed the instants; a named zone, a guess or UTC only interpreted wall clocks.
    // A zone set before is a wall-clock reading too (the feed's own was one, or it would not be offered).
    return conference.zoneSource != ZoneSource::FromOffsets;
}

void correctConferenceZone(Conference &conference, const QTimeZone &zone)
{
    if (!zone.isValid())
        return;
    if (hasWallClockTimes(conference)) {
        for (Session &session : conference.sessions)
            session.start = replaceWallClock(session.start, conference.timeZone, zone);
        sortSessions(conference.sessions);
    }
    conference.timeZone = zone;
    conference.zoneSource = ZoneSource::SetByPerson;
}

} // namespace Attend
