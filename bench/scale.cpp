// Linear to the largest conferences: FOSDEM 2026 made 1x, 10x and 30x (about 26,000 sessions),
// written as Pentabarf XML, frab JSON and iCalendar, each read with the time and the peak memory it
// takes; then every action a person takes, timed on the 30x agenda. Figures, not pass/fail.
//
//   attend_scale [FOSDEM_FILE] [--keep DIR]     (--keep writes the generated feeds into DIR)
//
// Copies of the agenda run in parallel (the same days, rooms "Janson #2" ...), with their own ids,
// guids, titles and speakers, as a meeting of 26,000 presentations would.
#include "domain/conferencesnapshot.h"
#include "feed/feedreader.h"
#include "models/agenda.h"
#include "models/nownextmodel.h"
#include "models/schedulemodel.h"
#include "models/sessionfiltermodel.h"
#include "models/sessionlistmodel.h"
#include "models/speakerfiltermodel.h"
#include "models/speakerlistmodel.h"
#include "models/timeformatter.h"
#include "models/timetablemodel.h"
#include "domain/clock.h"
#include "schedule/personalschedule.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QXmlStreamWriter>

#include <algorithm>
#include <malloc.h>
#include <cstdio>
#include <functional>

using namespace Attend;

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void resetPeak()
{
    malloc_trim(0); // memory freed by the last run goes back first: the peak is then this run's own
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // VmHWM := VmRSS (Linux 4.0+)
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double msOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

class FixedClock : public Clock
{
public:
    QDateTime at;
    QDateTime now() const override { return at; }
};

/** FOSDEM `copies` times over, in parallel: copy k > 0 has its own ids, titles, rooms and speakers. */
Conference multiplied(const Conference &base, int copies)
{
    Conference big = base;
    big.sessions.clear();
    big.sessions.reserve(base.sessions.size() * copies);
    for (int copy = 0; copy < copies; ++copy) {
        for (Session session : base.sessions) {
            if (copy > 0) {
                const QString suffix = QStringLiteral(" #%1").arg(copy + 1);
                session.feedId = QString::number(session.feedId.toLongLong() + copy * 1000000LL);
                session.guid = session.guid.isEmpty() ? QString() : session.guid + QStringLiteral("-%1").arg(copy);
                session.title += suffix;
                session.room += suffix;
                for (Speaker &speaker : session.speakers) {
                    speaker.id = speaker.id.isEmpty() ? QString() : speaker.id + QStringLiteral("-%1").arg(copy);
                    speaker.name += suffix;
                }
            }
            big.sessions.append(session);
        }
    }
    return big;
}

QString hhmm(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 3600, 2, 10, QLatin1Char('0')).arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
}

