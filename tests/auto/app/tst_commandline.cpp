#include "app/sessionlisting.h"
#include "feed/feedreader.h"
#include "library/conferenceidentity.h"
#include "library/subscription.h"
#include "schedule/personalschedule.h"

#include <QElapsedTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Attend;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// The real binary, with no display at all: the headless modes must not need one.
Run attend(const QStringList &arguments, const QString &tz = QStringLiteral("Europe/Berlin"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("TZ"), tz);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ATTEND_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString feed(const char *name)
{
    return QStringLiteral(ATTEND_TEST_DATA "/feeds/") + QLatin1String(name);
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listBuiltInInEventZone()
    {
        const Run run = attend({QStringLiteral("--list"), QStringLiteral("--tz"), QStringLiteral("event")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 17);
        QCOMPARE(lines.first(), QStringLiteral("2022-11-10T09:00:00-08:00\t2022-11-10T09:05:00-08:00\tOpening\tOnline\tWelcome\tJeremy Saenz"));
        QCOMPARE(lines.at(2), QStringLiteral("2022-11-10T09:20:00-08:00\t2022-11-10T09:40:00-08:00\tProgram\tOnline\tTranscending microservices with NATS\t"));
        QCOMPARE(lines.last().section(QLatin1Char('\t'), 1, 1), QStringLiteral("2022-11-10T13:00:00-08:00"));
        for (const QString &line : lines)
            QCOMPARE(line.count(QLatin1Char('\t')), 5);
    }

    void listWithJoinLinks()
    {
        // The built-in agenda: a virtual event in the room "Online", so its page is where to join.
        Run run = attend({QStringLiteral("--list"), QStringLiteral("--links"), QStringLiteral("--tz"), QStringLiteral("event")});
        QCOMPARE(run.exitCode, 0);
        QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 17);
        for (const QString &line : lines) {
            QCOMPARE(line.count(QLatin1Char('\t')), 6);
            QCOMPARE(line.section(QLatin1Char('\t'), 6), QStringLiteral("https://synadia.com/events/rethink/2022"));
        }
        // rC3 2020: online only, no links of its own: its schedule page.
        run = attend({QStringLiteral("--feed"), feed("rc3-2020-pretalx.frab.json"), QStringLiteral("--list"), QStringLiteral("--links")});
        QCOMPARE(run.exitCode, 0);
        lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 48);
        QCOMPARE(lines.constFirst().section(QLatin1Char('\t'), 6), QStringLiteral("https://pretalx.rc3.studio/rc3-channels-2020/schedule/"));
        // An in-person conference: the column is there, and empty.
        run = attend({QStringLiteral("--feed"), feed("debconf23-wafer.xml"), QStringLiteral("--links")});
        QCOMPARE(run.exitCode, 0);
        lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 117);
        for (const QString &line : lines) {
            QCOMPARE(line.count(QLatin1Char('\t')), 6);
            QVERIFY(line.endsWith(QLatin1Char('\t')));
        }
    }

    void listDefaultsToTheSystemZone()
    {
        const Run run = attend({QStringLiteral("--list")}, QStringLiteral("Asia/Tokyo"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("2022-11-11T02:00:00+09:00\t")), qPrintable(run.out.left(80)));
    }

    void listInUtcAndNamedZone()
    {
        Run run = attend({QStringLiteral("--list"), QStringLiteral("--tz"), QStringLiteral("UTC")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QLatin1String("2022-11-10T17:00:00Z\t2022-11-10T17:05:00Z\t")));
        run = attend({QStringLiteral("--list"), QStringLiteral("--tz"), QStringLiteral("Europe/Berlin")});
        QVERIFY(run.out.startsWith(QLatin1String("2022-11-10T18:00:00+01:00\t")));
    }

    void listAFeedFile()
    {
        const Run run = attend({QStringLiteral("--feed"), feed("debconf23-wafer.xml"), QStringLiteral("--list"),
                                QStringLiteral("--tz"), QStringLiteral("event")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 117);
        QVERIFY(run.out.contains(QLatin1String("2023-09-10T10:30:00+05:30\t2023-09-10T10:50:00+05:30\t")));
    }

    void sortedByStartRoomTitle()
    {
        const Run run = attend({QStringLiteral("--feed"), feed("fosdem-2026-pretalx-pentabarf.xml"), QStringLiteral("--list"),
                                QStringLiteral("--tz"), QStringLiteral("UTC")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 883);
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList a = lines.at(i - 1).split(QLatin1Char('\t'));
            const QStringList b = lines.at(i).split(QLatin1Char('\t'));
            const auto keyA = std::make_tuple(a.at(0), a.at(3), a.at(4));
            const auto keyB = std::make_tuple(b.at(0), b.at(3), b.at(4));
            QVERIFY2(keyA <= keyB, qPrintable(lines.at(i)));
        }
    }

    void listSearchPrintsWhatTheSearchShows()
    {
        const QStringList base = {QStringLiteral("--feed"), feed("fosdem-2026-pretalx-pentabarf.xml"), QStringLiteral("--list"),
                                  QStringLiteral("--tz"), QStringLiteral("UTC")};
        const Run all = attend(base);
        const Run rust = attend(base + QStringList{QStringLiteral("--search"), QStringLiteral("rust")});
        QCOMPARE(rust.exitCode, 0);
        const QStringList lines = rust.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 66); // every session with a word starting "rust" (see tst_sessionfiltermodel)
        // The same TSV as --list, in the same order: the lines are a subsequence of the full listing.
        const QStringList everything = all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        qsizetype at = 0;
        for (const QString &line : lines) {
            at = everything.indexOf(line, at);
            QVERIFY2(at >= 0, qPrintable(line));
            ++at;
        }
        // Words start words: "rust-based", "Node.js" and case and accents as the window has them.
        const Run two = attend(base + QStringList{QStringLiteral("--search"), QStringLiteral("RUST trust")});
        QCOMPARE(two.exitCode, 0);
        QVERIFY(two.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() < lines.size());
        const Run none = attend(base + QStringList{QStringLiteral("--search"), QStringLiteral("zzzqqq")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, QString());
        const Run withoutList = attend({QStringLiteral("--search"), QStringLiteral("rust")});
        QCOMPARE(withoutList.exitCode, 2);
    }

    void fieldsNeverHoldTabsOrNewlines()
    {
        Conference conference;
        conference.timeZone = QTimeZone::utc();
        Session session;
        session.title = QStringLiteral("Line one\nline\ttwo");
        session.start = QDateTime(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC);
        session.durationSeconds = 600;
        conference.sessions.append(session);
        QCOMPARE(QString::fromUtf8(listSessions(conference, QTimeZone::utc())),
                 QStringLiteral("2024-01-01T10:00:00Z\t2024-01-01T10:10:00Z\t\t\tLine one line two\t\n"));
    }

    // Whatever a terminal or a line reader takes as a break or acts on becomes a space, in every
    // text field: one session is always one line of exactly six fields.
    void fieldsNeverHoldLineBreaksOrControls_data()
    {
        QTest::addColumn<QString>("separator");
        QTest::addRow("CR") << QStringLiteral("\r");
        QTest::addRow("VT") << QStringLiteral("\v");
        QTest::addRow("FF") << QStringLiteral("\f");
        QTest::addRow("NEL U+0085") << QStringLiteral("\u0085");
        QTest::addRow("LINE SEPARATOR U+2028") << QStringLiteral("\u2028");
        QTest::addRow("PARAGRAPH SEPARATOR U+2029") << QStringLiteral("\u2029");
        QTest::addRow("ESC (terminal sequences)") << QStringLiteral("\x1b");
        QTest::addRow("NUL") << QString(QChar(0));
        QTest::addRow("BEL") << QStringLiteral("\a");
        QTest::addRow("backspace") << QStringLiteral("\b");
        QTest::addRow("DEL") << QStringLiteral("\x7f");
        QTest::addRow("C1 CSI U+009B") << QStringLiteral("\u009b");
    }
    void fieldsNeverHoldLineBreaksOrControls()
    {
        QFETCH(QString, separator);
        Conference conference;
        Session session;
        session.title = QStringLiteral("Title") + separator + QStringLiteral("end");
        session.room = QStringLiteral("Room") + separator + QStringLiteral("A");
        session.track = QStringLiteral("Track") + separator + QStringLiteral("B");
        session.speakers = {Speaker{QString(), QStringLiteral("Ada") + separator + QStringLiteral("Lovelace")}};
        session.start = QDateTime(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC);
        session.durationSeconds = 600;
        conference.sessions.append(session);
        QCOMPARE(QString::fromUtf8(listSessions(conference, QTimeZone::utc())),
                 QStringLiteral("2024-01-01T10:00:00Z\t2024-01-01T10:10:00Z\tTrack B\tRoom A\tTitle end\tAda Lovelace\n"));
    }

    void errorsAndExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrContains");
        QTest::addRow("unknown zone") << QStringList{"--list", "--tz", "Mars/Olympus"} << 2 << "Unknown time zone: Mars/Olympus";
        QTest::addRow("unknown option") << QStringList{"--list", "--frobnicate"} << 2 << "frobnicate";
        QTest::addRow("missing value") << QStringList{"--list", "--tz"} << 2 << "tz";
        QTest::addRow("missing file") << QStringList{"--list", "--feed", "/nonexistent/feed.xml"} << 1 << "/nonexistent/feed.xml: cannot open";
        // QFile::size() is 0 for a device: an uncapped read ran until memory ran out.
        QTest::addRow("device") << QStringList{"--list", "--feed", "/dev/zero"} << 1 << "/dev/zero: not a regular file";
    }
    void errorsAndExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrContains);
        const Run run = attend(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.contains(stderrContains), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }

    void fifoIsRefusedAtOnce()
    {
        // Opening a FIFO with no writer blocks; reading one never ends.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("feed.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        QElapsedTimer timer;
        timer.start();
        const Run run = attend({QStringLiteral("--list"), QStringLiteral("--feed"), path});
        QVERIFY2(timer.elapsed() < 2000 + 3000, qPrintable(QString::number(timer.elapsed()))); // 2 s, and the start of the process
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, QStringLiteral("attend: %1: not a regular file (a folder, device or pipe cannot be a feed)\n").arg(path));
    }

    void brokenFeedGivesOneLineWithPosition()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<schedule>\n  <conference><title>Broken</title></conference>\n  <day date=\"2024-01-01\">\n    <event id=\"1\"><title>x</event>\n");
        file.close();
        const Run run = attend({QStringLiteral("--list"), QStringLiteral("--feed"), path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(QStringLiteral("attend: %1:4:").arg(path)), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }

    void exportIcsWritesTheBookmarksOfThatConference()
    {
        QTemporaryDir home;
        // The person's schedule, where Attend keeps it: one RethinkConn bookmark, one of another conference.
        const QString schedulePath = home.filePath(QStringLiteral("data/Attend/attend/schedule.json"));
        {
            PersonalSchedule schedule{ScheduleStore(schedulePath)};
            schedule.load();
            const ParseResult builtIn = FeedReader::readBuiltIn();
            QVERIFY(builtIn.ok);
            schedule.addBookmark(PersonalSchedule::bookmarkFor(QStringLiteral("rethinkconn2022"), builtIn.conference.title,
                                                               builtIn.conference.sessions.at(1)));
            Bookmark other;
            other.conferenceId = QStringLiteral("fosdem-2026");
            other.key = QStringLiteral("g:x");
            other.title = QStringLiteral("Not this one");
            other.start = QDateTime(QDate(2026, 1, 31), QTime(9, 0), Qt::UTC);
            other.end = other.start.addSecs(600);
            schedule.addBookmark(other);
        }
        const QString out = home.filePath(QStringLiteral("mine.ics"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ATTEND_BINARY), {QStringLiteral("--export-ics"), out});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QLatin1String("Exported 1 bookmarked")));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(ics.contains("SUMMARY:Rethinking connectivity from cloud to edge"));
        QVERIFY(ics.contains("DTSTART:20221110T170500Z"));
        QVERIFY(!ics.contains("Not this one"));
    }

    void calendarFilePrintsThePathInUse()
    {
        QTemporaryDir home;
        const auto run = [&home] {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.remove(QStringLiteral("DISPLAY"));
            environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(ATTEND_BINARY), {QStringLiteral("--calendar-file")});
            process.waitForFinished(30000);
            return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
        };
        const Run byDefault = run();
        QCOMPARE(byDefault.exitCode, 0);
        QCOMPARE(byDefault.out, home.filePath(QStringLiteral("data/Attend/attend/attend-bookmarks.ics")) + QLatin1Char('\n'));
        QCOMPARE(byDefault.err, QString());

        // A path chosen in Settings, and the switch turned off: said on stderr.
        QDir().mkpath(home.filePath(QStringLiteral("config/Attend")));
        QFile settings(home.filePath(QStringLiteral("config/Attend/attend.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[liveCalendar]\npath=/srv/cal/mine.ics\nenabled=false\n");
        settings.close();
        const Run chosen = run();
        QCOMPARE(chosen.exitCode, 0);
        QCOMPARE(chosen.out, QStringLiteral("/srv/cal/mine.ics\n"));
        QVERIFY(chosen.err.contains(QLatin1String("turned off")));
    }

    void exportIcsOfAnAddressFiledApartWritesItsOwnBookmarks()
    {
        // Two followed addresses whose feeds both claim "democon"; the second was added separately.
        QTemporaryDir home;
        const QString first = home.filePath(QStringLiteral("democon.xml"));
        const QString second = home.filePath(QStringLiteral("elsewhere.xml"));
        QVERIFY(QFile::copy(feed("pretalx-democon-2022.xml"), first));
        QVERIFY(QFile::copy(feed("pretalx-democon-2022.xml"), second));
        const QString apart = separateConferenceId(QStringLiteral("democon"), QUrl::fromLocalFile(second));
        const QString dataDir = home.filePath(QStringLiteral("data/Attend/attend"));
        QVERIFY(QDir().mkpath(dataDir));
        const auto entry = [](const QString &path, const QString &conferenceId) {
            return QJsonObject{{QStringLiteral("url"), QUrl::fromLocalFile(path).toString()}, {QStringLiteral("title"), QStringLiteral("DemoCon")},
                               {QStringLiteral("conferenceId"), conferenceId}, {QStringLiteral("auth"), QStringLiteral("none")}};
        };
        QFile library(dataDir + QStringLiteral("/conferences.json"));
        QVERIFY(library.open(QIODevice::WriteOnly));
        library.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                {QStringLiteral("conferences"), QJsonArray{entry(first, QStringLiteral("democon")), entry(second, apart)}}})
                          .toJson());
        library.close();
        {
            PersonalSchedule schedule{ScheduleStore(dataDir + QStringLiteral("/schedule.json"))};
            schedule.load();
            const ParseResult democon = FeedReader::readFile(first);
            QVERIFY(democon.ok);
            schedule.addBookmark(PersonalSchedule::bookmarkFor(QStringLiteral("democon"), QStringLiteral("DemoCon"), democon.conference.sessions.at(0)));
            schedule.addBookmark(PersonalSchedule::bookmarkFor(apart, QStringLiteral("DemoCon"), democon.conference.sessions.at(1)));
        }
        const QString out = home.filePath(QStringLiteral("mine.ics"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ATTEND_BINARY), {QStringLiteral("--feed"), second, QStringLiteral("--export-ics"), out});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.contains("SUMMARY:Optional bifurcated attitude"));
        QVERIFY(!ics.contains("Persevering cohesive concept"));
    }

    void versionAndHelp()
    {
        Run run = attend({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("attend 0.")), qPrintable(run.out));
        run = attend({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--feed", "--list", "--tz", "--version"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
