#pragma once

#include "domain/conference.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Attend {

/** "2022-11-10T09:00:00-08:00": ISO 8601 with the offset always written ("Z" only in UTC itself). */
QString isoWithOffset(const QDateTime &instant, const QTimeZone &zone);

/**
 * The --list output: one line per session, tab-separated: start, end, track, room, title, speakers.
 * Tabs, line and paragraph breaks and every other control character inside a field become spaces;
 * sessions in agenda order. With a search text, only the sessions the app's search shows for it
 * (every word starts a word of the title, speakers, track, room or abstract; see domain/searchtext.h).
 */
enum class ListColumns {
    Standard,     // the six columns above
    WithJoinLink, // --links: a seventh, the session's join link (Session::joinLink: the feed's own
                  // link, else the online-room fallback), whatever the time; empty when none
};
QByteArray listSessions(const Conference &conference, const QTimeZone &zone, ListColumns columns = ListColumns::Standard,
                        const QString &search = QString());

} // namespace Attend
