#include "icalendarparser.h"

#include "domain/watchlinks.h"
#include "domain/feedlimits.h"
#include "domain/stablekeys.h"
#include "domain/zonename.h"
#include "htmltotext.h"

#include <QFileInfo>
#include <QUrl>
#include <QHash>
#include <QSet>
#include <QRegularExpression>
#include <QTimeZone>

#include "ical/icallines.h"
#include "ical/icalsupport.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace Attend {

namespace {

// No calendar nests deeper than VCALENDAR > VEVENT > VALARM (or VTIMEZONE > STANDARD). libical
// frees components recursively, so a file of endless BEGIN lines must stop here, not on the stack;
// counted on unfolded lines, as libical reads them ("BEG" + " IN:X" is a BEGIN too).
constexpr int kMaxDepth = 8;


constexpr int kMaxComponents = 200000;     // every BEGIN, VALARMs and skipped VTODOs included
constexpr int kMaxLinesPerComponent = 10000; // one VEVENT, or a calendar's own lines and zones

// Own VTIMEZONEs: libical works out every change from each rule's DTSTART up to the year asked
// for (plus 20), about 25 µs a change. Real zone rules are yearly, with a few parts each; a
// calendar whose zones need more is refused (rather than read with those times misplaced).
constexpr int kMaxZoneParts = 200;         // STANDARD and DAYLIGHT parts of one VTIMEZONE
constexpr int kLastOwnZoneYear = 2120;     // later times in an own zone are read as floating
constexpr qint64 kMaxZoneChanges = 30000;  // changes libical may work out for all own zones together

using ComponentPtr = IcalComponentPtr;

/** A DTSTART or DTEND as the feed wrote it, before the conference's zone is known. */
struct WrittenTime {
    enum Kind {
        Missing,
        Instant,  // a UTC time (Z), or a TZID only the file's own VTIMEZONE defines
        WallTime, // a wall-clock time in `zone`, or floating (zone invalid: the conference's zone)
        WholeDay, // VALUE=DATE: the whole day in the conference's zone
    };
    Kind kind = Missing;
    QDateTime instant;
    QDate date;
    QTime time;
    QTimeZone zone;
    int ownZoneOffset = 0; // Instant from the file's own VTIMEZONE: its UTC offset then, in seconds
    bool fromOwnZone = false;
};

/** One VEVENT as read; the times and some fields are settled once the whole file is known. */
struct PendingEvent {
    Session session;
    WrittenTime start;
    WrittenTime end;
    std::optional<icaldurationtype> duration;
    QString organizer;  // ORGANIZER's CN: a speaker or not depending on the other events
    QString summary;    // SUMMARY as written: may end in " - Speaker"
};

/** The decoded text of a property, whichever of the text-like kinds libical parsed it as. */
QString valueText(icalproperty *property)
{
    icalvalue *value = property ? icalproperty_get_value(property) : nullptr;
    if (!value)
        return {};
    const char *text = nullptr;
    switch (icalvalue_isa(value)) {
    case ICAL_X_VALUE:
        text = icalvalue_get_x(value);
        break;
    case ICAL_TEXT_VALUE:
        text = icalvalue_get_text(value);
        break;
    case ICAL_URI_VALUE:
        text = icalvalue_get_uri(value);
        break;
    case ICAL_CALADDRESS_VALUE:
        text = icalvalue_get_caladdress(value);
        break;
    default:
        break;
    }
    return text ? QString::fromUtf8(text) : QString();
}

/** The first property of that kind, trimmed: some generators write "LOCATION: XOR". */
QString firstText(icalcomponent *component, icalproperty_kind kind)
{
    return valueText(icalcomponent_get_first_property(component, kind)).trimmed();
}

/** The first X- property called `name` (names are case-insensitive), trimmed. */
QString xText(icalcomponent *component, const char *name)
{
    for (icalproperty *property = icalcomponent_get_first_property(component, ICAL_X_PROPERTY); property;
         property = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
        const char *propertyName = icalproperty_get_x_name(property);
        if (propertyName && qstricmp(propertyName, name) == 0)
            return valueText(property).trimmed();
    }
    return {};
}

/** The CN parameter of an ORGANIZER or ATTENDEE, or empty. */
QString commonName(icalproperty *property)
{
    icalparameter *cn = icalproperty_get_first_parameter(property, ICAL_CN_PARAMETER);
    const char *name = cn ? icalparameter_get_cn(cn) : nullptr;
    return name ? QString::fromUtf8(name).simplified() : QString();
}

/**
 * The IANA zone a TZID means, or an invalid zone. Besides plain IANA names this takes the
 * prefixed ones some generators write ("/mozilla.org/20050126_1/Europe/Paris") and Windows
 * names (Outlook's "W. Europe Standard Time").
 */
QTimeZone zoneForTzid(QString tzid)
{
    tzid = tzid.trimmed();
    if (tzid.size() >= 2 && tzid.startsWith(QLatin1Char('"')) && tzid.endsWith(QLatin1Char('"')))
        tzid = tzid.mid(1, tzid.size() - 2).trimmed();
    if (tzid.isEmpty())
        return {};
    // The longest tail that names a zone wins, so "America/Argentina/Buenos_Aires" stays whole.
    // Only names the zone check accepts: QTimeZone reads any other as a path or a POSIX rule.
    for (qsizetype from = 0; from >= 0 && from < tzid.size();) {
        if (std::optional<QTimeZone> zone = zoneFromName(tzid.mid(from)))
            return *zone;
        const qsizetype slash = tzid.indexOf(QLatin1Char('/'), from);
        from = slash < 0 ? -1 : slash + 1;
    }
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8());
    return iana.isEmpty() ? QTimeZone() : QTimeZone(iana);
}

