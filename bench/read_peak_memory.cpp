// Prints how much memory reading one feed takes: the process's peak resident size (VmHWM) before
// and after FeedReader::readFile, and the growth as a multiple of the file's size. Peak figures are
// per process, so run it once per file:
//
//   read_peak_memory FEED                       read FEED, print the figures
//   read_peak_memory --repeat N FEED OUT        write OUT: FEED's days repeated N times with fresh
//                                               event ids and guids (Pentabarf XML or frab JSON), to
//                                               measure agendas larger than any in tests/data
#include "feed/feedreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <cstdio>

using namespace Attend;

namespace {

/** A field of /proc/self/status in kB ("VmHWM", "VmRSS"), or -1. */
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

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Copy number `copy` of a block of days: every event id and guid made its own. */
QByteArray freshIds(QByteArray block, int copy, bool json)
{
    const QString suffix = QString::number(copy);
    QString text = QString::fromUtf8(block);
    if (json) {
        // Strings get a suffix; numbers (frab's ids) stay numbers, moved past every original id.
        static const QRegularExpression id(QStringLiteral("\"(id|guid)\": ?(\"[^\"]*|[0-9]+)"));
        QString out;
        qsizetype pos = 0;
        for (auto it = id.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            out += QStringView(text).mid(pos, match.capturedEnd() - pos - match.capturedLength(2));
            const QString value = match.captured(2);
            out += value.startsWith(QLatin1Char('"')) ? value + QLatin1Char('-') + suffix : QString::number(value.toLongLong() + copy * 100000000LL);
            pos = match.capturedEnd();
        }
        out += QStringView(text).mid(pos);
        text = out;
    } else {
        static const QRegularExpression id(QStringLiteral("<event ([^>]*)id=\"([^\"]*)\""));
        static const QRegularExpression guid(QStringLiteral("guid=\"([^\"]*)\""));
        text.replace(id, QStringLiteral("<event \\1id=\"\\2") + suffix + QLatin1Char('"'));
        text.replace(guid, QStringLiteral("guid=\"\\1-") + suffix + QLatin1Char('"'));
    }
    return text.toUtf8();
}

/** Where the array opened at `open` closes (strings skipped), or -1. */
qsizetype closingBracket(const QByteArray &data, qsizetype open)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = open; i < data.size(); ++i) {
        const char c = data.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if ((c == ']' || c == '}') && --depth == 0) {
            return i;
        }
    }
    return -1;
}

int repeat(int times, const QString &in, const QString &out)
{
    const QByteArray data = fileBytes(in);
    const bool json = data.trimmed().startsWith('{');
    // The block to repeat: from the first day to the end of the last (XML <day>…</day>; JSON the
    // members of conference.days, which 36C3's merge writes as one array of day objects).
    qsizetype begin = -1;
    qsizetype end = -1;
    if (json) {
        const qsizetype days = data.indexOf("\"days\"");
        begin = days < 0 ? -1 : data.indexOf('[', days) + 1;
        end = begin > 0 ? closingBracket(data, begin - 1) : -1;
    } else {
        begin = data.indexOf("<day ");
        end = data.lastIndexOf("</day>");
        if (end >= 0)
            end += 6;
    }
    if (begin <= 0 || end <= begin) {
        fprintf(stderr, "read_peak_memory: no days found in %s\n", qPrintable(in));
        return 1;
    }
    const QByteArray block = data.mid(begin, end - begin);
    QByteArray result = data.left(begin);
    for (int copy = 0; copy < times; ++copy) {
        if (copy > 0 && json)
            result += ',';
        result += copy == 0 ? block : freshIds(block, copy, json);
    }
    result += data.mid(end);
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(result) != result.size()) {
        fprintf(stderr, "read_peak_memory: cannot write %s\n", qPrintable(out));
        return 1;
    }
    printf("%s: %.1f MB\n", qPrintable(out), result.size() / 1e6);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--repeat"))
        return repeat(args.at(2).toInt(), args.at(3), args.at(4));
    if (args.size() != 2) {
        fprintf(stderr, "usage: read_peak_memory FEED | read_peak_memory --repeat N FEED OUT\n");
        return 2;
    }
    const QString path = args.at(1);
    const qint64 size = QFile(path).size();
    // Warm up first (zone data, code pages: ~2 MB whatever the feed), so the growth is the feed's.
    FeedReader::readBuiltIn();
    const qint64 before = statusKb("VmHWM");
    QElapsedTimer timer;
    timer.start();
    const ParseResult result = FeedReader::readFile(path);
    const double ms = timer.nsecsElapsed() / 1e6;
    const qint64 after = statusKb("VmHWM");
    const qint64 kept = statusKb("VmRSS");
    if (!result.ok) {
        fprintf(stderr, "read_peak_memory: %s\n", qPrintable(result.error.toString()));
        return 1;
    }
    printf("%s: %.1f MB, %lld sessions, %.0f ms\n", qPrintable(path), size / 1e6, qlonglong(result.conference.sessions.size()), ms);
    printf("  VmHWM before %lld kB, after %lld kB (RSS holding the agenda %lld kB)\n", before, after, kept);
    printf("  peak growth %.1f MB = %.1fx the file\n", (after - before) / 1e3, (after - before) * 1024.0 / double(size));
    return 0;
}
