#pragma once

#include "session.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace Attend {

/** How a conference's time zone was found: decides whether the UI must say it is a guess. */
enum class ZoneSource {
    Declared,        // the feed names an IANA zone (time_zone_name, TZID, X-WR-TIMEZONE)
    FromOffsets,     // no name, but the feed's times carry UTC offsets: a fixed-offset zone
    GuessedFromCity, // no name, no offsets: the venue's city matched an IANA zone name
    AssumedUtc,      // nothing to go on: UTC, and the UI says so
    SetByPerson,     // the person set it on the conference page (see zonecorrection.h)
};

/** A whole agenda as read from one feed. Plain value, QtCore only. */
struct Conference {
    QString title;
    QString subtitle;
    QString acronym;
    QString description; // plain text
    QString city;
    QUrl url;
    QTimeZone timeZone;
    ZoneSource zoneSource = ZoneSource::AssumedUtc;
    QList<QDate> days;    // conference days, in the conference's own calendar
    QList<Session> sessions; // sorted by start, then room, then title (see sortSessions)

    QStringList tracks() const; // distinct, non-empty, sorted case-insensitively
    QStringList rooms() const;
    QDateTime firstStart() const;
    QDateTime lastEnd() const;
    int indexOfKey(const QString &key) const;
};

/**
 * A stable id for a conference, the same for every copy and update of its feed: the acronym when
 * the feed has one ("fosdem-2026"), else the title made into a slug ("rethinkconn-2022").
 */
QString conferenceIdFor(const Conference &conference);

/** Sorts by start instant, then room, then title, in code-point order: the order everything lists in. */
void sortSessions(QList<Session> &sessions);

/** An offset from UTC as ISO 8601 writes it: "+01:00", "-08:00", "+05:30". */
QString formatUtcOffset(int offsetSeconds);

/** A short name for a zone shown to people: its abbreviation ("GMT", "CEST", "PDT"), else "UTC+4", "UTC−3", "UTC+5:45". */
QString zoneAbbreviation(const QTimeZone &zone, const QDateTime &at);

} // namespace Attend
