#include "timetablemodel.h"

#include "schedule/timelanes.h"

#include "domain/textjoin.h"
#include "sessionfiltermodel.h"
#include "sessionlistmodel.h"
#include "timeformatter.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Attend {

TimetableModel::TimetableModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_rebuildSoon.setSingleShot(true);
    m_rebuildSoon.setInterval(0);
    connect(&m_rebuildSoon, &QTimer::timeout, this, &TimetableModel::rebuild);
}

void TimetableModel::setFilter(SessionFilterModel *filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    connectFilter();
    rebuild();
    Q_EMIT filterChanged();
}

void TimetableModel::setFormatter(TimeFormatter *formatter)
{
    if (formatter == m_formatter)
        return;
    if (m_formatter)
        disconnect(m_formatter, nullptr, this, nullptr);
    m_formatter = formatter;
    if (m_formatter)
        connect(m_formatter, &TimeFormatter::displayZoneChanged, this, &TimetableModel::rebuild);
    rebuild();
    Q_EMIT filterChanged();
}

void TimetableModel::setDayIndex(int dayIndex)
{
    if (dayIndex == m_dayIndex)
        return;
    m_dayIndex = dayIndex;
    rebuild();
    Q_EMIT dayIndexChanged();
}

void TimetableModel::setMinimumMinutes(int minutes)
{
    minutes = std::max(1, minutes);
    if (minutes == m_minimumMinutes)
        return;
    m_minimumMinutes = minutes;
    m_rebuildSoon.start();
    Q_EMIT minimumMinutesChanged();
}

SessionListModel *TimetableModel::sessions() const
{
    return m_filter ? qobject_cast<SessionListModel *>(m_filter->sourceModel()) : nullptr;
}

QString TimetableModel::choicesSignature() const
{
    if (!m_filter)
        return {};
    // What the grid obeys of the filter's choices; the filter says "changed" on every keystroke
    // of the search too, which must not lay the grid out again.
    const QChar sep(0x1f);
    return QStringList{m_filter->tracks().join(sep), m_filter->rooms().join(sep), m_filter->hiddenTracks().join(sep),
                       m_filter->hiddenRooms().join(sep), m_filter->bookmarkedOnly() ? QStringLiteral("1") : QString()}
        .join(QChar(0x1e));
}

void TimetableModel::connectFilter()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    SessionListModel *list = sessions();
    if (!m_filter || !list)
        return;
    auto later = [this] { m_rebuildSoon.start(); };
    m_connections.append(connect(m_filter, &SessionFilterModel::filtersChanged, this, [this] {
        if (choicesSignature() != m_signature)
            m_rebuildSoon.start();
    }));
    m_connections.append(connect(m_filter, &SessionFilterModel::searchTextChanged, this, [this] {
        if (!m_cells.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_cells.size()) - 1), {MatchesRole});
    }));
    // The sessions themselves: a new feed, a conference switched.
    m_connections.append(connect(list, &QAbstractItemModel::modelReset, this, later));
    m_connections.append(connect(list, &QAbstractItemModel::layoutChanged, this, later));
    m_connections.append(connect(list, &QAbstractItemModel::rowsInserted, this, later));
    m_connections.append(connect(list, &QAbstractItemModel::rowsRemoved, this, later));
    m_connections.append(connect(list, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
        const bool bookmarks = roles.isEmpty() || roles.contains(SessionListModel::BookmarkedRole);
        if (bookmarks && m_filter && m_filter->bookmarkedOnly()) {
            m_rebuildSoon.start(); // a star added or taken away changes what "bookmarked only" shows
            return;
        }
        if (!m_cells.isEmpty() && (bookmarks || roles.contains(SessionListModel::PastRole)))
            Q_EMIT dataChanged(index(0), index(int(m_cells.size()) - 1), {BookmarkedRole, PastRole});
    }));
}

