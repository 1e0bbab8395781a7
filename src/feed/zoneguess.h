#pragma once

#include <QString>
#include <QTimeZone>

namespace Attend {

/**
 * The IANA zone whose city part carries the venue city's name ("Brussels" -> Europe/Brussels,
 * "New York" -> America/New_York), or an invalid zone when none does. Only a guess: callers say so.
 */
QTimeZone zoneForCity(const QString &city);

} // namespace Attend
