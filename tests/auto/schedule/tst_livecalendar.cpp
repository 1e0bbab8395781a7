#include "../filetestsupport.h"
#include "schedule/icsexport.h"
#include "schedule/livecalendar.h"
#include "schedule/personalschedule.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>

using namespace Attend;
using namespace AttendTest;

namespace {
const QString kConference = QStringLiteral("fosdem-2026");

Session session(const QString &key, int hour, int minute, int minutes)
{
    Session s;
    s.key = key;
    s.title = QStringLiteral("Talk ") + key;
    s.room = QStringLiteral("K.3.201");
    s.track = QStringLiteral("Main");
    s.start = QDateTime(QDate(2026, 1, 31), QTime(hour, minute), Qt::UTC);
    s.durationSeconds = minutes * 60;
    return s;
}

/** One event as a reader saw it. */
struct Seen {
    int sequence = -1;
    QString status;
    QString start;
    int alarms = 0;
};

/** The file read by libical (the library the app links). */
QHash<QString, Seen> readWithLibical(const QString &path)
{
    QHash<QString, Seen> events;
    const QByteArray data = fileContents(path);
    icalcomponent *calendar = icalparser_parse_string(data.constData());
    if (!calendar)
        return events;
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        Seen seen;
        seen.sequence = icalcomponent_get_sequence(event);
        const icalproperty_status status = icalcomponent_get_status(event);
        seen.status = status == ICAL_STATUS_NONE ? QString() : QString::fromUtf8(icalproperty_status_to_string(status));
        seen.start = QString::fromUtf8(icaltime_as_ical_string(icalcomponent_get_dtstart(event)));
        seen.alarms = icalcomponent_count_components(event, ICAL_VALARM_COMPONENT);
        events.insert(QString::fromUtf8(icalcomponent_get_uid(event)), seen);
    }
    icalcomponent_free(calendar);
    return events;
}

/** The file read by python-icalendar (an independent reader). */
QJsonArray readWithPython(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(ATTEND_TEST_DATA "/../auto/schedule/readcalendar.py"), path});
    if (!python.waitForFinished(20000) || python.exitCode() != 0) {
        qWarning().noquote() << "python-icalendar could not read" << path << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

QJsonObject pythonEvent(const QJsonArray &events, const QString &uid)
{
    for (const QJsonValue &value : events) {
        if (value.toObject().value(QStringLiteral("uid")).toString() == uid)
            return value.toObject();
    }
    return {};
}
} // namespace

