#pragma once

#include "domain/conference.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Attend {

/**
 * A session's start as a reader finds it, before the conference's zone is settled: an instant
 * when the feed wrote an offset, else a wall-clock time in the conference's zone, not yet placed.
 * Every reader that meets local times (Pentabarf/frab XML, frab JSON) collects these, settles the
 * zone once the whole feed is read, and then places them, so that the rule below lives in one place.
 */
struct PendingStart {
    QDateTime instant;  // UTC, when the feed gave an offset
    QDateTime wallTime; // otherwise: the written date and time, held in a UTC QDateTime as plain fields

    /** A start written with an offset (or Z): the instant, whatever zone the feed claims. */
    static PendingStart at(const QDateTime &withOffset) { return {withOffset.toUTC(), {}}; }
    /** A start written as local time: placed later, in the conference's zone. */
    static PendingStart onTheWall(QDate date, QTime time) { return {{}, QDateTime(date, time, Qt::UTC)}; }
};

/**
 * The zone for a conference that has none yet (its feed named none, or the reader found the name
 * contradicted): the offset its times carry (FromOffsets), else its city where an IANA zone
 * carries that name (GuessedFromCity), else UTC, which the UI then says out loud (AssumedUtc).
 * A conference that already has a valid zone keeps it.
 */
void settleZone(Conference &conference, std::optional<int> offsetSeconds);

/**
 * Gives sessions[i] the start starts[i] stands for: an instant as it is, a wall-clock time in the
 * conference.s zone
 * starts runs parallel to sessions; sessions beyond its end keep their start.
 */
void placeWallTimes(QList<Session> &sessions, const QList<PendingStart> &starts, const QTimeZone &zone);

} // namespace Attend
