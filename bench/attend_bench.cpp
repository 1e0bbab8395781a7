// Prints how fast Attend reads agendas and answers a search keystroke, on the real feeds in
// tests/data and on a synthetic agenda ten times the size of 36C3. Figures, not pass/fail: run it
// on a quiet machine (see README, "Speed").
//
//   attend_bench [FEED_DIR]
#include "domain/searchtext.h"
#include "feed/feedreader.h"
#include "models/agenda.h"
#include "models/sessionfiltermodel.h"
#include "schedule/personalschedule.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Attend;

namespace {
constexpr int runs = 7;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Reading the bytes into a Conference, then building the list model the agenda shows. */
double readAndBuildMs(const QByteArray &data, PersonalSchedule *schedule, int *sessions, double *readOnlyMs = nullptr)
{
    QList<double> times;
    QList<double> readTimes;
    for (int run = 0; run < runs; ++run) {
        TimeFormatter formatter;
        Agenda agenda(&formatter, schedule);
        QElapsedTimer timer;
        timer.start();
        ParseResult result = FeedReader::readData(data, QStringLiteral("bench"));
        readTimes.append(timer.nsecsElapsed() / 1e6);
        agenda.setConference(std::move(result.conference));
        times.append(timer.nsecsElapsed() / 1e6);
        *sessions = agenda.sessionCount();
    }
    if (readOnlyMs)
        *readOnlyMs = median(readTimes);
    return median(times);
}

/** One keystroke: the filter re-runs and the view asks for the count. Median over a typed name. */
double keystrokeMs(Agenda &agenda, const QString &typed)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        SessionFilterModel filter;
        filter.setSourceModel(agenda.sessions());
        for (qsizetype length = 1; length <= typed.size(); ++length) {
            QElapsedTimer timer;
            timer.start();
            filter.setSearchText(typed.left(length));
            volatile int count = filter.count();
            Q_UNUSED(count);
            times.append(timer.nsecsElapsed() / 1e6);
        }
        filter.setSearchText(QString());
    }
    return median(times);
}

/** 36C3 ten times over: new keys and titles, shifted by whole days, as a 14,000-session agenda. */
Conference tenTimes(const Conference &base)
{
    Conference big = base;
    big.sessions.clear();
    for (int copy = 0; copy < 10; ++copy) {
        for (Session session : base.sessions) {
            session.key += QStringLiteral("-%1").arg(copy);
            session.title += QStringLiteral(" (%1)").arg(copy);
            session.start = session.start.addDays(copy * 4);
            big.sessions.append(session);
        }
    }
    sortSessions(big.sessions);
    return big;
}

void row(const char *what, double ms, const char *target)
{
    printf("%-58s %9.2f ms   (target %s)\n", what, ms, target);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString feeds = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(ATTEND_FEED_DIR);
    QTemporaryDir dir;
    PersonalSchedule schedule{ScheduleStore(dir.filePath(QStringLiteral("schedule.json")))};
    schedule.load();

    printf("Attend benchmark: median of %d runs, Qt %s\n\n", runs, qVersion());
    int sessions = 0;
    const QByteArray fosdem = readAll(feeds + QStringLiteral("/fosdem-2026-pretalx-pentabarf.xml"));
    const QByteArray ccc = readAll(feeds + QStringLiteral("/36c3-everything-voc-merged.xml"));
    if (fosdem.isEmpty() || ccc.isEmpty()) {
        fprintf(stderr, "attend_bench: feeds not found in %s\n", qPrintable(feeds));
        return 1;
    }
    double readMs = 0;
    double ms = readAndBuildMs(fosdem, &schedule, &sessions, &readMs);
    printf("%-58s %9.2f ms   (target 40 ms; %d sessions, %.1f MB; reading alone %.2f ms)\n", "read + model build, FOSDEM 2026", ms,
           sessions, fosdem.size() / 1e6, readMs);
    ms = readAndBuildMs(ccc, &schedule, &sessions, &readMs);
    printf("%-58s %9.2f ms   (target 60 ms; %d sessions, %.1f MB; reading alone %.2f ms)\n", "read + model build, 36C3", ms,
           sessions, ccc.size() / 1e6, readMs);

    TimeFormatter formatter;
    Agenda agenda(&formatter, &schedule);
    agenda.setConference(FeedReader::readData(ccc, QStringLiteral("36c3")).conference);
    row("search keystroke (filter + count), 36C3, typing a name", keystrokeMs(agenda, QStringLiteral("Bernhard")), "5 ms");

    Agenda bigAgenda(&formatter, &schedule);
    QElapsedTimer timer;
    timer.start();
    bigAgenda.setConference(tenTimes(agenda.conference()));
    printf("%-58s %9.2f ms   (%d sessions)\n", "model build, synthetic 10x 36C3", timer.nsecsElapsed() / 1e6, bigAgenda.sessionCount());
    row("search keystroke (filter + count), 10x 36C3", keystrokeMs(bigAgenda, QStringLiteral("Bernhard")), "30 ms");
    return 0;
}
