#include "feed/feedreader.h"
#include "feed/icalendarparser.h"
#include "feedtestsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Attend;
using namespace Attend::FeedTest;

// Expected values come from the feed text, worked out with python3-icalendar and zoneinfo (TZID
// read by hand as an IANA zone), never from this parser's output. The test runs in
// America/Sao_Paulo so that a time read as the machine's local time shows up as wrong.

namespace {
/** The session with that UID (when given) and title (when given); the first in agenda order. */
const Session *find(const Conference &conference, const QString &guid, const QString &title)
{
    for (const Session &session : conference.sessions) {
        if ((guid.isEmpty() || session.guid == guid) && (title.isEmpty() || session.title == title))
            return &session;
    }
    return nullptr;
}

/** A small calendar around the given VEVENT bodies and calendar properties, CRLF as RFC 5545 wants. */
QByteArray calendar(const QByteArray &calendarProperties, const QList<QByteArray> &events)
{
    QByteArray text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Attend//test//EN\r\n" + calendarProperties;
    int n = 0;
    for (const QByteArray &event : events) {
        text += "BEGIN:VEVENT\r\nUID:test-" + QByteArray::number(++n) + "\r\nDTSTAMP:20240101T000000Z\r\n" + event
            + "END:VEVENT\r\n";
    }
    return text + "END:VCALENDAR\r\n";
}

/** A small hostile input kept in tests/data/fuzz-regressions/ical. */
QByteArray regression(const char *name)
{
    QFile file(QStringLiteral(ATTEND_TEST_DATA "/fuzz-regressions/ical/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/**
 * A calendar with one own VTIMEZONE ("Custom", +02:00 from its rules on) of `parts` DAYLIGHT parts
 * with that rule, and one event on 2024-07-01 09:00 in it.
 */
QByteArray calendarWithZone(int parts, const QByteArray &rule, const QByteArray &dtstart)
{
    QByteArray zone = "BEGIN:VTIMEZONE\r\nTZID:Custom\r\n";
    for (int part = 0; part < parts; ++part) {
        zone += "BEGIN:DAYLIGHT\r\nDTSTART:" + dtstart + "\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0200\r\nRRULE:" + rule
            + "\r\nEND:DAYLIGHT\r\n";
    }
    zone += "END:VTIMEZONE\r\n";
    return calendar(zone, {"DTSTART;TZID=Custom:20240701T090000\r\nSUMMARY:A\r\n"});
}

ParseResult parse(const QByteArray &data)
{
    return ICalendarParser::parse(data, QStringLiteral("test.ics"));
}
} // namespace

class TestICalendarParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realFeeds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("sessions");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<Attend::ZoneSource>("zoneSource");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("guid1");
        QTest::addColumn<QString>("title1");
        QTest::addColumn<QDateTime>("start1");
        QTest::addColumn<qint64>("duration1");
        QTest::addColumn<QString>("guid2");
        QTest::addColumn<QString>("title2");
        QTest::addColumn<QDateTime>("start2");
        QTest::addColumn<qint64>("duration2");

        // TZID=Australia/Brisbane without a VTIMEZONE; 09:00 on the 15th is the 14th in UTC.
        QTest::addRow("linux.conf.au 2020") << "linux-conf-au-2020.ics" << 262 << "Australia/Brisbane" << ZoneSource::Declared
                                            << "linux.conf.au 2020" << 6
                                            << "94@lca2020.linux.org.au" << "Wednesday Welcome" << utc("2020-01-14T23:00:00Z") << 600LL
                                            << "58@lca2020.linux.org.au" << "Large Pages in Linux" << utc("2020-01-16T06:40:00Z") << 2700LL;
        // TZID=Europe/Paris without a VTIMEZONE, in summer time (+02:00).
        QTest::addRow("JRES 2022") << "jres-2022.ics" << 120 << "Europe/Paris" << ZoneSource::Declared << "JRES 2021/22" << 4
                                   << "presentation_94@conf-ng.jres.org" << "Accueil congressistes" << utc("2022-05-17T09:00:00Z") << 5400LL
                                   << "presentation_129@conf-ng.jres.org"
                                   << QStringLiteral(u"182 - Numérique : Enjeux géopolitiques, externalités environnementales et chaînes de dépendance")
                                   << utc("2022-05-17T12:00:00Z") << 7200LL;
        QTest::addRow("Kielux 2020") << "kielux-2020.ics" << 24 << "UTC" << ZoneSource::AssumedUtc
                                     << "18. Kieler Open Source und Linux Tage" << 2
                                     << "460@KOLT20" << "OpenCelium - Der generische OpenSoure API-Hub" << utc("2020-09-18T11:00:00Z") << 3600LL
                                     << "470@KOLT20" << "Einstieg in Qt/C++ 2020" << utc("2020-09-18T11:00:00Z") << 7200LL;
        // Only "VTIMEZONE: Europe/Rome", an invalid line, names the zone; the times are all Z.
        QTest::addRow("MOCA 2024") << "moca-2024-handmade.ics" << 88 << "Europe/Rome" << ZoneSource::Declared << "moca-2024-handmade" << 3
                                   << "46939" << "Closing ceremony" << utc("2024-09-15T13:00:00Z") << 3600LL
                                   << "46939" << "Digital Forensics ed investigazioni digitali" << utc("2024-09-15T11:00:00Z") << 1800LL;
        // DURATION instead of DTEND (PT2H30M); SUMMARY "Title - Speaker" loses the speaker.
        QTest::addRow("PyCon India 2021") << "pycon-india-2021-icspy.ics" << 60 << "UTC" << ZoneSource::AssumedUtc << "pycon-india-2021-icspy" << 3
                                          << "d3b195e8-7b55-4e61-a974-85f34ef9ab93@d3b1.org"
                                          << "Building Powerful Interactive AI/ML web apps using Streamlit" << utc("2021-09-17T06:30:00Z") << 9000LL
                                          << "878d9ade-dfdb-464a-89c5-cd015a23d08b@878d.org" << "Day 1 Opening Address"
                                          << utc("2021-09-18T06:30:00Z") << 1800LL;
        // TZID=Europe/Berlin with a VTIMEZONE; 01:50 local is before midnight UTC; HEMUKA is ICS-only.
        QTest::addRow("pretalx DemoCon") << "pretalx-democon-2022.ics" << 36 << "Europe/Berlin" << ZoneSource::Declared << "pretalx-democon-2022" << 4
                                         << "pretalx-democon-XFUR3C@localhost" << "Persevering cohesive concept" << utc("2022-09-05T23:50:00Z") << 5400LL
                                         << "pretalx-democon-HEMUKA@localhost" << "Enhanced stable model" << utc("2022-09-24T07:00:00Z") << 1800LL;
    }

    void realFeeds()
    {
        QFETCH(QString, file);
        QFETCH(int, sessions);
        QFETCH(QString, zone);
        QFETCH(Attend::ZoneSource, zoneSource);
        QFETCH(QString, title);
        QFETCH(int, days);

        const ParseResult result = FeedReader::readFile(feedPath(file));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        const Conference &conference = result.conference;
        QCOMPARE(conference.sessions.size(), sessions);
        QCOMPARE(QString::fromUtf8(conference.timeZone.id()), zone);
        QCOMPARE(conference.zoneSource, zoneSource);
        QCOMPARE(conference.title, title);
        QCOMPARE(conference.days.size(), days);
        QVERIFY(std::is_sorted(conference.days.cbegin(), conference.days.cend()));

        QSet<QString> keys;
        for (const Session &session : conference.sessions) {
            QVERIFY(!session.key.isEmpty());
            QVERIFY(session.start.isValid());
            QCOMPARE(session.start.timeSpec(), Qt::UTC);
            QVERIFY(session.durationSeconds >= 0);
            QVERIFY(session.feedId.isEmpty());
            QVERIFY(!session.guid.isEmpty());
            QVERIFY2(!session.title.isEmpty(), qPrintable(session.guid));
            QVERIFY(!session.abstract.contains(QLatin1String("<p>")));
            QVERIFY(!session.abstract.contains(QLatin1Char('\r')));
            QVERIFY(!session.room.startsWith(QLatin1Char(' ')));
            QVERIFY(session.dayIndex >= 0 && session.dayIndex < conference.days.size());
            QCOMPARE(conference.days.at(session.dayIndex), session.start.toTimeZone(conference.timeZone).date());
            keys.insert(session.key);
        }
        QCOMPARE(keys.size(), sessions); // repeated UIDs still give distinct keys

        QFETCH(QString, guid1);
        QFETCH(QString, title1);
        QFETCH(QDateTime, start1);
        QFETCH(qint64, duration1);
        QFETCH(QString, guid2);
        QFETCH(QString, title2);
        QFETCH(QDateTime, start2);
        QFETCH(qint64, duration2);
        const Session *first = find(conference, guid1, title1);
        QVERIFY2(first, qPrintable(guid1 + QLatin1Char(' ') + title1));
        QCOMPARE(first->start, start1);
        QCOMPARE(first->durationSeconds, duration1);
        const Session *second = find(conference, guid2, title2);
        QVERIFY2(second, qPrintable(guid2 + QLatin1Char(' ') + title2));
        QCOMPARE(second->start, start2);
        QCOMPARE(second->durationSeconds, duration2);

        for (qsizetype i = 1; i < conference.sessions.size(); ++i)
            QVERIFY(conference.sessions.at(i - 1).start <= conference.sessions.at(i).start);
    }

    void lcaHtmlAndBrisbaneDays()
    {
        const ParseResult result = FeedReader::readFile(feedPath(QStringLiteral("linux-conf-au-2020.ics")));
        QVERIFY(result.ok);
        const Conference &conference = result.conference;
        const QList<QDate> expectedDays = {QDate(2020, 1, 12), QDate(2020, 1, 13), QDate(2020, 1, 14),
                                           QDate(2020, 1, 15), QDate(2020, 1, 16), QDate(2020, 1, 17)};
        QCOMPARE(conference.days, expectedDays);
        const Session *welcome = find(conference, QStringLiteral("94@lca2020.linux.org.au"), {});
        QVERIFY(welcome);
        QCOMPARE(conference.days.at(welcome->dayIndex), QDate(2020, 1, 15)); // Brisbane's date, not UTC's
        QCOMPARE(welcome->room, QStringLiteral("Arena"));
        QCOMPARE(welcome->speakerNames(), QStringList{QStringLiteral("Joel Addison")});
        QCOMPARE(welcome->url, QStringLiteral("http://lca2020.linux.org.au/schedule/presentation/221/"));

        const Session *breakfast = find(conference, QStringLiteral("201@lca2020.linux.org.au"), {});
        QVERIFY(breakfast);
        QVERIFY2(breakfast->abstract.startsWith(QLatin1String("Women of Open Technology Breakfast, Presented by ThoughtWorks")),
                 qPrintable(breakfast->abstract));
        QVERIFY(!breakfast->abstract.contains(QLatin1String("href")));
        QVERIFY(!breakfast->abstract.contains(QLatin1String("</")));

        int withoutRoom = 0;
        for (const Session &session : conference.sessions)
            withoutRoom += session.room.isEmpty() ? 1 : 0;
        QCOMPARE(withoutRoom, 17);
    }

    void jresEncodingsAndStrayCarriageReturns()
    {
        const ParseResult result = FeedReader::readFile(feedPath(QStringLiteral("jres-2022.ics")));
        QVERIFY(result.ok);
        const Session *talk = find(result.conference, QStringLiteral("presentation_129@conf-ng.jres.org"), {});
        QVERIFY(talk);
        QCOMPARE(talk->room, QStringLiteral(u"Amphithéâtre 1600"));
        // "histoire… \r\r\n \n" in the file: folded, with a CR of its own before the line end.
        QVERIFY2(talk->abstract.contains(QStringLiteral(u"leur histoire…\nEt, aujourd'hui")), qPrintable(talk->abstract));
        QVERIFY(talk->abstract.endsWith(QStringLiteral(u"d’un numérique plus responsable.")));
        int withoutAbstract = 0;
        for (const Session &session : result.conference.sessions)
            withoutAbstract += session.abstract.isEmpty() ? 1 : 0;
        QCOMPARE(withoutAbstract, 23);
    }

    void kieluxAttendeesAreSpeakers()
    {
        const ParseResult result = FeedReader::readFile(feedPath(QStringLiteral("kielux-2020.ics")));
        QVERIFY(result.ok);
        const Session *openCelium = find(result.conference, QStringLiteral("460@KOLT20"), {});
        QVERIFY(openCelium);
        QCOMPARE(openCelium->speakerNames(), QStringList{QStringLiteral("Jakob Semere")});
        QCOMPARE(openCelium->url, QStringLiteral("https://kielux.de/programm/KOLT20#460"));
        QCOMPARE(openCelium->room, QStringLiteral("Ravensberg"));
        const Session *xen = find(result.conference, QStringLiteral("467@KOLT20"), {});
        QVERIFY(xen);
        QCOMPARE(xen->speakerNames(), QStringList{QStringLiteral(u"Jürgen Groß")});
        // Line breaks in an iCalendar text are real ones, even around inline HTML.
        QVERIFY2(xen->abstract.startsWith(QStringLiteral(u"von: Jürgen Groß\n\nXen war lange Zeit die Plattform")),
                 qPrintable(xen->abstract));
        for (const Session &session : result.conference.sessions)
            QCOMPARE(session.speakers.size(), 1);
    }

    void mocaKeepsRepeatedUidsAndOrganizerSpeakers()
    {
        const ParseResult result = FeedReader::readFile(feedPath(QStringLiteral("moca-2024-handmade.ics")));
        QVERIFY(result.ok);
        QHash<QString, int> perUid;
        for (const Session &session : result.conference.sessions)
            ++perUid[session.guid];
        QCOMPARE(perUid.size(), 5);
        QCOMPARE(perUid.value(QStringLiteral("46939")), 67);
        QCOMPARE(perUid.value(QStringLiteral("46983")), 9);
        QCOMPARE(perUid.value(QStringLiteral("46938")), 1);

        const Session *forensics = find(result.conference, {}, QStringLiteral("Digital Forensics ed investigazioni digitali"));
        QVERIFY(forensics);
        QCOMPARE(forensics->room, QStringLiteral("MOV")); // "LOCATION: MOV"
        QCOMPARE(forensics->speakerNames(), QStringList{QStringLiteral("Luca Mercatanti")});
        QVERIFY(forensics->abstract.startsWith(QLatin1String("Nel corso della presentazione, esploreremo")));
        const Session *curious = find(result.conference, {}, QStringLiteral("Curious Minds, Converging Interests"));
        QVERIFY(curious);
        const QStringList curiousSpeakers = {QStringLiteral("Riccardo Degli Espositi 'partywave'"),
                                             QStringLiteral("Christopher Bianchi 'calfcrusher'")};
        QCOMPARE(curious->speakerNames(), curiousSpeakers);
        const Session *closing = find(result.conference, {}, QStringLiteral("Closing ceremony"));
        QVERIFY(closing);
        QCOMPARE(closing->abstract, QString()); // "DESCRIPTION: "
        QCOMPARE(closing->room, QStringLiteral("XOR"));
        QCOMPARE(result.conference.days.constFirst(), QDate(2024, 9, 13));
        QCOMPARE(result.conference.days.constLast(), QDate(2024, 9, 15));
    }

    void pyconDurationsTracksAndTitles()
    {
        const ParseResult result = FeedReader::readFile(feedPath(QStringLiteral("pycon-india-2021-icspy.ics")));
        QVERIFY(result.ok);
        const Conference &conference = result.conference;
        const Session *kafka = find(conference, {}, QStringLiteral("Getting Kafka-esque with Python"));
        QVERIFY(kafka);
        const QStringList kafkaSpeakers = {QStringLiteral("Dipen Chawla"), QStringLiteral("Devesh Bajaj")};
        QCOMPARE(kafka->speakerNames(), kafkaSpeakers);
        // Only the speakers' tail goes; a " - " inside the title stays.
        const Session *space = find(conference, {}, QStringLiteral("Python in Space - Curiosity Sparks"));
        QVERIFY(space);
        QCOMPARE(space->speakers.size(), 4);
        const Session *noCode = find(conference, QStringLiteral("d610ded0-954a-40ae-b507-c96cc097a9c0@d610.org"), {});
        QVERIFY(noCode);
        QCOMPARE(noCode->title, QStringLiteral("No Code Platform powered by Python & Django"));
        QCOMPARE(noCode->track, QStringLiteral("Track 4"));
        QCOMPARE(noCode->durationSeconds, 1800);
        QCOMPARE(noCode->start, utc("2021-09-19T10:30:00Z"));
        const Session *opening = find(conference, QStringLiteral("878d9ade-dfdb-464a-89c5-cd015a23d08b@878d.org"), {});
        QVERIFY(opening);
        QVERIFY(opening->speakers.isEmpty());
        for (const Session &session : conference.sessions)
            QVERIFY(session.room.isEmpty()); // no LOCATION anywhere
    }

    void pretalxIcsMatchesItsXml()
    {
        const ParseResult xml = FeedReader::readFile(feedPath(QStringLiteral("pretalx-democon-2022.xml")));
        QVERIFY2(xml.ok, qPrintable(xml.error.toString()));
        const ParseResult ics = FeedReader::readFile(feedPath(QStringLiteral("pretalx-democon-2022.ics")));
        QVERIFY2(ics.ok, qPrintable(ics.error.toString()));
        QCOMPARE(xml.conference.sessions.size(), 35);
        QCOMPARE(ics.conference.sessions.size(), 36);

        QHash<QString, const Session *> icsByUrl;
        for (const Session &session : ics.conference.sessions)
            icsByUrl.insert(session.url, &session);
        QCOMPARE(icsByUrl.size(), 36);
        for (const Session &fromXml : xml.conference.sessions) {
            const Session *fromIcs = icsByUrl.take(fromXml.url);
            QVERIFY2(fromIcs, qPrintable(fromXml.url));
            QCOMPARE(fromIcs->start, fromXml.start);
            QCOMPARE(fromIcs->durationSeconds, fromXml.durationSeconds);
            QCOMPARE(fromIcs->room, fromXml.room);
            // pretalx's "Title - Speaker, Speaker" SUMMARY splits into what the XML says apart.
            QCOMPARE(fromIcs->title, fromXml.title);
            QCOMPARE(fromIcs->speakerNames(), fromXml.speakerNames());
        }
        QCOMPARE(icsByUrl.keys(), QStringList{QStringLiteral("http://localhost/democon/talk/HEMUKA/")});
        const QList<QDate> expectedDays = {QDate(2022, 9, 6), QDate(2022, 9, 7), QDate(2022, 9, 8), QDate(2022, 9, 24)};
        QCOMPARE(ics.conference.days, expectedDays);
    }

    void times_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<Attend::ZoneSource>("zoneSource");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<qint64>("duration");

        QTest::addRow("floating, X-WR-TIMEZONE")
            << calendar("X-WR-TIMEZONE:Asia/Tokyo\r\n", {"DTSTART:20240301T100000\r\nDTEND:20240301T113000\r\nSUMMARY:A\r\n"})
            << "Asia/Tokyo" << ZoneSource::Declared << utc("2024-03-01T01:00:00Z") << 5400LL;
        QTest::addRow("floating, nothing to go on")
            << calendar({}, {"DTSTART:20240301T100000\r\nDTEND:20240301T113000\r\nSUMMARY:A\r\n"})
            << "UTC" << ZoneSource::AssumedUtc << utc("2024-03-01T10:00:00Z") << 5400LL;
        QTest::addRow("floating beside a TZID")
            << calendar({}, {"DTSTART;TZID=Asia/Kolkata:20240301T100000\r\nSUMMARY:B\r\n",
                             "DTSTART:20240301T120000\r\nDTEND:20240301T123000\r\nSUMMARY:A\r\n"})
            << "Asia/Kolkata" << ZoneSource::Declared << utc("2024-03-01T06:30:00Z") << 1800LL;
        QTest::addRow("X-WR-TIMEZONE beats the TZIDs")
            << calendar("X-WR-TIMEZONE:Europe/Lisbon\r\n", {"DTSTART;TZID=America/New_York:20240301T100000\r\nDURATION:PT45M\r\nSUMMARY:A\r\n"})
            << "Europe/Lisbon" << ZoneSource::Declared << utc("2024-03-01T15:00:00Z") << 2700LL;
        QTest::addRow("TZID and Z times mixed")
            << calendar({}, {"DTSTART:20240301T100000Z\r\nDTEND;TZID=Europe/Berlin:20240301T120000\r\nSUMMARY:A\r\n"})
            << "UTC" << ZoneSource::AssumedUtc << utc("2024-03-01T10:00:00Z") << 3600LL;
        QTest::addRow("most common TZID")
            << calendar({}, {"DTSTART;TZID=Europe/Paris:20240301T090000\r\nSUMMARY:A\r\n",
                             "DTSTART;TZID=Europe/London:20240301T090000\r\nSUMMARY:B\r\n",
                             "DTSTART;TZID=Europe/London:20240302T090000\r\nSUMMARY:C\r\n"})
            << "Europe/London" << ZoneSource::Declared << utc("2024-03-01T08:00:00Z") << 0LL;
        // tzdata's old names, which Qt does not list: read as the zones they stand for.
        QTest::addRow("alias TZID")
            << calendar({}, {"DTSTART;TZID=Asia/Calcutta:20240701T090000\r\nSUMMARY:A\r\n"})
            << "Asia/Calcutta" << ZoneSource::Declared << utc("2024-07-01T03:30:00Z") << 0LL;
        QTest::addRow("alias X-WR-TIMEZONE")
            << calendar("X-WR-TIMEZONE:US/Pacific\r\n", {"DTSTART:20240701T090000\r\nSUMMARY:A\r\n"})
            << "US/Pacific" << ZoneSource::Declared << utc("2024-07-01T16:00:00Z") << 0LL;
        QTest::addRow("quoted TZID")
            << calendar({}, {"DTSTART;TZID=\"Europe/Paris\":20240701T090000\r\nDTEND;TZID=\"Europe/Paris\":20240701T100000\r\nSUMMARY:A\r\n"})
            << "Europe/Paris" << ZoneSource::Declared << utc("2024-07-01T07:00:00Z") << 3600LL;
        QTest::addRow("prefixed TZID")
            << calendar({}, {"DTSTART;TZID=/mozilla.org/20050126_1/Europe/Paris:20240701T090000\r\nSUMMARY:A\r\n"})
            << "Europe/Paris" << ZoneSource::Declared << utc("2024-07-01T07:00:00Z") << 0LL;
        QTest::addRow("Windows TZID")
            << calendar({}, {"DTSTART;TZID=W. Europe Standard Time:20240701T090000\r\nSUMMARY:A\r\n"})
            << "Europe/Berlin" << ZoneSource::Declared << utc("2024-07-01T07:00:00Z") << 0LL;
        // A VTIMEZONE with rules that contradict the name: the IANA database wins.
        QTest::addRow("VTIMEZONE of an IANA name")
            << calendar("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                        "TZOFFSETFROM:+0500\r\nTZOFFSETTO:+0500\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n",
                        {"DTSTART;TZID=Europe/Berlin:20240701T090000\r\nDTEND;TZID=Europe/Berlin:20240701T093000\r\nSUMMARY:A\r\n"})
            << "Europe/Berlin" << ZoneSource::Declared << utc("2024-07-01T07:00:00Z") << 1800LL;
        // A zone only the file defines: libical places it; the conference gets its offset.
        QTest::addRow("VTIMEZONE of the file's own")
            << calendar("BEGIN:VTIMEZONE\r\nTZID:Venue time\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                        "TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n",
                        {"DTSTART;TZID=Venue time:20240701T090000\r\nDTEND;TZID=Venue time:20240701T100000\r\nSUMMARY:A\r\n"})
            << "UTC+05:30" << ZoneSource::FromOffsets << utc("2024-07-01T03:30:00Z") << 3600LL;
        QTest::addRow("unknown TZID, no VTIMEZONE")
            << calendar("X-WR-TIMEZONE:America/Chicago\r\n", {"DTSTART;TZID=Mars/Olympus:20240701T090000\r\nSUMMARY:A\r\n"})
            << "America/Chicago" << ZoneSource::Declared << utc("2024-07-01T14:00:00Z") << 0LL;
        QTest::addRow("no end") << calendar({}, {"DTSTART:20240301T100000Z\r\nSUMMARY:A\r\n"})
                                << "UTC" << ZoneSource::AssumedUtc << utc("2024-03-01T10:00:00Z") << 0LL;
        QTest::addRow("end before start") << calendar({}, {"DTSTART:20240301T100000Z\r\nDTEND:20240301T090000Z\r\nSUMMARY:A\r\n"})
                                          << "UTC" << ZoneSource::AssumedUtc << utc("2024-03-01T10:00:00Z") << 0LL;
        QTest::addRow("DTEND beats DURATION")
            << calendar({}, {"DTSTART:20240301T100000Z\r\nDURATION:PT5H\r\nDTEND:20240301T103000Z\r\nSUMMARY:A\r\n"})
            << "UTC" << ZoneSource::AssumedUtc << utc("2024-03-01T10:00:00Z") << 1800LL;
        // Berlin leaves winter time on 31 March 2024: that day has 23 hours.
        QTest::addRow("DURATION in days over DST")
            << calendar({}, {"DTSTART;TZID=Europe/Berlin:20240330T120000\r\nDURATION:P1D\r\nSUMMARY:A\r\n"})
            << "Europe/Berlin" << ZoneSource::Declared << utc("2024-03-30T11:00:00Z") << 82800LL;
        QTest::addRow("all day, no end")
            << calendar("X-WR-TIMEZONE:Europe/Berlin\r\n", {"DTSTART;VALUE=DATE:20240331\r\nSUMMARY:A\r\n"})
            << "Europe/Berlin" << ZoneSource::Declared << utc("2024-03-30T23:00:00Z") << 82800LL;
        QTest::addRow("all day, two days")
            << calendar("X-WR-TIMEZONE:Pacific/Auckland\r\n", {"DTSTART;VALUE=DATE:20240110\r\nDTEND;VALUE=DATE:20240112\r\nSUMMARY:A\r\n"})
            << "Pacific/Auckland" << ZoneSource::Declared << utc("2024-01-09T11:00:00Z") << 172800LL;
    }

