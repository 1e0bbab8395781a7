#include "pentabarfxmlparser.h"

#include "domain/watchlinks.h"
#include "domain/feedlimits.h"
#include "domain/stablekeys.h"
#include "domain/zonename.h"
#include "htmltotext.h"
#include "wallclock.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QXmlStreamReader>
#include <optional>

namespace Attend {

namespace {

class Reader
{
public:
    Reader(const QByteArray &data, QString sourceName)
        : m_source(std::move(sourceName))
    {
        // Through a device, read in small pieces: given the QByteArray itself, QXmlStreamReader
        // decodes all of it into one QString first, twice the file's size in memory at once.
        m_buffer.setData(data); // shared, not copied
        m_buffer.open(QIODevice::ReadOnly);
        m_xml.setDevice(&m_buffer);
    }

    ParseResult run();

private:
    void readConference();
    void readDay();
    void readRoom(const QString &roomName);
    void readEvent(const QString &roomName);
    QList<Speaker> readPersons();
    QList<SessionLink> readLinks(QStringView itemName);
    QString text() { return elementText().trimmed(); }
    QString elementText();
    QString attribute(QLatin1String name);
    FeedError errorHere(const QString &message) const;

    // Every token is read through these, never through QXmlStreamReader's own readNextStartElement,
    // skipCurrentElement or readElementText, so that the depth is counted everywhere:
    // readElementText calls itself once per nested element (70,000 nested elements in a <title>
    // overflowed the stack).
    QXmlStreamReader::TokenType next();
    bool nextStartElement();
    void skipElement();
    void refuse(const QString &message) { m_xml.raiseError(message); }

    QBuffer m_buffer;
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
    int m_depth = 0;
};

QXmlStreamReader::TokenType Reader::next()
{
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    if (token == QXmlStreamReader::StartElement) {
        if (++m_depth > FeedLimits::maxNestingDepth)
            refuse(QStringLiteral("elements nest deeper than %1 levels").arg(FeedLimits::maxNestingDepth));
    } else if (token == QXmlStreamReader::EndElement) {
        --m_depth;
    }
    return m_xml.tokenType(); // Invalid once refused
}

bool Reader::nextStartElement()
{
    while (next() != QXmlStreamReader::Invalid) {
        if (m_xml.isEndElement() || m_xml.isEndDocument())
            return false;
        if (m_xml.isStartElement())
            return true;
    }
    return false;
}

void Reader::skipElement()
{
    for (int depth = 1; depth > 0;) {
        const auto token = next();
        if (token == QXmlStreamReader::Invalid)
            return;
        if (token == QXmlStreamReader::StartElement)
            ++depth;
        else if (token == QXmlStreamReader::EndElement)
            --depth;
    }
}

// The text of the current element and of all elements inside it, as readElementText with
// IncludeChildElements gives it, but in a loop, and with the per-field cap.
QString Reader::elementText()
{
    const QString element = m_xml.name().toString();
    QString result;
    for (int depth = 1; depth > 0;) {
        switch (next()) {
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            if (result.size() + m_xml.text().size() > FeedLimits::maxFieldChars) {
                refuse(QStringLiteral("<%1> holds more than %2 characters of text").arg(element).arg(FeedLimits::maxFieldChars));
                return {};
            }
            if (result.isEmpty())
                result = m_xml.text().toString(); // exactly its size: appending would leave slack
            else
                result += m_xml.text();
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Invalid:
            return result;
        default:
            break;
        }
    }
    if (result.capacity() - result.size() > 64)
        result.squeeze(); // text in several pieces (CDATA, references): the agenda keeps it
    return result;
}

QString Reader::attribute(QLatin1String name)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    QString value = attributes.value(name).toString();
    if (value.size() > FeedLimits::maxFieldChars) {
        refuse(QStringLiteral("the %1 attribute of <%2> holds more than %3 characters").arg(name, m_xml.name()).arg(FeedLimits::maxFieldChars));
        return {};
    }
    return value;
}

/**
 * Where a piece of text, CDATA, comment, processing instruction or tag runs longer than
 * FeedLimits::maxXmlPieceBytes, or -1. A byte scan before reading, because QXmlStreamReader
 * would hold such a piece whole even where the reader skips it.
 */
qsizetype oversizedPiece(const QByteArray &data)
{
    const qsizetype size = data.size();
    qsizetype pieceStart = 0;
    const auto tooLong = [](qsizetype length) { return length > FeedLimits::maxXmlPieceBytes; };
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data.at(i);
        if (c == '<') {
            // Sections that may hold '<' and '>': one piece from their start to their end.
            static const std::pair<QByteArrayView, QByteArrayView> sections[] = {{"<![CDATA[", "]]>"}, {"<!--", "-->"}, {"<?", "?>"}};
            bool inSection = false;
            for (const auto &[open, close] : sections) {
                if (QByteArrayView(data).sliced(i).startsWith(open)) {
                    qsizetype end = data.indexOf(close, i + open.size());
                    end = end < 0 ? size : end + close.size();
                    if (tooLong(end - i))
                        return i;
                    pieceStart = end;
                    i = end - 1;
                    inSection = true;
                    break;
                }
            }
            if (inSection)
                continue;
        }
        if (c == '<' || c == '>') {
            if (tooLong(i - pieceStart))
                return pieceStart;
            pieceStart = i + 1;
        }
    }
    return tooLong(size - pieceStart) ? pieceStart : -1;
}