/** A description as plain text. In iCalendar a line break is a real one, even around inline HTML. */
QString descriptionText(QString text)
{
    static const QRegularExpression lineTags(
        QStringLiteral("<(p|br|div|li|ul|ol|h[1-6]|table|tr|pre|blockquote|hr)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // htmlToPlainText reads line breaks in HTML as spaces, as HTML means them; Kielux writes
    // paragraphs as "\n\n" around an <i>, which would otherwise run together.
    if (looksLikeHtml(text) && text.contains(QLatin1Char('\n')) && !lineTags.match(text).hasMatch())
        text.replace(QLatin1Char('\n'), QStringLiteral("<br>\n"));
    return htmlToPlainText(text);
}

/** "Label: value" lines of a plain-text description, e.g. "Speaker: Ann" or "Track: 4". */
QString labelledLine(const QString &text, QLatin1String label)
{
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(label, Qt::CaseInsensitive) && trimmed.mid(label.size()).startsWith(QLatin1Char(':')))
            return trimmed.mid(label.size() + 1).trimmed().toString();
    }
    return {};
}

/** Names as a line lists them: "Ann, Bob & Cy". */
QList<Speaker> speakersFromList(const QString &names)
{
    QList<Speaker> speakers;
    QString list = names;
    list.replace(QStringLiteral(" & "), QStringLiteral(","));
    for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString clean = name.simplified();
        if (!clean.isEmpty())
            speakers.append(Speaker{QString(), clean});
    }
    return speakers;
}

/** Whether bytes given piece by piece are UTF-8: lead and continuation bytes in their places. */
struct Utf8Check {
    int pending = 0; // continuation bytes the last lead byte still wants
    bool bad = false;

    void feed(QByteArrayView bytes)
    {
        for (const char c : bytes) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte >= 0x80 && byte <= 0xBF) {
                bad = bad || pending == 0;
                pending = std::max(0, pending - 1);
                continue;
            }
            bad = bad || pending > 0;
            if (byte < 0x80)
                pending = 0;
            else if (byte >= 0xC2 && byte <= 0xDF)
                pending = 1;
            else if (byte >= 0xE0 && byte <= 0xEF)
                pending = 2;
            else if (byte >= 0xF0 && byte <= 0xF4)
                pending = 3;
            else
                bad = true; // 0xC0, 0xC1, 0xF5-0xFF never start a character
        }
    }
};

/** A year as the first four digits of a DATE or DATE-TIME value, or nothing. */
std::optional<int> yearOf(QByteArrayView value)
{
    if (value.size() < 4)
        return std::nullopt;
    int year = 0;
    for (int i = 0; i < 4; ++i) {
        if (value.at(i) < '0' || value.at(i) > '9')
            return std::nullopt;
        year = year * 10 + (value.at(i) - '0');
    }
    return year;
}

/** One VTIMEZONE as the structure check saw it: what libical would have to work out for it. */
struct ZoneScan {
    QByteArray tzid;
    qint64 line = 0;
    qsizetype begin = 0;
    int parts = 0;
    qint64 changes = 0;  // changes libical works out for it up to kLastOwnZoneYear (+20)
    QString problem;     // a rule it will not read, said in a few words
    // The STANDARD or DAYLIGHT part being read
    int partStartYear = 0;
    QList<QByteArray> partRules;
    qint64 partDates = 0;
};

/**
 * How many changes one yearly RRULE of a zone part makes up to `lastYear`, or an explanation of why
 * it is no rule a real zone has. Real ones: "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", with an UNTIL or a
 * COUNT when the rule ended; Israel's "BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR".
 */
