#pragma once

#include "parseresult.h"

#include <QByteArray>
#include <QString>

namespace Attend {

/** Reads iCalendar (RFC 5545) agendas with libical: every VEVENT is a session. */
class ICalendarParser
{
public:
    static ParseResult parse(const QByteArray &data, const QString &sourceName);
};

} // namespace Attend
