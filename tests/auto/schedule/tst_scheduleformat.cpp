#include "../filetestsupport.h"
#include "schedule/personalschedule.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Attend;
using namespace AttendTest;

namespace {
QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(ATTEND_TEST_DATA "/schedule/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}
} // namespace

/** Schedule format version 3 (bookmark levels, Watch later), and the migration of 1 and 2. */
class TestScheduleFormat : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("schedule.json")); }

private Q_SLOTS:
    void init()
    {
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(name));
    }

    // Issue 13: the store keeps each bookmark's JSON and writes again only the ones that changed.
    // Whatever changed (a title, a level, a bookmark gone, one added), what it writes reads back as
    // the schedule it was given, and is byte for byte what a fresh writer writes.
    void theKeptJsonFollowsEveryChange()
    {
        ScheduleData data;
        data.leadMinutes = 7;
        for (int i = 0; i < 5; ++i) {
            Bookmark bookmark;
            bookmark.conferenceId = QStringLiteral("fosdem-2026");
            bookmark.key = QStringLiteral("talk-%1").arg(i);
            bookmark.title = QStringLiteral("Talk \"%1\"\n\u00E9").arg(i); // quotes, a line break, an accent
            bookmark.start = QDateTime(QDate(2026, 1, 31), QTime(9 + i, 0), Qt::UTC);
            bookmark.end = bookmark.start.addSecs(1800);
            bookmark.added = bookmark.start.addDays(-3);
            data.bookmarks.append(bookmark);
        }
        ScheduleJsonWriter writer;
        auto checkWrites = [&writer](const ScheduleData &expected) {
            const QByteArray json = writer.toJson(expected);
            QCOMPARE(json, ScheduleJsonWriter().toJson(expected));
            ScheduleData::ReadError error;
            const std::optional<ScheduleData> read = ScheduleData::fromJson(json, &error);
            QVERIFY2(read, qPrintable(error.message));
            QCOMPARE(read->leadMinutes, expected.leadMinutes);
            QCOMPARE(read->bookmarks, expected.bookmarks);
        };
        checkWrites(data);
        data.bookmarks[2].title = QStringLiteral("Renamed");
        data.bookmarks[3].level = BookmarkLevel::Maybe;
        checkWrites(data);
        data.bookmarks.removeAt(0);
        Bookmark added = data.bookmarks.constLast();
        added.key = QStringLiteral("talk-new");
        data.bookmarks.append(added);
        data.leadMinutes = 15;
        checkWrites(data);
        data.bookmarks.clear();
        checkWrites(data);
    }

    void version2IsReadAsMustSeeAndMigrated()
    {
        const QByteArray before = fixture("schedule-v2.json");
        writeFile(path(), before);
        PersonalSchedule schedule{ScheduleStore(path())};
        schedule.load();
        QCOMPARE(schedule.problem(), QString());
        QCOMPARE(schedule.allBookmarks().size(), 3);
        QCOMPARE(schedule.leadMinutes(), 15);
        QVERIFY(!schedule.remindMaybe());
        for (const Bookmark &bookmark : schedule.allBookmarks()) {
            QCOMPARE(bookmark.level, BookmarkLevel::MustSee);
            QVERIFY(!bookmark.watchLater);
            QVERIFY(!bookmark.feedAddress.isEmpty());
        }
        const Bookmark *moved = schedule.bookmark(QStringLiteral("fosdem-2026"), QStringLiteral("g:bbb"));
        QVERIFY(moved);
        QVERIFY(!moved->reminderEnabled);
        QCOMPARE(moved->movedFrom, QDateTime(QDate(2026, 1, 31), QTime(9, 0), Qt::UTC));
        QVERIFY(schedule.bookmark(QStringLiteral("democon"), QStringLiteral("democon-1"))->cancelled);
        QCOMPARE(schedule.feedAddressOf(QStringLiteral("democon")), QStringLiteral("https://democon.example/schedule.xml"));
        QVERIFY(schedule.hasFired(*schedule.bookmark(QStringLiteral("fosdem-2026"), QStringLiteral("g:aaa"))));
        QCOMPARE(fileContents(path()), before); // reading alone changes nothing

        // The first change writes version 3; the level is kept, and everything else as it was.
        schedule.setLevel(QStringLiteral("fosdem-2026"), QStringLiteral("g:bbb"), BookmarkLevel::Maybe);
        const QJsonObject root = QJsonDocument::fromJson(fileContents(path())).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 3);
        int maybes = 0;
        for (const QJsonValue &value : root.value(QStringLiteral("bookmarks")).toArray())
            maybes += value.toObject().value(QStringLiteral("level")).toString() == QLatin1String("maybe") ? 1 : 0;
        QCOMPARE(maybes, 1);

        PersonalSchedule again{ScheduleStore(path())};
        again.load();
        QCOMPARE(again.allBookmarks().size(), 3);
        QCOMPARE(again.bookmark(QStringLiteral("fosdem-2026"), QStringLiteral("g:bbb"))->level, BookmarkLevel::Maybe);
        QCOMPARE(again.bookmark(QStringLiteral("fosdem-2026"), QStringLiteral("g:aaa"))->level, BookmarkLevel::MustSee);
        QCOMPARE(again.leadMinutes(), 15);
        QVERIFY(again.hasFired(*again.bookmark(QStringLiteral("fosdem-2026"), QStringLiteral("g:aaa"))));
        QCOMPARE(again.feedAddressOf(QStringLiteral("democon")), QStringLiteral("https://democon.example/schedule.xml"));
    }

    void version1IsReadAsMustSee()
    {
        writeFile(path(), fixture("schedule-v1.json"));
        PersonalSchedule schedule{ScheduleStore(path())};
        schedule.load();
        QCOMPARE(schedule.problem(), QString());
        QVERIFY(!schedule.allBookmarks().isEmpty());
        for (const Bookmark &bookmark : schedule.allBookmarks())
            QCOMPARE(bookmark.level, BookmarkLevel::MustSee);
    }

    void newerVersionIsRefusedAndKept()
    {
        QByteArray future = fixture("schedule-v2.json");
        future.replace("\"version\": 2", "\"version\": 4");
        writeFile(path(), future);
        PersonalSchedule schedule{ScheduleStore(path())};
        schedule.load();
        QVERIFY(schedule.problem().contains(QStringLiteral("newer")));
        QVERIFY(schedule.allBookmarks().isEmpty());
        Bookmark bookmark;
        bookmark.conferenceId = QStringLiteral("x");
        bookmark.key = QStringLiteral("y");
        schedule.addBookmark(bookmark);
        schedule.setRemindMaybe(true);
        QCOMPARE(fileContents(path()), future); // never saved over
    }

    void levelsWatchLaterAndSettingsRoundTrip()
    {
        {
            PersonalSchedule schedule{ScheduleStore(path())};
            schedule.load();
            Bookmark bookmark;
            bookmark.conferenceId = QStringLiteral("fosdem-2026");
            bookmark.key = QStringLiteral("g:ccc");
            bookmark.title = QStringLiteral("Ended talk");
            bookmark.start = QDateTime(QDate(2026, 1, 31), QTime(9, 0), Qt::UTC);
            bookmark.end = bookmark.start.addSecs(1800);
            bookmark.recordingUrl = QStringLiteral("https://video.fosdem.org/2026/ccc.webm");
            bookmark.level = BookmarkLevel::Maybe;
            bookmark.timeEstimated = true;
            schedule.addBookmark(bookmark);
            schedule.setWatchLater(bookmark.conferenceId, bookmark.key, true);
            schedule.setWatched(bookmark.conferenceId, bookmark.key, true);
            schedule.setRemindMaybe(true);
        }
        PersonalSchedule again{ScheduleStore(path())};
        again.load();
        const Bookmark *bookmark = again.bookmark(QStringLiteral("fosdem-2026"), QStringLiteral("g:ccc"));
        QVERIFY(bookmark);
        QCOMPARE(bookmark->level, BookmarkLevel::Maybe);
        QVERIFY(bookmark->watchLater);
        QVERIFY(bookmark->watched);
        QCOMPARE(bookmark->recordingUrl, QStringLiteral("https://video.fosdem.org/2026/ccc.webm"));
        QVERIFY(bookmark->timeEstimated);
        QVERIFY(again.remindMaybe());
    }

    /** Maybe sessions get no reminder unless the setting asks; must see ones do. */
    void remindersGoToMustSeeByDefault()
    {
        PersonalSchedule schedule{ScheduleStore(path())};
        schedule.load();
        Bookmark mustSee;
        mustSee.level = BookmarkLevel::MustSee;
        Bookmark maybe;
        maybe.level = BookmarkLevel::Maybe;
        QVERIFY(schedule.remindsOf(mustSee));
        QVERIFY(!schedule.remindsOf(maybe));
        schedule.setRemindMaybe(true);
        QVERIFY(schedule.remindsOf(maybe));
        maybe.reminderEnabled = false;
        QVERIFY(!schedule.remindsOf(maybe)); // its own switch still wins
    }

    void forgetConferenceRemovesOnlyItsBookmarks()
    {
        writeFile(path(), fixture("schedule-v2.json"));
        PersonalSchedule schedule{ScheduleStore(path())};
        schedule.load();
        schedule.forgetConference(QStringLiteral("democon"));
        QCOMPARE(schedule.allBookmarks().size(), 2);
        QVERIFY(schedule.bookmarks(QStringLiteral("democon")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScheduleFormat)
#include "tst_scheduleformat.moc"
