#include "schedule/icsexport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Attend;

namespace {
QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

Bookmark make(const QString &key, const QString &title)
{
    Bookmark bookmark;
    bookmark.conferenceId = QStringLiteral("rethinkconn-2022");
    bookmark.key = key;
    bookmark.conferenceTitle = QStringLiteral("RethinkConn 2022");
    bookmark.title = title;
    bookmark.room = QStringLiteral("Online");
    bookmark.track = QStringLiteral("Vision");
    bookmark.speakers = {QStringLiteral("Derek Collison")};
    bookmark.url = QStringLiteral("https://rethinkconn.example/talks/1");
    bookmark.abstract = QStringLiteral("What connectivity looks like from cloud to edge.");
    bookmark.start = utc(2022, 11, 10, 17, 5);
    bookmark.end = utc(2022, 11, 10, 17, 20);
    bookmark.added = utc(2022, 11, 1, 8, 30, 15);
    return bookmark;
}

/** The ICS text with folded lines joined again (RFC 5545 section 3.1). */
QByteArray unfolded(const QByteArray &ics)
{
    QByteArray text = ics;
    text.replace("\r\n ", "");
    text.replace("\r\n\t", "");
    return text;
}

/** The values of every `name:` line, unfolded and still escaped. */
QList<QByteArray> propertyValues(const QByteArray &ics, const QByteArray &name)
{
    QList<QByteArray> values;
    const QByteArray prefix = name + ':';
    for (const QByteArray &line : unfolded(ics).split('\n')) {
        const QByteArray trimmed = line.endsWith('\r') ? line.chopped(1) : line;
        if (trimmed.startsWith(prefix))
            values.append(trimmed.mid(prefix.size()));
    }
    return values;
}

QByteArray withoutLinesStarting(const QByteArray &ics, const QByteArray &prefix)
{
    QByteArray result;
    for (const QByteArray &line : unfolded(ics).split('\n')) {
        if (!line.isEmpty() && !line.startsWith(prefix))
            result += line + '\n';
    }
    return result;
}

QString longAbstract()
{
    // 300 characters, mixing ASCII with two-byte UTF-8 so folding must not split a character.
    QString text;
    while (text.size() < 300)
        text += QStringLiteral("Ünïcödé abstract, with; punctuation. ");
    return text.left(300);
}

const char *const kPythonReader = R"PY(
import json, sys
try:
    import icalendar
except ImportError:
    sys.stderr.write("python3-icalendar is missing")
    sys.exit(3)
with open(sys.argv[1], "rb") as f:
    calendar = icalendar.Calendar.from_ical(f.read())
events = []
for event in calendar.walk("VEVENT"):
    start = event.decoded("DTSTART")
    offset = start.utcoffset()
    events.append({
        "uid": str(event.get("UID")),
        "summary": str(event.get("SUMMARY")),
        "dtstart": event["DTSTART"].to_ical().decode(),
        "offset": None if offset is None else offset.total_seconds(),
        "iso": start.isoformat(),
    })
print(json.dumps(events))
)PY";
} // namespace

class TestIcsExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<Bookmark>("bookmark");

        QTest::newRow("plain") << make(QStringLiteral("g:1"), QStringLiteral("Welcome"));

        Bookmark punctuation = make(QStringLiteral("g:2"), QStringLiteral("Commas, semicolons; colons: and \\ backslashes"));
        punctuation.room = QStringLiteral("Hall A; Room 2, upstairs");
        punctuation.track = QStringLiteral("Security,Privacy, and more"); // CATEGORIES alone would split this
        punctuation.speakers = {QStringLiteral("Smith, Jr."), QStringLiteral("Ann; Bo")};
        punctuation.conferenceTitle = QStringLiteral("Conf, the; one");
        punctuation.url = QStringLiteral("https://example.org/a,b;c?d=e&f=g#h");
        QTest::newRow("commas and semicolons") << punctuation;

        Bookmark newlines = make(QStringLiteral("g:3"), QStringLiteral("Line one\nLine two"));
        newlines.abstract = QStringLiteral("First paragraph.\n\nSecond paragraph,\nwith a line break.");
        newlines.room = QStringLiteral("Room\nB");
        QTest::newRow("newlines") << newlines;

        Bookmark nonAscii = make(QStringLiteral("t:0123456789abcdef"), QStringLiteral("Université – Zürich"));
        nonAscii.speakers = {QStringLiteral("Zoë Ñúñez"), QStringLiteral("李小龙")};
        nonAscii.room = QStringLiteral("Salle Émile-Zola");
        nonAscii.track = QStringLiteral("Société");
        nonAscii.conferenceTitle = QStringLiteral("Journées du Logiciel Libre 🎉");
        QTest::newRow("non-ASCII") << nonAscii;

        Bookmark folded = make(QStringLiteral("i:42"), QStringLiteral("A long abstract"));
        folded.abstract = longAbstract();
        QTest::newRow("300-character abstract") << folded;

        Bookmark bare;
        bare.conferenceId = QStringLiteral("fosdem-2024");
        bare.key = QStringLiteral("g:odd key@with/slashes#2 and %25");
        bare.title = QStringLiteral("Nothing but a title");
        bare.start = utc(2024, 2, 3, 9, 0);
        bare.end = utc(2024, 2, 3, 9, 50);
        bare.reminderEnabled = false;
        QTest::newRow("no room, track, speakers, url, abstract; reminder off") << bare;

        Bookmark abstractOnly = make(QStringLiteral("g:5"), QStringLiteral("No speakers"));
        abstractOnly.speakers.clear();
        abstractOnly.abstract = QStringLiteral("Looks like a speaker line\n\nbut is the abstract.");
        QTest::newRow("no speakers, abstract with paragraphs") << abstractOnly;

        Bookmark speakersOnly = make(QStringLiteral("g:6"), QStringLiteral("No abstract"));
        speakersOnly.abstract.clear();
        QTest::newRow("speakers, no abstract") << speakersOnly;

        Bookmark local = make(QStringLiteral("g:7"), QStringLiteral("Given in local time"));
        local.start = QDateTime(QDate(2024, 3, 10), QTime(9, 0), Qt::LocalTime); // New York, just after DST began
        local.end = QDateTime(QDate(2024, 3, 10), QTime(10, 0), Qt::LocalTime);
        QTest::newRow("local times") << local;
    }

    void roundTrip()
    {
        QFETCH(Bookmark, bookmark);
        const QByteArray ics = exportBookmarksToIcs({bookmark});
        const IcsImportResult result = importBookmarksFromIcs(ics);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.error, QString());
        QCOMPARE(result.bookmarks.size(), 1);
        const Bookmark &back = result.bookmarks.constFirst();
        QCOMPARE(back.conferenceId, bookmark.conferenceId);
        QCOMPARE(back.key, bookmark.key);
        QCOMPARE(back.conferenceTitle, bookmark.conferenceTitle);
        QCOMPARE(back.title, bookmark.title);
        QCOMPARE(back.room, bookmark.room);
        QCOMPARE(back.track, bookmark.track);
        QCOMPARE(back.speakers, bookmark.speakers);
        QCOMPARE(back.url, bookmark.url);
        QCOMPARE(back.abstract, bookmark.abstract);
        QCOMPARE(back.start, bookmark.start);
        QCOMPARE(back.end, bookmark.end);
        QCOMPARE(back.reminderEnabled, bookmark.reminderEnabled);
        QCOMPARE(back.added, bookmark.added);
        QCOMPARE(back.start.timeSpec(), Qt::UTC);
        QVERIFY(back == bookmark);
    }

    void roundTripOfMany()
    {
        QList<Bookmark> bookmarks;
        for (int i = 0; i < 20; ++i) {
            Bookmark bookmark = make(QStringLiteral("g:%1").arg(i), QStringLiteral("Talk %1, part; %1").arg(i));
            bookmark.start = bookmark.start.addSecs(i * 3600);
            bookmark.end = bookmark.end.addSecs(i * 3600);
            bookmarks.append(bookmark);
        }
        const IcsImportResult result = importBookmarksFromIcs(exportBookmarksToIcs(bookmarks));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.bookmarks == bookmarks); // same order, same fields
    }

    void emptyListIsACalendar()
    {
        const IcsImportResult result = importBookmarksFromIcs(exportBookmarksToIcs({}));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.bookmarks.isEmpty());
    }

    void longLinesAreFoldedWithCrlf()
    {
        Bookmark bookmark = make(QStringLiteral("i:42"), QStringLiteral("Université – Zürich"));
        bookmark.abstract = longAbstract();
        const QByteArray ics = exportBookmarksToIcs({bookmark});
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count('\n'), ics.count("\r\n")); // every line ends in CRLF
        QVERIFY(ics.contains("\r\n ")); // the abstract needed folding
        for (const QByteArray &line : ics.split('\n')) {
            QVERIFY2(line.chopped(line.endsWith('\r') ? 1 : 0).size() <= 75, line.constData());
            // A fold must not split a UTF-8 character: every physical line decodes on its own.
            QVERIFY2(QString::fromUtf8(line).toUtf8() == line, line.constData());
        }
    }

    void calendarHeader()
    {
        const QByteArray ics = exportBookmarksToIcs({make(QStringLiteral("g:1"), QStringLiteral("Welcome"))});
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(propertyValues(ics, "VERSION"), QList<QByteArray>{"2.0"});
        QCOMPARE(propertyValues(ics, "PRODID"), QList<QByteArray>{"-//Attend//Attend 0.1//EN"});
        QCOMPARE(propertyValues(ics, "CALSCALE"), QList<QByteArray>{"GREGORIAN"});
        QCOMPARE(propertyValues(ics, "METHOD"), QList<QByteArray>{"PUBLISH"});
        QCOMPARE(propertyValues(ics, "X-WR-CALNAME"), QList<QByteArray>{"Attend: my schedule"});
        QCOMPARE(propertyValues(ics, "X-ATTEND-CONFERENCE"), QList<QByteArray>{"rethinkconn-2022"});
        QCOMPARE(propertyValues(ics, "X-ATTEND-KEY"), QList<QByteArray>{"g:1"});
        QCOMPARE(propertyValues(ics, "X-ATTEND-CONFERENCE-TITLE"), QList<QByteArray>{"RethinkConn 2022"});
        QCOMPARE(propertyValues(ics, "SUMMARY"), QList<QByteArray>{"Welcome"});
        QCOMPARE(propertyValues(ics, "LOCATION"), QList<QByteArray>{"Online"});
        QCOMPARE(propertyValues(ics, "CATEGORIES"), QList<QByteArray>{"Vision"});
        QCOMPARE(propertyValues(ics, "URL"), QList<QByteArray>{"https://rethinkconn.example/talks/1"});
        QCOMPARE(propertyValues(ics, "DESCRIPTION"),
                 QList<QByteArray>{"Derek Collison\\n\\nWhat connectivity looks like from cloud to edge."});
    }

    void timesAreWrittenInUtc_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QByteArray>("expected");
        // The test runs in America/New_York, so local times must be converted, not copied.
        QTest::newRow("UTC") << utc(2022, 11, 10, 17, 5) << QByteArray("20221110T170500Z");
        QTest::newRow("New York winter (EST)") << QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::LocalTime)
                                               << QByteArray("20240115T140000Z");
        QTest::newRow("New York summer (EDT)") << QDateTime(QDate(2024, 7, 1), QTime(9, 0), Qt::LocalTime)
                                               << QByteArray("20240701T130000Z");
        QTest::newRow("Tokyo") << QDateTime(QDate(2024, 1, 15), QTime(9, 0), QTimeZone("Asia/Tokyo"))
                               << QByteArray("20240115T000000Z");
        QTest::newRow("offset across midnight") << QDateTime(QDate(2024, 1, 1), QTime(23, 30), QTimeZone(-5 * 3600))
                                                << QByteArray("20240102T043000Z");
    }

    void timesAreWrittenInUtc()
    {
        QFETCH(QDateTime, start);
        QFETCH(QByteArray, expected);
        Bookmark bookmark = make(QStringLiteral("g:1"), QStringLiteral("Welcome"));
        bookmark.start = start;
        bookmark.end = start.addSecs(1800);
        const QByteArray ics = exportBookmarksToIcs({bookmark});
        QCOMPARE(propertyValues(ics, "DTSTART"), QList<QByteArray>{expected});
        QCOMPARE(propertyValues(ics, "DTEND").size(), 1);
        QVERIFY(propertyValues(ics, "DTEND").constFirst().endsWith('Z'));
        QCOMPARE(propertyValues(ics, "DTSTAMP").size(), 1);
        QVERIFY(propertyValues(ics, "DTSTAMP").constFirst().endsWith('Z'));
        QVERIFY(propertyValues(ics, "CREATED").constFirst().endsWith('Z'));
        QVERIFY(!ics.contains("TZID")); // no zone definitions needed or written
    }

    void uidIsStable()
    {
        const Bookmark bookmark = make(QStringLiteral("g:abc-123"), QStringLiteral("Welcome"));
        const QList<QByteArray> first = propertyValues(exportBookmarksToIcs({bookmark}), "UID");
        QCOMPARE(first, QList<QByteArray>{"g:abc-123@rethinkconn-2022.attend"});
        QTest::qWait(1100); // a later DTSTAMP must not change it
        QCOMPARE(propertyValues(exportBookmarksToIcs({bookmark}), "UID"), first);

        Bookmark moved = bookmark;
        moved.start = moved.start.addDays(1);
        moved.end = moved.end.addDays(1);
        moved.room = QStringLiteral("Elsewhere");
        moved.title = QStringLiteral("Welcome (moved)");
        QCOMPARE(propertyValues(exportBookmarksToIcs({moved}), "UID"), first);

        Bookmark other = bookmark;
        other.key = QStringLiteral("g:abc-124");
        QVERIFY(propertyValues(exportBookmarksToIcs({other}), "UID") != first);
        Bookmark otherConference = bookmark;
        otherConference.conferenceId = QStringLiteral("fosdem-2024");
        QVERIFY(propertyValues(exportBookmarksToIcs({otherConference}), "UID") != first);
    }

    void uidIsSanitisedAndReversible_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("conferenceId");
        QTest::addColumn<QByteArray>("uid");
        QTest::newRow("plain") << QStringLiteral("i:42") << QStringLiteral("fosdem-2024")
                               << QByteArray("i:42@fosdem-2024.attend");
        QTest::newRow("reserved characters") << QStringLiteral("g:a b@c/d#2,e;f\\g%") << QStringLiteral("x@y:z")
                                             << QByteArray("g:a%20b%40c%2Fd%232%2Ce%3Bf%5Cg%25@x%40y%3Az.attend");
        QTest::newRow("non-ASCII") << QStringLiteral("g:Zürich") << QStringLiteral("journées")
                                   << QByteArray("g:Z%C3%BCrich@journ%C3%A9es.attend");
    }

    void uidIsSanitisedAndReversible()
    {
        QFETCH(QString, key);
        QFETCH(QString, conferenceId);
        QFETCH(QByteArray, uid);
        Bookmark bookmark = make(key, QStringLiteral("Talk"));
        bookmark.conferenceId = conferenceId;
        const QByteArray ics = exportBookmarksToIcs({bookmark});
        QCOMPARE(propertyValues(ics, "UID"), QList<QByteArray>{uid});

        // Another app that kept only the UID: the key and conference come back from it alone.
        const IcsImportResult result = importBookmarksFromIcs(withoutLinesStarting(ics, "X-ATTEND-"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.bookmarks.size(), 1);
        QCOMPARE(result.bookmarks.constFirst().key, key);
        QCOMPARE(result.bookmarks.constFirst().conferenceId, conferenceId);
    }

    void uidOnlyEventReadsSpeakersFromDescription()
    {
        const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
                               "BEGIN:VEVENT\r\nUID:g:1@fosdem-2024.attend\r\nDTSTAMP:20240101T000000Z\r\n"
                               "DTSTART:20240203T090000Z\r\nDURATION:PT50M\r\nSUMMARY:Kept by another app\r\n"
                               "DESCRIPTION:Ann Lee, Bo Chen\\n\\nThe abstract\\, in full.\r\n"
                               "CATEGORIES:Databases,Storage\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        const IcsImportResult result = importBookmarksFromIcs(ics);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.bookmarks.size(), 1);
        const Bookmark &bookmark = result.bookmarks.constFirst();
        QCOMPARE(bookmark.key, QStringLiteral("g:1"));
        QCOMPARE(bookmark.conferenceId, QStringLiteral("fosdem-2024"));
        QCOMPARE(bookmark.title, QStringLiteral("Kept by another app"));
        QCOMPARE(bookmark.speakers, QStringList({QStringLiteral("Ann Lee"), QStringLiteral("Bo Chen")}));
        QCOMPARE(bookmark.abstract, QStringLiteral("The abstract, in full."));
        QCOMPARE(bookmark.track, QStringLiteral("Databases, Storage"));
        QCOMPARE(bookmark.start, utc(2024, 2, 3, 9, 0));
        QCOMPARE(bookmark.end, utc(2024, 2, 3, 9, 50));
        QVERIFY(bookmark.reminderEnabled);
    }

    void foreignEventsAreSkipped()
    {
        const QByteArray ours = exportBookmarksToIcs({make(QStringLiteral("g:1"), QStringLiteral("Ours"))});
        // Our event, pasted into a calendar another app wrote with its own events and a zone.
        QByteArray ourEvent = ours.mid(ours.indexOf("BEGIN:VEVENT"));
        ourEvent.truncate(ourEvent.indexOf("END:VEVENT") + int(qstrlen("END:VEVENT\r\n")));
        const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
                               "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
                               "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
                               "BEGIN:VEVENT\r\nUID:7kukuqrfedlm2f9t0vr42q2ggo@google.com\r\nDTSTAMP:20240101T000000Z\r\n"
                               "DTSTART;TZID=Europe/Berlin:20240203T100000\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\n"
                               + ourEvent
                               + "BEGIN:VEVENT\r\nDTSTAMP:20240101T000000Z\r\nDTSTART:20240203T100000Z\r\n"
                                 "SUMMARY:No UID at all\r\nEND:VEVENT\r\n"
                                 "BEGIN:VEVENT\r\nUID:lunch@example.attend.org\r\nDTSTAMP:20240101T000000Z\r\n"
                                 "DTSTART:20240203T120000Z\r\nSUMMARY:Looks close, is not ours\r\nEND:VEVENT\r\n"
                                 "BEGIN:VTODO\r\nUID:g:2@rethinkconn-2022.attend\r\nSUMMARY:A task\r\nEND:VTODO\r\n"
                                 "END:VCALENDAR\r\n";
        const IcsImportResult result = importBookmarksFromIcs(ics);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.bookmarks.size(), 1);
        QCOMPARE(result.bookmarks.constFirst(), make(QStringLiteral("g:1"), QStringLiteral("Ours")));
    }

    void onlyForeignEventsIsAnEmptyImport()
    {
        const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
                               "BEGIN:VEVENT\r\nUID:abc@example.com\r\nDTSTAMP:20240101T000000Z\r\n"
                               "DTSTART:20240203T100000Z\r\nSUMMARY:Not ours\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        const IcsImportResult result = importBookmarksFromIcs(ics);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.bookmarks.isEmpty());
    }

    void concatenatedCalendarsAreAllRead()
    {
        const QByteArray ics = exportBookmarksToIcs({make(QStringLiteral("g:1"), QStringLiteral("One"))})
            + exportBookmarksToIcs({make(QStringLiteral("g:2"), QStringLiteral("Two"))});
        const IcsImportResult result = importBookmarksFromIcs(ics);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.bookmarks.size(), 2);
        QCOMPARE(result.bookmarks.at(1).title, QStringLiteral("Two"));
    }

    void lfLineEndingsAreAccepted()
    {
        QByteArray ics = exportBookmarksToIcs({make(QStringLiteral("g:1"), QStringLiteral("Welcome"))});
        ics.replace("\r\n", "\n");
        const IcsImportResult result = importBookmarksFromIcs(ics);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.bookmarks.size(), 1);
        QCOMPARE(result.bookmarks.constFirst(), make(QStringLiteral("g:1"), QStringLiteral("Welcome")));
    }

    void garbageIsRejected_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray good = exportBookmarksToIcs({make(QStringLiteral("g:1"), QStringLiteral("Welcome")),
                                                      make(QStringLiteral("g:2"), QStringLiteral("Goodbye"))});
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray(" \r\n\t\n");
        QTest::newRow("prose") << QByteArray("Hello, this is not a calendar.\n");
        QTest::newRow("JSON") << QByteArray(R"({"bookmarks": [{"title": "Welcome"}]})");
        QTest::newRow("binary with NUL") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("NUL inside a calendar") << QByteArray(good).insert(good.size() / 2, '\0');
        QTest::newRow("vCard") << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\nEND:VCARD\r\n");
        QTest::newRow("BEGIN only") << QByteArray("BEGIN:VCALENDAR\r\n");
        QTest::newRow("END only") << QByteArray("END:VCALENDAR\r\n");
        QTest::newRow("cut in the first event") << good.left(good.indexOf("END:VEVENT") - 10);
        QTest::newRow("cut after the first event") << good.left(good.indexOf("END:VEVENT") + 12);
        QTest::newRow("cut before END:VCALENDAR") << good.left(good.lastIndexOf("END:VCALENDAR"));
        QTest::newRow("cut in half") << good.left(good.size() / 2);
        QTest::newRow("unreadable DTSTART in an Attend event")
            << QByteArray(good).replace("DTSTART:20221110T170500Z", "DTSTART:tomorrow");
        // libical builds and frees components recursively: 300,000 folded BEGIN lines overflowed
        // its stack. Counted unfolded, they are refused before libical sees them.
        QTest::newRow("300,000 folded BEGIN lines")
            << QByteArray("BEGIN:VCALENDAR\r\n") + QByteArray("BEG\r\n IN:\r\n X\r\n").repeated(300000) + "END:VCALENDAR\r\n";
        QTest::newRow("nine levels") << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n") + QByteArray("BEGIN;X=1:VALARM\r\n").repeated(7);
    }

    void garbageIsRejected()
    {
        QFETCH(QByteArray, data);
        const IcsImportResult result = importBookmarksFromIcs(data);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY2(!result.error.contains(QLatin1Char('\n')), qPrintable(result.error));
        QVERIFY(result.bookmarks.isEmpty());
        // The next import is not poisoned by libical's global error state.
        const IcsImportResult next = importBookmarksFromIcs(exportBookmarksToIcs({make(QStringLiteral("g:1"), QStringLiteral("Welcome"))}));
        QVERIFY2(next.ok, qPrintable(next.error));
        QCOMPARE(next.bookmarks.size(), 1);
    }

    void everyTruncationFailsCleanly()
    {
        const QByteArray good = exportBookmarksToIcs({make(QStringLiteral("g:1"), QStringLiteral("Université – Zürich")),
                                                      make(QStringLiteral("g:2"), QStringLiteral("Goodbye"))});
        const qsizetype lastEnd = good.lastIndexOf("END:VCALENDAR");
        for (qsizetype cut = 0; cut < lastEnd; cut += 3) {
            const IcsImportResult result = importBookmarksFromIcs(good.left(cut));
            QVERIFY2(!result.ok, qPrintable(QStringLiteral("accepted a file cut at byte %1").arg(cut)));
            QVERIFY(!result.error.isEmpty());
        }
    }

    void independentReaderAgrees()
    {
        QList<Bookmark> bookmarks = {make(QStringLiteral("g:1"), QStringLiteral("Université – Zürich")),
                                     make(QStringLiteral("g:2"), QStringLiteral("Commas, semicolons; and \\ backslashes")),
                                     make(QStringLiteral("g:3"), QStringLiteral("Line one\nLine two"))};
        bookmarks[1].start = QDateTime(QDate(2024, 7, 1), QTime(9, 0), Qt::LocalTime); // EDT in this test
        bookmarks[1].end = bookmarks[1].start.addSecs(3600);
        bookmarks[2].abstract = longAbstract();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("schedule.ics"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(exportBookmarksToIcs(bookmarks));
        file.close();

        const QString python = QStringLiteral("/usr/bin/python3");
        if (!QFile::exists(python))
            QFAIL("/usr/bin/python3 is missing: install python3 and python3-icalendar (scripts/packages.txt)");
        QProcess reader;
        reader.start(python, {QStringLiteral("-c"), QString::fromUtf8(kPythonReader), path});
        QVERIFY2(reader.waitForFinished(60000), "python3 did not finish");
        const QString errors = QString::fromUtf8(reader.readAllStandardError());
        if (reader.exitCode() == 3)
            QFAIL("python3-icalendar is missing: install the Debian package python3-icalendar (scripts/packages.txt)");
        QVERIFY2(reader.exitStatus() == QProcess::NormalExit && reader.exitCode() == 0, qPrintable(errors));

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(reader.readAllStandardOutput(), &parseError);
        QVERIFY2(document.isArray(), qPrintable(parseError.errorString()));
        const QJsonArray events = document.array();
        QCOMPARE(events.size(), bookmarks.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QJsonObject event = events.at(i).toObject();
            const Bookmark &bookmark = bookmarks.at(i);
            QCOMPARE(event.value(QStringLiteral("summary")).toString(), bookmark.title);
            QCOMPARE(event.value(QStringLiteral("dtstart")).toString(),
                     bookmark.start.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
            QCOMPARE(event.value(QStringLiteral("offset")).toDouble(-1), 0.0); // an aware time, in UTC
            QCOMPARE(QDateTime::fromString(event.value(QStringLiteral("iso")).toString(), Qt::ISODate), bookmark.start);
            QVERIFY(event.value(QStringLiteral("uid")).toString().endsWith(QStringLiteral(".attend")));
        }
    }
};

QTEST_GUILESS_MAIN(TestIcsExport)
#include "tst_icsexport.moc"
