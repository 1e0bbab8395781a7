#pragma once

#include <QDateTime>
#include <QList>

namespace Attend {

/** One interval to place: [start, end), and how strongly it claims the first lane (lower leads). */
struct LaneItem {
    QDateTime start;
    QDateTime end;
    int rank = 0; // e.g. 0 must see, 1 maybe: in a clash the lower rank takes the leftmost lane
};

/** Where an item goes: its lane, and how many lanes its group of overlapping items needs. */
struct LanePlacement {
    int lane = 0;
    int laneCount = 1; // the same for every item of one overlap group (items linked by overlaps)

    friend bool operator==(const LanePlacement &a, const LanePlacement &b) { return a.lane == b.lane && a.laneCount == b.laneCount; }
};

/**
 * Lays overlapping intervals side by side: each item, in order of rank then start, takes the
 * leftmost lane where it overlaps nothing placed before it; items that touch (one ends as the next
 * starts) share a lane. Pure, for the day timeline of My schedule and for the timetable grid.
 * Returns one placement per item, in the items' order.
 */
QList<LanePlacement> assignTimeLanes(const QList<LaneItem> &items);

} // namespace Attend
