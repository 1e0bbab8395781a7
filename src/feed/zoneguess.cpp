#include "zoneguess.h"

#include "domain/searchtext.h"

namespace Attend {

QTimeZone zoneForCity(const QString &city)
{
    QString wanted = foldForSearch(city.trimmed());
    wanted.replace(QLatin1Char(' '), QLatin1Char('_'));
    if (wanted.isEmpty())
        return {};
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // Only region/city ids: "Etc/GMT+1" and bare abbreviations are not places.
        const int slash = id.lastIndexOf('/');
        if (slash < 0 || id.startsWith("Etc/"))
            continue;
        if (foldForSearch(QString::fromLatin1(id.mid(slash + 1))) == wanted)
            return QTimeZone(id);
    }
    return {};
}

} // namespace Attend
