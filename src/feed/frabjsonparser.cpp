#include "frabjsonparser.h"

#include "domain/watchlinks.h"
#include "domain/feedlimits.h"
#include "domain/stablekeys.h"
#include "domain/zonename.h"
#include "htmltotext.h"
#include "jsonskeleton.h"
#include "pentabarfxmlparser.h"
#include "wallclock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QUrl>
#include <algorithm>
#include <optional>
#include <set>

namespace Attend {

namespace {

/** A member of a JSON object, by a Latin-1 name (the library builds without casts from char *). */
QJsonValue member(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name));
}

/** Line ends as XML readers hand them over (CR LF and lone CR become LF), so both formats give the same text. */
QString normalisedLineEnds(QString text)
{
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    return text;
}

/** Element i, left null in the array: once the caller lets go of it, its memory is free. */
QJsonValue takeAt(QJsonArray &array, qsizetype i)
{
    QJsonValue value = array.at(i);
    array[i] = QJsonValue();
    return value;
}

/** Where and why a JSON text is refused before it is parsed. */
struct JsonProblem {
    qsizetype offset;
    QString message;
};

/**
 * One pass over the bytes for what the caps refuse: arrays and objects nested deeper than
 * FeedLimits::maxNestingDepth (QJsonDocument's own limit is 1024), and strings longer than
 * FeedLimits::maxFieldChars bytes as written. Only counts: whether the JSON is well formed is
 * QJsonDocument's to say.
 */
