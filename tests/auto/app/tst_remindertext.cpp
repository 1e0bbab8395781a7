#include "app/remindertext.h"

#include <QTest>

using namespace Attend;

class TestReminderText : public QObject
{
    Q_OBJECT

private:
    static Bookmark talk()
    {
        Bookmark bookmark;
        bookmark.conferenceId = QStringLiteral("rethinkconn2022");
        bookmark.key = QStringLiteral("g:3");
        bookmark.title = QStringLiteral("Service monitoring with Helix and Surveyor");
        bookmark.room = QStringLiteral("Online");
        bookmark.start = QDateTime(QDate(2022, 11, 10), QTime(18, 0), Qt::UTC); // 10:00 PST
        bookmark.end = bookmark.start.addSecs(1200);
        return bookmark;
    }

private Q_SLOTS:
    void onTimeNamesTitleTimeInViewerZoneAndRoom()
    {
        const ReminderNotice notice = reminderNoticeFor(talk(), false, QTimeZone("Europe/Berlin"), talk().start.addSecs(-600));
        QCOMPARE(notice.summary, QStringLiteral("Service monitoring with Helix and Surveyor"));
        QCOMPARE(notice.body, QStringLiteral("Starts 19:00 CET (in 10 min) \u00B7 Online"));
        QCOMPARE(notice.sessionKey, QStringLiteral("g:3"));
        QCOMPARE(notice.conferenceId, QStringLiteral("rethinkconn2022"));
    }

    void missedSaysSo()
    {
        const ReminderNotice notice = reminderNoticeFor(talk(), true, QTimeZone("America/Los_Angeles"), talk().start.addSecs(300));
        QCOMPARE(notice.summary, QStringLiteral("Missed reminder: Service monitoring with Helix and Surveyor"));
        QCOMPARE(notice.body, QStringLiteral("Started 10:00 PST (5 min ago) \u00B7 Online"));
        QVERIFY(notice.missed);
    }

    void startingNowSaysSoWithoutSnooze()
    {
        const ReminderNotice notice = startingNowNoticeFor(talk(), QTimeZone("America/Los_Angeles"), talk().start.addSecs(20));
        QCOMPARE(notice.summary, QStringLiteral("Starting now: Service monitoring with Helix and Surveyor"));
        QCOMPARE(notice.body, QStringLiteral("Starting now, 10:00 PST · Online"));
        QVERIFY(notice.startingNow);
        QVERIFY(!notice.canSnooze);
        QVERIFY(notice.isReminder());
        QVERIFY(!notice.missed);
    }

    // The organiser gave no time: the reminder says "about", as the agenda and the session page do.
    void anEstimatedTimeSaysAbout()
    {
        Bookmark estimated = talk();
        estimated.timeEstimated = true;
        const ReminderNotice notice = reminderNoticeFor(estimated, false, QTimeZone("Europe/Berlin"), estimated.start.addSecs(-600));
        QCOMPARE(notice.body, QStringLiteral("Starts about 19:00 CET (in 10 min) \u00B7 Online"));
    }

    void partialMinutesRoundUp()
    {
        const ReminderNotice notice = reminderNoticeFor(talk(), false, QTimeZone("UTC"), talk().start.addSecs(-61));
        QCOMPARE(notice.body, QStringLiteral("Starts 18:00 UTC (in 2 min) \u00B7 Online"));
    }
};

QTEST_GUILESS_MAIN(TestReminderText)
#include "tst_remindertext.moc"
