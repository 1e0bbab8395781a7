#pragma once

#include "bookmark.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace Attend {

/**
 * The person's own state, as stored: bookmarks with their snapshots, reminder settings, and which
 * reminders already fired. A small versioned JSON document (see toJson for the shape).
 */
struct ScheduleData {
    // 2: each bookmark says the feed it came from ("feed"). Version 1 files are read as they are,
    // with that unknown until the conference library fills it in (Conferences::load).
    // 3: each bookmark has a level ("level": "maybe"; absent means must see), a recording link and
    // Watch later marks; version 1 and 2 files read as all must-see, and are written back as 3.
    static constexpr int currentVersion = 3;
    static constexpr int defaultLeadMinutes = 10;

    /** The "starting now" notice, when a bookmarked session starts (setting "startingNow"). */
    enum StartingNow { StartingNowNever = 0, StartingNowWithJoinLink = 1, StartingNowAlways = 2 };

    int leadMinutes = defaultLeadMinutes;
    bool remindersPaused = false;
    int startingNow = StartingNowWithJoinLink; // on by default, for sessions one can join
    bool remindMaybe = false; // reminders and starting-now notices for maybe bookmarks too
    QList<Bookmark> bookmarks;
    QHash<QString, QDateTime> firedReminders; // firedReminderKey() -> when it fired (UTC)

    QByteArray toJson() const;

    /** Why a document could not be read. */
    struct ReadError {
        QString message;
        int version = 0; // the document's version when it was readable but newer than ours
    };
    static std::optional<ScheduleData> fromJson(const QByteArray &json, ReadError *error);
};

/**
 * ScheduleData::toJson for a schedule written again and again: each bookmark's JSON is kept and
 * made again only when that bookmark changed. A star on a schedule of 2,600 bookmarks serialized
 * all of them (3 MB with their abstracts, about 50 ms); now the one that changed. The document is
 * the same as toJson's: the other parts, then the bookmarks, one to a line.
 */
class ScheduleJsonWriter
{
public:
    QByteArray toJson(const ScheduleData &data);

private:
    struct Written {
        Bookmark bookmark;
        QByteArray json;
    };
    QHash<QString, Written> m_written; // by conference and key; only the bookmarks of the last write
};

/** Identifies one reminder: the session at one start time, so a moved session reminds again. */
QString firedReminderKey(const Bookmark &bookmark);
/** Identifies one "starting now" notice, kept with the fired reminders: "started|" + firedReminderKey. */
QString firedStartKey(const Bookmark &bookmark);

} // namespace Attend
