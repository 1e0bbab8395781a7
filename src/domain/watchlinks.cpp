#include "watchlinks.h"

#include "conference.h"
#include "session.h"
#include "weblink.h"

#include <QRegularExpression>

namespace Attend {

namespace {

QRegularExpression words(const char *pattern)
{
    return QRegularExpression(QStringLiteral("(?<![\\w])(?:%1)(?![\\w])").arg(QString::fromUtf8(pattern)),
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// Link texts seen in feeds, in their languages (English, German, French, Italian). Whole words:
// "stream" must not match "upstream" or "Streamlit".
const QRegularExpression &recordingWords()
{
    static const QRegularExpression re = words(
        "recordings?|recorded|aufzeichnung(?:en)?|mitschnitt|aufnahme|enregistrements?|rediffusion|replay|"
        "registrazion[ei]|vod");
    return re;
}

const QRegularExpression &chatWords()
{
    // "Matrix Rust SDK repository" or "delta chat" name projects, not rooms: a chat word needs a room word.
    static const QRegularExpression re = words(
        "chat ?rooms?|chat ?channel|chat \\((?:web|app)\\)|chat\\((?:web|app)\\)|live chat|join the chat|chatraum|"
        "(?:matrix|irc|discord|mattermost|element) (?:room|channel|server)|salon de discussion|salon matrix");
    return re;
}

// A title that is only the word itself: "Chat", "Live", "Stream (HD)".
LinkKind kindFromBareTitle(const QString &text)
{
    // Made once: compiling the expression on every link was a third of reading FOSDEM.
    static const QRegularExpression parenthesized(QStringLiteral("\\([^)]*\\)"));
    QString bare = text;
    bare.remove(parenthesized);
    bare = bare.simplified().toLower();
    while (!bare.isEmpty() && QStringLiteral(".:!").contains(bare.back()))
        bare.chop(1);
    if (bare == QLatin1String("chat") || bare == QLatin1String("matrix") || bare == QLatin1String("irc"))
        return LinkKind::Chat;
    if (bare == QLatin1String("live") || bare == QLatin1String("direct") || bare == QLatin1String("en direct") || bare == QLatin1String("watch"))
        return LinkKind::Join;
    return LinkKind::Other;
}


const QRegularExpression &joinWords()
{
    static const QRegularExpression re = words(
        "live-?streams?|live-?streaming|live video stream|streams?|streaming|join|watch live|watch the live|meeting room|meeting|webinar|"
        "video ?conference|visio|visio-?conf[ée]rence|jitsi|bigbluebutton|zoom|teilnehmen|beitreten|rejoindre|"
        "en direct|diretta|partecipa");
    return re;
}

// A title that is only "Video", perhaps with its format: "Video (Ogg/Theora/Low quality)".
bool isBareVideoTitle(const QString &text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]")); // made once, as above
    QString bare = text;
    bare.remove(bracketed);
    bare = bare.simplified().toLower();
    static const QRegularExpression re(QStringLiteral("^(?:watch )?(?:the )?(?:video|vidéo|videos|full video)[ .:]*$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(bare).hasMatch();
}

// No title of its own: empty, or the address itself (36C3 writes bare URLs as links).
// Asked only of web links: an address of theirs, as written or as Qt writes it, starts with "http".
bool isUntitled(const LinkCandidate &candidate)
{
    const QString text = candidate.text.trimmed();
    if (text.isEmpty())
        return true;
    if (!text.startsWith(QLatin1String("http"), Qt::CaseInsensitive))
        return false; // a title, not an address: no need to write the address out to compare
    // A title that is an address ("https://matrix.org") names a site, not what the link is for.
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) || text == candidate.url.toString() || text == candidate.url.toDisplayString()
           || QUrl(text) == candidate.url;
}

QString hostOf(const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

bool hostIs(const QString &host, QLatin1String domain)
{
    return host == domain || (host.endsWith(domain) && host.at(host.size() - domain.size() - 1) == QLatin1Char('.'));
}

bool hostHasLabel(const QString &host, QLatin1String label)
{
    const QStringList labels = host.split(QLatin1Char('.'));
    return labels.contains(label);
}

bool isMeetingHost(const QUrl &url)
{
    const QString host = hostOf(url);
    const QString path = url.path().toLower();
    return host.contains(QLatin1String("jitsi")) || host.startsWith(QLatin1String("meet.")) // meet.jit.si, meet.google.com, meet.ffmuc.net
           || host.contains(QLatin1String("bigbluebutton")) || hostHasLabel(host, QLatin1String("bbb"))
           || hostIs(host, QLatin1String("zoom.us")) || hostIs(host, QLatin1String("teams.microsoft.com"))
           || hostIs(host, QLatin1String("teams.live.com")) || hostIs(host, QLatin1String("webex.com"))
           || hostIs(host, QLatin1String("whereby.com")) || hostIs(host, QLatin1String("twitch.tv"))
           || hostIs(host, QLatin1String("streaming.media.ccc.de"))
           || (hostIs(host, QLatin1String("youtube.com")) && (path.startsWith(QLatin1String("/live")) || path.endsWith(QLatin1String("/live"))))
           || (hostIs(host, QLatin1String("vimeo.com")) && path.startsWith(QLatin1String("/event/")));
}

bool isChatHost(const QUrl &url)
{
    const QString host = hostOf(url);
    return host == QLatin1String("matrix.to") || host.startsWith(QLatin1String("chat.")) // chat.fosdem.org
           || host == QLatin1String("app.element.io") || host == QLatin1String("riot.im")
           || host == QLatin1String("discord.gg") || (host == QLatin1String("discord.com") && url.path().startsWith(QLatin1String("/invite")))
           || host == QLatin1String("web.libera.chat") || host == QLatin1String("kiwiirc.com");
}

bool isRecordingHost(const QUrl &url)
{
    static const QRegularExpression vimeoVideo(QStringLiteral("^/\\d+")); // made once, as above
    const QString host = hostOf(url);
    const QString path = url.path();
    return (host == QLatin1String("media.ccc.de") && path.startsWith(QLatin1String("/v/")))
           || hostIs(host, QLatin1String("video.fosdem.org")) || host == QLatin1String("youtu.be")
           || (hostIs(host, QLatin1String("youtube.com")) && path.startsWith(QLatin1String("/watch")))
           || (host == QLatin1String("vimeo.com") && vimeoVideo.match(path).hasMatch());
}

LinkKind kindFromText(const QString &text)
{
    if (text.isEmpty())
        return LinkKind::Other;
    if (recordingWords().match(text).hasMatch())
        return LinkKind::Recording;
    if (chatWords().match(text).hasMatch())
        return LinkKind::Chat;
    if (joinWords().match(text).hasMatch())
        return LinkKind::Join;
    return kindFromBareTitle(text);
}

} // namespace

LinkKind classifyLink(const LinkCandidate &candidate)
{
    if (!isWebLink(candidate.url))
        return LinkKind::Other;
    switch (candidate.origin) {
    case LinkOrigin::Conferencing:
        return LinkKind::Join;
    case LinkOrigin::Location:
        if (candidate.text.trimmed().isEmpty())
            return LinkKind::Join; // the place it happens is an address: that is where to go
        break;
    case LinkOrigin::SessionPage:
        // The session's page is its page (pretalx, frab, fosdem.org), unless it is a room itself.
        if (isMeetingHost(candidate.url))
            return LinkKind::Join;
        if (isChatHost(candidate.url))
            return LinkKind::Chat;
        return LinkKind::Other;
    case LinkOrigin::Listed:
    case LinkOrigin::Description:
        break;
    }
    const bool untitled = isUntitled(candidate);
    if (!untitled) {
        const LinkKind byText = kindFromText(candidate.text);
        if (byText != LinkKind::Other)
            return byText;
    }
    if (isMeetingHost(candidate.url))
        return LinkKind::Join;
    if (isChatHost(candidate.url))
        return LinkKind::Chat;
    if (candidate.origin == LinkOrigin::Listed && (untitled || isBareVideoTitle(candidate.text))
        && (isRecordingHost(candidate.url) || isBareVideoTitle(candidate.text)))
        return LinkKind::Recording;
    return LinkKind::Other;
}

QList<LinkCandidate> linksInText(const QString &text, LinkOrigin origin)
{
    static const QRegularExpression urlPattern(QStringLiteral("https?://[^\\s<>\"'\\[\\]{}|\\\\^`]+"),
                                               QRegularExpression::CaseInsensitiveOption);
    QList<LinkCandidate> links;
    auto it = urlPattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString address = match.captured();
        // Sentence punctuation after an address belongs to the sentence: "(see https://x.org/)."
        while (!address.isEmpty() && QStringLiteral(".,;:!?)").contains(address.back()))
            address.chop(1);
        const QUrl url(address, QUrl::StrictMode);
        if (!isWebLink(url))
            continue;
        const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), match.capturedStart()) + 1;
        QString label = text.mid(lineStart, match.capturedStart() - lineStart);
        // "Live stream: https://…", "Visio - https://…", "[[https://…|…]]"
        while (!label.isEmpty() && (label.back().isSpace() || QStringLiteral(":-\u2013\u2014([<|=>").contains(label.back())))
            label.chop(1);
        label = label.simplified().right(80);
        links.append({label, url, origin});
    }
    return links;
}

QList<LinkCandidate> linkCandidates(const Session &session)
{
    QList<LinkCandidate> candidates;
    for (const SessionLink &link : session.links)
        candidates.append({link.title, link.url, LinkOrigin::Listed});
    if (!session.url.isEmpty())
        candidates.append({QString(), QUrl(session.url), LinkOrigin::SessionPage});
    return candidates;
}

void fillWatchLinks(Session &session, const QList<LinkCandidate> &candidates)
{
    for (const LinkCandidate &candidate : candidates) {
        QUrl *slot = nullptr;
        switch (classifyLink(candidate)) {
        case LinkKind::Join:
            slot = &session.joinLink;
            break;
        case LinkKind::Chat:
            slot = &session.chatLink;
            break;
        case LinkKind::Recording:
            slot = &session.recordingLink;
            break;
        case LinkKind::Other:
            break;
        }
        if (slot && slot->isEmpty())
            *slot = candidate.url;
    }
}

bool isOnlineRoom(const QString &room)
{
    static const QRegularExpression re = words(
        "online|virtual|virtuell(?:er)?|remote|internet|en ligne|livestream|live-?stream|stream|jitsi|bigbluebutton|bbb|zoom|"
        "visio|visio-?conf[ée]rence|webinar|video ?conference");
    return re.match(room).hasMatch();
}

bool isOnlineConference(const Conference &conference)
{
    static const QRegularExpression nameWords = words("online|virtual|virtuell|remote|en ligne");
    static const QRegularExpression descriptionWords = words(
        "(?:virtual|online|remote|online-only|digital) (?:event|conference|meeting|summit|edition|only)|"
        "online-only|held online|takes place online|entirely online|fully online|fully remote|"
        "virtuelle (?:veranstaltung|konferenz)|(?:événement|conférence) (?:en ligne|virtuelle)");
    static const QRegularExpression rc3(QStringLiteral("^rc3(?:\\b|[-_ ])"), QRegularExpression::CaseInsensitiveOption);
    for (const QString &name : {conference.title, conference.subtitle, conference.acronym}) {
        if (nameWords.match(name).hasMatch())
            return true;
    }
    if (rc3.match(conference.acronym).hasMatch() || rc3.match(conference.title).hasMatch())
        return true;
    return descriptionWords.match(conference.description).hasMatch();
}

void assignWatchLinks(Conference &conference)
{
    const bool onlineConference = isOnlineConference(conference);
    const QUrl conferencePage = isWebLink(conference.url) ? conference.url : QUrl();
    for (Session &session : conference.sessions) {
        fillWatchLinks(session, linkCandidates(session));
        if (session.joinLink.isEmpty() && (onlineConference || isOnlineRoom(session.room))) {
            if (!conferencePage.isEmpty())
                session.joinLink = conferencePage;
            else if (isWebLink(session.url))
                session.joinLink = QUrl(session.url);
        }
    }
}

bool isTrueText(const QString &text)
{
    const QString value = text.trimmed().toLower();
    return value == QLatin1String("true") || value == QLatin1String("1") || value == QLatin1String("yes");
}

} // namespace Attend
