// The mark on a bookmarked session that changed: cancelled, moved (with days when the day
// changed, in the zone on screen), room changed, or both; nothing when nothing changed.
#include "models/changenote.h"
#include "models/timeformatter.h"
#include "schedule/bookmark.h"

#include <QTest>
#include <QTimeZone>

using namespace Attend;

namespace {
QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 1, day), QTime(hour, minute), Qt::UTC);
}

Bookmark fosdemTalk()
{
    Bookmark bookmark;
    bookmark.conferenceId = QStringLiteral("fosdem-2026");
    bookmark.key = QStringLiteral("k1");
    bookmark.title = QStringLiteral("Kernel news");
    bookmark.room = QStringLiteral("Janson");
    bookmark.start = utc(31, 9, 30); // 10:30 in Brussels
    bookmark.end = utc(31, 10, 0);
    return bookmark;
}
} // namespace

class TestChangeNote : public QObject
{
    Q_OBJECT

    TimeFormatter m_formatter;

private Q_SLOTS:
    void initTestCase()
    {
        m_formatter.setViewerZone(QTimeZone("Europe/Brussels"));
        m_formatter.setUseEventZone(false);
    }

    void nothingChangedSaysNothing()
    {
        const Bookmark bookmark = fosdemTalk();
        QCOMPARE(changeNoteFor(&bookmark, false, m_formatter), QString());
        QCOMPARE(changeNoteFor(nullptr, false, m_formatter), QString());
    }

    void cancelled()
    {
        Bookmark bookmark = fosdemTalk();
        QCOMPARE(changeNoteFor(nullptr, true, m_formatter), QStringLiteral("Cancelled"));
        QCOMPARE(changeNoteFor(&bookmark, true, m_formatter), QStringLiteral("Cancelled"));
        bookmark.cancelled = true;
        bookmark.movedFrom = utc(31, 9, 0); // cancelled says it all
        QCOMPARE(changeNoteFor(&bookmark, false, m_formatter), QStringLiteral("Cancelled"));
    }

    void movedOnTheSameDay()
    {
        Bookmark bookmark = fosdemTalk();
        bookmark.movedFrom = utc(31, 9, 0);
        QCOMPARE(changeNoteFor(&bookmark, false, m_formatter), QStringLiteral("Moved from 10:00 to 10:30"));
    }

    void movedToAnotherDayNamesTheDays()
    {
        Bookmark bookmark = fosdemTalk();
        bookmark.movedFrom = utc(31, 9, 30);
        bookmark.start = QDateTime(QDate(2026, 2, 1), QTime(9, 30), Qt::UTC);
        const QString note = changeNoteFor(&bookmark, false, m_formatter);
        QVERIFY2(note.startsWith(QStringLiteral("Moved from ")), qPrintable(note));
        QVERIFY2(note.contains(m_formatter.day(utc(31, 9, 30)) + QStringLiteral(" 10:30")), qPrintable(note));
        QVERIFY2(note.endsWith(m_formatter.day(bookmark.start) + QStringLiteral(" 10:30")), qPrintable(note));
    }

    void theDayIsTheDisplayZones()
    {
        // 23:30 and 00:30 in Brussels are one day apart there, the same day in UTC.
        Bookmark bookmark = fosdemTalk();
        bookmark.movedFrom = utc(31, 22, 30);
        bookmark.start = utc(31, 23, 30);
        QVERIFY(changeNoteFor(&bookmark, false, m_formatter).contains(m_formatter.day(bookmark.start)));
        TimeFormatter inUtc;
        inUtc.setViewerZone(QTimeZone::utc());
        inUtc.setUseEventZone(false);
        QCOMPARE(changeNoteFor(&bookmark, false, inUtc), QStringLiteral("Moved from 22:30 to 23:30"));
    }

    void roomChanged()
    {
        Bookmark bookmark = fosdemTalk();
        bookmark.roomWas = QStringLiteral("H.1302");
        QCOMPARE(changeNoteFor(&bookmark, false, m_formatter), QStringLiteral("Room changed from H.1302 to Janson"));
    }

    void movedAndRoomChangedJoined()
    {
        Bookmark bookmark = fosdemTalk();
        bookmark.movedFrom = utc(31, 9, 0);
        bookmark.roomWas = QStringLiteral("H.1302");
        QCOMPARE(changeNoteFor(&bookmark, false, m_formatter),
                 QStringLiteral("Moved from 10:00 to 10:30 \u00B7 Room changed from H.1302 to Janson"));
    }
};

QTEST_GUILESS_MAIN(TestChangeNote)
#include "tst_changenote.moc"
