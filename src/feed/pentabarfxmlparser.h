#pragma once

#include "parseresult.h"

#include <QByteArray>
#include <QString>

namespace Attend {

/**
 * Reads Pentabarf / frab schedule XML (FOSDEM, CCC, pretalx, wafer), tolerating what real feeds do:
 * old layouts without <room> wrappers, nested <title> in links and attachments, H:MM durations,
 * UTC <date> beside local <start>, no time zone at all, repeated ids. Every <event> becomes a session.
 */
class PentabarfXmlParser
{
public:
    static ParseResult parse(const QByteArray &data, const QString &sourceName);

    /** Durations as feeds write them: "H:MM", "HH:MM", "HH:MM:SS"; -1 when unreadable. */
    static qint64 parseDuration(QStringView text);
};

} // namespace Attend
