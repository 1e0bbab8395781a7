#include "feed/feedreader.h"
#include "feed/frabjsonparser.h"
#include "feedtestsupport.h"
#include "domain/feedlimits.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Attend;
using namespace Attend::FeedTest;

namespace {
ParseResult readFeed(const QString &name)
{
    return FeedReader::readFile(feedPath(name));
}

QList<const Session *> allWithTitle(const Conference &conference, const QString &title)
{
    QList<const Session *> found;
    for (const Session &session : conference.sessions) {
        if (session.title == title)
            found.append(&session);
    }
    return found;
}

/** JSON written with ' for " (moc 6.4 misreads raw string literals that hold JSON). */
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

/**
 * One line per session with what a person sees of it, sorted: two feeds hold the same sessions
 * exactly when these lists are equal. "full" adds everything else the readers fill in but links
 * (36C3 JSON writes some links as bare URL strings, its XML as <link> without href).
 */
QStringList fingerprints(const Conference &conference, bool full)
{
    const QChar fieldSeparator(0x1e);
    QStringList lines;
    for (const Session &session : conference.sessions) {
        QStringList fields = {session.start.toUTC().toString(Qt::ISODate), QString::number(session.durationSeconds),
                              session.title, session.room, session.track, session.speakerNames().join(QChar(0x1f))};
        if (full) {
            QStringList speakerIds;
            for (const Speaker &speaker : session.speakers)
                speakerIds.append(speaker.id);
            fields += {session.key, session.feedId, session.guid, session.subtitle, session.type, session.language,
                       session.url, session.abstract, conference.days.value(session.dayIndex).toString(Qt::ISODate),
                       speakerIds.join(QChar(0x1f))};
        }
        lines.append(fields.join(fieldSeparator));
    }
    lines.sort();
    return lines;
}

/** Names the first differing line instead of just "lists differ". */
void compareLines(const QStringList &json, const QStringList &xml)
{
    QCOMPARE(json.size(), xml.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (json.at(i) != xml.at(i)) {
            QString jsonLine = json.at(i);
            QString xmlLine = xml.at(i);
            jsonLine.replace(QChar(0x1e), QLatin1String(" | "));
            xmlLine.replace(QChar(0x1e), QLatin1String(" | "));
            QFAIL(qPrintable(QStringLiteral("JSON: %1\n   XML: %2").arg(jsonLine.left(600), xmlLine.left(600))));
        }
    }
}
} // namespace

class TestFrabJsonParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Expected values computed with Python's json module from the files in tests/data/feeds.
    void realFeeds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("sessions");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("rooms");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<Attend::ZoneSource>("zoneSource");
        QTest::addColumn<QString>("sampleTitle");
        QTest::addColumn<QDateTime>("sampleStart");
        QTest::addColumn<qint64>("sampleDuration");
        QTest::addColumn<QString>("sampleRoom");

        QTest::addRow("36C3 (no zone, H:MM, room keys)") << "36c3-everything-voc-merged.frab.json" << 1351 << 4 << 92 << "UTC+1" << ZoneSource::FromOffsets
                                                         << "Hacker Jeopardy" << utc("2019-12-27T23:50:00Z") << 7200LL << "Ada";
        QTest::addRow("39C3 (mixed id types)") << "39c3-everything-voc-merged.frab.json" << 895 << 4 << 58 << "Europe/Berlin" << ZoneSource::Declared
                                               << "Opening Ceremony" << utc("2025-12-27T09:30:00Z") << 1800LL << "One";
        QTest::addRow("Camp 2019 (frab)") << "camp2019-frab.json" << 79 << 5 << 2 << "Europe/Berlin" << ZoneSource::Declared
                                          << "Opening Ceremony" << utc("2019-08-21T09:00:00Z") << 1800LL << "Curie";
        QTest::addRow("rC3 2020 (pretalx, no zone)") << "rc3-2020-pretalx.frab.json" << 48 << 4 << 5 << "UTC+1" << ZoneSource::FromOffsets
                                                     << "Der faule Admin automatisiert: Gluon auf echter Hardware testen" << utc("2020-12-27T10:30:00Z")
                                                     << 2400LL << "r3s - Monheim/Rhein";
        QTest::addRow("pretalx DemoCon 2022") << "pretalx-democon-2022.frab.json" << 35 << 3 << 2 << "Europe/Berlin" << ZoneSource::Declared
                                              << "Persevering cohesive concept" << utc("2022-09-05T23:50:00Z") << 5400LL << "Dark Red Room";
        // Declares "UTC", but every date is +01:00 and every "start" clock time agrees with +01:00.
        QTest::addRow("pretalx DemoCon c3voc (UTC contradicted)") << "pretalx-democon-c3voc-example.frab.json" << 36 << 3 << 2 << "UTC+1"
                                                                  << ZoneSource::FromOffsets << "Focused 5thgeneration hardware"
                                                                  << utc("2020-12-14T08:00:00Z") << 1800LL << "Gray Room";
        QTest::addRow("c3voc schedule2 (hub)") << "hub-schedule2-example.json" << 2 << 4 << 2 << "Europe/Berlin" << ZoneSource::Declared
                                               << "38C3: Opening Ceremony" << utc("2024-12-27T09:30:00Z") << 1800LL << "Saal 1";
    }

    void realFeeds()
    {
        QFETCH(QString, file);
        QFETCH(int, sessions);
        QFETCH(int, days);
        QFETCH(int, rooms);
        QFETCH(QString, zone);
        QFETCH(Attend::ZoneSource, zoneSource);
        QFETCH(QString, sampleTitle);
        QFETCH(QDateTime, sampleStart);
        QFETCH(qint64, sampleDuration);
        QFETCH(QString, sampleRoom);

        const ParseResult result = readFeed(file); // through FeedReader: JSON is recognised by content
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        const Conference &conference = result.conference;
        QCOMPARE(conference.sessions.size(), sessions);
        QCOMPARE(conference.days.size(), days);
        QCOMPARE(conference.rooms().size(), rooms);
        QCOMPARE(conference.zoneSource, zoneSource);
        if (zoneSource == ZoneSource::FromOffsets)
            QCOMPARE(zoneAbbreviation(conference.timeZone, conference.firstStart()), zone);
        else
            QCOMPARE(QString::fromUtf8(conference.timeZone.id()), zone);
        QVERIFY(!conference.title.isEmpty());

        // Every event is a session with a key of its own, whatever the feed repeats.
        QSet<QString> keys;
        for (const Session &session : conference.sessions) {
            QVERIFY(!session.key.isEmpty());
            QVERIFY(session.start.isValid());
            QCOMPARE(session.start.timeSpec(), Qt::UTC);
            QVERIFY(!session.title.isEmpty());
            QVERIFY(!session.room.isEmpty());
            QVERIFY(!session.abstract.contains(QLatin1String("<p>")));
            QVERIFY(!session.abstract.contains(QLatin1String("&lt;")));
            QVERIFY(session.dayIndex >= 0 && session.dayIndex < conference.days.size());
            for (const SessionLink &link : session.links)
                QVERIFY2(link.url.isValid() && !link.url.isRelative(), qPrintable(link.url.toString()));
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

    void jsonAndXmlGiveTheSameSessions_data()
    {
        QTest::addColumn<QString>("jsonFile");
        QTest::addColumn<QString>("xmlFile");
        QTest::addRow("36C3") << "36c3-everything-voc-merged.frab.json" << "36c3-everything-voc-merged.xml";
        QTest::addRow("39C3") << "39c3-everything-voc-merged.frab.json" << "39c3-everything-voc-merged.xml";
        QTest::addRow("pretalx DemoCon 2022") << "pretalx-democon-2022.frab.json" << "pretalx-democon-2022.xml";
    }

    void jsonAndXmlGiveTheSameSessions()
    {
        QFETCH(QString, jsonFile);
        QFETCH(QString, xmlFile);
        const ParseResult fromJson = readFeed(jsonFile);
        const ParseResult fromXml = readFeed(xmlFile);
        QVERIFY2(fromJson.ok, qPrintable(fromJson.error.toString()));
        QVERIFY2(fromXml.ok, qPrintable(fromXml.error.toString()));
        const Conference &a = fromJson.conference;
        const Conference &b = fromXml.conference;

        QCOMPARE(a.sessions.size(), b.sessions.size());
        // What people see: start, duration, title, room, track, speakers.
        compareLines(fingerprints(a, false), fingerprints(b, false));
        // And everything else but links: stable keys, ids, abstracts, conference days.
        compareLines(fingerprints(a, true), fingerprints(b, true));

        QCOMPARE(a.title, b.title);
        QCOMPARE(a.acronym, b.acronym);
        QCOMPARE(a.url, b.url);
        QCOMPARE(a.days, b.days);
        QCOMPARE(a.zoneSource, b.zoneSource);
        QCOMPARE(a.timeZone, b.timeZone);
        QCOMPARE(a.rooms(), b.rooms());
        QCOMPARE(a.tracks(), b.tracks());
    }

    void idsAsNumbersAndStrings()
    {
        const ParseResult result = readFeed(QStringLiteral("39c3-everything-voc-merged.frab.json"));
        QVERIFY(result.ok);
        const Conference &conference = result.conference;
        const Session *cleanup = findByTitle(conference, QStringLiteral("cleanup"));
        QVERIFY(cleanup);
        QCOMPARE(cleanup->feedId, QStringLiteral("1526599157")); // written as a string
        QCOMPARE(cleanup->start, utc("2025-12-28T00:30:00Z"));
        QCOMPARE(conference.days.at(cleanup->dayIndex), QDate(2025, 12, 27)); // after midnight: day 1
        const Session *opening = findByTitle(conference, QStringLiteral("Opening Ceremony"));
        QVERIFY(opening);
        QCOMPARE(opening->feedId, QStringLiteral("1233")); // written as a number
        QCOMPARE(opening->key, QStringLiteral("g:0c8b0cb4-6cf9-5ff8-928a-0a0f49558c48"));
        const QList<Speaker> expected = {{QStringLiteral("4f09b480-eebf-54b5-b703-781907c5e048"), QStringLiteral("pajowu")},
                                         {QStringLiteral("5fe4f13e-449a-5831-b12d-4e6e22a43e75"), QStringLiteral("Stella")}};
        QCOMPARE(opening->speakers, expected);

        // Repeated ids: every event is kept, 500079 four times and 200487 three times.
        int times500079 = 0;
        int times200487 = 0;
        for (const Session &session : conference.sessions) {
            times500079 += session.feedId == QLatin1String("500079") ? 1 : 0;
            times200487 += session.feedId == QLatin1String("200487") ? 1 : 0;
            QVERIFY(session.subtitle.isEmpty()); // null in every event
        }
        QCOMPARE(times500079, 4);
        QCOMPARE(times200487, 3);
        QCOMPARE(conference.tracks().size(), 9); // track is null in 659 events
    }

    void duplicatesAreKept()
    {
        const ParseResult result = readFeed(QStringLiteral("36c3-everything-voc-merged.frab.json"));
        QVERIFY(result.ok);
        // Same id 367 and guid in the same room, twice: two sessions with two keys.
        const auto workshops = allWithTitle(result.conference, QStringLiteral("Beginners Workshop: How to Hack your Web Application"));
        QCOMPARE(workshops.size(), 2);
        QVERIFY(workshops.at(0)->key != workshops.at(1)->key);
        QCOMPARE(workshops.at(0)->start, utc("2019-12-27T15:10:00Z"));
        QCOMPARE(workshops.at(0)->durationSeconds, 7200LL);
        QCOMPARE(workshops.at(1)->start, utc("2019-12-27T16:15:00Z"));
        QCOMPARE(workshops.at(1)->durationSeconds, 3600LL);

        const auto solder = allWithTitle(result.conference, QStringLiteral("Learn To Solder"));
        QCOMPARE(solder.size(), 4);
        const QList<qint64> durations = {6 * 3600 + 59 * 60, 12 * 3600 + 59 * 60, 12 * 3600 + 59 * 60, 5 * 3600 + 59 * 60};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(solder.at(i)->durationSeconds, durations.at(i));
    }

    void eventRoomWinsOverRoomKey()
    {
        const ParseResult result = readFeed(QStringLiteral("36c3-everything-voc-merged.frab.json"));
        QVERIFY(result.ok);
        const Conference &conference = result.conference;
        // Listed under the key "1Komona headnut", with "room": "headnut".
        const Session *synthesis = findByTitle(conference, QStringLiteral("Für eine neue anarchistische Synthese!"));
        QVERIFY(synthesis);
        QCOMPARE(synthesis->room, QStringLiteral("headnut"));
        QCOMPARE(synthesis->start, utc("2019-12-27T17:30:00Z"));
        QVERIFY(!conference.rooms().contains(QStringLiteral("1Komona headnut")));
        int headnut = 0;
        for (const Session &session : conference.sessions)
            headnut += session.room == QLatin1String("headnut") ? 1 : 0;
        QCOMPARE(headnut, 23);
    }

    void durationsAndPersonShapes()
    {
        const ParseResult result = readFeed(QStringLiteral("36c3-everything-voc-merged.frab.json"));
        QVERIFY(result.ok);
        const Conference &conference = result.conference;

        const Session *borg = findByTitle(conference, QStringLiteral("Borgbackup"));
        QVERIFY(borg);
        QCOMPARE(borg->durationSeconds, 5400LL); // "1:30"
        QCOMPARE(borg->room, QStringLiteral("Lecture room 11"));
        QCOMPARE(borg->speakers, (QList<Speaker>{{QStringLiteral("0"), QStringLiteral("TW")}})); // wiki person, id 0
        // A bare URL string as a link: kept, titled with the URL.
        QCOMPARE(borg->links, (QList<SessionLink>{{QStringLiteral("https://www.borgbackup.org/"), QUrl(QStringLiteral("https://www.borgbackup.org/"))}}));

        const Session *kerbal = findByTitle(conference, QStringLiteral("Build and fly your own rockets in Kerbal Space Program"));
        QVERIFY(kerbal);
        QCOMPARE(kerbal->durationSeconds, 0LL); // "00:00"
        QCOMPARE(kerbal->speakerNames(), (QStringList{QStringLiteral("Kilian Schauer"), QStringLiteral("Luca Horn")}));

        const Session *opening = findByTitle(conference, QStringLiteral("Opening Ceremony"));
        QVERIFY(opening);
        QCOMPARE(opening->speakers, (QList<Speaker>{{QStringLiteral("9891"), QStringLiteral("bleeptrack")}, // frab persons
                                                    {QStringLiteral("6697"), QStringLiteral("blinry")}}));
        const Session *chaosWest = findByTitle(conference, QStringLiteral("Chaos-West Stage: Opening"));
        QVERIFY(chaosWest);
        QCOMPARE(chaosWest->speakers.constFirst(), (Speaker{QStringLiteral("85"), QStringLiteral("Chaos-West")})); // pretalx person

        const Session *jeopardy = findByTitle(conference, QStringLiteral("Hacker Jeopardy"));
        QVERIFY(jeopardy);
        QCOMPARE(conference.days.at(jeopardy->dayIndex), QDate(2019, 12, 27));
    }

    void relativeLinksResolveAgainstTheBase()
    {
        const ParseResult ccc36 = readFeed(QStringLiteral("36c3-everything-voc-merged.frab.json"));
        QVERIFY(ccc36.ok);
        const Session *plundervolt = findByTitle(ccc36.conference, QStringLiteral("Plundervolt: Flipping Bits from Software without Rowhammer"));
        QVERIFY(plundervolt);
        const QList<SessionLink> expected = {
            {QStringLiteral("Website"), QUrl(QStringLiteral("https://plundervolt.com/"))},
            {QStringLiteral("Presentation Slides"), QUrl(QStringLiteral("https://fahrplan.events.ccc.de/attachments/original/missing.png"))},
        };
        QCOMPARE(plundervolt->links, expected);

        const ParseResult ccc39 = readFeed(QStringLiteral("39c3-everything-voc-merged.frab.json"));
        QVERIFY(ccc39.ok);
        const Session *bluetooth = findByTitle(ccc39.conference, QStringLiteral("Liberating Bluetooth on the ESP32"));
        QVERIFY(bluetooth);
        QCOMPARE(bluetooth->links.size(), 1);
        QCOMPARE(bluetooth->links.constFirst().title, QStringLiteral("Slides"));
        QCOMPARE(bluetooth->links.constFirst().url,
                 QUrl(QStringLiteral("https://events.ccc.de/media/39c3/submissions/ZADHHE/resources/2025_39C3_LiberatingBluetooth_MFFpRgs.pdf")));
    }

    void nullsAndMissingFields()
    {
        // Everything optional is null or missing; relative links have no base and are dropped.
        const QByteArray data = json("{'schedule': {'version': null, 'conference': {'title': 'Nulls', 'acronym': null, "
            "'time_zone_name': null, 'url': null, 'days': [ "
            "{'index': 1, 'date': '2024-05-01', 'day_start': '2024-05-01T09:00:00+02:00', 'day_end': '2024-05-02T03:00:00+02:00', "
            "'rooms': {'Hall A': [ "
            "{'id': null, 'guid': null, 'date': '2024-05-01T10:00:00+02:00', 'start': '10:00', 'duration': null, "
            "'room': null, 'title': 'Everything null', 'subtitle': null, 'track': null, 'type': null, 'language': null, "
            "'abstract': null, 'description': null, 'logo': null, 'url': null, 'persons': null, 'links': null, 'attachments': null}, "
            "{'id': 7, 'date': '2024-05-01T11:00:00+02:00', 'duration': '0:45', 'title': 'Relative links', "
            "'persons': [{'id': 1, 'public_name': null, 'name': 'Ada'}, {'code': 'XY7', 'public_name': '  Grace   Hopper '}, {'id': 3}, 'Plain Name'], "
            "'links': [{'url': '/talk/7', 'title': 'Page'}, {'url': 'https://example.org/a', 'title': null}, '', null, 5], "
            "'attachments': [{'url': 'slides.pdf', 'title': 'Slides'}]}, "
            "{'id': '8', 'start': '01:30', 'duration': '01:00', 'title': 'After midnight, no date'} "
            "], 'Empty room': [], 'Broken room': 5}} "
            "]}}}");
        const ParseResult result = FrabJsonParser::parse(data, QStringLiteral("nulls.json"));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        const Conference &conference = result.conference;
        QCOMPARE(conference.sessions.size(), 3);
        QCOMPARE(conference.zoneSource, ZoneSource::FromOffsets);
        QCOMPARE(conference.timeZone.offsetFromUtc(QDateTime::currentDateTimeUtc()), 7200);
        QVERIFY(!conference.url.isValid());

        const Session *nulls = findByTitle(conference, QStringLiteral("Everything null"));
        QVERIFY(nulls);
        QCOMPARE(nulls->room, QStringLiteral("Hall A")); // from the key when the event has none
        QVERIFY(nulls->feedId.isEmpty() && nulls->guid.isEmpty() && nulls->track.isEmpty() && nulls->abstract.isEmpty());
        QVERIFY(nulls->speakers.isEmpty() && nulls->links.isEmpty());
        QCOMPARE(nulls->durationSeconds, 0LL);
        QCOMPARE(nulls->start, utc("2024-05-01T08:00:00Z"));

        const Session *relative = findByTitle(conference, QStringLiteral("Relative links"));
        QVERIFY(relative);
        QCOMPARE(relative->durationSeconds, 2700LL);
        QCOMPARE(relative->speakers, (QList<Speaker>{{QStringLiteral("1"), QStringLiteral("Ada")},
                                                     {QStringLiteral("XY7"), QStringLiteral("Grace Hopper")},
                                                     {QString(), QStringLiteral("Plain Name")}}));
        QCOMPARE(relative->links, (QList<SessionLink>{{QStringLiteral("https://example.org/a"), QUrl(QStringLiteral("https://example.org/a"))}}));

        // No date: the clock time before day_start belongs to the night after the day's date.
        const Session *late = findByTitle(conference, QStringLiteral("After midnight, no date"));
        QVERIFY(late);
        QCOMPARE(late->start, utc("2024-05-01T23:30:00Z"));
        QCOMPARE(late->dayIndex, 0);
    }

    void declaredZoneKeptWhenClockTimesFollowIt()
    {
        // DebConf's pattern: dates written in UTC, "start" in the declared zone: the zone stands.
        const QByteArray data = json("{'schedule': {'conference': {'title': 'Wafer', 'time_zone_name': 'Asia/Kolkata', 'days': [ "
            "{'date': '2023-09-10', 'rooms': {'Anamudi': [ "
            "{'id': 35, 'date': '2023-09-10T05:00:00+00:00', 'start': '10:30', 'duration': '00:20', 'title': 'Opening'}]}}]}}}");
        const ParseResult result = FrabJsonParser::parse(data, QStringLiteral("wafer.json"));
        QVERIFY(result.ok);
        QCOMPARE(result.conference.zoneSource, ZoneSource::Declared);
        QCOMPARE(result.conference.timeZone.id(), QByteArray("Asia/Kolkata"));
        QCOMPARE(result.conference.sessions.constFirst().start, utc("2023-09-10T05:00:00Z"));
    }

    void contradictedZoneUsesTheOffsets()
    {
        const ParseResult result = readFeed(QStringLiteral("pretalx-democon-c3voc-example.frab.json"));
        QVERIFY(result.ok);
        const Conference &conference = result.conference;
        QCOMPARE(conference.zoneSource, ZoneSource::FromOffsets);
        QCOMPARE(conference.timeZone.offsetFromUtc(conference.firstStart()), 3600);
        // The feed's own clock time ("start": "09:00") is the conference clock time.
        QCOMPARE(conference.sessions.constFirst().start.toTimeZone(conference.timeZone).time(), QTime(9, 0));
        QCOMPARE(conference.days.constFirst(), QDate(2020, 12, 14));
    }

    void schedule2()
    {
        const ParseResult result = readFeed(QStringLiteral("hub-schedule2-example.json"));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        const Conference &conference = result.conference;
        QCOMPARE(conference.title, QStringLiteral("38C3"));
        QCOMPARE(conference.url, QUrl(QStringLiteral("https://events.ccc.de/congress/2024/")));
        QCOMPARE(conference.days, (QList<QDate>{QDate(2024, 12, 27), QDate(2024, 12, 28), QDate(2024, 12, 29), QDate(2024, 12, 30)}));

        const Session &opening = conference.sessions.at(0);
        QCOMPARE(opening.title, QStringLiteral("38C3: Opening Ceremony"));
        QCOMPARE(opening.key, QStringLiteral("g:270fa44c-821a-577f-8ca3-33e8d4a8c2a7"));
        QCOMPARE(opening.track, QStringLiteral("CCC")); // {"slug": "ccc"} looked up in conference.tracks
        QCOMPARE(opening.type, QStringLiteral("Other"));
        QCOMPARE(opening.speakerNames(), (QStringList{QStringLiteral("Gabriela Bogk"), QStringLiteral("Aline Blankertz"), QStringLiteral("Senficon")}));
        QCOMPARE(opening.speakers.constFirst().id, QStringLiteral("0c16ffaa-709d-599f-959f-9a38b911361a"));
        // ORIGIN and FEEDBACK links are the feed's bookkeeping, not the talk's material.
        const QList<SessionLink> links = {{QStringLiteral("foo bar"), QUrl(QStringLiteral("https://example.net/"))},
                                          {QStringLiteral("https://example.net/foo/bar/1235.pdf"), QUrl(QStringLiteral("https://example.net/foo/bar/1235.pdf"))}};
        QCOMPARE(opening.links, links);
        QVERIFY(opening.abstract.startsWith(QLatin1String("Glad you could make it!")));
        QCOMPARE(opening.dayIndex, 0);

        const Session &ai = conference.sessions.at(1);
        QCOMPARE(ai.title, QStringLiteral("A Competitive Time-Trial AI for Need for Speed:"));
        QCOMPARE(ai.subtitle, QStringLiteral("Most Wanted Using Deep Reinforcement Learning"));
        QCOMPARE(ai.start, utc("2024-12-27T23:15:00Z"));
        QCOMPARE(ai.durationSeconds, 2400LL);
        QCOMPARE(ai.room, QStringLiteral("Saal ZIGZAG"));
        QCOMPARE(ai.track, QStringLiteral("Hardware & Making"));
        QCOMPARE(ai.type, QStringLiteral("Talk"));
        QCOMPARE(ai.dayIndex, 0); // 00:15 on the 28th is still the first day (it ends at 06:00)
        QVERIFY(ai.links.isEmpty());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expectedError");
        QTest::addRow("empty") << QByteArray() << "^bad.json: empty file";
        QTest::addRow("spaces") << QByteArray(" \n\t ") << "^bad.json: empty file";
        QTest::addRow("unterminated string") << json("{'schedule': {'conference': {'title': 'Oops}}}")
                                             << "^bad.json: at byte \\d+: unterminated string$";
        QTest::addRow("missing comma") << json("{'schedule': {'a': 1 'b': 2}}") << "^bad.json: at byte \\d+: ";
        QTest::addRow("trailing garbage") << json("{'schedule': {}} x") << "^bad.json: at byte \\d+: ";
        QTest::addRow("no conference") << json("{'schedule': {'version': '1'}}") << "^bad.json: not a frab schedule \\(no schedule.conference\\)$";
        QTest::addRow("schedule not an object") << json("{'schedule': [1, 2]}") << "not a frab schedule";
        QTest::addRow("conference not an object") << json("{'schedule': {'conference': 'x'}}") << "not a frab schedule";
        QTest::addRow("array") << json("[{'schedule': 1}]") << "not a frab schedule";
        QTest::addRow("other json") << json("{'hello': 1}") << "not a frab schedule";
        QTest::addRow("deep nesting") << (json("{'schedule':") + QByteArray(100000, '[')) << "^bad.json: at byte \\d+: ";
    }
    void badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expectedError);
        // Straight to the JSON reader: FeedReader sends it only what looks like a schedule.
        const ParseResult result = FrabJsonParser::parse(data, QStringLiteral("bad.json"));
        QVERIFY(!result.ok);
        QCOMPARE(result.error.line, 0LL);
        const QString message = result.error.toString();
        QVERIFY2(message.contains(QRegularExpression(expectedError)), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
    }

    void deepNestingIsRefusedByOwnLimit_data()
    {
        QTest::addColumn<int>("levels");
        QTest::addRow("65") << 65;
        QTest::addRow("10,000") << 10000;
        QTest::addRow("100,000") << 100000;
        QTest::addRow("1,000,000") << 1000000;
    }
    void deepNestingIsRefusedByOwnLimit()
    {
        QFETCH(int, levels);
        // The document is level 1, the arrays in "schedule" levels 2 and on.
        const QByteArray data = json("{'schedule':") + QByteArray(levels - 1, '[') + QByteArray(levels - 1, ']') + "}";
        QElapsedTimer timer;
        timer.start();
        const ParseResult result = FrabJsonParser::parse(data, QStringLiteral("deep.json"));
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(!result.ok);
        // Level 65 opens at byte 12 + 63.
        QCOMPARE(result.error.toString(), QStringLiteral("deep.json: at byte 75: arrays and objects nest deeper than 64 levels"));
    }

    void nestingUpToTheLimitReads()
    {
        // Levels 1-3: the document, schedule, conference; "extra" adds 61 more.
        const auto feed = [](int extra) {
            return json("{'schedule': {'conference': {'title': 'Deep', 'days': [], 'extra': ") + QByteArray(extra, '[') + QByteArray(extra, ']') + "}}}";
        };
        const ParseResult atLimit = FrabJsonParser::parse(feed(61), QStringLiteral("deep.json"));
        QVERIFY2(atLimit.ok, qPrintable(atLimit.error.toString()));
        QCOMPARE(atLimit.conference.title, QStringLiteral("Deep"));
        QVERIFY(!FrabJsonParser::parse(feed(62), QStringLiteral("deep.json")).ok);
    }

    void longStringsAreRefused()
    {
        const auto feed = [](qsizetype length) {
            return json("{'schedule': {'conference': {'title': '") + QByteArray(length, 'x') + json("', 'days': []}}}");
        };
        QVERIFY(FrabJsonParser::parse(feed(FeedLimits::maxFieldChars), QStringLiteral("long.json")).ok);
        const ParseResult over = FrabJsonParser::parse(feed(FeedLimits::maxFieldChars + 1), QStringLiteral("long.json"));
        QVERIFY(!over.ok);
        QCOMPARE(over.error.toString(), QStringLiteral("long.json: at byte 38: a string longer than 1048576 bytes"));
    }

    void sessionAndDayCountsAreCapped()
    {
        const auto frab = [](qsizetype days, qsizetype eventsPerDay) {
            const QByteArray day = json("{'date': '2024-01-01', 'rooms': {'A': [") + json("{'title': 'T', 'start': '10:00'},").repeated(eventsPerDay)
                + json("{'title': 'Last'}]}},");
            QByteArray all = day.repeated(days);
            all.chop(1);
            return json("{'schedule': {'conference': {'title': 'Many', 'days': [") + all + "]}}}";
        };
        const ParseResult atCap = FrabJsonParser::parse(frab(2, FeedLimits::maxSessions / 2 - 1), QStringLiteral("many.json"));
        QVERIFY2(atCap.ok, qPrintable(atCap.error.toString()));
        QCOMPARE(atCap.conference.sessions.size(), FeedLimits::maxSessions);
        const ParseResult tooManySessions = FrabJsonParser::parse(frab(2, FeedLimits::maxSessions / 2), QStringLiteral("many.json"));
        QCOMPARE(tooManySessions.error.toString(), QStringLiteral("many.json: more than 50000 sessions"));
        const ParseResult tooManyDays = FrabJsonParser::parse(frab(FeedLimits::maxDays + 1, 0), QStringLiteral("days.json"));
        QCOMPARE(tooManyDays.error.toString(), QStringLiteral("days.json: more than 3660 days"));
    }

    void schedule2DaysAreFoundWithoutTryingEveryDay()
    {
        // Every event is looked up among the days: days x events took 52 s for 100,000 events.
        const QDate first(2015, 1, 1);
        const int dayCount = int(FeedLimits::maxDays);
        QByteArray days;
        for (int d = 0; d < dayCount; ++d) {
            const QByteArray date = first.addDays(d).toString(Qt::ISODate).toLatin1();
            const QByteArray next = first.addDays(d + 1).toString(Qt::ISODate).toLatin1();
            days += json("{'date': '") + date + json("', 'start': '") + date + json("T00:00:00+00:00', 'end': '") + next + json("T00:00:00+00:00'},");
        }
        days.chop(1);
        QByteArray events;
        constexpr int eventCount = 40000;
        for (int e = 0; e < eventCount; ++e) {
            const int d = dayCount - 1 - (e % 97); // late days: the plain loop tried nearly every day
            events += json("{'id': ") + QByteArray::number(e) + json(", 'title': 'E") + QByteArray::number(e) + json("', 'start': '")
                + first.addDays(d).toString(Qt::ISODate).toLatin1() + json("T12:00:00+00:00', 'room': {'name': 'A'}},");
        }
        events.chop(1);
        const QByteArray data = json("{'schedule': {'conference': {'title': 'Long', 'days': [") + days + json("]}, 'events': [") + events + "]}}";

        QElapsedTimer timer;
        timer.start();
        const ParseResult result = FrabJsonParser::parse(data, QStringLiteral("long.json"));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.conference.sessions.size(), eventCount);
        QCOMPARE(result.conference.days.size(), dayCount);
        for (const Session &session : result.conference.sessions) {
            const int e = session.title.mid(1).toInt();
            QCOMPARE(session.dayIndex, dayCount - 1 - (e % 97));
        }
    }

    void schedule2OverlappingDaysTakeTheFirstInFeedOrder()
    {
        const ParseResult result = FeedReader::readFile(QStringLiteral(ATTEND_TEST_DATA "/fuzz-regressions/json/schedule2-overlapping-days.json"));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        const Conference &conference = result.conference;
        const auto dayOf = [&conference](const char *title) {
            const Session *session = findByTitle(conference, QString::fromLatin1(title));
            return session ? session->dayIndex : -1;
        };
        QCOMPARE(dayOf("in day 1 and day 2"), 1);
        QCOMPARE(dayOf("in day 2 only"), 2);
        QCOMPARE(dayOf("at the end of day 0"), 3); // an end is not inside its day
        QCOMPARE(dayOf("in the open-ended day 3"), 3);
        QCOMPARE(dayOf("before every day"), 0); // no day holds it: left at the first
        QCOMPARE(dayOf("no offset, date of days 1 and 2"), 1);
    }

    void regressionInputsAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expectedError");
        QTest::addRow("deep nesting") << "deep-nesting.json" << "arrays and objects nest deeper than 64 levels";
        QTest::addRow("deep nesting in a string-heavy event") << "deep-nesting-after-strings.json" << "arrays and objects nest deeper than 64 levels";
    }
    void regressionInputsAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, expectedError);
        const ParseResult result = FeedReader::readFile(QStringLiteral(ATTEND_TEST_DATA "/fuzz-regressions/json/") + file);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.message.endsWith(expectedError), qPrintable(result.error.toString()));
    }

    // Events are parsed one at a time from their own bytes (JsonSkeleton): the same sessions and
    // the same errors as parsing the whole document at once.
    void brokenEventsGiveTheWholeDocumentsError()
    {
        const QByteArray data = feedBytes(QStringLiteral("pretalx-democon-2022.frab.json"));
        const qsizetype eventsFrom = data.indexOf("\"rooms\"");
        QVERIFY(eventsFrom > 0);
        int checked = 0;
        for (qsizetype at = data.indexOf(':', eventsFrom); at > 0; at = data.indexOf(':', at + 1 + 97 * checked)) {
            QByteArray damaged = data;
            damaged[at] = ' ';
            QJsonParseError whole;
            QJsonDocument::fromJson(damaged, &whole);
            QVERIFY(whole.error != QJsonParseError::NoError);
            const ParseResult result = FrabJsonParser::parse(damaged, QStringLiteral("damaged.json"));
            QVERIFY(!result.ok);
            QCOMPARE(result.error.message, QStringLiteral("at byte %1: %2").arg(whole.offset).arg(whole.errorString()));
            ++checked;
        }
        QVERIFY(checked >= 20);
    }

    void brokenEventsNeverReadAreStillRefused()
    {
        // A schedule2 document reads "events"; broken bytes among days' rooms still make it invalid JSON.
        const QByteArray data = json("{'schedule': {'events': [], 'conference': {'title': 'X', 'days': [{'date': '2024-01-01', 'rooms': {'A': [{'title' 'T'}]}}]}}}");
        QJsonParseError whole;
        QJsonDocument::fromJson(data, &whole);
        const ParseResult result = FrabJsonParser::parse(data, QStringLiteral("broken.json"));
        QVERIFY(!result.ok);
        QCOMPARE(result.error.message, QStringLiteral("at byte %1: %2").arg(whole.offset).arg(whole.errorString()));
    }

    void eventsFoundByDecodedNames()
    {
        // "r\u006foms" is "rooms": its event is cut out like the first day's, so the look-alike in
        // it is read as what it is, not as the placeholder of the first day's event.
        const QByteArray data = json("{'sch\\u0065dule': {'conference': {'title': 'E', 'days': [{'date': '2024-01-01', 'rooms': {'A': [{'title': 'One'}]}},"
                                     " {'date': '2024-01-02', 'r\\u006foms': {'A': [{'\\u0000': 0}]}}]}}}");
        const ParseResult result = FrabJsonParser::parse(data, QStringLiteral("escaped.json"));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QStringList titles;
        for (const Session &session : result.conference.sessions)
            titles.append(session.title);
        titles.sort();
        QCOMPARE(titles, (QStringList{QString(), QStringLiteral("One")}));
    }

    void repeatedMembersAndLookAlikes()
    {
        // The last of two "schedule" members counts, as in QJsonObject; an event that looks like a
        // placeholder is an event like any other.
        const QByteArray data = json("{'schedule': {'conference': {'title': 'First', 'days': [{'date': '2024-01-01', 'rooms': {'A': [{'title': 'One'}]}}]}},"
                                     " 'schedule': {'conference': {'title': 'Second', 'days': [{'date': '2024-01-01', 'rooms': {'A': [{'\\u0000': 0}, {'title': 'Two'}]}}]}}}");
        const ParseResult result = FrabJsonParser::parse(data, QStringLiteral("twice.json"));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.conference.title, QStringLiteral("Second"));
        QStringList titles;
        for (const Session &session : result.conference.sessions)
            titles.append(session.title);
        titles.sort();
        QCOMPARE(titles, (QStringList{QString(), QStringLiteral("Two")}));
    }

    void byteOrderMarkIsSkipped()
    {
        const QByteArray data = "\xEF\xBB\xBF" + json("{'schedule': {'conference': {'title': 'BOM', 'days': []}}}");
        const ParseResult result = FeedReader::readData(data, QStringLiteral("bom.json"));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.conference.title, QStringLiteral("BOM"));
        QCOMPARE(result.conference.zoneSource, ZoneSource::AssumedUtc);
    }

    void everyTruncationFailsCleanly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("step");
        QTest::addRow("DemoCon 2022, every 11 bytes") << "pretalx-democon-2022.frab.json" << 11;
        QTest::addRow("36C3, 60 cuts") << "36c3-everything-voc-merged.frab.json" << 48407;
        QTest::addRow("schedule2") << "hub-schedule2-example.json" << 7;
    }
    void everyTruncationFailsCleanly()
    {
        QFETCH(QString, file);
        QFETCH(int, step);
        const QByteArray data = feedBytes(file);
        const qsizetype end = data.lastIndexOf('}');
        QVERIFY(end > 0);
        int cuts = 0;
        for (qsizetype cut = 0; cut < end; cut += step) {
            const ParseResult result = FrabJsonParser::parse(data.left(cut), QStringLiteral("cut.json"));
            QVERIFY2(!result.ok, qPrintable(QString::number(cut)));
            QVERIFY(!result.error.message.isEmpty());
            ++cuts;
        }
        QVERIFY(cuts >= 7);
        QVERIFY(FrabJsonParser::parse(data, QStringLiteral("whole.json")).ok);
    }

    void damagedBytesNeverCrash()
    {
        // Valid JSON with wrong types, or invalid JSON: either way an answer, never a crash.
        const QByteArray data = feedBytes(QStringLiteral("pretalx-democon-2022.frab.json"));
        const char replacements[] = {'"', '{', '[', ']', '}', ',', ':', '0', 'n', '\\', '\0'};
        int parsed = 0;
        for (qsizetype at = 0; at < data.size(); at += 31) { // about 1300 variants
            QByteArray damaged = data;
            damaged[at] = replacements[at % sizeof(replacements)];
            const ParseResult result = FrabJsonParser::parse(damaged, QStringLiteral("damaged.json"));
            parsed += result.ok ? 1 : 0;
            QVERIFY(result.ok || !result.error.message.isEmpty());
        }
        QVERIFY(parsed > 0);
    }
};

QTEST_GUILESS_MAIN(TestFrabJsonParser)
#include "tst_frabjsonparser.moc"