std::optional<JsonProblem> boundsProblem(const QByteArray &json)
{
    int depth = 0;
    const char *const begin = json.constData();
    const char *const end = begin + json.size();
    for (const char *p = begin; p < end; ++p) {
        switch (*p) {
        case '"': {
            const char *const start = p;
            for (++p; p < end && *p != '"'; ++p) {
                if (*p == '\\' && p + 1 < end)
                    ++p;
            }
            if (p - start - 1 > FeedLimits::maxFieldChars)
                return JsonProblem{start - begin, QStringLiteral("a string longer than %1 bytes").arg(FeedLimits::maxFieldChars)};
            break;
        }
        case '[':
        case '{':
            if (++depth > FeedLimits::maxNestingDepth)
                return JsonProblem{p - begin, QStringLiteral("arrays and objects nest deeper than %1 levels").arg(FeedLimits::maxNestingDepth)};
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

/**
 * A scalar as text: strings as written, numbers as the integer they hold (39C3 writes event ids
 * both as 1526 and as "1526"), null, booleans, arrays and objects as nothing.
 */
QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return normalisedLineEnds(value.toString()).trimmed();
    if (value.isDouble()) {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger(-1);
        if (double(whole) == number)
            return QString::number(whole);
        return QString::number(number, 'g', 17);
    }
    return {};
}

QString text(const QJsonObject &object, const char *name);

// Attend's own mark, not frab's: "time_estimated": true when the organiser gave no time for the
// session and the feed's author placed it (the built-in RethinkConn agenda after 10:20).
bool timeIsEstimated(const QJsonObject &event)
{
    const QJsonValue value = member(event, "time_estimated");
    return value.isBool() ? value.toBool() : isTrueText(scalarText(value));
}

QString text(const QJsonObject &object, const char *name)
{
    return scalarText(member(object, name));
}

/** A name written either as a string or as an object with a "name" (schedule2 rooms and tracks). */
QString nameOf(const QJsonValue &value)
{
    if (value.isObject())
        return scalarText(value.toObject().value(QLatin1String("name")));
    return scalarText(value);
}

/** A date-time with its written offset, or invalid when the text has no time part. */
QDateTime dateTimeOf(const QString &text)
{
    // A bare date says nothing about the time of day.
    return text.contains(QLatin1Char('T')) ? QDateTime::fromString(text, Qt::ISODate) : QDateTime();
}

bool hasOffset(const QDateTime &dateTime)
{
    return dateTime.isValid() && dateTime.timeSpec() != Qt::LocalTime;
}

/** frab's short abstract and longer description, shown both when they differ (as the XML reader does). */
QString combinedAbstract(const QString &abstractHtml, const QString &descriptionHtml)
{
    const QString abstract = htmlToPlainText(abstractHtml);
    const QString description = htmlToPlainText(descriptionHtml);
    if (abstract.isEmpty())
        return description;
    if (description.isEmpty() || description == abstract)
        return abstract;
    return joinedParagraphs(abstract, description);
}

/** "TALK", "LIGHTNING_TALK" (schedule2) as people read them: "Talk", "Lightning talk". */
QString readableType(const QString &type)
{
    if (type.isEmpty() || type != type.toUpper())
        return type;
    QString readable = type.toLower();
    readable.replace(QLatin1Char('_'), QLatin1Char(' '));
    readable[0] = readable.at(0).toUpper();
    return readable;
}

/** An event whose offset and own wall-clock "start" can confirm or contradict the declared zone. */
struct ZoneEvidence {
    QDateTime instant;
    int writtenOffset = 0;
    QTime writtenStart;
};

/** One conference day as the feed bounds it, for schedule2 events that do not say their day. */
struct DayBounds {
    QDateTime start;
    QDateTime end;
};

/**
 * Which day an event belongs to, found in log(days) rather than by trying every day: a feed with
 * many days and many events took a minute. Gives what the plain loop gave, the first day in feed
 * order that holds the start, also where days overlap.
 */
class DayLookup
{
public:
    DayLookup() = default;
    DayLookup(const QList<QDate> &dates, const QList<DayBounds> &bounds)
    {
        for (qsizetype i = 0; i < dates.size(); ++i) {
            if (!m_firstOfDate.contains(dates.at(i)))
                m_firstOfDate.insert(dates.at(i), int(i));
        }
        // Sweep the bounds in time order; between two consecutive bounds the set of open days does
        // not change, so one answer (the lowest open index) holds for the whole stretch.
        struct Edge {
            qint64 at;
            int day;
            bool opens;
        };
        QList<Edge> edges;
        for (qsizetype i = 0; i < bounds.size(); ++i) {
            const DayBounds &day = bounds.at(i);
            if (!day.start.isValid())
                continue; // holds no instant
            const qint64 start = day.start.toMSecsSinceEpoch();
            if (day.end.isValid() && day.end.toMSecsSinceEpoch() <= start)
                continue; // empty
            edges.append({start, int(i), true});
            if (day.end.isValid())
                edges.append({day.end.toMSecsSinceEpoch(), int(i), false});
        }
        std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) { return a.at < b.at; });
        std::set<int> open;
        for (qsizetype i = 0; i < edges.size();) {
            const qint64 at = edges.at(i).at;
            for (; i < edges.size() && edges.at(i).at == at; ++i) {
                if (edges.at(i).opens)
                    open.insert(edges.at(i).day);
                else
                    open.erase(edges.at(i).day);
            }
            m_stretches.append({at, open.empty() ? -1 : *open.begin()});
        }
    }

    /** The first day with start <= instant < end (or no end). */
    std::optional<int> dayHolding(const QDateTime &instant) const
    {
        const qint64 at = instant.toMSecsSinceEpoch();
        auto after = std::upper_bound(m_stretches.cbegin(), m_stretches.cend(), at, [](qint64 value, const Stretch &stretch) { return value < stretch.from; });
        if (after == m_stretches.cbegin() || std::prev(after)->day < 0)
            return std::nullopt;
        return std::prev(after)->day;
    }

    /** The first day of this date (for events written without an offset). */
    std::optional<int> dayOfDate(QDate date) const
    {
        const auto found = m_firstOfDate.constFind(date);
        return found == m_firstOfDate.constEnd() ? std::nullopt : std::optional<int>(*found);
    }

private:
    struct Stretch {
        qint64 from;
        int day; // -1: none
    };
    QList<Stretch> m_stretches;
    QHash<QDate, int> m_firstOfDate;
};

class Reader
{
public:
    explicit Reader(QString sourceName)
        : m_source(std::move(sourceName))
    {
    }

