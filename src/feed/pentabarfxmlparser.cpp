#include "pentabarfxmlparser.h"

#include "domain/stablekeys.h"
#include "domain/zonename.h"
#include "htmltotext.h"
#include "zoneguess.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <optional>

namespace Attend {

namespace {

/** A session's start before the conference's zone is known: either an instant or a wall-clock time. */
struct PendingStart {
    QDateTime instant;  // set when the feed gave an offset
    QDateTime wallTime; // otherwise: date and time in the conference's zone, not yet placed
};

class Reader
{
public:
    Reader(const QByteArray &data, QString sourceName)
        : m_xml(data)
        , m_source(std::move(sourceName))
    {
    }

    ParseResult run();

private:
    void readConference();
    void readDay();
    void readRoom(const QString &roomName);
    void readEvent(const QString &roomName);
    QList<Speaker> readPersons();
    QList<SessionLink> readLinks(QStringView itemName);
    QString text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed(); }
    void placeWallTimes();
    FeedError errorHere(const QString &message) const;

    QXmlStreamReader m_xml;
    QString m_source;
    Conference m_conference;
    QTime m_dayChange;
    QString m_baseUrl;
    QString m_declaredZone;
    int m_dayIndex = -1;
    QDate m_dayDate;
    QList<PendingStart> m_starts; // parallel to m_conference.sessions
    std::optional<int> m_firstOffset;
};

ParseResult Reader::run()
{
    if (!m_xml.readNextStartElement()) {
        if (m_xml.hasError())
            return ParseResult::failure(errorHere(m_xml.errorString()));
        return ParseResult::failure({m_source, 0, 0, QStringLiteral("empty file: not a schedule feed")});
    }
    if (m_xml.name() != QLatin1String("schedule")) {
        return ParseResult::failure(errorHere(
            QStringLiteral("not a Pentabarf/frab schedule (the document starts with <%1>, expected <schedule>)")
                .arg(m_xml.name())));
    }
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("conference"))
            readConference();
        else if (m_xml.name() == QLatin1String("day"))
            readDay();
        else
            m_xml.skipCurrentElement();
    }
    if (!m_xml.hasError()) {
        // Reading stopped at </schedule>; anything after it but comments and space is broken XML.
        while (!m_xml.atEnd())
            m_xml.readNext();
    }
    if (m_xml.hasError())
        return ParseResult::failure(errorHere(m_xml.errorString()));

    placeWallTimes();
    assignStableKeys(m_conference.sessions);
    sortSessions(m_conference.sessions);
    return ParseResult::success(std::move(m_conference));
}

void Reader::readConference()
{
    QString description;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == QLatin1String("title"))
            m_conference.title = text();
        else if (name == QLatin1String("subtitle"))
            m_conference.subtitle = text();
        else if (name == QLatin1String("acronym"))
            m_conference.acronym = text();
        else if (name == QLatin1String("city"))
            m_conference.city = text();
        else if (name == QLatin1String("url"))
            m_conference.url = QUrl(text());
        else if (name == QLatin1String("base_url"))
            m_baseUrl = text();
        else if (name == QLatin1String("description"))
            description = text();
        else if (name == QLatin1String("time_zone_name"))
            m_declaredZone = text();
        else if (name == QLatin1String("day_change"))
            m_dayChange = QTime::fromString(text(), Qt::ISODate);
        else
            m_xml.skipCurrentElement();
    }
    m_conference.description = htmlToPlainText(description);
    if (!m_declaredZone.isEmpty()) {
        const QTimeZone zone = zoneFromNameOrInvalid(m_declaredZone); // a name, never a path or a rule
        if (zone.isValid()) {
            m_conference.timeZone = zone;
            m_conference.zoneSource = ZoneSource::Declared;
        }
    }
    if (!m_conference.url.isValid() && !m_baseUrl.isEmpty())
        m_conference.url = QUrl(m_baseUrl);
}

void Reader::readDay()
{
    m_dayDate = QDate::fromString(m_xml.attributes().value(QLatin1String("date")).toString(), Qt::ISODate);
    m_conference.days.append(m_dayDate);
    m_dayIndex = int(m_conference.days.size()) - 1;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("room"))
            readRoom(m_xml.attributes().value(QLatin1String("name")).toString());
        else if (m_xml.name() == QLatin1String("event")) // old Pentabarf: events directly under <day>
            readEvent(QString());
        else
            m_xml.skipCurrentElement();
    }
}

void Reader::readRoom(const QString &roomName)
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("event"))
            readEvent(roomName);
        else
            m_xml.skipCurrentElement();
    }
}

