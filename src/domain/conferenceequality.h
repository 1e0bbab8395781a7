#pragma once

#include "conference.h"

namespace Attend {

/*
 * Field-by-field equality of the agenda's value types, for the snapshot's round trip and tests.
 * Every field: a field added to Session or Conference belongs here too (and in
 * conferencesnapshot.cpp). Kept out of session.h so that the whole tree need not rebuild for it.
 */

inline bool operator==(const Session &a, const Session &b)
{
    return a.key == b.key && a.feedId == b.feedId && a.guid == b.guid && a.title == b.title && a.subtitle == b.subtitle
           && a.track == b.track && a.room == b.room && a.type == b.type && a.language == b.language && a.start == b.start
           && a.start.timeSpec() == b.start.timeSpec() && a.durationSeconds == b.durationSeconds && a.dayIndex == b.dayIndex
           && a.speakers == b.speakers && a.abstract == b.abstract && a.url == b.url && a.links == b.links
           && a.cancelled == b.cancelled && a.joinLink == b.joinLink && a.chatLink == b.chatLink
           && a.recordingLink == b.recordingLink && a.timeIsEstimated == b.timeIsEstimated;
}
inline bool operator!=(const Session &a, const Session &b) { return !(a == b); }

inline bool operator==(const Conference &a, const Conference &b)
{
    return a.title == b.title && a.subtitle == b.subtitle && a.acronym == b.acronym && a.description == b.description
           && a.city == b.city && a.url == b.url && a.timeZone == b.timeZone && a.zoneSource == b.zoneSource
           && a.days == b.days && a.sessions == b.sessions;
}
inline bool operator!=(const Conference &a, const Conference &b) { return !(a == b); }

} // namespace Attend
