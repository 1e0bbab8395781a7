#include "sessionlisting.h"

#include "domain/weblink.h"
#include "domain/searchtext.h"

namespace Attend {

namespace {
// One line per session is the contract scripts rely on: anything a terminal or a line reader
// takes as a break (CR, VT, FF, NEL, U+2028, U+2029) or acts on (ESC sequences, BEL, BS) must not
// pass through from a feed. C0, DEL and C1 are all "Other_Control".
bool breaksTheLine(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString field(QString text)
{
    for (QChar &c : text) {
        if (breaksTheLine(c))
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

QByteArray listSessions(const Conference &conference, const QTimeZone &zone, ListColumns columns, const QString &search)
{
    const QStringList words = searchWords(search);
    QString out;
    for (const Session &session : conference.sessions) {
        if (!sessionMatches(session, words))
            continue;
        QStringList fields = {
            isoWithOffset(session.start, zone),
            isoWithOffset(session.end(), zone),
            field(session.track),
            field(session.room),
            field(session.title),
            field(session.speakerNames().join(QStringLiteral(", "))),
        };
        if (columns == ListColumns::WithJoinLink) // encoded: an address never holds a tab or a break
            fields.append(isWebLink(session.joinLink.toString()) ? QString::fromLatin1(session.joinLink.toEncoded()) : QString());
        out += fields.join(QLatin1Char('\t'));
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace Attend
