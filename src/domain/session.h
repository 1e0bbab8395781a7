#pragma once

#include "sessionlink.h"
#include "speaker.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Attend {

/** One item of an agenda: a talk, a workshop, a break. Plain value, QtCore only. */
struct Session {
    QString key;       // stable key within its conference (see stablekeys.h)
    QString feedId;    // the feed's own id, as written (may repeat, may be "0")
    QString guid;      // the feed's guid or UID; empty when absent
    QString title;
    QString subtitle;
    QString track;
    QString room;
    QString type;
    QString language;
    QDateTime start;   // an absolute instant, held in UTC
    qint64 durationSeconds = 0;
    int dayIndex = 0;  // index into Conference::days: the conference day it belongs to
    QList<Speaker> speakers;
    QString abstract;  // plain text, never markup
    QString url;       // the session's own page, when the feed gives one
    QList<SessionLink> links;
    bool cancelled = false; // the feed says it will not take place (a status, or "CANCELLED" in the title)
    // Where to watch (see watchlinks.h): filled from the links above, the iCalendar CONFERENCE,
    // LOCATION and DESCRIPTION, and for online rooms the conference's page. Only http(s); empty when none.
    QUrl joinLink;      // live stream or meeting room; may be the conference's page (online rooms)
    QUrl chatLink;      // the session's chat room
    QUrl recordingLink; // a recording of the session
    bool timeIsEstimated = false; // the organiser gave no time for it: the start is an estimate

    QDateTime end() const { return start.addSecs(durationSeconds); }
    QStringList speakerNames() const;
};

} // namespace Attend