std::variant<qint64, QString> ruleChanges(QByteArrayView rule, int startYear, int lastYear)
{
    std::optional<int> untilYear;
    std::optional<qint64> count;
    bool yearly = false;
    bool weekdayWithoutOrdinal = false;
    bool byDay = false;
    bool byMonth = false;
    int monthDays = 0;
    for (const QByteArray &part : rule.toByteArray().toUpper().split(';')) {
        const qsizetype equals = part.indexOf('=');
        const QByteArray key = part.left(equals).trimmed();
        const QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1).trimmed();
        const qsizetype values = value.count(',') + 1;
        if (key == "FREQ") {
            if (value != "YEARLY")
                return QStringLiteral("it repeats more often than yearly (FREQ=%1)").arg(QString::fromLatin1(value.left(20)));
            yearly = true;
        } else if (key == "UNTIL") {
            untilYear = yearOf(value);
        } else if (key == "COUNT") {
            count = value.toLongLong();
        } else if (key == "BYMONTH" || key == "BYSETPOS" || key == "BYYEARDAY") {
            if (values > 1)
                return QStringLiteral("its rule names more than one %1").arg(QString::fromLatin1(key));
            byMonth = byMonth || key == "BYMONTH";
        } else if (key == "BYDAY") {
            if (values > 1)
                return QStringLiteral("its rule names more than one BYDAY");
            byDay = true;
            weekdayWithoutOrdinal = !value.isEmpty() && !(value.front() == '-' || value.front() == '+' || (value.front() >= '0' && value.front() <= '9'));
        } else if (key == "BYMONTHDAY") {
            if (values > 7)
                return QStringLiteral("its rule names more than seven BYMONTHDAY");
            monthDays = int(values);
        } else if (key == "INTERVAL" || key == "WKST" || key.isEmpty()) {
            continue;
        } else {
            return QStringLiteral("its rule has a part no zone rule needs (%1)").arg(QString::fromLatin1(key.left(20)));
        }
    }
    if (!yearly)
        return QStringLiteral("its rule has no FREQ=YEARLY");
    // Occurrences a year at most (RFC 5545 §3.3.10): a weekday is every such day of the month, or
    // of the year without a BYMONTH; month days are in every month without one.
    const int months = byMonth ? 1 : 12;
    int perYear = 1;
    if (byDay && weekdayWithoutOrdinal && monthDays == 0)
        perYear = byMonth ? 5 : 53;
    else if (monthDays > 0)
        perYear = monthDays * months;
    const int endYear = std::min(untilYear.value_or(lastYear), lastYear);
    qint64 changes = qint64(std::max(0, endYear - startYear + 1)) * perYear;
    if (count)
        changes = std::min(changes, std::max<qint64>(0, *count));
    return changes + 1;
}

/** Reads one iCalendar file into a Conference: checks its shape, hands it to libical, settles the times. */
class Reader
{
public:
    Reader(const QByteArray &data, QString sourceName)
        : m_data(data)
        , m_source(std::move(sourceName))
    {
    }

    ParseResult run();

private:
    void normaliseText();
    std::optional<FeedError> checkStructure();
    std::optional<FeedError> checkZone(const ZoneScan &zone);
    void readCalendar(icalcomponent *calendar);
    void readEvent(icalcomponent *event, icalcomponent *calendar);
    WrittenTime readTime(icalproperty *property, icalcomponent *calendar);
    QTimeZone cachedZone(const QString &tzid);
    void settleSpeakersAndTitles();
    void chooseConferenceZone();
    QDateTime place(const WrittenTime &time) const;
    qint64 durationOf(const PendingEvent &event, const QDateTime &start) const;
    FeedError error(const QString &message, qint64 line = 0) const { return {m_source, line, line > 0 ? 1 : 0, message}; }

    /** One VCALENDAR as libical gets it: its own lines and zones at once, then each VEVENT alone. */
    struct CalendarText {
        QByteArray head; // BEGIN:VCALENDAR, its properties, the VTIMEZONEs needed, END:VCALENDAR
        QList<std::pair<qsizetype, qsizetype>> events; // byte ranges of its VEVENTs in m_text
    };

    const QByteArray &m_data;
    QString m_source;
    QByteArray m_text;           // what libical reads: UTF-8, LF line ends, no stray CR
    QList<CalendarText> m_calendars;
    int m_eventCount = 0;
    qint64 m_zoneChanges = 0;    // what the kept own VTIMEZONEs may cost libical, in changes
    QSet<icaltimezone *> m_primedZones;
    QString m_bareZoneName;      // MOCA's invalid "VTIMEZONE: Europe/Rome" line, which libical drops
    Conference m_conference;
    QString m_declaredZoneName;  // X-WR-TIMEZONE
    bool m_fromPretalx = false;
    QList<PendingEvent> m_events;
    QHash<QString, QTimeZone> m_zones;
};

