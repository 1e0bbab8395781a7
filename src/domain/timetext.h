#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Attend {

/** "09:20", "9:20 AM": the instant's wall-clock time in that zone, in the person's locale, without seconds. */
QString clockTimeText(const QDateTime &instant, const QTimeZone &zone);

} // namespace Attend