    ParseResult run(const QByteArray &data);

private:
    void readConference(const QJsonObject &schedule, const QJsonObject &conference);
    void readFrabDays(QJsonArray &days);
    void readFrabEvent(const QJsonObject &event, const QString &roomKey, const QJsonObject &day);
    void readSchedule2(const QJsonObject &schedule, const QJsonObject &conference, QJsonArray &events);
    bool roomForAnotherDay();
    bool roomForAnotherSession();
    void readSchedule2Event(const QJsonObject &event);
    QList<Speaker> readPersons(const QJsonArray &persons) const;
    QList<SessionLink> readLinks(const QJsonValue &links) const;
    void addSession(Session session, const PendingStart &start);
    void settleZone();
    bool declaredZoneIsContradicted() const;
    ParseResult failure(const QString &message) const { return ParseResult::failure({m_source, 0, 0, message}); }

    QString m_refusal; // why reading stopped early (a cap, a broken event), else empty
    const JsonSkeleton *m_skeleton = nullptr;
    qsizetype m_skipped = 0; // bytes before the JSON (a byte order mark)
    bool eventObject(const QJsonValue &value, QJsonObject *event);

    QString m_source;
    Conference m_conference;
    QString m_linkBase;
    QList<PendingStart> m_starts; // parallel to m_conference.sessions
    QList<ZoneEvidence> m_evidence;
    std::optional<QDateTime> m_earliestWithOffset; // in its written offset

    // schedule2 only: references resolved through the conference's lists.
    QHash<QString, QString> m_roomNames;
    QHash<QString, QString> m_trackNames;
    QHash<QString, QString> m_personNames;
    DayLookup m_dayLookup;
};

ParseResult Reader::run(const QByteArray &data)
{
    QByteArray json = data;
    qsizetype skipped = 0;
    if (json.startsWith("\xEF\xBB\xBF")) {
        // Past the mark without a copy (remove() would copy the whole file).
        json = QByteArray::fromRawData(data.constData() + 3, data.size() - 3);
        skipped = 3;
    }
    if (QByteArrayView(json).trimmed().isEmpty())
        return failure(QStringLiteral("empty file: not a schedule feed"));
    if (const std::optional<JsonProblem> problem = boundsProblem(json))
        return failure(QStringLiteral("at byte %1: %2").arg(problem->offset + skipped).arg(problem->message));

    // Events are parsed one at a time (JsonSkeleton), and the rest of the document is taken apart
    // as it is read, so that no more than one event's QJsonObject is held beside the agenda.
    const JsonSkeleton skeleton(json);
    m_skeleton = &skeleton;
    m_skipped = skipped;
    QJsonObject schedule;
    {
        QJsonParseError error;
        QJsonDocument document = QJsonDocument::fromJson(skeleton.bytes(), &error);
        if (error.error != QJsonParseError::NoError) {
            // QJsonParseError knows no lines, only the byte where reading stopped.
            return failure(QStringLiteral("at byte %1: %2").arg(skeleton.originalOffset(error.offset) + skipped).arg(error.errorString()));
        }
        QJsonObject root = document.object();
        document = QJsonDocument();
        schedule = root.take(QLatin1String("schedule")).toObject();
    }

    const bool hasConference = member(schedule, "conference").isObject();
    const bool schedule2 = member(schedule, "events").isArray();
    if (!hasConference && !schedule2)
        return failure(QStringLiteral("not a frab schedule (no schedule.conference)"));

    QJsonObject conference = schedule.take(QLatin1String("conference")).toObject();
    readConference(schedule, conference);
    if (schedule2) {
        QJsonArray events = schedule.take(QLatin1String("events")).toArray();
        readSchedule2(schedule, conference, events);
    } else {
        QJsonArray days = conference.take(QLatin1String("days")).toArray();
        readFrabDays(days);
    }
    if (!m_refusal.isEmpty())
        return failure(m_refusal);
    qsizetype errorOffset = 0;
    QString error;
    if (!skeleton.checkUnread(&errorOffset, &error))
        return failure(QStringLiteral("at byte %1: %2").arg(errorOffset + skipped).arg(error));

    settleZone();
    placeWallTimes(m_conference.sessions, m_starts, m_conference.timeZone);
    assignStableKeys(m_conference.sessions);
    sortSessions(m_conference.sessions);
    return ParseResult::success(std::move(m_conference));
}

