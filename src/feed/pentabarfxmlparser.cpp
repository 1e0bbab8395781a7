#include "pentabarfxmlparser.h"

#include "domain/feedlimits.h"
#include "domain/stablekeys.h"
#include "domain/watchlinks.h"
#include "domain/zonename.h"
#include "htmltotext.h"
#include "wallclock.h"
#include "xmlpushreader.h"

#include <QUrl>
#include <iterator>
#include <optional>
#include <vector>

namespace Attend {

namespace {

/** The fields Attend reads: each is the (trimmed) text of one element, nested elements included. */
enum class Field : quint8 {
    ConferenceTitle,
    ConferenceSubtitle,
    Acronym,
    City,
    ConferenceUrl,
    BaseUrl,
    ConferenceDescription,
    TimeZoneName,
    DayChange,
    Title,
    Subtitle,
    Track,
    Room,
    Type,
    Language,
    Date,
    Start,
    Duration,
    Abstract,
    Description,
    Url,
    TimeEstimated, // Attend's own mark (see README, "Estimated times")
    PersonName,
    LinkTitle, // a <title> inside <link> or <attachment> (the 39C3 hub)
};

struct FieldName {
    std::string_view element;
    Field field;
};

constexpr FieldName conferenceFields[] = {
    {"title", Field::ConferenceTitle},
    {"subtitle", Field::ConferenceSubtitle},
    {"acronym", Field::Acronym},
    {"city", Field::City},
    {"url", Field::ConferenceUrl},
    {"base_url", Field::BaseUrl},
    {"description", Field::ConferenceDescription},
    {"time_zone_name", Field::TimeZoneName},
    {"day_change", Field::DayChange},
};

// Only direct children of <event> are its fields: a <title> inside <link> or <attachment>
// belongs to that element (the 39C3 hub export), never to the session.
constexpr FieldName eventFields[] = {
    {"title", Field::Title},
    {"subtitle", Field::Subtitle},
    {"track", Field::Track},
    {"room", Field::Room},
    {"type", Field::Type},
    {"language", Field::Language},
    {"date", Field::Date},
    {"start", Field::Start},
    {"duration", Field::Duration},
    {"abstract", Field::Abstract},
    {"description", Field::Description},
    {"url", Field::Url},
    {"time_estimated", Field::TimeEstimated},
};

template<std::size_t N>
const FieldName *fieldNamed(const FieldName (&fields)[N], std::string_view element)
{
    for (const FieldName &candidate : fields) {
        if (candidate.element == element)
            return &candidate;
    }
    return nullptr;
}

/** What an open element is to the reader. */
enum class Place : quint8 {
    Schedule,
    Conference,
    Day,
    Room,
    Event,
    Persons,
    Links,       // <links> or <attachments>
    LinkItem,    // <link> or <attachment>: its own text is the title
    Field,       // an element whose text is being kept (Reader::m_field says which)
    InsideField, // any element inside a field: its text is the field's
    Skipped,     // an element Attend does not read, and everything inside it
};

/** UTF-16 code units in a run of valid UTF-8 (what QString::size() will say). */
qsizetype utf16Length(std::string_view utf8)
{
    qsizetype units = 0;
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        units += (byte & 0xC0) != 0x80; // every character starts with a byte that is not 10xxxxxx
        units += byte >= 0xF0;          // four bytes: outside the BMP, two UTF-16 units
    }
    return units;
}

/** A field's text as it comes, in UTF-8, and how much of it was counted against the cap. */
struct KeptText {
    QByteArray utf8;
    qsizetype countedBytes = 0;
    qsizetype utf16Units = 0; // in the counted bytes

    void clear() { *this = {}; }
};

/**
 * The schedule, read from expat's elements and text as they come: a stack says what each open
 * element is, and the text of a field is gathered (as UTF-8) until its element ends.
 */
class Reader final : public XmlPushReader::Handler
{
public:
    explicit Reader(QString sourceName)
        : m_xml(*this, FeedLimits::maxNestingDepth)
        , m_source(std::move(sourceName))
    {
    }

    ParseResult run(const QByteArray &data);

    void startElement(std::string_view name, const char *const *attributes) override;
    void endElement() override;
    void text(std::string_view utf8) override;

private:
    Place placeOfChild(std::string_view name, const char *const *attributes);
    void startEvent(const char *const *attributes);
    void startField(const FieldName &field);
    void endField();
    void endConference();
    void endEvent();
    void endLinkItem();
    /** The attribute's value, refused when longer than a field may be. */
    QString attribute(const char *const *attributes, std::string_view name, std::string_view element);
    /** Appends to a kept text, refused when it is longer than a field may be. */
    void appendCapped(KeptText &kept, std::string_view utf8, std::string_view element);
    void refuse(const QString &message) { m_xml.stop(message); }
    FeedError errorAt(XmlPushReader::Position position, const QString &message) const
    {
        return {m_source, position.line, position.column, message};
    }

