#include "../filetestsupport.h"
#include "schedule/personalschedule.h"

#include <QDir>
#include <QThread>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Attend;
using namespace AttendTest;

namespace {
Bookmark make(const QString &key)
{
    Bookmark bookmark;
    bookmark.conferenceId = QStringLiteral("fosdem-2026");
    bookmark.key = key;
    bookmark.title = QStringLiteral("Talk ") + key;
    bookmark.speakers = {QStringLiteral("Ann"), QStringLiteral("Bo")};
    bookmark.start = QDateTime(QDate(2026, 1, 31), QTime(9, 30), Qt::UTC);
    bookmark.end = bookmark.start.addSecs(1200);
    bookmark.added = QDateTime(QDate(2026, 1, 20), QTime(12, 0), Qt::UTC);
    return bookmark;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

class TestPersonalSchedule : public QObject
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

    void roundTrip()
    {
        {
            PersonalSchedule schedule{ScheduleStore(path())};
            schedule.load();
            QCOMPARE(schedule.problem(), QString());
            QSignalSpy added(&schedule, &PersonalSchedule::bookmarkAdded);
            schedule.addBookmark(make(QStringLiteral("a")));
            schedule.addBookmark(make(QStringLiteral("a"))); // once only
            schedule.addBookmark(make(QStringLiteral("b")));
            schedule.setReminderEnabled(QStringLiteral("fosdem-2026"), QStringLiteral("b"), false);
            schedule.setLeadMinutes(25);
            schedule.markFired(make(QStringLiteral("a")), QDateTime(QDate(2026, 1, 31), QTime(9, 20), Qt::UTC));
            QCOMPARE(added.count(), 2);
        }
        PersonalSchedule again{ScheduleStore(path())};
        again.load();
        QCOMPARE(again.allBookmarks().size(), 2);
        QCOMPARE(*again.bookmark(QStringLiteral("fosdem-2026"), QStringLiteral("a")), make(QStringLiteral("a")));
        QVERIFY(!again.bookmark(QStringLiteral("fosdem-2026"), QStringLiteral("b"))->reminderEnabled);
        QCOMPARE(again.leadMinutes(), 25);
        QVERIFY(again.hasFired(make(QStringLiteral("a"))));
        QVERIFY(!again.hasFired(make(QStringLiteral("b"))));
        QVERIFY(fileContents(path()).contains("\"version\": 3"));
    }

    void theFileIsPrivate()
    {
        // Bookmarks say where the person will be: 0600, in a 0700 folder, even when an older
        // Attend left them readable by everyone.
        const QString folder = m_dir.filePath(QStringLiteral("data"));
        const QString file = folder + QStringLiteral("/schedule.json");
        QVERIFY(QDir().mkpath(folder));
        writeFile(file, "{\"version\": 1}");
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                                  | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
        PersonalSchedule schedule{ScheduleStore(file)};
        schedule.load();
        schedule.addBookmark(make(QStringLiteral("a")));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(file) & others, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(folder) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(file) & QFileDevice::ReadOwner);
        QVERIFY(!(QFile::permissions(file) & QFileDevice::ExeOwner));
    }

    void bookmarkOfAVanishedSessionIsKept()
    {
        PersonalSchedule schedule{ScheduleStore(path())};
        schedule.load();
        schedule.addBookmark(make(QStringLiteral("a")));
        schedule.refreshSnapshots(QStringLiteral("fosdem-2026"), QStringLiteral("FOSDEM 2026"), {});
        QVERIFY(schedule.isBookmarked(QStringLiteral("fosdem-2026"), QStringLiteral("a")));
        QCOMPARE(schedule.bookmark(QStringLiteral("fosdem-2026"), QStringLiteral("a"))->title, QStringLiteral("Talk a"));
    }

    void corruptFileIsMovedAsideAndReported()
    {
        writeFile(path(), "{\"format\": \"attend-schedule\", \"version\": 1, \"bookm");
        PersonalSchedule schedule{ScheduleStore(path())};
        schedule.load();
        QVERIFY2(schedule.problem().contains(QLatin1String("could not be read")), qPrintable(schedule.problem()));
        const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("schedule.json.unreadable-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(fileContents(m_dir.filePath(aside.first())), QByteArray("{\"format\": \"attend-schedule\", \"version\": 1, \"bookm"));
        // Attend goes on, and new bookmarks are saved in a fresh file.
        schedule.addBookmark(make(QStringLiteral("new")));
        PersonalSchedule again{ScheduleStore(path())};
        again.load();
        QCOMPARE(again.allBookmarks().size(), 1);
    }

