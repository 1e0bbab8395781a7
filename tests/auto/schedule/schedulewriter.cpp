// A child process for tst_personalschedule: adds bookmarks one after another and acknowledges each
// on stdout once addBookmark() has returned (the save is done). The test kills it at random.
#include "schedule/personalschedule.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Attend;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    PersonalSchedule schedule{ScheduleStore(QString::fromLocal8Bit(argv[1]))};
    schedule.load();
    const int first = atoi(argv[2]);
    for (int i = first; i < first + 100000; ++i) {
        Bookmark bookmark;
        bookmark.conferenceId = QStringLiteral("crash-test");
        bookmark.key = QStringLiteral("k%1").arg(i);
        bookmark.title = QStringLiteral("Session %1 with a title long enough to take a moment to write").arg(i);
        bookmark.start = QDateTime(QDate(2026, 1, 31), QTime(9, 0), Qt::UTC).addSecs(i * 60);
        bookmark.end = bookmark.start.addSecs(1200);
        schedule.addBookmark(bookmark);
        printf("ack %d\n", i);
        fflush(stdout);
    }
    return 0;
}
