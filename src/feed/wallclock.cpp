#include "wallclock.h"

#include "zoneguess.h"

namespace Attend {

void settleZone(Conference &conference, std::optional<int> offsetSeconds)
{
    if (conference.timeZone.isValid())
        return;
    if (offsetSeconds) {
        conference.timeZone = QTimeZone(*offsetSeconds);
        conference.zoneSource = ZoneSource::FromOffsets;
    } else if (const QTimeZone guess = zoneForCity(conference.city); guess.isValid()) {
        conference.timeZone = guess;
        conference.zoneSource = ZoneSource::GuessedFromCity;
    } else {
        conference.timeZone = QTimeZone::utc();
        conference.zoneSource = ZoneSource::AssumedUtc;
    }
}

void placeWallTimes(QList<Session> &sessions, const QList<PendingStart> &starts, const QTimeZone &zone)
{
    // Agendas repeat their slots (a hundred talks start at 10:00): placing a wall time in a named
    // zone looks up its transitions, so the last answer is kept and reused while the slot repeats.
    QDateTime lastWall;
    QDateTime lastPlaced;
    const qsizetype count = std::min(sessions.size(), starts.size());
    for (qsizetype i = 0; i < count; ++i) {
        const PendingStart &start = starts.at(i);
        if (start.instant.isValid()) {
            sessions[i].start = start.instant;
            continue;
        }
        if (start.wallTime != lastWall || !lastPlaced.isValid()) {
            lastWall = start.wallTime;
            lastPlaced = QDateTime(start.wallTime.date(), start.wallTime.time(), zone).toUTC();
        }
        sessions[i].start = lastPlaced;
    }
}

} // namespace Attend
