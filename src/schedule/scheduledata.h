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

/** Identifies one reminder: the session at one start time, so a moved session reminds again. */
QString firedReminderKey(const Bookmark &bookmark);
/** Identifies one "starting now" notice, kept with the fired reminders: "started|" + firedReminderKey. */
QString firedStartKey(const Bookmark &bookmark);

} // namespace Attend