QByteArray toPentabarf(const Conference &conference)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("schedule"));
    xml.writeStartElement(QStringLiteral("conference"));
    xml.writeTextElement(QStringLiteral("acronym"), conference.acronym);
    xml.writeTextElement(QStringLiteral("title"), conference.title);
    xml.writeTextElement(QStringLiteral("time_zone_name"), QString::fromLatin1(conference.timeZone.id()));
    xml.writeEndElement();
    for (int day = 0; day < conference.days.size(); ++day) {
        xml.writeStartElement(QStringLiteral("day"));
        xml.writeAttribute(QStringLiteral("index"), QString::number(day + 1));
        xml.writeAttribute(QStringLiteral("date"), conference.days.at(day).toString(Qt::ISODate));
        for (const Session &session : conference.sessions) {
            if (session.dayIndex != day)
                continue;
            const QDateTime local = session.start.toTimeZone(conference.timeZone);
            xml.writeStartElement(QStringLiteral("room"));
            xml.writeAttribute(QStringLiteral("name"), session.room);
            xml.writeStartElement(QStringLiteral("event"));
            xml.writeAttribute(QStringLiteral("id"), session.feedId);
            xml.writeAttribute(QStringLiteral("guid"), session.guid);
            xml.writeTextElement(QStringLiteral("date"), local.toString(Qt::ISODate));
            xml.writeTextElement(QStringLiteral("start"), local.toString(QStringLiteral("HH:mm")));
            xml.writeTextElement(QStringLiteral("duration"), hhmm(session.durationSeconds));
            xml.writeTextElement(QStringLiteral("room"), session.room);
            xml.writeTextElement(QStringLiteral("title"), session.title);
            xml.writeTextElement(QStringLiteral("track"), session.track);
            xml.writeTextElement(QStringLiteral("type"), session.type);
            xml.writeTextElement(QStringLiteral("language"), session.language);
            xml.writeTextElement(QStringLiteral("abstract"), session.abstract);
            xml.writeStartElement(QStringLiteral("persons"));
            for (const Speaker &speaker : session.speakers) {
                xml.writeStartElement(QStringLiteral("person"));
                xml.writeAttribute(QStringLiteral("id"), speaker.id);
                xml.writeCharacters(speaker.name);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("links"));
            for (const SessionLink &link : session.links) {
                xml.writeStartElement(QStringLiteral("link"));
                xml.writeAttribute(QStringLiteral("href"), link.url.toString());
                xml.writeCharacters(link.title);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement(); // event
            xml.writeEndElement(); // room
        }
        xml.writeEndElement(); // day
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray toFrabJson(const Conference &conference)
{
    QJsonArray days;
    for (int day = 0; day < conference.days.size(); ++day) {
        QJsonObject rooms;
        QHash<QString, QJsonArray> byRoom;
        QStringList roomOrder;
        for (const Session &session : conference.sessions) {
            if (session.dayIndex != day)
                continue;
            const QDateTime local = session.start.toTimeZone(conference.timeZone);
            QJsonArray persons;
            for (const Speaker &speaker : session.speakers)
                persons.append(QJsonObject{{QStringLiteral("id"), speaker.id}, {QStringLiteral("public_name"), speaker.name}});
            QJsonArray links;
            for (const SessionLink &link : session.links)
                links.append(QJsonObject{{QStringLiteral("url"), link.url.toString()}, {QStringLiteral("title"), link.title}});
            if (!byRoom.contains(session.room))
                roomOrder.append(session.room);
            byRoom[session.room].append(QJsonObject{
                {QStringLiteral("id"), session.feedId.toLongLong()}, {QStringLiteral("guid"), session.guid},
                {QStringLiteral("date"), local.toString(Qt::ISODate)}, {QStringLiteral("start"), local.toString(QStringLiteral("HH:mm"))},
                {QStringLiteral("duration"), hhmm(session.durationSeconds)}, {QStringLiteral("room"), session.room},
                {QStringLiteral("title"), session.title}, {QStringLiteral("track"), session.track},
                {QStringLiteral("type"), session.type}, {QStringLiteral("language"), session.language},
                {QStringLiteral("abstract"), session.abstract}, {QStringLiteral("persons"), persons},
                {QStringLiteral("links"), links}});
        }
        for (const QString &room : std::as_const(roomOrder))
            rooms.insert(room, byRoom.value(room));
        days.append(QJsonObject{{QStringLiteral("index"), day + 1}, {QStringLiteral("date"), conference.days.at(day).toString(Qt::ISODate)},
                                {QStringLiteral("rooms"), rooms}});
    }
    const QJsonObject schedule{{QStringLiteral("version"), QStringLiteral("bench")},
                               {QStringLiteral("conference"), QJsonObject{{QStringLiteral("acronym"), conference.acronym},
                                                                          {QStringLiteral("title"), conference.title},
                                                                          {QStringLiteral("time_zone_name"), QString::fromLatin1(conference.timeZone.id())},
                                                                          {QStringLiteral("days"), days}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("schedule"), schedule}}).toJson(QJsonDocument::Compact);
}

QByteArray icalText(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char(';'), QLatin1String("\\;"));
    escaped.replace(QLatin1Char(','), QLatin1String("\\,"));
    escaped.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    escaped.remove(QLatin1Char('\r'));
    return escaped.toUtf8();
}

void icalLine(QByteArray &out, const QByteArray &line)
{
    // Folded at 74 octets, never inside a UTF-8 sequence.
    qsizetype at = 0;
    bool first = true;
    while (at < line.size()) {
        qsizetype end = std::min(line.size(), at + (first ? 74 : 73));
        while (end < line.size() && end > at && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        if (!first)
            out += ' ';
        out += line.mid(at, end - at);
        out += "\r\n";
        at = end;
        first = false;
    }
}

QByteArray toICalendar(const Conference &conference)
{
    QByteArray out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Attend//bench//EN\r\n";
    icalLine(out, "X-WR-CALNAME:" + icalText(conference.title));
    icalLine(out, "X-WR-TIMEZONE:" + conference.timeZone.id());
    const QString stamp = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");
    for (const Session &session : conference.sessions) {
        out += "BEGIN:VEVENT\r\n";
        icalLine(out, "UID:" + icalText(session.guid.isEmpty() ? session.key : session.guid));
        icalLine(out, "DTSTAMP:20260101T000000Z");
        icalLine(out, "DTSTART:" + session.start.toUTC().toString(stamp).toLatin1());
        icalLine(out, "DTEND:" + session.end().toUTC().toString(stamp).toLatin1());
        icalLine(out, "SUMMARY:" + icalText(session.title));
        icalLine(out, "LOCATION:" + icalText(session.room));
        if (!session.track.isEmpty())
            icalLine(out, "CATEGORIES:" + icalText(session.track));
        icalLine(out, "DESCRIPTION:" + icalText(session.abstract));
        out += "END:VEVENT\r\n";
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

struct Read {
    double ms = 0;
    double peakMb = 0;
    int sessions = 0;
};

Read readOnce(const QByteArray &bytes)
{
    resetPeak();
    const qint64 before = statusKb("VmRSS");
    Read read;
    QElapsedTimer timer;
    timer.start();
    {
        const ParseResult result = FeedReader::readData(bytes, QStringLiteral("bench"));
        read.ms = timer.nsecsElapsed() / 1e6;
        read.sessions = int(result.conference.sessions.size());
        read.peakMb = (statusKb("VmHWM") - before) / 1024.0;
    }
    return read;
}

void actionRow(const char *what, double ms)
{
    printf("  %-62s %8.2f ms   (target < 50 ms)\n", what, ms);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QString fosdemPath = QStringLiteral(ATTEND_FEED_DIR "/fosdem-2026-pretalx-pentabarf.xml");
    QString keep;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--keep" && i + 1 < argc)
            keep = QString::fromLocal8Bit(argv[++i]);
        else
            fosdemPath = QString::fromLocal8Bit(argv[i]);
    }
    const ParseResult fosdem = FeedReader::readFile(fosdemPath);
    if (!fosdem.ok) {
        fprintf(stderr, "attend_scale: %s\n", qPrintable(fosdem.error.toString()));
        return 1;
    }
    printf("Attend at scale: FOSDEM 2026 (%lld sessions) made 1x, 10x and 30x; Qt %s\n", qlonglong(fosdem.conference.sessions.size()), qVersion());
    printf("Reading: median of 3 (1x: of 7); peak = VmHWM growth during the read (reset before it)\n\n");
    printf("  %-8s %5s %9s %9s %11s %10s %12s\n", "format", "size", "MB", "sessions", "read ms", "peak MB", "ms/1k sess");

    struct Format {
        const char *name;
        QByteArray (*write)(const Conference &);
    };
    const Format formats[] = {{"XML", toPentabarf}, {"JSON", toFrabJson}, {"iCal", toICalendar}};
    QByteArray xml30;
    for (const Format &format : formats) {
        for (int copies : {1, 10, 30}) {
            const QByteArray bytes = format.write(multiplied(fosdem.conference, copies));
            if (!keep.isEmpty()) {
                QDir().mkpath(keep);
                QFile file(QStringLiteral("%1/fosdem-x%2.%3").arg(keep).arg(copies).arg(QString::fromLatin1(format.name).toLower()));
                if (file.open(QIODevice::WriteOnly))
                    file.write(bytes);
            }
            QList<double> times;
            QList<double> peaks;
            int sessions = 0;
            for (int run = 0; run < (copies == 1 ? 7 : 3); ++run) {
                const Read read = readOnce(bytes);
                times.append(read.ms);
                peaks.append(read.peakMb);
                sessions = read.sessions;
            }
            const double ms = median(times);
            printf("  %-8s %4dx %9.1f %9d %11.1f %10.1f %12.2f\n", format.name, copies, bytes.size() / 1e6, sessions, ms, median(peaks),
                   sessions ? ms * 1000 / sessions : 0.0);
            if (copies == 30 && QByteArray(format.name) == "XML")
                xml30 = bytes;
        }
    }

    printf("\nEvery action on the 30x agenda (median of 7 unless said)\n");
    QTemporaryDir dir;
    PersonalSchedule schedule{ScheduleStore(dir.filePath(QStringLiteral("schedule.json")))};
    schedule.load();
    TimeFormatter formatter;
    FixedClock clock;
    Conference big = FeedReader::readData(xml30, QStringLiteral("x30")).conference;
    const int count = int(big.sessions.size());
    clock.at = big.sessions.at(count / 2).start.addSecs(600); // mid-conference: Now & Next is full
    Agenda agenda(&formatter, &schedule, nullptr, &clock);
    {
        Conference copy = big;
        const double ms = msOf([&] { agenda.setConference(std::move(copy)); });
        printf("  %-62s %8.2f ms   (once per start or update; %d sessions)\n", "model build (Agenda::setConference: list, Now & Next, speakers)", ms, count);
    }
    {
        const ConferenceSnapshot::Source source{xml30.size(), 0, ConferenceSnapshot::hashOfCopy(xml30), "bench"};
        QByteArray snapshot;
        const double writeMs = msOf([&] { snapshot = ConferenceSnapshot::write(big, source); });
        QList<double> times;
        for (int run = 0; run < 3; ++run)
            times.append(msOf([&] { volatile auto read = ConferenceSnapshot::read(snapshot, source)->sessions.size(); Q_UNUSED(read); }));
        printf("  %-62s %8.2f ms   (written in %.0f ms, %.1f MB; the XML read: see above)\n", "snapshot read instead of the XML (start-up)", median(times), writeMs,
               snapshot.size() / 1e6);
    }

    SessionFilterModel filter;
    filter.setSourceModel(agenda.sessions());
    filter.setConferenceId(agenda.conferenceId());
    {
        QList<double> times;
        const QString typed = QStringLiteral("kernel");
        for (int run = 0; run < 7; ++run) {
            for (qsizetype length = 1; length <= typed.size(); ++length)
                times.append(msOf([&] { filter.setSearchText(typed.left(length)); volatile int n = filter.count(); Q_UNUSED(n); }));
            filter.setSearchText(QString());
        }
        actionRow("search keystroke (typing \"kernel\", filter + count)", median(times));
    }
    {
        QList<double> day, track, room, reset;
        const QString someTrack = agenda.tracks().value(agenda.tracks().size() / 2);
        const QString someRoom = agenda.rooms().value(3);
        for (int run = 0; run < 7; ++run) {
            day.append(msOf([&] { filter.toggleDay(1); volatile int n = filter.count(); Q_UNUSED(n); }));
            track.append(msOf([&] { filter.toggleTrack(someTrack); volatile int n = filter.count(); Q_UNUSED(n); }));
            room.append(msOf([&] { filter.toggleRoom(someRoom); volatile int n = filter.count(); Q_UNUSED(n); }));
            reset.append(msOf([&] { filter.resetFilters(); volatile int n = filter.count(); Q_UNUSED(n); }));
        }
        actionRow("filter: choose a day", median(day));
        actionRow("filter: choose a track", median(track));
        actionRow("filter: choose a room", median(room));
        actionRow("filter: clear all", median(reset));
    }
    {
        QList<double> times;
        for (int run = 0; run < 7; ++run) {
            clock.at = clock.at.addSecs(60);
            times.append(msOf([&] { agenda.nowNext()->refresh(); }));
        }
        printf("  %-62s %8.2f ms   (target < 50 ms; %d rows)\n", "Now & Next: the minute tick (recompute now/next)", median(times), agenda.nowNext()->rowCount());
    }
    {
        QList<double> build, open, search;
        for (int run = 0; run < 3; ++run) {
            SpeakerListModel speakers;
            build.append(msOf([&] {
                speakers.setSessions(agenda.conferenceId(), agenda.conference().sessions);
                volatile int n = speakers.rowCount(); // built on first use: this is the first
                Q_UNUSED(n);
            }));
        }
        for (int run = 0; run < 3; ++run) {
            // As in the app: the list is made on a worker once start-up has settled, then the page opens.
            SpeakerListModel speakers;
            speakers.setSessions(agenda.conferenceId(), agenda.conference().sessions);
            speakers.prepareInBackground();
            QThreadPool::globalInstance()->waitForDone();
            open.append(msOf([&] { // the page's filter over the list, as QML makes it
                SpeakerFilterModel shown;
                shown.setSourceModel(&speakers);
                volatile int n = shown.count();
                Q_UNUSED(n);
            }));
        }
        SpeakerFilterModel speakerFilter;
        speakerFilter.setSourceModel(agenda.speakers());
        const QString typed = QStringLiteral("anna");
        for (int run = 0; run < 7; ++run) {
            for (qsizetype length = 1; length <= typed.size(); ++length)
                search.append(msOf([&] { speakerFilter.setSearchText(typed.left(length)); volatile int n = speakerFilter.count(); Q_UNUSED(n); }));
            speakerFilter.setSearchText(QString());
        }
        printf("  %-62s %8.2f ms   (%d people; on a worker thread, %d s after the agenda shows)\n", "speakers: build the list", median(build),
               agenda.speakers()->rowCount(), SpeakerListModel::backgroundDelayMs / 1000);
        actionRow("speakers: open the page (the list built by then)", median(open));
        actionRow("speakers: search keystroke", median(search));
    }
    {
        // Bookmark every 10th session (2,600 bookmarks, many clashing), then time one more bookmark:
        // the store writes, My schedule re-sorts and recomputes its clashes, the list refreshes.
        QList<Bookmark> bookmarks;
        for (int i = 0; i < count; i += 10)
            bookmarks.append(PersonalSchedule::bookmarkFor(agenda.conferenceId(), big.title, big.sessions.at(i)));
        const double importMs = msOf([&] { schedule.mergeBookmarks(bookmarks); });
        ScheduleModel *mine = agenda.mySchedule();
        QList<double> toggle, rows;
        for (int run = 0; run < 7; ++run) {
            const QString key = big.sessions.at(5 + run * 10).key;
            toggle.append(msOf([&] { agenda.toggleBookmark(key); }));
            rows.append(msOf([&] {
                for (int row = 0; row < std::min(40, mine->rowCount()); ++row) {
                    const QModelIndex index = mine->index(row);
                    for (int role : {ScheduleModel::TitleRole, ScheduleModel::DetailLineRole, ScheduleModel::ClashRole,
                                     ScheduleModel::ClashTextRole, ScheduleModel::GapTextRole, ScheduleModel::ChangeNoteRole})
                        volatile QVariant v = index.data(role);
                }
                volatile int clashes = mine->clashCount();
                Q_UNUSED(clashes);
            }));
        }
        printf("  %-62s %8.2f ms   (%d bookmarks, %d clashing; importing them took %.0f ms)\n", "My schedule: bookmark one more (store, sort, clashes)",
               median(toggle), mine->rowCount(), mine->clashCount(), importMs);
        actionRow("My schedule: the first screen (40 rows, clash and gap text)", median(rows));
    }
    {
        QList<double> times;
        for (int run = 0; run < 7; ++run) {
            TimetableModel grid;
            grid.setFormatter(&formatter);
            times.append(msOf([&] {
                grid.setFilter(&filter);
                grid.setDayIndex(run % 2);
                QCoreApplication::sendPostedEvents();
                QCoreApplication::processEvents(); // the rebuild is posted (one per batch of filter signals)
                volatile int n = grid.rowCount();
                Q_UNUSED(n);
            }));
        }
        actionRow("grid for one day (timetable layout)", median(times));
    }
    printf("\nVmHWM of this process at the end: %.1f MB\n", statusKb("VmHWM") / 1024.0);
    return 0;
}