class TestLiveCalendar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PersonalSchedule> m_schedule;
    std::unique_ptr<LiveCalendar> m_calendar;
    QList<qint64> m_delays;

    QString calendarPath() const { return m_dir.filePath(QStringLiteral("calendars/attend.ics")); }
    QString statePath() const { return m_dir.filePath(QStringLiteral("state.json")); }

    void startCalendar()
    {
        m_calendar = std::make_unique<LiveCalendar>(m_schedule.get(), statePath());
        m_calendar->setPath(calendarPath());
        m_calendar->setFollowedConferences({kConference});
        m_calendar->setEnabled(true);
    }

    /** Runs a change and waits for the file to follow; records how long that took. */
    template<typename Change>
    bool changeAndWait(Change change)
    {
        QSignalSpy written(m_calendar.get(), &LiveCalendar::written);
        QElapsedTimer timer;
        timer.start();
        change();
        if (!written.wait(2000))
            return false;
        m_delays.append(timer.elapsed());
        return true;
    }

    QString uid(const QString &key) const
    {
        Bookmark bookmark;
        bookmark.conferenceId = kConference;
        bookmark.key = key;
        return icsUidFor(bookmark);
    }

    /** Both readers agree with what is expected of one event. */
    void checkEvent(const QString &key, int sequence, const QString &status)
    {
        const QHash<QString, Seen> libical = readWithLibical(calendarPath());
        QVERIFY2(libical.contains(uid(key)), qPrintable(key));
        QCOMPARE(libical.value(uid(key)).sequence, sequence);
        QCOMPARE(libical.value(uid(key)).status, status);
        const QJsonObject python = pythonEvent(readWithPython(calendarPath()), uid(key));
        QVERIFY2(!python.isEmpty(), qPrintable(QStringLiteral("python-icalendar does not see %1").arg(key)));
        QCOMPARE(python.value(QStringLiteral("sequence")).toInt(), sequence);
        QCOMPARE(python.value(QStringLiteral("status")).toString(), status);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/bin/python3")), "python3 is needed (with python3-icalendar)");
        m_schedule = std::make_unique<PersonalSchedule>(ScheduleStore(m_dir.filePath(QStringLiteral("schedule.json"))));
        m_schedule->load();
        startCalendar();
    }

    void cleanupTestCase()
    {
        if (!m_delays.isEmpty()) {
            std::sort(m_delays.begin(), m_delays.end());
            qInfo().noquote() << "live calendar update delay over" << m_delays.size() << "changes: min" << m_delays.constFirst()
                              << "ms, median" << m_delays.at(m_delays.size() / 2) << "ms, max" << m_delays.constLast() << "ms";
            QVERIFY(m_delays.constLast() < 1000);
        }
    }

    void writtenWhenTurnedOn()
    {
        QVERIFY(QFileInfo::exists(calendarPath()));
        QCOMPARE(QFileInfo(calendarPath()).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
        QCOMPARE(readWithPython(calendarPath()).size(), 0);
    }

    void bookmarksAppear()
    {
        QVERIFY(changeAndWait([this] {
            m_schedule->addBookmark(PersonalSchedule::bookmarkFor(kConference, QStringLiteral("FOSDEM 2026"), session(QStringLiteral("a"), 10, 0, 30)));
            m_schedule->addBookmark(PersonalSchedule::bookmarkFor(kConference, QStringLiteral("FOSDEM 2026"), session(QStringLiteral("b"), 10, 15, 30)));
        }));
        QCOMPARE(readWithPython(calendarPath()).size(), 2);
        checkEvent(QStringLiteral("a"), 0, QStringLiteral("CONFIRMED"));
        checkEvent(QStringLiteral("b"), 0, QStringLiteral("CONFIRMED"));
        // The UIDs are the export's: a calendar that imported an export recognises them.
        const IcsImportResult imported = importBookmarksFromIcs(fileContents(calendarPath()));
        QVERIFY(imported.ok);
        QCOMPARE(imported.bookmarks.size(), 2);
    }

    void aMovedSessionKeepsItsUidWithAHigherSequence()
    {
        const QString before = readWithLibical(calendarPath()).value(uid(QStringLiteral("a"))).start;
        QVERIFY(changeAndWait([this] {
            m_schedule->refreshSnapshots(kConference, QStringLiteral("FOSDEM 2026"),
                                         {session(QStringLiteral("a"), 11, 0, 30), session(QStringLiteral("b"), 10, 15, 30)});
        }));
        checkEvent(QStringLiteral("a"), 1, QStringLiteral("CONFIRMED"));
        checkEvent(QStringLiteral("b"), 0, QStringLiteral("CONFIRMED")); // unchanged: its SEQUENCE stays
        const QString after = readWithLibical(calendarPath()).value(uid(QStringLiteral("a"))).start;
        QVERIFY(before != after);
        QCOMPARE(after, QStringLiteral("20260131T110000Z"));
        QCOMPARE(pythonEvent(readWithPython(calendarPath()), uid(QStringLiteral("a"))).value(QStringLiteral("start")).toString(),
                 QStringLiteral("2026-01-31T11:00:00+00:00"));
    }

    void aCancelledSessionIsMarkedCancelled()
    {
        QVERIFY(changeAndWait([this] {
            Session cancelled = session(QStringLiteral("b"), 10, 15, 30);
            cancelled.cancelled = true;
            m_schedule->refreshSnapshots(kConference, QStringLiteral("FOSDEM 2026"), {session(QStringLiteral("a"), 11, 0, 30), cancelled});
        }));
        checkEvent(QStringLiteral("b"), 1, QStringLiteral("CANCELLED"));
        checkEvent(QStringLiteral("a"), 1, QStringLiteral("CONFIRMED"));
    }

    void aMaybeIsTentative()
    {
        QVERIFY(changeAndWait([this] { m_schedule->setLevel(kConference, QStringLiteral("a"), BookmarkLevel::Maybe); }));
        checkEvent(QStringLiteral("a"), 2, QStringLiteral("TENTATIVE"));
    }

    void alarmsOnlyForMustSeeWhenAsked()
    {
        QVERIFY(changeAndWait([this] {
            m_schedule->addBookmark(PersonalSchedule::bookmarkFor(kConference, QStringLiteral("FOSDEM 2026"), session(QStringLiteral("c"), 14, 0, 50)));
        }));
        QCOMPARE(readWithLibical(calendarPath()).value(uid(QStringLiteral("c"))).alarms, 0);
        m_schedule->setLeadMinutes(15);
        QVERIFY(changeAndWait([this] { m_calendar->setAlarms(true); }));
        const QHash<QString, Seen> libical = readWithLibical(calendarPath());
        QCOMPARE(libical.value(uid(QStringLiteral("c"))).alarms, 1);
        QCOMPARE(libical.value(uid(QStringLiteral("a"))).alarms, 0); // maybe
        QCOMPARE(libical.value(uid(QStringLiteral("b"))).alarms, 0); // cancelled
        const QJsonArray alarms = pythonEvent(readWithPython(calendarPath()), uid(QStringLiteral("c"))).value(QStringLiteral("alarms")).toArray();
        QCOMPARE(alarms.size(), 1);
        QCOMPARE(alarms.at(0).toInt(), -15 * 60);
        checkEvent(QStringLiteral("c"), 1, QStringLiteral("CONFIRMED")); // an alarm added is a change too
        QVERIFY(changeAndWait([this] { m_calendar->setAlarms(false); }));
    }

    void aRemovedBookmarkLeavesTheFile()
    {
        QVERIFY(changeAndWait([this] { m_schedule->removeBookmark(kConference, QStringLiteral("c")); }));
        QVERIFY(!readWithLibical(calendarPath()).contains(uid(QStringLiteral("c"))));
        QVERIFY(pythonEvent(readWithPython(calendarPath()), uid(QStringLiteral("c"))).isEmpty());
    }

    void unfollowedConferencesAreLeftOut()
    {
        QVERIFY(changeAndWait([this] {
            Bookmark other = PersonalSchedule::bookmarkFor(QStringLiteral("democon"), QStringLiteral("DemoCon"), session(QStringLiteral("d"), 9, 0, 30));
            m_schedule->addBookmark(other);
        }));
        QCOMPARE(readWithPython(calendarPath()).size(), 2);
        QVERIFY(changeAndWait([this] { m_calendar->setFollowedConferences({kConference, QStringLiteral("democon")}); }));
        QCOMPARE(readWithPython(calendarPath()).size(), 3);
    }

    /** SEQUENCE keeps rising across restarts: the state is kept beside the file. */
    void sequenceSurvivesARestart()
    {
        const int before = readWithLibical(calendarPath()).value(uid(QStringLiteral("a"))).sequence;
        m_calendar.reset();
        startCalendar();
        QCOMPARE(readWithLibical(calendarPath()).value(uid(QStringLiteral("a"))).sequence, before); // nothing changed: same
        QVERIFY(changeAndWait([this] {
            m_schedule->refreshSnapshots(kConference, QStringLiteral("FOSDEM 2026"), {session(QStringLiteral("a"), 12, 0, 30)});
        }));
        checkEvent(QStringLiteral("a"), before + 1, QStringLiteral("TENTATIVE"));
        // A bookmark removed and added again goes on counting: calendars may still hold the old one.
        const int bBefore = readWithLibical(calendarPath()).value(uid(QStringLiteral("b"))).sequence;
        QVERIFY(changeAndWait([this] { m_schedule->removeBookmark(kConference, QStringLiteral("b")); }));
        QVERIFY(changeAndWait([this] {
            m_schedule->addBookmark(PersonalSchedule::bookmarkFor(kConference, QStringLiteral("FOSDEM 2026"), session(QStringLiteral("b"), 16, 0, 30)));
        }));
        QVERIFY(readWithLibical(calendarPath()).value(uid(QStringLiteral("b"))).sequence > bBefore);
    }

    void offStopsWriting()
    {
        m_calendar->setEnabled(false);
        const QByteArray before = fileContents(calendarPath());
        m_schedule->removeBookmark(kConference, QStringLiteral("a"));
        QTest::qWait(LiveCalendar::writeDelayMs * 3);
        QCOMPARE(fileContents(calendarPath()), before);
    }
};

QTEST_GUILESS_MAIN(TestLiveCalendar)
#include "tst_livecalendar.moc"
