// Peak memory and time of the iCalendar reader on a large calendar made from a real feed:
//   build/bench/attend_icalpeak [feed.ics] [copies]
// The feed's VEVENTs are repeated `copies` times with fresh UIDs (default: linux-conf-au-2020.ics,
// 120 copies, about 35 MB). Prints the file size, the parse time and the peak resident memory the
// parse added (VmHWM after the parse minus the resident size before it; the peak is reset first).
#include "feed/icalendarparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // resets VmHWM to the current resident size (Linux 4.0+)
}

QByteArray multiply(const QByteArray &feed, int copies)
{
    const qsizetype first = feed.indexOf("BEGIN:VEVENT");
    const qsizetype last = feed.lastIndexOf("END:VEVENT");
    if (first < 0 || last < 0)
        return feed;
    const qsizetype eventsEnd = feed.indexOf('\n', last) + 1;
    const QByteArray head = feed.left(first);
    const QByteArray events = feed.mid(first, eventsEnd - first);
    const QByteArray tail = feed.mid(eventsEnd);
    QByteArray out = head;
    out.reserve(head.size() + events.size() * copies + tail.size());
    for (int copy = 0; copy < copies; ++copy) {
        QByteArray fresh = events;
        fresh.replace("\nUID:", "\nUID:copy" + QByteArray::number(copy) + "-");
        out += fresh;
    }
    out += tail;
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = args.size() > 1 ? args.at(1) : QStringLiteral(ATTEND_FEED_DIR "/linux-conf-au-2020.ics");
    const int copies = args.size() > 2 ? args.at(2).toInt() : 120;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    const QByteArray data = multiply(file.readAll(), copies);
    file.close();

    resetPeak();
    const qint64 before = statusKb("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    const Attend::ParseResult result = Attend::ICalendarParser::parse(data, path);
    const qint64 ms = timer.elapsed();
    const qint64 peak = statusKb("VmHWM:");
    std::printf("%s x%d: %.1f MB, %s, %lld sessions, %lld ms, peak +%.0f MB (%.1fx the file)\n",
                qPrintable(QFileInfo(path).fileName()), copies, data.size() / 1e6,
                result.ok ? "read" : qPrintable(result.error.message), qlonglong(result.conference.sessions.size()), qlonglong(ms),
                (peak - before) / 1024.0, (peak - before) * 1024.0 / data.size());
    return result.ok ? 0 : 1;
}