    void times()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, zone);
        QFETCH(Attend::ZoneSource, zoneSource);
        QFETCH(QDateTime, start);
        QFETCH(qint64, duration);
        const ParseResult result = parse(data);
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(QString::fromUtf8(result.conference.timeZone.id()), zone);
        QCOMPARE(result.conference.zoneSource, zoneSource);
        const Session *session = find(result.conference, {}, QStringLiteral("A"));
        QVERIFY(session);
        QCOMPARE(session->start, start);
        QCOMPARE(session->start.timeSpec(), Qt::UTC);
        QCOMPARE(session->durationSeconds, duration);
    }

    void allDayEventsKeepTheirDate()
    {
        const ParseResult result = parse(calendar("X-WR-TIMEZONE:Pacific/Auckland\r\n",
                                                  {"DTSTART;VALUE=DATE:20240110\r\nSUMMARY:Registration day\r\n",
                                                   "DTSTART;TZID=Pacific/Auckland:20240111T090000\r\nSUMMARY:Talk\r\n"}));
        QVERIFY(result.ok);
        const QList<QDate> expectedDays = {QDate(2024, 1, 10), QDate(2024, 1, 11)};
        QCOMPARE(result.conference.days, expectedDays);
        QCOMPARE(result.conference.sessions.constFirst().dayIndex, 0);
        QCOMPARE(result.conference.sessions.constLast().dayIndex, 1);
    }

    void fields()
    {
        const ParseResult result = parse(calendar(
            "X-WR-CALNAME;CHARSET=UTF-8;ENCODING=8BIT:Conf\\, 2024\r\nMETHOD:PUBLISH\r\n",
            {"DTSTART:20240301T100000Z\r\nSUMMARY: Talk one \r\nLOCATION: Hall A\r\nCATEGORIES:Security,Privacy\r\n"
             "ORGANIZER;CN=Program Team:mailto:team@example.org\r\nMETHOD:PUBLISH\r\n"
             "ATTENDEE;CN=Ann Example;ROLE=CHAIR:mailto:ann@example.org\r\n"
             "ATTENDEE;CN=Just Watching;ROLE=NON-PARTICIPANT:mailto:w@example.org\r\n"
             "ATTENDEE;CN=Room 1;CUTYPE=ROOM:mailto:room@example.org\r\n"
             "URL:https://example.org/t/1\r\nDESCRIPTION:Line one\\nline two\\, with a comma\r\n",
             "DTSTART:20240301T110000Z\r\nSUMMARY:Talk two\r\nORGANIZER;CN=Program Team:mailto:team@example.org\r\n"}));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        const Conference &conference = result.conference;
        QCOMPARE(conference.title, QStringLiteral("Conf, 2024"));
        const Session &one = conference.sessions.at(0);
        QCOMPARE(one.title, QStringLiteral("Talk one"));
        QCOMPARE(one.room, QStringLiteral("Hall A"));
        QCOMPARE(one.track, QStringLiteral("Security, Privacy"));
        QCOMPARE(one.speakerNames(), QStringList{QStringLiteral("Ann Example")});
        QCOMPARE(one.url, QStringLiteral("https://example.org/t/1"));
        QCOMPARE(one.abstract, QStringLiteral("Line one\nline two, with a comma"));
        QCOMPARE(one.guid, QStringLiteral("test-1"));
        // One ORGANIZER on every event is the publisher, not a speaker.
        QVERIFY(conference.sessions.at(1).speakers.isEmpty());
    }

    void pretalxSummariesSplitAtTheLastDash()
    {
        const QByteArray data = calendar({}, {"DTSTART:20240301T100000Z\r\nSUMMARY:Rust - the good parts - Ann Example\\, Bob Example\r\n",
                                              "DTSTART:20240301T110000Z\r\nSUMMARY:Nobody - yet -\r\n"});
        const ParseResult pretalx = parse(QByteArray(data).replace("-//Attend//test//EN", "-//pretalx//example.org//"));
        QVERIFY(pretalx.ok);
        const Session &rust = pretalx.conference.sessions.at(0);
        QCOMPARE(rust.title, QStringLiteral("Rust - the good parts"));
        const QStringList speakers = {QStringLiteral("Ann Example"), QStringLiteral("Bob Example")};
        QCOMPARE(rust.speakerNames(), speakers);
        QCOMPARE(pretalx.conference.sessions.at(1).title, QStringLiteral("Nobody - yet"));
        QVERIFY(pretalx.conference.sessions.at(1).speakers.isEmpty());

        // Any other generator: " - " may be part of the title, so it stays whole.
        const ParseResult other = parse(data);
        QVERIFY(other.ok);
        QCOMPARE(other.conference.sessions.at(0).title, QStringLiteral("Rust - the good parts - Ann Example, Bob Example"));
        QVERIFY(other.conference.sessions.at(0).speakers.isEmpty());
    }

    void calendarNameFallsBackToItsSource()
    {
        // Unnamed calendars get their file's (or URL's) name, so two of them never share an id.
        const QByteArray data = calendar({}, {"DTSTART:20240301T100000Z\r\nSUMMARY:A\r\n"});
        ParseResult result = parse(data);
        QVERIFY(result.ok);
        QCOMPARE(result.conference.title, QStringLiteral("test"));
        result = ICalendarParser::parse(data, QStringLiteral("https://example.org/events/moca24.ics?lang=it"));
        QCOMPARE(result.conference.title, QStringLiteral("moca24"));
        QCOMPARE(conferenceIdFor(result.conference), QStringLiteral("moca24"));
        result = ICalendarParser::parse(data, QString());
        QCOMPARE(result.conference.title, QStringLiteral("Calendar"));
    }

    void quirkyBytes_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray plain = calendar("X-WR-CALNAME:Caf\xc3\xa9\r\n", {"DTSTART:20240301T100000Z\r\nSUMMARY:Talk\r\n"});
        QTest::addRow("CRLF") << plain;
        QTest::addRow("LF") << QByteArray(plain).replace("\r\n", "\n");
        QTest::addRow("CR") << QByteArray(plain).replace("\r\n", "\r");
        QTest::addRow("mixed, trailing blank lines") << QByteArray(plain).replace("SUMMARY:Talk\r\n", "SUMMARY:Talk\n") + "\n\r\n";
        QTest::addRow("BOM") << "\xEF\xBB\xBF" + plain;
        QTest::addRow("Latin-1") << QByteArray(plain).replace("Caf\xc3\xa9", "Caf\xe9");
        QTest::addRow("folded") << QByteArray(plain).replace("SUMMARY:Talk", "SUMM\r\n ARY:Ta\r\n\tlk");
        QTest::addRow("lower case") << QByteArray(plain).replace("BEGIN:VEVENT", "begin:vevent").replace("END:VEVENT", "end:vevent");
        QTest::addRow("junk after the end") << plain + "<html>oops</html>\r\n";
    }

    void quirkyBytes()
    {
        QFETCH(QByteArray, data);
        const ParseResult result = parse(data);
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.conference.title, QStringLiteral(u"Café"));
        QCOMPARE(result.conference.sessions.size(), 1);
        QCOMPARE(result.conference.sessions.constFirst().title, QStringLiteral("Talk"));
        QCOMPARE(result.conference.sessions.constFirst().start, utc("2024-03-01T10:00:00Z"));
    }

    void eventsWithoutStartAreLeftOut()
    {
        const ParseResult some = parse(calendar({}, {"SUMMARY:No time yet\r\n", "DTSTART:20240301T100000Z\r\nSUMMARY:A\r\n"}));
        QVERIFY(some.ok);
        QCOMPARE(some.conference.sessions.size(), 1);
        const ParseResult none = parse(calendar({}, {"SUMMARY:No time yet\r\n", "DTSTART:tomorrow\r\nSUMMARY:B\r\n"}));
        QVERIFY(!none.ok);
        QVERIFY2(none.error.message.contains(QLatin1String("DTSTART")), qPrintable(none.error.toString()));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expectedError");
        QTest::addRow("empty") << QByteArray() << "empty";
        QTest::addRow("blank") << QByteArray(" \r\n\r\n") << "empty";
        QTest::addRow("not ical") << QByteArray("hello, world\n") << "not an iCalendar file";
        QTest::addRow("other component first") << QByteArray("BEGIN:VEVENT\nEND:VEVENT\n") << "expected BEGIN:VCALENDAR";
        QTest::addRow("only the start") << QByteArray("BEGIN:VCALENDAR") << "not a complete iCalendar file";
        QTest::addRow("cut in an event") << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2024") << "ends inside the VEVENT begun on line 2";
        QTest::addRow("mismatched END") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VTODO\nEND:VCALENDAR\n") << "test.ics:3:1: END:VTODO does not close BEGIN:VEVENT";
        QTest::addRow("END first") << QByteArray("END:VCALENDAR\n") << "END:VCALENDAR without a BEGIN";
        QTest::addRow("cut END") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20240301T100000Z\nEND:VEVENT\nEND:VCALEN") << "END:VCALEN does not close";
        QTest::addRow("no events") << QByteArray("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n") << "no events";
        QTest::addRow("binary") << QByteArray("BEGIN:VCALENDAR\n\x00\x01\x02", 19) << "binary";
        QTest::addRow("nested too deeply") << "BEGIN:VCALENDAR\n" + QByteArray("BEGIN:X\n").repeated(100000) << "nested too deeply";
    }

    void badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expectedError);
        const ParseResult result = parse(data);
        QVERIFY(!result.ok);
        const QString message = result.error.toString();
        QVERIFY2(message.startsWith(QLatin1String("test.ics")), qPrintable(message));
        QVERIFY2(message.contains(expectedError), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
    }

    // Inputs made to crash, hang or bloat the reader: each is refused within 2 s, with one line
    // naming the problem. The big ones are made here; small ones are in fuzz-regressions/ical.
    void hostileInputsAreRefusedQuickly_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expectedError");
        const QByteArray head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
        // libical unfolds "BEG" + " IN:X" into BEGIN:X: 300,000 of them overflowed its recursive free.
        QTest::addRow("300,000 folded BEGIN lines")
            << head + QByteArray("BEG\r\n IN:\r\n X\r\n").repeated(300000) << "nested too deeply (more than 8 levels)";
        QTest::addRow("BEGIN with a parameter") << head + QByteArray("BEGIN;X=1:X\r\n").repeated(100) << "nested too deeply";
        QTest::addRow("nine levels")
            << head + QByteArray("BEGIN:VEVENT\r\n") + QByteArray("BEGIN:VALARM\r\n").repeated(7) << "nested too deeply";
        QTest::addRow("folded nesting, committed") << regression("nesting-folded-begin-lines.ics") << "nested too deeply";
        QTest::addRow("too many events")
            << head + QByteArray("BEGIN:VEVENT\r\nDTSTART:20240301T100000Z\r\nEND:VEVENT\r\n").repeated(50001) + "END:VCALENDAR\r\n"
            << "more than 50000 events";
        QTest::addRow("too many components")
            << head + QByteArray("BEGIN:VTODO\r\nEND:VTODO\r\n").repeated(200001) + "END:VCALENDAR\r\n" << "more than 200000 components";
        QTest::addRow("an event of 10,001 lines")
            << head + "BEGIN:VEVENT\r\nDTSTART:20240301T100000Z\r\n" + QByteArray("X-A:b\r\n").repeated(10000) + "END:VEVENT\r\nEND:VCALENDAR\r\n"
            << "the VEVENT begun on line 3 has more than 10000 lines";
        QTest::addRow("a calendar of 10,001 own lines")
            << head + QByteArray("X-A:b\r\n").repeated(10000) + "END:VCALENDAR\r\n" << "the VCALENDAR begun on line 1 has more than 10000 lines";
        // libical worked out a change a minute for minutes on end, past 700 MB.
        QTest::addRow("VTIMEZONE every minute") << regression("vtimezone-rrule-minutely.ics")
                                                << "the time zone \"Custom\" is not read: it repeats more often than yearly (FREQ=MINUTELY)";
        QTest::addRow("yearly, every ten minutes of January")
            << regression("vtimezone-yearly-byminute.ics") << "the time zone \"Custom\" is not read: its rule names more than one BYDAY";
        QTest::addRow("201 parts") << calendarWithZone(201, "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;UNTIL=19710101T000000Z", "19700329T020000")
                                   << "has more than 200 STANDARD and DAYLIGHT parts";
        // 200 yearly parts from the year 1: 400,000 changes, about 9 s of libical.
        QTest::addRow("200 parts from the year 1") << calendarWithZone(200, "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "00010325T020000")
                                                   << "the time zones of the calendar hold too many changes to work out";
        QTest::addRow("BYMONTHDAY every day") << calendarWithZone(1, "FREQ=YEARLY;BYMONTHDAY=1,2,3,4,5,6,7,8", "20200101T000000")
                                              << "more than seven BYMONTHDAY";
        QTest::addRow("BYWEEKNO") << calendarWithZone(1, "FREQ=YEARLY;BYWEEKNO=1", "20200101T000000") << "a part no zone rule needs (BYWEEKNO)";

        // One field is capped as in the other readers (FeedLimits::maxFieldChars), folded or not.
        QTest::addRow("a DESCRIPTION over the field cap, folded")
            << head + "BEGIN:VEVENT\r\nDTSTART:20240301T100000Z\r\nDESCRIPTION:" + QByteArray("a\r\n ").repeated(600000)
                   + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            << "a line holds more than 1048576 characters";
    }

    void hostileInputsAreRefusedQuickly()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expectedError);
        QElapsedTimer timer;
        timer.start();
        const ParseResult result = parse(data);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!result.ok);
        const QString message = result.error.toString();
        QVERIFY2(message.contains(expectedError), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
    }

    // What real zones look like is read, at once, and right.
    void boundedZonesAreRead_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QDateTime>("start");
        // A VTIMEZONE with an IANA name never reaches libical: its minutely rule costs nothing.
        QTest::addRow("IANA name, minutely rule") << regression("vtimezone-iana-name-rrule-minutely.ics") << utc("2024-06-01T08:00:00Z");
        // Past kLastOwnZoneYear a time in an own zone is floating (here: UTC, nothing else to go on).
        QTest::addRow("rule from the year 1, event in 2999")
            << regression("vtimezone-year-one-event-year-2999.ics") << QDateTime(QDate(2999, 6, 1), QTime(10, 0), Qt::UTC);
        // Outlook's own zones start in 1601, one STANDARD and one DAYLIGHT.
        const QByteArray outlook = calendar(
            "BEGIN:VTIMEZONE\r\nTZID:Outlook Zone\r\nBEGIN:STANDARD\r\nDTSTART:16011028T030000\r\nTZOFFSETFROM:+0200\r\n"
            "TZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\n"
            "DTSTART:16010325T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
            "END:DAYLIGHT\r\nEND:VTIMEZONE\r\n",
            {"DTSTART;TZID=Outlook Zone:20240701T090000\r\nSUMMARY:A\r\n", "DTSTART;TZID=Outlook Zone:20241201T090000\r\nSUMMARY:B\r\n"});
        QTest::addRow("Outlook, from 1601") << outlook << utc("2024-07-01T07:00:00Z");
        // Several parts, each a year long, the budget allows (New York's as tzurl.org writes them).
        QTest::addRow("100 parts of a year each")
            << calendarWithZone(100, "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU;UNTIL=20060312T070000Z", "19870405T020000") << utc("2024-07-01T07:00:00Z");
    }

    void boundedZonesAreRead()
    {
        QFETCH(QByteArray, data);
        QFETCH(QDateTime, start);
        QElapsedTimer timer;
        timer.start();
        const ParseResult result = parse(data);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.conference.sessions.constFirst().start, start);
    }

    // A TZID or X-WR-TIMEZONE is a zone name, never a path (QTimeZone opened it, and a FIFO
    // blocked) nor a POSIX rule (month 51 made QTimeZone spin): read as an unknown name.
    void zoneNamesAreNotPaths()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("zone")));
        QVERIFY(::mkfifo(fifo.constData(), 0600) == 0);
        const QByteArray data = calendar("X-WR-TIMEZONE:ABC-1DEF,M51.5.0,M10.5.0\r\n",
                                         {"DTSTART;TZID=../../../../../../../.." + fifo + ":20240701T090000\r\nSUMMARY:A\r\n",
                                          "DTSTART;TZID=\"../../../../dev/stdin\":20240701T100000\r\nSUMMARY:B\r\n"});
        std::packaged_task<ParseResult()> task([&data] { return parse(data); });
        std::future<ParseResult> future = task.get_future();
        std::thread thread(std::move(task));
        if (future.wait_for(std::chrono::seconds(2)) != std::future_status::ready) {
            const int writer = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK); // lets a blocked reader go on
            if (writer >= 0)
                ::close(writer);
            if (future.wait_for(std::chrono::seconds(2)) != std::future_status::ready)
                qFatal("the reader spins on a zone name");
            thread.join();
            QFAIL("the reader opened the FIFO a TZID names");
        }
        thread.join();
        const ParseResult result = future.get();
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.conference.zoneSource, ZoneSource::AssumedUtc); // floating, nothing else to go on
        QCOMPARE(result.conference.sessions.constFirst().start, utc("2024-07-01T09:00:00Z"));
    }

    void everyTruncationFailsCleanly_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : {"linux-conf-au-2020.ics", "jres-2022.ics", "kielux-2020.ics", "moca-2024-handmade.ics",
                                 "pycon-india-2021-icspy.ics", "pretalx-democon-2022.ics"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void everyTruncationFailsCleanly()
    {
        QFETCH(QString, file);
        const QByteArray data = feedBytes(file);
        QVERIFY(!data.isEmpty());
        const qsizetype end = data.lastIndexOf("END:VCALENDAR") + qsizetype(qstrlen("END:VCALENDAR"));
        QVERIFY(end > 100);
        QList<qsizetype> cuts;
        for (qsizetype cut = 0; cut < end; cut += std::max<qsizetype>(1, end / 150))
            cuts.append(cut);
        for (qsizetype cut = end - 40; cut < end; ++cut)
            cuts.append(cut);
        for (const qsizetype cut : std::as_const(cuts)) {
            const ParseResult result = ICalendarParser::parse(data.left(cut), QStringLiteral("cut.ics"));
            QVERIFY2(!result.ok, qPrintable(QStringLiteral("%1 cut at %2").arg(file).arg(cut)));
            QVERIFY(!result.error.message.isEmpty());
            QVERIFY(!result.error.message.contains(QLatin1Char('\n')));
        }
        // Cut after END:VCALENDAR, only line ends are lost: still whole.
        const ParseResult whole = FeedReader::readData(data.left(end), QStringLiteral("whole.ics"));
        QVERIFY2(whole.ok, qPrintable(whole.error.toString()));
    }

    void damagedLinesAreSurvived()
    {
        // Every line of a real file cut in half, one at a time: libical sees broken values, names and
        // parameters. Whatever it makes of them, the result is an agenda or an error, never a crash.
        const QByteArray data = feedBytes(QStringLiteral("pretalx-democon-2022.ics"));
        const QList<QByteArray> lines = data.split('\n');
        int failures = 0;
        for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 60); ++i) {
            QList<QByteArray> damaged = lines;
            damaged[i] = damaged[i].left(damaged[i].size() / 2);
            const ParseResult result = ICalendarParser::parse(damaged.join('\n'), QStringLiteral("damaged.ics"));
            if (!result.ok)
                ++failures;
            else
                QVERIFY(result.conference.sessions.size() >= 35);
        }
        QVERIFY(failures > 0); // cut BEGIN/END lines are caught
    }

    void randomBytesAreSurvived()
    {
        const QByteArray data = feedBytes(QStringLiteral("kielux-2020.ics"));
        QRandomGenerator random(20240915); // fixed: the same bytes every run
        for (int round = 0; round < 200; ++round) {
            QByteArray damaged = data;
            for (int flip = 0; flip < 8; ++flip)
                damaged[random.bounded(damaged.size())] = char(random.bounded(256));
            const ParseResult result = ICalendarParser::parse(damaged, QStringLiteral("random.ics"));
            QVERIFY(result.ok || !result.error.message.isEmpty());
        }
    }

    void aCalendarCutShortIsAnErrorNotAShorterAgenda()
    {
        const QByteArray whole = feedBytes(QStringLiteral("jres-2022.ics"));
        QVERIFY(FeedReader::readData(whole, QStringLiteral("jres-2022.ics")).ok);
        // As a download cut in the middle of the events would arrive.
        const ParseResult cut = FeedReader::readData(whole.left(whole.size() / 2), QStringLiteral("jres-2022.ics"));
        QVERIFY(!cut.ok);
        QVERIFY2(cut.error.toString().contains(QStringLiteral("cut short")), qPrintable(cut.error.toString()));
    }
};

QTEST_GUILESS_MAIN(TestICalendarParser)
#include "tst_icalendarparser.moc"