bool Reader::eventObject(const QJsonValue &value, QJsonObject *event)
{
    const QJsonObject object = value.toObject();
    if (!m_skeleton->isPlaceholder(object)) {
        *event = object;
        return true;
    }
    qsizetype errorOffset = 0;
    QString error;
    if (m_skeleton->parseEvent(object, event, &errorOffset, &error))
        return true;
    m_refusal = QStringLiteral("at byte %1: %2").arg(errorOffset + m_skipped).arg(error);
    return false;
}

bool Reader::roomForAnotherDay()
{
    if (m_conference.days.size() < FeedLimits::maxDays)
        return true;
    m_refusal = QStringLiteral("more than %1 days").arg(FeedLimits::maxDays);
    return false;
}

bool Reader::roomForAnotherSession()
{
    if (m_conference.sessions.size() < FeedLimits::maxSessions)
        return true;
    m_refusal = QStringLiteral("more than %1 sessions").arg(FeedLimits::maxSessions);
    return false;
}

void Reader::readConference(const QJsonObject &schedule, const QJsonObject &conference)
{
    m_conference.title = text(conference, "title");
    m_conference.subtitle = text(conference, "subtitle");
    m_conference.acronym = text(conference, "acronym");
    m_conference.city = text(conference, "city");
    m_conference.description = htmlToPlainText(text(conference, "description"));

    // frab writes base_url beside the conference, some generators inside it.
    QString baseUrl = text(conference, "base_url");
    if (baseUrl.isEmpty())
        baseUrl = text(schedule, "base_url");
    const QString url = text(conference, "url");
    m_conference.url = QUrl(url.isEmpty() ? baseUrl : url);
    m_linkBase = baseUrl.isEmpty() ? url : baseUrl;

    const QString zoneName = text(conference, "time_zone_name");
    if (!zoneName.isEmpty()) {
        const QTimeZone zone = zoneFromNameOrInvalid(zoneName); // a name, never a path or a rule
        if (zone.isValid()) {
            m_conference.timeZone = zone;
            m_conference.zoneSource = ZoneSource::Declared;
        }
    }
}

void Reader::readFrabDays(QJsonArray &days)
{
    for (qsizetype i = 0; i < days.size() && m_refusal.isEmpty(); ++i) {
        const QJsonValue dayValue = takeAt(days, i);
        if (!dayValue.isObject())
            continue;
        if (!roomForAnotherDay())
            return;
        QJsonObject day = dayValue.toObject();
        QDate date = QDate::fromString(text(day, "date"), Qt::ISODate);
        if (!date.isValid())
            date = dateTimeOf(text(day, "day_start")).date();
        m_conference.days.append(date);

        QJsonObject rooms = day.take(QLatin1String("rooms")).toObject();
        // QJsonObject hands keys back sorted, not in file order. That cannot change the agenda:
        // sortSessions orders by start, room and title, and only events equal in all three (and in
        // title and speakers, for the "#2" of a derived key) could swap places.
        const QStringList roomKeys = rooms.keys();
        for (const QString &roomKey : roomKeys) {
            QJsonArray events = rooms.take(roomKey).toArray();
            for (qsizetype e = 0; e < events.size(); ++e) {
                const QJsonValue event = takeAt(events, e);
                if (!event.isObject())
                    continue;
                QJsonObject object;
                if (!roomForAnotherSession() || !eventObject(event, &object))
                    return;
                readFrabEvent(object, roomKey, day);
            }
        }
    }
}

