#include "icsexport.h"

#include <QTimeZone>
#include <QUrl>

#include "domain/zonename.h"
#include "ical/icallines.h"
#include "ical/icalsupport.h"

#include <cstring>
#include <memory>
#include <utility>

namespace Attend {

namespace {

const char *const kConferenceProperty = "X-ATTEND-CONFERENCE";
const char *const kKeyProperty = "X-ATTEND-KEY";
const char *const kConferenceTitleProperty = "X-ATTEND-CONFERENCE-TITLE";
// libical 3.0 writes CATEGORIES with its commas unescaped and splits it there on reading, so a
// track like "Security, Privacy" needs a property of its own to come back whole.
const char *const kTrackProperty = "X-ATTEND-TRACK";
// One per speaker: DESCRIPTION's speakers line cannot tell "Smith, Jr." from two people, nor an
// abstract that starts with a paragraph from one that starts with speakers.
const char *const kSpeakerProperty = "X-ATTEND-SPEAKER";
const char *const kReminderProperty = "X-ATTEND-REMINDER";
const char *const kLevelProperty = "X-ATTEND-LEVEL"; // MAYBE; absent for must see
const QLatin1String kUidSuffix(".attend");

using ComponentPtr = IcalComponentPtr;

// ---- writing ----

/** A UTC date-time, written with a trailing Z; a null time when the instant cannot be written. */
icaltimetype toIcalUtc(const QDateTime &dateTime)
{
    icaltimetype time = icaltime_null_time();
    if (!dateTime.isValid())
        return time;
    const QDateTime utc = dateTime.toUTC();
    const QDate date = utc.date();
    if (date.year() < 1 || date.year() > 9999) // DATE-TIME has four year digits
        return time;
    time.year = date.year();
    time.month = date.month();
    time.day = date.day();
    time.hour = utc.time().hour();
    time.minute = utc.time().minute();
    time.second = utc.time().second();
    time.is_date = 0;
    time.zone = icaltimezone_get_utc_timezone();
    return time;
}

void addProperty(icalcomponent *component, icalproperty *property)
{
    if (property)
        icalcomponent_add_property(component, property);
}

/** An X- property with an X value: libical escapes its newlines and backslashes and never splits it. */
void addX(icalcomponent *component, const char *name, const QString &value)
{
    icalproperty *property = icalproperty_new_x(value.toUtf8().constData());
    if (!property)
        return;
    icalproperty_set_x_name(property, name);
    icalcomponent_add_property(component, property);
}

/** Percent-encodes a UID part, so any key or id gives the same UID every time and can be read back. */
QByteArray uidPart(const QString &text, const QByteArray &keep = {})
{
    return QUrl::toPercentEncoding(text, keep);
}

QByteArray uidFor(const Bookmark &bookmark)
{
    // Keys look like "g:<guid>" or "i:<id>": keep the colon readable; the '@' that splits is always encoded.
    return uidPart(bookmark.key, QByteArrayLiteral(":")) + '@' + uidPart(bookmark.conferenceId)
        + QByteArray(kUidSuffix.data(), kUidSuffix.size());
}

QString descriptionFor(const Bookmark &bookmark)
{
    const QString speakersLine = bookmark.speakers.join(QStringLiteral(", "));
    if (speakersLine.isEmpty())
        return bookmark.abstract;
    if (bookmark.abstract.isEmpty())
        return speakersLine;
    return speakersLine + QStringLiteral("\n\n") + bookmark.abstract;
}

/** A URI value is written verbatim by libical, so a line break in it would start a new property. */
QString withoutControlCharacters(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            clean.append(c);
    }
    return clean;
}

icalcomponent *eventFor(const Bookmark &bookmark, const icaltimetype &stamp)
{
    icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    if (!event)
        return nullptr;
    addProperty(event, icalproperty_new_uid(uidFor(bookmark).constData()));
    addProperty(event, icalproperty_new_dtstamp(stamp));
    const icaltimetype start = toIcalUtc(bookmark.start);
    if (!icaltime_is_null_time(start))
        addProperty(event, icalproperty_new_dtstart(start));
    const icaltimetype end = toIcalUtc(bookmark.end);
    if (!icaltime_is_null_time(end))
        addProperty(event, icalproperty_new_dtend(end));
    addProperty(event, icalproperty_new_summary(bookmark.title.toUtf8().constData()));
    const QString description = descriptionFor(bookmark);
    if (!description.isEmpty())
        addProperty(event, icalproperty_new_description(description.toUtf8().constData()));
    if (!bookmark.room.isEmpty())
        addProperty(event, icalproperty_new_location(bookmark.room.toUtf8().constData()));
    const QString url = withoutControlCharacters(bookmark.url);
    if (!url.isEmpty())
        addProperty(event, icalproperty_new_url(url.toUtf8().constData()));
    if (!bookmark.track.isEmpty())
        addProperty(event, icalproperty_new_categories(bookmark.track.toUtf8().constData()));
    const icaltimetype added = toIcalUtc(bookmark.added);
    if (!icaltime_is_null_time(added))
        addProperty(event, icalproperty_new_created(added));

    addX(event, kConferenceProperty, bookmark.conferenceId);
    addX(event, kKeyProperty, bookmark.key);
    if (!bookmark.conferenceTitle.isEmpty())
        addX(event, kConferenceTitleProperty, bookmark.conferenceTitle);
    if (!bookmark.track.isEmpty())
        addX(event, kTrackProperty, bookmark.track);
    for (const QString &speaker : bookmark.speakers)
        addX(event, kSpeakerProperty, speaker);
    addX(event, kReminderProperty, bookmark.reminderEnabled ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
    if (bookmark.level == BookmarkLevel::Maybe)
        addX(event, kLevelProperty, QStringLiteral("MAYBE"));
    return event;
}

// ---- reading ----

IcsImportResult failure(const QString &error)
{
    IcsImportResult result;
    result.ok = false;
    result.error = error;
    return result;
}

/** The decoded text of a property, whichever of the text-like kinds libical parsed it as. */
QString valueText(icalproperty *property)
{
    icalvalue *value = property ? icalproperty_get_value(property) : nullptr;
    if (!value)
        return {};
    switch (icalvalue_isa(value)) {
    case ICAL_X_VALUE:
        return QString::fromUtf8(icalvalue_get_x(value));
    case ICAL_TEXT_VALUE:
        return QString::fromUtf8(icalvalue_get_text(value));
    case ICAL_URI_VALUE:
        return QString::fromUtf8(icalvalue_get_uri(value));
    default:
        return {};
    }
}

QString firstText(icalcomponent *event, icalproperty_kind kind)
{
    return valueText(icalcomponent_get_first_property(event, kind));
}

/** Every value of the X- property `name` (names are case-insensitive), in file order. */
QStringList xValues(icalcomponent *event, const char *name)
{
    QStringList values;
    for (icalproperty *property = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); property;
         property = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
        const char *propertyName = icalproperty_get_x_name(property);
        if (propertyName && qstricmp(propertyName, name) == 0)
            values.append(valueText(property));
    }
    return values;
}

bool hasX(icalcomponent *event, const char *name)
{
    return !xValues(event, name).isEmpty();
}

QString firstX(icalcomponent *event, const char *name)
{
    const QStringList values = xValues(event, name);
    return values.isEmpty() ? QString() : values.constFirst();
}

/** A DATE-TIME or DATE property as a UTC instant: Z as is, TZID by the IANA database, floating as local. */
QDateTime utcInstant(icalproperty *property)
{
    if (!property)
        return {};
    icalvalue *value = icalproperty_get_value(property);
    if (!value || (icalvalue_isa(value) != ICAL_DATETIME_VALUE && icalvalue_isa(value) != ICAL_DATE_VALUE))
        return {};
    const icaltimetype time = icalvalue_isa(value) == ICAL_DATE_VALUE ? icalvalue_get_date(value)
                                                                     : icalvalue_get_datetime(value);
    if (icaltime_is_null_time(time) || !icaltime_is_valid_time(time))
        return {};
    const QDate date(time.year, time.month, time.day);
    const QTime clock = time.is_date ? QTime(0, 0) : QTime(time.hour, time.minute, time.second);
    if (!date.isValid() || !clock.isValid())
        return {};
    if (!time.is_date && icaltime_is_utc(time))
        return QDateTime(date, clock, Qt::UTC);
    if (icalparameter *tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER)) {
        const QTimeZone zone = zoneFromNameOrInvalid(QString::fromUtf8(icalparameter_get_tzid(tzid))); // never a path
        if (zone.isValid())
            return QDateTime(date, clock, zone).toUTC();
    }
    return QDateTime(date, clock, Qt::LocalTime).toUTC();
}