ParseResult Reader::run()
{
    if (const qsizetype at = oversizedPiece(m_buffer.data()); at >= 0) {
        const QByteArrayView before = QByteArrayView(m_buffer.data()).first(at);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = at - (before.lastIndexOf('\n') + 1) + 1;
        return ParseResult::failure({m_source, line, column, QStringLiteral("more than %1 MB of text in one piece").arg(FeedLimits::maxXmlPieceBytes / (1024 * 1024))});
    }
    if (!nextStartElement()) {
        if (m_xml.hasError())
            return ParseResult::failure(errorHere(m_xml.errorString()));
        return ParseResult::failure({m_source, 0, 0, QStringLiteral("empty file: not a schedule feed")});
    }
    if (m_xml.name() != QLatin1String("schedule")) {
        return ParseResult::failure(errorHere(
            QStringLiteral("not a Pentabarf/frab schedule (the document starts with <%1>, expected <schedule>)")
                .arg(m_xml.name())));
    }
    while (nextStartElement()) {
        if (m_xml.name() == QLatin1String("conference"))
            readConference();
        else if (m_xml.name() == QLatin1String("day"))
            readDay();
        else
            skipElement();
    }
    if (!m_xml.hasError()) {
        // Reading stopped at </schedule>; anything after it but comments and space is broken XML.
        while (!m_xml.atEnd())
            next();
    }
    if (m_xml.hasError())
        return ParseResult::failure(errorHere(m_xml.errorString()));

    settleZone(m_conference, m_firstOffset);
    placeWallTimes(m_conference.sessions, m_starts, m_conference.timeZone);
    assignStableKeys(m_conference.sessions);
    sortSessions(m_conference.sessions);
    return ParseResult::success(std::move(m_conference));
}

