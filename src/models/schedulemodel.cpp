#include "schedulemodel.h"

#include "changenote.h"

#include "domain/textjoin.h"
#include "schedule/personalschedule.h"
#include "timeformatter.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace Attend {

namespace {
bool earlier(const Bookmark &a, const Bookmark &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    return a.title < b.title;
}

QString rowId(const Bookmark &bookmark)
{
    return bookmark.conferenceId + QLatin1Char('|') + bookmark.key;
}
} // namespace

ScheduleModel::ScheduleModel(TimeFormatter *formatter, PersonalSchedule *schedule, QObject *parent, Scope scope)
    : QAbstractListModel(parent)
    , m_formatter(formatter)
    , m_schedule(schedule)
    , m_scope(scope)
{
    connect(schedule, &PersonalSchedule::bookmarkAdded, this, &ScheduleModel::onBookmarkEvent);
    connect(schedule, &PersonalSchedule::bookmarksMerged, this, [this](const QStringList &conferenceIds) {
        if (m_scope != Scope::ThisConference || conferenceIds.contains(m_conferenceId))
            sync(); // once for the whole import
    });
    connect(schedule, &PersonalSchedule::bookmarkRemoved, this, &ScheduleModel::onBookmarkEvent);
    connect(schedule, &PersonalSchedule::bookmarkChanged, this, &ScheduleModel::onBookmarkEvent);
    connect(formatter, &TimeFormatter::displayZoneChanged, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
}

void ScheduleModel::setConference(const QString &conferenceId, const QSet<QString> &agendaKeys)
{
    m_agendaKeys = agendaKeys;
    if (conferenceId != m_conferenceId && m_scope == Scope::ThisConference) {
        // Another conference: a different list altogether.
        beginResetModel();
        m_conferenceId = conferenceId;
        m_rows = wantedRows();
        computeTimes();
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    m_conferenceId = conferenceId;
    sync();
}

void ScheduleModel::setFollowedConferences(const QSet<QString> &conferenceIds)
{
    if (conferenceIds == m_followed)
        return;
    m_followed = conferenceIds;
    if (m_scope != Scope::ThisConference)
        sync();
}

void ScheduleModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (m_scope != Scope::ThisConference)
        sync(); // sessions end and leave the upcoming list, or become watchable
    else if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {EndedRole});
}

bool ScheduleModel::inScope(const Bookmark &bookmark) const
{
    switch (m_scope) {
    case Scope::ThisConference:
        return bookmark.conferenceId == m_conferenceId;
    case Scope::AllConferences:
        // A removed conference's bookmarks stay listed (ended or not) until added back or forgotten.
        return !m_now.isValid() || bookmark.end > m_now || !m_followed.contains(bookmark.conferenceId);
    case Scope::WatchLater:
        return bookmark.watchLater;
    }
    return false;
}

QList<Bookmark> ScheduleModel::wantedRows() const
{
    QList<Bookmark> wanted;
    for (const Bookmark &bookmark : m_schedule->allBookmarks()) {
        if (inScope(bookmark))
            wanted.append(bookmark);
    }
    if (m_scope == Scope::AllConferences) {
        // Grouped by conference (a section each), followed ones first, then by time.
        std::sort(wanted.begin(), wanted.end(), [this](const Bookmark &a, const Bookmark &b) {
            const bool aFollowed = m_followed.contains(a.conferenceId);
            const bool bFollowed = m_followed.contains(b.conferenceId);
            if (aFollowed != bFollowed)
                return aFollowed;
            if (a.conferenceTitle != b.conferenceTitle)
                return a.conferenceTitle.localeAwareCompare(b.conferenceTitle) < 0;
            if (a.conferenceId != b.conferenceId)
                return a.conferenceId < b.conferenceId;
            return earlier(a, b);
        });
    } else if (m_scope == Scope::WatchLater) {
        // Not yet watched first, the most recent first.
        std::sort(wanted.begin(), wanted.end(), [](const Bookmark &a, const Bookmark &b) {
            if (a.watched != b.watched)
                return !a.watched;
            return earlier(b, a);
        });
    } else {
        std::sort(wanted.begin(), wanted.end(), earlier);
    }
    return wanted;
}

void ScheduleModel::onBookmarkEvent(const QString &conferenceId)
{
    if (conferenceId == m_conferenceId || m_scope != Scope::ThisConference)
        sync();
}

