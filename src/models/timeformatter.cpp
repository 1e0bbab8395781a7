#include "timeformatter.h"

#include "domain/conference.h"
#include "domain/timetext.h"
#include "domain/zonename.h"

#include <QLocale>

namespace Attend {

TimeFormatter::TimeFormatter(QObject *parent)
    : QObject(parent)
    , m_viewerZone(QTimeZone::systemTimeZone())
    , m_eventZone(QTimeZone::utc())
{
}

void TimeFormatter::setViewerZone(const QTimeZone &zone)
{
    if (zone == m_viewerZone)
        return;
    m_viewerZone = zone;
    Q_EMIT displayZoneChanged();
}

bool TimeFormatter::setViewerZoneId(const QString &id)
{
    if (id.trimmed().isEmpty()) {
        setViewerZone(QTimeZone::systemTimeZone());
        return true;
    }
    const std::optional<QTimeZone> zone = zoneFromName(id);
    if (!zone)
        return false;
    setViewerZone(*zone);
    return true;
}

void TimeFormatter::setEventZone(const QTimeZone &zone)
{
    if (zone == m_eventZone)
        return;
    m_eventZone = zone;
    Q_EMIT displayZoneChanged();
}

void TimeFormatter::setUseEventZone(bool use)
{
    if (use == m_useEventZone)
        return;
    m_useEventZone = use;
    Q_EMIT displayZoneChanged();
}

bool TimeFormatter::zonesDiffer() const
{
    // Compare offsets now and half a year on: zones that share a clock all year are the same to a person.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QDateTime &at : {now, now.addMonths(6)}) {
        if (m_viewerZone.offsetFromUtc(at) != m_eventZone.offsetFromUtc(at))
            return true;
    }
    return false;
}

QString TimeFormatter::viewerZoneName() const { return QString::fromUtf8(m_viewerZone.id()); }
QString TimeFormatter::eventZoneName() const { return QString::fromUtf8(m_eventZone.id()); }

QString TimeFormatter::formatTime(const QDateTime &instant, const QTimeZone &zone)
{
    return clockTimeText(instant, zone);
}

QString TimeFormatter::formatDay(const QDate &date)
{
    // The person's own long date: "Thursday, 10 November 2022", "Donnerstag, 10. November 2022".
    return QLocale().toString(date, QLocale::LongFormat);
}

QString TimeFormatter::time(const QDateTime &instant) const
{
    return formatTime(instant, displayZone());
}

QString TimeFormatter::rangeIn(const QDateTime &start, const QDateTime &end, const QTimeZone &zone) const
{
    const QDateTime localStart = start.toTimeZone(zone);
    const QDateTime localEnd = end.toTimeZone(zone);
    QString endText = formatTime(end, zone);
    if (localEnd.date() != localStart.date())
        endText = QLocale().toString(localEnd.date(), QStringLiteral("ddd")) + QLatin1Char(' ') + endText;
    return formatTime(start, zone) + QStringLiteral("\u2013") + endText;
}

QString TimeFormatter::timeRange(const QDateTime &start, const QDateTime &end) const
{
    return rangeIn(start, end, displayZone());
}

QString TimeFormatter::zoneLabel(const QDateTime &instant) const
{
    return zoneAbbreviation(displayZone(), instant);
}

QString TimeFormatter::day(const QDateTime &instant) const
{
    return formatDay(instant.toTimeZone(displayZone()).date());
}

QString TimeFormatter::slotKey(const QDateTime &instant) const
{
    return instant.toTimeZone(displayZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString TimeFormatter::rangeInBothZones(const QDateTime &start, const QDateTime &end) const
{
    const QString eventPart = rangeIn(start, end, m_eventZone) + QLatin1Char(' ') + zoneAbbreviation(m_eventZone, start);
    if (!zonesDiffer())
        return eventPart;
    const QString viewerPart = tr("%1 your time").arg(rangeIn(start, end, m_viewerZone));
    return m_useEventZone ? eventPart + QStringLiteral(" \u00B7 ") + viewerPart
                          : viewerPart + QStringLiteral(" \u00B7 ") + eventPart;
}

} // namespace Attend
