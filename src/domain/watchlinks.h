#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace Attend {

struct Conference;
struct Session;

/**
 * Where to watch a session: which of the links a feed carries is the live stream or meeting room
 * (join), the chat room, or a recording. Pure functions over the readers' output, QtCore only.
 *
 * A link is classified by its text first (in the languages seen in feeds: English, German,
 * French, Italian), then by well-known hosts (Jitsi, BigBlueButton, Zoom, Google Meet, Teams,
 * Webex, Twitch, streaming.media.ccc.de for joining; Matrix and chat.* for chat; YouTube, Vimeo,
 * media.ccc.de and video.fosdem.org for recordings). A video host alone makes a recording only
 * when the link says nothing else ("Video (Ogg/Theora)", or no title): feeds link many videos that
 * are not the session's own ("Video: Monitor Prototype Chassis"). Only http(s) links count.
 */
enum class LinkKind { Other, Join, Chat, Recording };

/** Where a link was found: it decides how much its host alone says. */
enum class LinkOrigin {
    Listed,      // the feed's list of the session's links (frab <links>, JSON links[])
    SessionPage, // the session's own page (<url>, iCalendar URL): only a meeting or chat host makes it more
    Conferencing, // iCalendar CONFERENCE (RFC 7986 §5.11): a way to join by definition
    Location,    // a URL in iCalendar LOCATION: on its own it is the place, so the place to join
    Description, // a URL in free text: only its label or a meeting/chat host says what it is
};

struct LinkCandidate {
    QString text; // the link's title, or the words before it on its line
    QUrl url;
    LinkOrigin origin = LinkOrigin::Listed;
};

/** What one link is for (Other when it is none of join, chat, recording, or not http(s)). */
LinkKind classifyLink(const LinkCandidate &candidate);

/** The http(s) links written in a text, each labelled with the words before it on its line. */
QList<LinkCandidate> linksInText(const QString &text, LinkOrigin origin);

/** The session's own links and page, as candidates, in the feed's order. */
QList<LinkCandidate> linkCandidates(const Session &session);

/**
 * Fills the session's empty joinLink, chatLink and recordingLink with the first candidate of each
 * kind; links already set (by a reader that knows better) stay.
 */
void fillWatchLinks(Session &session, const QList<LinkCandidate> &candidates);

/** A room that is a place on the internet: "Online", "Virtual room", "Remote", "Livestream", "Jitsi". */
bool isOnlineRoom(const QString &room);

/**
 * A conference held online only: "virtual"/"online"/"remote" in its title, subtitle or acronym,
 * "virtual event"/"online conference"… in its description, or rC3 (the "remote Chaos
 * Experience" of 2020 and 2021, whose feeds say so nowhere else).
 */
bool isOnlineConference(const Conference &conference);

/**
 * Fills every session's watch links from its own links and page, then, for a session with no join
 * link in an online room or an online conference, the conference's web page (else the session's
 * own page) as the place to join. The feed reader calls it once on every conference it reads.
 */
void assignWatchLinks(Conference &conference);

/** "true", "1", "yes" (any case, trimmed): how feeds write the estimated-time mark. */
bool isTrueText(const QString &text);

} // namespace Attend
