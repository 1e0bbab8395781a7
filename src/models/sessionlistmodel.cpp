#include "sessionlistmodel.h"

#include "domain/searchtext.h"
#include "domain/textjoin.h"
#include "changenote.h"
#include "schedule/personalschedule.h"
#include "timeformatter.h"

namespace Attend {

SessionListModel::SessionListModel(TimeFormatter *formatter, PersonalSchedule *schedule, QObject *parent)
    : QAbstractListModel(parent)
    , m_formatter(formatter)
    , m_schedule(schedule)
{
    connect(formatter, &TimeFormatter::displayZoneChanged, this, &SessionListModel::refreshTimes);
    connect(schedule, &PersonalSchedule::bookmarkAdded, this, &SessionListModel::refreshBookmark);
    connect(schedule, &PersonalSchedule::bookmarksMerged, this, [this](const QStringList &conferenceIds) {
        if (conferenceIds.contains(m_conferenceId) && !m_sessions.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_sessions.size()) - 1), {BookmarkedRole, ChangeNoteRole, MaybeRole});
    });
    connect(schedule, &PersonalSchedule::bookmarkRemoved, this, &SessionListModel::refreshBookmark);
    connect(schedule, &PersonalSchedule::bookmarkChanged, this, &SessionListModel::refreshBookmark);
}

void SessionListModel::setSessions(const QString &conferenceId, const QList<Session> &sessions)
{
    // A new feed replaces the whole list: a reset is the honest signal here.
    beginResetModel();
    m_conferenceId = conferenceId;
    m_sessions = sessions;
    m_rowByKey.clear();
    for (int row = 0; row < m_sessions.size(); ++row)
        m_rowByKey.insert(m_sessions.at(row).key, row);
    // The folded text is made at the first search, not here: folding every abstract cost the first
    // frame more than showing it (FOSDEM: 2.5 MB of abstracts), and the copy of it memory.
    m_searchText.clear();
    endResetModel();
    Q_EMIT countChanged();
}