ParseResult Reader::run()
{
    if (m_data.trimmed().isEmpty())
        return ParseResult::failure(error(QStringLiteral("the file is empty")));
    // libical reads a C string: a NUL would silently end the file early.
    if (m_data.contains('\0'))
        return ParseResult::failure(error(QStringLiteral("not an iCalendar file: it holds binary data")));
    normaliseText();
    if (const std::optional<FeedError> problem = checkStructure())
        return ParseResult::failure(*problem);
    if (m_eventCount == 0)
        return ParseResult::failure(error(QStringLiteral("the calendar holds no events (no VEVENT)")));

    // libical reads one component at a time: each calendar's own lines and zones, then each VEVENT
    // on its own, freed before the next. A whole 35 MB calendar as one libical tree took 7x its size.
    const IcalErrorScope errorScope;
    std::string eventText;
    bool first = true;
    for (CalendarText &calendarText : m_calendars) {
        const ComponentPtr calendar(icalparser_parse_string(calendarText.head.constData()));
        calendarText.head = QByteArray();
        if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT)
            return ParseResult::failure(error(QStringLiteral("not a complete iCalendar file: libical cannot read it")));
        if (first)
            readCalendar(calendar.get());
        first = false;
        for (const auto &[begin, end] : std::as_const(calendarText.events)) {
            eventText.assign(m_text.constData() + begin, size_t(end - begin));
            const ComponentPtr event(icalparser_parse_string(eventText.c_str()));
            if (event && icalcomponent_isa(event.get()) == ICAL_VEVENT_COMPONENT)
                readEvent(event.get(), calendar.get());
        }
        // The zones of this calendar go with it: later calendars name their own.
        m_primedZones.clear();
    }
    m_calendars.clear();
    if (m_events.isEmpty()) {
        return ParseResult::failure(error(QStringLiteral("none of the %1 events has a start time (DTSTART) that can be read")
                                              .arg(m_eventCount)));
    }

    settleSpeakersAndTitles();
    chooseConferenceZone();
    QList<Session> sessions;
    sessions.reserve(m_events.size());
    for (PendingEvent &event : m_events) {
        Session &session = event.session;
        session.start = place(event.start);
        session.durationSeconds = durationOf(event, session.start);
        const QDate day = session.start.toTimeZone(m_conference.timeZone).date();
        if (!m_conference.days.contains(day))
            m_conference.days.append(day);
        sessions.append(std::move(session));
    }
    std::sort(m_conference.days.begin(), m_conference.days.end());
    for (Session &session : sessions)
        session.dayIndex = int(m_conference.days.indexOf(session.start.toTimeZone(m_conference.timeZone).date()));

    // Keys in file order, as the feed lists them, so a repeated UID numbers the same way each time.
    assignStableKeys(sessions);
    sortSessions(sessions);
    m_conference.sessions = std::move(sessions);
    return ParseResult::success(std::move(m_conference));
}

void Reader::normaliseText()
{
    m_text = m_data; // shared, not copied, unless something below has to change
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_text.remove(0, 3);
    // libical copes with CRLF and LF, but JRES writes "\r\r\n", and the extra CR stays in the
    // text. Carriage returns carry no meaning of their own here, so they all go; a file that uses
    // only CR (old Mac) gets LF instead.
    if (m_text.contains('\r')) {
        if (m_text.contains('\n'))
            m_text.replace("\r", "");
        else
            m_text.replace('\r', '\n');
    }
    // RFC 5545 text is UTF-8; an old export in Latin-1 would otherwise come out as replacement
    // marks. Judged unfolded: JRES folds in the middle of a character ("d\xE2\n \x80\x99"). Checked
    // a line at a time, the state carried over a fold, so the file is not copied for it.
    Utf8Check utf8;
    qsizetype lineStart = 0;
    while (lineStart < m_text.size() && !utf8.bad) {
        qsizetype lineEnd = m_text.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = m_text.size();
        QByteArrayView line = QByteArrayView(m_text).sliced(lineStart, lineEnd - lineStart);
        if (lineStart > 0 && !line.isEmpty() && (line.front() == ' ' || line.front() == '\t'))
            line = line.sliced(1); // a folded continuation: joined to the line before
        else if (lineStart > 0)
            utf8.feed("\n");
        utf8.feed(line);
        lineStart = lineEnd + 1;
    }
    if (utf8.bad || utf8.pending > 0)
        m_text = QString::fromLatin1(m_text).toUtf8();
}

std::optional<FeedError> Reader::checkZone(const ZoneScan &zone)
{
    const QString name = QString::fromUtf8(zone.tzid.left(64));
    if (!zone.problem.isEmpty())
        return error(QStringLiteral("the time zone \"%1\" is not read: %2").arg(name, zone.problem), zone.line);
    if (zone.parts > kMaxZoneParts)
        return error(QStringLiteral("the time zone \"%1\" has more than %2 STANDARD and DAYLIGHT parts").arg(name).arg(kMaxZoneParts), zone.line);
    m_zoneChanges += zone.changes;
    if (m_zoneChanges > kMaxZoneChanges) {
        return error(QStringLiteral("the time zones of the calendar hold too many changes to work out (more than %1, at \"%2\")")
                         .arg(kMaxZoneChanges).arg(name), zone.line);
    }
    return std::nullopt;
}

