#include "daytimelinemodel.h"

#include "changenote.h"
#include "schedule/personalschedule.h"
#include "schedule/timelanes.h"
#include "timeformatter.h"

#include <algorithm>

namespace Attend {

namespace {
constexpr qint64 kShortestGapMinutes = 15; // less is the walk to the next room (and would not fit a line of text)
}

DayTimelineModel::DayTimelineModel(TimeFormatter *formatter, PersonalSchedule *schedule, QObject *parent)
    : QAbstractListModel(parent)
    , m_formatter(formatter)
    , m_schedule(schedule)
{
    const auto onBookmarkEvent = [this](const QString &conferenceId) {
        if (conferenceId == m_conferenceId)
            rebuild();
    };
    connect(schedule, &PersonalSchedule::bookmarkAdded, this, onBookmarkEvent);
    connect(schedule, &PersonalSchedule::bookmarksMerged, this, [this](const QStringList &conferenceIds) {
        if (conferenceIds.contains(m_conferenceId))
            rebuild();
    });
    connect(schedule, &PersonalSchedule::bookmarkRemoved, this, onBookmarkEvent);
    connect(schedule, &PersonalSchedule::bookmarkChanged, this, onBookmarkEvent);
    connect(formatter, &TimeFormatter::displayZoneChanged, this, &DayTimelineModel::rebuild);
}

void DayTimelineModel::setConference(const QString &conferenceId)
{
    if (conferenceId != m_conferenceId)
        m_wantedDay = QDate();
    m_conferenceId = conferenceId;
    rebuild();
}

QDate DayTimelineModel::dateOf(const QDateTime &instant) const
{
    return instant.toTimeZone(m_formatter->displayZone()).date();
}

void DayTimelineModel::setDayIndex(int index)
{
    if (index < 0 || index >= m_days.size() || m_days.at(index) == m_wantedDay)
        return;
    m_wantedDay = m_days.at(index);
    rebuild();
}

void DayTimelineModel::showDayOf(const QDateTime &instant)
{
    const QDate date = dateOf(instant);
    if (m_days.contains(date) && date != m_wantedDay) {
        m_wantedDay = date;
        rebuild();
    }
}

QString DayTimelineModel::durationText(qint64 minutes)
{
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    const int hours = int(minutes / 60);
    const int rest = int(minutes % 60);
    if (rest == 0)
        return tr("%n h", nullptr, hours);
    //: hours and minutes of free time, as "1 h 30"
    return tr("%1 h %2").arg(hours).arg(rest, 2, 10, QLatin1Char('0'));
}

void DayTimelineModel::rebuild()
{
    QList<Bookmark> all = m_schedule ? m_schedule->bookmarks(m_conferenceId) : QList<Bookmark>();
    all.erase(std::remove_if(all.begin(), all.end(), [](const Bookmark &b) { return !b.start.isValid(); }), all.end());
    std::sort(all.begin(), all.end(), [](const Bookmark &a, const Bookmark &b) {
        return a.start != b.start ? a.start < b.start : a.title < b.title;
    });

    // Each start's day once: a conversion to the display zone is not cheap, and 2,600 bookmarks
    // were converted twice on every star.
    QList<QDate> dates;
    dates.reserve(all.size());
    QList<QDate> days;
    for (const Bookmark &bookmark : std::as_const(all)) {
        dates.append(dateOf(bookmark.start));
        if (!days.contains(dates.constLast()))
            days.append(dates.constLast());
    }
    QStringList labels;
    for (const QDate &date : std::as_const(days))
        labels.append(TimeFormatter::formatDay(date));
    const bool daysDiffer = labels != m_dayLabels;
    m_days = days;
    m_dayLabels = labels;
    if (!m_days.contains(m_wantedDay))
        m_wantedDay = m_days.isEmpty() ? QDate() : m_days.constFirst();
    const int dayIndex = int(m_days.indexOf(m_wantedDay));

    QList<Bookmark> today;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (dates.at(i) == m_wantedDay)
            today.append(all.at(i));
    }

    QList<LaneItem> laneItems;
    for (const Bookmark &bookmark : std::as_const(today)) {
        const QDateTime end = bookmark.end > bookmark.start ? bookmark.end : bookmark.start.addSecs(60);
        // A cancelled session no longer takes the time: it never pushes a live one aside.
        laneItems.append({bookmark.start, end, bookmark.cancelled ? 2 : bookmark.level == BookmarkLevel::Maybe ? 1 : 0});
    }
    const QList<LanePlacement> placements = assignTimeLanes(laneItems);

    beginResetModel();
    m_rows.clear();
    m_today = today;
    m_todayEnds.clear();
    for (const LaneItem &item : std::as_const(laneItems))
        m_todayEnds.append(item.end);
    QDateTime busyUntil;
    for (int i = 0; i < today.size(); ++i) {
        const Bookmark &bookmark = today.at(i);
        if (busyUntil.isValid() && busyUntil.secsTo(bookmark.start) / 60 >= kShortestGapMinutes) {
            Row gap;
            gap.gap = true;
            gap.start = busyUntil;
            gap.end = bookmark.start;
            m_rows.append(gap);
        }
        Row row;
        row.bookmark = bookmark;
        row.lane = placements.at(i).lane;
        row.laneCount = placements.at(i).laneCount;
        row.position = i;
        m_rows.append(row);
        if (!bookmark.cancelled && (!busyUntil.isValid() || laneItems.at(i).end > busyUntil))
            busyUntil = laneItems.at(i).end;
        else if (!busyUntil.isValid())
            busyUntil = laneItems.at(i).end;
    }

