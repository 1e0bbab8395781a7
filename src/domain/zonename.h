#pragma once

#include <QString>
#include <QTimeZone>

#include <optional>

namespace Attend {

/**
 * The zone a name from outside means (a feed's time_zone_name, an iCalendar TZID, Settings,
 * `--tz`), or nothing. Accepted: an IANA id Qt lists, an alias tzdata lists (Europe/Kiev,
 * US/Pacific), or a fixed offset written "UTC+hh:mm" / "UTC-h". Never a path, never a POSIX rule:
 * QTimeZone reads any id as a file under the zone folder, and spins on some rules.
 */
std::optional<QTimeZone> zoneFromName(const QString &name);

/** zoneFromName, or an invalid zone when the name is refused: for callers that test isValid(). */
QTimeZone zoneFromNameOrInvalid(const QString &name);

} // namespace Attend
