// Where to watch: the link classification (domain/watchlinks.h) on its own, and over every real
// feed in tests/data/feeds through the readers. The feed counts come from
// tests/auto/domain/watchlinks_counts.py, which reads the feeds with Python's own XML, JSON and
// iCalendar handling and the rules written out again without the C++: run it to check the table.

#include "domain/conference.h"
#include "domain/watchlinks.h"
#include "feed/feedreader.h"
#include "feedtestsupport.h"

#include <QTest>

using namespace Attend;
using namespace Attend::FeedTest;

Q_DECLARE_METATYPE(Attend::LinkKind)
Q_DECLARE_METATYPE(Attend::LinkOrigin)

class TestWatchLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url");
        QTest::addColumn<LinkOrigin>("origin");
        QTest::addColumn<LinkKind>("kind");
        const auto L = LinkOrigin::Listed;
        // By text, in the feeds' languages.
        QTest::addRow("live stream") << "Live stream" << "https://example.org/s1" << L << LinkKind::Join;
        QTest::addRow("bare Live") << "Live" << "https://example.org/s1" << L << LinkKind::Join;
        QTest::addRow("Join") << "Join the session" << "https://example.org/room" << L << LinkKind::Join;
        QTest::addRow("Visio (fr)") << "Lien visio" << "https://example.org/r" << L << LinkKind::Join;
        QTest::addRow("en direct (fr)") << "Suivre en direct" << "https://example.org/r" << L << LinkKind::Join;
        QTest::addRow("diretta (it)") << "Segui la diretta" << "https://example.org/r" << L << LinkKind::Join;
        QTest::addRow("Aufzeichnung (de)") << "Aufzeichnung" << "https://example.org/v" << L << LinkKind::Recording;
        QTest::addRow("enregistrement (fr)") << "Enregistrement de la session" << "https://example.org/v" << L << LinkKind::Recording;
        QTest::addRow("Recording on YouTube") << "Recording" << "https://www.youtube.com/watch?v=AUrPdOZNsX8" << L << LinkKind::Recording;
        QTest::addRow("bare Video with format") << "Video (Ogg/Theora/Low quality)" << "http://meetings-archive.debian.net/x.ogg" << L
                                                << LinkKind::Recording;
        QTest::addRow("FOSDEM chat web") << "Chat room(web)" << "https://chat.fosdem.org/#/room/#x:fosdem.org" << L << LinkKind::Chat;
        QTest::addRow("FOSDEM chat app") << "Chat room(app)" << "https://matrix.to/#/#x:fosdem.org" << L << LinkKind::Chat;
        QTest::addRow("Matrix room text") << "Public Matrix Room" << "https://example.org/m" << L << LinkKind::Chat;
        QTest::addRow("live chat beats live") << "Live chat" << "https://example.org/c" << L << LinkKind::Chat;
        QTest::addRow("recording beats stream") << "Recording of the live stream" << "https://example.org/v" << L << LinkKind::Recording;
        // By host, whatever the title.
        QTest::addRow("Jitsi") << "Room" << "https://meet.jit.si/attend-demo" << L << LinkKind::Join;
        QTest::addRow("Freifunk Meet") << "" << "https://meet.ffmuc.net/rc3" << L << LinkKind::Join;
        QTest::addRow("BigBlueButton") << "Raum" << "https://bbb.example.org/b/abc-def" << L << LinkKind::Join;
        QTest::addRow("Zoom") << "Session" << "https://us02web.zoom.us/j/123" << L << LinkKind::Join;
        QTest::addRow("Google Meet") << "" << "https://meet.google.com/abc-defg-hij" << L << LinkKind::Join;
        QTest::addRow("Teams") << "" << "https://teams.microsoft.com/l/meetup-join/x" << L << LinkKind::Join;
        QTest::addRow("Twitch") << "" << "https://www.twitch.tv/linuxconfau" << L << LinkKind::Join;
        QTest::addRow("c3voc stream") << "" << "https://streaming.media.ccc.de/36c3/ada" << L << LinkKind::Join;
        QTest::addRow("YouTube live") << "" << "https://www.youtube.com/live/abc" << L << LinkKind::Join;
        QTest::addRow("matrix.to") << "" << "https://matrix.to/#/#room:example.org" << L << LinkKind::Chat;
        QTest::addRow("media.ccc.de untitled") << "" << "https://media.ccc.de/v/36c3-10496-talk" << L << LinkKind::Recording;
        QTest::addRow("Vimeo untitled") << "https://vimeo.com/123456" << "https://vimeo.com/123456" << L << LinkKind::Recording;
        // What is not: videos about something else, projects named after chat, pages, other schemes.
        QTest::addRow("YouTube with its own title") << "Video: Monitor Prototype Chassis" << "https://www.youtube.com/watch?v=20VBjSgXlYE" << L
                                                    << LinkKind::Other;
        QTest::addRow("another talk on media.ccc.de") << "My 31c3 talk (media.ccc.de)" << "https://media.ccc.de/v/31c3_-_6261" << L
                                                      << LinkKind::Other;
        QTest::addRow("project named Matrix") << "Matrix Rust SDK repository" << "https://github.com/matrix-org/matrix-rust-sdk" << L
                                              << LinkKind::Other;
        QTest::addRow("live in a project title") << "Wifibroadcast: transmission of live video" << "https://example.org/wb" << L
                                                 << LinkKind::Other;
        QTest::addRow("title is another address") << "https://matrix.org" << "https://fahrplan.events.ccc.de/congress/2019/Fahrplan/" << L
                                                  << LinkKind::Other;
        QTest::addRow("Slides") << "Slides (PDF)" << "https://example.org/slides.pdf" << L << LinkKind::Other;
        QTest::addRow("javascript: never") << "Live stream" << "javascript:alert(1)" << L << LinkKind::Other;
        QTest::addRow("file: never") << "Join" << "file:///usr/share/applications/x.desktop" << L << LinkKind::Other;
        QTest::addRow("CONFERENCE not http") << "" << "tel:+15551234" << LinkOrigin::Conferencing << LinkKind::Other;
        // Origins.
        QTest::addRow("CONFERENCE") << "" << "https://example.org/any" << LinkOrigin::Conferencing << LinkKind::Join;
        QTest::addRow("LOCATION is an address") << "" << "https://example.org/room" << LinkOrigin::Location << LinkKind::Join;
        QTest::addRow("pretalx page") << "" << "https://pretalx.rc3.studio/rc3-channels-2020/talk/MJA8QY/" << LinkOrigin::SessionPage
                                      << LinkKind::Other;
        QTest::addRow("page that is a Jitsi room") << "" << "https://meet.jit.si/kielux" << LinkOrigin::SessionPage << LinkKind::Join;
        QTest::addRow("recording host on a page") << "" << "https://www.youtube.com/watch?v=x" << LinkOrigin::SessionPage << LinkKind::Other;
        QTest::addRow("video in free text") << "Une courte vidéo" << "https://youtu.be/gr19tdbG2_E" << LinkOrigin::Description << LinkKind::Other;
        QTest::addRow("labelled stream in free text") << "Livestream" << "https://example.org/tv" << LinkOrigin::Description << LinkKind::Join;
    }

    void classify()
    {
        QFETCH(QString, text);
        QFETCH(QString, url);
        QFETCH(LinkOrigin, origin);
        QFETCH(LinkKind, kind);
        QCOMPARE(classifyLink({text, QUrl(url), origin}), kind);
    }

    void linksInText()
    {
        const QString text = QStringLiteral("Bring a laptop.\nLive stream: https://stream.example.org/a1.\n"
                                            "Chat (Matrix room) \u2013 https://matrix.to/#/#a1:example.org\n"
                                            "See (https://example.org/docs) and javascript:alert(1)");
        const QList<LinkCandidate> links = Attend::linksInText(text, LinkOrigin::Description);
        QCOMPARE(links.size(), 3);
        QCOMPARE(links.at(0).text, QStringLiteral("Live stream"));
        QCOMPARE(links.at(0).url, QUrl(QStringLiteral("https://stream.example.org/a1")));
        QCOMPARE(links.at(1).text, QStringLiteral("Chat (Matrix room)"));
        QCOMPARE(links.at(2).text, QStringLiteral("See"));
        QCOMPARE(links.at(2).url, QUrl(QStringLiteral("https://example.org/docs")));
        QCOMPARE(classifyLink(links.at(0)), LinkKind::Join);
        QCOMPARE(classifyLink(links.at(1)), LinkKind::Chat);
        QCOMPARE(classifyLink(links.at(2)), LinkKind::Other);
    }

    void onlineRoomsAndConferences()
    {
        QVERIFY(isOnlineRoom(QStringLiteral("Online")));
        QVERIFY(isOnlineRoom(QStringLiteral("Virtual room 2")));
        QVERIFY(isOnlineRoom(QStringLiteral("Remote")));
        QVERIFY(isOnlineRoom(QStringLiteral("Jitsi-Raum")));
        QVERIFY(isOnlineRoom(QStringLiteral("Salle en ligne")));
        QVERIFY(!isOnlineRoom(QStringLiteral("Ravensberg")));
        QVERIFY(!isOnlineRoom(QStringLiteral("Streamside Hall")));
        QVERIFY(!isOnlineRoom(QStringLiteral("Amphithéâtre 1600")));

        Conference conference;
        conference.title = QStringLiteral("FOSDEM 2026");
        conference.description = QStringLiteral("Tickets are sold online; the event is in Brussels.");
        QVERIFY(!isOnlineConference(conference));
        conference.description = QStringLiteral("A virtual event, powered by open source.");
        QVERIFY(isOnlineConference(conference));
        conference.description.clear();
        conference.acronym = QStringLiteral("rc3-channels-2020");
        QVERIFY(isOnlineConference(conference));
        conference.acronym = QStringLiteral("jres2022");
        conference.subtitle = QStringLiteral("Online Summit");
        QVERIFY(isOnlineConference(conference));
    }

    void fallbackAndPrecedence()
    {
        Conference conference;
        conference.url = QUrl(QStringLiteral("https://synadia.com/events/rethink/2022"));
        Session online;
        online.room = QStringLiteral("Online");
        Session hall;
        hall.room = QStringLiteral("Hall A");
        hall.url = QStringLiteral("https://example.org/talk/1");
        Session own;
        own.room = QStringLiteral("Online");
        own.links = {{QStringLiteral("Live stream"), QUrl(QStringLiteral("https://example.org/live/7"))},
                     {QStringLiteral("Live stream (backup)"), QUrl(QStringLiteral("https://example.org/live/8"))},
                     {QStringLiteral("Chat"), QUrl(QStringLiteral("javascript:alert(1)"))}};
        Session preset; // a reader's CONFERENCE link stays first
        preset.joinLink = QUrl(QStringLiteral("https://meet.jit.si/preset"));
        preset.links = {{QStringLiteral("Live stream"), QUrl(QStringLiteral("https://example.org/live/9"))}};
        conference.sessions = {online, hall, own, preset};
        assignWatchLinks(conference);
        QCOMPARE(conference.sessions.at(0).joinLink, conference.url);
        QVERIFY(conference.sessions.at(1).joinLink.isEmpty());
        QCOMPARE(conference.sessions.at(2).joinLink, QUrl(QStringLiteral("https://example.org/live/7")));
        QVERIFY(conference.sessions.at(2).chatLink.isEmpty());
        QCOMPARE(conference.sessions.at(3).joinLink, QUrl(QStringLiteral("https://meet.jit.si/preset")));

        // An online conference without a web page of its own: the session's page.
        Conference bare;
        bare.acronym = QStringLiteral("rc3-channels-2020");
        Session talk;
        talk.url = QStringLiteral("https://pretalx.rc3.studio/rc3-channels-2020/talk/MJA8QY/");
        bare.sessions = {talk};
        assignWatchLinks(bare);
        QCOMPARE(bare.sessions.constFirst().joinLink, QUrl(talk.url));
    }

    void iCalendarSources()
    {
        const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-CALNAME:Test\r\n"
                               "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20250101T100000Z\r\nDTEND:20250101T110000Z\r\nSUMMARY:Conf\r\n"
                               "CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://meet.example.org/a\r\n"
                               "DESCRIPTION:Recording: https://media.example.org/a\\nChat room: https://chat.example.org/#a\r\nEND:VEVENT\r\n"
                               "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20250101T120000Z\r\nDTEND:20250101T130000Z\r\nSUMMARY:Loc\r\n"
                               "LOCATION:https://bbb.example.org/b/room-1\r\nX-ATTEND-TIME-ESTIMATED:TRUE\r\nEND:VEVENT\r\n"
                               "BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20250101T140000Z\r\nDTEND:20250101T150000Z\r\nSUMMARY:Text\r\n"
                               "DESCRIPTION:Livestream unter https://tv.example.org/c\\nMore at javascript:x\r\nEND:VEVENT\r\n"
                               "END:VCALENDAR\r\n";
        const ParseResult result = FeedReader::readData(ics, QStringLiteral("test.ics"));
        QVERIFY(result.ok);
        const Session *conf = findByTitle(result.conference, QStringLiteral("Conf"));
        const Session *loc = findByTitle(result.conference, QStringLiteral("Loc"));
        const Session *text = findByTitle(result.conference, QStringLiteral("Text"));
        QVERIFY(conf && loc && text);
        QCOMPARE(conf->joinLink, QUrl(QStringLiteral("https://meet.example.org/a")));
        QCOMPARE(conf->recordingLink, QUrl(QStringLiteral("https://media.example.org/a")));
        QCOMPARE(conf->chatLink, QUrl(QStringLiteral("https://chat.example.org/#a")));
        QCOMPARE(loc->joinLink, QUrl(QStringLiteral("https://bbb.example.org/b/room-1")));
        QVERIFY(loc->timeIsEstimated);
        QVERIFY(!conf->timeIsEstimated);
        QCOMPARE(text->joinLink, QUrl(QStringLiteral("https://tv.example.org/c")));
    }

    void estimatedMark()
    {
        const ParseResult builtIn = FeedReader::readBuiltIn();
        QVERIFY(builtIn.ok);
        QStringList estimated;
        for (const Session &session : builtIn.conference.sessions) {
            if (session.timeIsEstimated)
                estimated.append(session.title);
            // The organiser's page gives times up to 10:20 (SEED-AGENDA.md); every later one is placed.
            const QTime local = session.start.toTimeZone(builtIn.conference.timeZone).time();
            QCOMPARE(session.timeIsEstimated, local >= QTime(10, 40));
            // A virtual event in the room "Online": its page is where to join.
            QCOMPARE(session.joinLink, QUrl(QStringLiteral("https://synadia.com/events/rethink/2022")));
        }
        QCOMPARE(estimated.size(), 11);
        QCOMPARE(estimated.constFirst(), QStringLiteral("Extending stateful services to the edge"));

        const ParseResult json = FeedReader::readData(
            "{\"schedule\":{\"version\":\"1\",\"conference\":{\"title\":\"T\",\"days\":[{\"index\":1,\"date\":\"2025-01-01\","
            "\"rooms\":{\"A\":[{\"id\":1,\"date\":\"2025-01-01T10:00:00+00:00\",\"start\":\"10:00\",\"duration\":\"00:30\","
            "\"title\":\"x\",\"time_estimated\":true},{\"id\":2,\"date\":\"2025-01-01T11:00:00+00:00\",\"start\":\"11:00\","
            "\"duration\":\"00:30\",\"title\":\"y\",\"time_estimated\":\"false\"}]}}]}}}",
            QStringLiteral("t.json"));
        QVERIFY(json.ok);
        QVERIFY(findByTitle(json.conference, QStringLiteral("x"))->timeIsEstimated);
        QVERIFY(!findByTitle(json.conference, QStringLiteral("y"))->timeIsEstimated);
    }

    void realFeeds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("sessions");
        QTest::addColumn<int>("withJoin");
        QTest::addColumn<int>("withChat");
        QTest::addColumn<int>("withRecording");
        // Output of watchlinks_counts.py (file, sessions, join, of those fallback, chat, recording).
        // Real feeds carry few such links: FOSDEM 2026 a chat room for every session (and one
        // recording), FOSDEM 2007 its videos, FOSDEM 2024 one Matrix room; rC3 2020 is online only
        // and falls back to its schedule page. The rest have none, and must not invent any.
        const struct {
            const char *file;
            int sessions, join, chat, recording;
        } rows[] = {
            {"36c3-everything-voc-merged.frab.json", 1351, 0, 0, 0},
            {"36c3-everything-voc-merged.xml", 1351, 0, 0, 0},
            {"38c3-hub-20251206.xml", 1007, 0, 0, 0},
            {"39c3-everything-voc-merged.frab.json", 895, 0, 0, 0},
            {"39c3-everything-voc-merged.xml", 895, 0, 0, 0},
            {"39c3-hub-20251206-attachments.xml", 215, 0, 0, 0},
            {"camp2019-frab.json", 79, 0, 0, 0},
            {"debconf23-wafer.xml", 117, 0, 0, 0},
            {"fosdem-2007-pentabarf-legacy.xml", 215, 0, 0, 55},
            {"fosdem-2024-pentabarf.xml", 674, 0, 1, 0},
            {"fosdem-2026-pretalx-pentabarf.xml", 883, 0, 883, 1},
            {"hub-schedule2-example.json", 2, 0, 0, 0},
            {"jres-2022.ics", 120, 0, 0, 0},
            {"kielux-2020.ics", 24, 0, 0, 0},
            {"linux-conf-au-2020.ics", 262, 0, 0, 0},
            {"moca-2024-handmade.ics", 88, 0, 0, 0},
            {"pretalx-democon-2022.frab.json", 35, 0, 0, 0},
            {"pretalx-democon-2022.ics", 36, 0, 0, 0},
            {"pretalx-democon-2022.xml", 35, 0, 0, 0},
            {"pretalx-democon-c3voc-example.frab.json", 36, 0, 0, 0},
            {"pycon-india-2021-icspy.ics", 60, 0, 0, 0},
            {"rc3-2020-pretalx.frab.json", 48, 48, 0, 0},
        };
        for (const auto &row : rows)
            QTest::addRow("%s", row.file) << QString::fromLatin1(row.file) << row.sessions << row.join << row.chat << row.recording;
    }

    void realFeeds()
    {
        QFETCH(QString, file);
        QFETCH(int, sessions);
        QFETCH(int, withJoin);
        QFETCH(int, withChat);
        QFETCH(int, withRecording);
        const ParseResult result = FeedReader::readFile(feedPath(file));
        QVERIFY2(result.ok, qPrintable(result.error.message));
        int join = 0, chat = 0, recording = 0;
        for (const Session &session : result.conference.sessions) {
            join += !session.joinLink.isEmpty();
            chat += !session.chatLink.isEmpty();
            recording += !session.recordingLink.isEmpty();
            for (const QUrl &url : {session.joinLink, session.chatLink, session.recordingLink})
                QVERIFY(url.isEmpty() || url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
        }
        QCOMPARE(result.conference.sessions.size(), sessions);
        QCOMPARE(join, withJoin);
        QCOMPARE(chat, withChat);
        QCOMPARE(recording, withRecording);
    }

    void realFeedSamples()
    {
        const ParseResult fosdem = FeedReader::readFile(feedPath(QStringLiteral("fosdem-2026-pretalx-pentabarf.xml")));
        QVERIFY(fosdem.ok);
        // Every event lists FOSDEM's web chat before its matrix.to link; one lists a project's own
        // Matrix channel before both, and the first chat link of an event is its chat.
        int fosdemChat = 0;
        for (const Session &session : fosdem.conference.sessions) {
            QVERIFY(session.chatLink.host() != QLatin1String("matrix.to"));
            fosdemChat += session.chatLink.host() == QLatin1String("chat.fosdem.org");
        }
        QCOMPARE(fosdemChat, 882);

        const ParseResult rc3 = FeedReader::readFile(feedPath(QStringLiteral("rc3-2020-pretalx.frab.json")));
        QVERIFY(rc3.ok);
        QCOMPARE(rc3.conference.sessions.constFirst().joinLink, QUrl(QStringLiteral("https://pretalx.rc3.studio/rc3-channels-2020/schedule/")));

        const ParseResult fosdem2007 = FeedReader::readFile(feedPath(QStringLiteral("fosdem-2007-pentabarf-legacy.xml")));
        QVERIFY(fosdem2007.ok);
        const Session *welcome = nullptr;
        for (const Session &session : fosdem2007.conference.sessions) {
            if (session.recordingLink.toString().endsWith(QLatin1String("FOSDEM2007-Welcome.ogg")))
                welcome = &session;
        }
        QVERIFY(welcome);
    }
};

QTEST_GUILESS_MAIN(TestWatchLinks)
#include "tst_watchlinks.moc"
