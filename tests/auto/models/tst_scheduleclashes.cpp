// My schedule: which bookmarks clash and where free time starts, checked against the plain pairwise
// rule on many small random schedules, and computed for a 30,000-bookmark schedule in one pass
// (the pairwise way took minutes there: no timing, the answer within ctest's timeout says it).

#include "models/schedulemodel.h"
#include "models/timeformatter.h"
#include "schedule/personalschedule.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Attend;

namespace {

const QString conferenceId = QStringLiteral("conf");
const QDateTime origin(QDate(2026, 1, 31), QTime(9, 0), Qt::UTC);

Bookmark bookmarkAt(int n, qint64 startMinutes, qint64 minutes)
{
    Bookmark bookmark;
    bookmark.conferenceId = conferenceId;
    bookmark.key = QStringLiteral("k%1").arg(n);
    bookmark.title = QStringLiteral("Talk %1").arg(n, 6, 10, QLatin1Char('0'));
    bookmark.start = origin.addSecs(startMinutes * 60);
    bookmark.end = bookmark.start.addSecs(minutes * 60);
    return bookmark;
}

struct Fixture {
    QTemporaryDir dir;
    TimeFormatter formatter;
    PersonalSchedule schedule{ScheduleStore(dir.filePath(QStringLiteral("schedule.json")))};
    Fixture() { schedule.load(); }
};

} // namespace

class TestScheduleClashes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The rule: two bookmarks clash when each starts before the other ends.
    void clashesFollowThePairwiseRule()
    {
        QRandomGenerator random(13);
        for (int round = 0; round < 200; ++round) {
            Fixture f;
            QList<Bookmark> bookmarks;
            const int count = 1 + int(random.bounded(12));
            for (int n = 0; n < count; ++n) // few distinct starts, some zero-length: ties are the hard case
                bookmarks.append(bookmarkAt(n, random.bounded(8) * 15, random.bounded(4) * 15));
            f.schedule.mergeBookmarks(bookmarks);
            ScheduleModel model(&f.formatter, &f.schedule);
            model.setConference(conferenceId, {});
            QCOMPARE(model.rowCount(), count);
            int clashing = 0;
            for (int row = 0; row < count; ++row) {
                const QModelIndex index = model.index(row);
                const QDateTime start = index.data(ScheduleModel::StartRole).toDateTime();
                const QDateTime end = index.data(ScheduleModel::EndRole).toDateTime();
                QStringList expected;
                for (int other = 0; other < count; ++other) {
                    const QModelIndex o = model.index(other);
                    if (other != row && o.data(ScheduleModel::StartRole).toDateTime() < end
                        && start < o.data(ScheduleModel::EndRole).toDateTime())
                        expected.append(o.data(ScheduleModel::TitleRole).toString());
                }
                QCOMPARE(index.data(ScheduleModel::ClashRole).toBool(), !expected.isEmpty());
                QCOMPARE(index.data(ScheduleModel::ClashTextRole).toString(),
                         expected.isEmpty() ? QString() : QStringLiteral("Clashes with ") + expected.join(QStringLiteral(", ")));
                clashing += expected.isEmpty() ? 0 : 1;
            }
            QCOMPARE(model.clashCount(), clashing);
        }
    }

    void freeTimeStartsAfterTheLatestEarlierEnd()
    {
        Fixture f;
        // 09:00-11:00, 09:30-09:45, 11:30-12:00: the gap before the last is 11:00-11:30, not 09:45-11:30.
        f.schedule.mergeBookmarks({bookmarkAt(1, 0, 120), bookmarkAt(2, 30, 15), bookmarkAt(3, 150, 30)});
        ScheduleModel model(&f.formatter, &f.schedule);
        model.setConference(conferenceId, {});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(ScheduleModel::GapTextRole).toString(), QString());
        QCOMPARE(model.index(1).data(ScheduleModel::GapTextRole).toString(), QString()); // inside the first
        const QString gap = model.index(2).data(ScheduleModel::GapTextRole).toString();
        QVERIFY2(gap.contains(QLatin1String("30 min")), qPrintable(gap));
        QCOMPARE(model.clashCount(), 2);
    }

    void rowsFollowBookmarksAddedAndRemoved()
    {
        Fixture f;
        ScheduleModel model(&f.formatter, &f.schedule);
        model.setConference(conferenceId, {});
        f.schedule.mergeBookmarks({bookmarkAt(1, 0, 30), bookmarkAt(2, 60, 30)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.clashCount(), 0);
        f.schedule.mergeBookmarks({bookmarkAt(3, 15, 30)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1).data(ScheduleModel::KeyRole).toString(), QStringLiteral("k3"));
        QCOMPARE(model.clashCount(), 2);
        f.schedule.removeBookmark(conferenceId, QStringLiteral("k1"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.clashCount(), 0);
        QCOMPARE(model.index(0).data(ScheduleModel::KeyRole).toString(), QStringLiteral("k3"));
    }

    // 30,000 bookmarks, as a person who bookmarks a whole generated 30x FOSDEM would have: a run of
    // back-to-back talks (no clash), then a block where every talk overlaps the next.
    void aHugeScheduleIsComputedInOnePass()
    {
        Fixture f;
        constexpr int count = 30000;
        QList<Bookmark> bookmarks;
        bookmarks.reserve(count);
        for (int n = 0; n < count / 2; ++n)
            bookmarks.append(bookmarkAt(n, n * 30, 30)); // touching, not overlapping
        for (int n = count / 2; n < count; ++n)
            bookmarks.append(bookmarkAt(n, qint64(count / 2) * 30 + 60 + (n - count / 2) * 20, 30));
        f.schedule.mergeBookmarks(bookmarks);
        ScheduleModel model(&f.formatter, &f.schedule);
        model.setConference(conferenceId, {});
        QCOMPARE(model.rowCount(), count);
        QCOMPARE(model.clashCount(), count / 2);
        int clashing = 0;
        int gaps = 0;
        for (int row = 0; row < count; ++row) {
            clashing += model.index(row).data(ScheduleModel::ClashRole).toBool() ? 1 : 0;
            gaps += model.index(row).data(ScheduleModel::GapTextRole).toString().isEmpty() ? 0 : 1;
        }
        QCOMPARE(clashing, count / 2);
        QCOMPARE(gaps, 1); // only the hour between the blocks (21:00-22:00 UTC, one day)
        QCOMPARE(model.index(count - 1).data(ScheduleModel::ClashTextRole).toString(),
                 QStringLiteral("Clashes with Talk %1").arg(count - 2, 6, 10, QLatin1Char('0')));
    }
};

QTEST_GUILESS_MAIN(TestScheduleClashes)
#include "tst_scheduleclashes.moc"