void Reader::readFrabEvent(const QJsonObject &event, const QString &roomKey, const QJsonObject &day)
{
    Session session;
    session.feedId = text(event, "id");
    session.guid = text(event, "guid");
    session.title = text(event, "title");
    session.subtitle = text(event, "subtitle");
    session.track = nameOf(member(event, "track"));
    // The event's own room wins over the key it is listed under: in 87 events of 36C3 they differ
    // ("1Komona headnut" holds "headnut"), and the XML reader likewise prefers <event><room>.
    session.room = nameOf(member(event, "room"));
    if (session.room.isEmpty())
        session.room = roomKey.trimmed();
    session.type = text(event, "type");
    session.language = text(event, "language");
    session.url = text(event, "url");
    session.dayIndex = std::max(0, int(m_conference.days.size()) - 1);
    session.abstract = combinedAbstract(text(event, "abstract"), text(event, "description"));
    session.speakers = readPersons(member(event, "persons").toArray());
    session.links = readLinks(member(event, "links")) + readLinks(member(event, "attachments"));
    session.timeIsEstimated = timeIsEstimated(event);

    const QString startText = text(event, "start");
    QTime wall = QTime::fromString(startText, Qt::ISODate);
    if (!wall.isValid())
        wall = QTime::fromString(startText, QStringLiteral("H:mm"));

    PendingStart start;
    const QDateTime date = dateTimeOf(text(event, "date"));
    if (hasOffset(date)) {
        // An explicit offset is the instant, whatever zone "start" or the conference claim.
        start = PendingStart::at(date);
        if (wall.isValid())
            m_evidence.append({start.instant, date.offsetFromUtc(), wall});
        if (!m_earliestWithOffset || date < *m_earliestWithOffset)
            m_earliestWithOffset = date;
    } else if (date.isValid()) {
        start = PendingStart::onTheWall(date.date(), date.time());
    } else {
        // Only a clock time: it belongs to this day, or to the small hours after it when the day
        // runs past midnight (day_end) and the time is before the day begins (day_start).
        const QDate dayDate = m_conference.days.isEmpty() ? QDate() : m_conference.days.constLast();
        const QTime time = wall.isValid() ? wall : QTime(0, 0);
        QDateTime local(dayDate, time, Qt::UTC);
        const QDateTime dayStart = dateTimeOf(text(day, "day_start"));
        const QDateTime dayEnd = dateTimeOf(text(day, "day_end"));
        if (dayStart.isValid() && dayEnd.isValid()) {
            const QDateTime startWall(dayStart.date(), dayStart.time(), Qt::UTC);
            const QDateTime endWall(dayEnd.date(), dayEnd.time(), Qt::UTC);
            if (local < startWall && local.addDays(1) <= endWall)
                local = local.addDays(1);
        }
        start.wallTime = local;
    }

    const qint64 duration = PentabarfXmlParser::parseDuration(text(event, "duration"));
    if (duration >= 0) {
        session.durationSeconds = duration;
    } else if (const QDateTime end = dateTimeOf(text(event, "end")); hasOffset(end) && start.instant.isValid()) {
        session.durationSeconds = std::max<qint64>(0, start.instant.secsTo(end));
    }
    addSession(std::move(session), start);
}

void Reader::readSchedule2(const QJsonObject &schedule, const QJsonObject &conference, QJsonArray &events)
{
    for (const QJsonValue &value : member(conference, "rooms").toArray()) {
        const QJsonObject room = value.toObject();
        const QString name = text(room, "name");
        if (name.isEmpty())
            continue;
        for (const char *key : {"guid", "slug"}) {
            if (const QString id = text(room, key); !id.isEmpty())
                m_roomNames.insert(id, name);
        }
    }
    for (const QJsonValue &value : member(conference, "tracks").toArray()) {
        const QJsonObject track = value.toObject();
        const QString name = text(track, "name");
        if (name.isEmpty())
            continue;
        for (const char *key : {"guid", "slug"}) {
            if (const QString id = text(track, key); !id.isEmpty())
                m_trackNames.insert(id, name);
        }
    }
    for (const QJsonValue &value : member(schedule, "persons").toArray()) {
        const QJsonObject person = value.toObject();
        if (const QString guid = text(person, "guid"); !guid.isEmpty())
            m_personNames.insert(guid, text(person, "name").simplified());
    }
    QList<DayBounds> dayBounds;
    for (const QJsonValue &value : member(conference, "days").toArray()) {
        if (!roomForAnotherDay())
            return;
        const QJsonObject day = value.toObject();
        const QDateTime start = dateTimeOf(text(day, "start"));
        QDate date = QDate::fromString(text(day, "date"), Qt::ISODate);
        if (!date.isValid())
            date = start.date();
        m_conference.days.append(date);
        dayBounds.append({start, dateTimeOf(text(day, "end"))});
    }
    m_dayLookup = DayLookup(m_conference.days, dayBounds);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonValue event = takeAt(events, i);
        if (!event.isObject())
            continue;
        QJsonObject object;
        if (!roomForAnotherSession() || !eventObject(event, &object))
            return;
        readSchedule2Event(object);
    }
}