/** Splits an Attend UID, `key@conferenceId.attend`, into its two percent-encoded parts. */
bool splitUid(const QString &uid, QString *key, QString *conferenceId)
{
    if (!uid.endsWith(kUidSuffix))
        return false;
    const QString head = uid.left(uid.size() - kUidSuffix.size());
    const qsizetype at = head.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == head.size() - 1)
        return false;
    *key = QUrl::fromPercentEncoding(head.left(at).toUtf8());
    *conferenceId = QUrl::fromPercentEncoding(head.mid(at + 1).toUtf8());
    return true;
}

/** Reads one VEVENT; false when it is not Attend's. Sets *error when it is but cannot be read. */
bool readEvent(icalcomponent *event, Bookmark *bookmark, QString *error)
{
    QString key = firstX(event, kKeyProperty);
    QString conferenceId = firstX(event, kConferenceProperty);
    if (key.isEmpty() || conferenceId.isEmpty()) {
        QString uidKey;
        QString uidConference;
        if (splitUid(firstText(event, ICAL_UID_PROPERTY), &uidKey, &uidConference)) {
            if (key.isEmpty())
                key = uidKey;
            if (conferenceId.isEmpty())
                conferenceId = uidConference;
        }
    }
    if (key.isEmpty() || conferenceId.isEmpty())
        return false;

    // libical repairs what it cannot parse by dropping it (an unreadable DTSTART vanishes), which
    // would import a different bookmark; say so instead.
    if (icalproperty *problem = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY)) {
        *error = QStringLiteral("The event for session %1 cannot be read: %2")
                     .arg(key, QString::fromUtf8(icalproperty_get_xlicerror(problem)).simplified());
        return true;
    }

    bookmark->key = key;
    bookmark->conferenceId = conferenceId;
    bookmark->conferenceTitle = firstX(event, kConferenceTitleProperty);
    bookmark->title = firstText(event, ICAL_SUMMARY_PROPERTY);
    bookmark->room = firstText(event, ICAL_LOCATION_PROPERTY);
    bookmark->url = firstText(event, ICAL_URL_PROPERTY);

    if (hasX(event, kTrackProperty)) {
        bookmark->track = firstX(event, kTrackProperty);
    } else {
        QStringList categories;
        for (icalproperty *property = icalcomponent_get_first_property(event, ICAL_CATEGORIES_PROPERTY); property;
             property = icalcomponent_get_next_property(event, ICAL_CATEGORIES_PROPERTY))
            categories.append(valueText(property));
        bookmark->track = categories.join(QStringLiteral(", "));
    }

    const QString description = firstText(event, ICAL_DESCRIPTION_PROPERTY);
    if (hasX(event, kKeyProperty)) {
        // Written by Attend: the speakers are exact in their own properties; drop their line.
        bookmark->speakers = xValues(event, kSpeakerProperty);
        const QString speakersLine = bookmark->speakers.join(QStringLiteral(", "));
        if (speakersLine.isEmpty())
            bookmark->abstract = description;
        else if (description == speakersLine)
            bookmark->abstract.clear();
        else if (description.startsWith(speakersLine + QStringLiteral("\n\n")))
            bookmark->abstract = description.mid(speakersLine.size() + 2);
        else
            bookmark->abstract = description; // edited elsewhere: keep all of it
    } else {
        // Only the UID is Attend's: the DESCRIPTION layout is all there is to go on.
        const qsizetype gap = description.indexOf(QStringLiteral("\n\n"));
        const QString firstParagraph = gap < 0 ? QString() : description.left(gap);
        if (gap > 0 && !firstParagraph.contains(QLatin1Char('\n'))) {
            bookmark->speakers = firstParagraph.split(QStringLiteral(", "), Qt::SkipEmptyParts);
            bookmark->abstract = description.mid(gap + 2);
        } else {
            bookmark->abstract = description;
        }
    }

    bookmark->start = utcInstant(icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY));
    bookmark->end = utcInstant(icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY));
    if (!bookmark->end.isValid() && bookmark->start.isValid()) {
        if (icalproperty *duration = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY))
            bookmark->end = bookmark->start.addSecs(icaldurationtype_as_int(icalproperty_get_duration(duration)));
    }
    bookmark->added = utcInstant(icalcomponent_get_first_property(event, ICAL_CREATED_PROPERTY));
    bookmark->level = firstX(event, kLevelProperty).compare(QStringLiteral("MAYBE"), Qt::CaseInsensitive) == 0
        ? BookmarkLevel::Maybe : BookmarkLevel::MustSee;
    bookmark->reminderEnabled = firstX(event, kReminderProperty).compare(QStringLiteral("FALSE"), Qt::CaseInsensitive) != 0;
    return true;
}