void Reader::readConference()
{
    QString description;
    while (nextStartElement()) {
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
            skipElement();
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
    m_dayDate = QDate::fromString(attribute(QLatin1String("date")), Qt::ISODate);
    if (m_conference.days.size() >= FeedLimits::maxDays) {
        refuse(QStringLiteral("more than %1 days").arg(FeedLimits::maxDays));
        return;
    }
    m_conference.days.append(m_dayDate);
    m_dayIndex = int(m_conference.days.size()) - 1;
    while (nextStartElement()) {
        if (m_xml.name() == QLatin1String("room"))
            readRoom(attribute(QLatin1String("name")));
        else if (m_xml.name() == QLatin1String("event")) // old Pentabarf: events directly under <day>
            readEvent(QString());
        else
            skipElement();
    }
}

void Reader::readRoom(const QString &roomName)
{
    while (nextStartElement()) {
        if (m_xml.name() == QLatin1String("event"))
            readEvent(roomName);
        else
            skipElement();
    }
}

void Reader::readEvent(const QString &roomName)
{
    if (m_conference.sessions.size() >= FeedLimits::maxSessions) {
        refuse(QStringLiteral("more than %1 sessions").arg(FeedLimits::maxSessions));
        return;
    }
    Session session;
    session.feedId = attribute(QLatin1String("id"));
    session.guid = attribute(QLatin1String("guid"));
    session.dayIndex = std::max(m_dayIndex, 0);
    QString dateText;
    QString startText;
    QString abstract;
    QString description;

    while (nextStartElement()) {
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
        else if (name == QLatin1String("time_estimated")) // Attend's own mark (see README, "Estimated times")
            session.timeIsEstimated = isTrueText(text());
        else if (name == QLatin1String("attachments"))
            session.links += readLinks(u"attachment");
        else
            skipElement();
    }
    if (session.room.isEmpty())
        session.room = roomName;
    // frab has both: a short abstract and a longer description. Show both when they differ.
    if (abstract.isEmpty())
        session.abstract = description;
    else if (description.isEmpty() || description == abstract)
        session.abstract = abstract;
    else
        session.abstract = joinedParagraphs(abstract, description);

    PendingStart start;
    // <date> is a full date-time in frab and pretalx; a bare date would say nothing about the time.
    const QDateTime date = dateText.contains(QLatin1Char('T')) ? QDateTime::fromString(dateText, Qt::ISODate) : QDateTime();
    if (date.isValid() && date.timeSpec() != Qt::LocalTime) {
        // An explicit offset is the truth, even where <start> is written in another zone (DebConf).
        start = PendingStart::at(date);
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
        start = PendingStart::onTheWall(day, wall.isValid() ? wall : QTime(0, 0));
    }
    m_conference.sessions.append(std::move(session));
    m_starts.append(start);
}

QList<Speaker> Reader::readPersons()
{
    QList<Speaker> speakers;
    while (nextStartElement()) {
        if (m_xml.name() != QLatin1String("person")) {
            skipElement();
            continue;
        }
        Speaker speaker;
        speaker.id = attribute(QLatin1String("id"));
        if (speaker.id.isEmpty())
            speaker.id = attribute(QLatin1String("guid"));
        speaker.name = text().simplified();
        if (!speaker.name.isEmpty())
            speakers.append(speaker);
    }
    return speakers;
}

QList<SessionLink> Reader::readLinks(QStringView itemName)
{
    QList<SessionLink> links;
    while (nextStartElement()) {
        if (m_xml.name() != itemName) {
            skipElement();
            continue;
        }
        SessionLink link;
        QUrl url(attribute(QLatin1String("href")).trimmed());
        // Titles come as text (<link href>Slides</link>) or as a nested <title> (39C3 hub).
        QString title;
        while (!m_xml.atEnd()) {
            const auto token = next();
            if (token == QXmlStreamReader::Characters) {
                if (title.size() + m_xml.text().size() > FeedLimits::maxFieldChars)
                    refuse(QStringLiteral("<%1> holds more than %2 characters of text").arg(itemName).arg(FeedLimits::maxFieldChars));
                else
                    title += m_xml.text();
            } else if (token == QXmlStreamReader::StartElement && m_xml.name() == QLatin1String("title")) {
                title = elementText();
            } else if (token == QXmlStreamReader::StartElement) {
                skipElement();
            } else if (token == QXmlStreamReader::EndElement || token == QXmlStreamReader::Invalid) {
                break;
            }
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