void TimetableModel::rebuild()
{
    m_rebuildSoon.stop();
    beginResetModel();
    m_cells.clear();
    m_rooms.clear();
    m_columnLeft.clear();
    m_columnWidth.clear();
    m_totalWidth = 0;
    m_hourMarks.clear();
    m_totalMinutes = 0;
    m_dayTitle.clear();
    m_dayShortTitle.clear();
    m_signature = choicesSignature();
    SessionListModel *list = sessions();
    if (list && m_formatter) {
        const QTimeZone zone = m_formatter->displayZone();
        QList<int> rows;
        QDateTime first;
        QDateTime last;
        QHash<QString, int> columnOf;
        for (int sourceRow = 0; sourceRow < list->rowCount(); ++sourceRow) {
            const Session &session = list->session(sourceRow);
            if (session.dayIndex != m_dayIndex || !m_filter->acceptsIgnoringDayAndSearch(sourceRow))
                continue;
            rows.append(sourceRow);
            if (!first.isValid() || session.start < first)
                first = session.start;
            if (!last.isValid() || session.end() > last)
                last = session.end();
            if (!columnOf.contains(session.room)) {
                columnOf.insert(session.room, int(m_rooms.size()));
                m_rooms.append(session.room);
            }
        }
        if (!rows.isEmpty()) {
            // The grid starts on the hour before the first session.
            const QDateTime local = first.toTimeZone(zone);
            const QDateTime top = QDateTime(local.date(), QTime(local.time().hour(), 0), zone);
            m_dayTitle = m_formatter->day(first);
            m_dayShortTitle = QLocale().toString(local.date(), QStringLiteral("ddd d MMM"));
            QList<QList<Cell>> byColumn(m_rooms.size());
            for (int sourceRow : std::as_const(rows)) {
                const Session &session = list->session(sourceRow);
                const int topMinute = int(top.secsTo(session.start) / 60);
                const int length = std::max(1, int(session.durationSeconds / 60));
                byColumn[columnOf.value(session.room)].append(
                    {sourceRow, columnOf.value(session.room), 0, 1, topMinute, length, std::max(length, m_minimumMinutes)});
            }
            double left = 0;
            for (QList<Cell> &cells : byColumn) {
                std::stable_sort(cells.begin(), cells.end(), [](const Cell &a, const Cell &b) {
                    return a.topMinute != b.topMinute ? a.topMinute < b.topMinute : a.cardMinutes > b.cardMinutes;
                });
                // Cards that overlap, directly or through others, form a group; each takes the
                // first lane free at its top (schedule/timelanes.h, as My schedule's timeline),
                // and the group's cards share the column's width by the lanes it needed.
                QList<LaneItem> spans;
                spans.reserve(cells.size());
                for (const Cell &cell : std::as_const(cells))
                    spans.append({top.addSecs(cell.topMinute * 60), top.addSecs((cell.topMinute + cell.cardMinutes) * 60), 0});
                const QList<LanePlacement> placements = assignTimeLanes(spans);
                int widest = 1;
                for (qsizetype i = 0; i < cells.size(); ++i) {
                    cells[i].lane = placements.at(i).lane;
                    cells[i].laneCount = placements.at(i).laneCount;
                    widest = std::max(widest, cells.at(i).laneCount);
                }
                // Two lanes make a column half as wide again; more share at most twice the width.
                const double width = std::min(2.0, 1.0 + 0.5 * (widest - 1));
                m_columnLeft.append(left);
                m_columnWidth.append(width);
                left += width;
                m_cells.append(cells);
            }
            m_totalWidth = left;
            // The grid ends with the last card, including a short one drawn taller than it lasts.
            int bottom = int(top.secsTo(last) / 60);
            for (const Cell &cell : std::as_const(m_cells))
                bottom = std::max(bottom, cell.topMinute + cell.cardMinutes);
            m_totalMinutes = bottom + 30;
            for (int minute = 0; minute <= m_totalMinutes; minute += 60)
                m_hourMarks.append(QVariantMap{{QStringLiteral("label"), m_formatter->time(top.addSecs(minute * 60))},
                                               {QStringLiteral("minute"), minute}});
        }
    }
    endResetModel();
    Q_EMIT layoutRebuilt();
}

QVariantList TimetableModel::columns() const
{
    QVariantList list;
    for (int i = 0; i < m_rooms.size(); ++i)
        list.append(QVariantMap{{QStringLiteral("name"), m_rooms.at(i)},
                                {QStringLiteral("left"), m_columnLeft.at(i)},
                                {QStringLiteral("width"), m_columnWidth.at(i)}});
    return list;
}

int TimetableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

QVariant TimetableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_filter)
        return {};
    SessionListModel *list = sessions();
    if (!list)
        return {};
    const Cell &cell = m_cells.at(index.row());
    const Session &session = list->session(cell.sourceRow);
    switch (role) {
    case KeyRole:
        return session.key;
    case TitleRole:
        return session.title;
    case DetailRole:
        return joinNonEmpty({m_formatter ? m_formatter->timeRange(session.start, session.end()) : QString(),
                             session.speakerNames().join(QStringLiteral(", "))});
    case TrackRole:
        return session.track;
    case RoomRole:
        return session.room;
    case ColumnRole:
        return cell.column;
    case LaneRole:
        return cell.lane;
    case LaneCountRole:
        return cell.laneCount;
    case LeftRole:
        return m_columnLeft.at(cell.column) + m_columnWidth.at(cell.column) * cell.lane / cell.laneCount;
    case WidthRole:
        return m_columnWidth.at(cell.column) / cell.laneCount;
    case TopMinuteRole:
        return cell.topMinute;
    case LengthMinutesRole:
        return cell.lengthMinutes;
    case CardMinutesRole:
        return cell.cardMinutes;
    case BookmarkedRole:
        return list->isBookmarked(cell.sourceRow);
    case CancelledRole:
        return session.cancelled;
    case PastRole:
        return list->isPast(cell.sourceRow);
    case MatchesRole:
        return m_filter->matchesSearch(cell.sourceRow);
    default:
        return {};
    }
}

QHash<int, QByteArray> TimetableModel::roleNames() const
{
    return {{KeyRole, "key"}, {TitleRole, "title"}, {DetailRole, "detail"}, {TrackRole, "track"}, {RoomRole, "room"}, {ColumnRole, "column"}, {LaneRole, "lane"}, {LaneCountRole, "laneCount"}, {LeftRole, "leftUnits"}, {WidthRole, "widthUnits"}, {TopMinuteRole, "topMinute"}, {LengthMinutesRole, "lengthMinutes"}, {CardMinutesRole, "cardMinutes"}, {BookmarkedRole, "bookmarked"}, {CancelledRole, "cancelled"}, {PastRole, "past"}, {MatchesRole, "matches"}};
}

} // namespace Attend
