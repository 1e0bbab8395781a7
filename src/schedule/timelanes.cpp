#include "timelanes.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace Attend {

namespace {
bool overlaps(const LaneItem &a, const LaneItem &b)
{
    return a.start < b.end && b.start < a.end;
}

int findRoot(QList<int> &parents, int item)
{
    while (parents.at(item) != item) {
        parents[item] = parents.at(parents.at(item));
        item = parents.at(item);
    }
    return item;
}
} // namespace

QList<LanePlacement> assignTimeLanes(const QList<LaneItem> &items)
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
        return x.end > y.end; // the longer first: it is the one the shorter ones sit beside
    });

    QList<LanePlacement> placements(count);
    QList<QList<int>> lanes; // the items placed in each lane so far
    for (const int item : std::as_const(order)) {
        int lane = 0;
        for (; lane < lanes.size(); ++lane) {
            const QList<int> &taken = lanes.at(lane);
            if (std::none_of(taken.cbegin(), taken.cend(), [&](int other) { return overlaps(items.at(item), items.at(other)); }))
                break;
        }
        if (lane == lanes.size())
            lanes.append(QList<int>());
        lanes[lane].append(item);
        placements[item].lane = lane;
    }

    // Overlap groups: items joined by a chain of overlaps share one lane count, so their blocks line up.
    QList<int> parents(count);
    std::iota(parents.begin(), parents.end(), 0);
    for (int a = 0; a < count; ++a) {
        for (int b = a + 1; b < count; ++b) {
            if (overlaps(items.at(a), items.at(b)))
                parents[findRoot(parents, a)] = findRoot(parents, b);
        }
    }
    QHash<int, int> widest;
    for (int item = 0; item < count; ++item) {
        int &lanesNeeded = widest[findRoot(parents, item)];
        lanesNeeded = std::max(lanesNeeded, placements.at(item).lane + 1);
    }
    for (int item = 0; item < count; ++item)
        placements[item].laneCount = widest.value(findRoot(parents, item));
    return placements;
}

} // namespace Attend