    void notOursIsMovedAsideToo()
    {
        writeFile(path(), "[1, 2, 3]");
        PersonalSchedule schedule{ScheduleStore(path())};
        schedule.load();
        QVERIFY(schedule.problem().contains(QLatin1String("not an Attend schedule")));
    }

    void newerVersionIsRefusedAndNeverOverwritten()
    {
        const QByteArray future = "{\"format\": \"attend-schedule\", \"version\": 7, \"bookmarks\": [], \"hologram\": true}";
        writeFile(path(), future);
        PersonalSchedule schedule{ScheduleStore(path())};
        schedule.load();
        QVERIFY2(schedule.problem().contains(QLatin1String("newer Attend")), qPrintable(schedule.problem()));
        schedule.addBookmark(make(QStringLiteral("a"))); // works for this run...
        QVERIFY(schedule.isBookmarked(QStringLiteral("fosdem-2026"), QStringLiteral("a")));
        QCOMPARE(fileContents(path()), future); // ...but the newer file stays as it was
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), 1);
    }

    void version1FileIsReadWithEverythingKept()
    {
        // Written by the code before bookmarks said which feed they came from.
        const QByteArray before = fileContents(QStringLiteral(ATTEND_TEST_DATA "/schedule/schedule-v1.json"));
        QVERIFY(before.contains("\"version\": 1"));
        writeFile(path(), before);
        PersonalSchedule schedule{ScheduleStore(path())};
        schedule.load();
        QVERIFY2(schedule.problem().isEmpty(), qPrintable(schedule.problem()));
        QCOMPARE(schedule.leadMinutes(), 15);
        QCOMPARE(schedule.allBookmarks().size(), 4);
        const Bookmark *closing = schedule.bookmark(QStringLiteral("democon"), QStringLiteral("democon-2"));
        QVERIFY(closing);
        QCOMPARE(closing->title, QStringLiteral("Closing"));
        QCOMPARE(closing->room, QStringLiteral("Room 2"));
        QCOMPARE(closing->url, QStringLiteral("https://example.org/democon-2"));
        QVERIFY(!closing->reminderEnabled);
        QVERIFY(closing->feedAddress.isEmpty()); // not known yet: the library fills it in
        const Bookmark *keynote = schedule.bookmark(QStringLiteral("rethinkconn2022"), QStringLiteral("rethink-1"));
        QVERIFY(keynote);
        QCOMPARE(keynote->movedFrom, QDateTime(QDate(2022, 5, 10), QTime(9, 0), Qt::UTC));
        QCOMPARE(keynote->roomWas, QStringLiteral("Foyer"));
        QVERIFY(schedule.hasFired(*keynote));
        QVERIFY(schedule.bookmark(QStringLiteral("gone-2019"), QStringLiteral("gone-1"))->cancelled);
        QCOMPARE(fileContents(path()), before); // reading alone changes nothing on disk

        // The first change writes the current version (3), with the address where it is now known.
        const QString democon = QStringLiteral("https://democon.example/schedule.xml");
        schedule.setFeedAddress(QStringLiteral("democon"), democon, PersonalSchedule::AddressUpdate::WhereUnknown);
        QVERIFY(fileContents(path()).contains("\"version\": 3"));
        PersonalSchedule again{ScheduleStore(path())};
        again.load();
        QVERIFY(again.problem().isEmpty());
        QCOMPARE(again.allBookmarks().size(), 4);
        QCOMPARE(again.feedAddressOf(QStringLiteral("democon")), democon);
        QVERIFY(again.feedAddressOf(QStringLiteral("gone-2019")).isEmpty());
        QVERIFY(!again.bookmark(QStringLiteral("democon"), QStringLiteral("democon-2"))->reminderEnabled);
        QVERIFY(again.hasFired(*again.bookmark(QStringLiteral("rethinkconn2022"), QStringLiteral("rethink-1"))));
    }

    void feedAddressIsKeptUnlessReplacedOnPurpose()
    {
        PersonalSchedule schedule{ScheduleStore(path())};
        schedule.load();
        Bookmark bookmark = make(QStringLiteral("a"));
        bookmark.feedAddress = QStringLiteral("https://fosdem.org/schedule.xml");
        schedule.addBookmark(bookmark);
        // Filling in unknown addresses never changes a known one.
        schedule.setFeedAddress(QStringLiteral("fosdem-2026"), QStringLiteral("https://elsewhere.example/f.xml"),
                                PersonalSchedule::AddressUpdate::WhereUnknown);
        QCOMPARE(schedule.feedAddressOf(QStringLiteral("fosdem-2026")), QStringLiteral("https://fosdem.org/schedule.xml"));
        // A fresh snapshot from the feed keeps it.
        Session session;
        session.key = QStringLiteral("a");
        session.title = QStringLiteral("Renamed talk");
        session.start = bookmark.start;
        session.durationSeconds = 1200;
        schedule.refreshSnapshots(QStringLiteral("fosdem-2026"), QStringLiteral("FOSDEM 2026"), {session});
        QCOMPARE(schedule.bookmark(QStringLiteral("fosdem-2026"), QStringLiteral("a"))->title, QStringLiteral("Renamed talk"));
        QCOMPARE(schedule.feedAddressOf(QStringLiteral("fosdem-2026")), QStringLiteral("https://fosdem.org/schedule.xml"));
        // The person moved the conference to a new address.
        schedule.setFeedAddress(QStringLiteral("fosdem-2026"), QStringLiteral("https://new.example/f.xml"), PersonalSchedule::AddressUpdate::All);
        QCOMPARE(schedule.feedAddressOf(QStringLiteral("fosdem-2026")), QStringLiteral("https://new.example/f.xml"));
    }

    void killedWhileWritingLosesNothingAcknowledged()
    {
        // The child adds bookmarks and says "ack N" after each save returned; we SIGKILL it at a
        // random moment, many times. The file must always parse and hold every acknowledged one.
        const QString writer = QStringLiteral(ATTEND_SCHEDULE_WRITER);
        int next = 0;
        QSet<QString> acknowledged;
        for (int round = 0; round < 40; ++round) {
            QProcess child;
            child.start(writer, {path(), QString::number(next)});
            QVERIFY(child.waitForStarted());
            const int wantAcks = QRandomGenerator::global()->bounded(1, 30);
            int acks = 0;
            while (acks < wantAcks && child.waitForReadyRead(5000)) {
                while (child.canReadLine()) {
                    const QByteArray line = child.readLine().trimmed();
                    if (line.startsWith("ack ")) {
                        const int n = line.mid(4).toInt();
                        acknowledged.insert(QStringLiteral("k%1").arg(n));
                        next = n + 1;
                        ++acks;
                    }
                }
            }
            // Kill mid-write as often as not: a short random pause lands inside a save.
            QThread::usleep(QRandomGenerator::global()->bounded(0, 3000));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(5000));
            // Acks printed before the kill but not yet read still count.
            for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
                if (line.startsWith("ack ")) {
                    acknowledged.insert(QStringLiteral("k%1").arg(line.mid(4).toInt()));
                    next = std::max(next, line.mid(4).toInt() + 1);
                }
            }

            ScheduleData::ReadError error;
            const auto data = ScheduleData::fromJson(fileContents(path()), &error);
            QVERIFY2(data, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error.message)));
            QSet<QString> saved;
            for (const Bookmark &bookmark : data->bookmarks)
                saved.insert(bookmark.key);
            for (const QString &key : std::as_const(acknowledged))
                QVERIFY2(saved.contains(key), qPrintable(QStringLiteral("round %1 lost %2").arg(round).arg(key)));
        }
        QVERIFY(acknowledged.size() >= 40);
        // Never judged unreadable, so nothing was ever moved aside.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.unreadable-*")}).size(), 0);
    }

    /** Undo of a star taken off: the same bookmark at the same place, so the file is as before. */
    void undoOfARemovalRestoresTheBookmarkExactly()
    {
        PersonalSchedule schedule{ScheduleStore(path())};
        schedule.load();
        for (const QString &key : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
            schedule.addBookmark(make(key));
        schedule.setLevel(QStringLiteral("fosdem-2026"), QStringLiteral("b"), BookmarkLevel::Maybe);
        schedule.setReminderEnabled(QStringLiteral("fosdem-2026"), QStringLiteral("b"), false);
        schedule.setWatchLater(QStringLiteral("fosdem-2026"), QStringLiteral("b"), true);
        const QByteArray before = fileContents(path());

        const QList<RemovedBookmark> removed = schedule.removeBookmark(QStringLiteral("fosdem-2026"), QStringLiteral("b"));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.constFirst().index, 1);
        QVERIFY(!schedule.isBookmarked(QStringLiteral("fosdem-2026"), QStringLiteral("b")));
        QVERIFY(schedule.removeBookmark(QStringLiteral("fosdem-2026"), QStringLiteral("none")).isEmpty());

        QSignalSpy added(&schedule, &PersonalSchedule::bookmarkAdded);
        QCOMPARE(schedule.restoreBookmarks(removed), 1);
        QCOMPARE(added.size(), 1);
        const Bookmark *back = schedule.bookmark(QStringLiteral("fosdem-2026"), QStringLiteral("b"));
        QVERIFY(back);
        QCOMPARE(back->level, BookmarkLevel::Maybe);
        QVERIFY(!back->reminderEnabled);
        QCOMPARE(schedule.allBookmarks().at(1).key, QStringLiteral("b")); // its old place
        QCOMPARE(fileContents(path()), before);

        // Bookmarked again meanwhile: the new bookmark stands, nothing doubles.
        QCOMPARE(schedule.restoreBookmarks(removed), 0);
        QCOMPARE(schedule.allBookmarks().size(), 3);
    }

    /** Undo of "Forget": every bookmark of the conference back, the others untouched, said once. */
    void undoOfAForgetRestoresEveryBookmarkInPlace()
    {
        PersonalSchedule schedule{ScheduleStore(path())};
        schedule.load();
        Bookmark other = make(QStringLiteral("x"));
        other.conferenceId = QStringLiteral("other");
        schedule.addBookmark(make(QStringLiteral("a")));
        schedule.addBookmark(other);
        schedule.addBookmark(make(QStringLiteral("b")));
        schedule.setLevel(QStringLiteral("fosdem-2026"), QStringLiteral("a"), BookmarkLevel::Maybe);
        const QByteArray before = fileContents(path());

        const QList<RemovedBookmark> removed = schedule.forgetConference(QStringLiteral("fosdem-2026"));
        QCOMPARE(removed.size(), 2);
        QCOMPARE(schedule.allBookmarks().size(), 1);

        QSignalSpy merged(&schedule, &PersonalSchedule::bookmarksMerged);
        QCOMPARE(schedule.restoreBookmarks(removed), 2);
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.constFirst().constFirst().toStringList(), QStringList{QStringLiteral("fosdem-2026")});
        QCOMPARE(fileContents(path()), before);
    }

    void nextBookmarkAfterIsTheSoonestStillAhead()
    {
        PersonalSchedule schedule{ScheduleStore(path())};
        schedule.load();
        const QDateTime nine(QDate(2026, 1, 31), QTime(9, 0), Qt::UTC);
        QVERIFY(!schedule.nextBookmarkAfter(nine)); // nothing bookmarked

        Bookmark later = make(QStringLiteral("later"));
        later.start = nine.addSecs(3 * 3600);
        Bookmark soon = make(QStringLiteral("soon"));
        soon.start = nine.addSecs(1800);
        Bookmark past = make(QStringLiteral("past"));
        past.start = nine.addSecs(-600);
        Bookmark other = make(QStringLiteral("other"));
        other.conferenceId = QStringLiteral("36c3"); // any conference counts
        other.start = nine.addSecs(3600);
        for (const Bookmark &bookmark : {later, soon, past, other})
            schedule.addBookmark(bookmark);

        QCOMPARE(schedule.nextBookmarkAfter(nine)->key, QStringLiteral("soon"));
        // Strictly after: one starting this very moment is on now, not next.
        QCOMPARE(schedule.nextBookmarkAfter(soon.start)->key, QStringLiteral("other"));
        QCOMPARE(schedule.nextBookmarkAfter(soon.start.addSecs(1))->conferenceId, QStringLiteral("36c3"));
        QCOMPARE(schedule.nextBookmarkAfter(other.start)->key, QStringLiteral("later"));
        QVERIFY(!schedule.nextBookmarkAfter(later.start));
        // Before everything, even the past one is ahead.
        QCOMPARE(schedule.nextBookmarkAfter(nine.addDays(-1))->key, QStringLiteral("past"));

        // Two at the same time: the one bookmarked first.
        Bookmark twin = make(QStringLiteral("twin"));
        twin.start = soon.start;
        schedule.addBookmark(twin);
        QCOMPARE(schedule.nextBookmarkAfter(nine)->key, QStringLiteral("soon"));
        schedule.removeBookmark(soon.conferenceId, soon.key);
        QCOMPARE(schedule.nextBookmarkAfter(nine)->key, QStringLiteral("twin"));
    }
};

QTEST_GUILESS_MAIN(TestPersonalSchedule)
#include "tst_personalschedule.moc"
