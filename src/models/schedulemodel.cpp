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

} // namespace

ScheduleModel::ScheduleModel(TimeFormatter *formatter, PersonalSchedule *schedule, QObject *parent)
    : QAbstractListModel(parent)
    , m_formatter(formatter)
    , m_schedule(schedule)
{
    connect(schedule, &PersonalSchedule::bookmarkAdded, this, &ScheduleModel::onBookmarkEvent);
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
    if (conferenceId != m_conferenceId) {
        // Another conference: a different list altogether.
        beginResetModel();
        m_conferenceId = conferenceId;
        m_rows = m_schedule->bookmarks(conferenceId);
        std::sort(m_rows.begin(), m_rows.end(), earlier);
        computeTimes();
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    sync();
}

void ScheduleModel::onBookmarkEvent(const QString &conferenceId)
{
    if (conferenceId == m_conferenceId)
        sync();
}

// Brings m_rows to the schedule's state with row-precise signals: rows that left or moved out of
// order are removed, new and moved ones inserted where they belong, and every row refreshed
// (a clash or a gap may change anywhere).
void ScheduleModel::sync()
{
    QList<Bookmark> wanted = m_schedule->bookmarks(m_conferenceId);
    std::sort(wanted.begin(), wanted.end(), earlier);
    // Sets, not lists: with thousands of bookmarks, asking a list "contains?" per row was quadratic.
    QSet<QString> wantedKeys;
    wantedKeys.reserve(wanted.size());
    for (const Bookmark &bookmark : std::as_const(wanted))
        wantedKeys.insert(bookmark.key);

    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!wantedKeys.contains(m_rows.at(row).key)) {
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
        present.insert(bookmark.key);
    QStringList keptOrder;
    for (const Bookmark &bookmark : std::as_const(wanted)) {
        if (present.contains(bookmark.key))
            keptOrder.append(bookmark.key);
    }
    QSet<QString> taken;
    qsizetype next = 0;
    for (int row = 0; row < m_rows.size();) {
        while (next < keptOrder.size() && taken.contains(keptOrder.at(next)))
            ++next;
        if (next < keptOrder.size() && m_rows.at(row).key == keptOrder.at(next)) {
            ++row;
            ++next;
            continue;
        }
        taken.insert(m_rows.at(row).key);
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (int row = 0; row < wanted.size(); ++row) {
        if (row < m_rows.size() && m_rows.at(row).key == wanted.at(row).key)
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
    m_freeFromMs.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        m_startMs[i] = m_rows.at(i).start.toMSecsSinceEpoch();
        m_endMs[i] = std::max(m_startMs.at(i), m_rows.at(i).end.toMSecsSinceEpoch());
    }
    // Two rows clash when each starts before the other ends. Rows are sorted by start, so for row i:
    // - an earlier group (smaller start) clashes iff the latest end among it is after i's start;
    // - a later group (larger start) clashes iff the first later start is before i's end (its own
    //   end is at or after its start, so after i's start);
    // - a row with the same start clashes iff both last a while (neither is zero-length).
    qint64 latestEnd = std::numeric_limits<qint64>::min(); // over the rows before the current group
    for (qsizetype groupStart = 0; groupStart < n;) {
        qsizetype groupEnd = groupStart;
        int lasting = 0;
        for (; groupEnd < n && m_startMs.at(groupEnd) == m_startMs.at(groupStart); ++groupEnd)
            lasting += m_endMs.at(groupEnd) > m_startMs.at(groupEnd) ? 1 : 0;
        const qint64 start = m_startMs.at(groupStart);
        qint64 freeFrom = latestEnd; // the latest end among all rows before i, this group's included
        for (qsizetype i = groupStart; i < groupEnd; ++i) {
            const bool lastsItself = m_endMs.at(i) > start;
            m_freeFromMs[i] = freeFrom;
            freeFrom = std::max(freeFrom, m_endMs.at(i));
            m_clashes[i] = latestEnd > start || (groupEnd < n && m_startMs.at(groupEnd) < m_endMs.at(i))
                           || (lastsItself && lasting - 1 > 0);
        }
        latestEnd = freeFrom;
        groupStart = groupEnd;
    }
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
    if (!m_clashes.value(row))
        return clashes;
    const qint64 start = m_startMs.at(row);
    const qint64 end = m_endMs.at(row);
    for (int other = 0; other < m_rows.size(); ++other) {
        if (other > row && m_startMs.at(other) >= end)
            break;
        if (other != row && m_startMs.at(other) < end && start < m_endMs.at(other))
            clashes.append(other);
    }
    return clashes;
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
        for (int other : clashesOf(row))
            titles.append(m_rows.at(other).title);
        return titles.isEmpty() ? QString() : tr("Clashes with %1").arg(titles.join(QStringLiteral(", ")));
    }
    case GapTextRole: {
        if (row == 0)
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
    };
}

} // namespace Attend
