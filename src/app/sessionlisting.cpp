#include "sessionlisting.h"

namespace Attend {

namespace {
QString field(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}
} // namespace

QString isoWithOffset(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    const QString wall = local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (zone == QTimeZone::utc())
        return wall + QLatin1Char('Z');
    return wall + formatUtcOffset(local.offsetFromUtc());
}

QByteArray listSessions(const Conference &conference, const QTimeZone &zone)
{
    QString out;
    for (const Session &session : conference.sessions) {
        const QStringList fields = {
            isoWithOffset(session.start, zone),
            isoWithOffset(session.end(), zone),
            field(session.track),
            field(session.room),
            field(session.title),
            field(session.speakerNames().join(QStringLiteral(", "))),
        };
        out += fields.join(QLatin1Char('\t'));
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace Attend