    XmlPushReader m_xml;
    QString m_source;
    std::vector<Place> m_open; // the open elements, outermost first
    Conference m_conference;
    QList<PendingStart> m_starts; // parallel to m_conference.sessions
    std::optional<int> m_firstOffset;

    // The field being read.
    Field m_field = Field::Title;
    std::string_view m_fieldElement; // for the message when it is too long
    KeptText m_fieldText;

    // <conference>
    QTime m_dayChange;
    QString m_baseUrl;
    QString m_declaredZone;
    QString m_conferenceDescription;

    // <day> and <room>
    int m_dayIndex = -1;
    QDate m_dayDate;
    QString m_roomName;

    // <event>
    Session m_session;
    QString m_dateText;
    QString m_startText;
    QString m_abstract;
    QString m_description;

    // <person>
    QString m_personId;

    // <link> or <attachment>
    std::string_view m_linkElement; // "link" or "attachment"
    QUrl m_linkUrl;
    KeptText m_linkText;
};

ParseResult Reader::run(const QByteArray &data)
{
    if (const qsizetype at = XmlPushReader::oversizedPiece(data, FeedLimits::maxXmlPieceBytes); at >= 0) {
        const QByteArrayView before = QByteArrayView(data).first(at);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = at - (before.lastIndexOf('\n') + 1) + 1;
        return ParseResult::failure({m_source, line, column, QStringLiteral("more than %1 MB of text in one piece").arg(FeedLimits::maxXmlPieceBytes / (1024 * 1024))});
    }
    // expat reads to the end: anything after </schedule> but comments and space is broken XML.
    if (!m_xml.read(data))
        return ParseResult::failure(errorAt(m_xml.errorPosition(), m_xml.errorMessage()));

    settleZone(m_conference, m_firstOffset);
    placeWallTimes(m_conference.sessions, m_starts, m_conference.timeZone);
    assignStableKeys(m_conference.sessions);
    sortSessions(m_conference.sessions);
    return ParseResult::success(std::move(m_conference));
}

void Reader::startElement(std::string_view name, const char *const *attributes)
{
    if (m_open.empty() && name != "schedule") {
        refuse(QStringLiteral("not a Pentabarf/frab schedule (the document starts with <%1>, expected <schedule>)").arg(QString::fromUtf8(name)));
        return;
    }
    m_open.push_back(m_open.empty() ? Place::Schedule : placeOfChild(name, attributes));
}

Place Reader::placeOfChild(std::string_view name, const char *const *attributes)
{
    switch (m_open.back()) {
    case Place::Schedule:
        if (name == "conference") {
            m_conferenceDescription.clear(); // each <conference> says it anew
            return Place::Conference;
        }
        if (name == "day") {
            m_dayDate = QDate::fromString(attribute(attributes, "date", name), Qt::ISODate);
            if (m_conference.days.size() >= FeedLimits::maxDays)
                refuse(QStringLiteral("more than %1 days").arg(FeedLimits::maxDays));
            m_conference.days.append(m_dayDate);
            m_dayIndex = int(m_conference.days.size()) - 1;
            return Place::Day;
        }
        break;
    case Place::Conference:
        if (const FieldName *field = fieldNamed(conferenceFields, name)) {
            startField(*field);
            return Place::Field;
        }
        break;
    case Place::Day:
        if (name == "room") {
            m_roomName = attribute(attributes, "name", name);
            return Place::Room;
        }
        if (name == "event") { // old Pentabarf: events directly under <day>, the room their own field
            m_roomName.clear();
            startEvent(attributes);
            return Place::Event;
        }
        break;
    case Place::Room:
        if (name == "event") {
            startEvent(attributes);
            return Place::Event;
        }
        break;
    case Place::Event:
        if (const FieldName *field = fieldNamed(eventFields, name)) {
            startField(*field);
            return Place::Field;
        }
        if (name == "persons") {
            m_session.speakers.clear(); // the last <persons> is the list
            return Place::Persons;
        }
        if (name == "links" || name == "attachments") {
            m_linkElement = name == "links" ? std::string_view("link") : std::string_view("attachment");
            return Place::Links;
        }
        break;
    case Place::Persons:
        if (name == "person") {
            m_personId = attribute(attributes, "id", name);
            if (m_personId.isEmpty())
                m_personId = attribute(attributes, "guid", name);
            startField({"person", Field::PersonName});
            return Place::Field;
        }
        break;
    case Place::Links:
        if (name == m_linkElement) {
            // Titles come as text (<link href>Slides</link>) or as a nested <title> (39C3 hub).
            m_linkUrl = QUrl(attribute(attributes, "href", name).trimmed());
            m_linkText.clear();
            return Place::LinkItem;
        }
        break;
    case Place::LinkItem:
        if (name == "title") {
            startField({"title", Field::LinkTitle});
            return Place::Field;
        }
        break;
    case Place::Field:
    case Place::InsideField:
        return Place::InsideField;
    case Place::Skipped:
        break;
    }
    return Place::Skipped;
}

void Reader::startField(const FieldName &field)
{
    m_field = field.field;
    m_fieldElement = field.element; // a literal: expat's name is gone once the element has started
    m_fieldText.clear();
}

void Reader::text(std::string_view utf8)
{
    switch (m_open.empty() ? Place::Skipped : m_open.back()) {
    case Place::Field:
    case Place::InsideField:
        appendCapped(m_fieldText, utf8, m_fieldElement);
        break;
    case Place::LinkItem: // only its own text: the text of other elements inside it is not the title
        appendCapped(m_linkText, utf8, m_linkElement);
        break;
    default:
        break;
    }
}

void Reader::appendCapped(KeptText &kept, std::string_view utf8, std::string_view element)
{
    kept.utf8.append(utf8.data(), qsizetype(utf8.size()));
    // A character is at least one byte: only a text of more bytes than the cap needs counting.
    if (kept.utf8.size() <= FeedLimits::maxFieldChars)
        return;
    kept.utf16Units += utf16Length({kept.utf8.constData() + kept.countedBytes, std::size_t(kept.utf8.size() - kept.countedBytes)});
    kept.countedBytes = kept.utf8.size();
    if (kept.utf16Units > FeedLimits::maxFieldChars)
        refuse(QStringLiteral("<%1> holds more than %2 characters of text").arg(QString::fromUtf8(element)).arg(FeedLimits::maxFieldChars));
}

QString Reader::attribute(const char *const *attributes, std::string_view name, std::string_view element)
{
    const char *value = XmlPushReader::attribute(attributes, name);
    if (!value)
        return {};
    const std::string_view text(value);
    if (qsizetype(text.size()) > FeedLimits::maxFieldChars && utf16Length(text) > FeedLimits::maxFieldChars) {
        refuse(QStringLiteral("the %1 attribute of <%2> holds more than %3 characters")
                   .arg(QString::fromUtf8(name), QString::fromUtf8(element))
                   .arg(FeedLimits::maxFieldChars));
        return {};
    }
    return QString::fromUtf8(text);
}

void Reader::endElement()
{
    const Place place = m_open.back();
    m_open.pop_back();
    switch (place) {
    case Place::Field:
        endField();
        break;
    case Place::Conference:
        endConference();
        break;
    case Place::Event:
        endEvent();
        break;
    case Place::LinkItem:
        endLinkItem();
        break;
    default:
        break;
    }
}

void Reader::endField()
{
    if (m_field == Field::LinkTitle) { // the link's whole title so far; its own text after it is added
        m_linkText = m_fieldText;
        return;
    }
    QString text = QString::fromUtf8(m_fieldText.utf8).trimmed();
    if (text.capacity() - text.size() > 64)
        text.squeeze(); // fewer characters than bytes, or trimmed: the agenda keeps it
    switch (m_field) {
    case Field::ConferenceTitle:
        m_conference.title = std::move(text);
        break;
    case Field::ConferenceSubtitle:
        m_conference.subtitle = std::move(text);
        break;
    case Field::Acronym:
        m_conference.acronym = std::move(text);
        break;
    case Field::City:
        m_conference.city = std::move(text);
        break;
    case Field::ConferenceUrl:
        m_conference.url = QUrl(text);
        break;
    case Field::BaseUrl:
        m_baseUrl = std::move(text);
        break;
    case Field::ConferenceDescription:
        m_conferenceDescription = std::move(text);
        break;
    case Field::TimeZoneName:
        m_declaredZone = std::move(text);
        break;
    case Field::DayChange:
        m_dayChange = QTime::fromString(text, Qt::ISODate);
        break;
    case Field::Title:
        m_session.title = std::move(text);
        break;
    case Field::Subtitle:
        m_session.subtitle = std::move(text);
        break;
    case Field::Track:
        m_session.track = std::move(text);
        break;
    case Field::Room:
        m_session.room = std::move(text);
        break;
    case Field::Type:
        m_session.type = std::move(text);
        break;
    case Field::Language:
        m_session.language = std::move(text);
        break;
    case Field::Date:
        m_dateText = std::move(text);
        break;
    case Field::Start:
        m_startText = std::move(text);
        break;
    case Field::Duration:
        m_session.durationSeconds = std::max<qint64>(0, PentabarfXmlParser::parseDuration(text));
        break;
    case Field::Abstract:
        m_abstract = htmlToPlainText(text);
        break;
    case Field::Description:
        m_description = htmlToPlainText(text);
        break;
    case Field::Url:
        m_session.url = std::move(text);
        break;
    case Field::TimeEstimated:
        m_session.timeIsEstimated = isTrueText(text);
        break;
    case Field::PersonName:
        if (Speaker speaker{m_personId, text.simplified()}; !speaker.name.isEmpty())
            m_session.speakers.append(std::move(speaker));
        break;
    case Field::LinkTitle:
        break;
    }
}

void Reader::endConference()
{
    m_conference.description = htmlToPlainText(m_conferenceDescription);
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

void Reader::startEvent(const char *const *attributes)
{
    if (m_conference.sessions.size() >= FeedLimits::maxSessions) {
        refuse(QStringLiteral("more than %1 sessions").arg(FeedLimits::maxSessions));
        return;
    }
    m_session = Session();
    m_session.feedId = attribute(attributes, "id", "event");
    m_session.guid = attribute(attributes, "guid", "event");
    m_session.dayIndex = std::max(m_dayIndex, 0);
    m_dateText.clear();
    m_startText.clear();
    m_abstract.clear();
    m_description.clear();
}

void Reader::endEvent()
{
    Session &session = m_session;
    if (session.room.isEmpty())
        session.room = m_roomName;
    // frab has both: a short abstract and a longer description. Show both when they differ.
    if (m_abstract.isEmpty())
        session.abstract = m_description;
    else if (m_description.isEmpty() || m_description == m_abstract)
        session.abstract = m_abstract;
    else
        session.abstract = joinedParagraphs(m_abstract, m_description);

    PendingStart start;
    // <date> is a full date-time in frab and pretalx; a bare date would say nothing about the time.
    const QDateTime date = m_dateText.contains(QLatin1Char('T')) ? QDateTime::fromString(m_dateText, Qt::ISODate) : QDateTime();
    if (date.isValid() && date.timeSpec() != Qt::LocalTime) {
        // An explicit offset is the truth, even where <start> is written in another zone (DebConf).
        start = PendingStart::at(date);
        if (!m_firstOffset)
            m_firstOffset = date.offsetFromUtc();
    } else {
        QTime wall = QTime::fromString(m_startText, Qt::ISODate);
        if (!wall.isValid())
            wall = QTime::fromString(m_startText, QStringLiteral("H:mm"));
        QDate day = date.isValid() ? date.date() : m_dayDate;
        if (date.isValid()) {
            wall = date.time();
        } else if (m_dayChange.isValid() && wall.isValid() && wall < m_dayChange) {
            day = day.addDays(1); // after midnight, still the previous conference day
        }
        start = PendingStart::onTheWall(day, wall.isValid() ? wall : QTime(0, 0));
    }
    m_conference.sessions.append(std::move(m_session));
    m_starts.append(start);
}

void Reader::endLinkItem()
{
    QUrl url = m_linkUrl;
    if (url.isRelative() && !m_baseUrl.isEmpty())
        url = QUrl(m_baseUrl).resolved(url);
    SessionLink link;
    link.url = url;
    link.title = QString::fromUtf8(m_linkText.utf8).simplified();
    if (link.title.isEmpty())
        link.title = url.toDisplayString();
    // Relative links with nothing to resolve them against lead nowhere: leave them out.
    if (url.isValid() && !url.isRelative())
        m_session.links.append(std::move(link));
}

} // namespace

ParseResult PentabarfXmlParser::parse(const QByteArray &data, const QString &sourceName)
{
    return Reader(sourceName).run(data);
}

qint64 PentabarfXmlParser::parseDuration(QStringView text)
{
    const auto parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return -1;
    qint64 seconds = 0;
    const int scale[] = {3600, 60, 1};
    for (qsizetype i = 0; i < parts.size() && i < qsizetype(std::size(scale)); ++i) {
        bool ok = false;
        const int value = parts.at(i).toInt(&ok);
        if (!ok || value < 0 || (i > 0 && value > 59))
            return -1;
        seconds += qint64(value) * scale[i];
    }
    return seconds;
}

} // namespace Attend
