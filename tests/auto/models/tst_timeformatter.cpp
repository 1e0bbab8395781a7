#include "models/timeformatter.h"

#include <QSignalSpy>
#include <QTest>

using namespace Attend;

class TestTimeFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothZones()
    {
        TimeFormatter formatter;
        formatter.setViewerZone(QTimeZone("Europe/Berlin"));
        formatter.setEventZone(QTimeZone("America/Los_Angeles"));
        const QDateTime start(QDate(2022, 11, 10), QTime(17, 5), Qt::UTC);
        const QDateTime end = start.addSecs(15 * 60);
        QVERIFY(formatter.zonesDiffer());
        QCOMPARE(formatter.time(start), QStringLiteral("18:05"));
        QCOMPARE(formatter.rangeInBothZones(start, end),
                 QStringLiteral("18:05\u201318:20 your time \u00B7 09:05\u201309:20 PST"));

        QSignalSpy spy(&formatter, &TimeFormatter::displayZoneChanged);
        formatter.setUseEventZone(true);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(formatter.time(start), QStringLiteral("09:05"));
        QCOMPARE(formatter.zoneLabel(start), QStringLiteral("PST"));
        QCOMPARE(formatter.rangeInBothZones(start, end),
                 QStringLiteral("09:05\u201309:20 PST \u00B7 18:05\u201318:20 your time"));
    }

    void sameZoneShowsOnce()
    {
        TimeFormatter formatter;
        formatter.setViewerZone(QTimeZone("America/Los_Angeles"));
        formatter.setEventZone(QTimeZone("America/Los_Angeles"));
        QVERIFY(!formatter.zonesDiffer());
        const QDateTime start(QDate(2022, 11, 10), QTime(17, 0), Qt::UTC);
        QCOMPARE(formatter.rangeInBothZones(start, start.addSecs(300)), QStringLiteral("09:00\u201309:05 PST"));
    }

    void acrossMidnightNamesTheDay()
    {
        TimeFormatter formatter;
        formatter.setViewerZone(QTimeZone("Europe/Berlin"));
        const QDateTime start(QDate(2019, 12, 27), QTime(22, 50), Qt::UTC); // 23:50 in Berlin
        QCOMPARE(formatter.timeRange(start, start.addSecs(7200)), QStringLiteral("23:50\u2013Sat 01:50"));
    }

    void daylightSavingChangeKeepsTheInstant()
    {
        TimeFormatter formatter;
        formatter.setViewerZone(QTimeZone("Europe/Berlin"));
        // 2024-03-31: clocks go from 02:00 to 03:00 in Berlin.
        const QDateTime before(QDate(2024, 3, 31), QTime(0, 30), Qt::UTC);
        QCOMPARE(formatter.time(before), QStringLiteral("01:30"));
        QCOMPARE(formatter.time(before.addSecs(3600)), QStringLiteral("03:30"));
    }
};

QTEST_GUILESS_MAIN(TestTimeFormatter)
#include "tst_timeformatter.moc"
