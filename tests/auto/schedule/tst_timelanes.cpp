#include "schedule/timelanes.h"

#include <QTest>

Q_DECLARE_METATYPE(Attend::LaneItem)
Q_DECLARE_METATYPE(Attend::LanePlacement)

using namespace Attend;

namespace {
QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 1, 31), QTime(hour, minute), Qt::UTC);
}

LaneItem item(int fromHour, int fromMinute, int toHour, int toMinute, int rank = 0)
{
    return {at(fromHour, fromMinute), at(toHour, toMinute), rank};
}
} // namespace

class TestTimeLanes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lanes_data()
    {
        QTest::addColumn<QList<LaneItem>>("items");
        QTest::addColumn<QList<LanePlacement>>("expected");

        QTest::addRow("empty") << QList<LaneItem>{} << QList<LanePlacement>{};
        QTest::addRow("one after another, touching") << QList<LaneItem>{item(9, 0, 9, 30), item(9, 30, 10, 0), item(10, 30, 11, 0)}
                                                     << QList<LanePlacement>{{0, 1}, {0, 1}, {0, 1}};
        QTest::addRow("two clashing") << QList<LaneItem>{item(10, 0, 10, 50), item(10, 30, 10, 55)}
                                      << QList<LanePlacement>{{0, 2}, {1, 2}};
        // The must-see one leads even when the maybe one starts first.
        QTest::addRow("must see leads a maybe that starts earlier")
            << QList<LaneItem>{item(10, 0, 10, 50, 1), item(10, 30, 11, 0, 0)}
            << QList<LanePlacement>{{1, 2}, {0, 2}};
        // A chain: A overlaps B, B overlaps C, A and C do not: two lanes for all three.
        QTest::addRow("chain shares one lane count")
            << QList<LaneItem>{item(9, 0, 10, 0), item(9, 30, 10, 30), item(10, 0, 11, 0), item(13, 0, 14, 0)}
            << QList<LanePlacement>{{0, 2}, {1, 2}, {0, 2}, {0, 1}};
        QTest::addRow("three at once")
            << QList<LaneItem>{item(9, 0, 10, 0), item(9, 0, 10, 0), item(9, 10, 9, 20)}
            << QList<LanePlacement>{{0, 3}, {1, 3}, {2, 3}};
        // The longer of two that start together takes the first lane.
        QTest::addRow("longer first at the same start")
            << QList<LaneItem>{item(9, 0, 9, 20), item(9, 0, 11, 0), item(9, 30, 10, 0)}
            << QList<LanePlacement>{{1, 2}, {0, 2}, {1, 2}};
    }

    void lanes()
    {
        QFETCH(QList<LaneItem>, items);
        QFETCH(QList<LanePlacement>, expected);
        const QList<LanePlacement> placements = assignTimeLanes(items);
        QCOMPARE(placements.size(), expected.size());
        for (int i = 0; i < placements.size(); ++i) {
            QVERIFY2(placements.at(i) == expected.at(i),
                     qPrintable(QStringLiteral("item %1: lane %2 of %3, expected %4 of %5")
                                    .arg(i).arg(placements.at(i).lane).arg(placements.at(i).laneCount)
                                    .arg(expected.at(i).lane).arg(expected.at(i).laneCount)));
        }
    }

    /** No two overlapping items ever share a lane, whatever the input (a random sweep). */
    void neverTwoInOneLane()
    {
        for (int round = 0; round < 200; ++round) {
            QList<LaneItem> items;
            for (int i = 0; i < 12; ++i) {
                const int start = (round * 7 + i * 13) % 600;
                const int length = 10 + (round * 3 + i * 11) % 90;
                items.append({at(8, 0).addSecs(start * 60), at(8, 0).addSecs((start + length) * 60), (i + round) % 2});
            }
            const QList<LanePlacement> placements = assignTimeLanes(items);
            for (int a = 0; a < items.size(); ++a) {
                QVERIFY(placements.at(a).lane < placements.at(a).laneCount);
                for (int b = a + 1; b < items.size(); ++b) {
                    const bool overlap = items.at(a).start < items.at(b).end && items.at(b).start < items.at(a).end;
                    if (overlap) {
                        QVERIFY(placements.at(a).lane != placements.at(b).lane);
                        QCOMPARE(placements.at(a).laneCount, placements.at(b).laneCount);
                    }
                }
            }
        }
    }
};


QTEST_GUILESS_MAIN(TestTimeLanes)
#include "tst_timelanes.moc"
