// End to end, as a person would see it: the real attend binary, a feed whose bookmarked session
// starts a minute after the lead time from now, a real notification server (dunst, started by
// run-with-notification-server.sh). The reminder must reach dunst once, on time, with the title;
// a restart of Attend must not show it again.
#include "schedule/personalschedule.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Attend;

namespace {
const QString title = QStringLiteral("Reminder test: a talk one minute after the lead time");

QString dunstctl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("dunstctl"), arguments);
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return QStringLiteral("<dunstctl failed>");
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

int notificationsSeen()
{
    return dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).toInt()
        + dunstctl({QStringLiteral("count"), QStringLiteral("history")}).toInt();
}

QByteArray feedWithSessionAt(const QDateTime &start)
{
    const QDateTime utc = start.toUTC();
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule><version>1</version>"
               "<conference><acronym>reminder-e2e</acronym><title>Reminder E2E</title><time_zone_name>UTC</time_zone_name></conference>"
               "<day index=\"1\" date=\"%1\"><room name=\"Hall A\"><event id=\"1\" guid=\"e2e-1\">"
               "<date>%2+00:00</date><start>%3</start><duration>00:30</duration><room>Hall A</room>"
               "<title>%4</title><track>Testing</track><persons><person id=\"1\">Tess Ter</person></persons>"
               "</event></room></day></schedule>\n")
        .arg(utc.date().toString(Qt::ISODate), utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")),
             utc.toString(QStringLiteral("HH:mm")), title)
        .toUtf8();
}
} // namespace

class TestReminderDelivery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<QProcess> startAttend(const QString &feed)
    {
        auto attend = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        attend->setProcessEnvironment(environment);
        attend->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        attend->start(QStringLiteral(ATTEND_BINARY), {QStringLiteral("--feed"), feed});
        return attend;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ATTEND_DUNST_PICK_FILE"))
            QFAIL("run me through tests/desktop/run-with-notification-server.sh (ctest does)");
        QCOMPARE(notificationsSeen(), 0); // the runner starts a fresh dunst: nothing shown yet
    }

    void remindsOnceOnTimeAndNotAgainAfterARestart()
    {
        const int leadMinutes = 1;
        // Whole seconds, as the feed writes them, so the measured lateness is the real one.
        const QDateTime start = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 60 * leadMinutes + 60, Qt::UTC);
        const QDateTime due = start.addSecs(-60 * leadMinutes);
        const QString feed = m_dir.filePath(QStringLiteral("feed.xml"));
        QFile file(feed);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(feedWithSessionAt(start));
        file.close();

        // The person bookmarked the session and chose a one-minute lead time earlier.
        {
            const QString schedulePath = m_dir.filePath(QStringLiteral("data/Attend/attend/schedule.json"));
            PersonalSchedule schedule{ScheduleStore(schedulePath)};
            schedule.load();
            schedule.setLeadMinutes(leadMinutes);
            Bookmark bookmark;
            bookmark.conferenceId = QStringLiteral("reminder-e2e");
            bookmark.key = QStringLiteral("g:e2e-1");
            bookmark.title = title;
            bookmark.room = QStringLiteral("Hall A");
            bookmark.start = start;
            bookmark.end = start.addSecs(1800);
            schedule.addBookmark(bookmark);
            QVERIFY(QFile::exists(schedulePath));
        }

        auto attend = startAttend(feed);
        QVERIFY(attend->waitForStarted());
        QTest::qWait(3000);
        QCOMPARE(notificationsSeen(), 0); // nothing before its time

        QDateTime shownAt;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 100 * 1000) {
            if (notificationsSeen() > 0) {
                shownAt = QDateTime::currentDateTimeUtc();
                break;
            }
            QTest::qWait(200);
        }
        QVERIFY2(shownAt.isValid(), "no notification reached dunst within 100 s");
        const qint64 lateMs = due.msecsTo(shownAt);
        qInfo("reminder accuracy: due %s, shown %s, %lld ms after its due time",
              qPrintable(due.toString(Qt::ISODateWithMs)), qPrintable(shownAt.toString(Qt::ISODateWithMs)), lateMs);
        QVERIFY2(lateMs >= -1000, "shown before its due time");
        QVERIFY2(lateMs <= 5000, "shown more than 5 s late");

        QCOMPARE(dunstctl({QStringLiteral("close-all")}), QString());
        const QString history = dunstctl({QStringLiteral("history")});
        QVERIFY2(history.contains(title), qPrintable(history.left(400)));
        QVERIFY2(history.contains(QStringLiteral("Hall A")), "the room is named");

        // Attend restarts: the reminder it already gave must not come again.
        attend->terminate();
        QVERIFY(attend->waitForFinished(10000));
        auto again = startAttend(feed);
        QVERIFY(again->waitForStarted());
        QTest::qWait(6000);
        QCOMPARE(notificationsSeen(), 1);
        again->terminate();
        QVERIFY(again->waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestReminderDelivery)
#include "tst_reminderdelivery.moc"