std::optional<FeedError> Reader::checkStructure()
{
    // libical quietly closes what a cut-short file leaves open and returns what it got, so
    // completeness is checked here, on the unfolded lines, where a line number can be given. The
    // same pass cuts the text into what libical gets: each calendar's own lines and the zones it
    // needs, and each VEVENT on its own.
    struct Open {
        QByteArray name;
        qint64 line;
        qsizetype begin;
        qint64 lines; // logical lines in it so far
    };
    QList<Open> open;
    bool sawCalendar = false;
    int components = 0;
    CalendarText calendar;
    std::optional<ZoneScan> zone;
    LogicalLines lines(m_text);
    while (lines.next()) {
        const QByteArrayView text = lines.text();
        const qint64 lineNumber = lines.number();
        if (text.isEmpty())
            continue;
        // One property (a DESCRIPTION, say) is one field: its bytes as written, folds included,
        // are never fewer than its characters, as the JSON reader counts too.
        if (lines.end() - lines.begin() > FeedLimits::maxFieldChars)
            return error(QStringLiteral("a line holds more than %1 characters").arg(FeedLimits::maxFieldChars), lineNumber);
        const QByteArrayView keyword = lines.name();
        if (namedNoCase(keyword, "BEGIN")) {
            const QByteArray name = lines.value().toByteArray().toUpper();
            if (open.isEmpty() && name != "VCALENDAR") {
                return error(QStringLiteral("not an iCalendar file: expected BEGIN:VCALENDAR, found BEGIN:%1")
                                 .arg(QString::fromUtf8(name.left(40))), lineNumber);
            }
            if (open.size() >= kMaxDepth)
                return error(QStringLiteral("components nested too deeply (more than %1 levels)").arg(kMaxDepth), lineNumber);
            if (++components > kMaxComponents)
                return error(QStringLiteral("the calendar holds more than %1 components").arg(kMaxComponents), lineNumber);
            if (open.size() == 1 && name == "VEVENT" && ++m_eventCount > FeedLimits::maxSessions)
                return error(QStringLiteral("the calendar holds more than %1 events").arg(FeedLimits::maxSessions), lineNumber);
            if (open.size() == 1 && name == "VTIMEZONE") {
                zone.emplace();
                zone->line = lineNumber;
                zone->begin = lines.begin();
            }
            if (zone && open.size() == 2) {
                ++zone->parts;
                zone->partStartYear = 0;
                zone->partRules.clear();
                zone->partDates = 0;
            }
            open.append({name, lineNumber, lines.begin(), 1});
            sawCalendar = true;
            continue;
        }
        if (namedNoCase(keyword, "END")) {
            const QByteArray name = lines.value().toByteArray().toUpper();
            if (open.isEmpty())
                return error(QStringLiteral("END:%1 without a BEGIN").arg(QString::fromUtf8(name.left(40))), lineNumber);
            if (name != open.constLast().name) {
                return error(QStringLiteral("END:%1 does not close BEGIN:%2 of line %3 (a broken or cut file?)")
                                 .arg(QString::fromUtf8(name.left(40)), QString::fromUtf8(open.constLast().name.left(40)))
                                 .arg(open.constLast().line),
                             lineNumber);
            }
            const Open closed = open.takeLast();
            if (zone && open.size() == 2) { // a STANDARD or DAYLIGHT part ends: what it costs
                qint64 changes = 1 + zone->partDates;
                for (const QByteArray &rule : std::as_const(zone->partRules)) {
                    const auto ruleCost = ruleChanges(rule, zone->partStartYear, kLastOwnZoneYear + 20);
                    if (const QString *problem = std::get_if<QString>(&ruleCost); problem && zone->problem.isEmpty())
                        zone->problem = *problem;
                    else if (const qint64 *cost = std::get_if<qint64>(&ruleCost))
                        changes += *cost;
                }
                zone->changes += changes;
            } else if (zone && open.size() == 1) { // the VTIMEZONE ends
                // A zone with an IANA name never reaches libical: the database knows it better, and
                // libical would work out its changes for nothing.
                if (!zoneForTzid(QString::fromUtf8(zone->tzid)).isValid()) {
                    if (const std::optional<FeedError> problem = checkZone(*zone))
                        return problem;
                    calendar.head += QByteArrayView(m_text).sliced(zone->begin, lines.end() - zone->begin);
                    if (!calendar.head.endsWith('\n'))
                        calendar.head += '\n';
                }
                zone.reset();
            } else if (open.size() == 1 && closed.name == "VEVENT") {
                calendar.events.append({closed.begin, lines.end()});
            } else if (open.isEmpty()) {
                calendar.head.prepend("BEGIN:VCALENDAR\n");
                calendar.head += "END:VCALENDAR\n";
                m_calendars.append(std::exchange(calendar, CalendarText()));
            }
            continue;
        }
        // What libical reads at once is capped, in property lines: one VEVENT (with its alarms), or
        // a calendar's own lines with its zones. Other components never reach it, but are capped alike.
        if (!open.isEmpty()) {
            Open &counted = open.size() >= 2 && open.at(1).name != "VTIMEZONE" ? open[1] : open[0];
            if (++counted.lines > kMaxLinesPerComponent) {
                return error(QStringLiteral("the %1 begun on line %2 has more than %3 lines")
                                 .arg(QString::fromUtf8(counted.name.left(40))).arg(counted.line).arg(kMaxLinesPerComponent),
                             lineNumber);
            }
        }
        if (open.isEmpty()) {
            if (!sawCalendar)
                return error(QStringLiteral("not an iCalendar file: it does not start with BEGIN:VCALENDAR"), lineNumber);
            continue; // after an END:VCALENDAR: left out
        }
        if (open.size() == 1) { // the calendar's own lines, e.g. X-WR-TIMEZONE
            if (namedNoCase(keyword, "VTIMEZONE"))
                m_bareZoneName = QString::fromUtf8(lines.value()).trimmed();
            calendar.head += QByteArrayView(m_text).sliced(lines.begin(), lines.end() - lines.begin());
            if (!calendar.head.endsWith('\n'))
                calendar.head += '\n';
        } else if (zone && open.size() == 2 && namedNoCase(keyword, "TZID")) {
            zone->tzid = lines.value().toByteArray();
        } else if (zone && open.size() == 3) {
            if (namedNoCase(keyword, "DTSTART"))
                zone->partStartYear = yearOf(lines.value()).value_or(0);
            else if (namedNoCase(keyword, "RRULE") && zone->partRules.size() < 4) // a real part has one
                zone->partRules.append(lines.value().toByteArray());
            else if (namedNoCase(keyword, "RRULE") && zone->problem.isEmpty())
                zone->problem = QStringLiteral("one of its parts has more than four rules");
            else if (namedNoCase(keyword, "RDATE"))
                zone->partDates += lines.value().count(',') + 1;
        }
    }
    if (!open.isEmpty()) {
        return error(QStringLiteral("not a complete iCalendar file: it ends inside the %1 begun on line %2 (cut short?)")
                         .arg(QString::fromUtf8(open.constLast().name.left(40)))
                         .arg(open.constLast().line));
    }
    if (!sawCalendar)
        return error(QStringLiteral("not an iCalendar file: no BEGIN:VCALENDAR"));
    return std::nullopt;
}

