// "My schedule": bookmarks by start time, clashes (overlaps, not touching ends), free time between
// them on one day, sessions that left the agenda, reminders and change notes; rows inserted and
// removed one by one, under QAbstractItemModelTester.
#include "models/schedulemodel.h"
#include "models/timeformatter.h"
#include "schedule/personalschedule.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Attend;

namespace {
const QString conference = QStringLiteral("fosdem2026");

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 1, day), QTime(hour, minute), Qt::UTC);
}

Bookmark talk(const char *key, const char *title, const QDateTime &start, int minutes, const QString &conferenceId = conference)
{
    Bookmark bookmark;
    bookmark.conferenceId = conferenceId;
    bookmark.key = QLatin1String(key);
    bookmark.title = QLatin1String(title);
    bookmark.room = QStringLiteral("Janson");
    bookmark.track = QStringLiteral("Main");
    bookmark.start = start;
    bookmark.end = start.addSecs(minutes * 60);
    return bookmark;
}
} // namespace

class TestScheduleModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TimeFormatter m_formatter;
    PersonalSchedule *m_schedule = nullptr;
    ScheduleModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

    QStringList column(int role) const
    {
        QStringList values;
        for (int row = 0; row < m_model->rowCount(); ++row)
            values.append(m_model->index(row).data(role).toString());
        return values;
    }