    // The window: whole hours around the day's sessions.
    if (!today.isEmpty()) {
        const QTimeZone zone = m_formatter->displayZone();
        const QDateTime first = today.constFirst().start.toTimeZone(zone);
        QDateTime last = laneItems.constFirst().end;
        for (const LaneItem &item : std::as_const(laneItems))
            last = std::max(last, item.end);
        m_windowStart = QDateTime(first.date(), QTime(first.time().hour(), 0), zone);
        m_firstHour = first.time().hour();
        const qint64 minutes = m_windowStart.secsTo(last) / 60;
        m_hourCount = int(std::max<qint64>(1, (minutes + 59) / 60));
    } else {
        m_windowStart = QDateTime();
        m_firstHour = 8;
        m_hourCount = 1;
    }
    endResetModel();

    if (daysDiffer)
        Q_EMIT daysChanged();
    if (dayIndex != m_dayIndex) {
        m_dayIndex = dayIndex;
        Q_EMIT dayIndexChanged();
    }
    Q_EMIT layoutChanged();
}

// Asked only for the rows on screen, so that a star on a schedule of thousands does not write
// every row's list of clashes (all pairs: quadratic). The day is sorted by start: the earlier
// sessions are all looked at, the later ones until one starts after this one ends.
QString DayTimelineModel::clashTextOf(const Row &row) const
{
    if (row.gap || row.bookmark.cancelled || row.position < 0 || row.position >= m_today.size())
        return QString();
    const int i = row.position;
    const QDateTime start = m_today.at(i).start;
    const QDateTime end = m_todayEnds.at(i);
    QStringList others;
    for (int j = 0; j < m_today.size(); ++j) {
        const Bookmark &other = m_today.at(j);
        if (j > i && other.start >= end)
            break;
        if (j != i && !other.cancelled && start < m_todayEnds.at(j) && other.start < end)
            others.append(other.title);
    }
    if (others.isEmpty())
        return QString();
    return row.bookmark.level == BookmarkLevel::Maybe ? tr("Alternative to %1").arg(others.join(QStringLiteral(", ")))
                                                      : tr("Clashes with %1").arg(others.join(QStringLiteral(", ")));
}

QStringList DayTimelineModel::hourLabels() const
{
    QStringList labels;
    if (!m_windowStart.isValid())
        return labels;
    for (int hour = 0; hour < m_hourCount; ++hour)
        labels.append(m_formatter->time(m_windowStart.addSecs(qint64(hour) * 3600)));
    return labels;
}

int DayTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DayTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QDateTime start = row.gap ? row.start : row.bookmark.start;
    const QDateTime end = row.gap ? row.end : std::max(row.bookmark.end, row.bookmark.start.addSecs(60));
    switch (role) {
    case KindRole:
        return row.gap ? QStringLiteral("gap") : QStringLiteral("session");
    case KeyRole:
        return row.bookmark.key;
    case Qt::DisplayRole:
    case TitleRole:
        return row.bookmark.title;
    case RoomRole:
        return row.bookmark.room;
    case TimeTextRole:
        return m_formatter->timeRange(start, end);
    case TopMinuteRole:
        return int(m_windowStart.secsTo(start) / 60);
    case LengthMinutesRole:
        return int(start.secsTo(end) / 60);
    case LaneRole:
        return row.lane;
    case LaneCountRole:
        return row.laneCount;
    case MaybeRole:
        return row.bookmark.level == BookmarkLevel::Maybe;
    case ClashTextRole:
        return clashTextOf(row);
    case NoteRole:
        return row.gap ? QString() : changeNoteFor(&row.bookmark, false, *m_formatter);
    case GapTextRole:
        if (!row.gap)
            return QString();
        //: free time between two bookmarked sessions: "Free 12:30–14:00, 1 h 30"
        return tr("Free %1, %2").arg(m_formatter->timeRange(start, end), durationText(start.secsTo(end) / 60));
    case AccessibleTextRole: {
        if (row.gap)
            return data(index, GapTextRole);
        QStringList parts{row.bookmark.title, m_formatter->timeRange(start, end)};
        if (!row.bookmark.room.isEmpty())
            parts.append(row.bookmark.room);
        parts.append(row.bookmark.level == BookmarkLevel::Maybe ? tr("bookmarked as maybe") : tr("bookmarked"));
        const QString note = changeNoteFor(&row.bookmark, false, *m_formatter);
        if (!note.isEmpty())
            parts.append(note);
        if (const QString clashText = clashTextOf(row); !clashText.isEmpty())
            parts.append(clashText);
        return parts.join(QStringLiteral(", "));
    }
    }
    return {};
}

QHash<int, QByteArray> DayTimelineModel::roleNames() const
{
    return {
        {KindRole, "kind"},
        {KeyRole, "key"},
        {TitleRole, "title"},
        {RoomRole, "room"},
        {TimeTextRole, "timeText"},
        {TopMinuteRole, "topMinute"},
        {LengthMinutesRole, "lengthMinutes"},
        {LaneRole, "lane"},
        {LaneCountRole, "laneCount"},
        {MaybeRole, "maybe"},
        {ClashTextRole, "clashText"},
        {NoteRole, "note"},
        {GapTextRole, "gapText"},
        {AccessibleTextRole, "accessibleText"},
    };
}

} // namespace Attend