// A calendar that names itself nowhere is named after its file or URL ("moca-2024-handmade"), so
// that two such calendars do not share one conference id, and with it one set of bookmarks.
QString nameFromSource(const QString &source)
{
    QString name = QUrl(source).fileName();
    if (name.isEmpty())
        name = QFileInfo(source).fileName();
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot > 0)
        name.truncate(dot);
    return name.isEmpty() ? QStringLiteral("Calendar") : name;
}

void Reader::readCalendar(icalcomponent *calendar)
{
    m_fromPretalx = firstText(calendar, ICAL_PRODID_PROPERTY).contains(QLatin1String("pretalx"), Qt::CaseInsensitive);
    m_declaredZoneName = xText(calendar, "X-WR-TIMEZONE");
    const QString name = xText(calendar, "X-WR-CALNAME").simplified();
    const QString description = descriptionText(xText(calendar, "X-WR-CALDESC"));
    m_conference.description = description;
    if (!name.isEmpty())
        m_conference.title = name;
    else if (!description.isEmpty() && !description.contains(QLatin1Char('\n')) && description.size() <= 80)
        m_conference.title = description; // LCA names itself only here: "linux.conf.au 2020"
    else
        m_conference.title = nameFromSource(m_source);
}

void Reader::readEvent(icalcomponent *event, icalcomponent *calendar)
{
    PendingEvent pending;
    pending.start = readTime(icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY), calendar);
    if (pending.start.kind == WrittenTime::Missing)
        return; // nowhere to put it on an agenda; every other VEVENT is kept, repeated UIDs included
    pending.end = readTime(icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY), calendar);
    if (icalproperty *duration = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY)) {
        const icaldurationtype value = icalproperty_get_duration(duration);
        if (!icaldurationtype_is_bad_duration(value))
            pending.duration = value;
    }

    Session &session = pending.session;
    session.guid = firstText(event, ICAL_UID_PROPERTY);
    pending.summary = firstText(event, ICAL_SUMMARY_PROPERTY).simplified();
    session.title = pending.summary;
    session.room = firstText(event, ICAL_LOCATION_PROPERTY).simplified();
    session.cancelled = icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED;
    session.url = firstText(event, ICAL_URL_PROPERTY);
    session.abstract = descriptionText(firstText(event, ICAL_DESCRIPTION_PROPERTY));
    session.timeIsEstimated = isTrueText(xText(event, "X-ATTEND-TIME-ESTIMATED"));
    // Where to watch, as iCalendar says it: CONFERENCE (RFC 7986 §5.11) is a way to join by
    // definition; a LOCATION or DESCRIPTION may carry an address. The URL and the room fall back
    // later, with every format (assignWatchLinks).
    QList<LinkCandidate> watch;
    for (icalproperty *property = icalcomponent_get_first_property(event, ICAL_CONFERENCE_PROPERTY); property;
         property = icalcomponent_get_next_property(event, ICAL_CONFERENCE_PROPERTY))
        watch.append({QString(), QUrl(valueText(property).trimmed()), LinkOrigin::Conferencing});
    watch += linksInText(session.room, LinkOrigin::Location);
    watch += linksInText(session.abstract, LinkOrigin::Description);
    fillWatchLinks(session, watch);

    // libical splits CATEGORIES at its commas into several values; together they are the track.
    QStringList categories;
    for (icalproperty *property = icalcomponent_get_first_property(event, ICAL_CATEGORIES_PROPERTY); property;
         property = icalcomponent_get_next_property(event, ICAL_CATEGORIES_PROPERTY)) {
        const QString category = valueText(property).simplified();
        if (!category.isEmpty() && !categories.contains(category))
            categories.append(category);
    }
    session.track = categories.join(QStringLiteral(", "));
    if (session.track.isEmpty()) {
        // ics.py exports from PyCon India put it in the description: "Track: 4".
        const QString track = labelledLine(session.abstract, QLatin1String("Track"));
        bool number = false;
        track.toInt(&number);
        session.track = number ? QStringLiteral("Track %1").arg(track) : track;
    }

    // An agenda's ATTENDEEs are the people on stage; rooms, resources and people merely
    // invited along (ROLE=OPT-/NON-PARTICIPANT) are not speakers.
    for (icalproperty *property = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY); property;
         property = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY)) {
        if (icalparameter *role = icalproperty_get_first_parameter(property, ICAL_ROLE_PARAMETER)) {
            const icalparameter_role value = icalparameter_get_role(role);
            if (value == ICAL_ROLE_OPTPARTICIPANT || value == ICAL_ROLE_NONPARTICIPANT)
                continue;
        }
        if (icalparameter *type = icalproperty_get_first_parameter(property, ICAL_CUTYPE_PARAMETER)) {
            const icalparameter_cutype value = icalparameter_get_cutype(type);
            if (value == ICAL_CUTYPE_ROOM || value == ICAL_CUTYPE_RESOURCE)
                continue;
        }
        const QString name = commonName(property);
        if (!name.isEmpty())
            session.speakers.append(Speaker{QString(), name});
    }
    pending.organizer = commonName(icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY));
    m_events.append(std::move(pending));
}