// Brings m_rows to the schedule's state with row-precise signals: rows that left or moved out of
// order are removed, new and moved ones inserted where they belong, and every row refreshed
// (a clash or a gap may change anywhere).
void ScheduleModel::sync()
{
    const QList<Bookmark> wanted = wantedRows();
    // Sets, not lists: with thousands of bookmarks, asking a list "contains?" per row was quadratic.
    QSet<QString> wantedKeys;
    wantedKeys.reserve(wanted.size());
    for (const Bookmark &bookmark : std::as_const(wanted))
        wantedKeys.insert(rowId(bookmark));

    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!wantedKeys.contains(rowId(m_rows.at(row)))) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // What is left must appear in the wanted order; take out rows that are out of place. keptOrder
    // is the wanted order of the rows still here; walking both, a row that does not match the next
    // kept key has moved: it goes (and is skipped when keptOrder reaches it).
    QSet<QString> present;
    present.reserve(m_rows.size());
    for (const Bookmark &bookmark : std::as_const(m_rows))
        present.insert(rowId(bookmark));
    QStringList keptOrder;
    for (const Bookmark &bookmark : std::as_const(wanted)) {
        if (present.contains(rowId(bookmark)))
            keptOrder.append(rowId(bookmark));
    }
    QSet<QString> taken;
    qsizetype next = 0;
    for (int row = 0; row < m_rows.size();) {
        while (next < keptOrder.size() && taken.contains(keptOrder.at(next)))
            ++next;
        if (next < keptOrder.size() && rowId(m_rows.at(row)) == keptOrder.at(next)) {
            ++row;
            ++next;
            continue;
        }
        taken.insert(rowId(m_rows.at(row)));
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (int row = 0; row < wanted.size(); ++row) {
        if (row < m_rows.size() && rowId(m_rows.at(row)) == rowId(wanted.at(row)))
            continue;
        beginInsertRows({}, row, row);
        m_rows.insert(row, wanted.at(row));
        endInsertRows();
    }
    m_rows = wanted;
    computeTimes();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    Q_EMIT countChanged(); // also when only clashCount changed
}

void ScheduleModel::computeTimes()
{
    const qsizetype n = m_rows.size();
    m_startMs.resize(n);
    m_endMs.resize(n);
    m_clashes.fill(false, n);
    m_freeFromMs.fill(std::numeric_limits<qint64>::min(), n);
    QList<qsizetype> order; // the rows that take time (not cancelled), by start
    order.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        m_startMs[i] = m_rows.at(i).start.toMSecsSinceEpoch();
        m_endMs[i] = std::max(m_startMs.at(i), m_rows.at(i).end.toMSecsSinceEpoch());
        if (!m_rows.at(i).cancelled) // a cancelled session takes no time: it clashes with nothing
            order.append(i);
    }
    // Rows are in start order in this conference's list; the all-conferences list is grouped by
    // conference, so the sweep walks them by start either way (stable: ties keep the list's order).
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) { return m_startMs.at(a) < m_startMs.at(b); });
    const qsizetype count = order.size();
    // Two rows clash when each starts before the other ends. Walking by start, for row i:
    // - an earlier group (smaller start) clashes iff the latest end among it is after i's start;
    // - a later group (larger start) clashes iff the first later start is before i's end (its own
    //   end is at or after its start, so after i's start);
    // - a row with the same start clashes iff both last a while (neither is zero-length).
    qint64 latestEnd = std::numeric_limits<qint64>::min(); // over the rows before the current group
    for (qsizetype groupStart = 0; groupStart < count;) {
        qsizetype groupEnd = groupStart;
        int lasting = 0;
        const qint64 start = m_startMs.at(order.at(groupStart));
        for (; groupEnd < count && m_startMs.at(order.at(groupEnd)) == start; ++groupEnd)
            lasting += m_endMs.at(order.at(groupEnd)) > start ? 1 : 0;
        qint64 freeFrom = latestEnd; // the latest end among all rows before i, this group's included
        for (qsizetype k = groupStart; k < groupEnd; ++k) {
            const qsizetype i = order.at(k);
            const bool lastsItself = m_endMs.at(i) > start;
            m_freeFromMs[i] = freeFrom;
            freeFrom = std::max(freeFrom, m_endMs.at(i));
            m_clashes[i] = latestEnd > start || (groupEnd < count && m_startMs.at(order.at(groupEnd)) < m_endMs.at(i))
                           || (lastsItself && lasting - 1 > 0);
        }
        latestEnd = freeFrom;
        groupStart = groupEnd;
    }
    if (m_scope == Scope::WatchLater)
        m_clashes.fill(false, n); // all in the past: nothing to choose between
    m_clashCount = int(std::count(m_clashes.cbegin(), m_clashes.cend(), true));
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScheduleModel::clashCount() const
{
    return m_clashCount;
}

QList<int> ScheduleModel::clashesOf(int row) const
{
    // Only for rows on screen (the clash text): earlier rows all, later rows until one starts after
    // this one ends.
    QList<int> clashes;
    if (m_scope == Scope::WatchLater || !m_clashes.value(row))
        return clashes; // all in the past (watch later): nothing to choose between
    const qint64 start = m_startMs.at(row);
    const qint64 end = m_endMs.at(row);
    // Only this conference's list is sorted by start; the others are grouped by conference.
    const bool sortedByStart = m_scope == Scope::ThisConference;
    for (int other = 0; other < m_rows.size(); ++other) {
        if (sortedByStart && other > row && m_startMs.at(other) >= end)
            break;
        if (other != row && !m_rows.at(other).cancelled && m_startMs.at(other) < end && start < m_endMs.at(other))
            clashes.append(other);
    }
    return clashes;
}

