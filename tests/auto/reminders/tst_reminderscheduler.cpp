#include "domain/clock.h"
#include "reminders/reminderscheduler.h"
#include "domain/session.h"
#include "schedule/personalschedule.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Attend;

namespace {
/** A clock the test moves by hand. */
class FakeClock : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &instant) { m_now = instant.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

const QDateTime t0(QDate(2022, 11, 10), QTime(16, 30), Qt::UTC);

Bookmark session(const QString &key, const QDateTime &start, qint64 minutes = 20)
{
    Bookmark bookmark;
    bookmark.conferenceId = QStringLiteral("rethinkconn2022");
    bookmark.key = key;
    bookmark.title = QStringLiteral("Talk ") + key;
    bookmark.room = QStringLiteral("Online");
    bookmark.start = start;
    bookmark.end = start.addSecs(minutes * 60);
    bookmark.added = t0.addDays(-1);
    return bookmark;
}
} // namespace

class TestReminderScheduler : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;

    QString path() const { return m_dir.filePath(QStringLiteral("schedule.json")); }

    std::unique_ptr<PersonalSchedule> openSchedule()
    {
        auto schedule = std::make_unique<PersonalSchedule>(ScheduleStore(path()));
        schedule->load();
        return schedule;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(path());
        m_clock.set(t0);
    }

    void firesOnceAtTheDueTime()
    {
        auto schedule = openSchedule();
        ReminderScheduler scheduler(schedule.get(), &m_clock);
        QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
        schedule->addBookmark(session(QStringLiteral("a"), t0.addSecs(20 * 60)));

        QCOMPARE(due.count(), 0);
        QCOMPARE(scheduler.nextDue(), t0.addSecs(10 * 60));
        // Never armed further than the cap: a sleeping machine stops monotonic timers.
        QCOMPARE(scheduler.armedInterval(), ReminderScheduler::maxArmInterval);

        m_clock.advance(10 * 60 - 1);
        scheduler.evaluate();
        QCOMPARE(due.count(), 0);
        QCOMPARE(scheduler.armedInterval(), 1000);

        m_clock.advance(1);
        scheduler.evaluate();
        QCOMPARE(due.count(), 1);
        QCOMPARE(due.at(0).at(0).value<Bookmark>().key, QStringLiteral("a"));
        QCOMPARE(due.at(0).at(1).toBool(), false);

        m_clock.advance(30);
        scheduler.evaluate();
        QCOMPARE(due.count(), 1); // once
        QCOMPARE(scheduler.armedInterval(), -1); // nothing left: no wake-ups
    }

    void startingNowForSessionsWithAJoinLink()
    {
        auto schedule = openSchedule();
        QCOMPARE(schedule->startingNow(), int(ScheduleData::StartingNowWithJoinLink)); // on by default
        {
            ReminderScheduler scheduler(schedule.get(), &m_clock);
            QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
            QSignalSpy starting(&scheduler, &ReminderScheduler::startingNow);
            Bookmark online = session(QStringLiteral("online"), t0.addSecs(20 * 60));
            online.joinLink = QStringLiteral("https://synadia.com/events/rethink/2022");
            schedule->addBookmark(online);
            schedule->addBookmark(session(QStringLiteral("hall"), t0.addSecs(20 * 60)));

            m_clock.advance(10 * 60);
            scheduler.evaluate();
            QCOMPARE(due.count(), 2);
            QCOMPARE(starting.count(), 0);
            // Next: the start itself, for the one with a join link only.
            QCOMPARE(scheduler.nextDue(), t0.addSecs(20 * 60));
            m_clock.advance(10 * 60);
            scheduler.evaluate();
            QCOMPARE(starting.count(), 1);
            QCOMPARE(starting.at(0).at(0).value<Bookmark>().key, QStringLiteral("online"));
            QVERIFY(!scheduler.nextDue().isValid());
        }
        // Persisted like a reminder: a restart a minute later does not say it again.
        m_clock.advance(60);
        auto reopened = openSchedule();
        ReminderScheduler again(reopened.get(), &m_clock);
        QSignalSpy starting(&again, &ReminderScheduler::startingNow);
        again.evaluate();
        QCOMPARE(starting.count(), 0);
    }

    void startingNowCatchesUpOnlyWhileOn()
    {
        auto schedule = openSchedule();
        schedule->setStartingNow(ScheduleData::StartingNowAlways);
        // Reminded ahead of time already, then the machine slept through the start.
        Bookmark early = session(QStringLiteral("early"), t0.addSecs(20 * 60), 20);
        Bookmark later = session(QStringLiteral("later"), t0.addSecs(30 * 60), 60);
        schedule->addBookmark(early);
        schedule->addBookmark(later);
        schedule->markFired(early, t0);
        schedule->markFired(later, t0);
        ReminderScheduler scheduler(schedule.get(), &m_clock);
        QSignalSpy starting(&scheduler, &ReminderScheduler::startingNow);
        m_clock.advance(45 * 60); // wakes at 17:15: "early" ended at 17:10, "later" is still on
        scheduler.wake();
        QCOMPARE(starting.count(), 1);
        QCOMPARE(starting.at(0).at(0).value<Bookmark>().key, QStringLiteral("later"));

        // Off: nothing more, ever.
        schedule->setStartingNow(ScheduleData::StartingNowNever);
        schedule->addBookmark(session(QStringLiteral("third"), t0.addSecs(50 * 60)));
        m_clock.advance(10 * 60);
        scheduler.evaluate();
        QCOMPARE(starting.count(), 1);
    }

    void startingNowIsNotASecondNoticeForALateReminder()
    {
        auto schedule = openSchedule();
        schedule->setStartingNow(ScheduleData::StartingNowAlways);
        ReminderScheduler scheduler(schedule.get(), &m_clock);
        QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
        QSignalSpy starting(&scheduler, &ReminderScheduler::startingNow);
        // Bookmarked after it started: one reminder ("Started 5 min ago"), not also "Starting now".
        Bookmark running = session(QStringLiteral("running"), t0.addSecs(-5 * 60));
        running.added = t0;
        schedule->addBookmark(running);
        QCOMPARE(due.count(), 1);
        QCOMPARE(starting.count(), 0);
        m_clock.advance(60);
        scheduler.evaluate();
        QCOMPARE(starting.count(), 0);
    }

    void restartNeitherRepeatsNorLoses()
    {
        {
            auto schedule = openSchedule();
            ReminderScheduler scheduler(schedule.get(), &m_clock);
            QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
            schedule->addBookmark(session(QStringLiteral("a"), t0.addSecs(20 * 60)));
            schedule->addBookmark(session(QStringLiteral("b"), t0.addSecs(40 * 60)));
            m_clock.advance(10 * 60);
            scheduler.evaluate();
            QCOMPARE(due.count(), 1);
        }
        // Attend restarts two minutes later: "a" must not come again, "b" must still come.
        m_clock.advance(2 * 60);
        auto schedule = openSchedule();
        ReminderScheduler scheduler(schedule.get(), &m_clock);
        QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
        scheduler.evaluate();
        QCOMPARE(due.count(), 0);
        QCOMPARE(scheduler.nextDue(), t0.addSecs(30 * 60));
        m_clock.set(t0.addSecs(30 * 60));
        scheduler.evaluate();
        QCOMPARE(due.count(), 1);
        QCOMPARE(due.at(0).at(0).value<Bookmark>().key, QStringLiteral("b"));
    }

    void sleepAcrossADueReminderShowsItAsMissed()
    {
        auto schedule = openSchedule();
        ReminderScheduler scheduler(schedule.get(), &m_clock);
        QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
        schedule->addBookmark(session(QStringLiteral("a"), t0.addSecs(20 * 60)));
        schedule->addBookmark(session(QStringLiteral("gone"), t0.addSecs(11 * 60), 2)); // over before we wake
        // The lid closes at t0 and opens 15 minutes later: the 60 s timer fires late, at once.
        m_clock.advance(15 * 60);
        scheduler.evaluate();
        QCOMPARE(due.count(), 1);
        QCOMPARE(due.at(0).at(0).value<Bookmark>().key, QStringLiteral("a"));
        QCOMPARE(due.at(0).at(1).toBool(), true); // missed: shown on wake
    }

    void wallClockJumpIsNoticed()
    {
        auto schedule = openSchedule();
        ReminderScheduler scheduler(schedule.get(), &m_clock);
        QSignalSpy jumped(&scheduler, &ReminderScheduler::clockJumped);
        QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
        schedule->addBookmark(session(QStringLiteral("a"), t0.addSecs(3 * 3600)));
        QCOMPARE(scheduler.armedInterval(), ReminderScheduler::maxArmInterval);

        // The timer was armed for 60 s, but the machine slept: when it fires, 2 h 55 min have passed.
        m_clock.advance(3 * 3600 - 5 * 60);
        scheduler.wake();
        QCOMPARE(jumped.count(), 1);
        QCOMPARE(jumped.at(0).at(0).toLongLong(), qint64(3 * 3600 - 5 * 60 - 60));
        QCOMPARE(due.count(), 1);
        QCOMPARE(due.at(0).at(1).toBool(), true);

        // An on-time wake-up is not a jump.
        schedule->addBookmark(session(QStringLiteral("b"), m_clock.now().addSecs(3600)));
        m_clock.advance(60);
        scheduler.wake();
        QCOMPARE(jumped.count(), 1);
    }

    void daylightSavingDayKeepsTheInstant()
    {
        // Berlin, 2024-03-31: 02:00 becomes 03:00. A 03:30 session reminds at 03:20 local, 01:20 UTC.
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime start(QDate(2024, 3, 31), QTime(3, 30), berlin);
        QCOMPARE(start.toUTC().time(), QTime(1, 30));
        m_clock.set(QDateTime(QDate(2024, 3, 31), QTime(1, 0), berlin)); // 00:00 UTC
        auto schedule = openSchedule();
        ReminderScheduler scheduler(schedule.get(), &m_clock);
        QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
        Bookmark bookmark = session(QStringLiteral("dst"), start.toUTC());
        bookmark.added = m_clock.now();
        schedule->addBookmark(bookmark);
        QCOMPARE(scheduler.nextDue(), QDateTime(QDate(2024, 3, 31), QTime(1, 20), Qt::UTC));
        m_clock.set(QDateTime(QDate(2024, 3, 31), QTime(1, 19, 59), Qt::UTC));
        scheduler.evaluate();
        QCOMPARE(due.count(), 0);
        m_clock.set(QDateTime(QDate(2024, 3, 31), QTime(3, 20), berlin));
        scheduler.evaluate();
        QCOMPARE(due.count(), 1);
    }

    void leadTimeChangeReplans()
    {
        auto schedule = openSchedule();
        ReminderScheduler scheduler(schedule.get(), &m_clock);
        QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
        schedule->addBookmark(session(QStringLiteral("a"), t0.addSecs(20 * 60)));
        QCOMPARE(scheduler.nextDue(), t0.addSecs(10 * 60));
        schedule->setLeadMinutes(5);
        QCOMPARE(scheduler.nextDue(), t0.addSecs(15 * 60));
        schedule->setLeadMinutes(30); // now already due: remind at once
        QCOMPARE(due.count(), 1);
        schedule->setLeadMinutes(10);
        QCOMPARE(due.count(), 1); // and not again for the same start
    }

    void movedSessionRemindsAgainForItsNewTime()
    {
        auto schedule = openSchedule();
        ReminderScheduler scheduler(schedule.get(), &m_clock);
        QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
        schedule->addBookmark(session(QStringLiteral("a"), t0.addSecs(20 * 60)));
        m_clock.advance(10 * 60);
        scheduler.evaluate();
        QCOMPARE(due.count(), 1);

        // A feed update moves it an hour later.
        Session moved;
        moved.key = QStringLiteral("a");
        moved.title = QStringLiteral("Talk a");
        moved.room = QStringLiteral("Online");
        moved.start = t0.addSecs(80 * 60);
        moved.durationSeconds = 20 * 60;
        schedule->refreshSnapshots(QStringLiteral("rethinkconn2022"), QString(), {moved});
        QCOMPARE(scheduler.nextDue(), t0.addSecs(70 * 60));
        m_clock.set(t0.addSecs(70 * 60));
        scheduler.evaluate();
        QCOMPARE(due.count(), 2);
    }

    void bookmarkedInsideTheLeadTimeRemindsAtOnce()
    {
        auto schedule = openSchedule();
        ReminderScheduler scheduler(schedule.get(), &m_clock);
        QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
        Bookmark bookmark = session(QStringLiteral("soon"), t0.addSecs(4 * 60));
        bookmark.added = t0;
        schedule->addBookmark(bookmark);
        QCOMPARE(due.count(), 1);
        QCOMPARE(due.at(0).at(1).toBool(), false); // not "missed": it was just bookmarked
    }

    void pausedRemindersAreNotSavedForLater()
    {
        auto schedule = openSchedule();
        ReminderScheduler scheduler(schedule.get(), &m_clock);
        QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
        schedule->setRemindersPaused(true);
        schedule->addBookmark(session(QStringLiteral("a"), t0.addSecs(20 * 60)));
        m_clock.advance(10 * 60);
        scheduler.evaluate();
        schedule->setRemindersPaused(false);
        QCOMPARE(due.count(), 0);
    }

    void perSessionSwitchAndSnooze()
    {
        auto schedule = openSchedule();
        ReminderScheduler scheduler(schedule.get(), &m_clock);
        QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
        schedule->addBookmark(session(QStringLiteral("off"), t0.addSecs(20 * 60)));
        schedule->addBookmark(session(QStringLiteral("on"), t0.addSecs(20 * 60)));
        schedule->setReminderEnabled(QStringLiteral("rethinkconn2022"), QStringLiteral("off"), false);
        m_clock.advance(10 * 60);
        scheduler.evaluate();
        QCOMPARE(due.count(), 1);
        QCOMPARE(due.at(0).at(0).value<Bookmark>().key, QStringLiteral("on"));

        scheduler.snooze(QStringLiteral("rethinkconn2022"), QStringLiteral("on"));
        QCOMPARE(scheduler.nextDue(), m_clock.now().addSecs(5 * 60));
        m_clock.advance(5 * 60);
        scheduler.evaluate();
        QCOMPARE(due.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReminderScheduler)
#include "tst_reminderscheduler.moc"