const QString &SessionListModel::searchText(int row) const
{
    if (m_searchText.size() != m_sessions.size()) {
        m_searchText.clear();
        m_searchText.reserve(m_sessions.size());
        for (const Session &session : std::as_const(m_sessions))
            m_searchText.append(sessionSearchText(session)); // the same text --list --search matches
    }
    return m_searchText.at(row);
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session &session = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return session.title;
    case KeyRole:
        return session.key;
    case SubtitleRole:
        return session.subtitle;
    case TrackRole:
        return session.track;
    case RoomRole:
        return session.room;
    case SpeakersRole:
        return session.speakerNames().join(QStringLiteral(", "));
    case StartRole:
        return session.start;
    case EndRole:
        return session.end();
    case DayIndexRole:
        return session.dayIndex;
    case TimeRangeRole:
        if (!m_formatter)
            return QString();
        return session.timeIsEstimated ? tr("about %1").arg(m_formatter->timeRange(session.start, session.end()))
                                       : m_formatter->timeRange(session.start, session.end());
    case TimeSlotRole:
        return m_formatter ? m_formatter->slotKey(session.start) : QString();
    case DayHeadingRole:
        return m_formatter ? m_formatter->day(session.start) : QString();
    case SlotLabelRole:
        if (!m_formatter)
            return QString();
        return session.timeIsEstimated
                   ? tr("about %1").arg(m_formatter->time(session.start) + QLatin1Char(' ') + m_formatter->zoneLabel(session.start))
                   : m_formatter->time(session.start) + QLatin1Char(' ') + m_formatter->zoneLabel(session.start);
    case StartTimeRole:
        return m_formatter ? m_formatter->time(session.start) : QString();
    case DetailLineRole:
        return joinNonEmpty({data(index, TimeRangeRole).toString(), session.room, session.track,
                             data(index, SpeakersRole).toString()});
    case AbstractRole:
        return session.abstract;
    case SearchTextRole:
        return searchText(index.row());
    case BookmarkedRole:
        return m_schedule && m_schedule->isBookmarked(m_conferenceId, session.key);
    case CancelledRole:
        return session.cancelled;
    case MaybeRole: {
        const Bookmark *bookmark = m_schedule ? m_schedule->bookmark(m_conferenceId, session.key) : nullptr;
        return bookmark && bookmark->level == BookmarkLevel::Maybe;
    }
    case PastRole:
        return isPast(index.row());
    case LiveRole:
        return isLive(index.row());
    case LiveTextRole:
        return isLive(index.row()) ? liveText(session, m_now) : QString();
    case TimeEstimatedRole:
        return session.timeIsEstimated;
    case JoinLinkRole:
        return session.joinLink.toString();
    case ChangeNoteRole:
        if (!m_formatter)
            return QString();
        return changeNoteFor(m_schedule ? m_schedule->bookmark(m_conferenceId, session.key) : nullptr, session.cancelled, *m_formatter);
    }
    return {};
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return {
        {KeyRole, "key"},
        {TitleRole, "title"},
        {SubtitleRole, "subtitle"},
        {TrackRole, "track"},
        {RoomRole, "room"},
        {SpeakersRole, "speakers"},
        {StartRole, "start"},
        {EndRole, "end"},
        {DayIndexRole, "dayIndex"},
        {TimeRangeRole, "timeRange"},
        {TimeSlotRole, "timeSlot"},
        {DayHeadingRole, "dayHeading"},
        {SlotLabelRole, "slotLabel"},
        {DetailLineRole, "detailLine"},
        {AbstractRole, "abstract"},
        {BookmarkedRole, "bookmarked"},
        {CancelledRole, "cancelled"},
        {PastRole, "past"},
        {LiveRole, "live"},
        {LiveTextRole, "liveText"},
        {TimeEstimatedRole, "timeEstimated"},
        {JoinLinkRole, "joinLink"},
        {MaybeRole, "maybe"},
        {ChangeNoteRole, "changeNote"},
        {StartTimeRole, "startTime"},
    };
}

void SessionListModel::refreshTimes()
{
    if (m_sessions.isEmpty())
        return;
    Q_EMIT dataChanged(index(0), index(rowCount() - 1), {TimeRangeRole, TimeSlotRole, DayHeadingRole, SlotLabelRole, DetailLineRole, ChangeNoteRole, StartTimeRole});
}

} // namespace Attend

namespace Attend {

void SessionListModel::refreshBookmark(const QString &conferenceId, const QString &key)
{
    if (conferenceId != m_conferenceId)
        return;
    const auto row = m_rowByKey.constFind(key);
    if (row == m_rowByKey.cend())
        return;
    const QModelIndex changed = index(*row);
    Q_EMIT dataChanged(changed, changed, {BookmarkedRole, ChangeNoteRole, MaybeRole});
}

} // namespace Attend

namespace Attend {

QString SessionListModel::liveText(const Session &session, const QDateTime &now)
{
    const int minutes = int(session.start.secsTo(now) / 60);
    return minutes < 1 ? tr("On now \u00B7 just started") : tr("On now \u00B7 %n min in", nullptr, minutes);
}

bool SessionListModel::isBookmarked(int row) const
{
    return m_schedule && m_schedule->isBookmarked(m_conferenceId, m_sessions.at(row).key);
}

void SessionListModel::setNow(const QDateTime &now)
{
    const QDateTime before = m_now;
    m_now = now;
    // Only the rows that ended between the two minutes change, and those on now (how far in);
    // told as one range.
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_sessions.size(); ++row) {
        const Session &session = m_sessions.at(row);
        const QDateTime end = session.end();
        const bool was = before.isValid() && end <= before;
        const bool is = now.isValid() && end <= now;
        if (was != is || isLiveAt(session, before) || isLiveAt(session, now)) {
            if (first < 0)
                first = row;
            last = row;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last), {PastRole, LiveRole, LiveTextRole});
}

} // namespace Attend