private Q_SLOTS:
    void init()
    {
        m_formatter.setViewerZone(QTimeZone::utc());
        m_formatter.setUseEventZone(false);
        QFile::remove(m_dir.filePath(QStringLiteral("schedule.json")));
        m_schedule = new PersonalSchedule(ScheduleStore(m_dir.filePath(QStringLiteral("schedule.json"))));
        m_schedule->load();
        m_model = new ScheduleModel(&m_formatter, m_schedule);
        m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setConference(conference, {});
    }
    void cleanup()
    {
        delete m_tester;
        delete m_model;
        delete m_schedule;
    }

    void rowsComeAndGoOneByOneInTimeOrder()
    {
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        m_schedule->addBookmark(talk("b", "Second", at(31, 11), 30));
        m_schedule->addBookmark(talk("a", "First", at(31, 10), 30));
        m_schedule->addBookmark(talk("c", "Third", at(31, 12), 30));
        m_schedule->addBookmark(talk("other", "Elsewhere", at(31, 9), 30, QStringLiteral("36c3")));
        QCOMPARE(column(ScheduleModel::TitleRole), (QStringList{QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third")}));
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(inserted.at(1).at(1).toInt(), 0); // "First" went in before "Second"
        QCOMPARE(inserted.at(2).at(1).toInt(), 2);
        m_schedule->removeBookmark(conference, QStringLiteral("b"));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(column(ScheduleModel::KeyRole), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(m_model->property("count").toInt(), 2);
    }

    void anotherConferenceIsAnotherList()
    {
        m_schedule->addBookmark(talk("a", "First", at(31, 10), 30));
        m_schedule->addBookmark(talk("x", "Congress talk", at(27, 12), 60, QStringLiteral("36c3")));
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        m_model->setConference(QStringLiteral("36c3"), {QStringLiteral("x")});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(column(ScheduleModel::TitleRole), QStringList{QStringLiteral("Congress talk")});
        QCOMPARE(m_model->index(0).data(ScheduleModel::InAgendaRole).toBool(), true);
    }

    void clashesAreOverlapsNotTouchingEnds()
    {
        m_schedule->addBookmark(talk("a", "Kernel", at(31, 10), 60));      // 10:00-11:00
        m_schedule->addBookmark(talk("b", "Rust", at(31, 10, 30), 60));    // 10:30-11:30: clashes with a
        m_schedule->addBookmark(talk("c", "Go", at(31, 11, 30), 30));      // 11:30-12:00: touches b, no clash
        m_schedule->addBookmark(talk("d", "Inside", at(31, 10, 40), 10));  // inside both a and b
        QCOMPARE(column(ScheduleModel::KeyRole), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("c")}));
        QCOMPARE(m_model->index(0).data(ScheduleModel::ClashRole).toBool(), true);
        QCOMPARE(m_model->index(0).data(ScheduleModel::ClashTextRole).toString(), QStringLiteral("Clashes with Rust, Inside"));
        QCOMPARE(m_model->index(2).data(ScheduleModel::ClashTextRole).toString(), QStringLiteral("Clashes with Kernel, Rust"));
        QCOMPARE(m_model->index(3).data(ScheduleModel::ClashRole).toBool(), false);
        QCOMPARE(m_model->index(3).data(ScheduleModel::ClashTextRole).toString(), QString());
        QCOMPARE(m_model->clashCount(), 3);

        QSignalSpy counted(m_model, &ScheduleModel::countChanged);
        m_schedule->removeBookmark(conference, QStringLiteral("b"));
        m_schedule->removeBookmark(conference, QStringLiteral("d"));
        QVERIFY(counted.count() >= 2);
        QCOMPARE(m_model->clashCount(), 0);
    }

    void gapsAreFreeTimeOnOneDay()
    {
        m_schedule->addBookmark(talk("a", "Opening", at(31, 9), 60));      // 09:00-10:00
        m_schedule->addBookmark(talk("b", "Long", at(31, 9, 30), 120));    // 09:30-11:30: the end that counts
        m_schedule->addBookmark(talk("c", "Lunch talk", at(31, 13), 30));  // free 11:30-13:00
        m_schedule->addBookmark(talk("d", "Right after", at(31, 13, 33), 30)); // 3 minutes: not free time
        m_schedule->addBookmark(talk("e", "Next morning", QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC), 30)); // another day
        QCOMPARE(column(ScheduleModel::GapTextRole),
                 (QStringList{QString(), QString(), QStringLiteral("Free 11:30\u201313:00 (90 min)"), QString(), QString()}));
    }

    void agendaRemindersAndChanges()
    {
        Bookmark moved = talk("a", "Moved talk", at(31, 10, 30), 30);
        moved.movedFrom = at(31, 10);
        moved.roomWas = QStringLiteral("H.1302");
        m_schedule->addBookmark(moved);
        Bookmark gone = talk("b", "Gone talk", at(31, 12), 30);
        gone.reminderEnabled = false;
        m_schedule->addBookmark(gone);
        m_model->setConference(conference, {QStringLiteral("a")});
        QCOMPARE(m_model->index(0).data(ScheduleModel::InAgendaRole).toBool(), true);
        QCOMPARE(m_model->index(1).data(ScheduleModel::InAgendaRole).toBool(), false);
        QCOMPARE(m_model->index(0).data(ScheduleModel::ReminderRole).toBool(), true);
        QCOMPARE(m_model->index(1).data(ScheduleModel::ReminderRole).toBool(), false);
        QCOMPARE(m_model->index(0).data(ScheduleModel::ChangeNoteRole).toString(),
                 QStringLiteral("Moved from 10:00 to 10:30 \u00B7 Room changed from H.1302 to Janson"));
        QCOMPARE(m_model->index(1).data(ScheduleModel::ChangeNoteRole).toString(), QString());
        QCOMPARE(m_model->index(0).data(ScheduleModel::BookmarkedRole).toBool(), true);
        QCOMPARE(m_model->index(0).data(ScheduleModel::DetailLineRole).toString(), QStringLiteral("10:30\u201311:00 \u00B7 Janson \u00B7 Main"));

        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_schedule->setReminderEnabled(conference, QStringLiteral("b"), true);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(m_model->index(1).data(ScheduleModel::ReminderRole).toBool(), true);
    }

    void theZoneOnScreenChangesEveryRow()
    {
        m_schedule->addBookmark(talk("a", "Kernel", at(31, 10), 60));
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        m_formatter.setViewerZone(QTimeZone("Europe/Brussels"));
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        QVERIFY(m_model->index(0).data(ScheduleModel::DetailLineRole).toString().startsWith(QStringLiteral("11:00\u201312:00")));
        // The card's time column follows the zone too.
        QCOMPARE(m_model->index(0).data(ScheduleModel::StartTimeRole).toString(), QStringLiteral("11:00"));
    }

    void roleNamesMatchTheSessionList()
    {
        const QHash<int, QByteArray> names = m_model->roleNames();
        QCOMPARE(names.value(ScheduleModel::TitleRole), QByteArray("title"));
        QCOMPARE(names.value(ScheduleModel::GapTextRole), QByteArray("gap"));
        QCOMPARE(names.value(ScheduleModel::ReminderRole), QByteArray("reminderEnabled"));
        // The session card reads these under the agenda's names.
        QCOMPARE(names.value(ScheduleModel::StartTimeRole), QByteArray("startTime"));
        QCOMPARE(names.value(ScheduleModel::TrackRole), QByteArray("track"));
        QCOMPARE(names.value(ScheduleModel::CancelledRole), QByteArray("cancelled"));
        QCOMPARE(names.value(ScheduleModel::TimeEstimatedRole), QByteArray("timeEstimated"));
        QCOMPARE(names.size(), 28); // 15 in 0.1.0, then maybe, watch later, conference, On now and join roles, the card's four
    }
};

QTEST_GUILESS_MAIN(TestScheduleModel)
#include "tst_schedulemodel.moc"
