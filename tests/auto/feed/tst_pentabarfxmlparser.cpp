#include "feed/feedreader.h"
#include "feed/pentabarfxmlparser.h"
#include "feedtestsupport.h"
#include "domain/feedlimits.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace Attend;
using namespace Attend::FeedTest;

class TestPentabarfXmlParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realFeeds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("sessions");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<Attend::ZoneSource>("zoneSource");
        QTest::addColumn<QString>("sampleTitle");
        QTest::addColumn<QDateTime>("sampleStart");
        QTest::addColumn<qint64>("sampleDuration");
        QTest::addColumn<QString>("sampleRoom");

        QTest::addRow("FOSDEM 2026 (pretalx)") << "fosdem-2026-pretalx-pentabarf.xml" << 883 << "Europe/Brussels" << ZoneSource::Declared
                                               << "Welcome to FOSDEM 2026" << utc("2026-01-31T08:30:00Z") << 1200LL << "Janson";
        QTest::addRow("FOSDEM 2024 (no zone: city)") << "fosdem-2024-pentabarf.xml" << 674 << "Europe/Brussels" << ZoneSource::GuessedFromCity
                                                     << "Creative Coding with TurtleStitch" << utc("2024-02-03T09:30:00Z") << 3600LL << "J.1.106";
        QTest::addRow("FOSDEM 2007 (no room wrappers)") << "fosdem-2007-pentabarf-legacy.xml" << 215 << "Europe/Brussels" << ZoneSource::GuessedFromCity
                                                        << "AIGLX" << utc("2007-02-25T14:00:00Z") << 2700LL << "Chavanne";
        QTest::addRow("36C3 (offsets only, H:MM)") << "36c3-everything-voc-merged.xml" << 1351 << "UTC+1" << ZoneSource::FromOffsets
                                                   << "Hacker Jeopardy" << utc("2019-12-27T23:50:00Z") << 7200LL << "Ada";
        QTest::addRow("38C3 hub") << "38c3-hub-20251206.xml" << 1007 << "Europe/Berlin" << ZoneSource::Declared
                                  << "38C3: Opening Ceremony" << utc("2024-12-27T09:30:00Z") << 1800LL << "Saal 1";
        QTest::addRow("39C3 hub (nested titles)") << "39c3-hub-20251206-attachments.xml" << 215 << "Europe/Berlin" << ZoneSource::Declared
                                                  << "All my Deutschlandtickets gone: Fraud at an industrial scale" << utc("2025-12-27T15:00:00Z") << 3600LL << "One";
        QTest::addRow("39C3 merged (repeated ids)") << "39c3-everything-voc-merged.xml" << 895 << "Europe/Berlin" << ZoneSource::Declared
                                                    << "Opening Ceremony" << utc("2025-12-27T09:30:00Z") << 1800LL << "One";
        QTest::addRow("DebConf 23 (UTC date, local start)") << "debconf23-wafer.xml" << 117 << "Asia/Kolkata" << ZoneSource::Declared
                                                            << "Opening Ceremony" << utc("2023-09-10T05:00:00Z") << 1200LL << "Anamudi";
        QTest::addRow("pretalx DemoCon") << "pretalx-democon-2022.xml" << 35 << "Europe/Berlin" << ZoneSource::Declared
                                         << "Persevering cohesive concept" << utc("2022-09-05T23:50:00Z") << 5400LL << "Dark Red Room";
    }

    void realFeeds()
    {
        QFETCH(QString, file);
        QFETCH(int, sessions);
        QFETCH(QString, zone);
        QFETCH(Attend::ZoneSource, zoneSource);
        QFETCH(QString, sampleTitle);
        QFETCH(QDateTime, sampleStart);
        QFETCH(qint64, sampleDuration);
        QFETCH(QString, sampleRoom);

        const ParseResult result = FeedReader::readFile(feedPath(file));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        const Conference &conference = result.conference;
        QCOMPARE(conference.sessions.size(), sessions);
        QCOMPARE(conference.zoneSource, zoneSource);
        if (zoneSource == ZoneSource::FromOffsets)
            QCOMPARE(zoneAbbreviation(conference.timeZone, conference.firstStart()), zone);
        else
            QCOMPARE(QString::fromUtf8(conference.timeZone.id()), zone);

        // Every <event> is a session with a key of its own, whatever the feed repeats.
        QSet<QString> keys;
        for (const Session &session : conference.sessions) {
            QVERIFY(!session.key.isEmpty());
            QVERIFY(session.start.isValid());
            QVERIFY2(!session.title.isEmpty() || session.feedId.isEmpty(), qPrintable(session.feedId));
            QVERIFY(!session.abstract.contains(QLatin1String("<p>")));
            QVERIFY(!session.abstract.contains(QLatin1String("&lt;")));
            QVERIFY(session.dayIndex >= 0 && session.dayIndex < conference.days.size());
            keys.insert(session.key);
        }
        QCOMPARE(keys.size(), sessions);

        const Session *sample = findByTitle(conference, sampleTitle);
        QVERIFY2(sample, qPrintable(sampleTitle));
        QCOMPARE(sample->start, sampleStart);
        QCOMPARE(sample->durationSeconds, sampleDuration);
        QCOMPARE(sample->room, sampleRoom);

        // Agenda order: by start, then room, then title.
        for (qsizetype i = 1; i < conference.sessions.size(); ++i)
            QVERIFY(conference.sessions.at(i - 1).start <= conference.sessions.at(i).start);
    }

    void builtInAgenda()
    {
        const ParseResult result = FeedReader::readBuiltIn();
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        const Conference &conference = result.conference;
        QCOMPARE(conference.title, QStringLiteral("RethinkConn 2022"));
        QCOMPARE(conference.sessions.size(), 17);
        QCOMPARE(QString::fromUtf8(conference.timeZone.id()), QStringLiteral("America/Los_Angeles"));
        QCOMPARE(conference.zoneSource, ZoneSource::Declared);
        QCOMPARE(conference.url, QUrl(QStringLiteral("https://synadia.com/events/rethink/2022")));
        QVERIFY(conference.description.contains(QLatin1String("estimate")));
        QCOMPARE(conference.rooms(), QStringList{QStringLiteral("Online")});
        QStringList expectedTracks = {QStringLiteral("Break"), QStringLiteral("Closing"), QStringLiteral("Opening"),
                                      QStringLiteral("Product"), QStringLiteral("Program"), QStringLiteral("Talks"),
                                      QStringLiteral("Vision")};
        QCOMPARE(conference.tracks(), expectedTracks);

        const Session &welcome = conference.sessions.constFirst();
        QCOMPARE(welcome.title, QStringLiteral("Welcome"));
        QCOMPARE(welcome.start, utc("2022-11-10T17:00:00Z")); // 09:00 PST
        QCOMPARE(welcome.speakerNames(), QStringList{QStringLiteral("Jeremy Saenz")});
        QCOMPARE(welcome.abstract, QStringLiteral("A quick \"hello\" and orientation of the event."));
        QCOMPARE(conference.sessions.constLast().title, QStringLiteral("Thank you!"));
        QCOMPARE(conference.sessions.constLast().end(), utc("2022-11-10T21:00:00Z")); // 13:00 PST

        const Session *versioning = findByTitle(conference, QStringLiteral("Versioning and canary deployments with subject mapping"));
        QVERIFY(versioning);
        QCOMPARE(versioning->start, utc("2022-11-10T18:20:00Z")); // 10:20 PST, as published
        QVERIFY(versioning->speakers.isEmpty()); // the Program talks name no speaker
        QCOMPARE(versioning->track, QStringLiteral("Program"));

        const Session *kine = findByTitle(conference, QStringLiteral("Using NATS JetStream as a Kine backend for k3s"));
        QVERIFY(kine);
        QCOMPARE(kine->speakerNames(), QStringList{QStringLiteral("Caled Lloyd")});
        QCOMPARE(kine->track, QStringLiteral("Talks"));
    }

    void nestedTitlesDoNotReplaceTheSessionTitle()
    {
        const ParseResult result = FeedReader::readFile(feedPath(QStringLiteral("39c3-hub-20251206-attachments.xml")));
        QVERIFY(result.ok);
        const Session *hegemony = findByTitle(result.conference, QStringLiteral("Hegemony Eroding: Excavating Diversity in Latent Space"));
        QVERIFY(hegemony);
        QCOMPARE(hegemony->type, QStringLiteral("Talk"));
        QVERIFY(!findByTitle(result.conference, QStringLiteral("a crack one word wide")));
        QVERIFY(!findByTitle(result.conference, QStringLiteral("Zügli")));
        bool linkTitled = false;
        for (const SessionLink &link : hegemony->links)
            linkTitled = linkTitled || link.title == QLatin1String("Hegemony eroding");
        QVERIFY(linkTitled);
    }

    void oldPentabarfRoomsComeFromEvents()
    {
        const ParseResult result = FeedReader::readFile(feedPath(QStringLiteral("fosdem-2007-pentabarf-legacy.xml")));
        QVERIFY(result.ok);
        QCOMPARE(result.conference.rooms().size(), 18);
        QCOMPARE(result.conference.days.size(), 2);
        const Session *aiglx = findByTitle(result.conference, QStringLiteral("AIGLX"));
        QVERIFY(aiglx);
        QCOMPARE(aiglx->key, QStringLiteral("i:0"));
    }

    void afterMidnightBelongsToThePreviousDay()
    {
        const ParseResult result = FeedReader::readFile(feedPath(QStringLiteral("36c3-everything-voc-merged.xml")));
        QVERIFY(result.ok);
        const Session *jeopardy = findByTitle(result.conference, QStringLiteral("Hacker Jeopardy"));
        QVERIFY(jeopardy);
        QCOMPARE(result.conference.days.at(jeopardy->dayIndex), QDate(2019, 12, 27));
    }

    void htmlAbstractsBecomePlainText()
    {
        const ParseResult result = FeedReader::readFile(feedPath(QStringLiteral("fosdem-2026-pretalx-pentabarf.xml")));
        QVERIFY(result.ok);
        int withAbstract = 0;
        for (const Session &session : result.conference.sessions) {
            QVERIFY2(!session.abstract.contains(QLatin1String("</")), qPrintable(session.title));
            withAbstract += session.abstract.isEmpty() ? 0 : 1;
        }
        QVERIFY(withAbstract > 800);
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::addRow("H:MM") << "0:30" << 1800LL;
        QTest::addRow("HH:MM") << "01:30" << 5400LL;
        QTest::addRow("HH:MM:SS") << "00:05:00" << 300LL;
        QTest::addRow("zero") << "00:00" << 0LL;
        QTest::addRow("long") << "12:59" << 46740LL;
        QTest::addRow("garbage") << "soon" << -1LL;
        QTest::addRow("minutes over 59") << "0:75" << -1LL;
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QCOMPARE(PentabarfXmlParser::parseDuration(text), seconds);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expectedError");
        QTest::addRow("empty") << QByteArray() << "empty";
        QTest::addRow("not xml") << QByteArray("{\"hello\": 1}") << "not a schedule feed";
        QTest::addRow("other xml") << QByteArray("<html><body/></html>") << "expected <schedule>";
        QTest::addRow("truncated") << QByteArray("<schedule><conference><title>X</title></conference><day date=\"2024-01-01\"><room name=\"A\"><event id=\"1\"><title>T")
                                   << "1:";
        QTest::addRow("mismatched tags") << QByteArray("<schedule>\n<day>\n</room>\n</schedule>") << "3:";
        QTest::addRow("binary") << QByteArray("\x00\x01\x02\xff\xfe<<<", 8) << "not a schedule feed";
    }
    void badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expectedError);
        const ParseResult result = FeedReader::readData(data, QStringLiteral("bad.xml"));
        QVERIFY(!result.ok);
        const QString message = result.error.toString();
        QVERIFY2(message.startsWith(QLatin1String("bad.xml")), qPrintable(message));
        QVERIFY2(message.contains(expectedError), qPrintable(message));
    }

    void declaredEncodingsAreRead_data()
    {
        // expat reads UTF-8, UTF-16 and ISO-8859-1 itself; other encodings are decoded by Qt.
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("titleBytes");
        QTest::addColumn<QString>("title");
        QTest::addRow("windows-1252") << QByteArray("windows-1252") << QByteArray("Caf\xe9 \x80 5") << QStringLiteral("Caf\u00e9 \u20ac 5");
        QTest::addRow("ISO-8859-15") << QByteArray("ISO-8859-15") << QByteArray("\xa4 \xe9") << QStringLiteral("\u20ac \u00e9");
        QTest::addRow("ISO-8859-1") << QByteArray("ISO-8859-1") << QByteArray("\xa4 \xe9") << QStringLiteral("\u00a4 \u00e9");
        QTest::addRow("Shift_JIS") << QByteArray("Shift_JIS") << QByteArray("\x82\xa0\x82\xa2") << QStringLiteral("\u3042\u3044");
    }
    void declaredEncodingsAreRead()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, titleBytes);
        QFETCH(QString, title);
        const QByteArray data = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n<schedule xmlns=\"urn:example\">"
                                                                                 "<day date=\"2024-01-01\"><room name=\"A\"><event id=\"1\"><title>"
                                + titleBytes + "</title><start>10:00</start></event></room></day></schedule>";
        const ParseResult result = FeedReader::readData(data, QStringLiteral("encoded.xml"));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.conference.sessions.at(0).title, title);
    }

    void undecodableDocumentsAreRefusedByName()
    {
        const QByteArray unknown = "<?xml version=\"1.0\" encoding=\"x-no-such-encoding\"?>\n<schedule/>";
        const ParseResult result = FeedReader::readData(unknown, QStringLiteral("odd.xml"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.message.contains(QLatin1String("x-no-such-encoding")), qPrintable(result.error.toString()));

        const QByteArray badUtf8 = "<schedule><day date=\"2024-01-01\"><room name=\"A\"><event id=\"1\"><title>\xff</title></event></room></day></schedule>";
        const ParseResult broken = FeedReader::readData(badUtf8, QStringLiteral("broken.xml"));
        QVERIFY(!broken.ok);
        QVERIFY2(broken.error.toString().startsWith(QLatin1String("broken.xml:1:")), qPrintable(broken.error.toString()));
    }

    void namespacedElementsAreReadByTheirLocalNames()
    {
        // As QXmlStreamReader's name() gave them; an undeclared prefix is broken XML.
        const QByteArray data = "<f:schedule xmlns:f=\"urn:frab\"><f:day date=\"2024-01-01\"><f:room name=\"A\"><f:event id=\"7\">"
                                "<f:title>Namespaced</f:title><f:start>10:00</f:start></f:event></f:room></f:day></f:schedule>";
        const ParseResult result = FeedReader::readData(data, QStringLiteral("ns.xml"));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.conference.sessions.at(0).title, QStringLiteral("Namespaced"));
        QCOMPARE(result.conference.sessions.at(0).room, QStringLiteral("A"));
        QVERIFY(!FeedReader::readData("<f:schedule></f:schedule>", QStringLiteral("ns.xml")).ok);
    }

    void entityExpansionIsBounded()
    {
        // "Billion laughs": must end in an error, quickly, not in gigabytes of text.
        QByteArray bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [\n<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n";
        for (char c = 'b'; c <= 'k'; ++c) {
            QByteArray prev(1, char(c - 1));
            bomb += "<!ENTITY " + QByteArray(1, c) + " \"" + QByteArray("&" + prev + ";").repeated(10) + "\">\n";
        }
        bomb += "]>\n<schedule><conference><title>&k;</title></conference></schedule>";
        const ParseResult result = FeedReader::readData(bomb, QStringLiteral("bomb.xml"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.message.contains(QLatin1String("entity"), Qt::CaseInsensitive), qPrintable(result.error.toString()));
    }

    void deepNestingIsRefusedNotRecursedInto_data()
    {
        QTest::addColumn<QByteArray>("open");
        QTest::addColumn<QByteArray>("close");
        // readElementText called itself per nested element: 70,000 in a <title> overflowed the stack.
        QTest::addRow("in a session title") << QByteArray("<schedule><day date=\"2024-01-01\"><room name=\"A\"><event id=\"1\"><title>")
                                            << QByteArray("</title></event></room></day></schedule>");
        QTest::addRow("in the conference title") << QByteArray("<schedule><conference><title>") << QByteArray("</title></conference></schedule>");
        QTest::addRow("in a link title") << QByteArray("<schedule><day date=\"2024-01-01\"><room name=\"A\"><event id=\"1\"><links><link href=\"https://x.org/\"><title>")
                                         << QByteArray("</title></link></links></event></room></day></schedule>");
        QTest::addRow("in a skipped element") << QByteArray("<schedule><unknown>") << QByteArray("</unknown></schedule>");
    }
    void deepNestingIsRefusedNotRecursedInto()
    {
        QFETCH(QByteArray, open);
        QFETCH(QByteArray, close);
        for (int levels : {100, 70000}) {
            const QByteArray data = open + QByteArray("<b>").repeated(levels) + "x" + QByteArray("</b>").repeated(levels) + close;
            QElapsedTimer timer;
            timer.start();
            const ParseResult result = FeedReader::readData(data, QStringLiteral("deep.xml"));
            QVERIFY(!result.ok);
            QVERIFY2(result.error.toString().startsWith(QLatin1String("deep.xml:1:")), qPrintable(result.error.toString()));
            QVERIFY2(result.error.message.endsWith(QLatin1String("elements nest deeper than 64 levels")), qPrintable(result.error.toString()));
            QVERIFY(timer.elapsed() < 2000);
        }
    }

    void textOfNestedElementsIsKept()
    {
        // As readElementText(IncludeChildElements) gave it: the text of every element inside.
        const QByteArray data = "<schedule><day date=\"2024-01-01\"><room name=\"A\"><event id=\"1\"><title> A <b>bold<i> and</i></b> <![CDATA[<raw>]]>&amp; more </title>"
                                "<start>10:00</start></event></room></day></schedule>";
        const ParseResult result = FeedReader::readData(data, QStringLiteral("nested.xml"));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.conference.sessions.at(0).title, QStringLiteral("A bold and <raw>& more"));
    }

    void nestingBelowTheLimitReads()
    {
        // 5 levels of structure (schedule, day, room, event, title) and 59 more inside the title.
        const QByteArray data = "<schedule><day date=\"2024-01-01\"><room name=\"A\"><event id=\"1\"><title>" + QByteArray("<b>").repeated(59) + "x"
            + QByteArray("</b>").repeated(59) + "</title></event></room></day></schedule>";
        const ParseResult result = FeedReader::readData(data, QStringLiteral("nested.xml"));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.conference.sessions.at(0).title, QStringLiteral("x"));
        const QByteArray deeper = QByteArray(data).replace("<title>", "<title><b>").replace("</title>", "</b></title>");
        QVERIFY(!FeedReader::readData(deeper, QStringLiteral("nested.xml")).ok);
    }

    void fieldTextIsCapped_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QString>("expectedError");
        const QByteArray event = "<schedule><day date=\"2024-01-01\"><room name=\"A\"><event id=\"1\">";
        const QByteArray end = "</event></room></day></schedule>";
        QTest::addRow("title") << event + "<title>" << "</title>" + end << "<title> holds more than 1048576 characters of text";
        QTest::addRow("abstract in pieces") << event + "<abstract><![CDATA[x]]>" << "</abstract>" + end << "<abstract> holds more than 1048576 characters of text";
        QTest::addRow("link text") << event + "<links><link href=\"https://x.org/\">" << "</link></links>" + end << "<link> holds more than 1048576 characters of text";
        QTest::addRow("id attribute") << QByteArray("<schedule><day date=\"2024-01-01\"><room name=\"A\"><event id=\"") << "\">" + end
                                      << "the id attribute of <event> holds more than 1048576 characters";
    }
    void fieldTextIsCapped()
    {
        // Refused, not cut: a kept copy never shows a session truncated at an arbitrary point.
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QString, expectedError);
        const QByteArray atCap = before + QByteArray(FeedLimits::maxFieldChars - 1, 'x') + after;
        QVERIFY2(FeedReader::readData(atCap, QStringLiteral("long.xml")).ok, qPrintable(FeedReader::readData(atCap, QStringLiteral("long.xml")).error.toString()));
        const ParseResult result = FeedReader::readData(before + QByteArray(FeedLimits::maxFieldChars + 1, 'x') + after, QStringLiteral("long.xml"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.message.endsWith(expectedError), qPrintable(result.error.toString()));
    }

    void oversizedPiecesAreRefusedBeforeReading_data()
    {
        // QXmlStreamReader holds a piece of text whole, as UTF-16, even in an element it skips.
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("filler");
        QTest::addColumn<QByteArray>("after");
        QTest::addRow("text in an unknown element") << QByteArray("<schedule>\n<x>") << QByteArray("a") << QByteArray("</x></schedule>");
        QTest::addRow("CDATA holding markup") << QByteArray("<schedule>\n<x><![CDATA[") << QByteArray("<p>aaaa</p>") << QByteArray("]]></x></schedule>");
        QTest::addRow("comment holding markup") << QByteArray("<schedule>\n<!--") << QByteArray("<p>aaaa</p>") << QByteArray("--></schedule>");
        QTest::addRow("attribute") << QByteArray("<schedule>\n<x a=\"") << QByteArray("a") << QByteArray("\"/></schedule>");
    }
    void oversizedPiecesAreRefusedBeforeReading()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, filler);
        QFETCH(QByteArray, after);
        const qsizetype copies = FeedLimits::maxXmlPieceBytes / filler.size() + 1;
        const ParseResult result = FeedReader::readData(before + filler.repeated(copies) + after, QStringLiteral("big.xml"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.toString().startsWith(QLatin1String("big.xml:2:")), qPrintable(result.error.toString()));
        QVERIFY2(result.error.message == QLatin1String("more than 16 MB of text in one piece"), qPrintable(result.error.toString()));

        // Just under: read (and skipped) as before.
        const QByteArray under = before + filler.repeated(copies - 1).left(FeedLimits::maxXmlPieceBytes - 20) + after;
        const ParseResult read = FeedReader::readData(under, QStringLiteral("big.xml"));
        QVERIFY2(read.ok, qPrintable(read.error.toString()));
    }

    void sessionCountIsCapped()
    {
        const QByteArray event = "<event><title>T</title><start>10:00</start></event>";
        const auto feed = [&event](qsizetype sessions) {
            return "<schedule><day date=\"2024-01-01\"><room name=\"A\">" + event.repeated(sessions) + "</room></day></schedule>";
        };
        const ParseResult atCap = FeedReader::readData(feed(FeedLimits::maxSessions), QStringLiteral("many.xml"));
        QVERIFY2(atCap.ok, qPrintable(atCap.error.toString()));
        QCOMPARE(atCap.conference.sessions.size(), FeedLimits::maxSessions);
        const ParseResult over = FeedReader::readData(feed(FeedLimits::maxSessions + 1), QStringLiteral("many.xml"));
        QVERIFY(!over.ok);
        QVERIFY2(over.error.message.endsWith(QLatin1String("more than 50000 sessions")), qPrintable(over.error.toString()));
    }

    void dayCountIsCapped()
    {
        const ParseResult over = FeedReader::readData("<schedule>" + QByteArray("<day date=\"2024-01-01\"/>").repeated(FeedLimits::maxDays + 1) + "</schedule>",
                                                      QStringLiteral("days.xml"));
        QVERIFY(!over.ok);
        QVERIFY2(over.error.message.endsWith(QLatin1String("more than 3660 days")), qPrintable(over.error.toString()));
    }

    void capsLeaveRoomForThirtyFosdems()
    {
        // The speed issue's 30x FOSDEM agenda: ~83 MB, ~26,500 sessions.
        QVERIFY(FeedLimits::maxLocalFileBytes > 83LL * 1000 * 1000);
        QVERIFY(FeedLimits::maxSessions > 30 * 883);
    }

    void manyEventsWithOneTitleReadInLinearTime()
    {
        // No ids, one title: every key is derived and numbered (32 s for 20,000 before).
        const QByteArray event = "<event><title>Lightning talk</title><start>10:00</start><duration>00:05</duration></event>";
        const QByteArray data = "<schedule><day date=\"2024-01-01\"><room name=\"A\">" + event.repeated(40000) + "</room></day></schedule>";
        QElapsedTimer timer;
        timer.start();
        const ParseResult result = FeedReader::readData(data, QStringLiteral("same.xml"));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.conference.sessions.size(), 40000);
        QSet<QString> keys;
        for (const Session &session : result.conference.sessions)
            keys.insert(session.key);
        QCOMPARE(keys.size(), 40000);
        QVERIFY(keys.contains(result.conference.sessions.at(0).key.section(QLatin1Char('#'), 0, 0) + QStringLiteral("#40000")));
    }

    void regressionInputsAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expectedError");
        QTest::addRow("deep nesting in a title") << "deep-nesting-in-title.xml" << "elements nest deeper than 64 levels";
        QTest::addRow("deep nesting in a link title") << "deep-nesting-in-link-title.xml" << "elements nest deeper than 64 levels";
    }
    void regressionInputsAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, expectedError);
        const ParseResult result = FeedReader::readFile(QStringLiteral(ATTEND_TEST_DATA "/fuzz-regressions/xml/") + file);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.message.endsWith(expectedError), qPrintable(result.error.toString()));
    }

    void everyTruncationFailsCleanly()
    {
        // Whatever the bytes, an error or a result: never a crash or a hang.
        QFile file(FeedReader::builtInPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        const qsizetype end = data.lastIndexOf("</schedule>");
        QVERIFY(end > 0);
        for (qsizetype cut = 0; cut < end; cut += 37) {
            const ParseResult result = FeedReader::readData(data.left(cut), QStringLiteral("cut.xml"));
            QVERIFY2(!result.ok, qPrintable(QString::number(cut)));
            QVERIFY(!result.error.message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPentabarfXmlParser)
#include "tst_pentabarfxmlparser.moc"