void appendEvents(icalcomponent *calendar, QList<icalcomponent *> *events)
{
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        events->append(event);
}

} // namespace

namespace {
/** The calendar around the events; extras, when given, hold one entry per bookmark. */
QByteArray writeCalendar(const QList<Bookmark> &bookmarks, const QList<LiveEventExtras> *extras, const QString &name)
{
    const IcalErrorScope errorScope;
    ComponentPtr calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    if (!calendar)
        return {};
    addProperty(calendar.get(), icalproperty_new_version("2.0"));
    addProperty(calendar.get(), icalproperty_new_prodid("-//Attend//Attend 0.1//EN"));
    addProperty(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    addProperty(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    addX(calendar.get(), "X-WR-CALNAME", name);

    const icaltimetype stamp = toIcalUtc(QDateTime::currentDateTimeUtc());
    for (qsizetype i = 0; i < bookmarks.size(); ++i) {
        const Bookmark &bookmark = bookmarks.at(i);
        icalcomponent *event = eventFor(bookmark, stamp);
        if (!event)
            continue;
        if (extras && i < extras->size()) {
            const LiveEventExtras &extra = extras->at(i);
            addProperty(event, icalproperty_new_sequence(extra.sequence));
            // RFC 5545 §3.8.1.11: CANCELLED tells a subscribed calendar to strike it, not drop it silently.
            addProperty(event, icalproperty_new_status(bookmark.cancelled ? ICAL_STATUS_CANCELLED
                                                           : bookmark.level == BookmarkLevel::Maybe ? ICAL_STATUS_TENTATIVE
                                                                                                    : ICAL_STATUS_CONFIRMED));
            if (bookmark.level == BookmarkLevel::Maybe)
                addProperty(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT)); // not "busy": an alternative
            if (extra.alarmMinutes >= 0 && !bookmark.cancelled) {
                icalcomponent *alarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
                if (alarm) {
                    addProperty(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
                    icaltriggertype trigger;
                    std::memset(&trigger, 0, sizeof trigger);
                    trigger.time = icaltime_null_time();
                    trigger.duration = icaldurationtype_from_int(-extra.alarmMinutes * 60);
                    addProperty(alarm, icalproperty_new_trigger(trigger));
                    addProperty(alarm, icalproperty_new_description(bookmark.title.toUtf8().constData()));
                    icalcomponent_add_component(event, alarm);
                }
            }
        }
        icalcomponent_add_component(calendar.get(), event);
    }

    // The _r variant hands over the buffer; the plain one lends a slot of libical's ring buffer.
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    if (!text)
        return {};
    QByteArray ics(text);
    icalmemory_free_buffer(text);
    return ics;
}
} // namespace

QByteArray exportBookmarksToIcs(const QList<Bookmark> &bookmarks)
{
    return writeCalendar(bookmarks, nullptr, QStringLiteral("Attend: my schedule"));
}

QByteArray exportLiveCalendarToIcs(const QList<Bookmark> &bookmarks, const QList<LiveEventExtras> &extras)
{
    return writeCalendar(bookmarks, &extras, QStringLiteral("Attend: my bookmarks"));
}

QString icsUidFor(const Bookmark &bookmark)
{
    return QString::fromUtf8(uidFor(bookmark));
}

IcsImportResult importBookmarksFromIcs(const QByteArray &data)
{
    if (data.trimmed().isEmpty())
        return failure(QStringLiteral("The file is empty."));
    // libical reads a C string: a NUL would silently end the file early.
    if (data.contains('\0'))
        return failure(QStringLiteral("Not an iCalendar file: it holds binary data."));
    // No calendar nests deeper than VCALENDAR > VEVENT > VALARM; libical would recurse on more.
    if (nestsDeeperThan(data, 8))
        return failure(QStringLiteral("Not read: its components nest deeper than 8 levels."));

    const IcalErrorScope errorScope;
    const ComponentPtr root(icalparser_parse_string(data.constData()));
    if (!root) {
        return failure(QStringLiteral("Not an iCalendar file, or one cut short: "
                                      "no complete BEGIN:VCALENDAR ... END:VCALENDAR."));
    }

    QList<icalcomponent *> events;
    switch (icalcomponent_isa(root.get())) {
    case ICAL_VCALENDAR_COMPONENT:
        appendEvents(root.get(), &events);
        break;
    case ICAL_XROOT_COMPONENT: // several calendars one after the other
        for (icalcomponent *calendar = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
             calendar; calendar = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            appendEvents(calendar, &events);
        break;
    case ICAL_VEVENT_COMPONENT: // a bare event, as some apps copy to the clipboard
        events.append(root.get());
        break;
    default:
        return failure(QStringLiteral("Not an iCalendar file: it does not start with BEGIN:VCALENDAR."));
    }

    IcsImportResult result;
    result.ok = true;
    for (icalcomponent *event : std::as_const(events)) {
        Bookmark bookmark;
        QString error;
        if (!readEvent(event, &bookmark, &error))
            continue;
        if (!error.isEmpty())
            return failure(error);
        result.bookmarks.append(bookmark);
    }
    return result;
}

} // namespace Attend
