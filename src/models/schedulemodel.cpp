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
    return a.start < b.end && b.start < a.end;
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
    QStringList wantedKeys;
    for (const Bookmark &bookmark : std::as_const(wanted))
        wantedKeys.append(bookmark.key);

    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!wantedKeys.contains(m_rows.at(row).key)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // What is left must appear in the wanted order; take out rows that are out of place.
    QStringList keptOrder;
    for (const QString &key : std::as_const(wantedKeys)) {
        if (std::any_of(m_rows.cbegin(), m_rows.cend(), [&key](const Bookmark &b) { return b.key == key; }))
            keptOrder.append(key);
    }
    for (int row = 0; row < m_rows.size();) {
        if (m_rows.at(row).key == keptOrder.at(row)) {
            ++row;
            continue;
        }
        keptOrder.removeOne(m_rows.at(row).key);
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
    for (int other = 0; other < m_rows.size(); ++other) {
        if (other != row && overlaps(bookmark, m_rows.at(other)))
            clashes.append(other);
    }
    return clashes;
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
        for (int other : clashesOf(row))
            titles.append(m_rows.at(other).title);
        return titles.isEmpty() ? QString() : tr("Clashes with %1").arg(titles.join(QStringLiteral(", ")));
    }
    case GapTextRole: {
        if (row == 0)
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
