#include "timelanes.h"

#include <QHash>

#include <algorithm>
#include <iterator>
#include <limits>
#include <numeric>
#include <set>
#include <utility>
#include <vector>

namespace Attend {

namespace {

// Milliseconds since the epoch: comparing QDateTimes was most of the time on a big schedule.
struct Span {
    qint64 start;
    qint64 end;
};

bool overlaps(const Span &a, const Span &b)
{
    return a.start < b.end && b.start < a.end;
}

int findRoot(std::vector<int> &parents, int item)
{
    while (parents[size_t(item)] != item) {
        parents[size_t(item)] = parents[size_t(parents[size_t(item)])];
        item = parents[size_t(item)];
    }
    return item;
}

/**
 * The items of one lane: none overlaps another, so ordered by start (then end) their ends never
 * decrease, and the last one that starts before a span ends is the one most likely to overlap it.
 */
class Lane
{
public:
    bool overlapsAny(const Span &span) const
    {
        auto after = m_spans.lower_bound({span.end, std::numeric_limits<qint64>::min()});
        if (after == m_spans.begin())
            return false;
        const auto &last = *std::prev(after); // the last that starts before the span ends
        return overlaps({last.first, last.second}, span);
    }
    void add(const Span &span) { m_spans.insert({span.start, span.end}); }

private:
    std::multiset<std::pair<qint64, qint64>> m_spans;
};

} // namespace

QList<LanePlacement> assignTimeLanes(const QList<LaneItem> &items)
{
    const int count = int(items.size());
    std::vector<Span> spans;
    spans.reserve(size_t(count));
    for (const LaneItem &item : items)
        spans.push_back({item.start.toMSecsSinceEpoch(), item.end.toMSecsSinceEpoch()});

    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int rankA = items.at(a).rank;
        const int rankB = items.at(b).rank;
        if (rankA != rankB)
            return rankA < rankB;
        if (spans[size_t(a)].start != spans[size_t(b)].start)
            return spans[size_t(a)].start < spans[size_t(b)].start;
        return spans[size_t(a)].end > spans[size_t(b)].end; // the longer first: it is the one the shorter ones sit beside
    });

    // Each item, in that order, takes the leftmost lane where it overlaps nothing placed so far: a
    // look-up per lane, not a comparison with every item placed.
    QList<LanePlacement> placements(count);
    std::vector<Lane> lanes;
    for (const int item : order) {
        const Span &span = spans[size_t(item)];
        size_t lane = 0;
        while (lane < lanes.size() && lanes[lane].overlapsAny(span))
            ++lane;
        if (lane == lanes.size())
            lanes.emplace_back();
        lanes[lane].add(span);
        placements[item].lane = int(lane);
    }

    // Overlap groups: items joined by a chain of overlaps share one lane count, so their blocks
    // line up. One sweep by start: an item overlaps something before it exactly when it overlaps
    // the one that ends last (for an item of no length: the one that ends last among those that
    // start strictly before it), and everything it overlaps before it is one group already, as
    // all of them contain its start.
    std::vector<int> byStart(static_cast<size_t>(count));
    std::iota(byStart.begin(), byStart.end(), 0);
    std::sort(byStart.begin(), byStart.end(), [&](int a, int b) { return spans[size_t(a)].start < spans[size_t(b)].start; });
    std::vector<int> parents(static_cast<size_t>(count));
    std::iota(parents.begin(), parents.end(), 0);
    int endsLast = -1; // among all items swept so far
    for (size_t at = 0; at < byStart.size();) {
        const qint64 start = spans[size_t(byStart[at])].start;
        const int before = endsLast; // among those that start before this start
        size_t next = at;
        for (; next < byStart.size() && spans[size_t(byStart[next])].start == start; ++next) {
            const int item = byStart[next];
            const Span &span = spans[size_t(item)];
            const int candidate = span.end > span.start ? endsLast : before;
            if (candidate >= 0 && overlaps(spans[size_t(candidate)], span))
                parents[size_t(findRoot(parents, item))] = findRoot(parents, candidate);
            if (endsLast < 0 || span.end > spans[size_t(endsLast)].end)
                endsLast = item;
        }
        at = next;
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
