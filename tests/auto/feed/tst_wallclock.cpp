// The one wall-clock placement both local-time readers (XML, JSON) share: the zone chain and the placing.

#include "feed/wallclock.h"

#include <QTest>

using namespace Attend;

class TestWallClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDeclaredZoneIsKept()
    {
        Conference conference;
        conference.timeZone = QTimeZone("America/Los_Angeles");
        conference.zoneSource = ZoneSource::Declared;
        conference.city = QStringLiteral("Brussels");
        settleZone(conference, 3600);
        QCOMPARE(conference.timeZone.id(), QByteArray("America/Los_Angeles"));
        QCOMPARE(conference.zoneSource, ZoneSource::Declared);
    }

    void offsetsComeBeforeTheCity()
    {
        Conference conference;
        conference.city = QStringLiteral("Brussels");
        settleZone(conference, -5 * 3600);
        QCOMPARE(conference.zoneSource, ZoneSource::FromOffsets);
        QCOMPARE(conference.timeZone.offsetFromUtc(QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC)), -5 * 3600);
    }

    void theCityComesBeforeUtc()
    {
        Conference conference;
        conference.city = QStringLiteral("Brussels");
        settleZone(conference, std::nullopt);
        QCOMPARE(conference.zoneSource, ZoneSource::GuessedFromCity);
        QCOMPARE(conference.timeZone.id(), QByteArray("Europe/Brussels"));
    }

    void utcIsTheLastResortAndSaysSo()
    {
        Conference conference;
        conference.city = QStringLiteral("Nowhere In Particular");
        settleZone(conference, std::nullopt);
        QCOMPARE(conference.zoneSource, ZoneSource::AssumedUtc);
        QCOMPARE(conference.timeZone, QTimeZone::utc());
    }

    void wallTimesArePlacedInTheZoneAndInstantsKept()
    {
        const QTimeZone brussels("Europe/Brussels");
        QList<Session> sessions(5);
        const QList<PendingStart> starts = {
            PendingStart::onTheWall(QDate(2026, 1, 31), QTime(10, 0)),                       // CET: 09:00Z
            PendingStart::onTheWall(QDate(2026, 1, 31), QTime(10, 0)),                       // the same slot again
            PendingStart::at(QDateTime(QDate(2026, 1, 31), QTime(10, 0), QTimeZone(-3600))), // 11:00Z, whatever the zone
            PendingStart::onTheWall(QDate(2026, 7, 1), QTime(10, 0)),                        // CEST: 08:00Z
            PendingStart::onTheWall(QDate(2026, 1, 31), QTime(10, 0)),                       // the slot after another
        };
        placeWallTimes(sessions, starts, brussels);
        QCOMPARE(sessions.at(0).start, QDateTime(QDate(2026, 1, 31), QTime(9, 0), Qt::UTC));
        QCOMPARE(sessions.at(1).start, QDateTime(QDate(2026, 1, 31), QTime(9, 0), Qt::UTC));
        QCOMPARE(sessions.at(2).start, QDateTime(QDate(2026, 1, 31), QTime(11, 0), Qt::UTC));
        QCOMPARE(sessions.at(3).start, QDateTime(QDate(2026, 7, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(sessions.at(4).start, QDateTime(QDate(2026, 1, 31), QTime(9, 0), Qt::UTC));
        for (const Session &session : sessions)
            QCOMPARE(session.start.timeSpec(), Qt::UTC);
    }

    // A time that does not exist (the spring gap) is placed as QDateTime places it (Qt 6.4: 02:30Z),
    // the same in every reader; and a valid instant, never an invalid one.
    void aWallTimeInTheSpringGapIsPlacedAsQtPlacesIt()
    {
        const QTimeZone brussels("Europe/Brussels");
        QList<Session> sessions(1);
        placeWallTimes(sessions, {PendingStart::onTheWall(QDate(2026, 3, 29), QTime(2, 30))}, brussels);
        QVERIFY(sessions.at(0).start.isValid());
        QCOMPARE(sessions.at(0).start, QDateTime(QDate(2026, 3, 29), QTime(2, 30), brussels).toUTC());
    }
};

QTEST_GUILESS_MAIN(TestWallClock)
#include "tst_wallclock.moc"