void Reader::readEvent(const QString &roomName)
{
    Session session;
    session.feedId = m_xml.attributes().value(QLatin1String("id")).toString();
    session.guid = m_xml.attributes().value(QLatin1String("guid")).toString();
    session.dayIndex = std::max(m_dayIndex, 0);
    QString dateText;
    QString startText;
    QString abstract;
    QString description;

    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        // Only direct children are read as fields: a <title> inside <link> or <attachment>
        // belongs to that element (the 39C3 hub export), never to the session.
        if (name == QLatin1String("title"))
            session.title = text();
        else if (name == QLatin1String("subtitle"))
            session.subtitle = text();
        else if (name == QLatin1String("track"))
            session.track = text();
        else if (name == QLatin1String("room"))
            session.room = text();
        else if (name == QLatin1String("type"))
            session.type = text();
        else if (name == QLatin1String("language"))
            session.language = text();
        else if (name == QLatin1String("date"))
            dateText = text();
        else if (name == QLatin1String("start"))
            startText = text();
        else if (name == QLatin1String("duration"))
            session.durationSeconds = std::max<qint64>(0, PentabarfXmlParser::parseDuration(text()));
        else if (name == QLatin1String("abstract"))
            abstract = htmlToPlainText(text());
        else if (name == QLatin1String("description"))
            description = htmlToPlainText(text());
        else if (name == QLatin1String("url"))
            session.url = text();
        else if (name == QLatin1String("persons"))
            session.speakers = readPersons();
        else if (name == QLatin1String("links"))
            session.links += readLinks(u"link");
        else if (name == QLatin1String("attachments"))
            session.links += readLinks(u"attachment");
        else
            m_xml.skipCurrentElement();
    }
    if (session.room.isEmpty())
        session.room = roomName;
    // frab has both: a short abstract and a longer description. Show both when they differ.
    if (abstract.isEmpty())
        session.abstract = description;
    else if (description.isEmpty() || description == abstract)
        session.abstract = abstract;
    else
        session.abstract = abstract + QStringLiteral("\n\n") + description;

    PendingStart start;
    // <date> is a full date-time in frab and pretalx; a bare date would say nothing about the time.
    const QDateTime date = dateText.contains(QLatin1Char('T')) ? QDateTime::fromString(dateText, Qt::ISODate) : QDateTime();
    if (date.isValid() && date.timeSpec() != Qt::LocalTime) {
        // An explicit offset is the truth, even where <start> is written in another zone (DebConf).
        start.instant = date.toUTC();
        if (!m_firstOffset)
            m_firstOffset = date.offsetFromUtc();
    } else {
        QTime wall = QTime::fromString(startText, Qt::ISODate);
        if (!wall.isValid())
            wall = QTime::fromString(startText, QStringLiteral("H:mm"));
        QDate day = date.isValid() ? date.date() : m_dayDate;
        if (date.isValid()) {
            wall = date.time();
        } else if (m_dayChange.isValid() && wall.isValid() && wall < m_dayChange) {
            day = day.addDays(1); // after midnight, still the previous conference day
        }
        start.wallTime = QDateTime(day, wall.isValid() ? wall : QTime(0, 0), Qt::UTC);
    }
    m_conference.sessions.append(std::move(session));
    m_starts.append(start);
}

QList<Speaker> Reader::readPersons()
{
    QList<Speaker> speakers;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != QLatin1String("person")) {
            m_xml.skipCurrentElement();
            continue;
        }
        Speaker speaker;
        speaker.id = m_xml.attributes().value(QLatin1String("id")).toString();
        if (speaker.id.isEmpty())
            speaker.id = m_xml.attributes().value(QLatin1String("guid")).toString();
        speaker.name = text().simplified();
        if (!speaker.name.isEmpty())
            speakers.append(speaker);
    }
    return speakers;
}

QList<SessionLink> Reader::readLinks(QStringView itemName)
{
    QList<SessionLink> links;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != itemName) {
            m_xml.skipCurrentElement();
            continue;
        }
        SessionLink link;
        QUrl url(m_xml.attributes().value(QLatin1String("href")).toString().trimmed());
        // Titles come as text (<link href>Slides</link>) or as a nested <title> (39C3 hub).
        QString title;
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::Characters)
                title += m_xml.text();
            else if (token == QXmlStreamReader::StartElement && m_xml.name() == QLatin1String("title"))
                title = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (token == QXmlStreamReader::StartElement)
                m_xml.skipCurrentElement();
            else if (token == QXmlStreamReader::EndElement)
                break;
        }
        if (url.isRelative() && !m_baseUrl.isEmpty())
            url = QUrl(m_baseUrl).resolved(url);
        link.url = url;
        link.title = title.simplified();
        if (link.title.isEmpty())
            link.title = url.toDisplayString();
        // Relative links with nothing to resolve them against lead nowhere: leave them out.
        if (url.isValid() && !url.isRelative())
            links.append(link);
    }
    return links;
}

void Reader::placeWallTimes()
{
    if (!m_conference.timeZone.isValid()) {
        if (m_firstOffset) {
            m_conference.timeZone = QTimeZone(*m_firstOffset);
            m_conference.zoneSource = ZoneSource::FromOffsets;
        } else if (const QTimeZone guess = zoneForCity(m_conference.city); guess.isValid()) {
            m_conference.timeZone = guess;
            m_conference.zoneSource = ZoneSource::GuessedFromCity;
        } else {
            m_conference.timeZone = QTimeZone::utc();
            m_conference.zoneSource = ZoneSource::AssumedUtc;
        }
    }
    for (qsizetype i = 0; i < m_conference.sessions.size(); ++i) {
        const PendingStart &start = m_starts.at(i);
        if (start.instant.isValid()) {
            m_conference.sessions[i].start = start.instant;
        } else {
            const QDateTime local(start.wallTime.date(), start.wallTime.time(), m_conference.timeZone);
            m_conference.sessions[i].start = local.toUTC();
        }
    }
}

FeedError Reader::errorHere(const QString &message) const
{
    return {m_source, m_xml.lineNumber(), m_xml.columnNumber(), message};
}

} // namespace

ParseResult PentabarfXmlParser::parse(const QByteArray &data, const QString &sourceName)
{
    return Reader(data, sourceName).run();
}

qint64 PentabarfXmlParser::parseDuration(QStringView text)
{
    const auto parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return -1;
    qint64 seconds = 0;
    const int scale[] = {3600, 60, 1};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const int value = parts.at(i).toInt(&ok);
        if (!ok || value < 0 || (i > 0 && value > 59))
            return -1;
        seconds += qint64(value) * scale[i];
    }
    return seconds;
}

} // namespace Attend