WrittenTime Reader::readTime(icalproperty *property, icalcomponent *calendar)
{
    WrittenTime written;
    icalvalue *value = property ? icalproperty_get_value(property) : nullptr;
    if (!value || (icalvalue_isa(value) != ICAL_DATETIME_VALUE && icalvalue_isa(value) != ICAL_DATE_VALUE))
        return written;
    const icaltimetype time = icalvalue_isa(value) == ICAL_DATE_VALUE ? icalvalue_get_date(value)
                                                                     : icalvalue_get_datetime(value);
    if (icaltime_is_null_time(time) || !icaltime_is_valid_time(time))
        return written;
    written.date = QDate(time.year, time.month, time.day);
    if (!written.date.isValid())
        return written;
    if (time.is_date) {
        written.kind = WrittenTime::WholeDay;
        return written;
    }
    written.time = QTime(time.hour, time.minute, std::min(time.second, 59)); // a leap second is no time of its own
    if (!written.time.isValid())
        return written;
    if (icaltime_is_utc(time)) {
        written.kind = WrittenTime::Instant;
        written.instant = QDateTime(written.date, written.time, Qt::UTC);
        return written;
    }
    // A wall time. The TZID is read here rather than left to libical, which knows only the
    // VTIMEZONEs in the file, and LCA and JRES name their zones without one.
    written.kind = WrittenTime::WallTime;
    icalparameter *tzidParameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    const char *tzid = tzidParameter ? icalparameter_get_tzid(tzidParameter) : nullptr;
    if (!tzid || !*tzid)
        return written; // floating: the conference's zone, once known
    written.zone = cachedZone(QString::fromUtf8(tzid));
    if (written.zone.isValid())
        return written; // an IANA name, even where the file has a VTIMEZONE of that name: the database knows best
    icaltimezone *own = time.year <= kLastOwnZoneYear ? icalcomponent_get_timezone(calendar, tzid) : nullptr;
    if (own) {
        // A zone of the file's own making ("Custom 1"): only its VTIMEZONE rules can place the time.
        // libical works its changes out up to the year asked for, and all over again for each later
        // year: asked first for the last year read, it does so once, at the cost checkZone counted.
        if (!m_primedZones.contains(own)) {
            icaltimetype last = icaltime_null_time();
            last.year = kLastOwnZoneYear;
            last.month = 12;
            last.day = 31;
            icaltime_as_timet_with_zone(last, own);
            m_primedZones.insert(own);
        }
        icaltimetype local = time;
        local.zone = nullptr;
        written.kind = WrittenTime::Instant;
        written.instant = QDateTime::fromSecsSinceEpoch(qint64(icaltime_as_timet_with_zone(local, own)), Qt::UTC);
        written.fromOwnZone = true;
        written.ownZoneOffset = int(written.instant.secsTo(QDateTime(written.date, written.time, Qt::UTC)));
    }
    // Otherwise an unknown name and no VTIMEZONE (or a time past kLastOwnZoneYear): read it as
    // floating, in the conference's zone.
    return written;
}

QTimeZone Reader::cachedZone(const QString &tzid)
{
    auto it = m_zones.constFind(tzid);
    if (it == m_zones.constEnd())
        it = m_zones.insert(tzid, zoneForTzid(tzid));
    return it.value();
}