void Reader::readSchedule2Event(const QJsonObject &event)
{
    Session session;
    session.feedId = text(event, "id");
    if (session.feedId.isEmpty())
        session.feedId = text(event, "code");
    session.guid = text(event, "guid");
    session.title = text(event, "title");
    session.subtitle = text(event, "subtitle");
    session.type = readableType(text(event, "type"));
    session.language = text(event, "language");
    session.url = text(event, "url");
    // schedule2 says so in "state"; a withdrawn or deleted session will not take place either.
    const QString state = text(event, "state").toUpper();
    session.cancelled = state == QLatin1String("CANCELED") || state == QLatin1String("CANCELLED")
        || state == QLatin1String("WITHDRAWN") || state == QLatin1String("DELETED");

    // Rooms and tracks are references ({"guid"}, {"slug"}) into the conference's lists.
    const QJsonValue room = member(event, "room");
    session.room = nameOf(room);
    for (const char *key : {"guid", "slug"}) {
        if (session.room.isEmpty())
            session.room = m_roomNames.value(text(room.toObject(), key));
    }
    if (session.room.isEmpty())
        session.room = text(room.toObject(), "slug");
    const QJsonValue track = member(event, "track");
    session.track = nameOf(track);
    for (const char *key : {"slug", "guid"}) {
        if (session.track.isEmpty())
            session.track = m_trackNames.value(text(track.toObject(), key));
    }
    if (session.track.isEmpty())
        session.track = text(track.toObject(), "slug");

    // Abstracts may be translated: {"en": "...", "de": "..."}; take the event's language, else English.
    const auto localised = [&session](const QJsonValue &value) {
        if (!value.isObject())
            return scalarText(value);
        const QJsonObject translations = value.toObject();
        for (const QString &language : {session.language, QStringLiteral("en")}) {
            if (const QString candidate = scalarText(translations.value(language)); !candidate.isEmpty())
                return candidate;
        }
        return translations.isEmpty() ? QString() : scalarText(translations.constBegin().value());
    };
    session.abstract = combinedAbstract(localised(member(event, "abstract")), localised(member(event, "description")));

    // Every participant is listed, whatever the role: the XML export of the same hub lists them all.
    for (const QJsonValue &value : member(event, "participants").toArray()) {
        const QJsonObject participant = value.toObject();
        Speaker speaker;
        speaker.id = text(participant, "guid");
        speaker.name = text(participant, "name").simplified();
        if (speaker.name.isEmpty())
            speaker.name = m_personNames.value(speaker.id);
        if (!speaker.name.isEmpty())
            session.speakers.append(speaker);
    }
    session.links = readLinks(member(event, "links")) + readLinks(member(event, "attachments"));
    session.timeIsEstimated = timeIsEstimated(event);

    PendingStart start;
    const QDateTime begin = dateTimeOf(text(event, "start"));
    if (hasOffset(begin)) {
        start = PendingStart::at(begin);
        if (!m_earliestWithOffset || begin < *m_earliestWithOffset)
            m_earliestWithOffset = begin;
    } else if (begin.isValid()) {
        start = PendingStart::onTheWall(begin.date(), begin.time());
    }
    const QDateTime end = dateTimeOf(text(event, "end"));
    if (hasOffset(begin) && hasOffset(end))
        session.durationSeconds = std::max<qint64>(0, begin.secsTo(end));
    else if (const qint64 duration = PentabarfXmlParser::parseDuration(text(event, "duration")); duration >= 0)
        session.durationSeconds = duration;
    else if (begin.isValid() && end.isValid())
        session.durationSeconds = std::max<qint64>(0, QDateTime(begin.date(), begin.time(), Qt::UTC).secsTo(QDateTime(end.date(), end.time(), Qt::UTC)));

    // Events do not name their day: it is the first day whose bounds hold the start.
    if (const std::optional<int> day = start.instant.isValid() ? m_dayLookup.dayHolding(start.instant) : m_dayLookup.dayOfDate(begin.date()))
        session.dayIndex = *day;
    addSession(std::move(session), start);
}

