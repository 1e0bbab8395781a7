#include "schedule/timelanes.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

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

bool overlap(const LaneItem &a, const LaneItem &b)
{
    return a.start < b.end && b.start < a.end;
}

/** The rule as the header states it, item by item and pair by pair (quadratic): the reference. */
QList<LanePlacement> lanesByEveryPair(const QList<LaneItem> &items)
{
    const int count = int(items.size());
    QList<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&items](int a, int b) {
        const LaneItem &x = items.at(a);
        const LaneItem &y = items.at(b);
        if (x.rank != y.rank)
            return x.rank < y.rank;
        if (x.start != y.start)
            return x.start < y.start;
        return x.end > y.end;
    });
    QList<LanePlacement> placements(count);
    QList<QList<int>> lanes;
    for (const int placed : std::as_const(order)) {
        int lane = 0;
        while (lane < lanes.size()
               && std::any_of(lanes.at(lane).cbegin(), lanes.at(lane).cend(), [&](int other) { return overlap(items.at(placed), items.at(other)); }))
            ++lane;
        if (lane == lanes.size())
            lanes.append(QList<int>());
        lanes[lane].append(placed);
        placements[placed].lane = lane;
    }
    // Groups: grown until nothing more joins (transitive closure of "overlaps").
    QList<int> group(count);
    std::iota(group.begin(), group.end(), 0);
    for (bool changed = true; changed;) {
        changed = false;
        for (int a = 0; a < count; ++a) {
            for (int b = 0; b < count; ++b) {
                if (overlap(items.at(a), items.at(b)) && group.at(a) != group.at(b)) {
                    const int low = std::min(group.at(a), group.at(b));
                    group[a] = group[b] = low;
                    changed = true;
                }
            }
        }
    }
    for (int a = 0; a < count; ++a) {
        int widest = 0;
        for (int b = 0; b < count; ++b) {
            if (group.at(b) == group.at(a))
                widest = std::max(widest, placements.at(b).lane + 1);
        }
        placements[a].laneCount = widest;
    }
    return placements;
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

    /**
     * The sweep (issue 13: a look-up per lane and one pass for the groups, not every pair) places
     * exactly as the rule taken pair by pair: random days with ties, items of no length (a
     * session without an end), touching items and three ranks.
     */
    void sameAsComparingEveryPair()
    {
        QRandomGenerator random(20260131);
        for (int round = 0; round < 2000; ++round) {
            QList<LaneItem> items;
            const int count = 1 + int(random.bounded(14));
            for (int i = 0; i < count; ++i) {
                const int start = int(random.bounded(24)) * 10; // on a 10-minute grid: many ties and touches
                const int length = random.bounded(5) == 0 ? 0 : int(random.bounded(1, 10)) * 10;
                items.append({at(8, 0).addSecs(start * 60), at(8, 0).addSecs((start + length) * 60), int(random.bounded(3))});
            }
            const QList<LanePlacement> expected = lanesByEveryPair(items);
            const QList<LanePlacement> placements = assignTimeLanes(items);
            for (int i = 0; i < count; ++i) {
                QVERIFY2(placements.at(i) == expected.at(i),
                         qPrintable(QStringLiteral("round %1, item %2: lane %3 of %4, expected %5 of %6")
                                        .arg(round)
                                        .arg(i)
                                        .arg(placements.at(i).lane)
                                        .arg(placements.at(i).laneCount)
                                        .arg(expected.at(i).lane)
                                        .arg(expected.at(i).laneCount)));
            }
        }
    }

    /** 30,000 items, each overlapping its neighbours: one group, two lanes (pairwise: 900 million comparisons). */
    void aLongChain()
    {
        constexpr int count = 30000;
        QList<LaneItem> items;
        items.reserve(count);
        for (int i = 0; i < count; ++i)
            items.append({at(0, 0).addSecs(2 * i), at(0, 0).addSecs(2 * i + 3), 0});
        const QList<LanePlacement> placements = assignTimeLanes(items);
        for (int i = 0; i < count; ++i)
            QVERIFY(placements.at(i) == (LanePlacement{i % 2, 2}));
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