void Reader::settleSpeakersAndTitles()
{
    // One ORGANIZER on every event is the calendar's owner. MOCA names a different one per
    // event, the speaker; that reading holds only when the file lists no ATTENDEEs at all.
    bool anyAttendee = false;
    QString firstOrganizer;
    bool organizersDiffer = false;
    for (const PendingEvent &event : std::as_const(m_events)) {
        anyAttendee = anyAttendee || !event.session.speakers.isEmpty();
        if (event.organizer.isEmpty())
            continue;
        if (firstOrganizer.isEmpty())
            firstOrganizer = event.organizer;
        else if (event.organizer != firstOrganizer)
            organizersDiffer = true;
    }
    const bool organizerIsSpeaker = organizersDiffer && !anyAttendee;

    for (PendingEvent &event : m_events) {
        Session &session = event.session;
        // MOCA lists several in one CN, "Ann Example, Bob Example": an unquoted comma separates
        // parameter values in RFC 5545, so these are several names.
        if (session.speakers.isEmpty() && organizerIsSpeaker)
            session.speakers = speakersFromList(event.organizer);
        if (session.speakers.isEmpty()) // LCA and PyCon India: "Speaker: Ann" in the description
            session.speakers = speakersFromList(labelledLine(session.abstract, QLatin1String("Speaker")));
        if (session.speakers.isEmpty())
            session.speakers = speakersFromList(labelledLine(session.abstract, QLatin1String("Speakers")));

        // "Title - Ann, Bob" (PyCon India): the tail goes only when it is exactly the speakers
        // known from elsewhere, so a title that merely contains " - " stays whole.
        const QString tail = QStringLiteral(" - ") + session.speakerNames().join(QStringLiteral(", "));
        if (!session.speakers.isEmpty() && event.summary.endsWith(tail) && event.summary.size() > tail.size()) {
            session.title = event.summary.left(event.summary.size() - tail.size()).trimmed();
        } else if (m_fromPretalx && session.speakers.isEmpty()) {
            // pretalx always writes "<title> - <speaker names, comma-separated>" and names no
            // speaker elsewhere; names do not hold " - ", titles may, so the last one splits.
            const qsizetype split = event.summary.lastIndexOf(QStringLiteral(" - "));
            if (event.summary.endsWith(QStringLiteral(" -"))) { // a talk without speakers
                session.title = event.summary.chopped(2).trimmed();
            } else if (split > 0) {
                session.title = event.summary.left(split).trimmed();
                session.speakers = speakersFromList(event.summary.mid(split + 3));
            }
        }
    }
}

void Reader::chooseConferenceZone()
{
    const auto declare = [this](const QTimeZone &zone, ZoneSource source) {
        m_conference.timeZone = zone;
        m_conference.zoneSource = source;
    };
    if (const QTimeZone zone = cachedZone(m_declaredZoneName); zone.isValid())
        return declare(zone, ZoneSource::Declared);
    // MOCA's "VTIMEZONE: Europe/Rome" is no valid iCalendar, but it plainly names the zone.
    if (const QTimeZone zone = cachedZone(m_bareZoneName); zone.isValid())
        return declare(zone, ZoneSource::Declared);

    // The zone most starts are written in; on a tie, the one met first.
    QHash<QByteArray, int> counts;
    QTimeZone best;
    int bestCount = 0;
    const WrittenTime *firstOwnZone = nullptr;
    for (const PendingEvent &event : std::as_const(m_events)) {
        if (event.start.fromOwnZone && !firstOwnZone)
            firstOwnZone = &event.start;
        if (event.start.kind != WrittenTime::WallTime || !event.start.zone.isValid())
            continue;
        const int count = ++counts[event.start.zone.id()];
        if (count > bestCount) {
            bestCount = count;
            best = event.start.zone;
        }
    }
    if (best.isValid())
        return declare(best, ZoneSource::Declared);
    if (firstOwnZone)
        return declare(QTimeZone(firstOwnZone->ownZoneOffset), ZoneSource::FromOffsets);
    // Only UTC times, or floating ones with nothing to place them: UTC, and the UI says it assumed so.
    declare(QTimeZone::utc(), ZoneSource::AssumedUtc);
}

QDateTime Reader::place(const WrittenTime &time) const
{
    switch (time.kind) {
    case WrittenTime::Instant:
        return time.instant;
    case WrittenTime::WallTime:
        return QDateTime(time.date, time.time, time.zone.isValid() ? time.zone : m_conference.timeZone).toUTC();
    case WrittenTime::WholeDay:
        return QDateTime(time.date, QTime(0, 0), m_conference.timeZone).toUTC();
    case WrittenTime::Missing:
        break;
    }
    return {};
}

qint64 Reader::durationOf(const PendingEvent &event, const QDateTime &start) const
{
    if (event.end.kind != WrittenTime::Missing)
        return std::max<qint64>(0, start.secsTo(place(event.end)));
    // Days in a DURATION are calendar days where the event happens (RFC 5545 3.3.6), so they are
    // added to the wall time; hours and less are exact.
    QTimeZone zone = QTimeZone::utc();
    if (event.start.kind == WrittenTime::WholeDay || (event.start.kind == WrittenTime::WallTime && !event.start.zone.isValid()))
        zone = m_conference.timeZone;
    else if (event.start.kind == WrittenTime::WallTime)
        zone = event.start.zone;
    const QDateTime local = start.toTimeZone(zone);
    if (event.duration) {
        const icaldurationtype &d = *event.duration;
        if (d.is_neg)
            return 0;
        const QDateTime end = local.addDays(qint64(d.weeks) * 7 + d.days)
                                  .addSecs(qint64(d.hours) * 3600 + qint64(d.minutes) * 60 + d.seconds);
        return std::max<qint64>(0, start.secsTo(end));
    }
    if (event.start.kind == WrittenTime::WholeDay) // a date with no end is that one day (RFC 5545 3.6.1)
        return start.secsTo(local.addDays(1));
    return 0; // a start and nothing else: a moment, as RFC 5545 reads it
}

} // namespace

ParseResult ICalendarParser::parse(const QByteArray &data, const QString &sourceName)
{
    return Reader(data, sourceName).run();
}

} // namespace Attend
