#include "schedule/bookmarkchanges.h"
#include "schedule/personalschedule.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Attend;
using Kind = BookmarkChange::Kind;

namespace {

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 2, 1), QTime(hour, minute), Qt::UTC);
}

Session session(const QString &key, const QDateTime &start, int minutes, const QString &room = QStringLiteral("H.1302"))
{
    Session s;
    s.key = key;
    s.title = QStringLiteral("Talk ") + key;
    s.start = start;
    s.durationSeconds = minutes * 60;
    s.room = room;
    return s;
}

QList<Kind> kinds(const QList<BookmarkChange> &changes)
{
    QList<Kind> result;
    for (const BookmarkChange &change : changes)
        result.append(change.kind);
    return result;
}

} // namespace

class TestBookmarkChanges : public QObject
{
    Q_OBJECT

private:
    QList<Bookmark> bookmarked(const QList<Session> &sessions)
    {
        QList<Bookmark> result;
        for (const Session &s : sessions)
            result.append(PersonalSchedule::bookmarkFor(QStringLiteral("conf"), QStringLiteral("Conf"), s));
        return result;
    }

private Q_SLOTS:
    void nothingChangedSaysNothing()
    {
        const QList<Session> agenda{session(QStringLiteral("a"), at(10), 30), session(QStringLiteral("b"), at(11), 30)};
        QVERIFY(detectBookmarkChanges(bookmarked(agenda), agenda).isEmpty());
    }

    void movedRoomCancelledRemoved()
    {
        const QList<Session> before{session(QStringLiteral("a"), at(10), 30), session(QStringLiteral("b"), at(11), 30),
                                    session(QStringLiteral("c"), at(12), 30), session(QStringLiteral("d"), at(13), 30)};
        QList<Session> after{session(QStringLiteral("a"), at(10, 30), 30), session(QStringLiteral("b"), at(11), 30, QStringLiteral("K.1.105")),
                             session(QStringLiteral("c"), at(12), 30)};
        after[2].cancelled = true;
        const QList<BookmarkChange> changes = detectBookmarkChanges(bookmarked(before), after);
        QCOMPARE(kinds(changes), (QList<Kind>{Kind::Moved, Kind::RoomChanged, Kind::Cancelled, Kind::Removed}));
        QCOMPARE(changes[0].oldStart, at(10));
        QCOMPARE(changes[0].newStart, at(10, 30));
        QCOMPARE(changes[1].oldRoom, QStringLiteral("H.1302"));
        QCOMPARE(changes[1].newRoom, QStringLiteral("K.1.105"));
        QCOMPARE(changes[3].key, QStringLiteral("d"));
    }

    void aMoveIntoAnotherBookmarkIsANewClash()
    {
        const QList<Session> before{session(QStringLiteral("a"), at(10), 30), session(QStringLiteral("b"), at(11), 30)};
        const QList<Session> after{session(QStringLiteral("a"), at(10), 30), session(QStringLiteral("b"), at(10, 15), 30)};
        const QList<BookmarkChange> changes = detectBookmarkChanges(bookmarked(before), after);
        QCOMPARE(kinds(changes), (QList<Kind>{Kind::Moved, Kind::NewClash}));
        QCOMPARE(changes[1].key, QStringLiteral("b")); // told on the one that moved
        QCOMPARE(changes[1].otherTitle, QStringLiteral("Talk a"));
    }

    void anOldClashIsNotNews()
    {
        const QList<Session> agenda{session(QStringLiteral("a"), at(10), 60), session(QStringLiteral("b"), at(10, 30), 60)};
        QList<Session> after = agenda;
        after[1].room = QStringLiteral("Janson");
        QCOMPARE(kinds(detectBookmarkChanges(bookmarked(agenda), after)), QList<Kind>{Kind::RoomChanged});
    }

    void marksKeepTheFirstPlannedTimeAndClearWhenItReturns()
    {
        const Session first = session(QStringLiteral("a"), at(10), 30);
        const Bookmark original = PersonalSchedule::bookmarkFor(QStringLiteral("conf"), QStringLiteral("Conf"), first);

        Session moved = session(QStringLiteral("a"), at(10, 30), 30, QStringLiteral("Janson"));
        Bookmark once = bookmarkAfterUpdate(original, &moved, PersonalSchedule::bookmarkFor(QStringLiteral("conf"), QStringLiteral("Conf"), moved));
        QCOMPARE(once.start, at(10, 30));
        QCOMPARE(once.movedFrom, at(10));
        QCOMPARE(once.roomWas, QStringLiteral("H.1302"));

        Session movedAgain = session(QStringLiteral("a"), at(11), 30, QStringLiteral("Janson"));
        Bookmark twice = bookmarkAfterUpdate(once, &movedAgain, PersonalSchedule::bookmarkFor(QStringLiteral("conf"), QStringLiteral("Conf"), movedAgain));
        QCOMPARE(twice.movedFrom, at(10));

        Bookmark back = bookmarkAfterUpdate(twice, &first, PersonalSchedule::bookmarkFor(QStringLiteral("conf"), QStringLiteral("Conf"), first));
        QVERIFY(!back.movedFrom.isValid());
        QVERIFY(back.roomWas.isEmpty());

        Bookmark gone = bookmarkAfterUpdate(back, nullptr, Bookmark());
        QVERIFY(gone.missing);
        QCOMPARE(gone.start, at(10));
    }

    void scheduleStoresMarksAndToldOnce()
    {
        QTemporaryDir dir;
        PersonalSchedule schedule(ScheduleStore(dir.filePath(QStringLiteral("schedule.json"))));
        schedule.load();
        const QList<Session> before{session(QStringLiteral("a"), at(10), 30), session(QStringLiteral("b"), at(11), 30)};
        for (const Bookmark &bookmark : bookmarked(before))
            schedule.addBookmark(bookmark);
        const QList<Session> after{session(QStringLiteral("a"), at(10, 30), 30)};
        QCOMPARE(kinds(schedule.refreshSnapshots(QStringLiteral("conf"), QStringLiteral("Conf"), after)),
                 (QList<Kind>{Kind::Moved, Kind::Removed}));
        // The same agenda again: already told.
        QVERIFY(schedule.refreshSnapshots(QStringLiteral("conf"), QStringLiteral("Conf"), after).isEmpty());

        PersonalSchedule reread(ScheduleStore(dir.filePath(QStringLiteral("schedule.json"))));
        reread.load();
        QCOMPARE(reread.bookmark(QStringLiteral("conf"), QStringLiteral("a"))->movedFrom, at(10));
        QVERIFY(reread.bookmark(QStringLiteral("conf"), QStringLiteral("b"))->missing);
        QVERIFY(reread.refreshSnapshots(QStringLiteral("conf"), QStringLiteral("Conf"), after).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBookmarkChanges)
#include "tst_bookmarkchanges.moc"
