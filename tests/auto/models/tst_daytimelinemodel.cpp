#include "domain/watchlinks.h"
#include "models/daytimelinemodel.h"
#include "models/schedulemodel.h"
#include "models/timeformatter.h"
#include "schedule/personalschedule.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Attend;

namespace {
const QString kConference = QStringLiteral("fosdem-2026");

// FOSDEM 2026, Saturday, Brussels (CET, UTC+1): times given in Brussels time.
Bookmark talk(const QString &key, int hour, int minute, int minutes, BookmarkLevel level = BookmarkLevel::MustSee)
{
    Bookmark bookmark;
    bookmark.conferenceId = kConference;
    bookmark.conferenceTitle = QStringLiteral("FOSDEM 2026");
    bookmark.key = key;
    bookmark.title = QStringLiteral("Talk ") + key;
    bookmark.room = QStringLiteral("Room ") + key;
    const QTimeZone brussels("Europe/Brussels");
    bookmark.start = QDateTime(QDate(2026, 1, 31), QTime(hour, minute), brussels).toUTC();
    bookmark.end = bookmark.start.addSecs(minutes * 60);
    bookmark.level = level;
    return bookmark;
}
} // namespace

class TestDayTimelineModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void blocksLanesAndGaps()
    {
        PersonalSchedule schedule{ScheduleStore(m_dir.filePath(QStringLiteral("a.json")))};
        schedule.load();
        TimeFormatter formatter;
        formatter.setViewerZone(QTimeZone("Europe/Brussels"));
        DayTimelineModel model(&formatter, &schedule);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConference(kConference);
        QCOMPARE(model.rowCount(), 0);

        schedule.addBookmark(talk(QStringLiteral("a"), 10, 0, 50));
        schedule.addBookmark(talk(QStringLiteral("b"), 10, 30, 25, BookmarkLevel::Maybe)); // clashes with a
        schedule.addBookmark(talk(QStringLiteral("c"), 11, 0, 90));
        schedule.addBookmark(talk(QStringLiteral("d"), 14, 0, 30));                        // free 12:30–14:00 before it
        Bookmark sunday = talk(QStringLiteral("e"), 9, 0, 30);
        sunday.start = sunday.start.addDays(1);
        sunday.end = sunday.end.addDays(1);
        schedule.addBookmark(sunday);

        QCOMPARE(model.days().size(), 2);
        QCOMPARE(model.dayIndex(), 0);
        QCOMPARE(model.firstHour(), 10);
        QCOMPARE(model.hourCount(), 5); // 10:00 to 14:30

        QStringList kinds;
        for (int row = 0; row < model.rowCount(); ++row)
            kinds.append(model.index(row).data(DayTimelineModel::KindRole).toString() + QLatin1Char(':')
                         + model.index(row).data(DayTimelineModel::KeyRole).toString());
        QCOMPARE(kinds, (QStringList{QStringLiteral("session:a"), QStringLiteral("session:b"), QStringLiteral("session:c"),
                                     QStringLiteral("gap:"), QStringLiteral("session:d")}));

        const auto value = [&model](int row, DayTimelineModel::Role role) { return model.index(row).data(role); };
        // a and b side by side, the must-see one first; c follows a with no gap (10:55 to 11:00 is too short).
        QCOMPARE(value(0, DayTimelineModel::LaneRole).toInt(), 0);
        QCOMPARE(value(1, DayTimelineModel::LaneRole).toInt(), 1);
        QCOMPARE(value(0, DayTimelineModel::LaneCountRole).toInt(), 2);
        QCOMPARE(value(2, DayTimelineModel::LaneCountRole).toInt(), 1);
        QCOMPARE(value(0, DayTimelineModel::TopMinuteRole).toInt(), 0);
        QCOMPARE(value(0, DayTimelineModel::LengthMinutesRole).toInt(), 50);
        QCOMPARE(value(1, DayTimelineModel::TopMinuteRole).toInt(), 30);
        QCOMPARE(value(0, DayTimelineModel::ClashTextRole).toString(), QStringLiteral("Clashes with Talk b"));
        QCOMPARE(value(1, DayTimelineModel::ClashTextRole).toString(), QStringLiteral("Alternative to Talk a"));
        QCOMPARE(value(3, DayTimelineModel::GapTextRole).toString(), QStringLiteral("Free 12:30–14:00, 1 h 30"));
        QCOMPARE(value(3, DayTimelineModel::TopMinuteRole).toInt(), 150);
        QCOMPARE(value(3, DayTimelineModel::LengthMinutesRole).toInt(), 90);
        QCOMPARE(value(1, DayTimelineModel::AccessibleTextRole).toString(),
                 QStringLiteral("Talk b, 10:30–10:55, Room b, bookmarked as maybe, Alternative to Talk a"));
        QCOMPARE(value(0, DayTimelineModel::AccessibleTextRole).toString(),
                 QStringLiteral("Talk a, 10:00–10:50, Room a, bookmarked, Clashes with Talk b"));

        // The other day.
        model.setDayIndex(1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(DayTimelineModel::KeyRole).toString(), QStringLiteral("e"));

        // A level change re-lays the day: b becomes must see and keeps its lane (it starts later).
        model.setDayIndex(0);
        schedule.setLevel(kConference, QStringLiteral("b"), BookmarkLevel::MustSee);
        QCOMPARE(model.index(1).data(DayTimelineModel::ClashTextRole).toString(), QStringLiteral("Clashes with Talk a"));
        // Made maybe, a gives way: b leads.
        schedule.setLevel(kConference, QStringLiteral("a"), BookmarkLevel::Maybe);
        QCOMPARE(model.index(0).data(DayTimelineModel::LaneRole).toInt(), 1);
        QCOMPARE(model.index(1).data(DayTimelineModel::LaneRole).toInt(), 0);
    }

    // Issue 13: a star on a schedule of thousands rebuilt every row's list of clashes, all pairs
    // of the day (quadratic). 30,000 bookmarks in one day, each overlapping its two neighbours:
    // built once and once more after a star, the rows on screen still say exactly whom they clash
    // with. Pairwise (the rows' clash lists and the lanes) this test took 18 s here; now about 2 s.
    void aHugeDayIsBuiltWithoutComparingEveryPair()
    {
        PersonalSchedule schedule{ScheduleStore(m_dir.filePath(QStringLiteral("huge.json")))};
        schedule.load();
        TimeFormatter formatter;
        formatter.setViewerZone(QTimeZone("Europe/Brussels"));
        DayTimelineModel model(&formatter, &schedule);
        model.setConference(kConference);
        constexpr int count = 30000;
        QList<Bookmark> bookmarks;
        bookmarks.reserve(count);
        const Bookmark first = talk(QStringLiteral("first"), 5, 0, 1);
        for (int n = 0; n < count; ++n) {
            Bookmark bookmark = first;
            bookmark.key = QStringLiteral("%1").arg(n, 5, 10, QLatin1Char('0'));
            bookmark.title = QStringLiteral("Talk ") + bookmark.key;
            bookmark.start = first.start.addSecs(2 * n); // 2 s apart, 3 s long: overlaps n-1 and n+1
            bookmark.end = bookmark.start.addSecs(3);
            bookmarks.append(bookmark);
        }
        schedule.mergeBookmarks(bookmarks);
        QCOMPARE(model.days().size(), 1);
        QCOMPARE(model.rowCount(), count);
        auto clashText = [&model](int row) { return model.index(row).data(DayTimelineModel::ClashTextRole).toString(); };
        QCOMPARE(clashText(0), QStringLiteral("Clashes with Talk 00001"));
        QCOMPARE(clashText(15000), QStringLiteral("Clashes with Talk 14999, Talk 15001"));
        QCOMPARE(clashText(count - 1), QStringLiteral("Clashes with Talk 29998"));

        // One more star, overlapping the last two: the day is built again.
        Bookmark late = bookmarks.constLast();
        late.key = QStringLiteral("late");
        late.title = QStringLiteral("Talk late");
        late.start = late.start.addSecs(1);
        late.level = BookmarkLevel::Maybe;
        schedule.addBookmark(late);
        QCOMPARE(model.rowCount(), count + 1);
        QCOMPARE(clashText(count - 1), QStringLiteral("Clashes with Talk 29998, Talk late"));
        QCOMPARE(clashText(count), QStringLiteral("Alternative to Talk 29999"));
    }

    void durations()
    {
        QCOMPARE(DayTimelineModel::durationText(45), QStringLiteral("45 min"));
        QCOMPARE(DayTimelineModel::durationText(60), QStringLiteral("1 h"));
        QCOMPARE(DayTimelineModel::durationText(90), QStringLiteral("1 h 30"));
        QCOMPARE(DayTimelineModel::durationText(125), QStringLiteral("2 h 05"));
    }

    /** All my conferences: upcoming bookmarks of every conference; a removed one's stay, ended or not. */
    void allConferences()
    {
        PersonalSchedule schedule{ScheduleStore(m_dir.filePath(QStringLiteral("b.json")))};
        schedule.load();
        TimeFormatter formatter;
        ScheduleModel model(&formatter, &schedule, nullptr, ScheduleModel::Scope::AllConferences);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFollowedConferences({kConference, QStringLiteral("cccamp")});
        schedule.addBookmark(talk(QStringLiteral("a"), 10, 0, 50));
        schedule.addBookmark(talk(QStringLiteral("b"), 16, 0, 50));
        Bookmark camp = talk(QStringLiteral("x"), 12, 0, 30);
        camp.conferenceId = QStringLiteral("cccamp");
        camp.conferenceTitle = QStringLiteral("CCCamp");
        schedule.addBookmark(camp);
        Bookmark gone = talk(QStringLiteral("old"), 9, 0, 30);
        gone.conferenceId = QStringLiteral("democon");
        gone.conferenceTitle = QStringLiteral("DemoCon");
        gone.feedAddress = QStringLiteral("https://democon.example/schedule.xml");
        gone.start = gone.start.addYears(-3);
        gone.end = gone.end.addYears(-3);
        schedule.addBookmark(gone);

        model.setNow(talk(QStringLiteral("now"), 12, 0, 1).start); // Saturday 12:00: a has ended
        QStringList rows;
        for (int row = 0; row < model.rowCount(); ++row)
            rows.append(model.index(row).data(ScheduleModel::ConferenceTitleRole).toString() + QLatin1Char('/')
                        + model.index(row).data(ScheduleModel::KeyRole).toString()
                        + (model.index(row).data(ScheduleModel::FollowedRole).toBool() ? QString() : QStringLiteral(" (removed)")));
        QCOMPARE(rows, (QStringList{QStringLiteral("CCCamp/x"), QStringLiteral("FOSDEM 2026/b"), QStringLiteral("DemoCon/old (removed)")}));
        QCOMPARE(model.index(2).data(ScheduleModel::FeedAddressRole).toString(), QStringLiteral("https://democon.example/schedule.xml"));

        // Forget takes the removed conference's bookmarks away; adding it back shows them as followed.
        model.setFollowedConferences({kConference, QStringLiteral("cccamp"), QStringLiteral("democon")});
        QCOMPARE(model.rowCount(), 2); // followed now, and over: no longer "upcoming"
        model.setFollowedConferences({kConference, QStringLiteral("cccamp")});
        QCOMPARE(model.rowCount(), 3);
        schedule.forgetConference(QStringLiteral("democon"));
        QCOMPARE(model.rowCount(), 2);
    }

    void watchLater()
    {
        PersonalSchedule schedule{ScheduleStore(m_dir.filePath(QStringLiteral("c.json")))};
        schedule.load();
        TimeFormatter formatter;
        ScheduleModel model(&formatter, &schedule, nullptr, ScheduleModel::Scope::WatchLater);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        schedule.addBookmark(talk(QStringLiteral("a"), 10, 0, 50));
        schedule.addBookmark(talk(QStringLiteral("b"), 11, 0, 50));
        QCOMPARE(model.rowCount(), 0);
        schedule.setWatchLater(kConference, QStringLiteral("a"), true);
        schedule.setWatchLater(kConference, QStringLiteral("b"), true);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(ScheduleModel::KeyRole).toString(), QStringLiteral("b")); // the latest first
        QCOMPARE(model.index(0).data(ScheduleModel::RecordingRole).toString(), QString());
        // A feed update brings the recording.
        Session withRecording;
        withRecording.key = QStringLiteral("b");
        withRecording.title = QStringLiteral("Talk b");
        withRecording.room = QStringLiteral("Room b");
        withRecording.start = schedule.bookmark(kConference, QStringLiteral("b"))->start;
        withRecording.durationSeconds = 50 * 60;
        withRecording.links = {SessionLink{QStringLiteral("Video recording (WebM/VP9)"), QUrl(QStringLiteral("https://video.fosdem.org/2026/b.webm"))}};
        fillWatchLinks(withRecording, linkCandidates(withRecording)); // as the feed's reader does
        Session a = withRecording;
        a.key = QStringLiteral("a");
        a.links.clear();
        a.recordingLink.clear();
        a.start = schedule.bookmark(kConference, QStringLiteral("a"))->start;
        schedule.refreshSnapshots(kConference, QStringLiteral("FOSDEM 2026"), {a, withRecording});
        QCOMPARE(model.index(0).data(ScheduleModel::RecordingRole).toString(), QStringLiteral("https://video.fosdem.org/2026/b.webm"));
        // Ticked off: it goes below the ones still to watch.
        schedule.setWatched(kConference, QStringLiteral("b"), true);
        QCOMPARE(model.index(0).data(ScheduleModel::KeyRole).toString(), QStringLiteral("a"));
        QVERIFY(model.index(1).data(ScheduleModel::WatchedRole).toBool());
        schedule.setWatchLater(kConference, QStringLiteral("a"), false);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestDayTimelineModel)
#include "tst_daytimelinemodel.moc"