QList<Speaker> Reader::readPersons(const QJsonArray &persons) const
{
    QList<Speaker> speakers;
    for (const QJsonValue &value : persons) {
        Speaker speaker;
        if (value.isObject()) {
            // Three shapes in one 36C3 file: frab {id, public_name}, wiki {id, public_name, url},
            // pretalx {id, code, public_name, ...}; the hub writes {guid, name, public_name}.
            const QJsonObject person = value.toObject();
            speaker.name = text(person, "public_name").simplified();
            if (speaker.name.isEmpty())
                speaker.name = text(person, "name").simplified();
            for (const char *key : {"id", "guid", "code"}) {
                if (speaker.id.isEmpty())
                    speaker.id = text(person, key);
            }
        } else {
            speaker.name = scalarText(value).simplified();
        }
        if (!speaker.name.isEmpty())
            speakers.append(speaker);
    }
    return speakers;
}

QList<SessionLink> Reader::readLinks(const QJsonValue &links) const
{
    QList<SessionLink> result;
    for (const QJsonValue &value : links.toArray()) {
        QString href;
        QString title;
        if (value.isObject()) {
            const QJsonObject link = value.toObject();
            // schedule2 lists the origin and feedback pages as links; frab keeps them out (origin_url,
            // feedback_url) and so does the XML reader.
            const QString type = text(link, "type");
            if (type == QLatin1String("ORIGIN") || type == QLatin1String("FEEDBACK"))
                continue;
            href = text(link, "url");
            if (href.isEmpty())
                href = text(link, "href");
            title = text(link, "title").simplified();
        } else {
            href = scalarText(value); // 36C3 lists some links as bare URL strings
        }
        QUrl url(href);
        if (url.isRelative() && !m_linkBase.isEmpty())
            url = QUrl(m_linkBase).resolved(url);
        // Relative links with nothing to resolve them against lead nowhere: leave them out.
        if (href.isEmpty() || !url.isValid() || url.isRelative())
            continue;
        result.append({title.isEmpty() ? url.toDisplayString() : title, url});
    }
    return result;
}

void Reader::addSession(Session session, const PendingStart &start)
{
    m_conference.sessions.append(std::move(session));
    m_starts.append(start);
}

bool Reader::declaredZoneIsContradicted() const
{
    // The declared zone loses only when the feed itself says otherwise twice over: the offsets differ
    // from it, and the feed's own clock times ("start": "09:00") follow the offsets, not the zone.
    // pretalx-democon declares "UTC" with +01:00 dates and 09:00 starts. DebConf's wafer is the
    // opposite case and keeps its zone: UTC-written dates, but clock times in Asia/Kolkata.
    qsizetype disagreeing = 0;
    for (const ZoneEvidence &evidence : m_evidence) {
        if (m_conference.timeZone.offsetFromUtc(evidence.instant) == evidence.writtenOffset)
            continue;
        ++disagreeing;
        if (evidence.instant.toOffsetFromUtc(evidence.writtenOffset).time() != evidence.writtenStart)
            return false;
    }
    return disagreeing > 0;
}

void Reader::settleZone()
{
    if (m_conference.timeZone.isValid() && declaredZoneIsContradicted())
        m_conference.timeZone = QTimeZone(); // the offsets win over a name the feed itself contradicts
    Attend::settleZone(m_conference, m_earliestWithOffset ? std::optional<int>(m_earliestWithOffset->offsetFromUtc()) : std::nullopt);
}

} // namespace

ParseResult FrabJsonParser::parse(const QByteArray &data, const QString &sourceName)
{
    return Reader(sourceName).run(data);
}

} // namespace Attend
