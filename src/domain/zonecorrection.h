#pragma once

#include "conference.h"

#include <QDateTime>
#include <QTimeZone>

namespace Attend {

/** The same wall-clock time in another zone: 10:00 in Brussels becomes 10:00 in London. UTC in, UTC out. */
QDateTime replaceWallClock(const QDateTime &instant, const QTimeZone &from, const QTimeZone &to);

/**
 * Whether the conference's times were written as wall-clock times (no offsets in the feed), so a
 * zone set by the person moves them; times with offsets stay the instants they are.
 */
bool hasWallClockTimes(const Conference &conference);

/**
 * The conference in the zone the person set: wall-clock times re-placed in that zone (see
 * hasWallClockTimes), its days unchanged, the zone marked SetByPerson. An invalid zone changes nothing.
 */
void correctConferenceZone(Conference &conference, const QTimeZone &zone);

} // namespace Attend
