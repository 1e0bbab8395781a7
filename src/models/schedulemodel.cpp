#include "schedulemodel.h"

#include "changenote.h"

#include "domain/textjoin.h"
#include "schedule/personalschedule.h"
#include "timeformatter.h"

#include <algorithm>

namespace Attend {

namespace {
bool earlier(const Bookmark &a, const Bookmark &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    return a.title < b.title;
}

bool overlaps(const Bookmark &a, const Bookmark &b)
{
    // A cancelled session takes no time: it clashes with nothing.
    return !a.cancelled && !b.cancelled && a.start < b.end && b.start < a.end;
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
    QStringList wantedKeys;
    for (const Bookmark &bookmark : std::as_const(wanted))
        wantedKeys.append(rowId(bookmark));

    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!wantedKeys.contains(rowId(m_rows.at(row)))) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // What is left must appear in the wanted order; take out rows that are out of place.
    QStringList keptOrder;
    for (const QString &key : std::as_const(wantedKeys)) {
        if (std::any_of(m_rows.cbegin(), m_rows.cend(), [&key](const Bookmark &b) { return rowId(b) == key; }))
            keptOrder.append(key);
    }
    for (int row = 0; row < m_rows.size();) {
        if (rowId(m_rows.at(row)) == keptOrder.at(row)) {
            ++row;
            continue;
        }
        keptOrder.removeOne(rowId(m_rows.at(row)));
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
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    Q_EMIT countChanged(); // also when only clashCount changed
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QList<int> ScheduleModel::clashesOf(int row) const
{
    QList<int> clashes;
    const Bookmark &bookmark = m_rows.at(row);
    if (m_scope == Scope::WatchLater)
        return clashes; // all in the past: nothing to choose between
    for (int other = 0; other < m_rows.size(); ++other) {
        if (other != row && overlaps(bookmark, m_rows.at(other)))
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

int ScheduleModel::clashCount() const
{
    int count = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        count += clashesOf(row).isEmpty() ? 0 : 1;
    return count;
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
        return !clashesOf(row).isEmpty();
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
        if (row == 0 || m_scope != Scope::ThisConference)
            return QString();
        QDateTime freeFrom;
        for (int earlierRow = 0; earlierRow < row; ++earlierRow) {
            if (!freeFrom.isValid() || m_rows.at(earlierRow).end > freeFrom)
                freeFrom = m_rows.at(earlierRow).end;
        }
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
    };
}

} // namespace Attend