QVariantMap ScheduleModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Bookmark &bookmark = m_rows.at(row);
    return {{QStringLiteral("conferenceId"), bookmark.conferenceId},
            {QStringLiteral("key"), bookmark.key},
            {QStringLiteral("maybe"), bookmark.level == BookmarkLevel::Maybe},
            {QStringLiteral("recording"), bookmark.recordingUrl},
            {QStringLiteral("watched"), bookmark.watched}};
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Bookmark &bookmark = m_rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return bookmark.title;
    case KeyRole:
        return bookmark.key;
    case DetailLineRole:
        return joinNonEmpty({m_formatter->timeRange(bookmark.start, bookmark.end), bookmark.room, bookmark.track,
                             bookmark.speakers.join(QStringLiteral(", "))});
    case TimeSlotRole:
        return m_formatter->slotKey(bookmark.start);
    case DayHeadingRole:
        return m_formatter->day(bookmark.start);
    case SlotLabelRole:
        return m_formatter->time(bookmark.start) + QLatin1Char(' ') + m_formatter->zoneLabel(bookmark.start);
    case BookmarkedRole:
        return true;
    case StartRole:
        return bookmark.start;
    case EndRole:
        return bookmark.end;
    case ClashRole:
        return m_clashes.value(row);
    case ClashTextRole: {
        QStringList titles;
        bool othersMustSee = false;
        for (int other : clashesOf(row)) {
            titles.append(m_rows.at(other).title);
            othersMustSee = othersMustSee || m_rows.at(other).level == BookmarkLevel::MustSee;
        }
        if (titles.isEmpty())
            return QString();
        // In a clash the must-see one leads; a maybe beside it is the alternative.
        if (bookmark.level == BookmarkLevel::Maybe && othersMustSee)
            return tr("Alternative to %1").arg(titles.join(QStringLiteral(", ")));
        return tr("Clashes with %1").arg(titles.join(QStringLiteral(", ")));
    }
    case GapTextRole: {
        if (row == 0 || m_scope != Scope::ThisConference || m_freeFromMs.at(row) == std::numeric_limits<qint64>::min())
            return QString();
        const QDateTime freeFrom = QDateTime::fromMSecsSinceEpoch(m_freeFromMs.at(row), Qt::UTC);
        const qint64 minutes = freeFrom.secsTo(bookmark.start) / 60;
        // Only gaps within one day: overnight is not "free time" anyone plans.
        if (minutes < 5 || m_formatter->day(freeFrom) != m_formatter->day(bookmark.start))
            return QString();
        return tr("Free %1 (%n min)", nullptr, int(minutes)).arg(m_formatter->timeRange(freeFrom, bookmark.start));
    }
    case InAgendaRole:
        return m_agendaKeys.contains(bookmark.key);
    case ReminderRole:
        return bookmark.reminderEnabled;
    case ChangeNoteRole:
        return changeNoteFor(&bookmark, false, *m_formatter);
    case MaybeRole:
        return bookmark.level == BookmarkLevel::Maybe;
    case ConferenceIdRole:
        return bookmark.conferenceId;
    case ConferenceTitleRole:
        return bookmark.conferenceTitle.isEmpty() ? bookmark.conferenceId : bookmark.conferenceTitle;
    case FollowedRole:
        return m_scope == Scope::ThisConference || m_followed.contains(bookmark.conferenceId);
    case FeedAddressRole:
        return bookmark.feedAddress;
    case EndedRole:
        return m_now.isValid() && bookmark.end.isValid() && bookmark.end <= m_now;
    case WatchLaterRole:
        return bookmark.watchLater;
    case WatchedRole:
        return bookmark.watched;
    case RecordingRole:
        return bookmark.recordingUrl;
    case StartTimeRole:
        return m_formatter->time(bookmark.start);
    case TrackRole:
        return bookmark.track;
    case CancelledRole:
        return bookmark.cancelled;
    case TimeEstimatedRole:
        return bookmark.timeEstimated;
    }
    return {};
}

QHash<int, QByteArray> ScheduleModel::roleNames() const
{
    return {
        {KeyRole, "key"},
        {TitleRole, "title"},
        {DetailLineRole, "detailLine"},
        {TimeSlotRole, "timeSlot"},
        {DayHeadingRole, "dayHeading"},
        {SlotLabelRole, "slotLabel"},
        {BookmarkedRole, "bookmarked"},
        {StartRole, "start"},
        {EndRole, "end"},
        {ClashRole, "clash"},
        {ClashTextRole, "clashText"},
        {GapTextRole, "gap"},
        {InAgendaRole, "inAgenda"},
        {ReminderRole, "reminderEnabled"},
        {ChangeNoteRole, "changeNote"},
        {MaybeRole, "maybe"},
        {ConferenceIdRole, "conferenceId"},
        {ConferenceTitleRole, "conferenceTitle"},
        {FollowedRole, "followed"},
        {FeedAddressRole, "feedAddress"},
        {EndedRole, "ended"},
        {WatchLaterRole, "watchLater"},
        {WatchedRole, "watched"},
        {RecordingRole, "recording"},
        {StartTimeRole, "startTime"},
        {TrackRole, "track"},
        {CancelledRole, "cancelled"},
        {TimeEstimatedRole, "timeEstimated"},
    };
}

} // namespace Attend
